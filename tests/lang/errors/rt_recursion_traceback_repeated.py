def descend(n):
    if n == 0:
        return {}["bottom"]
    return descend(n - 1)

print("descending")
descend(300)
