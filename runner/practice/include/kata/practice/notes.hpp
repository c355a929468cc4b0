// Notes per problem: <home>/notes/SLUG.md, the practiser's own words.
//
// `kata note SLUG` creates a note from a template (a link to the problem, its
// statement and its pattern's notes, then empty headings) and never overwrites
// one; `kata show` prints the note's path when it exists.
#pragma once

#include <filesystem>
#include <string>

#include <kata/judge/problem.hpp>

namespace kata::practice {

std::filesystem::path notes_dir(const std::filesystem::path& home);
std::filesystem::path note_path(const std::filesystem::path& home, const std::string& slug);

// The text of a new note; links are relative to the notes folder.
std::string note_template(const judge::Problem& p, const std::filesystem::path& home);

// Writes the template unless the note exists. Returns true when it created the
// note; throws std::runtime_error naming the file when it cannot write it.
bool ensure_note(const judge::Problem& p, const std::filesystem::path& home);

}  // namespace kata::practice
