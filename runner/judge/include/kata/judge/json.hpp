// JSON for the judge: the one JSON type, and positions (line:column) inside JSON text.
//
// nlohmann::json forgets where a value stood in its file, but a good error message
// names the file, the line and the case. locate() walks the text once more, without
// building values, to find where a given member or element begins.
#pragma once

#include <cstddef>  // std::size_t
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace kata::judge {

using Json = nlohmann::json;

struct TextPosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in bytes
};

// The line and column of a byte offset in text (one scan from the start).
TextPosition position_of(std::string_view text, std::size_t offset);

// Line and column lookups for many offsets in one text: the line starts are found
// once, each lookup is a binary search (a case file with 10,000 cases would spend
// quadratic time in position_of). Keeps a view of text: text must outlive it.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  TextPosition position(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;  // offset of the first byte of each line
};

// One step of a path into a JSON document: an object member or an array index.
using PathStep = std::variant<std::string, std::size_t>;

// The byte offset where the value at `path` begins, if the text is well-formed
// up to there and the value exists.
std::optional<std::size_t> locate(std::string_view text, const std::vector<PathStep>& path);

// The byte offsets of each element of the array at `path` (empty when absent).
std::vector<std::size_t> element_offsets(std::string_view text, const std::vector<PathStep>& path);

// Reading and writing JSON text. nlohmann's parser and serializer are compiled
// once, in json.cpp, rather than in every unit that reads or writes (each costs 1-2 s
// of compile time where it is instantiated): call these, not Json::parse / dump.
//
// The value of the text, or nullopt when it is not well-formed JSON.
std::optional<Json> json_from_text(std::string_view text);
// The same, but malformed text throws Json::parse_error, which knows the byte offset.
Json json_from_text_or_throw(std::string_view text);
// The value as text: one line when indent < 0, else pretty with that indent.
// Invalid UTF-8 inside strings is replaced (U+FFFD), never thrown.
std::string json_to_text(const Json& value, int indent = -1);

// Compact JSON, cut in the middle to at most `limit` characters with "..." so huge
// arrays stay readable in a terminal.
std::string dump_short(const Json& value, std::size_t limit = 160);

}  // namespace kata::judge
