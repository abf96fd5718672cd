// SIPRI trade-register exports (dyad/sipri.h): the preamble is skipped up to the
// header line, columns are located by their header names (each unnamed column
// right after a named one is that column's '?' flag), rows broken by a raw line
// break inside a comment are joined, Latin-1 lines are converted to UTF-8, and
// every row that cannot be read is reported as "file:line: reason".
// Designation keys and the family test used by reconciliation live here too.
//
// Tested by src/aggregate/sipri_test.cc.
#include "dyad/sipri.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <stdexcept>
#include <tuple>

#include "dyad/text.h"
#include "read/byte_source.h"
#include "util/trim.h"

namespace dyad {

namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;  // continuation bytes
    if (c >= 0x80) {
      if (c >= 0xC2 && c <= 0xDF)
        n = 1;
      else if ((c >> 4) == 0xE)
        n = 2;
      else if (c >= 0xF0 && c <= 0xF4)
        n = 3;
      else
        return false;
      if (i + n >= s.size()) return false;
      for (size_t k = 1; k <= n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    }
    i += n + 1;
  }
  return true;
}

std::string latin1_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (unsigned char c : s) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

// Splits one CSV record (RFC 4180 quotes allowed, though SIPRI uses none).
std::vector<std::string> split_csv(std::string_view line) {
  std::vector<std::string> cols(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cols.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cols.back().push_back(c);
      }
    } else if (c == '"' && trim(cols.back()).empty()) {
      cols.back().clear();
      quoted = true;
    } else if (c == ',') {
      cols.emplace_back();
    } else {
      cols.back().push_back(c);
    }
  }
  for (std::string& c : cols) c = std::string(trim(c));
  return cols;
}

// Column indexes found in the header.
struct Layout {
  int recipient = -1, supplier = -1, order_year = -1, order_year_q = -1, ordered = -1, ordered_q = -1, designation = -1,
      description = -1, delivered = -1, delivered_q = -1, delivery_years = -1, status = -1, comments = -1;
  size_t columns = 0;
};

bool read_layout(const std::vector<std::string>& h, Layout& l) {
  auto find = [&](std::string_view name, int& at, int* q) {
    for (size_t i = 0; i < h.size(); ++i) {
      if (fold(h[i]) != fold(name)) continue;
      at = static_cast<int>(i);
      if (q && i + 1 < h.size() && h[i + 1].empty()) *q = static_cast<int>(i + 1);
      return;
    }
  };
  find("Recipient", l.recipient, nullptr);
  find("Supplier", l.supplier, nullptr);
  find("Year of order", l.order_year, &l.order_year_q);
  find("Number ordered", l.ordered, &l.ordered_q);
  find("Weapon designation", l.designation, nullptr);
  find("Weapon description", l.description, nullptr);
  find("Number delivered", l.delivered, &l.delivered_q);
  find("Year(s) of delivery", l.delivery_years, nullptr);
  find("Status", l.status, nullptr);
  find("Comments", l.comments, nullptr);
  l.columns = h.size();
  return l.recipient >= 0 && l.supplier >= 0 && l.designation >= 0;
}

template <typename T>
bool parse_number(std::string_view s, T& v) {
  const char* end = s.data() + s.size();
  auto r = std::from_chars(s.data(), end, v);
  return r.ec == std::errc() && r.ptr == end;
}

// Reads one data row into `r`; returns an error reason or empty.
std::string read_row(const std::vector<std::string>& c, const Layout& l, SipriRow& r) {
  auto col = [&](int i) -> const std::string& {
    static const std::string kEmpty;
    return i >= 0 && static_cast<size_t>(i) < c.size() ? c[i] : kEmpty;
  };
  auto flag = [&](int i) { return col(i) == "?"; };
  r.recipient = col(l.recipient);
  r.supplier = col(l.supplier);
  r.designation = col(l.designation);
  r.description = col(l.description);
  r.status = col(l.status);
  r.comments = col(l.comments);
  if (r.recipient.empty() || r.supplier.empty()) return "recipient or supplier is empty";
  if (r.designation.empty()) return "weapon designation is empty";
  if (const std::string& y = col(l.order_year); !y.empty()) {
    int v = 0;
    if (!parse_number(y, v) || v < 1900 || v > 2100) return "year of order is not a year: \"" + y + "\"";
    r.order_year = v;
  }
  r.order_year_uncertain = flag(l.order_year_q);
  for (auto [field, out, q, quncertain] :
       {std::tuple{l.ordered, &r.ordered, l.ordered_q, &r.ordered_uncertain},
        std::tuple{l.delivered, &r.delivered, l.delivered_q, &r.delivered_uncertain}}) {
    const std::string& s = col(field);
    *quncertain = flag(q);
    if (s.empty()) continue;
    long v = 0;
    if (!parse_number(s, v) || v < 0) return "number is not a count: \"" + s + "\"";
    *out = v;
  }
  for (std::string_view y : split_list(col(l.delivery_years))) {
    int v = 0;
    if (!parse_number(y, v) || v < 1900 || v > 2100)
      return "year of delivery is not a year: \"" + std::string(y) + "\"";
    r.delivery_years.push_back(v);
  }
  std::sort(r.delivery_years.begin(), r.delivery_years.end());
  r.alternatives = designation_alternatives(r.designation);
  return {};
}

}  // namespace

