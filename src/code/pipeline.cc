#include "dyad/pipeline.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <unordered_set>

#include "code/pipeline_impl.h"

namespace dyad {

namespace {
// Irregular inflections from WordNet (wordnet-base), when installed.
void load_wordnet_exceptions(Vocabulary& vocab) {
  for (const char* path : {"/usr/share/wordnet/verb.exc", "/usr/share/wordnet/noun.exc"}) {
    FILE* f = std::fopen(path, "r");
    if (!f) continue;
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
      std::string_view l(line);
      size_t sp = l.find(' ');
      if (sp == std::string_view::npos) continue;
      std::string_view form = l.substr(0, sp), rest = l.substr(sp + 1);
      size_t e = rest.find_first_of(" \n");
      std::string_view lemma = rest.substr(0, e);
      vocab.add_irregular(form, lemma);
    }
    std::fclose(f);
  }
}
// Adjectives from WordNet (wordnet-base), when installed: an actor slot reads past them
// ("killed three ethnic Albanians"). Words WordNet also lists as verbs are left out.
void load_wordnet_adjectives(Vocabulary& vocab) {
  std::unordered_set<std::string> verbs;
  auto lemmas = [](const char* path, const std::function<void(std::string_view)>& fn) {
    FILE* f = std::fopen(path, "r");
    if (!f) return;
    char line[512];
    while (std::fgets(line, sizeof line, f)) {
      if (line[0] == ' ') continue;  // licence header
      std::string_view l(line);
      const size_t sp = l.find(' ');
      if (sp != std::string_view::npos && l.substr(0, sp).find('_') == std::string_view::npos) fn(l.substr(0, sp));
    }
    std::fclose(f);
  };
  lemmas("/usr/share/wordnet/index.verb", [&](std::string_view w) { verbs.emplace(w); });
  lemmas("/usr/share/wordnet/index.adj", [&](std::string_view w) {
    if (!verbs.count(std::string(w))) vocab.mark_adjective(w);
  });
}
}  // namespace

Pipeline::Pipeline(const Data& data, std::vector<std::string>* errors, PipelineOptions options)
    : impl_(std::make_unique<Impl>()) {
  const auto t0 = std::chrono::steady_clock::now();
  Impl& p = *impl_;
  p.parse_mode = options.parse;
  if (options.parse != ParseMode::kNone) {
    const std::string_view model = data.file(kParserModelFile);
    if (!model.empty()) {
      try {
        p.parser_model = ParserModel::load(model);
        p.parse_stage = std::make_unique<ParseStage>(*p.parser_model, data, errors);
        p.relations = std::make_unique<DepRelations>(*p.parser_model);
        p.stats.parser_tags = p.parser_model->tags();
        p.stats.parser_relations = p.parser_model->deprels();
        const ParserModel::Info& i = p.parser_model->info();
        p.stats.parser_features = i.tagger_features + i.parser_features + i.labeller_features;
      } catch (const std::exception& e) {
        if (errors) errors->push_back(std::string(kParserModelFile) + ": " + e.what() + " (parsing is off)");
      }
    }
    p.stats.parser_load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  }
  p.seg = SegmentationRules::load(data, errors);
  p.cameo.load(data, errors);
  p.grammar.load(data, p.vocab, errors);
  p.syntax = std::make_unique<Syntax>(p.grammar);
  p.cues.load(data, p.vocab, errors);
  p.dates.load(data, p.vocab, errors);
  p.patterns.load(data, "events/", p.vocab, errors,
                  [&](const std::string& code) { return p.cameo.find(code) != nullptr; });
  p.actors.load(data, p.vocab, errors);
  p.equipment.load(data, p.vocab, errors);
  p.transfers.load(data, p.vocab, errors);
  p.transfers.use_actors(p.actors, p.cues);
  p.locations.load(data, errors);
  load_wordnet_exceptions(p.vocab);
  load_wordnet_adjectives(p.vocab);
  // Closed-class words are never modifiers to read past ("in" is a WordNet adjective too).
  for (const auto& [cls, set] : p.grammar.lists)
    if (cls != "adverb" && cls != "quantifier")
      for (uint32_t w : set.words) p.vocab.mark_adjective(p.vocab.word(w), false);
  p.stats.vocabulary = p.vocab.size();
  p.stats.actor_entries = p.actors.size();
  p.stats.actor_aliases = p.actors.alias_count();
  p.stats.event_patterns = p.patterns.size();
  p.stats.cameo_codes = p.cameo.size();
  p.stats.equipment = p.equipment.designations();
  p.stats.transfer_frames = p.transfers.frames();
  p.stats.load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

Pipeline::~Pipeline() = default;

const PipelineStats& Pipeline::stats() const {
  return impl_->stats;
}

const ParserModel* Pipeline::parser() const {
  return impl_->parser_model.get();
}

bool Pipeline::Impl::needs_parse(const Document& doc, size_t si) const {
  // The transfer coder reads the tree: a sentence with a transfer frame's trigger and an
  // equipment item; the event coder reads the part of speech of `verb` patterns' triggers.
  const Sentence& s = doc.sentences[si];
  // A `verb` pattern's trigger: the parse says whether it is a verb here.
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const Token& tok = doc.tokens[t];
    if ((tok.lemma && patterns.verb_trigger(tok.lemma)) || (tok.word && patterns.verb_trigger(tok.word))) return true;
  }
  bool trigger = false;
  for (uint32_t t = s.first_token; t < s.end_token && !trigger; ++t) {
    const Token& tok = doc.tokens[t];
    trigger = (tok.lemma && transfers.triggers(tok.lemma)) || (tok.word && transfers.triggers(tok.word));
  }
  return trigger && !equipment.find(doc, s).empty();
}

