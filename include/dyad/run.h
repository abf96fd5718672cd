// Run: streams documents from a Reader through a Pipeline on N threads and
// writes their records in input order.
#ifndef DYAD_RUN_H_
#define DYAD_RUN_H_

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
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

// What a command does with the documents of a stream (see code_stream).
struct StreamHooks {
  // Serial, right after reading: false drops the document uncoded (ingest: already stored).
  std::function<bool(const Document&)> keep;
  // Parallel, right after coding: per-document work such as formatting records into `scratch`.
  std::function<void(Document&, std::string& scratch)> prepare;
  // Serial, in input order: the coded document. It may take the document (leaving `doc` empty);
  // otherwise its buffers are reused for a later document.
  std::function<void(std::unique_ptr<Document>& doc, std::string& scratch)> consume;
  const char* progress_label = nullptr;  // a progress line on stderr ("documents") when set
};

// The streaming core of every command that codes documents: reads `options.inputs`,
// codes them with `pipeline` on `options.threads` threads (oneTBB pipeline, bounded
// number of documents in flight) and hands them to `hooks` in input order. Rejected
// documents are reported on `err` as "file:line: reason" and counted.
RunStats code_stream(const Pipeline& pipeline, const RunOptions& options, const StreamHooks& hooks, std::FILE* err);

// `dyad code`: the records of every document on `out`, in input order.
RunStats run(const Pipeline& pipeline, const RunOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad

#endif  // DYAD_RUN_H_
