// Internal: answers of GET routes kept while the store does not change. The
// key is the request target as sent; an answer is valid while the store's
// stamp (Store::stamp) equals the one it was computed under. Dashboards ask the
// same few questions again and again (every panel on every view); aggregations
// over a whole store take the better part of a second, a cached answer none.
#ifndef DYAD_SERVE_RESPONSE_CACHE_H_
#define DYAD_SERVE_RESPONSE_CACHE_H_

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace dyad::serve {

class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}
  std::optional<std::string> get(const std::string& key, const std::string& stamp);
  void put(const std::string& key, const std::string& stamp, std::string body);

 private:
  struct Entry {
    std::string key, stamp, body;
  };
  size_t max_bytes_, bytes_ = 0;
  std::mutex mu_;
  std::list<Entry> lru_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_RESPONSE_CACHE_H_
