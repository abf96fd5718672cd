// Tokeniser: one pass over the original bytes. Keeps designations whole
// ("Mi-35B", "S-400", "59.N6-TA", "F-16C/D"), numbers ("5,000", "2.5", "$61m"),
// dotted abbreviations ("U.S."), hyphenated words; splits the possessive "'s".
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "dyad/text.h"

namespace dyad {

namespace {

enum Class { kSpace, kNewline, kAlpha, kDigit, kOther };

struct Cp {
  UChar32 c;
  int len;
  Class cls;
};

inline Cp decode(std::string_view t, size_t i) {
  unsigned char b = static_cast<unsigned char>(t[i]);
  if (b < 0x80) {
    Class cls = kOther;
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
      cls = kAlpha;
    else if (b >= '0' && b <= '9')
      cls = kDigit;
    else if (b == '\n')
      cls = kNewline;
    else if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v')
      cls = kSpace;
    return {b, 1, cls};
  }
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(t.data(), j, static_cast<int32_t>(t.size()), c);
  int len = j - static_cast<int32_t>(i);
  if (c < 0) return {0xFFFD, len, kOther};
  Class cls = kOther;
  if (u_isUWhiteSpace(c))
    cls = (c == 0x2028 || c == 0x2029 || c == 0x85) ? kNewline : kSpace;
  else if (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK)
    cls = kAlpha;
  else if (u_isdigit(c))
    cls = kDigit;
  return {c, len, cls};
}

inline bool alnum(Class c) {
  return c == kAlpha || c == kDigit;
}
// ICU's u_isupper, without the call for ASCII (whose only upper-case letters are A-Z).
inline bool is_upper(UChar32 c) {
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c);
}
inline bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}
inline bool is_hyphen(UChar32 c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}
inline bool is_currency(UChar32 c) {
  return c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5;
}

}  // namespace

