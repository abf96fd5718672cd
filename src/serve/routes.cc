// The route table: the one list the server registers and OpenAPI describes.
#include "serve/api.h"

namespace dyad::serve {

namespace {

std::vector<ParamSpec> with(std::vector<ParamSpec> a, const std::vector<ParamSpec>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

}  // namespace

const std::vector<Route>& routes() {
  static const std::vector<Route> kRoutes = [] {
    const std::vector<ParamSpec> filters = filter_params();
    const ParamSpec kLimit{"limit", ParamKind::kCount, "Events in a page", {}, 1000, 100};
    const ParamSpec kCursor{"cursor", ParamKind::kCursor, "The `next` of the previous page", {}, 0, 0};
    return std::vector<Route>{
        {"GET", "/api/events", "Merged events matching the filters of `dyad query`, sorted, one page at a time",
         with(filters, {kLimit, kCursor}), get_events, ""},
        {"GET",
         "/api/events/{event_key}",
         "One merged event and all its mentions with their evidence sentences",
         {},
         get_event,
         ""},
        {"GET", "/api/series", "Events per period (QuadClass counts, Goldstein sums), all together or per dyad",
         with(filters, {{"period", ParamKind::kChoice, "Period", {"month", "week", "day"}, 0, 0},
                        {"per",
                         ParamKind::kChoice,
                         "One series for all events, or one per directed dyad",
                         {"all", "dyad"},
                         0,
                         0}}),
         get_series, ""},
        {"GET", "/api/top", "The actors or dyads with most events",
         with(filters, {{"by", ParamKind::kChoice, "What to count", {"actors", "dyads"}, 0, 0},
                        {"n", ParamKind::kCount, "Rows", {}, 1000, 20}}),
         get_top, ""},
        {"GET", "/api/places", "Where events took place: one row per place with its coordinates and counts",
         with(filters, {{"n", ParamKind::kCount, "Rows", {}, 5000, 1000}}), get_places, ""},
        {"GET",
         "/api/register",
         "The arms register of the store's transfers, with SIPRI status when the server has "
         "a SIPRI export (--sipri)",
         {},
         get_register,
         ""},
        {"GET",
         "/api/documents/{doc_id}",
         "A document's text with the spans of its sentences, actors, events "
         "(triggers) and transfers (items)",
         {},
         get_document,
         ""},
        {"GET", "/api/info", "The store's counts, the server's version and what it allows", {}, get_info, ""},
        {"POST",
         "/api/ingest",
         "Codes and stores JSONL documents, as `dyad ingest` (needs the write token)",
         {},
         post_ingest,
         "application/x-ndjson"},
        {"GET", "/api/openapi.json", "This description", {}, get_openapi, ""},
    };
  }();
  return kRoutes;
}

const char* status_text(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 413:
      return "Payload Too Large";
    case 414:
      return "URI Too Long";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Error";
  }
}

}  // namespace dyad::serve
