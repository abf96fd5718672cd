// What the tests share: one pipeline over the embedded data, built once per test
// binary, and a text run through it as a document.
#ifndef DYAD_TESTS_TESTING_H_
#define DYAD_TESTS_TESTING_H_

#include <string>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/pipeline.h"

namespace dyad::test {

inline const Pipeline& pipeline() {
  static const Data data = Data::embedded();
  static const Pipeline p(data);
  return p;
}

// `text` as document "t" dated `date` (YYYY-MM-DD; null or empty: undated), after every stage.
inline Document analyse(const std::string& text, const char* date) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  if (date && *date) doc.date = parse_iso_date(date);
  pipeline().process(doc);
  return doc;
}

}  // namespace dyad::test

#endif  // DYAD_TESTS_TESTING_H_
