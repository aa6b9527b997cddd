def main():
    print("def main runs", helper())

fn helper() -> Int:
    return 7

print("top")
