//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Replays fuzz inputs without libFuzzer, so any compiler runs the seed corpora (and saved crash
// files) as tests:
//
//   respolicy_fuzz_replay TARGET PATH...   runs TARGET on every file PATH names (directories:
//                                          every file in them, sorted)
//   respolicy_fuzz_replay --list           names the targets linked in
//
// A failed property aborts, so the test fails and the last "replay" line names the input.

#include "fuzz_target.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy::fuzz {
namespace {

struct target {
  char const* name;
  entry_function run;
};

std::vector<target>& targets() {
  static std::vector<target> all;
  return all;
}

// Runs `f` on the file's bytes, copied into a heap buffer of exactly their size so that
// AddressSanitizer sees a read past the end, as libFuzzer's own buffer would show it.
bool replay(entry_function f, std::filesystem::path const& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.string().c_str());
    return false;
  }
  std::string const bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[bytes.size()]);
  std::memcpy(exact.get(), bytes.data(), bytes.size());
  std::printf("replay %s (%zu bytes)\n", path.string().c_str(), bytes.size());
  std::fflush(stdout);
  f(exact.get(), bytes.size());
  return true;
}

}  // namespace

registrar::registrar(char const* name, entry_function f) noexcept {
  targets().push_back({name, f});
}

}  // namespace respolicy::fuzz

int main(int argc, char** argv) {
  using namespace respolicy::fuzz;
  namespace fs = std::filesystem;
  if (argc == 2 && std::string_view(argv[1]) == "--list") {
    for (auto const& t : targets()) std::printf("%s\n", t.name);
    return 0;
  }
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s TARGET PATH...\n       %s --list\n", argv[0], argv[0]);
    return 2;
  }
  auto const it = std::find_if(targets().begin(), targets().end(), [&](target const& t) {
    return std::string_view(t.name) == argv[1];
  });
  if (it == targets().end()) {
    std::fprintf(stderr, "no fuzz target named %s here (see --list)\n", argv[1]);
    return 2;
  }
  std::size_t replayed = 0;
  for (int i = 2; i < argc; ++i) {
    fs::path const p{argv[i]};
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (auto const& e : fs::directory_iterator(p, ec))
        if (e.is_regular_file()) files.push_back(e.path());
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(p);
    }
    for (auto const& f : files) {
      if (!replay(it->run, f)) return 1;
      ++replayed;
    }
  }
  // An empty corpus would make the test pass without running anything.
  if (replayed == 0) {
    std::fprintf(stderr, "%s: no input to replay\n", argv[1]);
    return 1;
  }
  std::printf("%s: %zu inputs replayed, every property held\n", argv[1], replayed);
  return 0;
}
