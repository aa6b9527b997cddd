# A typed loop that never ends: the CLI tests stop it with --max-steps and --max-time.
fn spin() -> Int:
    var i = 0
    while i >= 0:
        i = (i + 1) % 1000
    return i

fn main():
    print(spin())
