// Records dyad writes: actors, events (contract §2.1), transfers (§2.2) and the
// per-document summary (§2.3). JSON round-trip lives in dyad/json.h.
#ifndef DYAD_RECORD_H_
#define DYAD_RECORD_H_

#include <optional>
#include <string>
#include <vector>

#include "dyad/date.h"
#include "dyad/span.h"

namespace dyad {

// An actor as it appears in a record.
struct Actor {
  std::string text;                  // the words of the document that name it
  std::string code;                  // CAMEO-style code: "MLIMIL", "RUSGOV", "IGOUNO"
  std::string country;               // ISO 3166-1 alpha-3, or empty
  std::vector<std::string> sectors;  // "GOV", "MIL" …
  std::string name;                  // canonical name
  friend bool operator==(const Actor&, const Actor&) = default;
};

// The sector of the unidentified armed forces behind an attack by a weapon ("a roadside bomb
// killed …"): CAMEO's unaligned armed forces.
inline constexpr std::string_view kUnidentifiedForces = "UAF";

// An actor found in the text (recognise stage), with where and why.
struct ActorMention {
  Actor actor;
  Span span;                 // bytes of the mention
  uint32_t first_token = 0;  // [first_token, end_token)
  uint32_t end_token = 0;
  std::string entry;    // the dictionary entry that matched, "file:line"
  bool place = false;   // used as a place ("at Bamako airport"), not as an agent
  bool person = false;  // names a person (for "he"/"she")
  // Names a force by its hardware ("Israeli helicopters" -> ISRMIL): an agent when it acts,
  // never a party to an arms transfer.
  bool instrument = false;
  // A capital or seat of power standing for the government ("Moscow" -> RUSGOV): a place when
  // it is what an attack hits ("shelled Juba").
  bool seat = false;
  // An ethnic minority named by its kin nation ("ethnic Albanians"): no country of its own; it
  // takes the one it lives in.
  bool ethnic = false;
  // Stands for the document's speaker ("we", "our country"): lends its country to no bare role
  // around it ("we welcome the Secretary-General's efforts" says nothing of his country).
  bool speaker = false;
};

struct Location {
  std::string text;
  std::string name;
  std::string country;
  std::string admin1;
  double lat = 0, lon = 0;
  long geonames_id = 0;
  friend bool operator==(const Location&, const Location&) = default;
};

struct Evidence {
  int sentence = 0;
  Span span;
  Span trigger;
  std::string trigger_text;
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Event {
  std::string doc_id;
  std::string event_id;
  Date date;
  bool date_from_sentence = false;  // date_source: sentence | document
  bool has_date = false;
  Actor source;
  std::optional<Actor> target;
  std::string plover_type, plover_mode;
  std::vector<std::string> plover_contexts;
  std::string cameo;
  int quad_class = 0;
  double goldstein = 0;
  std::optional<Location> location;
  std::string status = "actual";  // actual | intended | threatened | denied | hypothetical
  bool negated = false;
  Evidence evidence;
  double confidence = 0;
  std::vector<std::string> explain;  // pattern and lexicon entries behind the record (--explain)
  // The source is the unidentified forces behind a weapon ("a roadside bomb killed …"): the
  // resolve stage gives them the country of the event's location (not written out).
  bool source_by_weapon = false;
  friend bool operator==(const Event&, const Event&) = default;
};

struct Item {
  std::string text;
  std::string designation;  // empty: generic ("military equipment")
  std::string variant;
  std::string category;
  std::string description;
  std::optional<long> quantity;
  std::string quantity_text;
  friend bool operator==(const Item&, const Item&) = default;
};

struct Deal {
  std::optional<double> value;
  std::string currency;
  std::string financing;
  std::optional<bool> second_hand;
  friend bool operator==(const Deal&, const Deal&) = default;
};

struct Transfer {
  std::string doc_id;
  std::string transfer_id;
  Actor supplier;   // an empty code: not named in the text (written as null)
  Actor recipient;  // likewise
  // How the supplier is known: empty when the text names it as a party, "origin" when only the
  // equipment's origin or maker names it ("Chinese-made missiles", "British Rapier missiles").
  std::string supplier_basis;
  std::string status = "delivered";
  Date date;
  bool has_date = false;
  std::vector<Item> items;
  Deal deal;
  Evidence evidence;
  double confidence = 0;
  std::vector<std::string> explain;
  friend bool operator==(const Transfer&, const Transfer&) = default;
};

struct DocumentSummary {
  std::string doc_id;
  std::optional<Date> date;
  size_t sentences = 0, events = 0, transfers = 0;
  std::vector<std::string> warnings;
  friend bool operator==(const DocumentSummary&, const DocumentSummary&) = default;
};

}  // namespace dyad

#endif  // DYAD_RECORD_H_
