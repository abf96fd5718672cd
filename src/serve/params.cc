#include "serve/params.h"

#include <algorithm>
#include <charconv>

namespace dyad::serve {

namespace {

bool alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool all_of(const std::string& v, bool (*ok)(unsigned char)) {
  return std::all_of(v.begin(), v.end(), [&](char c) { return ok(static_cast<unsigned char>(c)); });
}

// Why `v` is not a value of `spec`, or "".
std::string check(const ParamSpec& spec, const std::string& v) {
  const std::string& n = spec.name;
  if (v.size() > kMaxParamBytes)
    return "parameter " + n + " is longer than " + std::to_string(kMaxParamBytes) + " bytes";
  if (v.empty()) return "parameter " + n + " is empty";
  switch (spec.kind) {
    case ParamKind::kCode:
      if (v.size() > 32 || !all_of(v, alnum)) return "parameter " + n + " takes a code of letters and digits";
      return {};
    case ParamKind::kDyad: {
      const size_t comma = v.find(',');
      if (comma == std::string::npos || comma == 0 || comma + 1 == v.size() || v.find(',', comma + 1) != v.npos ||
          v.size() > 65 || !all_of(v, [](unsigned char c) { return alnum(c) || c == ','; }))
        return "parameter " + n + " takes A,B (e.g. RUS,MLI), got " + v;
      return {};
    }
    case ParamKind::kName:
      if (!all_of(
              v,
              [](unsigned char c) { return alnum(c) || c >= 0x80 || c == ' ' || c == '.' || c == '-' || c == '\''; }) ||
          v.find("--") != v.npos)
        return "parameter " + n + " takes an actor code or name (letters, digits, spaces, . - ')";
      return {};
    case ParamKind::kDate:
      if (!parse_iso_date(v) || v.size() != 10) return "parameter " + n + " takes a date YYYY-MM-DD, got " + v;
      return {};
    case ParamKind::kCount: {
      size_t x = 0;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
      if (ec != std::errc() || end != v.data() + v.size() || x < 1 || x > spec.max)
        return "parameter " + n + " takes a number from 1 to " + std::to_string(spec.max) + ", got " + v;
      return {};
    }
    case ParamKind::kText:
      if (!all_of(v, [](unsigned char c) { return c >= 0x20 && c != 0x7f && c != ';'; }) || v.find("--") != v.npos)
        return "parameter " + n + " takes words, \"phrases\", AND, OR, NOT, NEAR and prefix* (no ; or --)";
      return {};
    case ParamKind::kChoice:
      if (std::find(spec.choices.begin(), spec.choices.end(), v) == spec.choices.end()) {
        std::string list;
        for (const std::string& c : spec.choices) list += (list.empty() ? "" : ", ") + c;
        return "parameter " + n + " is one of " + list + ", got " + v;
      }
      return {};
    case ParamKind::kCursor:
      if (v.size() % 2 || !all_of(v, [](unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
        return "parameter " + n + " is not a cursor this server gave";
      return {};
  }
  return {};
}

ParamKind filter_kind(const std::string& name) {
  if (name == "actor") return ParamKind::kName;
  if (name == "dyad") return ParamKind::kDyad;
  if (name == "from" || name == "to") return ParamKind::kDate;
  if (name == "text") return ParamKind::kText;
  return ParamKind::kCode;
}

}  // namespace

std::vector<ParamSpec> filter_params() {
  std::vector<ParamSpec> out;
  for (const query::FilterOption& o : query::filter_options())
    out.push_back({o.name, filter_kind(o.name), o.help, {}, 0, 0});
  return out;
}

Params::Params(const std::vector<ParamSpec>& specs, const std::multimap<std::string, std::string>& given) {
  for (const auto& [name, value] : given) {
    auto spec = std::find_if(specs.begin(), specs.end(), [&](const ParamSpec& s) { return s.name == name; });
    if (spec == specs.end()) {
      std::string known;
      for (const ParamSpec& s : specs) known += (known.empty() ? "" : ", ") + s.name;
      const std::string shown = name.size() > 40 ? name.substr(0, 40) + "…" : name;
      throw HttpError(
          400, "unknown parameter " + shown + (known.empty() ? " (this route takes none)" : " (known: " + known + ")"));
    }
    if (values_.count(name)) throw HttpError(400, "parameter " + name + " is given twice");
    if (std::string why = check(*spec, value); !why.empty()) throw HttpError(400, why);
    values_[name] = value;
  }
  for (const ParamSpec& s : specs) {
    if (s.kind == ParamKind::kChoice && !values_.count(s.name)) values_[s.name] = s.choices.front();
    if (s.kind == ParamKind::kCount) {
      auto it = values_.find(s.name);
      counts_[s.name] = it == values_.end() ? s.fallback : std::stoul(it->second);
    }
  }
}

const std::string& Params::get(const std::string& name) const {
  static const std::string kNone;
  auto it = values_.find(name);
  return it == values_.end() ? kNone : it->second;
}

size_t Params::count(const std::string& name) const {
  auto it = counts_.find(name);
  return it == counts_.end() ? 0 : it->second;
}

EventFilter Params::filter() const {
  query::FilterArgs args;
  for (const query::FilterOption& o : query::filter_options()) args.*o.field = get(o.name);
  EventFilter f;
  if (std::string why = query::make_filter(args, &f, "parameter "); !why.empty()) throw HttpError(400, why);
  return f;
}

std::string encode_cursor(const EventPosition& p) {
  const std::string plain = (p.first_day ? std::to_string(*p.first_day) : "-") + "|" + p.source + "|" + p.target + "|" +
                            p.cameo + "|" + p.event_key;
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : plain) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

EventPosition decode_cursor(const std::string& cursor) {
  std::string plain;
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  for (size_t i = 0; i + 1 < cursor.size(); i += 2)
    plain.push_back(static_cast<char>(nibble(cursor[i]) << 4 | nibble(cursor[i + 1])));
  std::vector<std::string> parts(1);
  for (char c : plain) {
    if (c == '|')
      parts.emplace_back();
    else
      parts.back().push_back(c);
  }
  const HttpError bad(400, "parameter cursor is not a cursor this server gave");
  if (parts.size() != 5 || parts[4].empty()) throw bad;
  EventPosition p;
  if (parts[0] != "-") {
    int64_t day = 0;
    const auto [end, ec] = std::from_chars(parts[0].data(), parts[0].data() + parts[0].size(), day);
    if (ec != std::errc() || end != parts[0].data() + parts[0].size()) throw bad;
    p.first_day = day;
  }
  p.source = parts[1];
  p.target = parts[2];
  p.cameo = parts[3];
  p.event_key = parts[4];
  return p;
}

}  // namespace dyad::serve
