// notes/kata.json.
#include "kata/practice/settings.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include <kata/judge/problem.hpp>

namespace kata::practice {

using judge::Json;

std::filesystem::path settings_path(const std::filesystem::path& home) {
  return home / "notes" / "kata.json";
}

SettingsRead parse_settings(const std::string& text, const std::string& file) {
  SettingsRead out;
  auto at = [&](const std::vector<judge::PathStep>& path) {
    auto offset = judge::locate(text, path);
    auto pos = judge::position_of(text, offset.value_or(0));
    return fmt::format("{}:{}:{}", file, pos.line, pos.column);
  };
  std::vector<judge::LoadError> errors;
  auto doc = judge::parse_json(text, file, errors);
  if (!doc) {
    for (const auto& e : errors) out.problems.push_back(e.str() + "; no settings used");
    return out;
  }
  if (!doc->is_object()) {
    out.problems.push_back(fmt::format("{}: the settings must be one JSON object, like "
                                       "{{\"list\": \"hot-100\"}}; not used",
                                       at({})));
    return out;
  }
  for (const auto& [key, value] : doc->items()) {
    if (key == "list") {
      if (value.is_string()) {
        out.settings.list = value.get<std::string>();
        auto where = at({key});
        out.settings.where = where.substr(0, where.rfind(':'));
      } else {
        out.problems.push_back(fmt::format("{}: \"list\" must be a list's name, like "
                                           "\"hot-100\"; not used",
                                           at({key})));
      }
      continue;
    }
    if (key == "blind") {
      if (value.is_boolean())
        out.settings.blind = value.get<bool>();
      else
        out.problems.push_back(
            fmt::format("{}: \"blind\" must be true or false; not used", at({key})));
      continue;
    }
    out.problems.push_back(fmt::format("{}: unknown setting \"{}\" (kata knows: \"list\", "
                                       "\"blind\"); ignored",
                                       at({key}), key));
  }
  return out;
}

SettingsRead read_settings(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return {};
  std::ifstream in(file, std::ios::binary);
  if (!in || std::filesystem::is_directory(file, ec)) {
    SettingsRead out;
    out.problems.push_back(fmt::format("{}: cannot be read as a file; no settings used",
                                       file.string()));
    return out;
  }
  std::stringstream text;
  text << in.rdbuf();
  return parse_settings(text.str(), file.string());
}

}  // namespace kata::practice
