#include <cstdio>

#include "cli/commands.h"
#include "dyad/json.h"

namespace dyad::cli {

int run_actors(const Common& c, const ActorsArgs& a) {
  auto pipeline = load_pipeline(c);
  Document doc;
  doc.id = "text";
  doc.text = a.text;
  if (!a.date.empty()) {
    doc.date = parse_iso_date(a.date);
    if (!doc.date) {
      std::fprintf(stderr, "dyad: --date must be YYYY-MM-DD\n");
      return 1;
    }
  }
  pipeline->process(doc);
  for (const ActorMention& m : doc.actors) {
    std::string line;
    line += "{\"text\":";
    append_json_string(line, m.actor.text);
    line += ",\"start\":" + std::to_string(m.span.start) + ",\"end\":" + std::to_string(m.span.end) + ",\"code\":";
    append_json_string(line, m.actor.code);
    line += ",\"country\":";
    append_json_string(line, m.actor.country);
    line += ",\"sectors\":[";
    for (size_t i = 0; i < m.actor.sectors.size(); ++i) {
      if (i) line += ",";
      append_json_string(line, m.actor.sectors[i]);
    }
    line += "],\"name\":";
    append_json_string(line, m.actor.name);
    line += ",\"role\":";
    append_json_string(line, m.place ? "place" : "agent");
    line += ",\"entry\":";
    append_json_string(line, m.entry);
    line += "}\n";
    std::fputs(line.c_str(), stdout);
  }
  return 0;
}

int run_info(const Common& c) {
  auto p = load_pipeline(c);
  const PipelineStats& s = p->stats();
  std::printf("vocabulary       %zu words\nactor entries    %zu (%zu aliases)\nevent patterns   %zu\n"
              "cameo codes      %zu\nequipment        %zu designations\ntransfer frames  %zu trigger words\n"
              "load time        %.1f ms\n",
              s.vocabulary, s.actor_entries, s.actor_aliases, s.event_patterns, s.cameo_codes, s.equipment,
              s.transfer_frames, s.load_ms);
  return 0;
}

}  // namespace dyad::cli
