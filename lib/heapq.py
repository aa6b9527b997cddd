"""Binary min-heaps stored in plain lists: heap[k] <= heap[2*k+1] and heap[2*k+2].

Only `<` is used to compare items. The sift routines follow the same steps as
CPython's, so heaps built here have the same layout as there.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest",
           "nsmallest", "heappushpop"]


def _check_list(heap, fname, position=""):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() argument {position}must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, start, pos):
    """Moves heap[pos] up while it is smaller than its parent (stopping at start)."""
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    """Refills the hole at pos: the smaller child moves up until a leaf is reached,
    then the displaced item is sifted back toward the root from there."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item, /):
    _check_list(heap, "heappush", "1 ")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    _check_list(heap, "heapreplace", "1 ")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    _check_list(heap, "heappushpop", "1 ")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(heap, /):
    _check_list(heap, "heapify")
    for pos in reversed(range(len(heap) // 2)):
        _sift_toward_leaves(heap, pos)


# Max-heap variants, used by nlargest/nsmallest/merge.
def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def _heapify_max(heap):
    _check_list(heap, "_heapify_max")
    for pos in reversed(range(len(heap) // 2)):
        _sift_toward_leaves_max(heap, pos)


def _heappop_max(heap):
    _check_list(heap, "_heappop_max")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sift_toward_leaves_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    _check_list(heap, "_heapreplace_max", "1 ")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream, lazily; ties keep input order."""
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    # Entries are [sort key, input number, value, iterator]; the input number breaks ties.
    heap = []
    for number, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value), number * direction, value, it])
            break
    make_heap(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def _select(n, iterable, key, largest):
    """The n smallest (or largest) items, sorted, stable like sorted()[:n]."""
    if n == 1:
        missing = object()
        pick = max if largest else min
        result = pick(iter(iterable), default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # Keep the best n seen so far in a heap whose root is the worst of them.
    # Entries are (sort key, tie-break, value); the tie-break favours earlier items.
    it = iter(iterable)
    keep = []
    for position, value in zip(range(n), it):
        sort_key = value if key is None else key(value)
        keep.append((sort_key, -position if largest else position, value))
    if not keep:
        return keep
    if largest:
        heapify(keep)
    else:
        _heapify_max(keep)
    worst = keep[0][0]
    position = n
    for value in it:
        sort_key = value if key is None else key(value)
        if (worst < sort_key) if largest else (sort_key < worst):
            entry = (sort_key, -position if largest else position, value)
            if largest:
                heapreplace(keep, entry)
            else:
                _heapreplace_max(keep, entry)
            worst = keep[0][0]
            position += 1
    keep.sort(reverse=largest)
    return [entry[2] for entry in keep]


def nsmallest(n, iterable, key=None):
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _select(n, iterable, key, True)
