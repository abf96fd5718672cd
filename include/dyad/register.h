// The register: transfer mentions aggregated across documents into rows shaped
// like the SIPRI trade register — one row per (supplier, recipient, designation)
// — and their reconciliation with a SIPRI export (dyad/sipri.h).
//
// Quantities are reconciled, not summed: every (status, quantity) pair is one
// Figure, however many articles repeat it. Two different quantities for the same
// status are both kept, with the sources that give each, and the row is flagged
// `conflict`. Items without a designation ("military equipment", "small arms",
// "two combat helicopters") are kept in rows with an empty designation, one row
// per description.
//
// A Register is filled from one thread (the run loop adds documents in input
// order); rows() may then be called any number of times. Output is deterministic:
// it depends only on the set of mentions added, not on the order of addition.
#ifndef DYAD_REGISTER_H_
#define DYAD_REGISTER_H_

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "dyad/record.h"
#include "dyad/run.h"
#include "dyad/sipri.h"

namespace dyad {

// Where a transfer record came from, beyond what the record itself holds.
struct MentionContext {
  std::optional<Date> doc_date;  // the document's date (first/last mention); else the transfer's date
  std::string source;            // distinct-source key: see source_of()
  std::string sentence;          // the evidence text; empty when unknown (records read back from JSONL)
};

// The distinct-source key of a document: Document::source, else the host of the
// URL ("https://www.reuters.com/x" → "reuters.com"), else the prefix of the id
// before '/' or ':' ("reuters21578/17" → "reuters21578"), else the whole id.
std::string source_of(std::string_view source, std::string_view url, std::string_view doc_id);

// One quantity reported for one status, and who reported it.
struct Figure {
  std::string status;  // "delivered", "ordered", …
  long quantity = 0;
  std::vector<std::string> sources;    // distinct source keys, sorted
  std::vector<std::string> documents;  // doc ids, sorted
};

struct RowEvidence {
  std::string doc_id;
  int sentence = 0;
  Span span;
  std::string text;  // the sentence; empty when not known
  std::string status;
  std::optional<long> quantity;
};

struct RegisterRow {
  std::string supplier, supplier_name;  // ISO alpha-3 (else the actor code; empty: unknown)
  std::string recipient, recipient_name;
  std::string designation;            // family; empty for generic items
  std::vector<std::string> variants;  // variants seen ("Mi-35B"), sorted
  std::string description, category;
  std::optional<long> number_ordered;    // figure for `ordered`, else `agreed`
  std::vector<int> order_years;          // years of ordered/agreed mentions, ascending
  std::optional<long> number_delivered;  // figure for `delivered`
  std::vector<int> delivery_years;       // years of delivered mentions, ascending
  std::string status;                    // the most advanced status seen (see status_rank)
  std::optional<Date> first_mention, last_mention;
  size_t mentions = 0, documents = 0, sources = 0;
  std::vector<Figure> figures;        // every distinct (status, quantity), by status rank then quantity
  bool conflict = false;              // two quantities for one status
  std::vector<RowEvidence> evidence;  // one per (doc, sentence), by doc id then sentence

  // Set by reconcile(): "known-deal" or "new-in-the-news" (empty before).
  std::string match;
  std::string match_on;         // "designation" or "description" (generic rows)
  std::vector<SipriRow> known;  // matching SIPRI rows, best first
};

// Statuses from least to most advanced: rumoured, requested, offered, planned,
// agreed, ordered, cancelled, delivered. Unknown statuses rank lowest (-1).
int status_rank(std::string_view status);

class Register {
 public:
  // Adds every item of `t` as a mention. Transfers without items add nothing.
  void add(const Transfer& t, const MentionContext& context);
  // Adds the transfers of a processed document (source, date and sentences from it).
  void add(const Document& doc);

  // The aggregated rows, ordered by supplier, recipient, designation (generic
  // rows after designated ones) and description.
  std::vector<RegisterRow> rows() const;
  size_t mentions() const { return count_; }  // items added

 private:
  struct Mention {
    std::string supplier, supplier_name, recipient, recipient_name;
    std::string designation, variant, description, category;
    std::optional<long> quantity;
    std::string status;
    std::optional<Date> date, doc_date;
    std::string doc_id, source, text;
    int sentence = 0;
    Span span;
  };
  // Row key → mentions.
  std::map<std::tuple<std::string, std::string, int, std::string>, std::vector<Mention>> mentions_;
  size_t count_ = 0;
};

// Codes the documents of `options.inputs` on `options.threads` threads (as `dyad
// code` does) and adds their transfers to `reg` in input order. Rejected
// documents are reported on `err` as "file:line: reason". `options.write` is unused.
RunStats register_documents(const Pipeline& pipeline, const RunOptions& options, Register& reg, std::FILE* err);

// Reads transfer records (and document records, for document dates) written by
// `dyad code` from a JSONL file (plain, .gz or .zst; "-" is stdin) into `reg`.
// Other records are skipped; unreadable lines go to `errors` as "file:line:
// reason". Returns the number of transfer records read. Throws
// std::runtime_error when the file cannot be opened.
size_t register_records(const std::string& path, Register& reg, std::vector<std::string>* errors);

// Marks each row known-deal or new-in-the-news against `sipri`: a SIPRI row is a
// match when its supplier and recipient codes equal the row's and one of its
// designation alternatives is of the row's family (same_family). Generic rows
// match on the weapon description instead (same words, ignoring case and plural
// "s"), with match_on = "description". Matches are ordered best first: a SIPRI
// delivery year among the row's delivery years, then the order year closest to
// (and not after) the row's first mention year, then file order.
void reconcile(std::vector<RegisterRow>& rows, const SipriRegister& sipri);

// Output. JSONL: one object a line; CSV: a header and one line a row; table: an
// aligned plain-text table for terminals (the widest columns are abbreviated).
void append_json(std::string& out, const RegisterRow& row);
std::string register_csv_header();
void append_csv(std::string& out, const RegisterRow& row);
std::string format_table(const std::vector<RegisterRow>& rows);

}  // namespace dyad

#endif  // DYAD_REGISTER_H_
