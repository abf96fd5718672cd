// trim: a view without the spaces, tabs and carriage returns at either end (data rows,
// CSV cells and dictionary lines as files give them).
#ifndef DYAD_UTIL_TRIM_H_
#define DYAD_UTIL_TRIM_H_

#include <string_view>

namespace dyad {

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace dyad

#endif  // DYAD_UTIL_TRIM_H_
