// GET /api/documents/{doc_id}: the text and, as byte spans into it, the
// sentences, actors, event evidence (with triggers) and transfer evidence.
#include "dyad/json.h"
#include "serve/api.h"

namespace dyad::serve {

namespace {

void span(std::string& out, const Span& s) {
  out += "\"start\":" + std::to_string(s.start) + ",\"end\":" + std::to_string(s.end);
}

void text_field(std::string& out, const char* name, const std::string& v) {
  out += ",\"";
  out += name;
  out += "\":";
  append_json_string(out, v);
}

void highlight(std::string& out, bool& first, const char* kind, Span s, const std::string& label) {
  out += first ? "{\"kind\":\"" : ",{\"kind\":\"";
  first = false;
  out += kind;
  out += "\",";
  span(out, s);
  text_field(out, "label", label);
  out.push_back('}');
}

// Spans to mark in the text: actors, event triggers and transfer items (items
// carry no span: the first occurrence of their text in the evidence).
void highlights(std::string& out, const StoredDocument& doc) {
  bool first = true;
  out += ",\"highlights\":[";
  for (const ActorMention& a : doc.actors) highlight(out, first, a.place ? "place" : "actor", a.span, a.actor.code);
  for (const Event& e : doc.events) highlight(out, first, "trigger", e.evidence.trigger, e.cameo + " " + e.plover_type);
  for (const Transfer& t : doc.transfers) {
    const Span ev = t.evidence.span;
    if (ev.end > doc.text.size() || ev.empty()) continue;
    const std::string_view sentence = ev.of(doc.text);
    for (const Item& it : t.items) {
      const size_t at = it.text.empty() ? std::string_view::npos : sentence.find(it.text);
      if (at == std::string_view::npos) continue;
      const auto start = static_cast<uint32_t>(ev.start + at);
      highlight(out, first, "item", {start, static_cast<uint32_t>(start + it.text.size())},
                it.designation.empty() ? it.description : it.designation);
    }
  }
  out.push_back(']');
}

}  // namespace

ApiReply get_document(ApiContext& c, const ApiRequest& r) {
  std::optional<StoredDocument> doc;
  {
    StorePool::Lease store = c.pool.borrow();
    doc = store->document(r.path_value);
  }
  if (!doc) throw HttpError(404, "no document " + r.path_value);
  ApiReply reply;
  std::string& out = reply.body;
  out = "{\"doc_id\":";
  append_json_string(out, doc->doc_id);
  out += ",\"date\":";
  if (doc->date)
    append_json_string(out, doc->date->iso());
  else
    out += "null";
  text_field(out, "title", doc->title);
  text_field(out, "url", doc->url);
  text_field(out, "source", doc->source);
  text_field(out, "text", doc->text);
  out += ",\"sentences\":[";
  for (size_t i = 0; i < doc->sentences.size(); ++i) {
    out += i ? ",{" : "{";
    span(out, doc->sentences[i]);
    out.push_back('}');
  }
  out.push_back(']');
  highlights(out, *doc);
  out += ",\"actors\":[";
  for (size_t i = 0; i < doc->actors.size(); ++i) {
    const ActorMention& a = doc->actors[i];
    out += i ? ",{" : "{";
    span(out, a.span);
    text_field(out, "code", a.actor.code);
    text_field(out, "country", a.actor.country);
    text_field(out, "name", a.actor.name);
    out += std::string(",\"place\":") + (a.place ? "true" : "false") + "}";
  }
  out += "],\"events\":[";
  for (size_t i = 0; i < doc->events.size(); ++i) {
    if (i) out.push_back(',');
    append_json(out, doc->events[i]);
  }
  out += "],\"transfers\":[";
  for (size_t i = 0; i < doc->transfers.size(); ++i) {
    if (i) out.push_back(',');
    append_json(out, doc->transfers[i]);
  }
  out += "]}";
  return reply;
}

}  // namespace dyad::serve
