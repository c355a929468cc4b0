// Notes per problem.
#include "kata/practice/notes.hpp"

#include <cerrno>
#include <cstring>  // std::strerror
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

namespace kata::practice {

namespace fs = std::filesystem;

fs::path notes_dir(const fs::path& home) { return home / "notes"; }

fs::path note_path(const fs::path& home, const std::string& slug) {
  return notes_dir(home) / (slug + ".md");
}

std::string note_template(const judge::Problem& p, const fs::path& home) {
  const auto& m = p.meta;
  const fs::path notes = notes_dir(home);
  auto rel = [&](const fs::path& target) {
    return target.lexically_proximate(notes).generic_string();
  };
  // The pattern's notes: its README when there is one, else its folder.
  fs::path pattern = home / "patterns" / m.pattern;
  std::error_code ec;
  if (fs::exists(pattern / "README.md", ec)) pattern /= "README.md";
  std::string out = fmt::format("# {}. {}\n\n", m.id, m.title);
  out += fmt::format("- problem: {} ({}, {})\n",
                     m.url.empty() ? m.title : fmt::format("[{}]({})", m.title, m.url),
                     m.difficulty, m.pattern);
  out += fmt::format("- statement: [{}]({})\n", rel(p.statement_file()), rel(p.statement_file()));
  out += fmt::format("- pattern notes: [{}]({})\n", m.pattern, rel(pattern));
  out += fmt::format("- practise: `kata start {}`, then `kata test {}`\n", m.slug, m.slug);
  out +=
      "\n## The idea\n\n"
      "What made it click, in a sentence or two.\n\n"
      "## Pitfalls\n\n"
      "The failed tries and what they taught.\n\n"
      "## Complexity\n\n"
      "Time:\nSpace:\n\n"
      "## Reviews\n\n"
      "One line a review: the date and how it went.\n";
  return out;
}

bool ensure_note(const judge::Problem& p, const fs::path& home) {
  const fs::path path = note_path(home, p.meta.slug);
  std::error_code ec;
  if (fs::exists(path, ec)) return false;
  fs::create_directories(path.parent_path(), ec);
  if (ec)
    throw std::runtime_error(fmt::format("cannot create {}: {}", path.parent_path().string(), ec.message()));
  std::ofstream out(path, std::ios::binary);
  out << note_template(p, home);
  out.flush();
  if (!out) throw std::runtime_error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  return true;
}

}  // namespace kata::practice
