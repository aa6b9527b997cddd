fn broken() -> Int:
    return missing_name
