// What each case cost in earlier runs, kept so the next run starts the costliest first.
#include <fstream>
#include <string>
#include <system_error>

#include <unistd.h>  // getpid

#include "kata/judge/run.hpp"

namespace kata::judge {

std::string case_key(const Workload& w, const Case& c) { return w.meta.slug + "/" + c.name; }

CaseCosts read_costs(const std::filesystem::path& file) {
  CaseCosts costs;
  std::ifstream in(file);
  if (!in) return costs;
  Json j = Json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return costs;
  for (const auto& [key, value] : j.items()) {
    if (value.is_number() && value.get<double>() >= 0) costs[key] = value.get<double>();
  }
  return costs;
}

bool write_costs(const std::filesystem::path& file, const CaseCosts& costs) {
  namespace fs = std::filesystem;
  CaseCosts all = read_costs(file);
  for (const auto& [key, seconds] : costs) all[key] = seconds;
  Json j = Json::object();
  for (const auto& [key, seconds] : all) j[key] = seconds;  // nlohmann's object is sorted: stable files
  std::error_code ec;
  if (file.has_parent_path()) fs::create_directories(file.parent_path(), ec);
  // Two runs at once each write their own temporary file; the last rename wins whole.
  fs::path tmp = file;
  tmp += ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(tmp);
    if (!out) return false;
    out << j.dump(1) << '\n';
    if (!out.flush()) {
      out.close();
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
