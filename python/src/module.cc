// dyad._dyad: the Python binding of libdyad (pybind11). The package python/dyad/
// wraps it into pandas DataFrames; see docs/python.md.
//
// Records are turned into columns here, one Python list per column, in the
// order and with the names of the contract's JSON records flattened with "_"
// (source.code -> source_code, evidence.trigger.start -> evidence_trigger_start):
// exactly what pandas.json_normalize(records, sep="_") makes of `dyad code`'s
// output. Documents are coded in chunks with the GIL released.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/query.h"
#include "dyad/reader.h"
#include "dyad/record.h"
#include "dyad/register.h"
#include "dyad/series.h"
#include "dyad/sipri.h"
#include "dyad/store.h"
#include "util/hash.h"

namespace py = pybind11;

namespace dyad::python {

namespace {

// Columns filled row by row: the first row declares the names, every later row
// must add the same names in the same order.
class Table {
 public:
  void row() {
    ++rows_;
    at_ = 0;
  }
  template <class T>
  void add(const char* name, T&& value) {
    if (rows_ == 1) {
      names_.push_back(name);
      cols_.emplace_back();
    } else if (at_ >= names_.size() || std::strcmp(names_[at_], name) != 0) {
      throw std::logic_error(std::string("dyad: column out of order: ") + name);
    }
    cols_[at_++].append(std::forward<T>(value));
  }
  void str(const char* name, const std::string& v) { add(name, py::str(v)); }
  void str_or_null(const char* name, const std::string& v) {
    if (v.empty())
      add(name, py::none());
    else
      add(name, py::str(v));
  }
  void null(const char* name) { add(name, py::none()); }
  void strings(const char* name, const std::vector<std::string>& v) {
    py::list l(v.size());
    for (size_t i = 0; i < v.size(); ++i) l[i] = py::str(v[i]);
    add(name, std::move(l));
  }
  py::dict dict() const {
    py::dict d;
    for (size_t i = 0; i < names_.size(); ++i) d[names_[i]] = cols_[i];
    return d;
  }

