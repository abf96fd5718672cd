// Little-endian binary reading and writing for the model file.
#ifndef DYAD_PARSE_BINARY_H_
#define DYAD_PARSE_BINARY_H_

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dyad::parse {

inline void put_bytes(std::string& out, const void* p, size_t n) {
  out.append(static_cast<const char*>(p), n);
}
inline void put_u16(std::string& out, uint16_t v) {
  const unsigned char b[2] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8)};
  put_bytes(out, b, 2);
}
inline void put_u32(std::string& out, uint32_t v) {
  put_u16(out, static_cast<uint16_t>(v));
  put_u16(out, static_cast<uint16_t>(v >> 16));
}
inline void put_u64(std::string& out, uint64_t v) {
  put_u32(out, static_cast<uint32_t>(v));
  put_u32(out, static_cast<uint32_t>(v >> 32));
}
inline void put_f32(std::string& out, float f) {
  uint32_t v;
  std::memcpy(&v, &f, 4);
  put_u32(out, v);
}
inline void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

inline void need(std::string_view in, size_t n) {
  if (in.size() < n) throw std::runtime_error("truncated model file");
}
inline uint16_t get_u16(std::string_view& in) {
  need(in, 2);
  const auto* b = reinterpret_cast<const unsigned char*>(in.data());
  in.remove_prefix(2);
  return static_cast<uint16_t>(b[0] | (b[1] << 8));
}
inline uint32_t get_u32(std::string_view& in) {
  const uint32_t lo = get_u16(in);
  return lo | (static_cast<uint32_t>(get_u16(in)) << 16);
}
inline uint64_t get_u64(std::string_view& in) {
  const uint64_t lo = get_u32(in);
  return lo | (static_cast<uint64_t>(get_u32(in)) << 32);
}
inline float get_f32(std::string_view& in) {
  const uint32_t v = get_u32(in);
  float f;
  std::memcpy(&f, &v, 4);
  return f;
}
inline std::string_view get_str(std::string_view& in) {
  const uint32_t n = get_u32(in);
  need(in, n);
  std::string_view s = in.substr(0, n);
  in.remove_prefix(n);
  return s;
}

}  // namespace dyad::parse

#endif  // DYAD_PARSE_BINARY_H_
