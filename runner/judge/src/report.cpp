// Text and JSON reports of a problem's result.
#include "kata/judge/report.hpp"

#include <unistd.h>  // isatty

#include <cstdlib>
#include <filesystem>

#include <fmt/core.h>

#include "kata/judge/text.hpp"

namespace kata::judge {

Style Style::detect(std::FILE* out, ColorMode mode) {
  Style s;
  if (mode != ColorMode::automatic) {
    s.color = mode == ColorMode::always;
    return s;
  }
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  s.color = isatty(fileno(out)) && !(no_color && *no_color) &&
            !(term && std::string_view(term) == "dumb");
  return s;
}

std::string Style::paint(std::string_view text, std::string_view ansi) const {
  if (!color) return std::string(text);
  return fmt::format("\033[{}m{}\033[0m", ansi, text);
}

std::string Style::verdict(Verdict v) const {
  std::string_view code = v == Verdict::AC ? "1;32" : v == Verdict::ERR ? "1;33" : "1;31";
  return paint(fmt::format("{:<3}", to_string(v)), code);
}

std::string printable(std::string_view text, std::size_t limit) {
  std::string out;
  auto escape = [&](unsigned char c) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += fmt::format("\\x{:02x}", c);
    }
  };
  std::size_t i = 0;
  while (i < text.size() && out.size() < limit) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) {
      escape(c);
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // A multi-byte sequence: its length from the lead byte, then continuation bytes.
    std::size_t n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
    bool ok = n > 0 && i + n <= text.size();
    for (std::size_t k = 1; ok && k < n; ++k)
      ok = (static_cast<unsigned char>(text[i + k]) & 0xc0) == 0x80;
    if (ok && n == 3) {  // no overlong forms, no surrogates
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      ok = !(c == 0xe0 && c1 < 0xa0) && !(c == 0xed && c1 >= 0xa0);
    } else if (ok && n == 4) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      ok = !(c == 0xf0 && c1 < 0x90) && !(c == 0xf4 && c1 >= 0x90);
    }
    if (ok) {
      out.append(text.substr(i, n));
      i += n;
    } else {
      out += "\xef\xbf\xbd";  // U+FFFD
      ++i;
    }
  }
  if (i < text.size()) out += "...";
  return out;
}

std::string format_duration(double ms) {
  if (!(ms > 0)) return "0 µs";
  auto significant = [](double v, const char* unit) {
    int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
    return fmt::format("{:.{}f} {}", v, decimals, unit);
  };
  double us = ms * 1e3;
  if (us < 999.5) return us < 1 ? "<1 µs" : fmt::format("{:.0f} µs", us);
  if (ms < 999.5) return significant(ms, "ms");
  return significant(ms / 1e3, "s");
}

namespace {

// A case file as the reader can open it, short enough for the line: relative to
// the current directory when it is inside it.
std::string shown_path(const std::string& file) {
  std::error_code ec;
  const std::filesystem::path p(file);
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (!ec && p.is_absolute()) {
    std::filesystem::path rel = p.lexically_relative(cwd);
    if (!rel.empty() && *rel.begin() != "..") return rel.string();
  }
  return file;
}

// An attempt's output under a case, as LeetCode shows "Stdout": its own lines,
// each escaped (printable), at most kLines of them.
void print_output(std::FILE* out, const CaseResult& c, const Style& style) {
  constexpr int kLines = 20;
  std::string_view text = c.output;
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  int shown = 0, lines = 0;
  for (std::size_t at = 0; at <= text.size(); ++lines) {
    std::size_t nl = std::min(text.find('\n', at), text.size());
    if (shown < kLines) {
      fmt::print(out, "      {} {}\n", style.paint(shown == 0 ? "stdout   " : "         ", "2"),
                 printable(text.substr(at, nl - at), 300));
      ++shown;
    }
    at = nl + 1;
  }
  if (lines > shown || c.output_cut)
    fmt::print(out, "      {} {}\n", style.paint("         ", "2"),
               style.paint(lines > shown ? fmt::format("({} more lines)", lines - shown)
                                         : std::string("(the rest was not kept)"),
                           "2"));
}

}  // namespace

