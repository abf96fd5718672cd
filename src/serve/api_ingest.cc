// POST /api/ingest: JSONL documents coded and stored as by `dyad ingest` —
// idempotent by content hash — only with the write token. The body goes to a
// temporary file that the ingest loop reads like any input; one ingest runs at
// a time, beside any number of reads.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "dyad/ingest.h"
#include "dyad/json.h"
#include "serve/api.h"

namespace dyad::serve {

namespace {

// Compares in time independent of where the strings differ.
bool same_secret(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() != b.size();
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// Removes the temporary file however the request ends.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) ::unlink(path.c_str());
  }
};

}  // namespace

ApiReply post_ingest(ApiContext& c, const ApiRequest& r) {
  if (!c.writer) throw HttpError(403, "this server is read-only: start it with --write-token (or DYAD_WRITE_TOKEN)");
  const std::string prefix = "Bearer ";
  if (!r.authorization.starts_with(prefix) ||
      !same_secret(r.authorization.substr(prefix.size()), c.options.write_token))
    throw HttpError(401, "POST /api/ingest needs the header Authorization: Bearer <write token>");
  if (r.body.empty()) throw HttpError(400, "the body is empty: send JSONL documents, one a line");

  TempFile tmp;
  std::string pattern = (std::filesystem::temp_directory_path() / "dyad-ingest-XXXXXX").string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw std::runtime_error("cannot make a temporary file for the ingest");
  tmp.path = pattern;
  for (size_t done = 0; done < r.body.size();) {
    const ssize_t n = ::write(fd, r.body.data() + done, r.body.size() - done);
    if (n <= 0) {
      ::close(fd);
      throw std::runtime_error("cannot write the temporary file for the ingest");
    }
    done += static_cast<size_t>(n);
  }
  ::close(fd);

  IngestOptions opt;
  opt.inputs = {tmp.path};
  opt.read.format = InputFormat::kJsonl;
  char* err_buf = nullptr;
  size_t err_size = 0;
  std::FILE* err = ::open_memstream(&err_buf, &err_size);
  if (!err) throw std::runtime_error("cannot collect the ingest's messages");
  IngestStats s;
  try {
    std::lock_guard lock(c.write_mu);
    s = ingest(*c.options.pipeline, *c.writer, opt, err);
  } catch (...) {
    std::fclose(err);
    std::free(err_buf);
    throw;
  }
  std::fclose(err);
  std::string messages(err_buf ? err_buf : "", err_size);
  std::free(err_buf);

  ApiReply reply;
  std::string& out = reply.body;
  out = "{\"read\":" + std::to_string(s.read) + ",\"added\":" + std::to_string(s.added) +
        ",\"already_stored\":" + std::to_string(s.skipped) + ",\"rejected\":" + std::to_string(s.rejected) +
        ",\"mentions\":" + std::to_string(s.mentions) + ",\"transfers\":" + std::to_string(s.transfers) +
        ",\"groups\":" + std::to_string(s.groups) + ",\"errors\":[";
  // "FILE:LINE: reason" with the temporary file's name replaced by "body".
  bool first = true;
  for (size_t at = 0; at < messages.size();) {
    size_t nl = messages.find('\n', at);
    if (nl == std::string::npos) nl = messages.size();
    std::string line = messages.substr(at, nl - at);
    at = nl + 1;
    if (line.empty()) continue;
    if (line.starts_with(tmp.path)) line = "body" + line.substr(tmp.path.size());
    if (!first) out.push_back(',');
    first = false;
    append_json_string(out, line);
  }
  out += "]}";
  return reply;
}

}  // namespace dyad::serve
