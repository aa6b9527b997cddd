# String's character classes, compile-time constants.
fn main():
    print(String.ASCII_LOWERCASE)
    print(String.ASCII_UPPERCASE)
    print(String.ASCII_LETTERS)
    print(String.DIGITS, String.HEX_DIGITS, String.OCT_DIGITS)
    print(String.PUNCTUATION)
    print(len(String.PRINTABLE), "z" in String.ASCII_LETTERS, String("\\") in String.PUNCTUATION)
    alias hex = String.HEX_DIGITS
    print(hex[10:16], String.PRINTABLE[94:] == " \t\n\r\v\f")
