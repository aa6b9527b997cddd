try:
    1 / 0
except ZeroDivisionError:
    print("handler runs")
    print(undefined_in_handler)
