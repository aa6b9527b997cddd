// Unicode character names (frontend/unicode_names.h). The whole table was checked
// against python3.11's unicodedata when it was generated; these pin the rules.
#include <gtest/gtest.h>

#include <string>

#include "frontend/unicode_names.h"

using namespace ember;

TEST(UnicodeNames, NameOfCodePoint) {
  EXPECT_EQ(unicode_names::name(U'A'), "LATIN CAPITAL LETTER A");
  EXPECT_EQ(unicode_names::name(0x20AC), "EURO SIGN");
  EXPECT_EQ(unicode_names::name(0x1F600), "GRINNING FACE");
  EXPECT_EQ(unicode_names::name(0x10FFFD), "");  // private use
  EXPECT_EQ(unicode_names::name(0x0A), "");      // control characters have only aliases
  EXPECT_EQ(unicode_names::name(0x110000), "");
  // Named by rule.
  EXPECT_EQ(unicode_names::name(0x4E00), "CJK UNIFIED IDEOGRAPH-4E00");
  EXPECT_EQ(unicode_names::name(0x3134A), "CJK UNIFIED IDEOGRAPH-3134A");
  EXPECT_EQ(unicode_names::name(0xAC00), "HANGUL SYLLABLE GA");
  EXPECT_EQ(unicode_names::name(0xD7A3), "HANGUL SYLLABLE HIH");
  EXPECT_EQ(unicode_names::name(0xF900), "CJK COMPATIBILITY IDEOGRAPH-F900");
  EXPECT_EQ(unicode_names::name(0x1B170), "NUSHU CHARACTER-1B170");
  EXPECT_EQ(unicode_names::name(0x17000), "");  // Tangut ideographs have no name in 3.11
}

TEST(UnicodeNames, CodePointOfName) {
  EXPECT_EQ(unicode_names::code_point("LATIN CAPITAL LETTER A"), 'A');
  EXPECT_EQ(unicode_names::code_point("latin capital letter a"), 'A');
  EXPECT_EQ(unicode_names::code_point("Zero Width Joiner"), 0x200D);
  EXPECT_EQ(unicode_names::code_point("LATIN CAPITAL LETTER A "), -1);
  EXPECT_EQ(unicode_names::code_point("LATIN  CAPITAL LETTER A"), -1);
  EXPECT_EQ(unicode_names::code_point(""), -1);
  // Aliases.
  EXPECT_EQ(unicode_names::code_point("NUL"), 0);
  EXPECT_EQ(unicode_names::code_point("LINE FEED"), 0x0A);
  EXPECT_EQ(unicode_names::code_point("zwj"), 0x200D);
  EXPECT_EQ(unicode_names::code_point("BYTE ORDER MARK"), 0xFEFF);
  // Named sequences are not characters.
  EXPECT_EQ(unicode_names::code_point("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), -1);
  // Names made by rule: CJK and Hangul case-sensitively, the others in either case.
  EXPECT_EQ(unicode_names::code_point("CJK UNIFIED IDEOGRAPH-4E00"), 0x4E00);
  EXPECT_EQ(unicode_names::code_point("CJK UNIFIED IDEOGRAPH-04E00"), 0x4E00);
  EXPECT_EQ(unicode_names::code_point("CJK UNIFIED IDEOGRAPH-4e00"), -1);
  EXPECT_EQ(unicode_names::code_point("cjk unified ideograph-4E00"), -1);
  EXPECT_EQ(unicode_names::code_point("CJK UNIFIED IDEOGRAPH-A000"), -1);
  EXPECT_EQ(unicode_names::code_point("HANGUL SYLLABLE GGA"), 0xAE4C);
  EXPECT_EQ(unicode_names::code_point("HANGUL SYLLABLE A"), 0xC544);
  EXPECT_EQ(unicode_names::code_point("HANGUL SYLLABLE GAX"), -1);
  EXPECT_EQ(unicode_names::code_point("hangul syllable ga"), -1);
  EXPECT_EQ(unicode_names::code_point("cjk compatibility ideograph-f900"), 0xF900);
  EXPECT_EQ(unicode_names::code_point("CJK COMPATIBILITY IDEOGRAPH-0F900"), -1);
  EXPECT_EQ(unicode_names::code_point("TANGUT IDEOGRAPH-17000"), -1);
}

TEST(UnicodeNames, LookupFindsNamedSequences) {
  EXPECT_EQ(unicode_names::lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"),
            std::u32string({0x100, 0x300}));
  EXPECT_EQ(unicode_names::lookup("keycap number sign"), std::u32string({0x23, 0xFE0F, 0x20E3}));
  EXPECT_EQ(unicode_names::lookup("EURO SIGN"), std::u32string({0x20AC}));
  EXPECT_EQ(unicode_names::lookup("NO SUCH NAME"), std::u32string());
}

TEST(UnicodeNames, EveryNameFindsItsCodePoint) {
  int named = 0;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    std::string n = unicode_names::name(cp);
    if (n.empty()) continue;
    ++named;
    ASSERT_EQ(unicode_names::code_point(n), static_cast<int32_t>(cp)) << n;
  }
  EXPECT_EQ(named, 138552);  // the code points unicodedata.name() names in Python 3.11
}
