#include "dyad/json.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace dyad {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

namespace {

// A tiny streaming object writer: keeps commas right, nothing more.
class Obj {
 public:
  explicit Obj(std::string& out) : out_(out) { out_.push_back('{'); }
  Obj& key(std::string_view k) {
    if (!first_) out_.push_back(',');
    first_ = false;
    append_json_string(out_, k);
    out_.push_back(':');
    return *this;
  }
  Obj& str(std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out_, v);
    return *this;
  }
  Obj& str_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty())
      out_ += "null";
    else
      append_json_string(out_, v);
    return *this;
  }
  Obj& num(std::string_view k, long v) {
    key(k);
    out_ += std::to_string(v);
    return *this;
  }
  Obj& dbl(std::string_view k, double v) {
    key(k);
    append_double(out_, v);
    return *this;
  }
  Obj& boolean(std::string_view k, bool v) {
    key(k);
    out_ += v ? "true" : "false";
    return *this;
  }
  Obj& null(std::string_view k) {
    key(k);
    out_ += "null";
    return *this;
  }
  void close() { out_.push_back('}'); }
  static void append_double(std::string& out, double v) {
    if (!std::isfinite(v)) {
      out += "null";
      return;
    }
    char buf[32];
    // Shortest representation that reads back to the same double.
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    std::string_view s(buf, static_cast<size_t>(res.ptr - buf));
    out += s;
    if (s.find_first_of(".eE") == std::string_view::npos) out += ".0";
  }

 private:
  std::string& out_;
  bool first_ = true;
};

void append_strings(std::string& out, const std::vector<std::string>& v) {
  out.push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.push_back(',');
    append_json_string(out, v[i]);
  }
  out.push_back(']');
}

void append_actor(std::string& out, const Actor& a, bool with_sectors) {
  Obj o(out);
  o.str("text", a.text).str("code", a.code).str_or_null("country", a.country);
  if (with_sectors) {
    o.key("sectors");
    append_strings(out, a.sectors);
  }
  o.str("name", a.name);
  o.close();
}

void append_span(Obj& o, const Span& s) {
  o.num("start", s.start).num("end", s.end);
}

void append_date(Obj& o, const Date& d, bool has) {
  if (has) {
    o.str("date", d.iso()).str("date_precision", precision_name(d.precision));
  } else {
    o.null("date").null("date_precision");
  }
}

}  // namespace

void append_json(std::string& out, const Event& e, bool explain) {
  Obj o(out);
  o.str("record", "event").str("doc_id", e.doc_id).str("event_id", e.event_id);
  append_date(o, e.date, e.has_date);
  o.str("date_source", e.date_from_sentence ? "sentence" : "document");
  o.key("source");
  append_actor(out, e.source, true);
  o.key("target");
  if (e.target)
    append_actor(out, *e.target, true);
  else
    out += "null";
  o.key("plover");
  {
    Obj p(out);
    p.str_or_null("type", e.plover_type).str_or_null("mode", e.plover_mode).key("contexts");
    append_strings(out, e.plover_contexts);
    p.close();
  }
  o.str("cameo", e.cameo).num("quad_class", e.quad_class).dbl("goldstein", e.goldstein);
  o.key("location");
  if (e.location) {
    Obj l(out);
    const Location& loc = *e.location;
    l.str("text", loc.text).str("name", loc.name).str_or_null("country", loc.country).str_or_null("admin1", loc.admin1);
    l.dbl("lat", loc.lat).dbl("lon", loc.lon);
    if (loc.geonames_id)
      l.num("geonames_id", loc.geonames_id);
    else
      l.null("geonames_id");
    l.close();
  } else {
    out += "null";
  }
  o.str("status", e.status).boolean("negated", e.negated);
  o.key("evidence");
  {
    Obj ev(out);
    ev.num("sentence", e.evidence.sentence);
    append_span(ev, e.evidence.span);
    ev.key("trigger");
    Obj tr(out);
    append_span(tr, e.evidence.trigger);
    tr.str("text", e.evidence.trigger_text);
    tr.close();
    ev.close();
  }
  o.dbl("confidence", e.confidence);
  if (explain) {
    o.key("explain");
    append_strings(out, e.explain);
  }
  o.close();
}

