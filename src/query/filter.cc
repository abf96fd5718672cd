// The filters of `dyad query` by name, and their checks: one table for the
// command line's options and the server's query parameters.
#include <cstdio>

#include "dyad/query.h"

namespace dyad::query {

const std::vector<FilterOption>& filter_options() {
  static const std::vector<FilterOption> kOptions = {
      {"actor", "Source or target: code prefix (RUS, MLIGOV) or canonical name", &FilterArgs::actor},
      {"country", "Source or target country (ISO alpha-3)", &FilterArgs::country},
      {"sector", "Source or target sector (GOV, MIL, …)", &FilterArgs::sector},
      {"dyad", "A,B: events between A and B in either direction (code prefixes)", &FilterArgs::dyad},
      {"type", "PLOVER event type (AID, ACCUSE, …)", &FilterArgs::type},
      {"cameo", "CAMEO code prefix (07, 0874)", &FilterArgs::cameo},
      {"from", "First seen on or after (YYYY-MM-DD)", &FilterArgs::from},
      {"to", "First seen on or before (YYYY-MM-DD)", &FilterArgs::to},
      {"location-country", "Country where the event took place", &FilterArgs::location_country},
      {"status", "actual, intended, threatened, denied, hypothetical", &FilterArgs::status},
      {"text", "Full-text query over the text of the events' documents", &FilterArgs::text},
  };
  return kOptions;
}

std::string make_filter(const FilterArgs& a, EventFilter* f, std::string_view prefix) {
  f->actor = a.actor;
  f->country = a.country;
  f->sector = a.sector;
  if (!a.dyad.empty()) {
    const size_t comma = a.dyad.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == a.dyad.size())
      return std::string(prefix) + "dyad takes A,B (e.g. RUS,MLI), got " + a.dyad;
    f->dyad_a = a.dyad.substr(0, comma);
    f->dyad_b = a.dyad.substr(comma + 1);
  }
  f->plover_type = a.type;
  f->cameo_prefix = a.cameo;
  f->location_country = a.location_country;
  f->status = a.status;
  f->text = a.text;
  f->limit = a.limit;
  for (auto [arg, out] : {std::pair{&a.from, &f->from}, std::pair{&a.to, &f->to}}) {
    if (arg->empty()) continue;
    *out = parse_iso_date(*arg);
    if (!*out) return "dates must be YYYY-MM-DD, got " + *arg;
  }
  return {};
}

std::optional<aggregate::Period> parse_period(std::string_view name) {
  return aggregate::parse_period(name);
}

std::optional<aggregate::TopKind> parse_top_kind(std::string_view name) {
  if (name == "actors") return aggregate::TopKind::kActors;
  if (name == "dyads") return aggregate::TopKind::kDyads;
  return std::nullopt;
}

}  // namespace dyad::query
