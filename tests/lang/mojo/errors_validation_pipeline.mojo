# A validation pipeline of raises fns: each stage may reject a record; errors are counted per stage.
@value
struct Record:
    var name: String
    var age: Int
    var email: String


fn check_name(r: Record) raises:
    if len(r.name) == 0:
        raise Error("name: empty")
    if not r.name[0].isupper():
        raise Error("name: must be capitalised: " + r.name)


fn check_age(r: Record) raises:
    if r.age < 0 or r.age > 150:
        raise Error("age: out of range: " + String(r.age))


fn check_email(r: Record) raises:
    var at = r.email.find("@")
    if at <= 0 or r.email.rfind(".") < at:
        raise Error("email: malformed: " + r.email)


fn validate(r: Record) raises -> String:
    check_name(r)
    check_age(r)
    check_email(r)
    return r.name + " <" + r.email + ">"


fn main() raises:
    var records = List[Record](
        Record("Ada", 36, "ada@example.org"),
        Record("bob", 20, "bob@example.org"),
        Record("Cy", -4, "cy@example.org"),
        Record("Di", 40, "di.example@org"),
        Record("", 1, "x@y.z"),
        Record("Eve", 150, "eve@mail.co"),
    )
    var ok = 0
    var by_stage = Dict[String, Int]()
    for r in records:
        try:
            print("ok   ", validate(r))
            ok += 1
        except e:
            var msg = String(e)
            var stage = msg[:msg.find(":")]
            by_stage[stage] = by_stage.get(stage, 0) + 1
            print("fail ", msg)
    print(ok, "valid")
    for stage in by_stage:
        print(stage, by_stage[stage])
