#include "dyad/writer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "dyad/json.h"

namespace dyad {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "jsonl" || name == "json") return OutputFormat::kJsonl;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "tsv") return OutputFormat::kTsv;
  if (name == "gdelt") return OutputFormat::kGdelt;
  return std::nullopt;
}

void write_output(std::FILE* f, std::string_view bytes) {
  if (bytes.empty()) return;
  errno = 0;
  if (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::ferror(f))
    throw OutputError(std::string("cannot write the output: ") + (errno ? std::strerror(errno) : "write error"));
}

void flush_output(std::FILE* f) {
  errno = 0;
  if (std::fflush(f) != 0 || std::ferror(f))
    throw OutputError(std::string("cannot write the output: ") + (errno ? std::strerror(errno) : "write error"));
}

std::optional<Table> parse_table(std::string_view name) {
  if (name == "events") return Table::kEvents;
  if (name == "transfers") return Table::kTransfers;
  if (name == "documents") return Table::kDocuments;
  return std::nullopt;
}

namespace {

constexpr const char* kEventColumns[] = {
    "doc_id",      "event_id",        "date",        "date_precision", "date_source", "source_code", "source_country",
    "source_name", "source_text",     "target_code", "target_country", "target_name", "target_text", "plover_type",
    "plover_mode", "plover_contexts", "cameo",       "quad_class",     "goldstein",   "status",      "negated",
    "sentence",    "start",           "end",         "trigger",        "confidence"};
constexpr const char* kTransferColumns[] = {"doc_id",         "transfer_id",    "supplier_code", "supplier_name",
                                            "recipient_code", "recipient_name", "status",        "date",
                                            "date_precision", "designation",    "variant",       "category",
                                            "description",    "quantity",       "quantity_text", "item_text",
                                            "sentence",       "start",          "end",           "confidence"};
constexpr const char* kDocumentColumns[] = {"doc_id", "date", "sentences", "events", "transfers", "warnings"};

// One delimited row; CSV quotes per RFC 4180, TSV replaces tabs/newlines by spaces.
class Row {
 public:
  Row(std::string& out, char sep) : out_(out), sep_(sep) {}
  Row& cell(std::string_view v) {
    if (!first_) out_.push_back(sep_);
    first_ = false;
    if (sep_ == ',') {
      if (v.find_first_of(",\"\n\r") != std::string_view::npos) {
        out_.push_back('"');
        for (char c : v) {
          if (c == '"') out_.push_back('"');
          out_.push_back(c);
        }
        out_.push_back('"');
      } else {
        out_ += v;
      }
    } else {
      for (char c : v) out_.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    }
    return *this;
  }
  Row& cell(long v) { return cell(std::string_view(std::to_string(v))); }
  Row& cell(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return cell(std::string_view(buf));
  }
  void end() { out_.push_back('\n'); }

 private:
  std::string& out_;
  char sep_;
  bool first_ = true;
};

std::string join(const std::vector<std::string>& v, char sep) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s.push_back(sep);
    s += v[i];
  }
  return s;
}

template <size_t N>
std::string header(const char* const (&cols)[N], char sep) {
  std::string h;
  for (size_t i = 0; i < N; ++i) {
    if (i) h.push_back(sep);
    h += cols[i];
  }
  h.push_back('\n');
  return h;
}

std::string yyyymmdd(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month ? d.month : 1, d.day ? d.day : 1);
  return buf;
}

}  // namespace

std::string table_header(const WriteOptions& opt) {
  if (opt.format != OutputFormat::kCsv && opt.format != OutputFormat::kTsv) return {};
  const char sep = opt.format == OutputFormat::kCsv ? ',' : '\t';
  switch (opt.table) {
    case Table::kTransfers:
      return header(kTransferColumns, sep);
    case Table::kDocuments:
      return header(kDocumentColumns, sep);
    default:
      return header(kEventColumns, sep);
  }
}

