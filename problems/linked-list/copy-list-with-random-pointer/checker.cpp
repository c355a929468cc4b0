// Right when `got` (the builder's reading of the answer, see builder.cpp) is the
// expected list, every node new: the same values and random indexes, no node shared
// with the input, the input as it was.

std::string check(const Json& input, const Json& expected, const Json& got) {
  (void)input;
  if (!got.is_array()) return "the answer is not a list";
  std::size_t n = got.size();
  if (n > 0 && got.back().is_array() && got.back().empty())
    return "the input list was changed: a copy must leave the original as it was";
  for (std::size_t i = 0; i < n; ++i) {
    const Json& row = got[i];
    if (row.size() == 3)
      return "node " + std::to_string(i) + " of the copy is node " + kata::judge::dump_short(row[2]) +
             " of the input: a deep copy makes every node new";
    if (row[1].is_number_integer() && row[1].get<int>() == -1)
      return "node " + std::to_string(i) + "'s random pointer leads outside the copy";
  }
  if (n != expected.size())
    return "the copy has " + std::to_string(n) + " nodes, the input " +
           std::to_string(expected.size());
  for (std::size_t i = 0; i < n; ++i)
    if (got[i] != expected[i])
      return "node " + std::to_string(i) + " is " + kata::judge::dump_short(got[i]) + ", expected " +
             kata::judge::dump_short(expected[i]);
  return "";
}
