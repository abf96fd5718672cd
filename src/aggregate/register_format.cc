// Register output (dyad/register.h): JSONL rows with every figure, evidence
// sentence and matching SIPRI row; CSV with one line a row (lists joined by
// "; ", figures as "delivered 2 (src; src) | delivered 4 (src)"); and an aligned
// table for terminals, where long text is cut to a fixed width.
//
// Tested by src/aggregate/register_test.cc.
#include <algorithm>

#include "dyad/json.h"
#include "dyad/register.h"

namespace dyad {

namespace {

void key(std::string& out, bool& first, std::string_view k) {
  if (!first) out.push_back(',');
  first = false;
  append_json_string(out, k);
  out.push_back(':');
}

void str_or_null(std::string& out, std::string_view s) {
  if (s.empty())
    out += "null";
  else
    append_json_string(out, s);
}

template <typename T>
void num_or_null(std::string& out, const std::optional<T>& v) {
  out += v ? std::to_string(*v) : "null";
}

template <typename T>
void list(std::string& out, const std::vector<T>& v) {
  out.push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.push_back(',');
    if constexpr (std::is_same_v<T, std::string>)
      append_json_string(out, v[i]);
    else
      out += std::to_string(v[i]);
  }
  out.push_back(']');
}

std::string date_or_empty(const std::optional<Date>& d) {
  return d ? d->iso() : std::string();
}

std::string join_years(const std::vector<int>& years) {
  std::string s;
  for (int y : years) s += (s.empty() ? "" : "; ") + std::to_string(y);
  return s;
}

std::string with_flag(const std::optional<long>& v, bool uncertain) {
  if (!v) return uncertain ? "?" : "";
  return std::to_string(*v) + (uncertain ? "?" : "");
}

void append_sipri(std::string& out, const SipriRow& s) {
  bool f = true;
  out.push_back('{');
  key(out, f, "line");
  out += std::to_string(s.line);
  key(out, f, "supplier");
  append_json_string(out, s.supplier);
  key(out, f, "recipient");
  append_json_string(out, s.recipient);
  key(out, f, "designation");
  append_json_string(out, s.designation);
  key(out, f, "description");
  append_json_string(out, s.description);
  key(out, f, "order_year");
  num_or_null(out, s.order_year);
  key(out, f, "order_year_uncertain");
  out += s.order_year_uncertain ? "true" : "false";
  key(out, f, "number_ordered");
  num_or_null(out, s.ordered);
  key(out, f, "number_ordered_uncertain");
  out += s.ordered_uncertain ? "true" : "false";
  key(out, f, "number_delivered");
  num_or_null(out, s.delivered);
  key(out, f, "number_delivered_uncertain");
  out += s.delivered_uncertain ? "true" : "false";
  key(out, f, "delivery_years");
  list(out, s.delivery_years);
  key(out, f, "status");
  str_or_null(out, s.status);
  key(out, f, "comments");
  str_or_null(out, s.comments);
  out.push_back('}');
}

void csv_field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out += s;
    return;
  }
  out.push_back('"');
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// Display width of UTF-8 text (code points), and a cut to at most `w` of them.
size_t width(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string cut(std::string_view s, size_t w) {
  if (width(s) <= w) return std::string(s);
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80 && ++n > w - 1) break;
    out.push_back(s[i]);
  }
  return out + "…";
}

}  // namespace

void append_json(std::string& out, const RegisterRow& r) {
  bool f = true;
  out.push_back('{');
  key(out, f, "record");
  out += "\"register\"";
  for (auto [k, v] : {std::pair<std::string_view, const std::string*>{"supplier", &r.supplier},
                      {"supplier_name", &r.supplier_name},
                      {"recipient", &r.recipient},
                      {"recipient_name", &r.recipient_name},
                      {"designation", &r.designation}}) {
    key(out, f, k);
    str_or_null(out, *v);
  }
  key(out, f, "variants");
  list(out, r.variants);
  key(out, f, "description");
  str_or_null(out, r.description);
  key(out, f, "category");
  str_or_null(out, r.category);
  key(out, f, "number_ordered");
  num_or_null(out, r.number_ordered);
  key(out, f, "order_years");
  list(out, r.order_years);
  key(out, f, "number_delivered");
  num_or_null(out, r.number_delivered);
  key(out, f, "delivery_years");
  list(out, r.delivery_years);
  key(out, f, "status");
  str_or_null(out, r.status);
  key(out, f, "first_mention");
  str_or_null(out, date_or_empty(r.first_mention));
  key(out, f, "last_mention");
  str_or_null(out, date_or_empty(r.last_mention));
  key(out, f, "mentions");
  out += std::to_string(r.mentions);
  key(out, f, "documents");
  out += std::to_string(r.documents);
  key(out, f, "sources");
  out += std::to_string(r.sources);
  key(out, f, "conflict");
  out += r.conflict ? "true" : "false";
  key(out, f, "figures");
  out.push_back('[');
  for (size_t i = 0; i < r.figures.size(); ++i) {
    const Figure& fig = r.figures[i];
    if (i) out.push_back(',');
    out += "{\"status\":";
    append_json_string(out, fig.status);
    out += ",\"quantity\":" + std::to_string(fig.quantity) + ",\"sources\":";
    list(out, fig.sources);
    out += ",\"documents\":";
    list(out, fig.documents);
    out.push_back('}');
  }
  out.push_back(']');
  key(out, f, "evidence");
  out.push_back('[');
  for (size_t i = 0; i < r.evidence.size(); ++i) {
    const RowEvidence& e = r.evidence[i];
    if (i) out.push_back(',');
    out += "{\"doc_id\":";
    append_json_string(out, e.doc_id);
    out += ",\"sentence\":" + std::to_string(e.sentence) + ",\"start\":" + std::to_string(e.span.start) +
           ",\"end\":" + std::to_string(e.span.end) + ",\"text\":";
    str_or_null(out, e.text);
    out += ",\"status\":";
    append_json_string(out, e.status);
    out += ",\"quantity\":";
    num_or_null(out, e.quantity);
    out.push_back('}');
  }
  out.push_back(']');
  if (!r.match.empty()) {
    key(out, f, "sipri");
    out += "{\"match\":";
    append_json_string(out, r.match);
    out += ",\"on\":";
    append_json_string(out, r.match_on);
    out += ",\"deals\":[";
    for (size_t i = 0; i < r.known.size(); ++i) {
      if (i) out.push_back(',');
      append_sipri(out, r.known[i]);
    }
    out += "]}";
  }
  out.push_back('}');
}

