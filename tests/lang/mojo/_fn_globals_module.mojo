def secret():
    return 42

fn reveal() raises -> Int:
    return Int(secret())
