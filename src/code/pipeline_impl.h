// The compiled resources of a Pipeline, shared read-only by all threads.
#ifndef DYAD_CODE_PIPELINE_IMPL_H_
#define DYAD_CODE_PIPELINE_IMPL_H_

#include <memory>

#include "code/tree.h"
#include "dyad/actors.h"
#include "dyad/arms.h"
#include "dyad/dates.h"
#include "dyad/events.h"
#include "dyad/location.h"
#include "dyad/parse_stage.h"
#include "dyad/pipeline.h"
#include "dyad/text.h"
#include "dyad/vocabulary.h"

namespace dyad {

struct Pipeline::Impl {
  Vocabulary vocab;
  SegmentationRules seg;
  ActorLexicon actors;
  ActorCues cues;
  DateRecogniser dates;
  CameoTable cameo;
  Grammar grammar;
  PatternSet patterns;
  std::unique_ptr<Syntax> syntax;  // over `grammar`, built once it is loaded
  EquipmentLexicon equipment;
  TransferCoder transfers;
  LocationResolver locations;  // event locations, over the embedded gazetteer
  std::unique_ptr<ParserModel> parser_model;
  std::unique_ptr<DepRelations> relations;  // of parser_model, for the coders' trees
  std::unique_ptr<ParseStage> parse_stage;  // null when the data has no model or parsing is off
  ParseMode parse_mode = ParseMode::kNeeded;

  // Whether sentence `si` is one the parse stage parses (ParseMode::kNeeded).
  bool needs_parse(const Document& doc, size_t si) const;
  PipelineStats stats;
};

}  // namespace dyad

#endif  // DYAD_CODE_PIPELINE_IMPL_H_
