//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy-docgen [FILE]: writes docs/rules.md (to FILE, or to standard output).

#include "rules_markdown.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  auto const md = respolicy::docgen::rules_markdown();
  if (argc < 2) {
    std::cout << md;
    return 0;
  }
  std::filesystem::path const path(argv[1]);
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary);
  out << md;
  if (!out) {
    std::cerr << "respolicy-docgen: cannot write " << argv[1] << '\n';
    return 2;
  }
  return 0;
}
