// The practice log: atomic appends, tolerant reads.
#include "kata/practice/log.hpp"

#include <fcntl.h>    // open, O_APPEND
#include <sys/stat.h>  // fstat
#include <unistd.h>   // write, pread, fsync, close
#include <algorithm>  // std::stable_sort
#include <chrono>     // year_month_day
#include <cerrno>
#include <cstdio>  // std::sscanf
#include <cstdlib>
#include <cstring>  // std::strerror
#include <ctime>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

#include <kata/judge/catalog.hpp>
#include <kata/judge/judge.hpp>  // ProblemMeta, ProblemResult
#include <kata/judge/json.hpp>  // the one JSON type, read and written once (json.cpp)

namespace kata::practice {

using judge::Json;

std::filesystem::path default_log_path(const std::filesystem::path& home) {
  if (const char* env = std::getenv("KATA_LOG"); env && *env) return env;
  return home / "notes" / "practice-log.jsonl";
}

std::string_view to_string(Event e) {
  switch (e) {
    case Event::start: return "start";
    case Event::attempt: return "attempt";
    case Event::hint: return "hint";
    case Event::reveal: return "revealed";
    case Event::drill: return "drill";
    case Event::interview: return "interview";
    case Event::bench: return "bench";
  }
  return "?";
}

std::optional<Event> event_from_string(std::string_view word) {
  for (Event e : {Event::start, Event::attempt, Event::hint, Event::reveal, Event::drill,
                  Event::interview, Event::bench})
    if (to_string(e) == word) return e;
  return std::nullopt;
}

std::string to_json_line(const Record& r) {
  Json j = {{"event", std::string(to_string(r.event))},
            {"time", r.time},
            {"problem", r.problem},
            {"pattern", r.pattern}};
  if (!r.difficulty.empty()) j["difficulty"] = r.difficulty;
  if (r.event == Event::hint) j["rung"] = r.rung;
  if (r.event == Event::drill) {
    j["answer"] = r.answer;
    j["right"] = r.right;
  }
  if (r.event == Event::bench) {
    j["fitted"] = r.fitted;
    j["stated"] = r.stated;
    if (r.reference) j["reference"] = true;
  }
  if (r.event == Event::interview) {
    j["interview"] = r.interview;
    j["action"] = r.ended ? "end" : "start";
    if (!r.ended) j["minutes"] = r.minutes;
  }
  if (r.event == Event::attempt) {
    j["verdict"] = judge::to_string(r.verdict);
    j["passed"] = r.passed;
    j["total"] = r.total;
    j["seconds"] = r.seconds ? Json(*r.seconds) : Json();
    j["hash"] = r.hash;
    if (!r.file.empty()) j["file"] = r.file;
  }
  return judge::json_to_text(j);
}

namespace {

// A count in an attempt: a non-negative integer, required.
std::optional<int> count(const Json& j, const char* key, std::string& why) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer() || it->get<long long>() < 0 ||
      it->get<long long>() > 1'000'000'000) {
    why = fmt::format("an attempt needs \"{}\", a whole number of cases >= 0", key);
    return std::nullopt;
  }
  return static_cast<int>(it->get<long long>());
}

}  // namespace

