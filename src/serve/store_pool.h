// Internal: read-only Store connections shared by the server's threads. A Store
// is one connection for one thread at a time; a request borrows one for its
// duration and gives it back, so connections are opened once and their
// prepared statements reused.
#ifndef DYAD_SERVE_STORE_POOL_H_
#define DYAD_SERVE_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::serve {

class StorePool {
 public:
  // Opens one connection at once, so that a bad location fails at start-up.
  explicit StorePool(std::string location);

  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    ~Lease() { pool_.give_back(std::move(store_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    StorePool& pool_;
    std::unique_ptr<Store> store_;
  };
  Lease borrow();

 private:
  void give_back(std::unique_ptr<Store> store);

  std::string location_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_STORE_POOL_H_
