// Serve: `dyad serve`, an HTTP server over a store — the JSON API of `dyad
// query` and friends (filters and aggregations from dyad/query.h), an OpenAPI
// description generated from the same route table, optional ingest behind a
// write token, and the dashboard, embedded in the binary (no network needed).
//
// Tested by src/serve/server_test.cc (in-process, on an ephemeral loopback port)
// and tests/browser (Playwright driving Chromium).
#ifndef DYAD_SERVE_H_
#define DYAD_SERVE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "dyad/pipeline.h"
#include "dyad/sipri.h"

namespace dyad {

struct ServeOptions {
  std::string store;               // location, as for open_store (opened read-only)
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: any free port (see Server::bind)
  int threads = 64;                // connections served at once (each keep-alive connection holds one)
  // POST /api/ingest needs "Authorization: Bearer TOKEN" with this token; empty: no writes at all.
  std::string write_token;
  size_t max_body = 16u << 20;              // bytes of a request body; more is 413
  size_t cache_bytes = 64u << 20;           // GET answers kept until the store changes; 0: none
  const Pipeline* pipeline = nullptr;       // codes ingested documents; required with a write token
  const CountryNames* countries = nullptr;  // names of register rows; may be null
  const SipriRegister* sipri = nullptr;     // marks register rows known-deal / new-in-the-news; may be null
  std::string sipri_name;                   // where `sipri` was read from (GET /api/info)
  bool log = false;                         // one line per request on stderr
};

class Server {
 public:
  // Opens the store (read-only; a second, writable connection with a write
  // token). Throws StoreUsageError when there is no dyad store there.
  explicit Server(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds options.host:options.port and returns the port (the chosen one for
  // port 0); throws std::runtime_error when the address cannot be bound.
  int bind();
  // Serves until stop() (from another thread or a signal handler's thread). Needs bind().
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_SERVE_H_