std::optional<Record> from_json_line(const std::string& line, std::string& why) {
  Json j = judge::json_from_text(line).value_or(Json());
  if (!j.is_object()) {
    why = "not a JSON object (a torn write or a hand edit?)";
    return std::nullopt;
  }
  // A member that is there must have its type: a hand edit that breaks one is named.
  auto str = [&](const char* k) -> std::optional<std::string> {
    auto it = j.find(k);
    if (it == j.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };
  for (const char* k : {"event", "time", "problem", "pattern", "difficulty", "verdict", "hash",
                        "file", "answer", "interview", "action", "fitted", "stated"})
    if (j.contains(k) && !j[k].is_string()) {
      why = fmt::format("\"{}\" must be a string", k);
      return std::nullopt;
    }
  Record r;
  auto event_word = str("event"), time = str("time"), problem = str("problem");
  auto event = event_word ? event_from_string(*event_word) : std::nullopt;
  if (!event) {
    why = "\"event\" must be \"start\", \"attempt\", \"hint\", \"revealed\", \"drill\", "
          "\"interview\" or \"bench\"";
    return std::nullopt;
  }
  if (!time || !parse_time(*time)) {
    why = "\"time\" must be a real local time with its offset, like 2026-11-28T09:15:02+08:00";
    return std::nullopt;
  }
  if (!problem || problem->empty()) {
    why = "\"problem\" is missing";
    return std::nullopt;
  }
  r.event = *event;
  r.time = *time;
  r.problem = *problem;
  r.pattern = str("pattern").value_or("");
  r.difficulty = str("difficulty").value_or("");
  if (!r.difficulty.empty() && r.difficulty != "Easy" && r.difficulty != "Medium" &&
      r.difficulty != "Hard") {
    why = "unknown difficulty \"" + r.difficulty + "\" (Easy, Medium or Hard)";
    return std::nullopt;
  }
  if (r.event == Event::hint) {
    auto rung = count(j, "rung", why);
    if (!rung || *rung < 1) {
      why = "a hint needs \"rung\", a whole number >= 1";
      return std::nullopt;
    }
    r.rung = *rung;
  }
  if (r.event == Event::drill) {
    auto right = j.find("right");
    if (right == j.end() || !right->is_boolean()) {
      why = "a drill needs \"right\", true or false";
      return std::nullopt;
    }
    r.right = right->get<bool>();
    r.answer = str("answer").value_or("");
  }
  if (r.event == Event::bench) {
    r.fitted = str("fitted").value_or("");
    r.stated = str("stated").value_or("");
    auto reference = j.find("reference");
    r.reference = reference != j.end() && reference->is_boolean() && reference->get<bool>();
  }
  if (r.event == Event::interview) {
    auto id = str("interview"), action = str("action");
    if (!id || !parse_time(*id) || !action || (*action != "start" && *action != "end")) {
      why = "an interview needs \"interview\" (the time it started) and \"action\" (\"start\" "
            "or \"end\")";
      return std::nullopt;
    }
    r.interview = *id;
    r.ended = *action == "end";
    if (!r.ended) {
      auto minutes = count(j, "minutes", why);
      if (!minutes || *minutes < 1) {
        why = "an interview's start needs \"minutes\", a whole number >= 1";
        return std::nullopt;
      }
      r.minutes = *minutes;
    }
  }
  if (r.event == Event::attempt) {
    auto verdict = str("verdict");
    if (!verdict) {
      why = "an attempt needs a \"verdict\"";
      return std::nullopt;
    }
    auto v = judge::verdict_from_string(*verdict);
    if (!v) {
      why = "unknown verdict \"" + *verdict + "\"";
      return std::nullopt;
    }
    r.verdict = *v;
    auto passed = count(j, "passed", why);
    if (!passed) return std::nullopt;
    auto total = count(j, "total", why);
    if (!total) return std::nullopt;
    r.passed = *passed;
    r.total = *total;
    if (r.passed > r.total) {
      why = fmt::format("{} of {} cases passed is impossible", r.passed, r.total);
      return std::nullopt;
    }
    if (r.verdict == judge::Verdict::AC && (r.total == 0 || r.passed != r.total)) {
      why = fmt::format("AC with {} of {} cases passed is impossible", r.passed, r.total);
      return std::nullopt;
    }
    if (auto it = j.find("seconds"); it != j.end() && !it->is_null()) {
      if (!it->is_number() || it->get<double>() < 0) {
        why = "\"seconds\" must be null or a number of seconds >= 0";
        return std::nullopt;
      }
      r.seconds = it->get<double>();
    }
    r.hash = str("hash").value_or("");
    r.file = str("file").value_or("");
  }
  return r;
}

void append(const std::filesystem::path& log, const Record& r) {
  std::error_code ec;
  if (log.has_parent_path()) std::filesystem::create_directories(log.parent_path(), ec);
  std::string line = to_json_line(r) + "\n";
  int fd = ::open(log.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw std::runtime_error("cannot open the practice log " + log.string() + ": " +
                             std::strerror(errno));
  // A file that does not end with a newline was torn (a crash mid-write, a hand
  // edit): the record starts on a line of its own, so it is not lost with the torn
  // one. Two writers may both add one; the blank line is harmless.
  if (struct stat st{}; ::fstat(fd, &st) == 0 && st.st_size > 0) {
    char last = '\n';
    if (::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n') line.insert(0, "\n");
  }
  ssize_t n;
  do {
    n = ::write(fd, line.data(), line.size());
  } while (n < 0 && errno == EINTR);
  int saved = errno;
  ::fsync(fd);
  ::close(fd);
  if (n != static_cast<ssize_t>(line.size()))
    throw std::runtime_error("cannot write to the practice log " + log.string() + ": " +
                             (n < 0 ? std::strerror(saved) : "short write"));
}

Record new_record(Event event, const judge::ProblemMeta& meta) {
  Record r;
  r.event = event;
  r.time = now_local_iso();
  r.problem = meta.slug;
  r.pattern = meta.pattern;
  r.difficulty = meta.difficulty;
  return r;
}


void record_start(const std::filesystem::path& log, const judge::ProblemMeta& meta) {
  append(log, new_record(Event::start, meta));
}

void record_hint(const std::filesystem::path& log, const judge::ProblemMeta& meta, int rung) {
  Record r = new_record(Event::hint, meta);
  r.rung = rung;
  append(log, r);
}

void record_reveal(const std::filesystem::path& log, const judge::ProblemMeta& meta) {
  append(log, new_record(Event::reveal, meta));
}

void record_drill(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                  const std::string& answer, bool right) {
  Record r = new_record(Event::drill, meta);
  r.answer = answer;
  r.right = right;
  append(log, r);
}

void record_bench(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                  const std::string& fitted, const std::string& stated, bool reference) {
  Record r = new_record(Event::bench, meta);
  r.fitted = fitted;
  r.stated = stated;
  r.reference = reference;
  append(log, r);
}

void record_attempt(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                    const judge::ProblemResult& result, std::string hash, std::string file) {
  Record r = new_record(Event::attempt, meta);
  r.verdict = result.verdict;
  r.passed = result.passed;
  r.total = result.total;
  r.hash = std::move(hash);
  r.file = std::move(file);
  r.seconds = seconds_since_start(read_log(log).records, meta.slug, r.time);
  append(log, r);
}

LogRead read_log(const std::filesystem::path& log, const judge::Catalog* catalog) {
  LogRead out;
  std::error_code ec;
  if (!std::filesystem::exists(log, ec)) return out;  // no practice yet
  if (std::filesystem::is_directory(log, ec)) {
    out.unreadable = "is a folder, not a file";
    return out;
  }
  std::ifstream in(log, std::ios::binary);
  if (!in) {
    out.unreadable = std::strerror(errno);
    return out;
  }
  auto skip = [&](int n, const std::string& why) {
    out.problems.push_back(log.string() + ":" + std::to_string(n) + ": skipped: " + why);
  };
  auto keep = [&](int n, Record r) {
    if (catalog && !catalog->find(r.problem))
      return skip(n, "unknown problem \"" + r.problem + "\" (not in the catalog)");
    r.line = n;
    out.records.push_back(std::move(r));
  };
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    std::string why;
    if (auto r = from_json_line(line, why)) {
      keep(n, std::move(*r));
      continue;
    }
    // A record appended onto a torn line (by a writer older than the newline rule
    // above) is whole at the end of the line: recover the last one that parses.
    std::optional<Record> tail;
    for (auto at = line.find('{', 1); at != std::string::npos && !tail; at = line.find('{', at + 1)) {
      std::string ignored;
      tail = from_json_line(line.substr(at), ignored);
    }
    skip(n, tail ? "a torn record, before a whole one on the same line" : why);
    if (tail) keep(n, std::move(*tail));
  }
  return out;
}

std::string now_local_iso() {
  if (const char* fixed = std::getenv("KATA_NOW"); fixed && parse_time(fixed)) return fixed;
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &tm);
  std::string s = buf;  // ...+0800 -> ...+08:00
  if (s.size() >= 5) s.insert(s.size() - 2, ":");
  return s;
}

std::optional<std::int64_t> parse_time(const std::string& iso) {
  // YYYY-MM-DDTHH:MM:SS(+|-)HH:MM or ...Z
  int y, mo, d, h, mi, s;
  char sign = 'Z';
  int oh = 0, om = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) != 6)
    return std::nullopt;
  if (iso.size() < 19) return std::nullopt;
  std::string rest = iso.substr(19);
  if (rest == "Z") {
  } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' &&
             std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) == 2) {
    sign = rest[0];
  } else {
    return std::nullopt;
  }
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60 || oh > 23 || om > 59) return std::nullopt;
  if (!std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                   std::chrono::day{static_cast<unsigned>(d)}}
           .ok())
    return std::nullopt;
  // Days from civil (H. Hinnant's algorithm), then shift by the offset.
  y -= mo <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  std::int64_t days = static_cast<std::int64_t>(era) * 146097 + doe - 719468;
  std::int64_t t = days * 86400 + h * 3600 + mi * 60 + s;
  std::int64_t off = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
  return t - off;
}

std::optional<double> seconds_since_start(const std::vector<Record>& records,
                                          const std::string& slug, const std::string& now) {
  for (auto it = records.rbegin(); it != records.rend(); ++it) {
    if (it->event != Event::start || it->problem != slug) continue;
    auto t0 = parse_time(it->time);
    auto t1 = parse_time(now);
    if (t0 && t1) return static_cast<double>(*t1 - *t0);
    return std::nullopt;
  }
  return std::nullopt;
}

std::vector<const Record*> newest_first(const std::vector<Record>& records) {
  std::vector<std::pair<std::int64_t, const Record*>> keyed;
  keyed.reserve(records.size());
  for (auto it = records.rbegin(); it != records.rend(); ++it)
    keyed.emplace_back(parse_time(it->time).value_or(0), &*it);
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<const Record*> out;
  out.reserve(keyed.size());
  for (const auto& k : keyed) out.push_back(k.second);
  return out;
}

}  // namespace kata::practice
