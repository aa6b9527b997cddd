print("top level first")

fn main():
    print("then main")

print("still top level")
