fn name() -> Int:
    return "seven"
