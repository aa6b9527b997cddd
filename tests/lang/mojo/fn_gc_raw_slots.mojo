# Raw Int slots whose bits look like NaN-boxed object pointers must not be traced by the
# GC: only the slot map's registers hold Values. Run under --gc-stress too.
fn build(n: Int) -> String:
    var fake_pointer: Int = -1125899906838528
    var s = ""
    for i in range(n):
        s = s + String(i % 10)
    print(fake_pointer)
    return s

fn main():
    var total = 0
    for k in range(50):
        total += len(build(20))
    print(total)
