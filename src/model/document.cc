#include "dyad/document.h"

namespace dyad {

void Document::clear_analysis() {
  tokens.clear();
  sentences.clear();
  norm_buffer.clear();
  syntax.clear();
  actors.clear();
  events.clear();
  transfers.clear();
  warnings.clear();
}

void Document::reset() {
  clear_analysis();
  id.clear();
  date.reset();
  text.clear();
  title.clear();
  url.clear();
  source.clear();
  language.clear();
  speaker.clear();
  origin = {};
  ordinal = 0;
}

}  // namespace dyad
