# Optional values of structs and Strings, found or not, passed around and unwrapped.
@value
struct Employee:
    var id: Int
    var name: String
    var salary: Float64


fn find(staff: List[Employee], id: Int) -> Optional[Employee]:
    for i in range(len(staff)):
        if staff[i].id == id:
            return staff[i]
    return None


fn best_paid(staff: List[Employee]) -> Optional[String]:
    if len(staff) == 0:
        return None
    var best = staff[0]
    for i in range(1, len(staff)):
        if staff[i].salary > best.salary:
            best = staff[i]
    return best.name


fn main():
    var staff = List[Employee]()
    staff.append(Employee(7, "ada", 5200.0))
    staff.append(Employee(3, "grace", 6100.5))
    staff.append(Employee(9, "alan", 4800.0))
    for id in range(3, 10, 2):
        var e = find(staff, id)
        if e:
            print(id, "->", e.value().name, e.value().salary)
        else:
            print(id, "-> nobody")
    print(best_paid(staff).or_else("none"), best_paid(List[Employee]()).or_else("none"))
    var maybe: Optional[Employee] = None
    print(maybe is None)
    maybe = staff[2]
    print(maybe is None, maybe.value().id)
