fn fail():
    raise Error("boom")

fn main():
    fail()
