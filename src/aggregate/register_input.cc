// Filling a Register: from documents coded on N threads (the same oneTBB
// pipeline shape as run/run.cc — read in order, code in parallel, add in
// order) or from transfer records already written by `dyad code`.
//
// Tested by src/aggregate/register_test.cc and tests/register_cli_test.cc.

#include <chrono>
#include <map>
#include <memory>

#include "dyad/json.h"
#include "dyad/register.h"
#include "read/byte_source.h"

namespace dyad {

RunStats register_documents(const Pipeline& pipeline, const RunOptions& opt, Register& reg, std::FILE* err) {
  StreamHooks hooks;
  hooks.consume = [&](std::unique_ptr<Document>& doc, std::string&) { reg.add(*doc); };
  return code_stream(pipeline, opt, hooks, err);
}

size_t register_records(const std::string& path, Register& reg, std::vector<std::string>* errors) {
  LineReader lines(open_source(path));
  std::vector<Transfer> transfers;
  std::map<std::string, Date> doc_dates;
  std::string line, why;
  for (uint64_t n = 1; lines.next(line); ++n) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (line.find("\"record\":\"transfer\"") != std::string::npos) {
      Transfer t;
      if (parse_json(line, t, &why))
        transfers.push_back(std::move(t));
      else if (errors)
        errors->push_back(path + ":" + std::to_string(n) + ": " + why);
    } else if (line.find("\"record\":\"document\"") != std::string::npos) {
      DocumentSummary d;
      if (parse_json(line, d, &why)) {
        if (d.date) doc_dates[d.doc_id] = *d.date;
      } else if (errors) {
        errors->push_back(path + ":" + std::to_string(n) + ": " + why);
      }
    }
  }
  for (const Transfer& t : transfers) {
    MentionContext context;
    if (auto it = doc_dates.find(t.doc_id); it != doc_dates.end()) context.doc_date = it->second;
    context.source = source_of("", "", t.doc_id);
    reg.add(t, context);
  }
  return transfers.size();
}

}  // namespace dyad
