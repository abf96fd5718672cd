// Run: streams documents from a Reader through a Pipeline on N threads and
// writes their records in input order.
#ifndef DYAD_RUN_H_
#define DYAD_RUN_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/writer.h"

namespace dyad {

struct RunOptions {
  std::vector<std::string> inputs;
  ReadOptions read;
  WriteOptions write;
  int threads = 1;
  bool progress = false;  // a progress line on stderr
};

struct RunStats {
  uint64_t documents = 0, sentences = 0, events = 0, transfers = 0, rejected = 0, bytes = 0;
  double seconds = 0;
};

// Errors about rejected documents go to `err` as "file:line: reason".
RunStats run(const Pipeline& pipeline, const RunOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad

#endif  // DYAD_RUN_H_