CountryNames::CountryNames(const Data& data) {
  for (const DataFile& f : data.files("actors/countries", ".dict")) {
    for_each_row(f, [&](int, const std::vector<std::string_view>& cols) {
      if (cols.size() < 3 || cols[0] != "country") return;
      names_.emplace(std::string(cols[1]), std::string(cols[2]));
      add(cols[2], cols[1]);
      if (cols.size() > 3)
        for (std::string_view alias : split_list(cols[3])) add(alias, cols[1]);
    });
  }
}

void CountryNames::add(std::string_view name, std::string_view iso3) {
  std::string key = designation_key(name);
  if (!key.empty()) codes_.emplace(std::move(key), std::string(iso3));
}

std::string CountryNames::code(std::string_view name) const {
  auto it = codes_.find(designation_key(name));
  if (it != codes_.end()) return it->second;
  const size_t paren = name.find('(');
  if (paren != std::string_view::npos && paren > 0) {
    it = codes_.find(designation_key(name.substr(0, paren)));
    if (it != codes_.end()) return it->second;
  }
  return {};
}

std::string CountryNames::name(std::string_view iso3) const {
  auto it = names_.find(std::string(iso3));
  return it == names_.end() ? std::string() : it->second;
}

bool parse_sipri(std::string_view text, const std::string& file, const CountryNames& countries, SipriRegister& out,
                 std::vector<std::string>* errors) {
  out.file = file;
  auto error = [&](size_t line, const std::string& reason) {
    if (errors) errors->push_back(file + ":" + std::to_string(line) + ": " + reason);
  };
  // Lines, converted to UTF-8 where they are not.
  std::vector<std::string> lines;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view l = text.substr(pos, nl - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back(valid_utf8(l) ? std::string(l) : latin1_to_utf8(l));
    pos = nl + 1;
  }
  if (!lines.empty() && lines[0].starts_with("\xEF\xBB\xBF")) lines[0].erase(0, 3);

  Layout layout;
  size_t i = 0;
  for (; i < lines.size(); ++i) {
    if (!lines[i].starts_with("Recipient,") && !lines[i].starts_with("Supplier,")) continue;
    if (read_layout(split_csv(lines[i]), layout)) break;
  }
  if (i == lines.size()) {
    error(1, "no header line (Recipient,Supplier,…,Weapon designation,…) found");
    return false;
  }
  std::set<std::string> unmapped;
  for (++i; i < lines.size(); ++i) {
    const size_t first_line = i + 1;
    if (trim(lines[i]).empty()) continue;
    std::vector<std::string> cols = split_csv(lines[i]);
    // A comment broken by a raw line break: the row goes on in the next line(s).
    while (cols.size() < layout.columns && i + 1 < lines.size() && lines[i + 1].starts_with(",")) {
      std::vector<std::string> more = split_csv(lines[i + 1]);
      if (cols.size() + more.size() - 1 > layout.columns) break;
      if (!more[0].empty()) cols.back() += (cols.back().empty() ? "" : " ") + more[0];
      cols.insert(cols.end(), more.begin() + 1, more.end());
      ++i;
    }
    if (cols.size() != layout.columns) {
      error(first_line,
            "expected " + std::to_string(layout.columns) + " columns, found " + std::to_string(cols.size()));
      continue;
    }
    SipriRow row;
    row.line = static_cast<int>(first_line);
    if (std::string reason = read_row(cols, layout, row); !reason.empty()) {
      error(first_line, reason);
      continue;
    }
    row.recipient_code = countries.code(row.recipient);
    row.supplier_code = countries.code(row.supplier);
    if (row.recipient_code.empty()) unmapped.insert(row.recipient);
    if (row.supplier_code.empty()) unmapped.insert(row.supplier);
    out.rows.push_back(std::move(row));
  }
  out.unmapped.assign(unmapped.begin(), unmapped.end());
  return true;
}

bool read_sipri(const std::string& path, const CountryNames& countries, SipriRegister& out,
                std::vector<std::string>* errors) {
  LineReader reader(open_source(path));
  std::string text;
  reader.read_all(text);
  return parse_sipri(text, path, countries, out, errors);
}

std::string designation_key(std::string_view designation) {
  std::string key;
  for (char c : fold(designation))
    if (is_alnum(c)) key.push_back(c);
  return key;
}

std::vector<std::string> designation_alternatives(std::string_view designation) {
  std::vector<std::string> alts;
  size_t pos = 0;
  while (pos <= designation.size()) {
    size_t slash = designation.find('/', pos);
    if (slash == std::string_view::npos) slash = designation.size();
    std::string_view a = trim(designation.substr(pos, slash - pos));
    if (!a.empty()) alts.emplace_back(a);
    pos = slash + 1;
  }
  return alts;
}

bool same_family(std::string_view dyad_key, std::string_view sipri_alternative) {
  if (dyad_key.empty()) return false;
  const std::string folded = fold(sipri_alternative);
  size_t k = 0;            // characters of the SIPRI key consumed
  bool separated = false;  // a separator since the last letter or digit
  char prev = 0;
  for (char c : folded) {
    if (!is_alnum(c)) {
      separated = prev != 0;
      continue;
    }
    if (k == dyad_key.size()) {
      // The dyad key is a proper prefix: it must end at a part boundary.
      return separated || is_digit(prev) != is_digit(c);
    }
    if (c != dyad_key[k]) return false;
    ++k;
    prev = c;
    separated = false;
  }
  return k == dyad_key.size();
}

}  // namespace dyad
