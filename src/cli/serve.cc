// dyad serve: the store over HTTP — JSON API and dashboard (dyad/serve.h).
#include "dyad/serve.h"

#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "dyad/store.h"

namespace dyad::cli {

namespace {

struct ServeArgs {
  std::string store = "dyad.db";
  std::string listen = "127.0.0.1:8080";
  std::string write_token;
  size_t max_body = 16u << 20;
  size_t cache_mb = 64;
  int threads = 64;
  std::string sipri;
  bool log = false;
};

// "HOST:PORT", "[::1]:PORT" or ":PORT" (loopback).
bool parse_listen(const std::string& s, std::string* host, int* port) {
  const size_t colon = s.rfind(':');
  if (colon == std::string::npos) return false;
  *host = s.substr(0, colon);
  if (host->size() >= 2 && host->front() == '[' && host->back() == ']') *host = host->substr(1, host->size() - 2);
  if (host->empty()) *host = "127.0.0.1";
  const std::string p = s.substr(colon + 1);
  const auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), *port);
  return ec == std::errc() && end == p.data() + p.size() && *port >= 0 && *port <= 65535;
}

int run_serve(const Common& c, ServeArgs a) {
  ServeOptions o;
  o.store = a.store;
  if (!parse_listen(a.listen, &o.host, &o.port)) {
    std::fprintf(stderr, "dyad: --listen takes HOST:PORT (e.g. 127.0.0.1:8080), got %s\n", a.listen.c_str());
    return 1;
  }
  if (a.write_token.empty())
    if (const char* t = std::getenv("DYAD_WRITE_TOKEN")) a.write_token = t;
  o.write_token = a.write_token;
  o.max_body = a.max_body;
  o.cache_bytes = a.cache_mb << 20;
  o.threads = a.threads;
  o.log = a.log;
  std::unique_ptr<Pipeline> pipeline;
  if (!o.write_token.empty()) {
    pipeline = load_pipeline(c);
    o.pipeline = pipeline.get();
  }
  Data data = c.data_dir.empty() ? Data::embedded() : Data::from_directory(c.data_dir);
  CountryNames countries(data);
  o.countries = &countries;
  SipriRegister sipri;
  if (!a.sipri.empty()) {
    std::vector<std::string> errors;
    read_sipri(a.sipri, countries, sipri, &errors);
    for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    std::fprintf(stderr, "dyad: sipri: %zu rows read from %s\n", sipri.rows.size(), a.sipri.c_str());
    o.sipri = &sipri;
    o.sipri_name = a.sipri;
  }

  // SIGINT and SIGTERM are waited for by this thread; the server's threads never see them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  Server server(o);
  const int port = server.bind();
  const bool loopback = o.host == "127.0.0.1" || o.host == "::1" || o.host == "localhost";
  std::fprintf(stderr, "dyad: serving %s on http://%s:%d/ (%s)%s\n", o.store.c_str(),
               o.host.find(':') != std::string::npos ? ("[" + o.host + "]").c_str() : o.host.c_str(), port,
               o.write_token.empty() ? "read-only" : "ingest with the write token",
               loopback ? "" : "; not loopback: reachable from other machines");
  std::thread serving([&] { server.run(); });
  int sig = 0;
  sigwait(&signals, &sig);
  std::fprintf(stderr, "dyad: serve: stopping\n");
  server.stop();
  serving.join();
  return 0;
}

}  // namespace

Subcommand add_serve_command(CLI::App& app, const Common& c) {
  auto a = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the store over HTTP: a JSON API and a dashboard at /");
  cmd->add_option("--store,-s", a->store, "SQLite file or postgresql:// URL (opened read-only)")->capture_default_str();
  cmd->add_option("--listen", a->listen, "HOST:PORT to listen on (loopback by default)")->capture_default_str();
  cmd->add_option("--write-token", a->write_token,
                  "Allow POST /api/ingest with 'Authorization: Bearer TOKEN' (or set DYAD_WRITE_TOKEN)");
  cmd->add_option("--max-body", a->max_body, "Largest request body in bytes (larger: 413)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 32))
      ->capture_default_str();
  cmd->add_option("--cache-mb", a->cache_mb, "MB of answers kept until the store changes (0: no cache)")
      ->check(CLI::Range(size_t{0}, size_t{65536}))
      ->capture_default_str();
  cmd->add_option("--threads", a->threads, "Connections served at once")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  cmd->add_option("--sipri", a->sipri, "A SIPRI trade-register CSV export: register rows known-deal or new");
  cmd->add_flag("--log", a->log, "One line per request on stderr");
  return {cmd, [a, &c] { return run_serve(c, *a); }};
}

}  // namespace dyad::cli
