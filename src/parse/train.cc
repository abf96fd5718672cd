// Training of the tagger and parser (`dyad train parser`).
//
// Tagger: greedy averaged perceptron. Parser: arc-hybrid transitions, averaged
// perceptron, trained with the dynamic oracle of Goldberg & Nivre (2013) and
// error exploration; its arcs are labelled as they are made by a second
// perceptron. The parser trains on tags predicted by taggers that did not see
// the sentence (jackknifing), and the epoch of each model is chosen on dev.
// Deterministic: one seeded generator, no iteration over unordered containers.
#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>

#include "dyad/conllu.h"
#include "dyad/parse.h"
#include "dyad/text.h"
#include "parse/model.h"
#include "parse/oracle.h"

namespace dyad {

namespace parse {

// One treebank sentence: forms, gold tags, heads (0 = root) and relations.
struct TrainSentence {
  std::vector<std::string> forms, folded, tag_names, label_names;
  std::vector<uint16_t> tags;
  std::vector<int> heads;
  std::vector<uint16_t> labels;

  void resolve(const std::map<std::string, uint16_t>& tag_id, const std::map<std::string, uint16_t>& label_id) {
    tags.clear();
    labels.clear();
    for (const std::string& t : tag_names) tags.push_back(tag_id.at(t));
    for (const std::string& l : label_names) labels.push_back(label_id.at(l));
  }
};

namespace {

// Reads the sentences of a CoNLL-U file that have a full tree.
void read_training_file(const std::string& path, std::vector<TrainSentence>& out, std::set<std::string>& tags,
                        std::set<std::string>& labels) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  read_conllu(
      in, path,
      [&](ConlluSentence& cs) {
        TrainSentence ts;
        for (const ConlluWord& w : cs.words) {
          if (w.head < 0 || w.deprel() == "_") return;  // no tree: not a training sentence
          ts.forms.push_back(w.form());
          ts.folded.push_back(fold(w.form()));
          ts.tag_names.push_back(w.upos() + "\t" + w.xpos());
          ts.heads.push_back(w.head);
          ts.label_names.push_back(w.deprel());
        }
        for (const std::string& t : ts.tag_names) tags.insert(t);
        for (const std::string& l : ts.label_names) labels.insert(l);
        out.push_back(std::move(ts));
      },
      [](const std::string& e) { throw std::runtime_error(e); });
}

// Averaged weights smaller than this are dropped from the model: measured on EWT dev, pruning
// at 0.8 costs about 0.1 point of UAS and halves the model.
constexpr float kPrune = 0.8f;

struct Rng {
  std::mt19937_64 g;
  explicit Rng(uint64_t seed) : g(seed) {}
  uint64_t below(uint64_t n) { return g() % n; }
  double uniform() { return static_cast<double>(g() >> 11) * 0x1.0p-53; }
};

template <class T>
void shuffle(std::vector<T>& v, Rng& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(i)]);
}

Lexicon build_lexicon(const std::vector<TrainSentence>& data, const std::vector<size_t>& use, size_t ntags) {
  std::map<uint64_t, std::vector<uint32_t>> counts;
  for (size_t si : use) {
    const TrainSentence& s = data[si];
    for (size_t i = 0; i < s.folded.size(); ++i) {
      auto& c = counts[str_hash(s.folded[i])];
      if (c.empty()) c.assign(ntags, 0);
      ++c[s.tags[i]];
    }
  }
  std::vector<Lexicon::Entry> entries;
  for (const auto& [w, c] : counts) {
    uint32_t total = 0, top = 0;
    uint16_t top_tag = 0;
    uint64_t amb = 0x51ed27ULL;
    for (size_t t = 0; t < c.size(); ++t) {
      total += c[t];
      if (c[t] > top) top = c[t], top_tag = static_cast<uint16_t>(t);
    }
    if (total < 2) continue;  // a word seen once tells nothing its features don't
    for (size_t t = 0; t < c.size(); ++t)
      if (c[t] * 20 >= total || c[t] >= 3) amb = mix64(amb ^ (t + 1));
    Lexicon::Entry e;
    e.word = w;
    e.ambiguity = amb;
    if (total >= 20 && top * 1000 >= total * 995) e.tag = top_tag;
    entries.push_back(e);
  }
  return Lexicon::build(std::move(entries));
}

