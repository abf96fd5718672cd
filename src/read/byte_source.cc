#include "read/byte_source.h"

#include <zlib.h>
#include <zstd.h>

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
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  size_t k = src_->read(buf_.data() + old, kChunk);
  buf_.resize(old + k);
  if (k == 0) eof_ = true;
  return k > 0;
}

bool LineReader::next(std::string& line) {
  for (;;) {
    size_t nl = buf_.find('\n', pos_);
    if (nl != std::string::npos) {
      line.assign(buf_, pos_, nl - pos_);
      pos_ = nl + 1;
      break;
    }
    if (!fill()) {
      if (pos_ >= buf_.size()) return false;
      line.assign(buf_, pos_, std::string::npos);
      pos_ = buf_.size();
      break;
    }
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

void LineReader::read_all(std::string& out) {
  out.append(buf_, pos_, std::string::npos);
  pos_ = buf_.size();
  char tmp[kChunk];
  for (;;) {
    size_t k = src_->read(tmp, sizeof tmp);
    if (k == 0) break;
    out.append(tmp, k);
  }
  eof_ = true;
}

}  // namespace dyad
