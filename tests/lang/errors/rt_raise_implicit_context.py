try:
    {}["missing"]
except KeyError:
    print("handling")
    1 / 0
