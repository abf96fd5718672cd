// open_store: picks the backend from the location string; content_hash and position_of.
#include <string>

#include "dyad/store.h"
#include "store/sql_store.h"
#include "util/hash.h"

namespace dyad {

std::string content_hash(const Document& doc) {
  // Two independent 64-bit hashes: 128 bits, so distinct texts do not collide in practice.
  return hex64(hash64(doc.text)) + hex64(hash64(doc.text, 0x84222325cbf29ce4ULL));
}

EventPosition position_of(const StoredEvent& e) {
  EventPosition p;
  if (e.first_seen) p.first_day = e.first_seen->days();
  p.source = e.event.source.code;
  p.target = e.event.target ? e.event.target->code : "";
  p.cameo = e.event.cameo;
  p.event_key = e.event_key;
  return p;
}

std::unique_ptr<Store> open_store(const std::string& location, StoreAccess access) {
  const bool create = access == StoreAccess::kCreate;
  if (location.starts_with("postgresql://") || location.starts_with("postgres://"))
    return store::make_sql_store(store::open_postgres(location), access);
  std::string path = location.starts_with("sqlite:") ? location.substr(7) : location;
  if (path.empty()) path = "dyad.db";
  return store::make_sql_store(store::open_sqlite(path, create), access);
}

}  // namespace dyad
