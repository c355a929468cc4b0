// See source.hpp: a lexer just deep enough to tell code from comments and literals.
#include "kata/attempt/source.hpp"

#include <algorithm>
#include <string>

namespace kata::attempt {

namespace {

bool is_identifier_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_identifier_char(char c) { return is_identifier_start(c) || is_digit(c); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : s_(text) {}

  SourceFacts scan() {
    // What came just before an identifier: `Solution::main(` and `x.main(` are not
    // the program's main.
    enum class Before { other, scope, member } before = Before::other;
    bool line_start = true;  // nothing but spaces and comments so far on this line
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\n') {
        ++line_;
        ++i_;
        line_start = true;
        continue;
      }
      if (is_space(c)) {
        ++i_;
        continue;
      }
      if (splice()) continue;
      if (comment()) continue;
      facts_.has_code = true;
      if (c == '#' && line_start) {
        directive();
        continue;
      }
      line_start = false;
      if (c == '"' || c == '\'') {
        quoted(c);
        before = Before::other;
        continue;
      }
      if (is_identifier_start(c)) {
        int line = line_;
        std::size_t start = i_;
        while (i_ < s_.size() && is_identifier_char(s_[i_])) ++i_;
        std::string_view word = s_.substr(start, i_ - start);
        if (at(i_) == '"' && (word == "R" || word == "LR" || word == "uR" || word == "UR" ||
                              word == "u8R")) {
          raw_string();
        } else if (word == "main" && depth_ == 0 && before == Before::other &&
                   next_is_open_paren()) {
          facts_.main_lines.push_back(line);
        }
        // An encoding prefix (L"...", u8'x') is followed by its literal, which the
        // next turn of the loop skips.
        before = Before::other;
        continue;
      }
      if (is_digit(c) || (c == '.' && is_digit(at(i_ + 1)))) {
        number();
        before = Before::other;
        continue;
      }
      if (c == ':' && at(i_ + 1) == ':') {
        before = Before::scope;
        i_ += 2;
        continue;
      }
      if (c == '.' || (c == '-' && at(i_ + 1) == '>')) {
        before = Before::member;
        i_ += c == '.' ? 1 : 2;
        continue;
      }
      if (c == '{') ++depth_;
      if (c == '}' && depth_ > 0) --depth_;
      before = Before::other;
      ++i_;
    }
    return facts_;
  }

 private:
  char at(std::size_t k) const { return k < s_.size() ? s_[k] : '\0'; }

  // A backslash-newline joins two lines (translation phase 2): it is not code.
  bool splice() {
    std::size_t k = i_;
    if (at(k) != '\\') return false;
    ++k;
    if (at(k) == '\r') ++k;
    if (at(k) != '\n') return false;
    i_ = k + 1;
    ++line_;
    return true;
  }

  // Skips a comment at i_, if there is one.
  bool comment() {
    if (at(i_) != '/') return false;
    if (at(i_ + 1) == '/') {
      while (i_ < s_.size() && s_[i_] != '\n')
        if (!splice()) ++i_;
      return true;
    }
    if (at(i_ + 1) == '*') {
      i_ += 2;
      while (i_ < s_.size() && !(s_[i_] == '*' && at(i_ + 1) == '/')) {
        if (s_[i_] == '\n') ++line_;
        ++i_;
      }
      i_ = std::min(s_.size(), i_ + 2);
      return true;
    }
    return false;
  }

  // "..." or '...' from the opening quote at i_; an escaped quote does not end it, a
  // newline does (an unterminated literal is the compiler's to report).
  void quoted(char quote) {
    ++i_;
    while (i_ < s_.size() && s_[i_] != quote && s_[i_] != '\n') {
      if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
        if (s_[i_ + 1] == '\n') ++line_;
        ++i_;
      }
      ++i_;
    }
    if (at(i_) == quote) ++i_;
  }

  // R"delim( ... )delim" from the quote at i_: nothing inside is escaped.
  void raw_string() {
    std::size_t open = s_.find('(', i_ + 1);
    if (open == std::string_view::npos) {
      i_ = s_.size();
      return;
    }
    std::string close = ")" + std::string(s_.substr(i_ + 1, open - i_ - 1)) + "\"";
    std::size_t end = s_.find(close, open + 1);
    end = end == std::string_view::npos ? s_.size() : end + close.size();
    for (std::size_t k = i_; k < end; ++k)
      if (s_[k] == '\n') ++line_;
    i_ = end;
  }

  // A number, digit separators (1'000'000) and exponent signs (1e-9) included: its
  // apostrophes do not open a character literal.
  void number() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      bool exponent_sign =
          (c == '+' || c == '-') && i_ > 0 &&
          (s_[i_ - 1] == 'e' || s_[i_ - 1] == 'E' || s_[i_ - 1] == 'p' || s_[i_ - 1] == 'P');
      if (!(is_identifier_char(c) || c == '.' || c == '\'' || exponent_sign)) break;
      ++i_;
    }
  }

  // A preprocessor line, to its end (a splice continues it; a comment in it is still
  // a comment, a literal still a literal).
  void directive() {
    while (i_ < s_.size() && s_[i_] != '\n') {
      if (splice() || comment()) continue;
      if (s_[i_] == '"' || s_[i_] == '\'') {
        quoted(s_[i_]);
        continue;
      }
      ++i_;
    }
  }

  // Whether the next thing after spaces, newlines and comments is '('.
  bool next_is_open_paren() {
    std::size_t saved_i = i_;
    int saved_line = line_;
    while (i_ < s_.size()) {
      if (s_[i_] == '\n' || is_space(s_[i_])) {
        ++i_;
        continue;
      }
      if (splice() || comment()) continue;
      break;
    }
    bool paren = at(i_) == '(';
    i_ = saved_i;
    line_ = saved_line;
    return paren;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  int line_ = 1;
  int depth_ = 0;
  SourceFacts facts_;
};

}  // namespace

SourceFacts scan_source(std::string_view text) { return Lexer(text).scan(); }

}  // namespace kata::attempt