 private:
  size_t rows_ = 0, at_ = 0;
  std::vector<const char*> names_;
  std::vector<py::list> cols_;
};

// Field names are built as prefix + "_" + name; keep them alive for Table's pointers.
const char* intern(const std::string& s) {
  static std::vector<std::unique_ptr<std::string>> names;
  for (const auto& n : names)
    if (*n == s) return n->c_str();
  names.push_back(std::make_unique<std::string>(s));
  return names.back()->c_str();
}

void add_date(Table& t, const Date& d, bool has) {
  if (has) {
    t.str("date", d.iso());
    t.str("date_precision", std::string(precision_name(d.precision)));
  } else {
    t.null("date");
    t.null("date_precision");
  }
}

// An actor object: its fields as prefix_text, prefix_code … (all null when absent).
void add_actor(Table& t, const char* prefix, const Actor* a, bool with_sectors) {
  const std::string p(prefix);
  auto name = [&](const char* f) { return intern(p + "_" + f); };
  if (!a) {
    for (const char* f : {"text", "code", "country"}) t.null(name(f));
    if (with_sectors) t.null(name("sectors"));
    t.null(name("name"));
    return;
  }
  t.str(name("text"), a->text);
  t.str(name("code"), a->code);
  t.str_or_null(name("country"), a->country);
  if (with_sectors) t.strings(name("sectors"), a->sectors);
  t.str(name("name"), a->name);
}

void add_evidence(Table& t, const Evidence& e) {
  t.add("evidence_sentence", e.sentence);
  t.add("evidence_start", e.span.start);
  t.add("evidence_end", e.span.end);
  t.add("evidence_trigger_start", e.trigger.start);
  t.add("evidence_trigger_end", e.trigger.end);
  t.str("evidence_trigger_text", e.trigger_text);
}

void add_event(Table& t, const Event& e, bool explain) {
  t.str("doc_id", e.doc_id);
  t.str("event_id", e.event_id);
  add_date(t, e.date, e.has_date);
  t.str("date_source", e.date_from_sentence ? "sentence" : "document");
  add_actor(t, "source", &e.source, true);
  add_actor(t, "target", e.target ? &*e.target : nullptr, true);
  t.str_or_null("plover_type", e.plover_type);  // null for CAMEO codes without a PLOVER type (01x)
  t.str_or_null("plover_mode", e.plover_mode);
  t.strings("plover_contexts", e.plover_contexts);
  t.str("cameo", e.cameo);
  t.add("quad_class", e.quad_class);
  t.add("goldstein", e.goldstein);
  if (e.location) {
    const Location& l = *e.location;
    t.str("location_text", l.text);
    t.str("location_name", l.name);
    t.str_or_null("location_country", l.country);
    t.str_or_null("location_admin1", l.admin1);
    t.add("location_lat", l.lat);
    t.add("location_lon", l.lon);
    if (l.geonames_id)
      t.add("location_geonames_id", l.geonames_id);
    else
      t.null("location_geonames_id");
  } else {
    for (const char* f : {"location_text", "location_name", "location_country", "location_admin1", "location_lat",
                          "location_lon", "location_geonames_id"})
      t.null(f);
  }
  t.str("status", e.status);
  t.add("negated", e.negated);
  add_evidence(t, e.evidence);
  t.add("confidence", e.confidence);
  if (explain) t.strings("explain", e.explain);
}

void add_transfer(Table& t, Table& items, const Transfer& tr, bool explain) {
  t.str("doc_id", tr.doc_id);
  t.str("transfer_id", tr.transfer_id);
  // A side the text does not name is null (contract extension); the supplier's basis likewise.
  add_actor(t, "supplier", tr.supplier.code.empty() ? nullptr : &tr.supplier, false);
  t.str_or_null("supplier_basis", tr.supplier_basis);
  add_actor(t, "recipient", tr.recipient.code.empty() ? nullptr : &tr.recipient, false);
  t.str("status", tr.status);
  add_date(t, tr.date, tr.has_date);
  py::list item_list;
  for (size_t i = 0; i < tr.items.size(); ++i) {
    const Item& it = tr.items[i];
    auto opt_str = [](const std::string& s) -> py::object {
      return s.empty() ? py::object(py::none()) : py::object(py::str(s));
    };
    py::object quantity = it.quantity ? py::object(py::int_(*it.quantity)) : py::object(py::none());
    py::dict d;
    d["text"] = it.text;
    d["designation"] = opt_str(it.designation);
    d["variant"] = opt_str(it.variant);
    d["category"] = it.category;
    d["description"] = it.description;
    d["quantity"] = quantity;
    d["quantity_text"] = opt_str(it.quantity_text);
    item_list.append(d);
    items.row();
    items.str("doc_id", tr.doc_id);
    items.str("transfer_id", tr.transfer_id);
    items.add("item", i);
    items.str("text", it.text);
    items.str_or_null("designation", it.designation);
    items.str_or_null("variant", it.variant);
    items.str("category", it.category);
    items.str("description", it.description);
    items.add("quantity", quantity);
    items.str_or_null("quantity_text", it.quantity_text);
  }
  t.add("items", std::move(item_list));
  if (tr.deal.value)
    t.add("deal_value", *tr.deal.value);
  else
    t.null("deal_value");
  t.str_or_null("deal_currency", tr.deal.currency);
  t.str_or_null("deal_financing", tr.deal.financing);
  if (tr.deal.second_hand)
    t.add("deal_second_hand", *tr.deal.second_hand);
  else
    t.null("deal_second_hand");
  add_evidence(t, tr.evidence);
  t.add("confidence", tr.confidence);
  if (explain) t.strings("explain", tr.explain);
}

void add_summary(Table& t, const DocumentSummary& d) {
  t.str("doc_id", d.doc_id);
  if (d.date)
    t.str("date", d.date->iso());
  else
    t.null("date");
  t.add("sentences", d.sentences);
  t.add("events", d.events);
  t.add("transfers", d.transfers);
  t.strings("warnings", d.warnings);
}

// What one coding call returns: the tables as dicts of columns.
struct Output {
  Table events, transfers, items, documents, rejects;
  bool explain = false;

