// The "Did you mean" algorithm and the caret line under traceback source lines. Expected
// values were obtained from CPython 3.11 (uncaught NameErrors raised by exec() with a globals
// dict holding the candidates and empty builtins; tracebacks of small programs).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vm/suggestions.h"
#include "vm/traceback.h"

namespace ember {
namespace {

TEST(SuggestionDistance, Basics) {
  EXPECT_EQ(suggestion_distance("abc", "abc", 10), 0u);
  EXPECT_EQ(suggestion_distance("abc", "abd", 10), 2u);   // one substitution
  EXPECT_EQ(suggestion_distance("abc", "aBc", 10), 1u);   // a case change
  EXPECT_EQ(suggestion_distance("abc", "abcd", 10), 2u);  // one insertion
  EXPECT_EQ(suggestion_distance("pritn", "print", 10), 4u);
  EXPECT_EQ(suggestion_distance("kitten", "sitting", 20), 6u);
  EXPECT_EQ(suggestion_distance("", "abc", 1), 6u);  // only insertions: not capped
  EXPECT_GT(suggestion_distance("abcdef", "uvwxyz", 5), 5u);
  // Past 40 characters after trimming the common ends: too far apart.
  EXPECT_GT(suggestion_distance(std::string(41, 'a'), std::string(41, 'b'), 1000), 1000u);
  EXPECT_EQ(suggestion_distance(std::string(45, 'x') + "a", std::string(45, 'x') + "b", 10), 2u);
}

struct SuggestionCase {
  const char* name;
  std::vector<std::string_view> candidates;
  const char* expected;
};

TEST(BestSuggestion, MatchesCPython) {
  const SuggestionCase cases[] = {
      {"pritn", {"print", "prin", "sprint", "__builtins__"}, "prin"},
      {"fob", {"foo", "fab", "bob", "__builtins__"}, "foo"},
      {"xyz", {"abc", "def", "__builtins__"}, nullptr},
      {"Foo", {"foo", "FOO", "__builtins__"}, "foo"},
      {"aaaa", {"aaab", "aaba", "__builtins__"}, "aaab"},
      {"value", {"value1", "values", "valu", "__builtins__"}, "value1"},
      {"n", {"m", "nn", "__builtins__"}, "nn"},
      {"cnt", {"count", "cnt2", "__builtins__"}, "cnt2"},
      {"apend", {"append", "extend", "pop", "__builtins__"}, "append"},
      {"argvv", {"argv", "orig_argv", "__builtins__"}, "argv"},
      {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxa",
       {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxb", "__builtins__"},
       "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxb"},
      {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac",
       {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaad", "__builtins__"},
       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaad"},
      {"ababababababababababababababababababababab",
       {"bababababababababababababababababababababa", "__builtins__"},
       nullptr},
      {"kitten", {"sitting", "__builtins__"}, nullptr},
      {"kitten", {"mitten", "__builtins__"}, "mitten"},
      {"abcdef", {"azcdez", "__builtins__"}, "azcdez"},
      {"abcdef", {"azcxez", "__builtins__"}, nullptr},
      {"ab", {"ba", "__builtins__"}, nullptr},
      {"PRINT", {"print", "__builtins__"}, nullptr},
      {"Print", {"print", "__builtins__"}, "print"},
      {"héllo", {"hello", "__builtins__"}, "hello"},
      {"hello", {"héllo", "__builtins__"}, "héllo"},
      {"ab", {"abcde", "__builtins__"}, nullptr},
      {"ab", {"abcd", "__builtins__"}, nullptr},
      {"abcd", {"ab", "__builtins__"}, nullptr},
      {"a", {"ab", "__builtins__"}, "ab"},
      {"a", {"b", "__builtins__"}, nullptr},
      {"ab", {"cd", "__builtins__"}, nullptr},
      {"lenght", {"length", "__builtins__"}, "length"},
      {"strr", {"str", "repr", "__builtins__"}, "str"},
      {"isinstanc", {"isinstance", "issubclass", "__builtins__"}, "isinstance"},
  };
  for (const SuggestionCase& c : cases) {
    auto got = best_suggestion(c.name, c.candidates);
    if (c.expected) {
      ASSERT_TRUE(got.has_value()) << c.name;
      EXPECT_EQ(*got, c.expected) << c.name;
    } else {
      EXPECT_FALSE(got.has_value()) << c.name << " -> " << *got;
    }
  }
}

TEST(BestSuggestion, CandidateLimit) {
  // 750 names or more: no suggestion at all.
  std::vector<std::string> storage;
  for (int i = 0; i < 748; ++i) storage.push_back("v" + std::to_string(i));
  std::vector<std::string_view> names = {"zzza"};
  for (const std::string& s : storage) names.push_back(s);
  names.push_back("__builtins__");
  ASSERT_EQ(names.size(), 750u);
  EXPECT_FALSE(best_suggestion("zzzz", names).has_value());
  names.pop_back();
  EXPECT_EQ(best_suggestion("zzzz", names).value_or(""), "zzza");
}

TEST(BestSuggestion, IgnoresTheNameItself) {
  EXPECT_FALSE(best_suggestion("abc", {"abc"}).has_value());
  EXPECT_EQ(best_suggestion("abc", {"abc", "abd"}).value_or(""), "abd");
}

std::string carets(std::string_view line, std::string_view expr, bool multiline = false) {
  size_t col = line.find(expr);
  return error_location_carets(line, static_cast<int>(col), static_cast<int>(col + expr.size()),
                               multiline);
}

TEST(ErrorLocationCarets, BinaryOperators) {
  EXPECT_EQ(carets("1/0", "1/0"), "    ~^~\n");
  EXPECT_EQ(carets("x = 1/0", "1/0"), "        ~^~\n");
  EXPECT_EQ(carets("x = (1)/0", "(1)/0"), "        ~~~^~\n");
  EXPECT_EQ(carets("x = (1) / 0", "(1) / 0"), "        ~~~~^~~\n");
  EXPECT_EQ(carets("x = 1 // 0", "1 // 0"), "        ~~^^~~\n");
  EXPECT_EQ(carets("x = 1 //0", "1 //0"), "        ~~^^~\n");
  EXPECT_EQ(carets("x = 1 /(0)", "1 /(0)"), "        ~~^^~~\n");
  EXPECT_EQ(carets("x = \"a\" * \"b\"", "\"a\" * \"b\""), "        ~~~~^~~~~\n");
  EXPECT_EQ(carets("x = \"\xc3\xa9\" + \"ab\" + 1 ", "\"\xc3\xa9\" + \"ab\" + 1"),
            "        ~~~~~~~~~~~^~~\n");
  EXPECT_EQ(carets("    y = a + b  # note", "a + b"), "        ~~^~~\n");
}

TEST(ErrorLocationCarets, Subscripts) {
  EXPECT_EQ(carets("a[5]", "a[5]"), "    ~^^^\n");
  EXPECT_EQ(carets("x = a [ 5 ]", "a [ 5 ]"), "        ~~^^^^^\n");
  EXPECT_EQ(carets("x = a[\"\xc3\xa9\"]", "a[\"\xc3\xa9\"]"), "        ~^^^^^\n");
  EXPECT_EQ(carets("print(d[\"a\"][\"b\"])", "d[\"a\"][\"b\"]"), "          ~~~~~~^^^^^\n");
  EXPECT_EQ(carets("x = [1, 2][3]", "[1, 2][3]"), "        ~~~~~~^^^\n");
}

TEST(ErrorLocationCarets, PlainAndElided) {
  EXPECT_EQ(carets("x = f()", "f()"), "        ^^^\n");
  EXPECT_EQ(carets("f()  # c", "f()"), "    ^^^\n");
  EXPECT_EQ(carets("f()   ", "f()"), "    ^^^\n");
  EXPECT_EQ(carets("f()", "f()"), "");
  EXPECT_EQ(carets("\tf()", "f()"), "");
  EXPECT_EQ(carets("x = -\"a\"", "-\"a\""), "        ^^^^\n");
  EXPECT_EQ(carets("x = 2 ** -\"a\"", "-\"a\""), "             ^^^^\n");
  EXPECT_EQ(carets("x = len(1) + 2", "len(1)"), "        ^^^^^^\n");
}

TEST(ErrorLocationCarets, Multiline) {
  EXPECT_EQ(carets("x = (1 +", "1 +", true), "         ^^^\n");
  EXPECT_EQ(carets("x = 1 + (", "1 + (", true), "        ^^^^^\n");
}

}  // namespace
}  // namespace ember