void fill_sentence(Tagged& s, const TrainSentence& ts, const Lexicon& lex) {
  const int n = static_cast<int>(ts.forms.size());
  s.words.assign(static_cast<size_t>(n) + 1, WordFeatures{});
  s.tags.assign(static_cast<size_t>(n) + 1, kNoTag);
  s.marks.assign(static_cast<size_t>(n) + 1, 0);
  s.tags[0] = 0xFFFE;
  for (int i = 1; i <= n; ++i)
    set_word(s, i, ts.forms[static_cast<size_t>(i - 1)], ts.folded[static_cast<size_t>(i - 1)], lex);
}

// Tags `s` (words filled) with the given weights; trains them when `gold` is set.
template <class W>
void run_tagger(Tagged& s, const Lexicon& lex, W& w, int classes, const std::vector<uint16_t>* gold,
                TrainingWeights* train) {
  const int n = static_cast<int>(s.words.size()) - 1;
  uint64_t keys[kMaxFeatures];
  std::vector<float> scores(static_cast<size_t>(classes));
  for (int i = 1; i <= n; ++i) {
    const Lexicon::Entry* e = lex.find(s.words[static_cast<size_t>(i)].word);
    uint16_t best = 0;
    if (e && e->tag != kNoTag) {
      best = e->tag;
    } else {
      const int nk = tagger_features(s, i, keys);
      std::fill(scores.begin(), scores.end(), 0.0f);
      w.add_scores(keys, nk, scores.data());
      for (size_t c = 1; c < scores.size(); ++c)
        if (scores[c] > scores[best]) best = static_cast<uint16_t>(c);
      if (train) {
        const uint16_t g = (*gold)[static_cast<size_t>(i - 1)];
        if (g != best) {
          train->update(keys, nk, g, 1.0f);
          train->update(keys, nk, best, -1.0f);
        }
        train->tick();
        best = g;  // later words see the gold history while training
      }
    }
    s.tags[static_cast<size_t>(i)] = best;
  }
}

struct TaggerResult {
  Lexicon lexicon;
  Weights weights;
};

TaggerResult train_tagger(const std::vector<TrainSentence>& data, const std::vector<size_t>& use, size_t ntags,
                          int epochs, uint64_t seed, const std::vector<TrainSentence>* dev,
                          const std::function<void(const std::string&)>& log) {
  TaggerResult r{build_lexicon(data, use, ntags), Weights{}};
  TrainingWeights tw(static_cast<int>(ntags));
  Rng rng(seed);
  std::vector<size_t> order = use;
  Tagged s;
  double best_acc = -1;
  for (int ep = 0; ep < epochs; ++ep) {
    shuffle(order, rng);
    for (size_t si : order) {
      fill_sentence(s, data[si], r.lexicon);
      run_tagger(s, r.lexicon, tw, static_cast<int>(ntags), &data[si].tags, &tw);
    }
    if (!dev) continue;
    Weights avg = tw.average(kPrune);
    size_t right = 0, total = 0;
    for (const TrainSentence& d : *dev) {
      fill_sentence(s, d, r.lexicon);
      run_tagger(s, r.lexicon, avg, static_cast<int>(ntags), nullptr, nullptr);
      for (size_t i = 0; i < d.tags.size(); ++i, ++total) right += s.tags[i + 1] == d.tags[i];
    }
    const double acc = total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0;
    if (log) log("tagger epoch " + std::to_string(ep + 1) + ": dev tag accuracy " + std::to_string(acc));
    if (acc > best_acc) {
      best_acc = acc;
      r.weights = std::move(avg);
    }
  }
  if (!dev) r.weights = tw.average(kPrune);
  return r;
}

struct ParseScore {
  size_t words = 0, uas = 0, las = 0;
  double u() const { return words ? 100.0 * static_cast<double>(uas) / static_cast<double>(words) : 0; }
  double l() const { return words ? 100.0 * static_cast<double>(las) / static_cast<double>(words) : 0; }
};

}  // namespace

// Everything training needs for one sentence.
struct ParserExample {
  Tagged sent;                 // words and (predicted) tags
  std::vector<int> gold_head;  // projective, 1-based words, 0 = root
  std::vector<int> gold_label;
  std::vector<std::vector<int>> kids;
};

}  // namespace parse

namespace {

std::string universal(std::string_view rel) {
  return std::string(rel.substr(0, rel.find(':')));
}

}  // namespace

