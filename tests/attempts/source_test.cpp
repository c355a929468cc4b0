// What kata reads of an attempt's source without compiling it (source.hpp).
#include <catch2/catch.hpp>

#include <kata/attempt/source.hpp>

using kata::attempt::scan_source;

TEST_CASE("A file of spaces and comments has no code; anything else has", "[attempts][source]") {
  CHECK_FALSE(scan_source("").has_code);
  CHECK_FALSE(scan_source(" \n\t\r\n\n").has_code);
  CHECK_FALSE(scan_source("// a note\n/* and\n a block */\n  // more \\\n   continued\n").has_code);
  CHECK(scan_source("class Solution {};").has_code);
  CHECK(scan_source("// note\n#include <vector>\n").has_code);
  CHECK(scan_source("/* x */ ;").has_code);
}

TEST_CASE("A main( at namespace scope is found at its line", "[attempts][source]") {
  using V = std::vector<int>;
  CHECK(scan_source("int main() {}").main_lines == V{1});
  CHECK(scan_source("class Solution {};\n\nint\nmain\n(int argc, char** argv) {\n}\n").main_lines ==
        V{4});
  CHECK(scan_source("signed main(){return 0;}").main_lines == V{1});
  CHECK(scan_source("auto main() -> int { return 0; }").main_lines == V{1});
  CHECK(scan_source("int main();").main_lines == V{1});  // a declaration clashes too
  CHECK(scan_source("namespace a {}\nint main() {}\n").main_lines == V{2});
}

TEST_CASE("What only looks like main is not main", "[attempts][source]") {
  using V = std::vector<int>;
  // In comments, strings, character and raw string literals.
  CHECK(scan_source("// int main() {}\n/* int main() {} */\n").main_lines.empty());
  CHECK(scan_source("const char* s = \"int main() {\";\n").main_lines.empty());
  CHECK(scan_source("const char* s = \"\\\" int main() {\";\n").main_lines.empty());
  CHECK(scan_source("auto s = R\"x(\n)\" int main() {\n)x\";\n").main_lines.empty());
  CHECK(scan_source("char c = '\"'; int x;\n").main_lines.empty());
  // Inside a class or a namespace, qualified, a member call, a longer name.
  CHECK(scan_source("class Solution {\n public:\n  int main(int x) { return x; }\n};\n")
            .main_lines.empty());
  CHECK(scan_source("namespace local { int main() { return 0; } }\n").main_lines.empty());
  CHECK(scan_source("int Solution::main() { return 0; }\n").main_lines.empty());
  CHECK(scan_source("int x = helper.main();\n").main_lines.empty());
  CHECK(scan_source("int domain(int); int main_loop();\n").main_lines.empty());
  CHECK(scan_source("int mainly = 0;\n").main_lines.empty());
  // A preprocessor line is not a declaration.
  CHECK(scan_source("#define main() run()\n").main_lines.empty());
  // Digit separators do not open a character literal, so what follows is still seen.
  CHECK(scan_source("int big = 1'000'000;\nint main() {}\n").main_lines == V{2});
  // Lines are counted through comments, literals and raw strings.
  CHECK(scan_source("/*\n\n*/\nauto s = R\"(\n\n)\";\nint main() {}\n").main_lines == V{7});
}
