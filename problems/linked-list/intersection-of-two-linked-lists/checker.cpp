// The answer as builder.cpp reads it back: the index in list A of the returned node,
// -1 for nullptr, -2 for a node of neither list's shared part, -3 for lists that did
// not keep their structure. Right when it is the expected index.

std::string check(const Json& input, const Json& expected, const Json& got) {
  (void)input;
  auto says = [](const Json& v) -> std::string {
    if (!v.is_number_integer()) return "an answer that is not a node";
    int i = v.get<int>();
    if (i == -1) return "null (no intersection)";
    if (i == -2) return "a node that is not one of list A's";
    if (i == -3) return "?";
    return "list A's node " + std::to_string(i);
  };
  if (got == Json(-3))
    return "changed the lists' structure: both lists must be exactly as they were when the "
           "function returns (every next pointer and value)";
  if (got == expected) return "";
  return "expected " + says(expected) + ", got " + says(got);
}
