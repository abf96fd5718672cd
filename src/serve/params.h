// Internal: the query parameters of the API — what each route accepts, and the
// checks every value passes before anything reads the store. A parameter the
// route does not know, a repeated one, one longer than its limit, one with
// characters its kind does not allow (quotes, semicolons, comment dashes …) or
// not of its type is an HttpError 400 naming it.
#ifndef DYAD_SERVE_PARAMS_H_
#define DYAD_SERVE_PARAMS_H_

#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "dyad/query.h"

namespace dyad::serve {

// An error the client gets as JSON: {"status":…,"error":…,"reason":…}.
class HttpError : public std::runtime_error {
 public:
  HttpError(int status, const std::string& reason) : std::runtime_error(reason), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

enum class ParamKind {
  kCode,    // letters and digits: RUS, MLIGOV, 07, actual
  kDyad,    // two codes: RUS,MLI
  kName,    // a code or an actor's canonical name: letters (any script), digits, space, . - '
  kDate,    // YYYY-MM-DD
  kCount,   // 1..max
  kText,    // a full-text query: printable, no ';'
  kChoice,  // one of `choices`
  kCursor,  // an opaque cursor from a previous page
};

struct ParamSpec {
  std::string name;
  ParamKind kind;
  std::string description;
  std::vector<std::string> choices;  // kChoice: allowed values, the first is the default
  size_t max = 0;                    // kCount: the largest value
  size_t fallback = 0;               // kCount: the value when absent
};

// The parameters of `dyad query`'s filters (query::filter_options), in order.
std::vector<ParamSpec> filter_params();

// The checked parameters of one request.
class Params {
 public:
  // Checks `given` (name → every value given) against `specs`; throws HttpError 400.
  Params(const std::vector<ParamSpec>& specs, const std::multimap<std::string, std::string>& given);
  // The value given, else "" (kChoice: the first choice).
  const std::string& get(const std::string& name) const;
  size_t count(const std::string& name) const;  // kCount parameters
  // The event filter from the filter parameters; throws HttpError 400 on a bad value.
  EventFilter filter() const;

 private:
  std::map<std::string, std::string> values_;
  std::map<std::string, size_t> counts_;
};

// The longest value any parameter may have, in bytes.
constexpr size_t kMaxParamBytes = 256;

// A page's end as an opaque cursor and back; decode throws HttpError 400.
std::string encode_cursor(const EventPosition& p);
EventPosition decode_cursor(const std::string& cursor);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_PARAMS_H_
