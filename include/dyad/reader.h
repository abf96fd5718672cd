// Reader: the first stage. Turns files, directories and standard input into
// Documents (contract §1): jsonl, dated-text and text, plain or gzip/zstd
// compressed. Streaming: memory stays bounded by the largest document.
#ifndef DYAD_READER_H_
#define DYAD_READER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dyad/date.h"
#include "dyad/document.h"

namespace dyad {

enum class InputFormat { kAuto, kJsonl, kDatedText, kText };

// "jsonl", "dated-text", "text" or "auto"; nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::optional<Date> date;   // --date: the date of text documents
  bool id_from_hash = false;  // --id-from-hash: ids for jsonl lines without one
  std::string speaker;        // --speaker: the speaker of documents that name none (an actor code: "SYR")
};

// A document that could not be read: reported as "file:line: reason".
struct InputError {
  std::string file;
  uint64_t line = 0;
  std::string reason;
  std::string message() const;
};

class Reader {
 public:
  // `paths` are files or directories; "-" (or an empty list) is standard input.
  Reader(std::vector<std::string> paths, ReadOptions options, std::function<void(const InputError&)> on_error);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Fills `doc` (after Document::reset) with the next readable document. Returns
  // false at the end of the input. Unreadable documents go to `on_error`.
  bool next(Document& doc);

  uint64_t bytes() const;     // bytes of document text read so far
  uint64_t rejected() const;  // documents rejected so far

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A jsonl document's "date" (contract §1): YYYY-MM-DD, or an ISO 8601 timestamp whose
// calendar date is kept as written (time and offset ignored). nullopt, with the reason a
// document is rejected for in `error`, when it is neither.
std::optional<Date> parse_document_date(std::string_view s, std::string* error);

// Walks directories in a stable (byte-wise sorted) order; files as given.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths, std::vector<InputError>* errors);

}  // namespace dyad

#endif  // DYAD_READER_H_
