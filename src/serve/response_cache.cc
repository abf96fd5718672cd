#include "serve/response_cache.h"

namespace dyad::serve {

std::optional<std::string> ResponseCache::get(const std::string& key, const std::string& stamp) {
  std::lock_guard lock(mu_);
  auto it = index_.find(key);
  if (it == index_.end() || it->second->stamp != stamp) return std::nullopt;
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->body;
}

void ResponseCache::put(const std::string& key, const std::string& stamp, std::string body) {
  if (body.size() > max_bytes_ / 4) return;  // one answer never fills the cache
  std::lock_guard lock(mu_);
  if (auto it = index_.find(key); it != index_.end()) {
    bytes_ -= it->second->body.size();
    lru_.erase(it->second);
    index_.erase(it);
  }
  bytes_ += body.size();
  lru_.push_front({key, stamp, std::move(body)});
  index_[key] = lru_.begin();
  while (bytes_ > max_bytes_ && !lru_.empty()) {
    bytes_ -= lru_.back().body.size();
    index_.erase(lru_.back().key);
    lru_.pop_back();
  }
}

}  // namespace dyad::serve
