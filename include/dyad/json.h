// JSON for records: writing (contract §2) and reading back (round trip).
#ifndef DYAD_JSON_H_
#define DYAD_JSON_H_

#include <string>
#include <string_view>

#include "dyad/record.h"

namespace dyad {

// Appends `s` to `out` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view s);

// One record per call, appended as a single line without the trailing newline.
void append_json(std::string& out, const Event& e, bool explain = false);
void append_json(std::string& out, const Transfer& t, bool explain = false);
void append_json(std::string& out, const DocumentSummary& d);

// Parses one record line. Returns false and sets `error` on malformed input or a
// record of another kind.
bool parse_json(std::string_view line, Event& e, std::string* error);
bool parse_json(std::string_view line, Transfer& t, std::string* error);
bool parse_json(std::string_view line, DocumentSummary& d, std::string* error);

}  // namespace dyad

#endif  // DYAD_JSON_H_