void tokenize(Document& doc) {
  const std::string_view t = doc.text;
  doc.tokens.clear();
  doc.norm_buffer.clear();
  doc.tokens.reserve(t.size() / 5 + 8);
  doc.norm_buffer.reserve(t.size() + 16);
  uint16_t pending = 0;  // whitespace flags for the next token
  int newlines = 0;
  size_t i = 0;
  const size_t n = t.size();

  auto emit = [&](size_t start, size_t end, uint16_t flags) {
    Token tok;
    tok.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    tok.flags = flags | pending;
    tok.norm_off = static_cast<uint32_t>(doc.norm_buffer.size());
    fold(t.substr(start, end - start), doc.norm_buffer);
    tok.norm_len = static_cast<uint16_t>(std::min<size_t>(doc.norm_buffer.size() - tok.norm_off, 0xFFFF));
    doc.tokens.push_back(tok);
    pending = 0;
    newlines = 0;
  };

  while (i < n) {
    Cp cp = decode(t, i);
    if (cp.cls == kSpace || cp.cls == kNewline) {
      if (cp.cls == kNewline) {
        ++newlines;
        pending |= kNewlineBefore;
        if (newlines >= 2) pending |= kParagraphBefore;
        // An indented new line starts a paragraph (wire copy: "\n    The ...").
        size_t k = i + static_cast<size_t>(cp.len);
        int indent = 0;
        while (k < n && (t[k] == ' ' || t[k] == '\t')) {
          indent += t[k] == '\t' ? 4 : 1;
          ++k;
        }
        if (indent >= 2 && k < n && t[k] != '\n') pending |= kParagraphBefore;
      }
      pending |= kSpaceBefore;
      i += static_cast<size_t>(cp.len);
      continue;
    }
    const size_t start = i;
    if (alnum(cp.cls) || (is_currency(cp.c) && i + static_cast<size_t>(cp.len) < n &&
                          decode(t, i + static_cast<size_t>(cp.len)).cls == kDigit)) {
      // A word or number, with its internal joiners.
      uint16_t flags = 0;
      bool has_alpha = false, has_digit = false, first_upper = false, all_upper = true;
      int letters = 0;
      size_t seg_start = i;  // start of the current dot-separated segment
      bool dotted = false;   // "U.S." style
      auto take = [&](const Cp& c) {
        if (c.cls == kAlpha) {
          const bool upper = is_upper(c.c);
          if (letters == 0 && !has_digit) first_upper = upper;
          if (!upper && (c.c < 0x80 || u_charType(c.c) != U_NON_SPACING_MARK)) all_upper = false;
          has_alpha = true;
          ++letters;
        } else if (c.cls == kDigit) {
          has_digit = true;
        }
        i += static_cast<size_t>(c.len);
      };
      if (is_currency(cp.c)) {
        i += static_cast<size_t>(cp.len);
        cp = decode(t, i);
      }
      bool starts_digit = cp.cls == kDigit;
      take(cp);
      while (i < n) {
        Cp c = decode(t, i);
        if (alnum(c.cls)) {
          take(c);
          continue;
        }
        size_t after = i + static_cast<size_t>(c.len);
        Cp next = after < n ? decode(t, after) : Cp{0, 0, kSpace};
        if (is_hyphen(c.c) && alnum(next.cls)) {  // "Mi-35", "Russian-Ukrainian"
          i = after;
          take(next);
          continue;
        }
        if (c.c == '/' && has_digit && alnum(next.cls)) {  // "F-16C/D", "Mi-24P/Mi-35P"
          i = after;
          take(next);
          continue;
        }
        if (c.c == '.' && alnum(next.cls)) {
          const bool single = (i - seg_start) == 1;  // "U.S", "e.g"
          const unsigned char prev = static_cast<unsigned char>(t[i - 1]);
          if ((prev >= '0' && prev <= '9') || single) {  // "2.5", "59.N6", "U.S"
            dotted = dotted || (single && next.cls == kAlpha);
            i = after;
            seg_start = i;
            take(next);
            continue;
          }
        }
        if (c.c == ',' && starts_digit && next.cls == kDigit && after + 3 <= n) {  // "5,000"
          bool three = true;
          for (size_t k = after; k < after + 3; ++k) three = three && t[k] >= '0' && t[k] <= '9';
          bool fourth = after + 3 < n && t[after + 3] >= '0' && t[after + 3] <= '9';
          if (three && !fourth) {
            i = after;
            continue;
          }
        }
        if (is_apostrophe(c.c) && next.cls == kAlpha) {
          // "d'Ivoire", "O'Brien" join; "'s" followed by a non-letter splits off.
          size_t k = after + static_cast<size_t>(next.len);
          bool s_clitic = (next.c == 's' || next.c == 'S') && (k >= n || !alnum(decode(t, k).cls));
          if (!s_clitic) {
            i = after;
            take(next);
            continue;
          }
        }
        break;
      }
      // "U.S." keeps its final dot.
      if (dotted && i < n && t[i] == '.' && (i - seg_start) == 1) ++i;
      if (has_alpha) flags |= kWord;
      if (has_digit) flags |= kHasDigit;
      if (starts_digit || is_currency(decode(t, start).c)) flags |= kNumber;
      if (first_upper) flags |= kCapitalised;
      if (all_upper && letters >= 2) flags |= kAllCaps;
      emit(start, i, flags);
      continue;
    }
    // Possessive clitic: "'s" or a bare "'" after a word ending in s.
    if (is_apostrophe(cp.c) && !doc.tokens.empty() && !(pending & kSpaceBefore) && doc.tokens.back().has(kWord)) {
      size_t after = i + static_cast<size_t>(cp.len);
      if (after < n && (t[after] == 's' || t[after] == 'S') && (after + 1 >= n || !alnum(decode(t, after + 1).cls))) {
        emit(start, after + 1, kPossessive);
        i = after + 1;
        continue;
      }
      std::string_view prev = doc.norm(doc.tokens.back());
      if (!prev.empty() && prev.back() == 's' && (after >= n || !alnum(decode(t, after).cls))) {
        emit(start, after, kPossessive);
        i = after;
        continue;
      }
    }
    // Runs of dots ("..", "...") and of hyphens ("--") are one token.
    if (cp.c == '.' || cp.c == '-') {
      size_t k = i;
      while (k < n && static_cast<UChar32>(static_cast<unsigned char>(t[k])) == cp.c) ++k;
      emit(start, k, kPunct);
      i = k;
      continue;
    }
    i += static_cast<size_t>(cp.len);
    emit(start, i, kPunct);
  }
}

}  // namespace dyad
