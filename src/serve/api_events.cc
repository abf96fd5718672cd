// GET /api/events (a page of merged events) and GET /api/events/{event_key}.
#include "dyad/json.h"
#include "dyad/query.h"
#include "serve/api.h"

namespace dyad::serve {

ApiReply get_events(ApiContext& c, const ApiRequest& r) {
  EventFilter f = r.params.filter();
  const size_t limit = r.params.count("limit");
  f.limit = limit + 1;  // one more tells whether there is a next page
  if (!r.params.get("cursor").empty()) f.after = decode_cursor(r.params.get("cursor"));
  std::vector<StoredEvent> events;
  {
    StorePool::Lease store = c.pool.borrow();
    store->for_each_event(f, [&](const StoredEvent& e) { events.push_back(e); });
  }
  const bool more = events.size() > limit;
  if (more) events.resize(limit);
  ApiReply reply;
  std::string& out = reply.body;
  out = "{\"events\":[";
  for (size_t i = 0; i < events.size(); ++i) {
    if (i) out.push_back(',');
    query::append_event_json(out, events[i], nullptr);
  }
  out += "],\"count\":" + std::to_string(events.size()) + ",\"next\":";
  if (more)
    append_json_string(out, encode_cursor(position_of(events.back())));
  else
    out += "null";
  out.push_back('}');
  return reply;
}

ApiReply get_event(ApiContext& c, const ApiRequest& r) {
  EventFilter f;
  f.event_key = r.path_value;
  std::vector<StoredEvent> events;
  std::vector<StoredMention> mentions;
  {
    StorePool::Lease store = c.pool.borrow();
    store->for_each_event(f, [&](const StoredEvent& e) { events.push_back(e); });
    if (!events.empty()) mentions = store->mentions_with_evidence(f.event_key);
  }
  if (events.empty()) throw HttpError(404, "no event " + r.path_value);
  ApiReply reply;
  std::string& out = reply.body;
  out = "{\"event\":";
  query::append_event_json(out, events.front(), nullptr);
  out += ",\"mentions\":[";
  for (size_t i = 0; i < mentions.size(); ++i) {
    const StoredMention& m = mentions[i];
    if (i) out.push_back(',');
    out += "{\"doc_id\":";
    append_json_string(out, m.doc_id);
    out += ",\"record\":";
    append_json(out, m.event);
    out += ",\"sentence\":{\"start\":" + std::to_string(m.sentence_start) + ",\"text\":";
    append_json_string(out, m.sentence_text);
    out += "}}";
  }
  out += "]}";
  return reply;
}

}  // namespace dyad::serve
