# Kahn's topological sort over task dependencies named by Strings (Dict name -> index), with cycle detection.
fn topo(names: List[String], deps_from: List[String], deps_to: List[String]) raises -> String:
    var index = Dict[String, Int]()
    for i in range(len(names)):
        index[names[i]] = i
    var indeg = List[Int]()
    var adj = List[List[Int]]()
    for _ in range(len(names)):
        indeg.append(0)
        adj.append(List[Int]())
    for i in range(len(deps_from)):
        var a = index[deps_from[i]]
        var b = index[deps_to[i]]
        adj[a].append(b)
        indeg[b] += 1
    var ready = List[Int]()
    for i in range(len(names)):
        if indeg[i] == 0:
            ready.append(i)
    var order = String("")
    var done = 0
    while len(ready) > 0:
        # take the alphabetically smallest ready task
        var best = 0
        for k in range(1, len(ready)):
            if names[ready[k]] < names[ready[best]]:
                best = k
        var u = ready.pop(best)
        order += names[u] + " "
        done += 1
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
    if done < len(names):
        raise Error("cycle among " + String(len(names) - done) + " tasks after: " + order)
    return order


fn main() raises:
    var names = List[String]("wash", "dress", "coffee", "breakfast", "leave", "shoes", "pack")
    var a = List[String]("wash", "dress", "coffee", "breakfast", "shoes", "pack", "dress")
    var b = List[String]("dress", "shoes", "breakfast", "leave", "leave", "leave", "pack")
    print(topo(names, a, b))
    a.append("leave")
    b.append("wash")
    try:
        print(topo(names, a, b))
    except e:
        print("error:", e)
    print(topo(List[String]("c", "b", "a"), List[String](), List[String]()))
