#include "dyad/actors.h"

#include <cstdio>

#include "cli/commands.h"
#include "dyad/json.h"
#include "dyad/reader.h"
#include "dyad/writer.h"

namespace dyad::cli {

namespace {

// `dyad actors --unknown FILES…`: candidate actors across a corpus.
int run_unknown(const Pipeline& pipeline, const ActorsArgs& a, std::optional<Date> date) {
  ReadOptions options;
  options.date = date;
  uint64_t errors = 0;
  Reader reader(a.text, options, [&](const InputError& e) {
    ++errors;
    std::fprintf(stderr, "%s\n", e.message().c_str());
  });
  UnknownActors unknown;
  Document doc;
  uint64_t docs = 0;
  while (reader.next(doc)) {
    pipeline.process(doc);
    unknown.add(doc);
    ++docs;
  }
  const auto ranked = unknown.ranked();
  size_t shown = 0;
  for (const UnknownActors::Candidate& cand : ranked) {
    if (a.top > 0 && shown == static_cast<size_t>(a.top)) break;
    std::printf("%s\n", UnknownActors::dict_line(cand).c_str());
    ++shown;
  }
  std::fprintf(stderr, "dyad: %llu documents, %zu candidate actors\n", static_cast<unsigned long long>(docs),
               ranked.size());
  return errors ? 2 : 0;
}

}  // namespace

int run_actors(const Common& c, const ActorsArgs& a) {
  std::optional<Date> date;
  if (!a.date.empty()) {
    date = parse_iso_date(a.date);
    if (!date) {
      std::fprintf(stderr, "dyad: --date must be YYYY-MM-DD\n");
      return 1;
    }
  }
  auto pipeline = load_pipeline(c);
  if (a.unknown) return run_unknown(*pipeline, a, date);
  Document doc;
  doc.id = "text";
  for (const std::string& w : a.text) doc.text += (doc.text.empty() ? "" : " ") + w;
  doc.date = date;
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
    write_output(stdout, line);
  }
  return 0;
}

int run_info(const Common& c) {
  auto p = load_pipeline(c);
  const PipelineStats& s = p->stats();
  std::printf(
      "vocabulary       %zu words\nactor entries    %zu (%zu aliases)\nevent patterns   %zu\n"
      "cameo codes      %zu\nequipment        %zu designations\ntransfer frames  %zu trigger words\n"
      "load time        %.1f ms\n",
      s.vocabulary, s.actor_entries, s.actor_aliases, s.event_patterns, s.cameo_codes, s.equipment, s.transfer_frames,
      s.load_ms);
  if (const ParserModel* m = p->parser()) {
    std::printf("parser model     %zu tags, %zu relations, %zu features; loaded in %.1f ms (part of the load time)\n",
                s.parser_tags, s.parser_relations, s.parser_features, s.parser_load_ms);
    std::printf("parser training  %s\nparser licence   %s\n", m->info().provenance.c_str(), m->info().licence.c_str());
  } else {
    std::printf("parser model     none (parsing is off)\n");
  }
  return 0;
}

}  // namespace dyad::cli
