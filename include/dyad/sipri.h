// SIPRI trade-register exports: reading the CSV a user downloads from the SIPRI
// Arms Transfers Database, and the designation keys used to compare its rows
// with dyad's register (dyad/register.h).
//
// The export layout (as of 2025): a preamble of free-text lines, then the header
//
//   Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,
//   Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,
//   SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons
//
// where each unnamed column after a value holds '?' when the value is uncertain,
// delivery years are a "; "-list ("2017; 2019; 2020"), designations may list
// alternatives ("Mi-24P/Mi-35P"), and a few comments contain a raw line break
// (the row continues on a line that starts with ','). Files are Latin-1 or UTF-8;
// Latin-1 lines are converted to UTF-8. Columns are found by their header names,
// so reordered or extra columns are tolerated.
//
// The SIPRI data is © SIPRI: dyad reads a user's export at run time and never
// ships or derives data from it.
#ifndef DYAD_SIPRI_H_
#define DYAD_SIPRI_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/data.h"

namespace dyad {

// Country names → ISO 3166-1 alpha-3, from the `country` lines of
// data/actors/countries.dict (every name and alias). Lookup ignores case,
// diacritics and everything but letters and digits ("Cote d'Ivoire" = "Côte
// d’Ivoire"), and falls back to the name without a trailing parenthesis
// ("East Germany (GDR)" → "East Germany"). Immutable once loaded; thread-safe.
class CountryNames {
 public:
  // Loads from `data` (the embedded data or a --data directory).
  explicit CountryNames(const Data& data);
  CountryNames() = default;
  // Adds one name (first one wins on clashes). Used by the constructor and tests.
  void add(std::string_view name, std::string_view iso3);
  // The ISO alpha-3 code for `name`, or empty when the name is not a country of the lexicon.
  std::string code(std::string_view name) const;
  // The canonical name of an ISO alpha-3 code ("MLI" → "Mali"), or empty.
  std::string name(std::string_view iso3) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, std::string> codes_;  // name key → code
  std::unordered_map<std::string, std::string> names_;  // code → canonical name
};

// One row of the export.
struct SipriRow {
  int line = 0;                // 1-based line in the file (the first line of the row)
  std::string recipient;       // as written: "Mali", "Hezbollah (Lebanon)*"
  std::string supplier;        // "Russia", "Soviet Union", "unknown supplier(s)"
  std::string recipient_code;  // ISO alpha-3, empty when not a country of the lexicon
  std::string supplier_code;
  std::optional<int> order_year;
  bool order_year_uncertain = false;  // the '?' column after "Year of order"
  std::optional<long> ordered;        // empty field: not yet known
  bool ordered_uncertain = false;
  std::string designation;  // "Mi-24P/Mi-35P"
  std::string description;  // "combat helicopter"
  std::optional<long> delivered;
  bool delivered_uncertain = false;
  std::vector<int> delivery_years;  // ascending
  std::string status;               // "New", "Second hand", "Second hand but modernized"
  std::string comments;
  std::vector<std::string> alternatives;  // designation split on '/': "Mi-24P", "Mi-35P"
};

// A parsed export. Rows are kept in file order.
struct SipriRegister {
  std::string file;
  std::vector<SipriRow> rows;
  std::vector<std::string> unmapped;  // distinct country names not in the lexicon, sorted
};

// Parses the text of an export. `file` names it in error messages. Bad rows are
// reported in `errors` as "file:line: reason" and skipped. Returns false (with an
// error) only when no header line is found; the rows read so far are kept.
bool parse_sipri(std::string_view text, const std::string& file, const CountryNames& countries, SipriRegister& out,
                 std::vector<std::string>* errors);

// Reads and parses a file (plain, .gz or .zst). Throws std::runtime_error when
// the file cannot be opened; parse errors go to `errors` as above.
bool read_sipri(const std::string& path, const CountryNames& countries, SipriRegister& out,
                std::vector<std::string>* errors);

// The normalised form of a designation, as data/FORMATS.md describes for
// matching: letters and digits only, lower case, diacritics removed ("Mi-35P" →
// "mi35p", "59N6 Protivnik-GE" → "59n6protivnikge").
std::string designation_key(std::string_view designation);
// The '/'-separated alternatives of a designation, trimmed ("Mi-24P/Mi-35P" →
// {"Mi-24P", "Mi-35P"}).
std::vector<std::string> designation_alternatives(std::string_view designation);

// Whether a dyad designation key (designation_key of the family, "mi35") names the
// family of one SIPRI designation alternative ("Mi-35P"): the keys are equal, or
// the dyad key is a prefix of the SIPRI key that ends where a new part begins —
// at a change between letters and digits ("mi35" → "Mi-35P", "59n6" → "59N6
// Protivnik-GE", "s400" → "S-400 Triumf") or at a space, hyphen or other
// separator ("tiger" → "Tiger HAD"), never inside a number or word ("f1" does not
// match "F-16", "hawk" does not match "Hawkeye").
bool same_family(std::string_view dyad_key, std::string_view sipri_alternative);

}  // namespace dyad

#endif  // DYAD_SIPRI_H_
