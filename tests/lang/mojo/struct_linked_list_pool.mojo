# A singly linked list whose nodes live in a List pool and link by index: push, insert sorted, delete, reverse.
@value
struct Node:
    var value: Int
    var next: Int


fn push_front(mut pool: List[Node], head: Int, v: Int) -> Int:
    pool.append(Node(v, head))
    return len(pool) - 1


fn insert_sorted(mut pool: List[Node], head: Int, v: Int) -> Int:
    if head < 0 or pool[head].value >= v:
        return push_front(pool, head, v)
    var cur = head
    while pool[cur].next >= 0 and pool[pool[cur].next].value < v:
        cur = pool[cur].next
    pool.append(Node(v, pool[cur].next))
    var n = pool[cur]
    n.next = len(pool) - 1
    pool[cur] = n
    return head


fn delete(mut pool: List[Node], head: Int, v: Int) -> Int:
    if head < 0:
        return head
    if pool[head].value == v:
        return pool[head].next
    var cur = head
    while pool[cur].next >= 0:
        var nxt = pool[cur].next
        if pool[nxt].value == v:
            var n = pool[cur]
            n.next = pool[nxt].next
            pool[cur] = n
            return head
        cur = nxt
    return head


fn reverse(mut pool: List[Node], head: Int) -> Int:
    var prev = -1
    var cur = head
    while cur >= 0:
        var nxt = pool[cur].next
        var n = pool[cur]
        n.next = prev
        pool[cur] = n
        prev = cur
        cur = nxt
    return prev


fn show(pool: List[Node], head: Int) -> String:
    var s = String("")
    var cur = head
    while cur >= 0:
        s += String(pool[cur].value) + " -> "
        cur = pool[cur].next
    return s + "nil"


fn main():
    var pool = List[Node]()
    var head = -1
    for v in List[Int](42, 7, 19, 3, 88, 19, 56):
        head = insert_sorted(pool, head, v)
    print(show(pool, head))
    head = delete(pool, head, 19)
    head = delete(pool, head, 3)
    head = delete(pool, head, 100)
    print(show(pool, head))
    head = reverse(pool, head)
    print(show(pool, head))
    head = push_front(pool, head, -1)
    print(show(pool, head), "pool size", len(pool))
