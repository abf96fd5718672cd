#include "serve/store_pool.h"

namespace dyad::serve {

StorePool::StorePool(std::string location) : location_(std::move(location)) {
  idle_.push_back(open_store(location_, StoreAccess::kReadOnly));
}

StorePool::Lease StorePool::borrow() {
  {
    std::lock_guard lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<Store> s = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(s));
    }
  }
  return Lease(*this, open_store(location_, StoreAccess::kReadOnly));  // opened outside the lock
}

void StorePool::give_back(std::unique_ptr<Store> store) {
  if (!store) return;
  std::lock_guard lock(mu_);
  idle_.push_back(std::move(store));
}

}  // namespace dyad::serve