void append_json(std::string& out, const Transfer& t, bool explain) {
  Obj o(out);
  o.str("record", "transfer").str("doc_id", t.doc_id).str("transfer_id", t.transfer_id);
  // A party the text does not name is null; a supplier known only from the equipment's origin says so.
  o.key("supplier");
  if (t.supplier.code.empty())
    out += "null";
  else
    append_actor(out, t.supplier, false);
  o.str_or_null("supplier_basis", t.supplier_basis);
  o.key("recipient");
  if (t.recipient.code.empty())
    out += "null";
  else
    append_actor(out, t.recipient, false);
  o.str("status", t.status);
  append_date(o, t.date, t.has_date);
  o.key("items");
  out.push_back('[');
  for (size_t i = 0; i < t.items.size(); ++i) {
    if (i) out.push_back(',');
    const Item& it = t.items[i];
    Obj io(out);
    io.str("text", it.text).str_or_null("designation", it.designation).str_or_null("variant", it.variant);
    io.str("category", it.category).str("description", it.description);
    if (it.quantity)
      io.num("quantity", *it.quantity);
    else
      io.null("quantity");
    io.str_or_null("quantity_text", it.quantity_text);
    io.close();
  }
  out.push_back(']');
  o.key("deal");
  {
    Obj d(out);
    if (t.deal.value)
      d.dbl("value", *t.deal.value);
    else
      d.null("value");
    d.str_or_null("currency", t.deal.currency).str_or_null("financing", t.deal.financing);
    if (t.deal.second_hand)
      d.boolean("second_hand", *t.deal.second_hand);
    else
      d.null("second_hand");
    d.close();
  }
  o.key("evidence");
  {
    Obj ev(out);
    ev.num("sentence", t.evidence.sentence);
    append_span(ev, t.evidence.span);
    ev.key("trigger");
    Obj tr(out);
    append_span(tr, t.evidence.trigger);
    tr.str("text", t.evidence.trigger_text);
    tr.close();
    ev.close();
  }
  o.dbl("confidence", t.confidence);
  if (explain) {
    o.key("explain");
    append_strings(out, t.explain);
  }
  o.close();
}

void append_json(std::string& out, const DocumentSummary& d) {
  Obj o(out);
  o.str("record", "document").str("doc_id", d.doc_id);
  if (d.date)
    o.str("date", d.date->iso());
  else
    o.null("date");
  o.num("sentences", static_cast<long>(d.sentences))
      .num("events", static_cast<long>(d.events))
      .num("transfers", static_cast<long>(d.transfers));
  o.key("warnings");
  append_strings(out, d.warnings);
  o.close();
}

// ---------------------------------------------------------------- reading

namespace {

using simdjson::dom::element;

std::string get_str(element e, std::string_view key) {
  std::string_view v;
  if (e[key].get_string().get(v) == simdjson::SUCCESS) return std::string(v);
  return {};
}

double get_dbl(element e, std::string_view key, double dflt = 0) {
  double v;
  if (e[key].get_double().get(v) == simdjson::SUCCESS) return v;
  int64_t i;
  if (e[key].get_int64().get(i) == simdjson::SUCCESS) return static_cast<double>(i);
  return dflt;
}

long get_int(element e, std::string_view key, long dflt = 0) {
  int64_t v;
  if (e[key].get_int64().get(v) == simdjson::SUCCESS) return static_cast<long>(v);
  return dflt;
}

std::vector<std::string> get_strings(element e, std::string_view key) {
  std::vector<std::string> out;
  simdjson::dom::array arr;
  if (e[key].get_array().get(arr) != simdjson::SUCCESS) return out;
  for (element x : arr) {
    std::string_view s;
    if (x.get_string().get(s) == simdjson::SUCCESS) out.emplace_back(s);
  }
  return out;
}

Actor get_actor(element e) {
  Actor a;
  a.text = get_str(e, "text");
  a.code = get_str(e, "code");
  a.country = get_str(e, "country");
  a.sectors = get_strings(e, "sectors");
  a.name = get_str(e, "name");
  return a;
}

bool get_date(element e, Date& d) {
  std::string s = get_str(e, "date");
  if (s.empty()) return false;
  std::string prec = get_str(e, "date_precision");
  if (s.size() == 10) {
    auto p = parse_iso_date(s);
    if (!p) return false;
    d = *p;
  } else if (s.size() == 7) {
    auto p = parse_iso_date(s + "-01");
    if (!p) return false;
    d = *p;
    d.day = 0;
  } else if (s.size() == 4) {
    auto p = parse_iso_date(s + "-01-01");
    if (!p) return false;
    d = *p;
    d.month = d.day = 0;
  } else {
    return false;
  }
  d.precision = prec == "year" ? Precision::kYear : prec == "month" ? Precision::kMonth : Precision::kDay;
  return true;
}

Evidence get_evidence(element e) {
  Evidence ev;
  element x;
  if (e["evidence"].get(x) != simdjson::SUCCESS) return ev;
  ev.sentence = static_cast<int>(get_int(x, "sentence"));
  ev.span = {static_cast<uint32_t>(get_int(x, "start")), static_cast<uint32_t>(get_int(x, "end"))};
  element tr;
  if (x["trigger"].get(tr) == simdjson::SUCCESS) {
    ev.trigger = {static_cast<uint32_t>(get_int(tr, "start")), static_cast<uint32_t>(get_int(tr, "end"))};
    ev.trigger_text = get_str(tr, "text");
  }
  return ev;
}

bool parse_record(std::string_view line, std::string_view kind, simdjson::dom::parser& parser, element& root,
                  std::string* error) {
  simdjson::padded_string padded(line);
  if (auto err = parser.parse(padded).get(root)) {
    if (error) *error = simdjson::error_message(err);
    return false;
  }
  if (get_str(root, "record") != kind) {
    if (error) *error = "not a " + std::string(kind) + " record";
    return false;
  }
  return true;
}

}  // namespace

