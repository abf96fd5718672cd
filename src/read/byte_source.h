// ByteSource: a stream of bytes from a file or standard input, decompressing
// gzip and zstd transparently (detected by their magic numbers).
#ifndef DYAD_READ_BYTE_SOURCE_H_
#define DYAD_READ_BYTE_SOURCE_H_

#include <cstddef>
#include <memory>
#include <string>

namespace dyad {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes; returns 0 at the end. Throws std::runtime_error on error.
  virtual size_t read(char* buf, size_t n) = 0;
};

// Opens `path` ("-" for standard input). Throws std::runtime_error with a reason.
std::unique_ptr<ByteSource> open_source(const std::string& path);

// Reads lines ('\n'-terminated, '\r' stripped) from a ByteSource with one buffer.
class LineReader {
 public:
  explicit LineReader(std::unique_ptr<ByteSource> src) : src_(std::move(src)) {}
  // Returns false at the end of input.
  bool next(std::string& line);
  // Appends everything left to `out`.
  void read_all(std::string& out);

 private:
  bool fill();
  std::unique_ptr<ByteSource> src_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
};

}  // namespace dyad

#endif  // DYAD_READ_BYTE_SOURCE_H_
