// ByteSource: a stream of bytes from a file or standard input, decompressing
// gzip and zstd transparently (detected by their magic numbers).
#ifndef DYAD_READ_BYTE_SOURCE_H_
#define DYAD_READ_BYTE_SOURCE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace dyad {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes; returns 0 at the end. Throws std::runtime_error on error.
  virtual size_t read(char* buf, size_t n) = 0;
  // How many bytes are likely left (a regular file's size), 0 when unknown: lets
  // LineReader::read_all size its buffer once instead of growing it.
  virtual size_t size_hint() const { return 0; }
};

// Opens `path` ("-" for standard input). Throws std::runtime_error with a reason.
std::unique_ptr<ByteSource> open_source(const std::string& path);

// Reads lines ('\n'-terminated, '\r' stripped) from a ByteSource with one buffer.
class LineReader {
 public:
  // Bytes of spare capacity read_all() leaves after the text (for parsers that read past the end).
  static constexpr size_t kSlack = 64;

  explicit LineReader(std::unique_ptr<ByteSource> src) : src_(std::move(src)) {}
  // Serves the lines of `text`, already in memory, without copying it.
  explicit LineReader(std::string text) : buf_(std::move(text)), eof_(true) {}
  // Returns false at the end of input.
  bool next(std::string& line);
  // The same, as a view into the buffer: valid until the next call.
  bool next(std::string_view& line);
  // How many bytes past the end of `line` (the last view from next()) may be read:
  // the buffer's spare capacity included (the bytes there are unspecified).
  size_t readable_after(std::string_view line) const {
    return static_cast<size_t>(buf_.data() + buf_.capacity() - (line.data() + line.size()));
  }
  // Appends everything left to `out`, leaving at least kSlack bytes of spare capacity.
  void read_all(std::string& out);

 private:
  bool fill();
  std::unique_ptr<ByteSource> src_;
  std::string buf_;
  size_t pos_ = 0;
  size_t scanned_ = 0;  // buf_[pos_, scanned_) has no '\n': the next search starts at scanned_
  bool eof_ = false;
};

}  // namespace dyad

#endif  // DYAD_READ_BYTE_SOURCE_H_