bool parse_json(std::string_view line, Event& e, std::string* error) {
  simdjson::dom::parser parser;
  element r;
  if (!parse_record(line, "event", parser, r, error)) return false;
  e = Event{};
  e.doc_id = get_str(r, "doc_id");
  e.event_id = get_str(r, "event_id");
  e.has_date = get_date(r, e.date);
  e.date_from_sentence = get_str(r, "date_source") == "sentence";
  element x;
  if (r["source"].get(x) == simdjson::SUCCESS) e.source = get_actor(x);
  if (r["target"].get(x) == simdjson::SUCCESS && !x.is_null()) e.target = get_actor(x);
  if (r["plover"].get(x) == simdjson::SUCCESS) {
    e.plover_type = get_str(x, "type");
    e.plover_mode = get_str(x, "mode");
    e.plover_contexts = get_strings(x, "contexts");
  }
  e.cameo = get_str(r, "cameo");
  e.quad_class = static_cast<int>(get_int(r, "quad_class"));
  e.goldstein = get_dbl(r, "goldstein");
  if (r["location"].get(x) == simdjson::SUCCESS && !x.is_null()) {
    Location l;
    l.text = get_str(x, "text");
    l.name = get_str(x, "name");
    l.country = get_str(x, "country");
    l.admin1 = get_str(x, "admin1");
    l.lat = get_dbl(x, "lat");
    l.lon = get_dbl(x, "lon");
    l.geonames_id = get_int(x, "geonames_id");
    e.location = l;
  }
  e.status = get_str(r, "status");
  bool neg = false;
  if (r["negated"].get_bool().get(neg) == simdjson::SUCCESS) e.negated = neg;
  e.evidence = get_evidence(r);
  e.confidence = get_dbl(r, "confidence");
  e.explain = get_strings(r, "explain");
  return true;
}

bool parse_json(std::string_view line, Transfer& t, std::string* error) {
  simdjson::dom::parser parser;
  element r;
  if (!parse_record(line, "transfer", parser, r, error)) return false;
  t = Transfer{};
  t.doc_id = get_str(r, "doc_id");
  t.transfer_id = get_str(r, "transfer_id");
  element x;
  if (r["supplier"].get(x) == simdjson::SUCCESS && !x.is_null()) t.supplier = get_actor(x);
  if (r["recipient"].get(x) == simdjson::SUCCESS && !x.is_null()) t.recipient = get_actor(x);
  t.supplier_basis = get_str(r, "supplier_basis");
  t.status = get_str(r, "status");
  t.has_date = get_date(r, t.date);
  simdjson::dom::array items;
  if (r["items"].get_array().get(items) == simdjson::SUCCESS) {
    for (element it : items) {
      Item i;
      i.text = get_str(it, "text");
      i.designation = get_str(it, "designation");
      i.variant = get_str(it, "variant");
      i.category = get_str(it, "category");
      i.description = get_str(it, "description");
      int64_t q;
      if (it["quantity"].get_int64().get(q) == simdjson::SUCCESS) i.quantity = static_cast<long>(q);
      i.quantity_text = get_str(it, "quantity_text");
      t.items.push_back(std::move(i));
    }
  }
  if (r["deal"].get(x) == simdjson::SUCCESS) {
    double v;
    if (x["value"].get_double().get(v) == simdjson::SUCCESS) t.deal.value = v;
    t.deal.currency = get_str(x, "currency");
    t.deal.financing = get_str(x, "financing");
    bool b;
    if (x["second_hand"].get_bool().get(b) == simdjson::SUCCESS) t.deal.second_hand = b;
  }
  t.evidence = get_evidence(r);
  t.confidence = get_dbl(r, "confidence");
  t.explain = get_strings(r, "explain");
  return true;
}

bool parse_json(std::string_view line, DocumentSummary& d, std::string* error) {
  simdjson::dom::parser parser;
  element r;
  if (!parse_record(line, "document", parser, r, error)) return false;
  d = DocumentSummary{};
  d.doc_id = get_str(r, "doc_id");
  std::string ds = get_str(r, "date");
  if (!ds.empty()) d.date = parse_iso_date(ds);
  d.sentences = static_cast<size_t>(get_int(r, "sentences"));
  d.events = static_cast<size_t>(get_int(r, "events"));
  d.transfers = static_cast<size_t>(get_int(r, "transfers"));
  d.warnings = get_strings(r, "warnings");
  return true;
}

}  // namespace dyad
