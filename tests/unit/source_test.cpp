// Reading script files as CPython 3.11.2 reads them (read_script in frontend/source.h).
#include <gtest/gtest.h>

#include <string>

#include "frontend/source.h"

using namespace ember;
using namespace std::string_literals;

namespace {

// The text read from `bytes`, or "error: MESSAGE" followed by the readable text.
std::string read(const std::string& bytes) {
  std::string text;
  SyntaxErrorInfo error;
  if (read_script(bytes, "f.py", text, error)) return text;
  return "error: " + error.message + "\n" + text;
}

}  // namespace

TEST(ReadScript, UniversalNewlines) {
  EXPECT_EQ(read("a\r\nb\rc\n"), "a\nb\nc\n");
  EXPECT_EQ(read("a\r"), "a\n");
  EXPECT_EQ(read("a"), "a");
}

TEST(ReadScript, NulEndsTheLineText) {
  // The rest of the physical line goes, with its newline: the next line joins it.
  EXPECT_EQ(read("x = 1\0 # gone\nprint(x)\n"s), "x = 1print(x)\n");
  EXPECT_EQ(read("a\n\0b\nc\n"s), "a\nc\n");
  EXPECT_EQ(read("a\n\0"s), "a\n");
}

TEST(ReadScript, Utf8) {
  EXPECT_EQ(read("s = '\xc3\xa9'\n"), "s = '\xc3\xa9'\n");
  EXPECT_EQ(read("\xef\xbb\xbfx = 1\n"), "\xef\xbb\xbfx = 1\n");  // the lexer skips the BOM
  EXPECT_EQ(read("x = 1\ny = '\xff'\nz = 2\n"),
            "error: Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding "
            "declared; see https://peps.python.org/pep-0263/ for details\nx = 1\n");
  // A NUL hides what follows it on its line, and shifts the line numbers after.
  EXPECT_EQ(read("x = 1\0\xff\n\0\ny\n'\xff'\n"s),
            "error: Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding "
            "declared; see https://peps.python.org/pep-0263/ for details\nx = 1y\n");
}

TEST(ReadScript, CodingDeclarations) {
  EXPECT_EQ(read("# -*- coding: latin-1 -*-\ns = '\xe9'\n"),
            "# -*- coding: latin-1 -*-\ns = '\xc3\xa9'\n");
  EXPECT_EQ(read("#!/usr/bin/env python3\n# vim: set fileencoding=ISO_8859_1 :\n'\xe9'\n"),
            "#!/usr/bin/env python3\n# vim: set fileencoding=ISO_8859_1 :\n'\xc3\xa9'\n");
  EXPECT_EQ(read("# coding=utf8\n'\xc3\xa9'\n"), "# coding=utf8\n'\xc3\xa9'\n");
  // Only on line 1 or 2, and only after nothing but comments.
  EXPECT_EQ(read("\n\n# coding: latin-1\n"), "\n\n# coding: latin-1\n");
  EXPECT_EQ(read("x = 1\n# coding: latin-1\n'\xe9'\n").substr(0, 35),
            "error: Non-UTF-8 code starting with");
  EXPECT_EQ(read("\xef\xbb\xbf# coding: latin-1\n"),
            "error: encoding problem: iso-8859-1 with BOM\n");
  EXPECT_EQ(read("\xef\xbb\xbf# coding: utf-8\nx\n"), "\xef\xbb\xbf# coding: utf-8\nx\n");
  EXPECT_EQ(read("# coding: utf-16\nx\n"), "error: encoding problem: utf-16\n");
  // Codecs Ember does not decode: ASCII text only.
  EXPECT_EQ(read("# coding: cp1252\nx = 1\n"), "# coding: cp1252\nx = 1\n");
  EXPECT_EQ(read("# coding: ascii\nx = 1\n'\xe9'\n"),
            "error: encoding problem: ascii\n# coding: ascii\nx = 1\n");
}
