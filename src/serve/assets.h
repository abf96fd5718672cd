// Internal: the dashboard's files, embedded in the binary at build time
// (CMakeLists.txt: web/ and the npm packages' files it needs), by URL path.
#ifndef DYAD_SERVE_ASSETS_H_
#define DYAD_SERVE_ASSETS_H_

#include <string_view>
#include <utility>
#include <vector>

namespace dyad::serve {

// ("/index.html", bytes), ("/vendor/d3.min.js", bytes) …
const std::vector<std::pair<std::string_view, std::string_view>>& assets();

// "text/html; charset=utf-8" … by the path's extension.
const char* content_type(std::string_view path);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_ASSETS_H_
