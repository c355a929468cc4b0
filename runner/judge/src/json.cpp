// Positions inside JSON text: a skipping scanner, used only to point at errors.
#include "kata/judge/json.hpp"

#include <algorithm>

#include <cctype>  // std::isspace

namespace kata::judge {
namespace {

// A scanner that skips over JSON values without building them. Every function
// returns the offset just past what it skipped, or npos when the text is malformed.
class Skipper {
 public:
  explicit Skipper(std::string_view text) : text_(text) {}
  static constexpr std::size_t npos = std::string_view::npos;

  std::size_t space(std::size_t i) const {
    while (i < text_.size() && std::isspace(static_cast<unsigned char>(text_[i]))) ++i;
    return i;
  }

  std::size_t string(std::size_t i, std::string* out = nullptr) const {
    if (i >= text_.size() || text_[i] != '"') return npos;
    for (++i; i < text_.size(); ++i) {
      char c = text_[i];
      if (c == '"') return i + 1;
      if (c == '\\') {
        if (++i >= text_.size()) return npos;
        if (out) out->push_back(text_[i] == '"' || text_[i] == '\\' ? text_[i] : '?');
        continue;
      }
      if (out) out->push_back(c);
    }
    return npos;
  }

  std::size_t value(std::size_t i) const {
    i = space(i);
    if (i >= text_.size()) return npos;
    char c = text_[i];
    if (c == '"') return string(i);
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      i = space(i + 1);
      if (i < text_.size() && text_[i] == close) return i + 1;
      while (i < text_.size()) {
        if (c == '{') {
          i = string(space(i));
          if (i == npos) return npos;
          i = space(i);
          if (i >= text_.size() || text_[i] != ':') return npos;
          ++i;
        }
        i = value(i);
        if (i == npos) return npos;
        i = space(i);
        if (i < text_.size() && text_[i] == ',') {
          ++i;
          continue;
        }
        if (i < text_.size() && text_[i] == close) return i + 1;
        return npos;
      }
      return npos;
    }
    // number, true, false, null
    std::size_t j = i;
    while (j < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[j])) ||
                                text_[j] == '-' || text_[j] == '+' || text_[j] == '.'))
      ++j;
    return j == i ? npos : j;
  }

  // Offset of the member `key` of the object starting at i, or of element `index`.
  std::size_t child(std::size_t i, const PathStep& step) const {
    i = space(i);
    if (i >= text_.size()) return npos;
    if (const auto* key = std::get_if<std::string>(&step)) {
      if (text_[i] != '{') return npos;
      i = space(i + 1);
      while (i < text_.size() && text_[i] != '}') {
        std::string name;
        i = string(space(i), &name);
        if (i == npos) return npos;
        i = space(i);
        if (i >= text_.size() || text_[i] != ':') return npos;
        std::size_t at = space(i + 1);
        if (name == *key) return at;
        i = space(value(at));
        if (i == npos || i >= text_.size()) return npos;
        if (text_[i] == ',') i = space(i + 1);
      }
      return npos;
    }
    std::size_t index = std::get<std::size_t>(step);
    if (text_[i] != '[') return npos;
    i = space(i + 1);
    for (std::size_t k = 0; i < text_.size() && text_[i] != ']'; ++k) {
      if (k == index) return i;
      i = space(value(i));
      if (i == npos || i >= text_.size()) return npos;
      if (text_[i] == ',') i = space(i + 1);
    }
    return npos;
  }

 private:
  std::string_view text_;
};

}  // namespace

TextPosition position_of(std::string_view text, std::size_t offset) {
  TextPosition p{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
    starts_.push_back(i + 1);
}

TextPosition LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(after - starts_.begin());  // >= 1: starts_[0] == 0
  return {static_cast<int>(line), static_cast<int>(offset - starts_[line - 1]) + 1};
}

std::optional<std::size_t> locate(std::string_view text, const std::vector<PathStep>& path) {
  Skipper s(text);
  std::size_t at = s.space(0);
  for (const auto& step : path) {
    at = s.child(at, step);
    if (at == Skipper::npos) return std::nullopt;
  }
  return at;
}

std::vector<std::size_t> element_offsets(std::string_view text, const std::vector<PathStep>& path) {
  std::vector<std::size_t> out;
  auto start = locate(text, path);
  if (!start || *start >= text.size() || text[*start] != '[') return out;
  Skipper s(text);
  std::size_t i = s.space(*start + 1);
  while (i < text.size() && text[i] != ']') {
    out.push_back(i);
    i = s.value(i);
    if (i == Skipper::npos) break;
    i = s.space(i);
    if (i < text.size() && text[i] == ',') i = s.space(i + 1);
  }
  return out;
}

std::optional<Json> json_from_text(std::string_view text) {
  Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return std::nullopt;
  return j;
}

Json json_from_text_or_throw(std::string_view text) {
  return Json::parse(text);
}

std::string json_to_text(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string dump_short(const Json& value, std::size_t limit) {
  std::string s = json_to_text(value);
  if (s.size() <= limit) return s;
  std::size_t half = (limit - 5) / 2;
  return s.substr(0, half) + " ... " + s.substr(s.size() - half);
}

}  // namespace kata::judge
