#include "read/byte_source.h"

#include <sys/stat.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace dyad {

namespace {

constexpr size_t kChunk = 1 << 16;

class FileSource : public ByteSource {
 public:
  explicit FileSource(const std::string& path) {
    if (path == "-") {
      f_ = stdin;
      own_ = false;
    } else {
      f_ = std::fopen(path.c_str(), "rb");
      if (!f_) throw std::runtime_error(std::strerror(errno));
    }
  }
  ~FileSource() override {
    if (own_ && f_) std::fclose(f_);
  }
  size_t read(char* buf, size_t n) override {
    if (!pending_.empty()) {
      size_t k = std::min(n, pending_.size() - pending_pos_);
      std::memcpy(buf, pending_.data() + pending_pos_, k);
      pending_pos_ += k;
      if (pending_pos_ == pending_.size()) pending_.clear();
      return k;
    }
    size_t k = std::fread(buf, 1, n, f_);
    if (k == 0 && std::ferror(f_)) throw std::runtime_error(std::strerror(errno));
    return k;
  }
  size_t size_hint() const override {
    struct stat st;
    if (::fstat(::fileno(f_), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    const long at = std::ftell(f_);
    const size_t left = at >= 0 && st.st_size > at ? static_cast<size_t>(st.st_size - at) : 0;
    return left + pending_.size() - pending_pos_;
  }
  // Bytes already read while sniffing the format, served again first.
  void unread(std::string bytes) {
    pending_ = std::move(bytes);
    pending_pos_ = 0;
  }

 private:
  FILE* f_ = nullptr;
  bool own_ = true;
  std::string pending_;
  size_t pending_pos_ = 0;
};

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> in) : in_(std::move(in)), inbuf_(kChunk) {
    std::memset(&z_, 0, sizeof z_);
    if (inflateInit2(&z_, 16 + MAX_WBITS) != Z_OK) throw std::runtime_error("zlib initialisation failed");
  }
  ~GzipSource() override { inflateEnd(&z_); }
  size_t read(char* buf, size_t n) override {
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(n);
    while (z_.avail_out == n) {
      if (z_.avail_in == 0) {
        size_t k = in_->read(inbuf_.data(), inbuf_.size());
        if (k == 0) {
          if (!stream_end_) throw std::runtime_error("truncated gzip stream");
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(inbuf_.data());
        z_.avail_in = static_cast<uInt>(k);
      }
      if (stream_end_) {  // a further gzip member follows
        inflateReset(&z_);
        stream_end_ = false;
      }
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        stream_end_ = true;
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        throw std::runtime_error(std::string("corrupt gzip data: ") + (z_.msg ? z_.msg : "inflate failed"));
      }
    }
    return n - z_.avail_out;
  }

 private:
  std::unique_ptr<ByteSource> in_;
  std::vector<char> inbuf_;
  z_stream z_;
  bool stream_end_ = false;
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> in) : in_(std::move(in)), inbuf_(ZSTD_DStreamInSize()) {
    ctx_ = ZSTD_createDCtx();
    if (!ctx_) throw std::runtime_error("zstd initialisation failed");
    input_ = {inbuf_.data(), 0, 0};
  }
  ~ZstdSource() override { ZSTD_freeDCtx(ctx_); }
  size_t read(char* buf, size_t n) override {
    ZSTD_outBuffer out = {buf, n, 0};
    while (out.pos == 0) {
      if (input_.pos == input_.size) {
        size_t k = in_->read(inbuf_.data(), inbuf_.size());
        if (k == 0) {
          if (last_ret_ != 0) throw std::runtime_error("truncated zstd stream");
          break;
        }
        input_ = {inbuf_.data(), k, 0};
      }
      size_t ret = ZSTD_decompressStream(ctx_, &out, &input_);
      if (ZSTD_isError(ret)) throw std::runtime_error(std::string("corrupt zstd data: ") + ZSTD_getErrorName(ret));
      last_ret_ = ret;
    }
    return out.pos;
  }

