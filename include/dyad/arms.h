// Arms transfers: the equipment lexicon (data/arms/equipment-*.dict,
// generic.dict), quantities (data/arms/quantities.tsv) and transfer frames
// (data/arms/frames.tsv), and the coder that turns sentences into transfer
// records — supplier, recipient, status, date, items — linked across sentences
// of one document ("… from Russia. The new shipment includes two helicopters").
#ifndef DYAD_ARMS_H_
#define DYAD_ARMS_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/data.h"
#include "dyad/dates.h"
#include "dyad/document.h"
#include "dyad/events.h"
#include "dyad/vocabulary.h"

namespace dyad {

struct Equipment {
  std::string designation;  // empty for generic nouns
  std::string category, description, maker;
  bool ambiguous = false;
  bool weak = false;  // generic nouns as often civilian ("aircraft", "ships")
  std::string origin;
};

// An item found in the text.
struct ItemMention {
  Item item;
  uint32_t first_token = 0, end_token = 0;
  uint32_t head_token = 0;  // first token of the name, after the quantity
  bool weak = false;        // a generic noun as often civilian: needs a military cue
  std::string origin;
};

class EquipmentLexicon {
 public:
  void load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors);
  // Items of sentence `s`, in text order.
  std::vector<ItemMention> find(const Document& doc, const Sentence& s) const;
  // (Re)reads the quantity of `m` from the words before its name, not before token `floor`
  // ("handed over five drones": the quantity is "five", not "over five").
  void quantify(const Document& doc, size_t floor, ItemMention& m) const;
  size_t designations() const { return designations_; }
  size_t size() const { return entries_.size(); }

 private:
  // Transparent hashing, so that keys built in a buffer are looked up as string_views.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept;
  };
  static constexpr uint32_t kNone = UINT32_MAX;
  std::vector<Equipment> entries_;
  // Designation key (lower-case letters and digits only, "mi35") -> entry.
  std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>> designation_;
  std::unordered_set<std::string, KeyHash, std::equal_to<>> first_keys_;  // keys of the first token of every alias
  // Word-id bitsets (bit w set: word id w is a member; see util/word_bits.h).
  std::vector<uint64_t> first_words_;  // … the vocabulary ids of those first tokens
  // Generic phrases as a trie over word ids: (node << 32 | word) -> node; node 0 is the root.
  std::unordered_map<uint64_t, uint32_t> generic_edges_;
  std::vector<uint64_t> generic_first_;               // words with an edge from the root (a quick rejection)
  std::vector<uint32_t> generic_terminal_{kNone};     // node -> entry
  std::vector<uint64_t> number_words_;                // "two", …: the words with a value in number_value_
  std::vector<long> number_value_;                    // word id -> its value ("two" -> 2); valid where set
  std::vector<std::vector<uint32_t>> vague_;          // "dozens of", "a batch of"
  std::vector<std::vector<uint32_t>> approximate_;    // "more than", "about"
  std::vector<uint64_t> range_words_, range_starts_;  // "10 to 12", "between 10 and 12"
  std::vector<uint64_t> skip_;  // "40 more tanks", "12 additional jets": words between number and name
  // A one-hash filter over the keys of designation_ and first_keys_ (bit fast_hash(key) mod
  // its size): most probes are misses, and a clear bit rejects them without the table.
  // Invariant: every key of both tables has its bit set.
  std::vector<uint64_t> key_filter_ = std::vector<uint64_t>(1 << 12);
  void add_to_filter(std::string_view key);
  bool maybe_key(std::string_view key) const;
  // The entry of designation key `key` (or of it without a variant suffix), kNone if none;
  // `last_len` is the length of the key of the last token.
  uint32_t lookup(std::string_view key, size_t last_len) const;
  // The value of number word `w` ("two"), or nullptr.
  const long* number(uint32_t w) const;
  size_t designations_ = 0;
};

struct TransferFrame {
  std::string status;  // delivered, ordered, agreed, offered, requested, planned, cancelled, rumoured
  bool subject_is_supplier = true;
  bool subject_is_items = false;  // "two helicopters arrived from Russia"
  bool noun = false;              // "the delivery of", "a deal for": tried only when no verb frame is found
  bool parsed_only = false;       // a trigger only where the parse gives its part of speech ("arm" the verb)
  bool doer_is_supplier = true;   // a noun's own agent or possessor supplies ("the delivery of … by Germany")
  // A party the frame cannot leave unnamed (`needs=supplier`: "Mali bought helicopters" says nothing of
  // an import, a purchase at home is as likely). Other frames yield a transfer with the unnamed party null.
  bool needs_supplier = false, needs_recipient = false;
  std::string past_status;  // `past=delivered`: the status of the trigger in the past tense ("sold")
  std::string origin;
};