void append_gdelt(const Event& e, const std::string& url, std::string& out) {
  Row r(out, '\t');
  uint64_t id = 0;
  for (char c : e.event_id) id = id * 16 + static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  r.cell(std::string_view(std::to_string(id >> 11)));  // GLOBALEVENTID: 53 bits, exact in a double
  const Date d = e.date;
  r.cell(e.has_date ? std::string_view(yyyymmdd(d)) : "");
  char my[16];
  std::snprintf(my, sizeof my, "%04d%02d", d.year, d.month ? d.month : 1);
  r.cell(e.has_date ? std::string_view(my) : "");
  r.cell(e.has_date ? std::string_view(std::to_string(d.year)) : "");
  char frac[16];
  std::snprintf(frac, sizeof frac, "%.4f",
                d.year + ((d.month ? d.month : 1) - 1) / 12.0 + ((d.day ? d.day : 1) - 1) / 365.0);
  r.cell(e.has_date ? std::string_view(frac) : "");
  auto actor = [&](const Actor* a) {
    r.cell(a ? std::string_view(a->code) : "");
    r.cell(a ? std::string_view(a->name) : "");
    r.cell(a ? std::string_view(a->country) : "");
    std::string group;
    if (a && a->code.size() >= 6 && a->country.empty() && (a->code.starts_with("IGO") || a->code.starts_with("NGO")))
      group = a->code.substr(3, 3);
    r.cell(group);
    r.cell("").cell("").cell("");  // ethnic, religion 1 and 2
    for (size_t k = 0; k < 3; ++k) r.cell(a && k < a->sectors.size() ? std::string_view(a->sectors[k]) : "");
  };
  actor(&e.source);
  actor(e.target ? &*e.target : nullptr);
  r.cell(1L);  // IsRootEvent
  r.cell(e.cameo).cell(std::string_view(e.cameo).substr(0, 3)).cell(std::string_view(e.cameo).substr(0, 2));
  r.cell(static_cast<long>(e.quad_class)).cell(e.goldstein);
  r.cell(1L).cell(1L).cell(1L).cell(0.0);  // mentions, sources, articles, tone
  for (int k = 0; k < 2; ++k) r.cell("0").cell("").cell("").cell("").cell("").cell("").cell("").cell("");
  if (e.location) {
    const Location& l = *e.location;
    r.cell("4").cell(l.name).cell(l.country).cell(l.admin1).cell("").cell(l.lat).cell(l.lon);
    r.cell(l.geonames_id ? std::string_view(std::to_string(l.geonames_id)) : "");
  } else {
    r.cell("0").cell("").cell("").cell("").cell("").cell("").cell("").cell("");
  }
  r.cell(e.has_date ? std::string_view(yyyymmdd(d) + "000000") : "");
  r.cell(url);
}

void append_records(const Document& doc, const DocumentSummary& summary, const WriteOptions& opt, std::string& out) {
  if (opt.format == OutputFormat::kJsonl) {
    for (const Event& e : doc.events) {
      append_json(out, e, opt.explain);
      out.push_back('\n');
    }
    for (const Transfer& t : doc.transfers) {
      append_json(out, t, opt.explain);
      out.push_back('\n');
    }
    append_json(out, summary);
    out.push_back('\n');
    return;
  }
  if (opt.format == OutputFormat::kGdelt) {
    for (const Event& e : doc.events) {
      append_gdelt(e, doc.url.empty() ? doc.id : doc.url, out);
      out.push_back('\n');
    }
    return;
  }
  const char sep = opt.format == OutputFormat::kCsv ? ',' : '\t';
  if (opt.table == Table::kDocuments) {
    Row(out, sep)
        .cell(summary.doc_id)
        .cell(summary.date ? std::string_view(summary.date->iso()) : "")
        .cell(static_cast<long>(summary.sentences))
        .cell(static_cast<long>(summary.events))
        .cell(static_cast<long>(summary.transfers))
        .cell(join(summary.warnings, ';'))
        .end();
    return;
  }
  if (opt.table == Table::kTransfers) {
    for (const Transfer& t : doc.transfers) {
      for (const Item& it : t.items) {
        Row r(out, sep);
        r.cell(t.doc_id).cell(t.transfer_id).cell(t.supplier.code).cell(t.supplier.name);
        r.cell(t.recipient.code).cell(t.recipient.name).cell(t.status);
        r.cell(t.has_date ? std::string_view(t.date.iso()) : "");
        r.cell(t.has_date ? precision_name(t.date.precision) : "");
        r.cell(it.designation).cell(it.variant).cell(it.category).cell(it.description);
        r.cell(it.quantity ? std::string_view(std::to_string(*it.quantity)) : "").cell(it.quantity_text).cell(it.text);
        r.cell(static_cast<long>(t.evidence.sentence)).cell(static_cast<long>(t.evidence.span.start));
        r.cell(static_cast<long>(t.evidence.span.end)).cell(t.confidence).end();
      }
    }
    return;
  }
  for (const Event& e : doc.events) {
    Row r(out, sep);
    r.cell(e.doc_id).cell(e.event_id);
    r.cell(e.has_date ? std::string_view(e.date.iso()) : "");
    r.cell(e.has_date ? precision_name(e.date.precision) : "");
    r.cell(e.date_from_sentence ? "sentence" : "document");
    r.cell(e.source.code).cell(e.source.country).cell(e.source.name).cell(e.source.text);
    const Actor none;
    const Actor& t = e.target ? *e.target : none;
    r.cell(t.code).cell(t.country).cell(t.name).cell(t.text);
    r.cell(e.plover_type).cell(e.plover_mode).cell(join(e.plover_contexts, ';'));
    r.cell(e.cameo).cell(static_cast<long>(e.quad_class)).cell(e.goldstein);
    r.cell(e.status).cell(e.negated ? "true" : "false");
    r.cell(static_cast<long>(e.evidence.sentence)).cell(static_cast<long>(e.evidence.span.start));
    r.cell(static_cast<long>(e.evidence.span.end)).cell(e.evidence.trigger_text).cell(e.confidence).end();
  }
}

}  // namespace dyad
