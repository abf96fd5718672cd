// Span: a half-open byte range [start, end) into a document's original text.
#ifndef DYAD_SPAN_H_
#define DYAD_SPAN_H_

#include <cstdint>
#include <string_view>

namespace dyad {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  std::string_view of(std::string_view text) const { return text.substr(start, end - start); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace dyad

#endif  // DYAD_SPAN_H_
