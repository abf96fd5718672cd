// Internal: the API's route table. Each route names its method, its path (as
// OpenAPI writes it, `{name}` for a path parameter), its query parameters and
// its handler; the server registers exactly these routes and /api/openapi.json
// describes exactly these (openapi.cc).
#ifndef DYAD_SERVE_API_H_
#define DYAD_SERVE_API_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/serve.h"
#include "dyad/store.h"
#include "serve/params.h"
#include "serve/response_cache.h"
#include "serve/store_pool.h"

namespace dyad::serve {

// What handlers share: the options, the read-only connections and, with a write
// token, one writable connection used by one ingest at a time.
struct ApiContext {
  ServeOptions options;
  StorePool pool;
  std::mutex write_mu;
  std::unique_ptr<Store> writer;  // null without a write token
  ResponseCache cache;
  explicit ApiContext(ServeOptions o) : options(std::move(o)), pool(options.store), cache(options.cache_bytes) {}
};

struct ApiRequest {
  const Params& params;
  std::string path_value;  // the {name} of the path, decoded; empty when the path has none
  const std::string& body;
  std::string authorization;  // the Authorization header
};

struct ApiReply {
  int status = 200;
  std::string body;  // JSON
};

struct Route {
  std::string method;  // "GET" | "POST"
  std::string path;    // "/api/events/{event_key}"
  std::string summary;
  std::vector<ParamSpec> params;
  std::function<ApiReply(ApiContext&, const ApiRequest&)> handler;
  std::string body_type;  // request body media type (POST), else ""
};

// Every API route, in the order OpenAPI lists them.
const std::vector<Route>& routes();

// The handlers, one file each.
ApiReply get_events(ApiContext& c, const ApiRequest& r);
ApiReply get_event(ApiContext& c, const ApiRequest& r);
ApiReply get_series(ApiContext& c, const ApiRequest& r);
ApiReply get_top(ApiContext& c, const ApiRequest& r);
ApiReply get_places(ApiContext& c, const ApiRequest& r);
ApiReply get_register(ApiContext& c, const ApiRequest& r);
ApiReply get_document(ApiContext& c, const ApiRequest& r);
ApiReply get_info(ApiContext& c, const ApiRequest& r);
ApiReply post_ingest(ApiContext& c, const ApiRequest& r);
ApiReply get_openapi(ApiContext& c, const ApiRequest& r);
std::string openapi_json();

// {"status":…,"error":"Bad Request","reason":…}
std::string error_json(int status, const std::string& reason);
const char* status_text(int status);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_API_H_
