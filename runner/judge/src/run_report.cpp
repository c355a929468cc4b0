// Reports of a run: the table by pattern, JSON, JUnit XML.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "kata/judge/run.hpp"

namespace kata::judge {

std::vector<PatternRow> summarize_by_pattern(const std::vector<Workload>& workloads,
                                             const RunReport& report) {
  std::vector<PatternRow> rows;
  auto row_for = [&](const std::string& pattern) -> PatternRow& {
    for (auto& r : rows)
      if (r.pattern == pattern) return r;
    PatternRow row;
    row.pattern = pattern;
    rows.push_back(row);
    return rows.back();
  };
  for (std::size_t wi = 0; wi < workloads.size(); ++wi) {
    const auto& w = workloads[wi];
    const auto& p = report.problems[wi];
    PatternRow& row = row_for(w.meta.pattern);
    ++row.problems;
    row.cases += static_cast<std::size_t>(p.total);
    row.passed += static_cast<std::size_t>(p.passed);
    row.failed += static_cast<std::size_t>(p.total - p.passed);
    for (const auto& c : p.cases) {
      row.solve_ms += c.time_ms;
      if (c.time_ms >= row.slowest_ms) {
        row.slowest_ms = c.time_ms;
        row.slowest_case = w.meta.slug + "/" + c.name;
      }
    }
  }
  return rows;
}

Json run_to_json(const std::vector<Workload>& workloads, const RunReport& report) {
  Json problems = Json::array();
  for (std::size_t wi = 0; wi < workloads.size(); ++wi) {
    const auto& w = workloads[wi];
    const auto& p = report.problems[wi];
    Json errors = Json::array();
    for (const auto& e : w.errors) errors.push_back(e.str());
    double ms = 0;
    Json cases = Json::array();
    for (const auto& c : p.cases) {
      ms += c.time_ms;
      cases.push_back({{"name", c.name},
                       {"verdict", std::string(to_string(c.verdict))},
                       {"time_ms", c.time_ms},
                       {"expected", c.expected.value_or(Json())},
                       {"got", c.got.value_or(Json())},
                       {"message", c.message}});
    }
    problems.push_back({{"problem", w.meta.slug},
                        {"pattern", w.meta.pattern},
                        {"verdict", std::string(to_string(p.verdict))},
                        {"passed", p.passed},
                        {"total", p.total},
                        {"time_ms", ms},
                        {"errors", errors},
                        {"cases", cases}});
  }
  return {{"problems", problems},
          {"totals",
           {{"problems", workloads.size()},
            {"broken", report.broken},
            {"cases", report.passed + report.failed},
            {"passed", report.passed},
            {"failed", report.failed},
            {"wall_seconds", report.wall_seconds}}}};
}

namespace {

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 allows no control characters but tab, newline and return.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
          out += '?';
        else
          out += c;
    }
  }
  return out;
}

}  // namespace

std::string run_to_junit(const std::vector<Workload>& workloads, const RunReport& report) {
  std::map<std::string, std::vector<std::size_t>> by_pattern;
  for (std::size_t wi = 0; wi < workloads.size(); ++wi)
    by_pattern[workloads[wi].meta.pattern].push_back(wi);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"kata\" tests=\"{}\" failures=\"{}\" time=\"{:.3f}\">\n",
                     report.passed + report.failed, report.failed, report.wall_seconds);
  for (const auto& [pattern, indices] : by_pattern) {
    std::size_t tests = 0, failures = 0, errors = 0;
    double ms = 0;
    for (auto wi : indices) {
      const auto& p = report.problems[wi];
      tests += static_cast<std::size_t>(p.total);
      failures += static_cast<std::size_t>(p.total - p.passed);
      errors += workloads[wi].errors.empty() ? 0 : 1;
      for (const auto& c : p.cases) ms += c.time_ms;
    }
    out += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{:.3f}\">\n",
        xml_escape(pattern), tests + errors, failures, errors, ms / 1e3);
    for (auto wi : indices) {
      const auto& w = workloads[wi];
      if (!w.errors.empty()) {
        std::string why;
        for (const auto& e : w.errors) why += e.str() + "\n";
        out += fmt::format(
            "    <testcase classname=\"{0}.{1}\" name=\"(load)\" time=\"0\">\n"
            "      <error message=\"the problem could not be loaded\">{2}</error>\n"
            "    </testcase>\n",
            xml_escape(pattern), xml_escape(w.meta.slug), xml_escape(why));
        continue;
      }
      for (const auto& c : report.problems[wi].cases) {
        out += fmt::format("    <testcase classname=\"{}.{}\" name=\"{}\" time=\"{:.6f}\"",
                           xml_escape(pattern), xml_escape(w.meta.slug), xml_escape(c.name),
                           c.time_ms / 1e3);
        if (c.verdict == Verdict::AC) {
          out += "/>\n";
          continue;
        }
        std::string body = "input: " + dump_short(c.input, 400) + "\n";
        if (c.expected) body += "expected: " + dump_short(*c.expected, 400) + "\n";
        if (c.got) body += "got: " + dump_short(*c.got, 400) + "\n";
        body += c.message;
        out += fmt::format(">\n      <failure type=\"{0}\" message=\"{0}: {1}\">{2}</failure>\n"
                           "    </testcase>\n",
                           to_string(c.verdict), xml_escape(c.message), xml_escape(body));
      }
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

}  // namespace kata::judge
