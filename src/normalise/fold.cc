// Folding: the normalised view of a token used for matching. ASCII takes a fast
// path; other text goes through ICU (NFKD, drop combining marks, case fold) and
// typographic punctuation is mapped to ASCII.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "dyad/text.h"

namespace dyad {

namespace {

// Typographic punctuation with an ASCII equivalent.
UChar32 ascii_punct(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
    case 0x0060:
    case 0x00B4:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x00A0:
    case 0x2009:
    case 0x202F:
      return ' ';
    default:
      return -1;
  }
}

}  // namespace

void fold(std::string_view s, std::string& out) {
  // ASCII fast path: lower-case while checking for non-ASCII bytes; on any,
  // drop what was written and take the ICU path.
  const size_t base = out.size();
  out.resize(base + s.size());
  char* dst = out.data() + base;
  unsigned char any = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    any |= c;
    dst[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if (!(any & 0x80)) return;
  out.resize(base);
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString d;
  status = U_ZERO_ERROR;
  if (nfkd) nfkd->normalize(u, d, status);
  if (!nfkd || U_FAILURE(status)) d = u;
  icu::UnicodeString folded;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    UChar32 p = ascii_punct(c);
    if (p >= 0) {
      folded.append(p);
      continue;
    }
    folded.append(u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  folded.toUTF8String(out);
}

std::string fold(std::string_view s) {
  std::string out;
  fold(s, out);
  return out;
}

}  // namespace dyad