void Pipeline::process(Document& doc) const {
  const Impl& p = *impl_;
  doc.clear_analysis();
  // normalise + segment
  tokenize(doc);
  for (Token& t : doc.tokens) {
    t.word = p.vocab.find(doc.norm(t));
    t.lemma = p.vocab.lemma(t.word);
    if (p.vocab.adjective(t.word)) t.flags |= kAdjective;
  }
  segment(doc, p.seg);
  // recognise: temporal expressions, then actors resolved on the sentence's date
  std::vector<std::vector<TimeExpression>> times(doc.sentences.size());
  std::vector<std::optional<Date>> sentence_dates(doc.sentences.size(), doc.date);
  if (doc.date) {
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      times[si] = p.dates.find(doc, si, *doc.date);
      if (!times[si].empty()) sentence_dates[si] = times[si].front().date;
    }
  }
  ActorRecogniser(p.actors, p.cues)(doc, sentence_dates);
  resolve_references(doc, p.cues.refs, p.actors);  // "his country", "the Council"
  // parse: the sentences the coders can use (ParseMode)
  if (p.parse_stage) {
    thread_local std::vector<uint8_t> has_actor;
    has_actor.assign(doc.sentences.size(), 0);
    for (const ActorMention& m : doc.actors) {
      const auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), m.first_token,
                                       [](uint32_t t, const Sentence& s) { return t < s.first_token; });
      if (it != doc.sentences.begin()) has_actor[static_cast<size_t>(it - doc.sentences.begin()) - 1] = 1;
    }
    for (size_t si = 0; si < doc.sentences.size(); ++si)
      if (p.parse_mode == ParseMode::kAll || (has_actor[si] && p.needs_parse(doc, si)))
        p.parse_stage->parse_sentence(doc, si);
  }
  // code
  EventCoder(p.cameo, p.patterns, *p.syntax)(doc, times);
  p.transfers(doc, times, p.equipment, *p.syntax, p.cameo, p.parse_stage ? p.relations.get() : nullptr);
  p.locations(doc);  // resolve: where each event happened
}

DocumentSummary Pipeline::summary(const Document& doc) const {
  DocumentSummary d;
  d.doc_id = doc.id;
  d.date = doc.date;
  d.sentences = doc.sentences.size();
  d.events = doc.events.size();
  d.transfers = doc.transfers.size();
  d.warnings = doc.warnings;
  return d;
}

}  // namespace dyad
