// A case's or a problem's verdict, as LeetCode spells them; the one type every
// part of kata that records or shows a verdict uses (the practice log included).
#pragma once

#include <optional>
#include <string_view>

namespace kata::judge {

enum class Verdict { AC, WA, TLE, MLE, RE, CE, ERR };

// "AC", "WA", ...
std::string_view to_string(Verdict v);
// The verdict spelled s; nullopt for anything else.
std::optional<Verdict> verdict_from_string(std::string_view s);

}  // namespace kata::judge
