// GET /api/register: the register of the store's transfers (dyad/query.h), with
// SIPRI status when the server was started with a SIPRI export.
#include "dyad/query.h"
#include "serve/api.h"

namespace dyad::serve {

ApiReply get_register(ApiContext& c, const ApiRequest&) {
  static const CountryNames kNoNames;
  const CountryNames& names = c.options.countries ? *c.options.countries : kNoNames;
  std::vector<RegisterRow> rows;
  {
    StorePool::Lease store = c.pool.borrow();
    rows = query::register_rows(*store, names, c.options.sipri);
  }
  ApiReply reply;
  std::string& out = reply.body;
  out = std::string("{\"sipri\":") + (c.options.sipri ? "true" : "false") + ",\"rows\":[";
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i) out.push_back(',');
    append_json(out, rows[i]);
  }
  out += "]}";
  return reply;
}

}  // namespace dyad::serve
