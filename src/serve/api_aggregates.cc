// GET /api/series, /api/top and /api/places: the aggregations of dyad/query.h as JSON rows.
#include "dyad/json.h"
#include "dyad/query.h"
#include "serve/api.h"

namespace dyad::serve {

namespace {

ApiReply rows_reply(const std::string& head, const query::Table& t) {
  ApiReply reply;
  std::string& out = reply.body;
  out = "{" + head + "\"rows\":[";
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (i) out.push_back(',');
    query::append_json_row(out, t, i);
  }
  out += "]}";
  return reply;
}

std::string field(const char* name, const std::string& value) {
  std::string s = "\"";
  s += name;
  s += "\":";
  append_json_string(s, value);
  return s + ",";
}

}  // namespace

ApiReply get_series(ApiContext& c, const ApiRequest& r) {
  const EventFilter f = r.params.filter();
  const auto period = query::parse_period(r.params.get("period"));
  const bool per_dyad = r.params.get("per") == "dyad";
  StorePool::Lease store = c.pool.borrow();
  return rows_reply(field("period", r.params.get("period")) + field("per", r.params.get("per")),
                    query::series_table(*store, f, *period, per_dyad));
}

ApiReply get_top(ApiContext& c, const ApiRequest& r) {
  const EventFilter f = r.params.filter();
  const auto kind = query::parse_top_kind(r.params.get("by"));
  StorePool::Lease store = c.pool.borrow();
  return rows_reply(field("by", r.params.get("by")), query::top_table(*store, f, *kind, r.params.count("n")));
}

ApiReply get_places(ApiContext& c, const ApiRequest& r) {
  const EventFilter f = r.params.filter();
  StorePool::Lease store = c.pool.borrow();
  return rows_reply("", query::places_table(*store, f, r.params.count("n")));
}

}  // namespace dyad::serve
