// Importer for PETRARCH2 / TABARI verb dictionaries (PETRARCH2's CAMEO.2.0.txt): synsets
// (`&NAME` and `+phrase` lines), verb synonym blocks (`--- NAME [code] ---`, verb lines
// `VERB {forms} [code]`, `+MULTI_WORD` verbs) and their patterns (`- words * words [code]`),
// converted into dyad event pattern lines (data/FORMATS.md, "Importing PETRARCH verb
// dictionaries"). What dyad's pattern syntax cannot say is skipped and counted by reason.
#ifndef DYAD_PETRARCH_VERBS_H_
#define DYAD_PETRARCH_VERBS_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace dyad {

struct VerbImportOptions {
  // Whether a CAMEO code exists (dyad's data/cameo table); empty: any code of 2-4 digits.
  std::function<bool(std::string_view code)> valid_code;
  // Folded trigger words of dyad's own verbal patterns: an imported verb whose first word is one
  // of them is dropped, so that dyad's own patterns keep coding that verb.
  std::unordered_set<std::string> known_triggers;
  // Write a pattern for the verb its comment names (the TABARI verb it was written for:
  // `- * AID [070]  # RUSH`) only, not for every synonym of the block.
  bool origin_verb_only = false;
  // Write the verbs' own codes (`ASK [020]`, a block's `--- ATTACK [190] ---`) as `verb TGT`.
  bool verb_codes = true;
  // Flag every line `verb` (data/FORMATS.md): the trigger must be a verb by the parse, as
  // PETRARCH reads its verbs only where the parser says verb.
  bool verb_flag = true;
  // A pattern whose synsets expand into more dyad patterns than this is skipped.
  size_t max_expansions = 64;
};

struct VerbImportResult {
  std::vector<std::string> lines;     // .pat lines (and `#` comments), without newline
  std::vector<std::string> warnings;  // "file:line: reason" for defective lines
  // Reason -> how many PETRARCH patterns (or verb codes) were not converted for it.
  std::map<std::string, size_t> skipped;
  size_t blocks = 0;          // verb blocks (`---` headers)
  size_t verbs = 0;           // verb lines
  size_t multiword = 0;       // of which multi-word verbs (`+SHUT_DOWN`)
  size_t synsets = 0;         // `&NAME` synsets
  size_t synset_phrases = 0;  // their `+` phrases
  size_t patterns = 0;        // `-` pattern lines
  size_t rules = 0;           // `~` verb-combination rules (not converted)
  size_t verb_codes = 0;      // verbs with a code of their own or of their block
  size_t pairs = 0;           // patterns x verbs of their block (what PETRARCH matches)
  size_t converted = 0;       // patterns written as at least one dyad pattern
  size_t converted_verb_codes = 0;
  size_t known_pairs = 0;  // pattern x verb pairs dropped: dyad's own patterns have the verb
  size_t reciprocal = 0;   // converted `[a:b]` codes, written as a (b, the target's act in return, dropped)
  size_t written = 0;      // dyad pattern lines written
};

// Converts `text` (the contents of `file`, named in warnings and comments).
VerbImportResult import_petrarch_verbs(std::string_view text, const std::string& file,
                                       const VerbImportOptions& options);

}  // namespace dyad

#endif  // DYAD_PETRARCH_VERBS_H_
