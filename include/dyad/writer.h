// Writers: records as JSONL (contract §2), CSV/TSV tables and GDELT 2.0 event
// rows (§3). Each document's records are formatted into a string so that
// documents coded in parallel are written in input order.
#ifndef DYAD_WRITER_H_
#define DYAD_WRITER_H_

#include <cstdio>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/record.h"

namespace dyad {

enum class OutputFormat { kJsonl, kCsv, kTsv, kGdelt };
enum class Table { kEvents, kTransfers, kDocuments };

std::optional<OutputFormat> parse_output_format(std::string_view name);
std::optional<Table> parse_table(std::string_view name);

struct WriteOptions {
  OutputFormat format = OutputFormat::kJsonl;
  Table table = Table::kEvents;
  bool explain = false;
};

// The header line (with newline) for table formats; empty for JSONL and GDELT.
std::string table_header(const WriteOptions& opt);
// Appends the document's records, one per line.
void append_records(const Document& doc, const DocumentSummary& summary, const WriteOptions& opt, std::string& out);
// The 61 GDELT 2.0 event columns of one event, tab-separated, without newline.
void append_gdelt(const Event& e, const std::string& url, std::string& out);

// A write to the output failed (disk full, a closed pipe, an I/O error): what was
// written is cut short, so the run ends with a message and exit 3 (contract §4).
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
// Writes all of `bytes` to `f`; throws OutputError with the reason when a write fails.
void write_output(std::FILE* f, std::string_view bytes);
// Flushes `f`; throws OutputError when the flush fails or an earlier write to `f` did.
void flush_output(std::FILE* f);

}  // namespace dyad

#endif  // DYAD_WRITER_H_