  void add(const Pipeline& pipeline, const Document& doc) {
    for (const Event& e : doc.events) {
      events.row();
      add_event(events, e, explain);
    }
    for (const Transfer& t : doc.transfers) {
      transfers.row();
      add_transfer(transfers, items, t, explain);
    }
    documents.row();
    add_summary(documents, pipeline.summary(doc));
  }
  void reject(py::object where, py::object id, const std::string& reason) {
    rejects.row();
    rejects.add("record", std::move(where));
    rejects.add("id", std::move(id));
    rejects.str("reason", reason);
  }
  py::dict dict() const {
    py::dict d;
    d["events"] = events.dict();
    d["transfers"] = transfers.dict();
    d["items"] = items.dict();
    d["documents"] = documents.dict();
    d["rejects"] = rejects.dict();
    return d;
  }
};

// A bad record, when errors="raise".
class RecordError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string describe(py::handle id) {
  return id.is_none() ? std::string("no id") : "id " + py::repr(id).cast<std::string>();
}

// A column value that is missing: None, or a float NaN (pandas' missing value).
bool missing(py::handle v) {
  if (v.is_none()) return true;
  if (PyFloat_Check(v.ptr())) {
    const double d = PyFloat_AsDouble(v.ptr());
    return d != d;
  }
  return false;
}

// The reason `v` is not a string field, or empty; sets `out` when it is one.
std::string string_field(py::handle v, const char* what, std::string& out) {
  if (missing(v)) return {};
  if (!PyUnicode_Check(v.ptr())) return std::string(what) + " is not a string";
  Py_ssize_t n = 0;
  const char* s = PyUnicode_AsUTF8AndSize(v.ptr(), &n);
  if (!s) {
    PyErr_Clear();
    return std::string(what) + " is not valid Unicode (lone surrogate)";
  }
  out.assign(s, static_cast<size_t>(n));
  return {};
}

bool blank(const std::string& s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

// Fills `doc` from one record's fields as the jsonl reader does (contract §1);
// returns the reason the record is rejected, or an empty string.
std::string fill(Document& doc, py::handle id, py::handle date, py::handle text, py::handle title, py::handle url,
                 py::handle source, py::handle language, bool id_from_hash) {
  doc.reset();
  if (missing(text)) return "missing text";
  if (std::string r = string_field(text, "text", doc.text); !r.empty()) return r;
  if (blank(doc.text)) return "empty text";
  if (PyLong_Check(id.ptr()) && !PyBool_Check(id.ptr())) {
    doc.id = py::str(id).cast<std::string>();
  } else if (!missing(id) && !PyUnicode_Check(id.ptr())) {
    return "id must be a string or an integer";
  } else {
    if (std::string r = string_field(id, "id", doc.id); !r.empty()) return r;
    if (doc.id.empty()) {
      if (!id_from_hash) return "missing id (use id_from_hash=True to derive one from the text)";
      doc.id = hex64(hash64(doc.text));
    }
  }
  if (!missing(date)) {
    std::string d;
    if (std::string r = string_field(date, "date", d); !r.empty()) return r;
    std::string error;
    doc.date = parse_document_date(d, &error);
    if (!doc.date) return error;
  }
  for (auto [v, what, out] :
       {std::tuple{title, "title", &doc.title}, std::tuple{url, "url", &doc.url},
        std::tuple{source, "source", &doc.source}, std::tuple{language, "language", &doc.language}})
    if (std::string r = string_field(v, what, *out); !r.empty()) return r;
  return {};
}

class Coder {
 public:
  // `chunk`: documents converted, coded and turned into rows at a time (0: a default by threads).
  Coder(int threads, const std::string& parse, const std::string& data_dir, size_t chunk)
      : threads_(threads < 1 ? 1 : threads), chunk_(chunk ? chunk : kChunkPerThread * static_cast<size_t>(threads_)) {
    PipelineOptions options;
    if (parse == "none")
      options.parse = ParseMode::kNone;
    else if (parse == "all")
      options.parse = ParseMode::kAll;
    else if (parse != "needed")
      throw py::value_error("parse is \"needed\", \"all\" or \"none\", got \"" + parse + "\"");
    std::vector<std::string> errors;
    {
      py::gil_scoped_release release;
      data_ = std::make_unique<Data>(data_dir.empty() ? Data::embedded() : Data::from_directory(data_dir));
      pipeline_ = std::make_unique<Pipeline>(*data_, &errors, options);
    }
    for (const std::string& e : errors) PyErr_WarnEx(PyExc_RuntimeWarning, ("dyad: data: " + e).c_str(), 1);
    arena_ = std::make_unique<tbb::task_arena>(threads_);
  }

  int threads() const { return threads_; }
  size_t chunk() const { return chunk_; }
  const Pipeline& pipeline() const { return *pipeline_; }

  // Codes `docs[0, n)` on the coder's threads, without the GIL.
  void process(std::vector<std::unique_ptr<Document>>& docs, size_t n) const {
    py::gil_scoped_release release;
    if (threads_ == 1) {
      for (size_t i = 0; i < n; ++i) pipeline_->process(*docs[i]);
      return;
    }
    arena_->execute([&] { tbb::parallel_for(size_t{0}, n, [&](size_t i) { pipeline_->process(*docs[i]); }); });
  }

  // Records as columns: ids, dates, texts (and optional metadata columns) are
  // sequences of equal length. Returns the tables as dicts of columns.
  py::dict code(const py::sequence& ids, const py::sequence& dates, const py::sequence& texts, const py::dict& meta,
                const std::string& errors, bool explain, bool id_from_hash) const {
    Output out;
    out.explain = explain;
    visit(
        ids, dates, texts, meta, errors, id_from_hash,
        [&](std::vector<std::unique_ptr<Document>>& docs, size_t n) {
          for (size_t i = 0; i < n; ++i) out.add(*pipeline_, *docs[i]);
        },
        out);
    return out.dict();
  }

  // Codes the records and adds them to the store at `location` in batches of
  // `batch` documents (one transaction each), skipping content already stored.
  // Does not merge events (see aggregate()). Returns counts.
  py::dict ingest(const std::string& location, const py::sequence& ids, const py::sequence& dates,
                  const py::sequence& texts, const py::dict& meta, const std::string& errors, bool id_from_hash,
                  size_t batch) const {
    std::unique_ptr<Store> store;
    std::unordered_set<std::string> known;
    {
      py::gil_scoped_release release;
      store = open_store(location, StoreAccess::kCreate);
      for (std::string& h : store->content_hashes()) known.insert(std::move(h));
    }
    Output out;
    size_t read = 0, added = 0, skipped = 0, mentions = 0, transfers = 0;
    std::vector<const Document*> pending;
    visit(
        ids, dates, texts, meta, errors, id_from_hash,
        [&](std::vector<std::unique_ptr<Document>>& docs, size_t n) {
          for (size_t i = 0; i < n; ++i) pending.push_back(docs[i].get());
          py::gil_scoped_release release;
          for (size_t start = 0; start < pending.size(); start += batch) {
            const size_t len = std::min(batch, pending.size() - start);
            const IngestResult r = store->ingest(std::span<const Document* const>(pending.data() + start, len));
            added += r.added;
            skipped += r.skipped;
          }
          for (const Document* d : pending) {
            mentions += d->events.size();
            transfers += d->transfers.size();
          }
          pending.clear();
        },
        out,
        [&](const Document& doc) {
          ++read;
          if (known.insert(content_hash(doc)).second) return true;
          ++skipped;
          return false;
        });
    py::dict d;
    d["read"] = read;
    d["added"] = added;
    d["skipped"] = skipped;
    d["mentions"] = mentions;
    d["transfers"] = transfers;
    d["rejects"] = out.rejects.dict();
    return d;
  }

 private:
  template <class Sink, class Keep = std::nullptr_t>
  void visit(const py::sequence& ids, const py::sequence& dates, const py::sequence& texts, const py::dict& meta,
             const std::string& errors, bool id_from_hash, Sink sink, Output& out, Keep keep = nullptr) const {
    if (errors != "raise" && errors != "collect")
      throw py::value_error("errors is \"raise\" or \"collect\", got \"" + errors + "\"");
    const size_t n = py::len(texts);
    if (py::len(ids) != n || py::len(dates) != n) throw py::value_error("ids, dates and texts differ in length");
    std::vector<py::object> extra;
    for (const char* k : {"title", "url", "source", "language", "speaker"}) {
      if (meta.contains(k) && !meta[k].is_none()) {
        py::sequence s = meta[k];
        if (py::len(s) != n) throw py::value_error(std::string(k) + " differs in length from text");
        extra.push_back(s);
      } else {
        extra.push_back(py::none());
      }
    }
    auto field = [&](size_t k, size_t i) -> py::object {
      return extra[k].is_none() ? py::none() : py::object(extra[k][py::int_(i)]);
    };
    std::vector<std::unique_ptr<Document>> docs;
    size_t used = 0;
    auto flush = [&] {
      if (!used) return;
      process(docs, used);
      sink(docs, used);
      used = 0;
    };
    for (size_t i = 0; i < n; ++i) {
      if (used == docs.size()) docs.push_back(std::make_unique<Document>());
      Document& doc = *docs[used];
      py::object id = ids[i];
      const std::string reason =
          fill(doc, id, dates[i], texts[i], field(0, i), field(1, i), field(2, i), field(3, i), id_from_hash);
      // The speaker ("SYR"), as the jsonl reader takes it: a string or nothing.
      std::string why = reason;
      doc.speaker.clear();
      if (why.empty()) {
        py::object sp = field(4, i);
        if (py::isinstance<py::str>(sp))
          doc.speaker = sp.cast<std::string>();
        else if (!sp.is_none() && !(py::isinstance<py::float_>(sp) && std::isnan(sp.cast<double>())))
          why = "speaker is not a string";
      }
      if (!why.empty()) {
        const std::string& reason = why;
        if (errors == "raise") throw RecordError("record " + std::to_string(i) + " (" + describe(id) + "): " + reason);
        out.reject(py::int_(i), missing(id) ? py::none() : py::object(id), reason);
        continue;
      }
      doc.origin = {"<records>", i + 1};
      doc.ordinal = i;
      if constexpr (!std::is_same_v<Keep, std::nullptr_t>) {
        if (!keep(doc)) continue;
      }
      if (++used == chunk_) flush();
    }
    flush();
  }

  static constexpr size_t kChunkPerThread = 64;
  int threads_;
  size_t chunk_;
  std::unique_ptr<Data> data_;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<tbb::task_arena> arena_;
};

// Files (jsonl, dated-text, text; .gz/.zst) read by the library's reader, as `dyad code` reads them.
py::dict code_files(const Coder& coder, const std::vector<std::string>& paths, const std::string& input_format,
                    const std::string& date, bool id_from_hash, bool explain) {
  ReadOptions read;
  auto fmt = parse_input_format(input_format);
  if (!fmt) throw py::value_error("input_format is auto, jsonl, dated-text or text, got " + input_format);
  read.format = *fmt;
  if (!date.empty()) {
    read.date = parse_iso_date(date);
    if (!read.date) throw py::value_error("date must be YYYY-MM-DD, got " + date);
  }
  read.id_from_hash = id_from_hash;
  Output out;
  out.explain = explain;
  std::vector<InputError> rejected;
  Reader reader(paths, read, [&](const InputError& e) { rejected.push_back(e); });
  std::vector<std::unique_ptr<Document>> docs;
  for (bool more = true; more;) {
    size_t n = 0;
    {
      py::gil_scoped_release release;
      for (; n < coder.chunk(); ++n) {
        if (n == docs.size()) docs.push_back(std::make_unique<Document>());
        if (!reader.next(*docs[n])) {
          more = false;
          break;
        }
      }
    }
    coder.process(docs, n);
    for (size_t i = 0; i < n; ++i) out.add(coder.pipeline(), *docs[i]);
  }
  for (const InputError& e : rejected) out.reject(py::str(e.file + ":" + std::to_string(e.line)), py::none(), e.reason);
  return out.dict();
}

// Files into the store, by the library's ingest (`dyad ingest`: rejected
// documents reported on stderr as "file:line: reason"; events merged at the end).
py::dict ingest_files(const Coder& coder, const std::string& location, const std::vector<std::string>& paths,
                      size_t batch, bool id_from_hash, int window) {
  IngestOptions opt;
  opt.inputs = paths;
  opt.read.id_from_hash = id_from_hash;
  opt.threads = coder.threads();
  opt.batch = batch;
  opt.aggregate.window_days = window;
  IngestStats s;
  {
    py::gil_scoped_release release;
    auto store = open_store(location, StoreAccess::kCreate);
    s = ingest(coder.pipeline(), *store, opt, stderr);
  }
  py::dict d;
  d["read"] = s.read;
  d["added"] = s.added;
  d["skipped"] = s.skipped;
  d["rejects"] = s.rejected;
  d["mentions"] = s.mentions;
  d["transfers"] = s.transfers;
  d["groups"] = s.groups;
  return d;
}

// Creates the store at `location` when there is none (schema, and WAL mode for SQLite), as
// `dyad ingest` does on opening it; an existing store is migrated if older.
void create_store(const std::string& location) {
  py::gil_scoped_release release;
  open_store(location, StoreAccess::kCreate);
}

// Merges the pending event groups of the store (what `dyad ingest` does last).
size_t aggregate_store(const std::string& location, int window) {
  py::gil_scoped_release release;
  auto store = open_store(location, StoreAccess::kExisting);
  AggregateOptions options;
  options.window_days = window;
  return store->aggregate(options);
}

py::dict store_info(const std::string& location) {
  StoreInfo s;
  {
    py::gil_scoped_release release;
    s = open_store(location, StoreAccess::kExisting)->info();
  }
  py::dict d;
  d["backend"] = s.backend;
  d["location"] = s.location;
  d["schema_version"] = s.schema_version;
  d["documents"] = s.documents;
  d["sentences"] = s.sentences;
  d["actors"] = s.actors;
  d["mentions"] = s.mentions;
  d["transfers"] = s.transfers;
  d["events"] = s.events;
  d["pending_groups"] = s.pending_groups;
  return d;
}

// What `dyad query` reads: the merged events matching the filters, their time
// series, the top actors or dyads, and the register of the stored transfers.
py::dict read_store(const std::string& location, const query::FilterArgs& filter_options, const std::string& series,
                    const std::string& top, size_t top_n, bool with_register) {
  EventFilter filter;
  if (std::string e = query::make_filter(filter_options, &filter, "--"); !e.empty()) throw py::value_error(e);
  auto period = aggregate::parse_period(series);
  if (!series.empty() && !period) throw py::value_error("series is day, week or month, got " + series);
  if (!top.empty() && top != "actors" && top != "dyads") throw py::value_error("top is actors or dyads, got " + top);
  std::vector<StoredEvent> events;
  std::vector<RegisterRow> rows;
  {
    py::gil_scoped_release release;
    auto store = open_store(location, StoreAccess::kExisting);
    store->for_each_event(filter, [&](const StoredEvent& e) { events.push_back(e); });
    if (with_register) {
      Register reg;
      store->for_each_transfer([&](const StoredTransfer& s) {
        MentionContext c;
        c.doc_date = s.doc_date;
        c.source = source_of(s.source, s.url, s.transfer.doc_id);
        c.sentence = s.sentence_text;
        reg.add(s.transfer, c);
      });
      rows = reg.rows();
      CountryNames countries(Data::embedded());
      for (RegisterRow& r : rows) {
        if (std::string n = countries.name(r.supplier); !n.empty()) r.supplier_name = n;
        if (std::string n = countries.name(r.recipient); !n.empty()) r.recipient_name = n;
      }
    }
  }
  py::dict d;
  Table ev;
  for (const StoredEvent& s : events) {
    ev.row();
    add_event(ev, s.event, false);
    ev.add("first_seen", s.first_seen ? py::object(py::str(s.first_seen->iso())) : py::none());
    ev.add("last_seen", s.last_seen ? py::object(py::str(s.last_seen->iso())) : py::none());
    ev.add("num_mentions", s.num_mentions);
    ev.add("num_sources", s.num_sources);
    ev.add("num_articles", s.num_articles);
    ev.str("url", s.url);
  }
  d["events"] = ev.dict();
  if (period) {
    aggregate::Series agg(*period);
    for (const StoredEvent& e : events) agg.add(e);
    Table t;
    for (const aggregate::SeriesRow& r : agg.rows()) {
      t.row();
      t.str("period", r.period);
      t.str("source", r.source);
      t.str("target", r.target);
      t.add("events", r.events);
      t.add("mentions", r.mentions);
      t.add("goldstein_sum", r.goldstein_sum);
      t.add("goldstein_mean", r.goldstein_mean());
      for (int q = 0; q < 4; ++q) t.add(intern("quad" + std::to_string(q + 1)), r.quad[q]);
    }
    d["series"] = t.dict();
  }
  if (!top.empty()) {
    Table t;
    const auto kind = top == "actors" ? aggregate::TopKind::kActors : aggregate::TopKind::kDyads;
    for (const aggregate::TopRow& r : aggregate::top(events, kind, top_n)) {
      t.row();
      t.str(top == "actors" ? "actor" : "dyad", r.key);
      t.add("events", r.events);
      t.add("mentions", r.mentions);
    }
    d["top"] = t.dict();
  }
  if (with_register) {
    py::list lines;
    std::string line;
    for (const RegisterRow& r : rows) {
      line.clear();
      append_json(line, r);
      lines.append(py::str(line));
    }
    d["register"] = lines;
  }
  return d;
}

}  // namespace

}  // namespace dyad::python

PYBIND11_MODULE(_dyad, m) {
  using namespace dyad;
  using namespace dyad::python;
  m.doc() = "dyad: news text to CAMEO/PLOVER events and arms transfers (the C++ engine; use the package dyad)";
  static py::exception<StoreError> store_error(m, "StoreError", PyExc_RuntimeError);
  static py::exception<StoreUsageError> store_usage_error(m, "StoreUsageError", PyExc_ValueError);
  static py::exception<RecordError> record_error(m, "RecordError", PyExc_ValueError);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const StoreUsageError& e) {
      store_usage_error(e.what());
    } catch (const StoreError& e) {
      store_error(e.what());
    } catch (const RecordError& e) {
      record_error(e.what());
    }
  });

  py::class_<Coder>(m, "Coder")
      .def(py::init<int, const std::string&, const std::string&, size_t>(), py::arg("threads") = 1,
           py::arg("parse") = "needed", py::arg("data") = "", py::arg("chunk") = 0)
      .def_property_readonly("threads", &Coder::threads)
      .def("code", &Coder::code, py::arg("ids"), py::arg("dates"), py::arg("texts"), py::arg("meta"),
           py::arg("errors") = "raise", py::arg("explain") = false, py::arg("id_from_hash") = false)
      .def("ingest", &Coder::ingest, py::arg("location"), py::arg("ids"), py::arg("dates"), py::arg("texts"),
           py::arg("meta"), py::arg("errors") = "raise", py::arg("id_from_hash") = false, py::arg("batch") = 256)
      .def("code_files", &code_files, py::arg("paths"), py::arg("input_format") = "auto", py::arg("date") = "",
           py::arg("id_from_hash") = false, py::arg("explain") = false)
      .def("ingest_files", &ingest_files, py::arg("location"), py::arg("paths"), py::arg("batch") = 256,
           py::arg("id_from_hash") = false, py::arg("window") = 3)
      .def("stats", [](const Coder& c) {
        const PipelineStats& s = c.pipeline().stats();
        py::dict d;
        d["vocabulary"] = s.vocabulary;
        d["actor_entries"] = s.actor_entries;
        d["event_patterns"] = s.event_patterns;
        d["transfer_frames"] = s.transfer_frames;
        d["equipment"] = s.equipment;
        d["load_ms"] = s.load_ms;
        return d;
      });

  py::class_<query::FilterArgs>(m, "FilterOptions")
      .def(py::init<>())
      .def_readwrite("actor", &query::FilterArgs::actor)
      .def_readwrite("country", &query::FilterArgs::country)
      .def_readwrite("sector", &query::FilterArgs::sector)
      .def_readwrite("dyad", &query::FilterArgs::dyad)
      .def_readwrite("type", &query::FilterArgs::type)
      .def_readwrite("cameo", &query::FilterArgs::cameo)
      .def_readwrite("from_", &query::FilterArgs::from)
      .def_readwrite("to", &query::FilterArgs::to)
      .def_readwrite("location_country", &query::FilterArgs::location_country)
      .def_readwrite("status", &query::FilterArgs::status)
      .def_readwrite("text", &query::FilterArgs::text)
      .def_readwrite("limit", &query::FilterArgs::limit);

  m.def("read_store", &read_store, py::arg("location"), py::arg("filters"), py::arg("series") = "", py::arg("top") = "",
        py::arg("top_n") = 20, py::arg("register") = true);
  m.def("create_store", &create_store, py::arg("location"));
  m.def("aggregate", &aggregate_store, py::arg("location"), py::arg("window") = 3);
  m.def("store_info", &store_info, py::arg("location"));
  m.attr("__version__") = DYAD_VERSION;
}
