// The server: cpp-httplib (Debian's libcpp-httplib) with the route table of
// routes.cc, JSON errors for every failure, the embedded dashboard at /, and
// headers that keep a browser from running anything the page did not ship
// (Content-Security-Policy: scripts and data from this origin only).
#include <httplib.h>

#include <cstdio>

#include "dyad/serve.h"
#include "serve/api.h"
#include "serve/assets.h"

namespace dyad {

using serve::ApiContext;
using serve::HttpError;

namespace {

// httplib routes are regular expressions: a path's dots are escaped. (Without
// std::regex here: GCC 12 warns falsely inside its compiler under ASan.)
std::string literal_dots(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '.') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

struct Server::Impl {
  ApiContext ctx;
  httplib::Server http;
  explicit Impl(ServeOptions o) : ctx(std::move(o)) {}

  static void reply_error(httplib::Response& res, int status, const std::string& reason) {
    res.status = status;
    res.set_content(serve::error_json(status, reason), "application/json");
  }

  void call(const serve::Route& route, const httplib::Request& req, httplib::Response& res) {
    try {
      std::string path_value;
      if (req.matches.size() > 1) {
        path_value = req.matches[1].str();
        if (path_value.size() > serve::kMaxParamBytes)
          throw HttpError(400, "the path parameter is longer than " + std::to_string(serve::kMaxParamBytes) + " bytes");
        for (unsigned char c : path_value)
          if (c < 0x20 || c == 0x7f) throw HttpError(400, "the path parameter has control characters");
      }
      // GET answers depend on the store alone: kept while its stamp stays the same.
      const bool cacheable = route.method == "GET" && ctx.options.cache_bytes > 0;
      std::string stamp;
      if (cacheable) {
        stamp = ctx.pool.borrow()->stamp();
        if (std::optional<std::string> body = ctx.cache.get(req.target, stamp)) {
          res.set_header("X-Dyad-Cache", "hit");
          res.set_content(std::move(*body), "application/json");
          return;
        }
      }
      const serve::Params params(route.params, req.params);
      const serve::ApiRequest r{params, path_value, req.body, req.get_header_value("Authorization")};
      serve::ApiReply reply = route.handler(ctx, r);
      res.status = reply.status;
      if (cacheable && reply.status == 200) {
        res.set_header("X-Dyad-Cache", "miss");
        ctx.cache.put(req.target, stamp, reply.body);
      }
      res.set_content(std::move(reply.body), "application/json");
    } catch (const HttpError& e) {
      reply_error(res, e.status(), e.what());
    } catch (const StoreUsageError& e) {  // a full-text query that does not parse
      reply_error(res, 400, e.what());
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad serve: %s %s: %s\n", req.method.c_str(), req.path.c_str(), e.what());
      reply_error(res, 500, "the server failed to answer (see its log)");
    }
  }

  void set_up() {
    const ServeOptions& o = ctx.options;
    if (!o.write_token.empty()) {
      if (!o.pipeline) throw std::invalid_argument("serve: a write token needs a pipeline");
      ctx.writer = open_store(o.store, StoreAccess::kExisting);
    }
    const int threads = o.threads > 0 ? o.threads : 1;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    http.set_payload_max_length(o.max_body);
    http.set_keep_alive_max_count(100000);
    // Headers and body go out in two writes: without TCP_NODELAY the second waits for the
    // client's delayed ACK of the first (40 ms a response on Linux).
    http.set_tcp_nodelay(true);
    http.set_default_headers({
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
         "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
    });
    for (const serve::Route& route : serve::routes()) {
      // The path as a regex: dots literal, {name} a group (a document id may hold '/').
      std::string escaped = literal_dots(route.path);
      if (const size_t open = escaped.find('{'); open != std::string::npos)
        escaped.replace(open, escaped.find('}') - open + 1, route.path.ends_with("{doc_id}") ? "(.+)" : "([^/]+)");
      auto handler = [this, &route](const httplib::Request& req, httplib::Response& res) { call(route, req, res); };
      auto other = [&route](const httplib::Request&, httplib::Response& res) {
        reply_error(res, 405, route.path + " takes " + route.method + " only");
        res.set_header("Allow", route.method);
      };
      if (route.method == "POST") {
        http.Post(escaped, handler);
        http.Get(escaped, other);
      } else {
        http.Get(escaped, handler);
        http.Post(escaped, other);
      }
    }
    for (const auto& [path, bytes] : serve::assets()) {
      const std::string p(path);
      auto handler = [bytes = bytes, type = serve::content_type(path)](const httplib::Request&,
                                                                       httplib::Response& res) {
        res.set_content(bytes.data(), bytes.size(), type);
      };
      http.Get(p == "/index.html" ? "/" : literal_dots(p), handler);
    }
    // Whatever ends in an error without a body — no route, a body over the limit
    // (413), a URI too long (414) — answers in JSON too.
    http.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          std::string reason = serve::status_text(res.status);
          if (res.status == 404) reason = "no route " + req.method + " " + req.path.substr(0, 200);
          if (res.status == 413) reason = "the body is larger than the server's limit";
          reply_error(res, res.status, reason);
          return httplib::Server::HandlerResponse::Handled;
        }));
    if (o.log)
      http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.target.c_str(), res.status);
      });
  }
};

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  impl_->set_up();
}

Server::~Server() {
  stop();
}

int Server::bind() {
  const ServeOptions& o = impl_->ctx.options;
  if (o.port == 0) {
    const int port = impl_->http.bind_to_any_port(o.host);
    if (port < 0) throw std::runtime_error("cannot listen on " + o.host);
    return port;
  }
  if (!impl_->http.bind_to_port(o.host, o.port))
    throw std::runtime_error("cannot listen on " + o.host + ":" + std::to_string(o.port));
  return o.port;
}

void Server::run() {
  impl_->http.listen_after_bind();
}

void Server::stop() {
  impl_->http.stop();
}

}  // namespace dyad
