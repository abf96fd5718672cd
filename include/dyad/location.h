// Event location: where an event happened, from the place phrase attached to its trigger
// in the evidence sentence ("clashed near Gao", "arrived at Bamako International Airport",
// "in the town of Ménaka"), resolved against the gazetteer by folded name, preferring the
// country of the place mention and of the event's actors, then population. A place merely
// mentioned elsewhere in the sentence, or a capital standing for its government
// ("Moscow criticised Paris"), gives no location: Event::location stays null.
#ifndef DYAD_LOCATION_H_
#define DYAD_LOCATION_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/gazetteer.h"
#include "dyad/record.h"

namespace dyad {

// Cue words (data/places/location-cues.tsv), as folded words.
struct LocationCues {
  // Transparent hashing: a token's folded text is looked up as a string_view, without a copy.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept;
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  Set before, direction, settlement, facility, skip, boundary, stop;
  void load(const Data& data, std::vector<std::string>* errors);
};

class LocationResolver {
 public:
  // Loads the cues from `data` and uses the embedded gazetteer.
  void load(const Data& data, std::vector<std::string>* errors);
  // Uses another gazetteer (which must outlive the resolver), e.g. a test fixture.
  void set_gazetteer(const Gazetteer* g) { gazetteer_ = g; }
  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const LocationCues& cues() const { return cues_; }
  LocationCues& cues() { return cues_; }

  // Fills Event::location for every event of `doc` (after event coding).
  void operator()(Document& doc) const;
  // Where `e` (an event of `doc`) happened, or nullopt when the text does not say.
  std::optional<Location> locate(const Document& doc, const Event& e) const;

 private:
  LocationCues cues_;
  const Gazetteer* gazetteer_ = nullptr;
};

}  // namespace dyad

#endif  // DYAD_LOCATION_H_
