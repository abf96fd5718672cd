// `dyad parse` (CoNLL-U out, for any input or for given tokens) and
// `dyad train parser` (the model from UD treebanks).
#include "dyad/parse.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "dyad/conllu.h"
#include "dyad/parse_stage.h"
#include "dyad/reader.h"
#include "dyad/text.h"
#include "dyad/writer.h"

namespace dyad::cli {

namespace {

struct ParseArgs {
  std::vector<std::string> inputs;
  std::string tokens;  // --tokens GOLD.conllu
  bool score = false;
  std::string model;  // --model FILE instead of the data's
  int beam = 0;       // --beam: override the model's beam width
  std::string input_format = "auto";
  std::string date;
  bool id_from_hash = false;
};

struct TrainArgs {
  std::vector<std::string> treebanks;
  std::string out = "parser.model.zst";
  uint64_t seed = 1;
  int tagger_epochs = 10, parser_epochs = 15, folds = 10, beam = 1, beam_epochs = 8;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The model of --model FILE, else the one in `data`.
std::unique_ptr<ParserModel> load_model(const Data& data, const std::string& path) {
  if (!path.empty()) return ParserModel::load(slurp(path));
  const std::string_view bytes = data.file(kParserModelFile);
  if (bytes.empty()) throw std::runtime_error(std::string("no parser model (") + std::string(kParserModelFile) + ")");
  return ParserModel::load(bytes);
}

std::string universal(std::string_view rel) {
  return std::string(rel.substr(0, rel.find(':')));
}

// --tokens: the FORM column of each sentence as the words, the rest filled in.
int parse_tokens(const ParserModel& model, const ParseArgs& a) {
  std::ifstream in(a.tokens);
  if (!in) {
    std::fprintf(stderr, "dyad: %s: cannot open\n", a.tokens.c_str());
    return 3;
  }
  size_t words = 0, upos = 0, uas = 0, las = 0, sentences = 0;
  std::vector<ParseWord> pw;
  std::vector<std::string> folded;
  std::vector<WordSyntax> out;
  std::string buf;
  const size_t rejected = read_conllu(
      in, a.tokens,
      [&](ConlluSentence& s) {
        folded.clear();
        pw.clear();
        for (const ConlluWord& w : s.words) folded.push_back(fold(w.form()));
        for (size_t i = 0; i < s.words.size(); ++i) pw.push_back({s.words[i].form(), folded[i]});
        model.parse(pw, out);
        ++sentences;
        for (size_t i = 0; i < s.words.size(); ++i) {
          ConlluWord& w = s.words[i];
          const std::string gold_upos = w.cols[3], gold_rel = w.cols[7];
          const int gold_head = w.head;
          w.cols[3] = std::string(model.upos_name(out[i].tag));
          w.cols[4] = std::string(model.xpos(out[i].tag));
          w.cols[6] = std::to_string(out[i].head + 1);
          w.cols[7] = std::string(model.deprel_name(out[i].deprel));
          w.cols[8] = "_";  // enhanced dependencies: not predicted
          ++words;
          upos += gold_upos == w.cols[3];
          const bool u = gold_head == out[i].head + 1;
          uas += u;
          las += u && universal(gold_rel) == universal(w.cols[7]);
        }
        buf.clear();
        write_conllu(s, buf);
        write_output(stdout, buf);
      },
      [](const std::string& e) { std::fprintf(stderr, "%s\n", e.c_str()); });
  if (a.score && words) {
    auto pct = [&](size_t k) { return 100.0 * static_cast<double>(k) / static_cast<double>(words); };
    std::fprintf(stderr, "dyad: parse: %zu sentences, %zu words: UPOS %.2f  UAS %.2f  LAS %.2f\n", sentences, words,
                 pct(upos), pct(uas), pct(las));
  }
  return rejected ? 2 : 0;
}

// Documents: dyad's tokens and sentences, parsed as in the pipeline.
int parse_documents(const Common& c, const ParseArgs& a) {
  ReadOptions ro;
  if (!read_options(a.input_format, a.date, a.id_from_hash, ro)) return 1;
  Data data = c.data_dir.empty() ? Data::embedded() : Data::from_directory(c.data_dir);
  std::vector<std::string> errors;
  const SegmentationRules seg = SegmentationRules::load(data, &errors);
  const std::unique_ptr<ParserModel> model = load_model(data, a.model);
  if (a.beam > 0) model->set_beam(a.beam);
  const ParseStage stage(*model, data, &errors);
  for (const std::string& e : errors) std::fprintf(stderr, "dyad: data: %s\n", e.c_str());
  size_t rejected = 0;
  Reader reader(a.inputs, ro, [&](const InputError& e) {
    ++rejected;
    std::fprintf(stderr, "%s\n", e.message().c_str());
  });
  Document doc;
  std::string buf;
  while (reader.next(doc)) {
    doc.clear_analysis();
    tokenize(doc);
    segment(doc, seg);
    for (size_t si = 0; si < doc.sentences.size(); ++si) stage.parse_sentence(doc, si);
    buf.clear();
    stage.write_conllu(doc, buf);
    write_output(stdout, buf);
  }
  return rejected ? 2 : 0;
}

}  // namespace

Subcommand add_parse_command(CLI::App& app, const Common& c) {
  auto a = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand("parse", "Tag and parse text into CoNLL-U (Universal Dependencies)");
  cmd->add_option("inputs", a->inputs, "Files or directories as `dyad code` reads them; - or none: stdin");
  cmd->add_option("--tokens", a->tokens, "Parse the FORM column of this CoNLL-U file as given words");
  cmd->add_flag("--score", a->score, "With --tokens: print UPOS, UAS and LAS against the file's own columns");
  cmd->add_option("--model", a->model, "A parser model file instead of the embedded one");
  cmd->add_option("--beam", a->beam, "Beam width (default: the model's)")->check(CLI::Range(1, 64));
  cmd->add_option("--input-format", a->input_format, "auto, jsonl, dated-text or text");
  cmd->add_option("--date", a->date, "Date of plain-text documents (YYYY-MM-DD)");
  cmd->add_flag("--id-from-hash", a->id_from_hash, "Derive missing jsonl ids from the text");
  return {cmd, [a, &c]() -> int {
            if (!a->tokens.empty()) {
              const Data data = c.data_dir.empty() ? Data::embedded() : Data::from_directory(c.data_dir);
              auto model = load_model(data, a->model);
              if (a->beam > 0) model->set_beam(a->beam);
              return parse_tokens(*model, *a);
            }
            return parse_documents(c, *a);
          }};
}

Subcommand add_train_command(CLI::App& app) {
  auto a = std::make_shared<TrainArgs>();
  CLI::App* train = app.add_subcommand("train", "Train a model from data");
  train->require_subcommand(1);
  CLI::App* cmd = train->add_subcommand("parser", "Train the tagger and parser on UD treebanks (CoNLL-U)");
  cmd->add_option("--treebank", a->treebanks,
                  "Treebank directories (train.conllu, dev.conllu) or CoNLL-U training files")
      ->required();
  cmd->add_option("--out,-o", a->out, "Model file to write (zstd-compressed)");
  cmd->add_option("--seed", a->seed, "Random seed (same data and seed: same model bytes)");
  cmd->add_option("--tagger-epochs", a->tagger_epochs, "Passes over the data for the tagger")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--parser-epochs", a->parser_epochs, "Passes over the data for the parser")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--folds", a->folds, "Jackknifing folds for the parser's training tags")->check(CLI::Range(2, 50));
  cmd->add_option("--beam", a->beam, "Beam width of the parser (1: greedy only)")->check(CLI::Range(1, 64));
  cmd->add_option("--beam-epochs", a->beam_epochs, "Passes of beam training")->check(CLI::Range(1, 100));
  return {train, [a]() -> int {
            namespace fs = std::filesystem;
            ParserTrainOptions o;
            o.seed = a->seed;
            o.tagger_epochs = a->tagger_epochs;
            o.parser_epochs = a->parser_epochs;
            o.folds = a->folds;
            o.beam = a->beam;
            o.beam_epochs = a->beam_epochs;
            std::string names;
            for (const std::string& t : a->treebanks) {
              if (fs::is_directory(t)) {
                o.train.push_back((fs::path(t) / "train.conllu").string());
                if (fs::exists(fs::path(t) / "dev.conllu")) o.dev.push_back((fs::path(t) / "dev.conllu").string());
                names += (names.empty() ? "" : ", ") + fs::path(t).lexically_normal().filename().string();
              } else {
                o.train.push_back(t);
                names += (names.empty() ? "" : ", ") + fs::path(t).filename().string();
              }
            }
            o.licence =
                "This model is derived from Universal Dependencies treebanks (" + names +
                ") and is distributed under the Creative Commons Attribution-ShareAlike 4.0 International licence "
                "(CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/). See NOTICE for the treebanks' "
                "credits.";
            o.provenance = "trained by `dyad train parser` on " + names;
            o.log = [](const std::string& s) { std::fprintf(stderr, "dyad: train: %s\n", s.c_str()); };
            auto model = train_parser(o);
            const std::string bytes = model->save();
            std::ofstream out(a->out, std::ios::binary);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            out.close();
            if (!out) {
              std::fprintf(stderr, "dyad: %s: write error\n", a->out.c_str());
              return 3;
            }
            std::fprintf(stderr, "dyad: train: wrote %s (%zu bytes)\n", a->out.c_str(), bytes.size());
            return 0;
          }};
}

}  // namespace dyad::cli
