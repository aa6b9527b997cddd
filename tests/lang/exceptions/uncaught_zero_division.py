# Program ending in an uncaught ZeroDivisionError
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([10]))
data = [[4, 5], [7], []]
for d in data:
    print("average of", d, "is", average(d))
print("never")
