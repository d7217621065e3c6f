//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_SUPPORT_TEMP_FILE_HPP
#define RESPOLICY_TESTS_SUPPORT_TEMP_FILE_HPP

// Files the tests write for a program to read (a capture, a CA certificate), under $TMPDIR.

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <unistd.h>

namespace respolicy::test {

/** A path of its own under $TMPDIR (else /tmp) for this process, ending in `tag`. */
inline std::string temp_path(std::string const& tag) {
  static int counter = 0;
  char const* dir = std::getenv("TMPDIR");
  return std::string(dir && *dir ? dir : "/tmp") + "/respolicy-test-" + std::to_string(::getpid()) +
         "-" + std::to_string(++counter) + "-" + tag;
}

/** A file under temp_path() holding `bytes`, removed with the object. */
class temp_file {
 public:
  temp_file(std::string const& tag, std::string const& bytes) : path_(temp_path(tag)) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~temp_file() { std::remove(path_.c_str()); }
  temp_file(temp_file const&) = delete;
  temp_file& operator=(temp_file const&) = delete;
  std::string const& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace respolicy::test

#endif
