// GET /api/openapi.json: OpenAPI 3.0 generated from the route table, so the
// description lists exactly the routes and parameters the server accepts.
#include <algorithm>

#include "dyad/json.h"
#include "serve/api.h"

namespace dyad::serve {

namespace {

std::string schema_of(const ParamSpec& p) {
  std::string s;
  switch (p.kind) {
    case ParamKind::kCount:
      return "{\"type\":\"integer\",\"minimum\":1,\"maximum\":" + std::to_string(p.max) +
             ",\"default\":" + std::to_string(p.fallback) + "}";
    case ParamKind::kDate:
      return "{\"type\":\"string\",\"format\":\"date\"}";
    case ParamKind::kChoice: {
      s = "{\"type\":\"string\",\"enum\":[";
      for (size_t i = 0; i < p.choices.size(); ++i) {
        if (i) s.push_back(',');
        append_json_string(s, p.choices[i]);
      }
      s += "],\"default\":";
      append_json_string(s, p.choices.front());
      return s + "}";
    }
    case ParamKind::kCode:
      return "{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9]{1,32}$\"}";
    case ParamKind::kDyad:
      return "{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9]+,[A-Za-z0-9]+$\"}";
    default:
      return "{\"type\":\"string\",\"maxLength\":" + std::to_string(kMaxParamBytes) + "}";
  }
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

void error_responses(std::string& out, const Route& r) {
  const bool by_key = r.path.find('{') != std::string::npos, post = r.method == "POST";
  for (int code : {400, 401, 403, 404, 413, 500}) {
    if ((code == 404 && !by_key) || ((code == 401 || code == 403 || code == 413) && !post)) continue;
    out += ",\"" + std::to_string(code) + "\":{\"description\":";
    append_json_string(out, status_text(code));
    out += ",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}}}";
  }
}

}  // namespace

std::string openapi_json() {
  std::string out = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"dyad\",\"version\":\"" DYAD_VERSION
                    "\",\"description\":\"Event data and the arms register of a dyad store\"},\"paths\":{";
  // Routes of one path share its object.
  std::vector<std::string> paths;
  for (const Route& r : routes())
    if (std::find(paths.begin(), paths.end(), r.path) == paths.end()) paths.push_back(r.path);
  for (size_t pi = 0; pi < paths.size(); ++pi) {
    if (pi) out.push_back(',');
    append_json_string(out, paths[pi]);
    out += ":{";
    bool first_op = true;
    for (const Route& r : routes()) {
      if (r.path != paths[pi]) continue;
      if (!first_op) out.push_back(',');
      first_op = false;
      out += "\"" + lower(r.method) + "\":{\"summary\":";
      append_json_string(out, r.summary);
      out += ",\"parameters\":[";
      bool first = true;
      if (const size_t open = r.path.find('{'); open != std::string::npos) {
        const std::string name = r.path.substr(open + 1, r.path.find('}') - open - 1);
        out += "{\"name\":\"" + name + "\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}";
        first = false;
      }
      for (const ParamSpec& p : r.params) {
        if (!first) out.push_back(',');
        first = false;
        out += "{\"name\":";
        append_json_string(out, p.name);
        out += ",\"in\":\"query\",\"required\":false,\"description\":";
        append_json_string(out, p.description);
        out += ",\"schema\":" + schema_of(p) + "}";
      }
      out.push_back(']');
      if (!r.body_type.empty()) {
        out += ",\"security\":[{\"writeToken\":[]}],\"requestBody\":{\"required\":true,\"content\":{";
        append_json_string(out, r.body_type);
        out += ":{\"schema\":{\"type\":\"string\"}}}}";
      }
      out += ",\"responses\":{\"200\":{\"description\":\"OK\",\"content\":{\"application/json\":{}}}";
      error_responses(out, r);
      out += "}}";
    }
    out.push_back('}');
  }
  out +=
      "},\"components\":{\"schemas\":{\"Error\":{\"type\":\"object\",\"properties\":{\"status\":{\"type\":"
      "\"integer\"},\"error\":{\"type\":\"string\"},\"reason\":{\"type\":\"string\"}}}},\"securitySchemes\":{"
      "\"writeToken\":{\"type\":\"http\",\"scheme\":\"bearer\"}}}}";
  return out;
}

ApiReply get_openapi(ApiContext&, const ApiRequest&) {
  return {200, openapi_json()};
}

std::string error_json(int status, const std::string& reason) {
  std::string out = "{\"status\":" + std::to_string(status) + ",\"error\":";
  append_json_string(out, status_text(status));
  out += ",\"reason\":";
  append_json_string(out, reason);
  out.push_back('}');
  return out;
}

}  // namespace dyad::serve