std::unique_ptr<ParserModel> train_parser(const ParserTrainOptions& o) {
  using namespace parse;
  auto log = [&](const std::string& s) {
    if (o.log) o.log(s);
  };
  std::vector<TrainSentence> train, dev;
  std::set<std::string> tagset, labelset;
  for (const std::string& f : o.train) read_training_file(f, train, tagset, labelset);
  for (const std::string& f : o.dev) read_training_file(f, dev, tagset, labelset);
  if (train.empty()) throw std::runtime_error("no training sentences");
  labelset.insert("root");
  auto impl = std::make_unique<ParserModel::Impl>();
  impl->set_tags(std::vector<std::string>(tagset.begin(), tagset.end()));
  impl->deprels.assign(labelset.begin(), labelset.end());
  if (impl->deprels.size() > 64) throw std::runtime_error("more than 64 relations");
  impl->root_label =
      static_cast<int>(std::find(impl->deprels.begin(), impl->deprels.end(), "root") - impl->deprels.begin());
  std::map<std::string, uint16_t> tag_id, label_id;
  for (size_t i = 0; i < impl->tag_names.size(); ++i) tag_id[impl->tag_names[i]] = static_cast<uint16_t>(i);
  for (size_t i = 0; i < impl->deprels.size(); ++i) label_id[impl->deprels[i]] = static_cast<uint16_t>(i);
  for (auto* set : {&train, &dev})
    for (TrainSentence& s : *set) s.resolve(tag_id, label_id);
  const size_t ntags = impl->tag_names.size();
  log("training: " + std::to_string(train.size()) + " sentences, dev " + std::to_string(dev.size()) + "; " +
      std::to_string(ntags) + " tags, " + std::to_string(impl->deprels.size()) + " relations");

  // Jackknifed tags for the parser's training data.
  std::vector<std::vector<uint16_t>> predicted(train.size());
  const int folds = std::max(2, o.folds);
  {
    std::vector<std::thread> pool;
    std::vector<std::string> messages(static_cast<size_t>(folds));
    auto run_fold = [&](int k) {
      std::vector<size_t> use, held;
      for (size_t i = 0; i < train.size(); ++i)
        (static_cast<int>(i % static_cast<size_t>(folds)) == k ? held : use).push_back(i);
      TaggerResult t =
          train_tagger(train, use, ntags, o.tagger_epochs, o.seed + 101 + static_cast<uint64_t>(k), nullptr, nullptr);
      Tagged s;
      size_t right = 0, total = 0;
      for (size_t si : held) {
        fill_sentence(s, train[si], t.lexicon);
        run_tagger(s, t.lexicon, t.weights, static_cast<int>(ntags), nullptr, nullptr);
        predicted[si].assign(s.tags.begin() + 1, s.tags.end());
        for (size_t i = 0; i < train[si].tags.size(); ++i, ++total) right += predicted[si][i] == train[si].tags[i];
      }
      messages[static_cast<size_t>(k)] =
          "jackknife fold " + std::to_string(k + 1) + ": held-out tag accuracy " +
          std::to_string(100.0 * static_cast<double>(right) / static_cast<double>(total));
    };
    const unsigned threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
    for (int k = 0; k < folds; k += static_cast<int>(threads)) {
      for (unsigned t = 0; t < threads && k + static_cast<int>(t) < folds; ++t)
        pool.emplace_back(run_fold, k + static_cast<int>(t));
      for (std::thread& th : pool) th.join();
      pool.clear();
    }
    for (const std::string& m : messages) log(m);
  }

  // The tagger of the model: all of train, epoch chosen on dev.
  std::vector<size_t> all(train.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  TaggerResult tagger = train_tagger(train, all, ntags, o.tagger_epochs, o.seed, dev.empty() ? nullptr : &dev, log);
  impl->lexicon = std::move(tagger.lexicon);
  impl->tagger = std::move(tagger.weights);

  // Parser examples.
  std::vector<ParserExample> examples(train.size());
  size_t lifted = 0;
  for (size_t si = 0; si < train.size(); ++si) {
    const TrainSentence& ts = train[si];
    ParserExample& ex = examples[si];
    fill_sentence(ex.sent, ts, impl->lexicon);
    for (size_t i = 0; i < ts.tags.size(); ++i) {
      const uint16_t t = predicted[si][i];
      ex.sent.tags[i + 1] = t;
      ex.sent.marks[i + 1] = impl->tag_marks[t];
    }
    std::vector<int> head(ts.heads.size() + 1, 0);
    for (size_t i = 0; i < ts.heads.size(); ++i) head[i + 1] = ts.heads[i];
    ex.gold_head = projectivize(head);
    lifted += ex.gold_head != head;
    ex.gold_label.assign(head.size(), -1);
    for (size_t i = 0; i < ts.labels.size(); ++i) ex.gold_label[i + 1] = ts.labels[i];
    ex.kids.assign(head.size(), {});
    for (size_t d = 1; d < head.size(); ++d)
      ex.kids[static_cast<size_t>(ex.gold_head[d])].push_back(static_cast<int>(d));
  }
  log("parser: " + std::to_string(lifted) + " non-projective training trees lifted");

  // Dev sentences, tagged by the model's tagger.
  std::vector<Tagged> dev_sents(dev.size());
  for (size_t i = 0; i < dev.size(); ++i) {
    std::vector<ParseWord> words;
    for (size_t j = 0; j < dev[i].forms.size(); ++j) words.push_back({dev[i].forms[j], dev[i].folded[j]});
    impl->tag(dev_sents[i], words);
  }

  // Attachment scores of the model as it stands on the dev sentences (relations compared before ':').
  auto dev_las = [&]() {
    ParseScore sc;
    State ds;
    for (size_t i = 0; i < dev.size(); ++i) {
      impl->parse(dev_sents[i], ds);
      for (size_t j = 0; j < dev[i].heads.size(); ++j, ++sc.words) {
        const bool u = ds.head[j + 1] == dev[i].heads[j];
        sc.uas += u;
        sc.las += u && ds.label[j + 1] >= 0 &&
                  universal(impl->deprels[static_cast<size_t>(ds.label[j + 1])]) ==
                      universal(impl->deprels[dev[i].labels[j]]);
      }
    }
    return sc;
  };
  TrainingWeights pw(kActions), lw(static_cast<int>(impl->deprels.size()));
  Rng rng(o.seed);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  State st;
  std::vector<uint8_t> in_stack;
  uint64_t keys[kMaxFeatures];
  double best_las = -1;
  int best_epoch = 0;
  Weights best_parser, best_labeller;
  for (int ep = 0; ep < o.parser_epochs; ++ep) {
    shuffle(order, rng);
    for (size_t ei : order) {
      const ParserExample& ex = examples[ei];
      const Tagged& s = ex.sent;
      const int n = static_cast<int>(s.words.size()) - 1;
      st.init(n);
      in_stack.assign(static_cast<size_t>(n) + 1, 0);
      in_stack[0] = 1;
      while (!st.terminal()) {
        float scores[kActions] = {0, 0, 0};
        const int nk = parser_features(s, st, keys);
        pw.add_scores(keys, nk, scores);
        int pred = -1, gold = -1, pred_cost = 0;
        int costs[kActions];
        int min_cost = 1 << 30;
        for (int a = 0; a < kActions; ++a) {
          costs[a] = st.valid(a) ? cost(st, a, ex.gold_head, ex.kids, in_stack) : -1;
          if (costs[a] >= 0) min_cost = std::min(min_cost, costs[a]);
        }
        for (int a = 0; a < kActions; ++a) {
          if (costs[a] < 0) continue;
          if (pred < 0 || scores[a] > scores[pred]) pred = a;
          if (costs[a] == min_cost && (gold < 0 || scores[a] > scores[gold])) gold = a;
        }
        pred_cost = costs[pred];
        if (pred_cost > min_cost) {
          pw.update(keys, nk, gold, 1.0f);
          pw.update(keys, nk, pred, -1.0f);
        }
        pw.tick();
        const int follow = (pred_cost == min_cost || (ep > 0 && rng.uniform() < 0.9)) ? pred : gold;
        const auto [h, d] = st.arc(follow);
        if (follow == kShift) in_stack[static_cast<size_t>(st.b)] = 1;
        if (follow != kShift) in_stack[static_cast<size_t>(st.s(0))] = 0;
        st.apply(follow);
        if (d < 0) continue;
        int lab = impl->root_label;
        if (h != 0) {
          int lk = 0;
          lab = impl->best_label(s, st, h, d, lw, keys, &lk);
          if (h == ex.gold_head[static_cast<size_t>(d)]) {
            const int g = ex.gold_label[static_cast<size_t>(d)];
            if (g != lab && g != impl->root_label) {
              lw.update(keys, lk, g, 1.0f);
              lw.update(keys, lk, lab, -1.0f);
            }
            lw.tick();
          }
        }
        impl->record_label(s, st, h, d, lab);
      }
    }
    impl->parser = pw.average(kPrune);
    impl->labeller = lw.average(kPrune);
    if (dev.empty()) continue;
    const ParseScore sc = dev_las();
    log("parser epoch " + std::to_string(ep + 1) + ": dev UAS " + std::to_string(sc.u()) + " LAS " +
        std::to_string(sc.l()) + " (" + std::to_string(pw.features()) + " features)");
    if (sc.l() > best_las) {
      best_las = sc.l();
      best_epoch = ep + 1;
      best_parser = impl->parser;
      best_labeller = impl->labeller;
    }
  }
  if (best_epoch > 0) {
    impl->parser = std::move(best_parser);
    impl->labeller = std::move(best_labeller);
  }
  std::string beam_note;
  if (o.beam > 1) {
    // Beam training: a new parser table scored over whole transition sequences, the
    // labeller kept fixed; the greedy table stays if no beam epoch beats it on dev.
    struct ExampleOracle : Oracle {
      const ParserExample* ex = nullptr;
      int cost(const State& st, int a) const override { return cost_scan(st, a, ex->gold_head, ex->kids); }
    } oracle;
    TrainingWeights bw(kActions);
    Beam beam;
    State a, b;
    Weights greedy = impl->parser, best_beam;
    int best_beam_epoch = 0;
    double best = best_las;
    for (int ep = 0; ep < o.beam_epochs; ++ep) {
      shuffle(order, rng);
      size_t updates = 0;
      for (size_t ei : order) {
        const ParserExample& ex = examples[ei];
        oracle.ex = &ex;
        beam.decode(*impl, bw, ex.sent, o.beam, &oracle);
        if (beam.violation) {
          // Replay both sequences; where they part, the gold one's features gain, the other's lose.
          const auto& g = beam.gold_actions;
          const auto& p = beam.pred_actions;
          const int n = static_cast<int>(ex.sent.words.size()) - 1;
          a.init(n);
          b.init(n);
          size_t k = 0;
          while (k < g.size() && k < p.size() && g[k] == p[k]) impl->apply_labelled(ex.sent, a, g[k++]);
          b = a;
          for (size_t j = k; j < g.size(); ++j) {
            const int nk = parser_features(ex.sent, a, keys);
            bw.update(keys, nk, g[j], 1.0f);
            impl->apply_labelled(ex.sent, a, g[j]);
          }
          for (size_t j = k; j < p.size(); ++j) {
            const int nk = parser_features(ex.sent, b, keys);
            bw.update(keys, nk, p[j], -1.0f);
            impl->apply_labelled(ex.sent, b, p[j]);
          }
          ++updates;
        }
        bw.tick();
      }
      impl->parser = bw.average(kPrune);
      impl->beam = o.beam;
      const ParseScore sc = dev.empty() ? ParseScore{} : dev_las();
      log("beam " + std::to_string(o.beam) + " epoch " + std::to_string(ep + 1) + ": " + std::to_string(updates) +
          " updates; dev UAS " + std::to_string(sc.u()) + " LAS " + std::to_string(sc.l()));
      if (dev.empty() || sc.l() > best) {
        best = sc.l();
        best_beam = impl->parser;
        best_beam_epoch = ep + 1;
      }
    }
    if (best_beam_epoch > 0) {
      impl->parser = std::move(best_beam);
      impl->beam = o.beam;
      beam_note = ", beam " + std::to_string(o.beam) + " epoch " + std::to_string(best_beam_epoch) + " of " +
                  std::to_string(o.beam_epochs);
    } else {
      impl->parser = std::move(greedy);
      impl->beam = 1;
      beam_note = ", beam " + std::to_string(o.beam) + " did not beat greedy on dev";
    }
  }
  impl->info.licence = o.licence;
  impl->info.provenance = o.provenance + (o.provenance.empty() ? "" : "; ") + "seed " + std::to_string(o.seed) + ", " +
                          std::to_string(o.tagger_epochs) + " tagger epochs, parser epoch " +
                          std::to_string(best_epoch > 0 ? best_epoch : o.parser_epochs) + " of " +
                          std::to_string(o.parser_epochs) + beam_note + ", " + std::to_string(folds) +
                          " jackknife folds";
  impl->info.tagger_features = impl->tagger.features();
  impl->info.parser_features = impl->parser.features();
  impl->info.labeller_features = impl->labeller.features();
  return std::make_unique<ParserModel>(std::move(impl));
}

}  // namespace dyad
