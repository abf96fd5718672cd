// GET /api/info: the store's counts and what this server allows.
#include "dyad/json.h"
#include "serve/api.h"

namespace dyad::serve {

ApiReply get_info(ApiContext& c, const ApiRequest&) {
  StoreInfo s;
  {
    StorePool::Lease store = c.pool.borrow();
    s = store->info();
  }
  ApiReply reply;
  std::string& out = reply.body;
  out = "{\"version\":";
  append_json_string(out, DYAD_VERSION);
  out += ",\"backend\":";
  append_json_string(out, s.backend);
  out += ",\"location\":";
  append_json_string(out, s.location);
  out += ",\"schema_version\":" + std::to_string(s.schema_version) + ",\"documents\":" + std::to_string(s.documents) +
         ",\"sentences\":" + std::to_string(s.sentences) + ",\"actors\":" + std::to_string(s.actors) +
         ",\"mentions\":" + std::to_string(s.mentions) + ",\"transfers\":" + std::to_string(s.transfers) +
         ",\"events\":" + std::to_string(s.events) + ",\"pending_groups\":" + std::to_string(s.pending_groups);
  out += std::string(",\"ingest\":") + (c.writer ? "true" : "false");
  out += ",\"max_body\":" + std::to_string(c.options.max_body) + ",\"sipri\":";
  if (c.options.sipri)
    append_json_string(out, c.options.sipri_name);
  else
    out += "null";
  out.push_back('}');
  return reply;
}

}  // namespace dyad::serve
