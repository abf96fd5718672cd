#include "cli/event_rows.h"

#include <cstdio>

#include "dyad/json.h"

namespace dyad::cli {

RowPrinter event_printer() {
  return RowPrinter({"first_seen", "last_seen", "source", "target", "cameo", "plover", "quad", "goldstein", "status",
                     "location", "mentions", "sources", "articles", "event_key"},
                    {false, false, false, false, false, false, true, true, false, false, true, true, true, false});
}

std::vector<std::string> event_row(const StoredEvent& e) {
  const Event& v = e.event;
  return {e.first_seen ? e.first_seen->iso() : "",
          e.last_seen ? e.last_seen->iso() : "",
          v.source.code,
          v.target ? v.target->code : "",
          v.cameo,
          v.plover_type,
          std::to_string(v.quad_class),
          fixed(v.goldstein, 1),
          v.status,
          v.location ? (v.location->country.empty() ? v.location->name : v.location->country) : "",
          std::to_string(e.num_mentions),
          std::to_string(e.num_sources),
          std::to_string(e.num_articles),
          e.event_key};
}

void append_event_json(std::string& out, const StoredEvent& e, const std::vector<MentionLink>* links) {
  const size_t start = out.size();
  append_json(out, e.event);
  if (out.size() > start && out.back() == '}') out.pop_back();
  out += ",\"first_seen\":";
  if (e.first_seen)
    append_json_string(out, e.first_seen->iso());
  else
    out += "null";
  out += ",\"last_seen\":";
  if (e.last_seen)
    append_json_string(out, e.last_seen->iso());
  else
    out += "null";
  out += ",\"num_mentions\":" + std::to_string(e.num_mentions) + ",\"num_sources\":" + std::to_string(e.num_sources) +
         ",\"num_articles\":" + std::to_string(e.num_articles) + ",\"url\":";
  append_json_string(out, e.url);
  if (links) {
    out += ",\"mentions\":[";
    for (size_t i = 0; i < links->size(); ++i) {
      const MentionLink& l = (*links)[i];
      if (i) out.push_back(',');
      out += "{\"doc_id\":";
      append_json_string(out, l.doc_id);
      out += ",\"event_id\":";
      append_json_string(out, l.mention_id);
      out += ",\"sentence\":" + std::to_string(l.sentence) + ",\"trigger\":";
      append_json_string(out, l.trigger);
      out.push_back('}');
    }
    out.push_back(']');
  }
  out.push_back('}');
}

void add_filter_options(CLI::App* cmd, FilterArgs& a) {
  cmd->add_option("--actor", a.actor, "Source or target: code prefix (RUS, MLIGOV) or canonical name");
  cmd->add_option("--country", a.country, "Source or target country (ISO alpha-3)");
  cmd->add_option("--sector", a.sector, "Source or target sector (GOV, MIL, …)");
  cmd->add_option("--dyad", a.dyad, "A,B: events between A and B in either direction (code prefixes)");
  cmd->add_option("--type", a.type, "PLOVER event type (AID, ACCUSE, …)");
  cmd->add_option("--cameo", a.cameo, "CAMEO code prefix (07, 0874)");
  cmd->add_option("--from", a.from, "First seen on or after (YYYY-MM-DD)");
  cmd->add_option("--to", a.to, "First seen on or before (YYYY-MM-DD)");
  cmd->add_option("--location-country", a.location_country, "Country where the event took place");
  cmd->add_option("--status", a.status, "actual, intended, threatened, denied, hypothetical");
  cmd->add_option("--text", a.text, "Full-text query over the text of the events' documents");
  cmd->add_option("--limit", a.limit, "At most this many events (0: all)");
}

bool make_filter(const FilterArgs& a, EventFilter* f) {
  const std::string error = make_event_filter(a, f);
  if (!error.empty()) std::fprintf(stderr, "dyad: %s\n", error.c_str());
  return error.empty();
}

}  // namespace dyad::cli
