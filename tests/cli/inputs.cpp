//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Inputs that cannot be read twice: a pipe given as a path (a FIFO, or /dev/stdin and /dev/fd/N,
// which is what a shell passes for `<(cat capture.http)`) is read once, from its first byte.

#include "process.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <thread>

#include <poll.h>
#include <sys/stat.h>

namespace {

using namespace std::chrono_literals;
using respolicy::test::child;
using respolicy::test::read_all;
using respolicy::test::spawn_options;

bool contains(std::string const& s, std::string_view what) {
  return s.find(what) != std::string::npos;
}

// A FIFO in a directory of its own, removed with the object.
class fifo {
 public:
  fifo() {
    std::string tmpl = respolicy::test::temp_path("fifo-XXXXXX");
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    dir_ = tmpl;
    path_ = dir_ + "/capture";
    REQUIRE(::mkfifo(path_.c_str(), 0600) == 0);
  }
  ~fifo() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  fifo(fifo const&) = delete;
  fifo& operator=(fifo const&) = delete;
  std::string const& path() const { return path_; }

  /** Opens the FIFO for writing once a reader has opened it; -1 after `limit`. */
  int open_for_writing(std::chrono::seconds limit = 30s) const {
    auto const deadline = std::chrono::steady_clock::now() + limit;
    int fd = -1;
    // Without a reader, a non-blocking open for writing fails with ENXIO.
    while ((fd = ::open(path_.c_str(), O_WRONLY | O_NONBLOCK)) < 0) {
      if (errno != ENXIO || std::chrono::steady_clock::now() > deadline) return -1;
      std::this_thread::sleep_for(5ms);
    }
    return fd;
  }

 private:
  std::string dir_, path_;
};

// Writes `bytes` to the non-blocking `fd` as the reader takes them, then closes it; gives up at
// a deadline instead of blocking. Returns the number of bytes the reader took.
std::size_t feed(int fd, std::string const& bytes, std::chrono::seconds limit = 30s) {
  if (fd < 0) return 0;
  auto const deadline = std::chrono::steady_clock::now() + limit;
  std::size_t done = 0;
  while (done < bytes.size() && std::chrono::steady_clock::now() < deadline) {
    auto const n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n > 0) {
      done += static_cast<std::size_t>(n);
    } else if (n < 0 && errno == EAGAIN) {
      pollfd p{fd, POLLOUT, 0};
      ::poll(&p, 1, 100);
    } else if (n < 0 && errno != EINTR) {
      break;  // EPIPE: the reader went away
    }
  }
  ::close(fd);
  return done;
}

// A pipe for a child's standard input, which it is told to read as /dev/stdin: what a shell
// passes as /dev/fd/N for `<(cat capture.http)`. Returns the write end, non-blocking.
int stdin_pipe(spawn_options& o) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
  ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
  o.stdin_fd = fds[0];
  return fds[1];
}

std::string const clean_204 =
    "HTTP/1.1 204 No Content\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\n\r\n";

}  // namespace

TEST_CASE("input: a pipe given as a path loses no bytes to the HAR sniffing", "[lint][input]") {
  // A reader that goes away makes write() fail with EPIPE rather than stop the tests.
  std::signal(SIGPIPE, SIG_IGN);
  std::string const corpus = RESPOLICY_CLI_CORPUS;
  auto const ok_200 = read_all(corpus + "/ok_200.http");
  REQUIRE(!ok_200.empty());

  SECTION("a clean 204 through a FIFO named on the command line") {
    fifo f;
    child c({f.path()});
    CHECK(feed(f.open_for_writing(), clean_204) == clean_204.size());
    int const status = c.wait(30s);
    INFO(c.out() << c.err());
    CHECK(status == 0);
    CHECK(contains(c.out(), "1 response in 1 input: 0 errors"));
    CHECK_FALSE(contains(c.out(), "unparseable-input"));
  }

  SECTION("1000 responses through a pipe read as /dev/stdin") {
    std::string many;
    for (int i = 0; i < 1000; ++i) many += ok_200;
    spawn_options o;
    int const w = stdin_pipe(o);
    child c({"/dev/stdin"}, o);
    ::close(o.stdin_fd);
    CHECK(feed(w, many) == many.size());
    int const status = c.wait(30s);
    INFO(c.err());
    CHECK(status == 0);
    CHECK(contains(c.out(), "1000 responses in 1 input: 0 errors"));
  }

  SECTION("an error in the first bytes of a pipe read as /dev/stdin") {
    auto input = read_all(corpus + "/405_no_allow.http");
    for (int i = 0; i < 100; ++i) input += ok_200;
    spawn_options o;
    int const w = stdin_pipe(o);
    child c({"/dev/stdin"}, o);
    ::close(o.stdin_fd);
    CHECK(feed(w, input) == input.size());
    int const status = c.wait(30s);
    INFO(c.out() << c.err());
    CHECK(status == 1);
    CHECK(contains(c.out(), "/dev/stdin#1 405"));
    CHECK(contains(c.out(), "405-allow-required"));
    CHECK(contains(c.out(), "101 responses in 1 input"));
  }

  SECTION("HAR through a FIFO is still recognized by its leading '{'") {
    auto const har = read_all(corpus + "/sample.har");
    REQUIRE(!har.empty());
    fifo f;
    child c({f.path()});
    CHECK(feed(f.open_for_writing(), har) == har.size());
    int const status = c.wait(30s);
    INFO(c.out() << c.err());
    CHECK(status == 1);
    CHECK(contains(c.out(), "405-allow-required"));
    CHECK(contains(c.out(), "4 responses in 1 input"));
  }
}