void print_result(std::FILE* out, const ProblemResult& r, const Style& style,
                  std::string_view qualifier) {
  print_result(out, r, style, Detail::every_case, qualifier);
}

void print_result(std::FILE* out, const ProblemResult& r, const Style& style, Detail detail,
                  std::string_view qualifier) {
  const bool brief = detail == Detail::first_failure && r.verdict != Verdict::AC;
  const CaseResult* first_failure = nullptr;
  int other_failures = 0;
  // On AC the first case that printed anything shows it, as LeetCode shows the
  // output of its first case; on a failure, each failing case shows its own.
  const CaseResult* printed_on_ac = nullptr;
  if (r.verdict == Verdict::AC)
    for (const auto& c : r.cases)
      if (!c.output.empty()) {
        printed_on_ac = &c;
        break;
      }
  for (const auto& c : r.cases) {
    if (brief && c.verdict == Verdict::AC) continue;
    fmt::print(out, "  {} {:>9}  {}\n", style.verdict(c.verdict), format_duration(c.time_ms),
               c.name);
    if (&c == printed_on_ac) print_output(out, c, style);
    if (c.verdict == Verdict::AC) continue;
    if (brief && first_failure) {
      ++other_failures;
      continue;
    }
    first_failure = &c;
    auto field = [&](std::string_view label, const std::string& value) {
      fmt::print(out, "      {} {}\n", style.paint(fmt::format("{:<9}", label), "2"), value);
    };
    if (!c.file.empty())
      field("case", shown_path(c.file) + (c.line ? ":" + std::to_string(c.line) : ""));
    if (!c.input.is_null()) field("input", dump_short(c.input, 200));
    if (c.expected && c.verdict != Verdict::ERR) field("expected", dump_short(*c.expected, 200));
    // A one-line account (a concurrency kata's run, a deadlock) is wrapped to 80
    // columns under its label; text with lines of its own (a sanitizer's report)
    // is shown as it is.
    auto explained = [&](const std::string& text) {
      if (text.find('\n') != std::string::npos) return field("why", text);
      const std::string indent(16, ' ');
      std::string why = wrap(indent + text, 80, indent).substr(indent.size());
      if (!why.empty() && why.back() == '\n') why.pop_back();
      field("why", why);
    };
    if (c.got && c.got_explains)
      explained(c.got->get<std::string>());
    else if (c.got)
      field("got", dump_short(*c.got, 200));
    if (!c.message.empty()) {
      if (c.verdict == Verdict::WA)
        field("diff", c.message);
      else
        explained(c.message);
    }
    if (!c.output.empty()) print_output(out, c, style);
  }
  if (other_failures)
    fmt::print(out, "  {}\n",
               style.paint(fmt::format("({} more failing; --all shows them in full, --case "
                                       "NAME runs one)",
                                       other_failures),
                           "2"));
  std::string summary = fmt::format("{}/{} passed", r.passed, r.total);
  fmt::print(out, "{}{}{} {}  {}\n", style.verdict(r.verdict), qualifier.empty() ? "" : " ",
             qualifier, r.problem, summary);
}

Json to_json(const ProblemResult& r) {
  Json cases = Json::array();
  for (const auto& c : r.cases) {
    cases.push_back({{"name", c.name},
                     {"verdict", std::string(to_string(c.verdict))},
                     {"time_ms", c.time_ms},
                     {"expected", c.expected.value_or(Json())},
                     {"got", c.got.value_or(Json())},
                     {"message", c.message}});
    if (!c.output.empty()) {
      cases.back()["stdout"] = c.output;  // json_to_text replaces invalid UTF-8
      if (c.output_cut) cases.back()["stdout_cut"] = true;
    }
  }
  return {{"problem", r.problem},
          {"verdict", std::string(to_string(r.verdict))},
          {"passed", r.passed},
          {"total", r.total},
          {"cases", std::move(cases)}};
}

}  // namespace kata::judge
