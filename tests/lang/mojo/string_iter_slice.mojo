# Looping over a String yields its characters; as_string_slice() is a view of the text
# (a StringSlice, which fn code holds as the String's immutable text).
fn count_vowels(text: StringSlice) -> Int:
    var n = 0
    for c in text:
        if c in "aeiou":
            n += 1
    return n


fn main():
    var word = String("héllo")
    var n = 0
    for c in word:
        print(c, end=" ")
        n += 1
    print()
    print(n)
    for c in String(""):
        print("never", c)
    var s = String("hello world")
    var view = s.as_string_slice()
    print(view[0:5], len(view), view == s)
    var t: StringSlice = "abc".as_string_slice()
    print(t == "abc", String(t) + "!")
    print(count_vowels(s.as_string_slice()), count_vowels("mojo"))
    var letters = List[String]()
    for c in "xyz":
        letters.append(String(c))
    print(len(letters), letters[2])
