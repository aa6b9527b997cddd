# Converting identifiers between snake_case, camelCase, PascalCase and kebab-case with character classes.
alias lower_letters = "abcdefghijklmnopqrstuvwxyz"
alias upper_letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


fn to_upper_char(c: String) -> String:
    var at = lower_letters.find(c)
    return upper_letters[at] if at >= 0 else c


fn to_lower_char(c: String) -> String:
    var at = upper_letters.find(c)
    return lower_letters[at] if at >= 0 else c


fn snake_to_camel(s: String, pascal: Bool) -> String:
    var out = String("")
    var up = pascal
    for i in range(len(s)):
        var c = s[i]
        if c == "_":
            up = len(out) > 0 or pascal
            continue
        out += to_upper_char(c) if up else c
        up = False
    return out


fn camel_to_snake(s: String, sep: String) -> String:
    var out = String("")
    for i in range(len(s)):
        var c = s[i]
        if c.isupper():
            if i > 0 and (s[i - 1].islower() or s[i - 1].isdigit() or (i + 1 < len(s) and s[i + 1].islower())):
                out += sep
            out += to_lower_char(c)
        else:
            out += c
    return out


fn main():
    for s in List[String]("parse_http_request", "x", "_private_name", "value2_times3"):
        print(s, snake_to_camel(s, False), snake_to_camel(s, True))
    for s in List[String]("parseHttpRequest", "HTTPServerError", "getX", "Simple", "version2Update"):
        print(s, camel_to_snake(s, "_"), camel_to_snake(s, "-"))
    var round_trip = camel_to_snake(snake_to_camel("max_value_seen", False), "_")
    print(round_trip, round_trip == "max_value_seen")
