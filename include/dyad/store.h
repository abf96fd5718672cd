// Store: the dataset side of dyad. Coded Documents go in once (idempotent by
// content hash), their event mentions are merged into events (src/aggregate),
// and events come back out filtered, aggregated or exported.
//
// One interface, two backends chosen by the location string:
//   "./dyad.db", "sqlite:PATH"        embedded SQLite (WAL, FTS5)
//   "postgresql://…", "postgres://…"  a PostgreSQL server (libpqxx)
// Both keep the same schema (src/store/schema.cc) and pass the same tests.
//
// Errors: every operation throws StoreError (a std::runtime_error) with the
// backend's message; a failed ingest batch is rolled back as a whole.
// Thread safety: a Store is one connection; use it from one thread at a time.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/record.h"

namespace dyad {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The request cannot be served as given — a read-only open of a location that
// holds no dyad store, a full-text query that does not parse: bad usage, which
// `dyad` reports with this plain message and exit 1 (contract §4).
class StoreUsageError : public StoreError {
 public:
  using StoreError::StoreError;
};

// Identity of a document's content: 32 hex digits over its text. Two
// documents with the same text are the same document, whatever their ids.
std::string content_hash(const Document& doc);

struct StoreInfo {
  std::string backend;   // "sqlite" | "postgresql"
  std::string location;  // path or URL (password removed)
  int schema_version = 0;
  uint64_t documents = 0, sentences = 0, mentions = 0, transfers = 0, actors = 0;
  uint64_t events = 0;          // merged events
  uint64_t pending_groups = 0;  // groups whose events are not yet recomputed
};

struct IngestResult {
  size_t added = 0;    // documents written
  size_t skipped = 0;  // documents already in the store (same content hash)
};

// How mentions merge into events (see src/aggregate/cluster.h).
struct AggregateOptions {
  int window_days = 3;  // day-precision mentions at most this far from the event's first day
};

// Filters of `dyad query`. Empty fields do not filter. Codes match by prefix
// ("RUS" matches "RUSGOV"); filters apply to the event's representative values.
struct EventFilter {
  std::string actor;    // code prefix or exact canonical name, source or target
  std::string country;  // ISO alpha-3 of source or target
  std::string sector;   // "GOV", "MIL" … of source or target
  std::string dyad_a;   // with dyad_b: A→B or B→A (code prefixes)
  std::string dyad_b;
  std::string plover_type;
  std::string cameo_prefix;
  std::string location_country;
  std::string status;
  std::string text;              // full-text query over document text (FTS5 / websearch syntax); one
                                 // that does not parse throws StoreUsageError
  std::optional<Date> from, to;  // event first seen day, inclusive
  size_t limit = 0;              // 0: no limit
};

// A merged event: its representative mention (earliest by the merge order)
// and the GDELT-style counts over all its mentions.
struct StoredEvent {
  std::string event_key;  // stable: same corpus, same key
  Event event;            // representative mention; event.event_id == event_key
  std::string url;        // the representative mention's document url (or its id)
  std::optional<Date> first_seen, last_seen;
  uint64_t num_mentions = 0, num_sources = 0, num_articles = 0;
};

// A stored transfer mention with what the register (dyad/register.h) needs of its document.
struct StoredTransfer {
  Transfer transfer;
  std::optional<Date> doc_date;
  std::string doc_source, doc_url;  // the document's source and url fields (may be empty)
  std::string sentence;             // the evidence text (its byte span of the document's text)
};

// One link from an event to a mention that supports it.
struct MentionLink {
  std::string doc_id;
  std::string mention_id;  // the mention's event_id as coded
  int sentence = 0;
  std::string trigger;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual StoreInfo info() = 0;
  // Content hashes of every stored document (to skip known documents before coding).
  virtual std::vector<std::string> content_hashes() = 0;
  // Writes the documents, their sentences, actors, event and transfer mentions
  // in ONE transaction: all of the batch is committed or none. Documents whose
  // content hash is already stored are skipped. Touched event groups are marked
  // pending until aggregate() runs.
  virtual IngestResult ingest(std::span<const Document* const> docs) = 0;
  // Recomputes the events of every pending group (one transaction); returns
  // the number of groups recomputed.
  virtual size_t aggregate(const AggregateOptions& options) = 0;
  // Calls `fn` for each merged event matching `filter`, ordered by first seen,
  // source, target, CAMEO code and key.
  virtual void for_each_event(const EventFilter& filter, const std::function<void(const StoredEvent&)>& fn) = 0;
  // The mentions merged into the event `event_key`, in merge order.
  virtual std::vector<MentionLink> mentions_of(const std::string& event_key) = 0;
  // Calls `fn` for every stored transfer mention, in the order they were stored.
  virtual void for_each_transfer(const std::function<void(const StoredTransfer&)>& fn) = 0;
};

// kCreate (ingest): an empty store is created when there is none. kExisting (query,
// export, store info): there must be one; StoreUsageError otherwise, and nothing is
// created. Either way an older schema is migrated. Any number of processes may open
// a store at once, a fresh one included: schema creation and migration are serialised
// (src/store/schema.cc).
enum class StoreAccess { kCreate, kExisting };

// Opens the store at `location`.
std::unique_ptr<Store> open_store(const std::string& location, StoreAccess access = StoreAccess::kCreate);

}  // namespace dyad

#endif  // DYAD_STORE_H_
