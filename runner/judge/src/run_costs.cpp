// What each case cost in earlier runs, kept so the next run starts the costliest first.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

#include <unistd.h>  // getpid

#include <fmt/format.h>

#include "kata/judge/run.hpp"

namespace kata::judge {

std::string case_key(const Workload& w, const Case& c) {
  return w.meta.slug + "/" + c.name;
}

namespace {

std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  std::string text;
  in.seekg(0, std::ios::end);
  auto size = in.tellg();
  if (size <= 0) return {};
  text.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  in.read(text.data(), size);
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

}  // namespace

CaseCosts read_costs(const std::filesystem::path& file) {
  CaseCosts costs;
  Json j = json_from_text(slurp(file)).value_or(Json());
  if (!j.is_object()) return costs;
  costs.reserve(j.size());
  for (const auto& [key, value] : j.items()) {
    if (!value.is_number()) continue;
    double seconds = value.get<double>();
    if (std::isfinite(seconds) && seconds >= 0) costs[key] = seconds;
  }
  return costs;
}

bool write_costs(const std::filesystem::path& file, const CaseCosts& costs) {
  namespace fs = std::filesystem;
  CaseCosts all = read_costs(file);
  for (const auto& [key, seconds] : costs) all[key] = seconds;
  // Sorted by key, so the file changes only where costs do.
  std::vector<std::pair<const std::string*, double>> sorted;
  sorted.reserve(all.size());
  for (const auto& [key, seconds] : all) sorted.emplace_back(&key, seconds);
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return *a.first < *b.first; });
  fmt::memory_buffer out;
  out.push_back('{');
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    // Json's dump escapes the key; fmt writes the shortest form that reads back the same.
    fmt::format_to(std::back_inserter(out), "{}\n {}: {}", i == 0 ? "" : ",",
                   json_to_text(Json(*sorted[i].first)), sorted[i].second);
  }
  fmt::format_to(std::back_inserter(out), "\n}}\n");
  std::error_code ec;
  if (file.has_parent_path()) fs::create_directories(file.parent_path(), ec);
  // Two runs at once each write their own temporary file; the last rename wins whole.
  fs::path tmp = file;
  tmp += ".tmp" + std::to_string(getpid());
  {
    std::ofstream f(tmp, std::ios::binary);
    if (!f) return false;
    f.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!f.flush()) {
      f.close();
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, file, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace kata::judge
