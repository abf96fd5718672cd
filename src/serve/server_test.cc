// The server in-process on an ephemeral loopback port, over a store built from
// the example document and a document full of HTML, asked with cpp-httplib's client.
#include <gtest/gtest.h>
#include <httplib.h>
#include <simdjson.h>

#include <string>
#include <thread>

#include "../../tests/temp_dir.h"
#include "../../tests/testing.h"
#include "dyad/data.h"
#include "dyad/ingest.h"
#include "dyad/serve.h"
#include "dyad/sipri.h"
#include "dyad/store.h"
#include "serve/api.h"

namespace dyad {
namespace {

const char kHtmlDoc[] =
    R"({"id":"html/1","date":"2022-05-02","text":"<script>alert('x')</script> <b>Russian troops attacked )"
    R"(Ukrainian forces near Kharkiv on Monday.</b> Russia delivered two Mi-35 helicopters to Mali."})"
    "\n";

// A store with the example document and kHtmlDoc, served until the fixture ends.
class ServerTest : public ::testing::Test {
 protected:
  void start(const std::string& token = "", size_t max_body = 1u << 20, const SipriRegister* sipri = nullptr) {
    store_ = dir_.path("s.db");
    {
      auto store = open_store(store_);
      IngestOptions opt;
      opt.inputs = {std::string(DYAD_SOURCE_DIR) + "/examples", dir_.file("html.jsonl", kHtmlDoc)};
      ingest(test::pipeline(), *store, opt, stderr);
    }
    ServeOptions o;
    o.store = store_;
    o.port = 0;
    o.threads = 4;
    o.write_token = token;
    o.max_body = max_body;
    o.pipeline = &test::pipeline();
    o.countries = &countries();
    o.sipri = sipri;
    server_ = std::make_unique<Server>(o);
    const int port = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port);
    // The first answer means the accept loop runs, so stop() will end it.
    ASSERT_TRUE(client_->Get("/api/info"));
  }
  void TearDown() override {
    if (!server_) return;
    server_->stop();
    thread_.join();
  }

  // GET `path`: status and parsed body.
  int get(const std::string& path, simdjson::dom::element* body = nullptr) {
    auto res = client_->Get(path.c_str());
    if (!res) return -1;
    last_body_ = res->body;
    if (body) *body = parser_.parse(last_body_);
    return res->status;
  }
  std::string reason() {
    simdjson::dom::element e = parser_.parse(last_body_);
    std::string_view r;
    return e["reason"].get(r) == simdjson::SUCCESS ? std::string(r) : "(no reason)";
  }
  std::vector<std::string> all_event_keys(const EventFilter& f) {
    auto store = open_store(store_, StoreAccess::kReadOnly);
    std::vector<std::string> keys;
    store->for_each_event(f, [&](const StoredEvent& e) { keys.push_back(e.event_key); });
    return keys;
  }

  static const CountryNames& countries() {
    static const Data data = Data::embedded();
    static const CountryNames names(data);
    return names;
  }

  testing::TempDir dir_;
  std::string store_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
  simdjson::dom::parser parser_;
  std::string last_body_;
};

TEST_F(ServerTest, InfoCountsTheStore) {
  start();
  simdjson::dom::element b;
  ASSERT_EQ(get("/api/info", &b), 200);
  EXPECT_EQ(int64_t(b["documents"]), 2);
  EXPECT_FALSE(bool(b["ingest"]));
  EXPECT_GT(int64_t(b["events"]), 0);
}

TEST_F(ServerTest, EventsFilterAndPageWithACursor) {
  start();
  EventFilter f;
  f.dyad_a = "RUS";
  f.dyad_b = "MLI";
  const std::vector<std::string> expected = all_event_keys(f);
  ASSERT_GE(expected.size(), 3u);
  std::vector<std::string> seen;
  std::string path = "/api/events?dyad=RUS,MLI&limit=2";
  for (int pages = 0; pages < 20; ++pages) {
    simdjson::dom::element b;
    ASSERT_EQ(get(path, &b), 200) << last_body_;
    for (simdjson::dom::element e : b["events"].get_array()) seen.emplace_back(std::string_view(e["event_id"]));
    if (b["next"].is_null()) break;
    path = "/api/events?dyad=RUS,MLI&limit=2&cursor=" + std::string(std::string_view(b["next"]));
  }
  EXPECT_EQ(seen, expected);
}

