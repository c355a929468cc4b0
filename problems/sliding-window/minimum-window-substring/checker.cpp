// Many windows may tie for the shortest. A returned window is right when it is a
// substring of s, contains every character of t as often as t does, and is as
// short as the expected one; when there is no window, only "" is right.

std::string check(const Json& input, const Json& expected, const Json& got) {
  if (!got.is_string()) return "the answer is not a string";
  const std::string s = input.at(0).get<std::string>();
  const std::string t = input.at(1).get<std::string>();
  const std::string want = expected.get<std::string>();
  const std::string window = got.get<std::string>();
  if (want.empty()) {
    return window.empty() ? "" : "no window of s covers t, but got \"" + window + "\"";
  }
  if (window.size() != want.size()) {
    return "the shortest window has length " + std::to_string(want.size()) + ", got one of length " +
           std::to_string(window.size());
  }
  if (std::search(s.begin(), s.end(), std::boyer_moore_horspool_searcher(window.begin(), window.end())) ==
      s.end()) {
    return "the answer is not a substring of s";
  }
  std::array<int, 256> count{};
  for (char c : window) ++count[static_cast<unsigned char>(c)];
  for (char c : t) {
    if (--count[static_cast<unsigned char>(c)] < 0) {
      return std::string("the answer does not contain enough '") + c + "' to cover t";
    }
  }
  return "";
}
