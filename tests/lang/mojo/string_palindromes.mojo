# Palindromes: reversing Strings by index, normalising case and punctuation, longest palindromic substring.
fn reverse(s: String) -> String:
    var out = String("")
    var i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out


fn letters_only(s: String) -> String:
    alias keep = "abcdefghijklmnopqrstuvwxyz0123456789"
    var low = s.lower()
    var out = String("")
    for i in range(len(low)):
        if keep.find(low[i]) >= 0:
            out += low[i]
    return out


fn is_palindrome(s: String) -> Bool:
    var t = letters_only(s)
    return t == reverse(t)


fn longest_palindrome(s: String) -> String:
    var best = String("")
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            var sub = s[i:j]
            if len(sub) > len(best) and sub == reverse(sub):
                best = sub
    return best


fn main():
    print(reverse("Mojo"), reverse(""), reverse("a"))
    var phrases = List[String]("A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw?", "No lemon, no melon", "12321", "123")
    for p in phrases:
        print(is_palindrome(p), "|", letters_only(p))
    print(longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"), longest_palindrome("xyz"))
