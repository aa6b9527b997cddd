# Sorting a List of @value records with a struct's __lt__ (score descending, then name), then ranking ties.
@value
struct Player:
    var name: String
    var score: Int

    fn __lt__(self, other: Player) -> Bool:
        if self.score != other.score:
            return self.score > other.score
        return self.name < other.name


fn sort_players(mut ps: List[Player]):
    for i in range(1, len(ps)):
        var cur = ps[i]
        var j = i - 1
        while j >= 0 and cur < ps[j]:
            ps[j + 1] = ps[j]
            j -= 1
        ps[j + 1] = cur


fn main():
    var ps = List[Player]()
    ps.append(Player("mia", 40))
    ps.append(Player("ben", 55))
    ps.append(Player("ada", 40))
    ps.append(Player("zoe", 70))
    ps.append(Player("cal", 55))
    ps.append(Player("eve", 12))
    var original = ps.copy()
    sort_players(ps)
    var rank = 0
    var prev = -1
    for i in range(len(ps)):
        if ps[i].score != prev:
            rank = i + 1
            prev = ps[i].score
        print(rank, ps[i].name, ps[i].score)
    print("original first:", original[0].name, "sorted first:", ps[0].name)
    print(Player("a", 1) < Player("b", 1), Player("a", 1) < Player("b", 2))
