//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy-docgen [FILE]: writes docs/rules.md (to FILE, or to standard output).

#include "rules_markdown.hpp"

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  auto const md = respolicy::docgen::rules_markdown();
  if (argc < 2) {
    std::cout << md;
    return 0;
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << md;
  if (!out) {
    std::cerr << "respolicy-docgen: cannot write " << argv[1] << '\n';
    return 2;
  }
  return 0;
}