std::string register_csv_header() {
  return "supplier,supplier_name,recipient,recipient_name,designation,variants,description,category,"
         "number_ordered,order_years,number_delivered,delivery_years,status,first_mention,last_mention,"
         "mentions,documents,sources,conflict,figures,sipri_match,sipri_designation,sipri_order_year,"
         "sipri_number_ordered,sipri_number_delivered,sipri_delivery_years,sipri_line,evidence\n";
}

void append_csv(std::string& out, const RegisterRow& r) {
  std::string variants, figures, evidence;
  for (const std::string& v : r.variants) variants += (variants.empty() ? "" : "; ") + v;
  for (const Figure& fig : r.figures) {
    std::string who;
    for (const std::string& s : fig.sources) who += (who.empty() ? "" : "; ") + s;
    figures += (figures.empty() ? "" : " | ") + fig.status + " " + std::to_string(fig.quantity) + " (" + who + ")";
  }
  for (const RowEvidence& e : r.evidence)
    evidence += (evidence.empty() ? "" : "; ") + e.doc_id + "#" + std::to_string(e.sentence);
  const SipriRow* best = r.known.empty() ? nullptr : &r.known.front();
  const std::string fields[] = {
      r.supplier,
      r.supplier_name,
      r.recipient,
      r.recipient_name,
      r.designation,
      variants,
      r.description,
      r.category,
      r.number_ordered ? std::to_string(*r.number_ordered) : "",
      join_years(r.order_years),
      r.number_delivered ? std::to_string(*r.number_delivered) : "",
      join_years(r.delivery_years),
      r.status,
      date_or_empty(r.first_mention),
      date_or_empty(r.last_mention),
      std::to_string(r.mentions),
      std::to_string(r.documents),
      std::to_string(r.sources),
      r.conflict ? "conflict" : "",
      figures,
      r.match,
      best ? best->designation : "",
      best && best->order_year ? std::to_string(*best->order_year) + (best->order_year_uncertain ? "?" : "") : "",
      best ? with_flag(best->ordered, best->ordered_uncertain) : "",
      best ? with_flag(best->delivered, best->delivered_uncertain) : "",
      best ? join_years(best->delivery_years) : "",
      best ? std::to_string(best->line) : "",
      evidence,
  };
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i) out.push_back(',');
    csv_field(out, fields[i]);
  }
  out.push_back('\n');
}

std::string format_table(const std::vector<RegisterRow>& rows) {
  std::vector<std::vector<std::string>> cells;
  cells.push_back({"SUPPLIER", "RECIPIENT", "DESIGNATION", "DESCRIPTION", "ORDERED", "ORDER YR", "DELIVERED",
                   "DELIVERY YRS", "STATUS", "FIRST", "LAST", "DOCS", "SRCS", "FLAG", "SIPRI"});
  for (const RegisterRow& r : rows) {
    std::string sipri = r.match;
    if (!r.known.empty()) {
      const SipriRow& s = r.known.front();
      sipri += " " + s.designation;
      if (s.order_year) sipri += " " + std::to_string(*s.order_year);
      if (s.ordered) sipri += " ×" + std::to_string(*s.ordered);
    }
    cells.push_back({r.supplier.empty() ? "?" : r.supplier, r.recipient.empty() ? "?" : r.recipient,
                     cut(r.designation.empty() ? "-" : r.designation, 18), cut(r.description, 24),
                     r.number_ordered ? std::to_string(*r.number_ordered) : "", cut(join_years(r.order_years), 12),
                     r.number_delivered ? std::to_string(*r.number_delivered) : "",
                     cut(join_years(r.delivery_years), 16), r.status, date_or_empty(r.first_mention),
                     date_or_empty(r.last_mention), std::to_string(r.documents), std::to_string(r.sources),
                     r.conflict ? "conflict" : "", cut(sipri, 40)});
  }
  std::vector<size_t> w(cells[0].size(), 0);
  for (const auto& row : cells)
    for (size_t i = 0; i < row.size(); ++i) w[i] = std::max(w[i], width(row[i]));
  std::string out;
  for (const auto& row : cells) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line.append(w[i] - width(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace dyad