TEST_F(ServerTest, EventHasItsMentionsWithTheSentence) {
  start();
  const std::vector<std::string> keys = all_event_keys({});
  ASSERT_FALSE(keys.empty());
  simdjson::dom::element b;
  ASSERT_EQ(get("/api/events/" + keys.front(), &b), 200);
  EXPECT_EQ(std::string_view(b["event"]["event_id"]), keys.front());
  simdjson::dom::array mentions = b["mentions"];
  ASSERT_GT(mentions.size(), 0u);
  for (simdjson::dom::element m : mentions) {
    const std::string_view sentence = m["sentence"]["text"];
    const std::string_view trigger = m["record"]["evidence"]["trigger"]["text"];
    EXPECT_NE(sentence.find(trigger), std::string_view::npos) << sentence;
  }
  EXPECT_EQ(get("/api/events/0000000000000000"), 404);
}

TEST_F(ServerTest, SeriesCountsEveryDatedEvent) {
  start();
  const size_t events = all_event_keys({}).size();
  simdjson::dom::element b;
  ASSERT_EQ(get("/api/series?period=month", &b), 200);
  uint64_t sum = 0, quads = 0;
  for (simdjson::dom::element r : b["rows"].get_array()) {
    sum += uint64_t(r["events"]);
    for (const char* q : {"quad1", "quad2", "quad3", "quad4"}) quads += uint64_t(r[q]);
    EXPECT_EQ(std::string_view(r["source"]), "");
  }
  EXPECT_EQ(sum, events);  // every test event has a date
  EXPECT_EQ(quads, sum);
  ASSERT_EQ(get("/api/series?period=week&per=dyad", &b), 200);
  EXPECT_NE(std::string_view(b["rows"].at(0)["source"]), "");
}

TEST_F(ServerTest, TopAndPlacesAndRegister) {
  start();
  simdjson::dom::element b;
  ASSERT_EQ(get("/api/top?by=actors&n=3", &b), 200);
  EXPECT_LE(b["rows"].get_array().size(), 3u);
  ASSERT_EQ(get("/api/places", &b), 200);
  EXPECT_GT(b["rows"].get_array().size(), 0u);
  ASSERT_EQ(get("/api/register", &b), 200);
  EXPECT_FALSE(bool(b["sipri"]));
  bool russia_to_mali = false;
  for (simdjson::dom::element r : b["rows"].get_array())
    russia_to_mali |= std::string_view(r["supplier"]) == "RUS" && std::string_view(r["recipient"]) == "MLI";
  EXPECT_TRUE(russia_to_mali);
}

TEST_F(ServerTest, RegisterRowsCarryTheSipriStatus) {
  SipriRegister sipri;
  std::vector<std::string> errors;
  read_sipri(std::string(DYAD_SOURCE_DIR) + "/src/aggregate/testdata/sipri-fixture.csv", countries(), sipri, &errors);
  start("", 1u << 20, &sipri);
  simdjson::dom::element b;
  ASSERT_EQ(get("/api/register", &b), 200);
  EXPECT_TRUE(bool(b["sipri"]));
  size_t known = 0, rows = 0;
  for (simdjson::dom::element r : b["rows"].get_array()) {
    ++rows;
    std::string_view match;
    if (r["sipri"]["match"].get(match) == simdjson::SUCCESS) known += match == "known-deal";
    EXPECT_EQ(std::string_view(r["supplier_name"]), "Russia");  // named after the country (CountryNames)
  }
  EXPECT_GT(rows, 0u);
  EXPECT_GT(known, 0u);
}