 private:
  std::unique_ptr<ByteSource> in_;
  std::vector<char> inbuf_;
  ZSTD_DCtx* ctx_ = nullptr;
  ZSTD_inBuffer input_;
  size_t last_ret_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> open_source(const std::string& path) {
  auto file = std::make_unique<FileSource>(path);
  // Sniff the magic number, then serve the sniffed bytes again.
  std::string head(4, '\0');
  size_t got = 0;
  while (got < head.size()) {
    size_t k = file->read(head.data() + got, head.size() - got);
    if (k == 0) break;
    got += k;
  }
  head.resize(got);
  const bool gz =
      got >= 2 && static_cast<unsigned char>(head[0]) == 0x1f && static_cast<unsigned char>(head[1]) == 0x8b;
  const bool zst = got >= 4 && static_cast<unsigned char>(head[0]) == 0x28 &&
                   static_cast<unsigned char>(head[1]) == 0xb5 && static_cast<unsigned char>(head[2]) == 0x2f &&
                   static_cast<unsigned char>(head[3]) == 0xfd;
  file->unread(std::move(head));
  if (gz) return std::make_unique<GzipSource>(std::move(file));
  if (zst) return std::make_unique<ZstdSource>(std::move(file));
  return file;
}

bool LineReader::fill() {
  if (eof_) return false;
  if (pos_ > 0) {  // drop the lines served (only a partial line is moved)
    buf_.erase(0, pos_);
    scanned_ -= pos_;
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  size_t k = src_->read(buf_.data() + old, kChunk);
  buf_.resize(old + k);
  if (k == 0) eof_ = true;
  return k > 0;
}

bool LineReader::next(std::string_view& line) {
  // Invariant: pos_ <= scanned_ <= buf_.size().
  if (scanned_ < pos_) scanned_ = pos_;
  for (;;) {
    const void* nl = std::memchr(buf_.data() + scanned_, '\n', buf_.size() - scanned_);
    if (nl) {
      const size_t end = static_cast<size_t>(static_cast<const char*>(nl) - buf_.data());
      line = std::string_view(buf_).substr(pos_, end - pos_);
      pos_ = scanned_ = end + 1;
      break;
    }
    scanned_ = buf_.size();
    if (!fill()) {
      if (pos_ >= buf_.size()) return false;
      line = std::string_view(buf_).substr(pos_);
      pos_ = scanned_ = buf_.size();
      break;
    }
  }
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return true;
}

bool LineReader::next(std::string& line) {
  std::string_view v;
  if (!next(v)) return false;
  line.assign(v);
  return true;
}

void LineReader::read_all(std::string& out) {
  // Read straight into `out`, sized once from the source's hint (then grown if the
  // hint was short), rather than through a chunk buffer appended piece by piece.
  const size_t buffered = buf_.size() - pos_;
  out.reserve(out.size() + buffered + src_->size_hint() + kSlack);
  out.append(buf_, pos_, std::string::npos);
  pos_ = scanned_ = buf_.size();
  for (;;) {
    const size_t old = out.size();
    if (out.capacity() - old < kChunk + kSlack) {
      // Little room left (the hint was exact, or there was none): probe with a
      // chunk on the stack, so that reaching the end costs no reallocation.
      char tmp[kChunk];
      const size_t k = src_->read(tmp, sizeof tmp);
      if (k == 0) break;
      out.reserve(std::max(out.capacity() * 2, old + k + kChunk + kSlack));
      out.append(tmp, k);
      continue;
    }
    // Read into the spare capacity (resize, then shrink to what was read), keeping kSlack spare.
    const size_t room = out.capacity() - old - kSlack;
    out.resize(old + room);
    size_t k = 0;
    try {
      k = src_->read(out.data() + old, room);
    } catch (...) {
      out.resize(old);
      throw;
    }
    out.resize(old + k);
    if (k == 0) break;
  }
  eof_ = true;
}

}  // namespace dyad
