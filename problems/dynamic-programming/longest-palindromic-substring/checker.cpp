// Several stretches may tie for the longest palindrome. An answer is right when it
// is a substring of s, is a palindrome, and is as long as the longest palindromic
// substring. The checker finds that length itself (with the table DP, by
// increasing length, not the reference's way), so it also catches a hand-written
// expected answer that is wrong.

namespace {

std::string show(const std::string& v) {
  return "\"" + (v.size() <= 60 ? v : v.substr(0, 57) + "...") + "\"";
}

// The length and start of the first longest palindromic substring of s. pal[len][i]
// says whether s[i, i + len) is a palindrome; it needs the row of len - 2, so three
// rows are kept.
std::pair<std::size_t, std::size_t> longest(const std::string& s) {
  const std::size_t n = s.size();
  std::vector<std::vector<char>> rows(3, std::vector<char>(n + 1, 1));  // lengths 0 and 1: all true
  std::size_t best_len = n == 0 ? 0 : 1, best_start = 0;
  for (std::size_t len = 2; len <= n; ++len) {
    std::vector<char>& now = rows[len % 3];
    const std::vector<char>& inside = rows[(len - 2) % 3];
    for (std::size_t i = 0; i + len <= n; ++i) {
      now[i] = s[i] == s[i + len - 1] && inside[i + 1];
      if (now[i] && len > best_len) best_len = len, best_start = i;
    }
  }
  return {best_len, best_start};
}

// Why `answer` is not a longest palindromic substring of s, or "" when it is.
std::string why_wrong(const std::string& s, const std::string& answer, std::size_t best_len,
                      std::size_t best_start) {
  if (s.find(answer) == std::string::npos) return show(answer) + " is not a substring of s";
  for (std::size_t a = 0, b = answer.size(); a + 1 < b; ++a, --b) {
    if (answer[a] != answer[b - 1])
      return show(answer) + " is not a palindrome: its character " + std::to_string(a) + " is '" +
             answer[a] + "' but character " + std::to_string(b - 1) + " is '" + answer[b - 1] + "'";
  }
  if (answer.size() < best_len)
    return show(answer) + " is a palindrome of length " + std::to_string(answer.size()) +
           ", shorter than " + std::to_string(best_len) + ", the longest (for example " +
           show(s.substr(best_start, best_len)) + " at index " + std::to_string(best_start) + ")";
  return "";
}

}  // namespace

std::string check(const Json& input, const Json& expected, const Json& got) {
  if (!got.is_string()) return "the answer must be a string, got " + got.dump();
  const std::string s = input.at(0).get<std::string>();
  const auto [best_len, best_start] = longest(s);
  if (std::string why = why_wrong(s, got.get<std::string>(), best_len, best_start); !why.empty())
    return why;
  if (expected.is_string())
    if (std::string why = why_wrong(s, expected.get<std::string>(), best_len, best_start); !why.empty())
      return "the case is wrong: its expected answer " + why;
  return "";
}
