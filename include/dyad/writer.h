// Writers: records as JSONL (contract §2), CSV/TSV tables and GDELT 2.0 event
// rows (§3). Each document's records are formatted into a string so that
// documents coded in parallel are written in input order.
#ifndef DYAD_WRITER_H_
#define DYAD_WRITER_H_

#include <optional>
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

}  // namespace dyad

#endif  // DYAD_WRITER_H_
