# Generic fns bounded by a user trait returning the trait's type: best_of, clamp-like helpers, traits inheriting.
trait Scored:
    fn score(self) -> Int: ...


trait Labeled(Scored):
    fn label(self) -> String: ...

    fn summary(self) -> String:
        return self.label() + "=" + String(self.score())


@value
struct Word(Labeled):
    var text: String

    fn score(self) -> Int:
        var s = 0
        alias vowels = "aeiou"
        for i in range(len(self.text)):
            s += 3 if vowels.find(self.text[i]) >= 0 else 1
        return s

    fn label(self) -> String:
        return "word:" + self.text


@value
struct Dice(Labeled):
    var a: Int
    var b: Int

    fn score(self) -> Int:
        return self.a + self.b + (10 if self.a == self.b else 0)

    fn label(self) -> String:
        return "dice:" + String(self.a) + "+" + String(self.b)


fn best_of[T: Scored](x: T, y: T) -> T:
    if y.score() > x.score():
        return y
    return x


fn describe_best[T: Labeled](x: T, y: T, z: T) -> String:
    return best_of(best_of(x, y), z).summary()


fn main():
    print(Word("mojo").summary(), Dice(3, 3).summary())
    print(describe_best(Word("fire"), Word("aeon"), Word("strength")))
    print(describe_best(Dice(6, 5), Dice(2, 2), Dice(1, 6)))
    var w = best_of(Word("abc"), Word("xyz"))
    print(w.text, w.score())