class DepRelations;  // src/code/tree.h
class ActorLexicon;
struct ActorCues;

// Where a trigger's dependents in the parse put a party or items (data/arms/slots.tsv).
enum class TransferSlot : uint8_t { kNone, kAgent, kFrom, kTo, kWith, kAt, kOf, kObject, kModifier };

class TransferCoder {
 public:
  void load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors);
  // Codes doc.transfers (and their events into doc.events) from doc.actors. Sentences the parse stage
  // parsed are read from their tree when `relations` (of the pipeline's parser model) is given; the
  // others by word order.
  void operator()(Document& doc, const std::vector<std::vector<TimeExpression>>& dates, const EquipmentLexicon& eq,
                  const Syntax& syntax, const CameoTable& cameo, const DepRelations* relations = nullptr) const;
  // The lexicon and cues that name the origin of equipment ("Chinese-made"); without them only
  // nationality mentions before an item do ("Chinese drones").
  void use_actors(const ActorLexicon& lexicon, const ActorCues& cues) {
    lexicon_ = &lexicon;
    cues_ = &cues;
  }
  size_t frames() const { return frames_.size(); }
  // Whether a transfer frame starts with this lemma (the parse stage parses such sentences).
  bool triggers(uint32_t lemma) const { return frames_.count(lemma) != 0; }

 private:
  std::unordered_map<uint32_t, std::vector<TransferFrame>> frames_;     // trigger lemma -> frames
  std::unordered_map<std::string, std::vector<uint32_t>> frame_words_;  // frame origin -> its words
  std::unordered_set<uint32_t> link_nouns_;         // "shipment", "batch", "delivery": the items continue a transfer
  std::unordered_set<uint32_t> blockers_;           // "embargo", "smuggling", "parade": no transfer in this sentence
  std::unordered_set<uint32_t> from_, to_;          // prepositions of the supplier and of the recipient
  std::unordered_set<uint32_t> with_, by_, at_;     // the other party ("a deal with"), the passive agent, a place
  std::vector<std::vector<uint32_t>> rumour_;       // "reportedly", "allegedly": status rumoured
  std::vector<std::vector<uint32_t>> second_hand_;  // "used", "surplus" before an item
  std::vector<std::string> second_hand_prefixes_;   // "ex-" ("ex-Dutch F-16s")
  std::vector<std::pair<std::vector<uint32_t>, std::string>> financing_;  // "loan" -> "loan"
  std::vector<std::vector<uint32_t>> not_frame_;                          // "in order to": no trigger inside
  std::vector<std::vector<uint32_t>> stop_;          // "prevent", "no more" before a trigger: no transfer
  std::vector<std::vector<uint32_t>> ongoing_;       // "stop", "halt" before a trigger: deliveries under way
  std::vector<std::vector<uint32_t>> planned_;       // "considering", "in talks to": status planned
  std::vector<std::vector<uint32_t>> clause_break_;  // "which", "during": items and parties stay before
  std::vector<std::vector<uint32_t>> military_;      // "army", "defence": a cue for weak items
  std::unordered_set<std::string> excluded_sectors_, excluded_recipient_sectors_, military_sectors_;
  // The parse (data/arms/slots.tsv and the control/light rows of frames.tsv).
  struct SlotRule {
    TransferSlot slot;
    std::vector<std::string> relations, cases;  // cases empty: any
  };
  std::vector<SlotRule> slot_rules_;
  std::vector<SlotRule> expand_rules_;  // items under an item noun
  std::vector<TransferSlot> attach_;    // party slots read under an item noun too
  std::vector<std::string> phrase_;     // relations of a noun's own modifiers ("50 MiG-29M fighters")
  // Controlling verb lemma -> status; [0] any frame, [1] supplier frames, [2] recipient frames.
  std::unordered_map<uint32_t, std::string> control_[3];
  std::unordered_set<uint32_t> light_;       // "complete the delivery of": the verb's subject is the doer
  std::unordered_set<uint32_t> speakers_;    // "we", "I": a pronoun subject that is the speaker's side
  std::unordered_set<uint32_t> reflexives_;  // "itself": the doer is the recipient ("equipped itself with")
  const ActorLexicon* lexicon_ = nullptr;
  const ActorCues* cues_ = nullptr;
};

}  // namespace dyad

#endif  // DYAD_ARMS_H_
