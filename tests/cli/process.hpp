//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_CLI_PROCESS_HPP
#define RESPOLICY_TESTS_CLI_PROCESS_HPP

// Runs respolicy-lint (or a server for it to probe) as a child process (POSIX), its output
// captured in temporary files.

#include "support/temp_file.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace respolicy::test {

inline std::string read_all(std::string const& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

/** How a child runs: where its standard streams go, and its limits. */
struct spawn_options {
  std::string stdin_path = {};  ///< standard input; /dev/null when empty
  int stdin_fd = -1;            ///< or this descriptor of the test process
  int stdout_fd = -1;           ///< standard output: this descriptor, else a file that out() reads
  int max_files = 0;            ///< the child's RLIMIT_NOFILE (set with `ulimit -n`); 0: inherited
  std::string exe = {};         ///< the program; respolicy-lint when empty
};

/** A running respolicy-lint (or another program: spawn_options::exe). */
class child {
 public:
  child(std::vector<std::string> const& args, std::string const& stdin_path = {})
      : child(args, spawn_options{.stdin_path = stdin_path}) {}

  child(std::vector<std::string> const& args, spawn_options const& o)
      : out_(temp_path("out")), err_(temp_path("err")) {
    std::string exe = o.exe.empty() ? std::string(RESPOLICY_LINT_EXE) : o.exe;
    std::vector<std::string> words;
    if (o.max_files > 0)
      words = {"/bin/sh", "-c",
               "ulimit -n " + std::to_string(o.max_files) + " && exec \"$0\" \"$@\""};
    words.push_back(exe);
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (o.stdin_fd >= 0)
      posix_spawn_file_actions_adddup2(&fa, o.stdin_fd, 0);
    else
      posix_spawn_file_actions_addopen(
          &fa, 0, o.stdin_path.empty() ? "/dev/null" : o.stdin_path.c_str(), O_RDONLY, 0);
    if (o.stdout_fd >= 0)
      posix_spawn_file_actions_adddup2(&fa, o.stdout_fd, 1);
    else
      posix_spawn_file_actions_addopen(&fa, 1, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    // The child starts with SIGPIPE at its default action, as from a shell, even when the test
    // ignores it.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t def;
    sigemptyset(&def);
    sigaddset(&def, SIGPIPE);
    posix_spawnattr_setsigdefault(&attr, &def);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
    if (posix_spawn(&pid_, argv[0], &fa, &attr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
  }

  ~child() {
    if (pid_ > 0 && status_ < 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    std::remove(out_.c_str());
    std::remove(err_.c_str());
  }

  child(child const&) = delete;
  child& operator=(child const&) = delete;

  /** Waits at most `limit` for the exit; returns the exit status, or -1 when it had to be killed
      (or did not start). */
  int wait(std::chrono::seconds limit = std::chrono::seconds(60)) {
    if (pid_ <= 0) return -1;
    auto const deadline = std::chrono::steady_clock::now() + limit;
    while (status_ < 0) {
      int st = 0;
      pid_t const r = ::waitpid(pid_, &st, WNOHANG);
      if (r == pid_) {
        signal_ = WIFSIGNALED(st) ? WTERMSIG(st) : 0;
        status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + signal_;
        break;
      }
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        status_ = -1;
        return -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return status_;
  }

  /** Asks the child to stop, as an interrupted run would be. */
  void terminate() {
    if (pid_ > 0 && status_ < 0) ::kill(pid_, SIGTERM);
  }

  /** The signal that ended the child, or 0 when it exited (after wait()). */
  int signal() const { return signal_; }

  std::string out() const { return read_all(out_); }
  std::string err() const { return read_all(err_); }

 private:
  pid_t pid_ = -1;
  int status_ = -1;
  int signal_ = 0;
  std::string out_, err_;
};

struct result {
  int status;
  std::string out;
  std::string err;
};

inline result run_lint(std::vector<std::string> const& args, std::string const& stdin_path = {}) {
  child c(args, stdin_path);
  int const st = c.wait();
  return {st, c.out(), c.err()};
}

}  // namespace respolicy::test

#endif