TEST_F(ServerTest, DocumentTextComesBackAsTextWithSpans) {
  start();
  simdjson::dom::element b;
  ASSERT_EQ(get("/api/documents/html/1", &b), 200);
  const std::string_view text = b["text"];
  EXPECT_EQ(text.substr(0, 8), "<script>");  // as stored: the dashboard shows it as text
  EXPECT_NE(last_body_.find("<script>"), std::string::npos);
  bool trigger = false, actor = false;
  for (simdjson::dom::element h : b["highlights"].get_array()) {
    const std::string_view kind = h["kind"];
    trigger |= kind == "trigger";
    actor |= kind == "actor";
    EXPECT_LE(uint64_t(h["end"]), text.size());
  }
  EXPECT_TRUE(trigger);
  EXPECT_TRUE(actor);
  EXPECT_EQ(get("/api/documents/nope"), 404);
  auto res = client_->Get("/api/documents/html/1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
}

TEST_F(ServerTest, BadParametersAre400WithAReason) {
  start();
  const std::string long_value(300, 'A');
  for (const std::string& path : {
           std::string("/api/events?from=notadate"),
           std::string("/api/events?bogus=1"),
           std::string("/api/events?dyad=RUS"),
           std::string("/api/events?country=RUS%27%20OR%20%271%27=%271"),
           std::string("/api/events?actor=x%27;%20DROP%20TABLE%20events;--"),
           std::string("/api/events?text=x%27;%20DROP%20TABLE%20documents;--"),
           std::string("/api/events?cameo=07%20UNION%20SELECT%201"),
           std::string("/api/events?actor=") + long_value,
           std::string("/api/events?limit=0"),
           std::string("/api/events?limit=abc"),
           std::string("/api/events?limit=100000"),
           std::string("/api/events?cursor=zz"),
           std::string("/api/events?cursor=00"),
           std::string("/api/events?country=RUS&country=MLI"),
           std::string("/api/events?text=%22unbalanced"),
           std::string("/api/series?period=year"),
           std::string("/api/top?by=weapons"),
           std::string("/api/info?x=1"),
       }) {
    EXPECT_EQ(get(path), 400) << path << ": " << last_body_;
    EXPECT_FALSE(reason().empty()) << path;
  }
  EXPECT_EQ(get("/api/nothing"), 404);
  EXPECT_EQ(get("/api/ingest"), 405);
}

TEST_F(ServerTest, OpenApiListsEveryRouteAndFilter) {
  start();
  simdjson::dom::element b;
  ASSERT_EQ(get("/api/openapi.json", &b), 200);
  simdjson::dom::object paths = b["paths"];
  for (const serve::Route& r : serve::routes()) {
    std::string method = r.method == "GET" ? "get" : "post";
    simdjson::dom::element op;
    ASSERT_EQ(paths[r.path][method].get(op), simdjson::SUCCESS) << r.path;
  }
  std::vector<std::string> names;
  for (simdjson::dom::element p : paths["/api/events"]["get"]["parameters"].get_array())
    names.emplace_back(std::string_view(p["name"]));
  for (const query::FilterOption& o : query::filter_options())
    EXPECT_NE(std::find(names.begin(), names.end(), o.name), names.end()) << o.name;
}

TEST_F(ServerTest, DashboardIsServedFromTheBinary) {
  start();
  auto res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(res->body.find("<html"), std::string::npos);
  for (const char* asset :
       {"/app.js", "/vendor/d3.min.js", "/vendor/topojson-client.min.js", "/vendor/countries-110m.json"}) {
    auto a = client_->Get(asset);
    ASSERT_TRUE(a) << asset;
    EXPECT_EQ(a->status, 200) << asset;
    EXPECT_GT(a->body.size(), 0u) << asset;
  }
}

TEST_F(ServerTest, WritesNeedTheToken) {
  start();  // no token: read-only
  const std::string doc = R"({"id":"new/1","date":"2022-06-01","text":"France criticised Mali on Monday."})"
                          "\n";
  auto res = client_->Post("/api/ingest", doc, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  // The read connections refuse writes whatever the server does.
  auto ro = open_store(store_, StoreAccess::kReadOnly);
  Document d;
  d.id = "x";
  d.text = "x";
  const Document* docs[] = {&d};
  EXPECT_THROW(ro->ingest(docs), StoreError);
}

TEST_F(ServerTest, IngestWithTheTokenIsIdempotentAndLimited) {
  start("s3cret", 4096);
  const std::string doc = R"({"id":"new/1","date":"2022-06-01","text":"France criticised Mali on Monday."})"
                          "\n";
  auto res = client_->Post("/api/ingest", doc, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  httplib::Headers wrong = {{"Authorization", "Bearer nope"}};
  res = client_->Post("/api/ingest", wrong, doc, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);

  // Answers are cached until the store changes.
  ASSERT_TRUE(client_->Get("/api/info"));
  auto again = client_->Get("/api/info");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->get_header_value("X-Dyad-Cache"), "hit");
  simdjson::dom::element info;
  ASSERT_EQ(get("/api/info", &info), 200);
  EXPECT_EQ(int64_t(info["documents"]), 2);

  httplib::Headers auth = {{"Authorization", "Bearer s3cret"}};
  simdjson::dom::parser p;
  res = client_->Post("/api/ingest", auth, doc + "{not json\n", "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  simdjson::dom::element b = p.parse(res->body);
  EXPECT_EQ(uint64_t(b["added"]), 1u);
  EXPECT_EQ(uint64_t(b["rejected"]), 1u);
  EXPECT_EQ(std::string_view(b["errors"].at(0)).substr(0, 7), "body:2:");
  res = client_->Post("/api/ingest", auth, doc, "application/x-ndjson");
  ASSERT_TRUE(res);
  b = p.parse(res->body);
  EXPECT_EQ(uint64_t(b["added"]), 0u);
  EXPECT_EQ(uint64_t(b["already_stored"]), 1u);
  EXPECT_EQ(get("/api/documents/new/1"), 200);
  auto fresh = client_->Get("/api/info");
  ASSERT_TRUE(fresh);
  EXPECT_EQ(fresh->get_header_value("X-Dyad-Cache"), "miss");
  ASSERT_EQ(get("/api/info", &info), 200);
  EXPECT_EQ(int64_t(info["documents"]), 3);

  res = client_->Post("/api/ingest", auth, std::string(5000, ' '), "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("\"status\":413"), std::string::npos);
}

}  // namespace
}  // namespace dyad
