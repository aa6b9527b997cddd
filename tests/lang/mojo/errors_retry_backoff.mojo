# Retrying an operation that fails transiently: attempts counted by the caller, backoff delays, giving up.
fn flaky(calls: Int, fail_times: Int) raises -> String:
    if calls <= fail_times:
        raise Error("transient failure #" + String(calls))
    return "ok after " + String(calls) + " calls"


fn with_retry(fail_times: Int, max_attempts: Int) raises -> String:
    var calls = 0
    var delay = 10
    var waited = 0
    for attempt in range(1, max_attempts + 1):
        calls += 1
        try:
            var r = flaky(calls, fail_times)
            return r + ", waited " + String(waited) + "ms"
        except e:
            print("  attempt", attempt, "failed:", e)
            if attempt == max_attempts:
                raise Error("giving up after " + String(attempt) + " attempts (last: " + String(e) + ")")
            waited += delay
            delay *= 2
    raise Error("no attempts allowed")


fn main():
    for case in List[Int](0, 2, 5):
        try:
            print(with_retry(case, 4))
        except e:
            print("error:", e)
    try:
        print(with_retry(1, 0))
    except e:
        print("error:", e)
