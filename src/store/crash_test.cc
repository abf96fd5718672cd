// Crash safety: `dyad ingest` killed with SIGKILL mid-run, then rerun, leaves
// exactly the documents, mentions and events of an uninterrupted ingest.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Runs `dyad ingest` on `corpus` into `store`; returns the child's pid.
pid_t spawn_ingest(const std::string& corpus, const std::string& store) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = ::open("/dev/null", O_WRONLY);
    dup2(devnull, STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    execl(DYAD_BINARY, DYAD_BINARY, "ingest", "--quiet", "--batch", "7", "--store", store.c_str(), corpus.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(StoreCrash, KillDuringIngestThenRerunGivesExactCounts) {
  const fs::path dir = fs::temp_directory_path() / ("dyad_crash_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string corpus = (dir / "corpus.jsonl").string();
  constexpr int kDocs = 1500;
  {
    std::ofstream out(corpus);
    const char* countries[] = {"Russia", "France", "Mali", "China", "Niger", "Turkey"};
    for (int i = 0; i < kDocs; ++i) {
      const char* a = countries[i % 6];
      const char* b = countries[(i / 6 + 1 + i % 6) % 6];
      out << "{\"id\":\"d" << i << "\",\"date\":\"2022-03-" << (10 + i % 19) << "\",\"text\":\"" << a << " accused "
          << b << " of violating the ceasefire, officials said in report " << i << ". " << b
          << " delivered two helicopters to " << a << " on Monday.\"}\n";
    }
  }
  const std::string crashed = (dir / "crashed.db").string(), clean = (dir / "clean.db").string();

  const pid_t pid = spawn_ingest(corpus, crashed);
  // Wait until some batches are committed, then kill without warning.
  uint64_t committed = 0;
  for (int i = 0; i < 600 && committed == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (fs::exists(crashed)) {
      try {
        committed = open_store(crashed)->info().documents;
      } catch (const StoreError&) {
        // Not yet migrated, or busy: try again.
      }
    }
  }
  ::kill(pid, SIGKILL);
  wait_exit(pid);
  ASSERT_GT(committed, 0u) << "ingest committed nothing within 30 s";
  const uint64_t after_kill = open_store(crashed)->info().documents;
  EXPECT_LT(after_kill, static_cast<uint64_t>(kDocs)) << "ingest finished before it was killed";

  ASSERT_EQ(wait_exit(spawn_ingest(corpus, crashed)), 0);
  ASSERT_EQ(wait_exit(spawn_ingest(corpus, clean)), 0);
  const StoreInfo a = open_store(crashed)->info(), b = open_store(clean)->info();
  EXPECT_EQ(a.documents, static_cast<uint64_t>(kDocs));
  EXPECT_EQ(a.documents, b.documents);
  EXPECT_EQ(a.sentences, b.sentences);
  EXPECT_EQ(a.mentions, b.mentions);
  EXPECT_EQ(a.transfers, b.transfers);
  EXPECT_EQ(a.actors, b.actors);
  EXPECT_EQ(a.events, b.events);
  EXPECT_EQ(a.pending_groups, 0u);
  EXPECT_GT(a.mentions, 0u);

  // A third run adds nothing.
  ASSERT_EQ(wait_exit(spawn_ingest(corpus, crashed)), 0);
  EXPECT_EQ(open_store(crashed)->info().documents, static_cast<uint64_t>(kDocs));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
