#include "dyad/parse_stage.h"

#include <algorithm>

namespace dyad {

namespace {

bool is_apostrophe_at(std::string_view s, size_t i) {
  return s[i] == '\'' || (i + 2 < s.size() && s.substr(i, 3) == "\xE2\x80\x99");
}

}  // namespace

ParseStage::ParseStage(const ParserModel& model, const Data& data, std::vector<std::string>* errors) : model_(model) {
  for (const DataFile& f : data.files("parse/clitics.tsv"))
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      if (cols.size() == 1) {
        endings_.emplace_back(cols[0]);
      } else if (cols.size() == 3 && cols[1].size() + cols[2].size() == cols[0].size() &&
                 cols[0].starts_with(cols[1])) {
        words_.push_back({std::string(cols[0]), cols[1].size()});
      } else if (errors) {
        errors->push_back(f.name + ":" + std::to_string(line) + ": expected `ending` or `word | first | second`");
      }
    });
}

// Where `t` splits into two words: the byte length of the first in the folded
// form and in the surface form; 0 when it does not split.
std::pair<size_t, size_t> ParseStage::split_point(std::string_view folded, std::string_view surface) const {
  size_t k = 0;
  for (const Whole& w : words_)
    if (folded == w.word) k = w.first;
  if (k == 0)
    for (const std::string& e : endings_)
      if (folded.size() > e.size() && folded.ends_with(e)) {
        k = folded.size() - e.size();
        break;
      }
  if (k == 0) return {0, 0};
  if (surface.size() == folded.size()) return {k, k};
  // Typographic apostrophes: split the surface at its last apostrophe (one
  // letter earlier when the folded second word starts before its apostrophe: "n't").
  const size_t fa = folded.find('\'', k);
  for (size_t i = surface.size(); i-- > 0;) {
    if (!is_apostrophe_at(surface, i)) continue;
    const size_t back = fa == std::string_view::npos ? 0 : fa - k;
    if (i < back || i - back == 0) return {0, 0};
    return {k, i - back};
  }
  return {0, 0};
}

void ParseStage::parse_sentence(Document& doc, size_t si) const {
  if (doc.syntax.size() != doc.tokens.size()) doc.syntax.assign(doc.tokens.size(), TokenSyntax{});
  const Sentence& sent = doc.sentences[si];
  thread_local std::vector<ParseWord> words;
  thread_local std::vector<uint32_t> word_token;  // token of each word
  thread_local std::vector<uint8_t> word_second;  // 1: the clitic part
  thread_local std::vector<WordSyntax> out;
  for (uint32_t begin = sent.first_token; begin < sent.end_token;) {
    words.clear();
    word_token.clear();
    word_second.clear();
    uint32_t ti = begin;
    for (; ti < sent.end_token && words.size() + 2 <= kMaxWords; ++ti) {
      const Token& t = doc.tokens[ti];
      const std::string_view folded = doc.norm(t), surface = doc.surface(t);
      const auto [fk, sk] = split_point(folded, surface);
      if (fk > 0) {
        words.push_back({surface.substr(0, sk), folded.substr(0, fk)});
        words.push_back({surface.substr(sk), folded.substr(fk)});
        word_token.insert(word_token.end(), {ti, ti});
        word_second.insert(word_second.end(), {0, 1});
      } else {
        words.push_back({surface, folded});
        word_token.push_back(ti);
        word_second.push_back(0);
      }
    }
    model_.parse(words, out);
    for (size_t w = 0; w < words.size(); ++w) {
      TokenSyntax& ts = doc.syntax[word_token[w]];
      const int32_t head = out[w].head < 0 ? -1 : static_cast<int32_t>(word_token[static_cast<size_t>(out[w].head)]);
      if (word_second[w]) {
        ts.split = 1;
        ts.clitic_tag = out[w].tag;
        ts.clitic_deprel = out[w].deprel;
        ts.clitic_head = head;
      } else {
        ts.tag = out[w].tag;
        ts.deprel = out[w].deprel;
        ts.upos = static_cast<uint8_t>(model_.upos(out[w].tag));
        ts.head = head;
        ts.split = 0;
      }
    }
    begin = ti;
  }
}

void ParseStage::write_conllu(const Document& doc, std::string& out) const {
  if (doc.syntax.size() != doc.tokens.size()) return;
  std::vector<int32_t> first_word(doc.tokens.size(), 0);
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.first_token >= s.end_token || !doc.syntax[s.first_token].parsed()) continue;
    int32_t next = 1;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      first_word[t] = next;
      next += 1 + doc.syntax[t].split;
    }
    out += "# sent_id = " + doc.id + "-" + std::to_string(si + 1) + "\n# text = ";
    for (char c : doc.surface(s.span)) out += (c == '\n' || c == '\r') ? ' ' : c;
    out += '\n';
    // A head token that is split stands for its first word.
    auto head_word = [&](int32_t head_token) -> int32_t {
      return head_token < 0 ? 0 : first_word[static_cast<size_t>(head_token)];
    };
    auto line = [&](int32_t id, std::string_view form, uint16_t tag, int32_t head, uint16_t rel, Span span) {
      out += std::to_string(id);
      out += '\t';
      out += form;
      out += "\t_\t";
      out += model_.upos_name(tag);
      out += '\t';
      out += model_.xpos(tag);
      out += "\t_\t";
      out += std::to_string(head);
      out += '\t';
      out += model_.deprel_name(rel);
      out += "\t_\tTokenRange=" + std::to_string(span.start) + ":" + std::to_string(span.end) + "\n";
    };
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const TokenSyntax& ts = doc.syntax[t];
      const Token& tok = doc.tokens[t];
      const std::string_view surface = doc.surface(tok);
      if (!ts.split) {
        line(first_word[t], surface, ts.tag, head_word(ts.head), ts.deprel, tok.span);
        continue;
      }
      const auto [fk, sk] = split_point(doc.norm(tok), surface);
      out += std::to_string(first_word[t]) + "-" + std::to_string(first_word[t] + 1) + "\t" + std::string(surface) +
             "\t_\t_\t_\t_\t_\t_\t_\tTokenRange=" + std::to_string(tok.span.start) + ":" +
             std::to_string(tok.span.end) + "\n";
      const Span a{tok.span.start, tok.span.start + static_cast<uint32_t>(sk)};
      const Span b{a.end, tok.span.end};
      line(first_word[t], surface.substr(0, sk), ts.tag, head_word(ts.head), ts.deprel, a);
      line(first_word[t] + 1, surface.substr(sk), ts.clitic_tag, head_word(ts.clitic_head), ts.clitic_deprel, b);
    }
    out += '\n';
  }
}

}  // namespace dyad
