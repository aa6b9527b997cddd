total = 0

def add(n):
    total = total + n
    return total

print("adding")
add(1)
