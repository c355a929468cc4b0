// The practiser's settings: notes/kata.json, written by hand, set once.
//
//   {"list": "hot-100"}   the study list `kata daily` picks from when --list is
//                         not given ("all", or no member: the whole catalog)
//   {"blind": true}       blind practice by default: `kata daily` and `kata show`
//                         hide the pattern until the day's AC or hint (aids.hpp)
//
// A missing file means no settings. A file that is not a JSON object, a member of
// the wrong type, or a member kata does not know (a typo must not pass silently)
// is a problem "file:line:col: why"; the verb reports it and goes on without that
// member. Whether the list exists is the verb's to check: it has the catalog.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kata::practice {

struct Settings {
  std::string list;   // empty: none set
  std::string where;  // "file:line" of the "list" member, for messages about its value
  bool blind = false;
};

struct SettingsRead {
  Settings settings;
  std::vector<std::string> problems;  // "file:line:col: why", in file order
};

// <home>/notes/kata.json
std::filesystem::path settings_path(const std::filesystem::path& home);

SettingsRead read_settings(const std::filesystem::path& file);

// The same, from text already read; `file` is used in messages only.
SettingsRead parse_settings(const std::string& text, const std::string& file);

}  // namespace kata::practice
