//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Writes respolicy-lint's man page (man(7) macros) from the text of --help, so that the two
// cannot disagree. Usage: respolicy-lint-make-man VERSION OUTPUT
//
// The text's layout: the synopsis ("usage: " and the lines under it), paragraphs of description,
// then headings ("Input:") over option lines ("  --opt ARG   what it does", continued on lines
// indented further), and a closing "Exit status: ..." paragraph.

#include "usage_text.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Text for roff: backslashes and hyphens escaped, a leading control character neutralized.
std::string roff(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: respolicy-lint-make-man VERSION OUTPUT\n";
    return 2;
  }
  std::vector<std::string> lines;
  std::istringstream in(respolicy::lint::usage_text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);

  std::ostringstream man;
  man << ".\\\" Generated from respolicy-lint --help (tools/lint/usage.txt); do not edit.\n"
      << ".TH RESPOLICY-LINT 1 \"\" \"respolicy " << argv[1] << "\" \"User Commands\"\n"
      << ".SH NAME\nrespolicy\\-lint \\- check HTTP responses against RFC 9110, 9111 and 9112\n"
      << ".SH SYNOPSIS\n.nf\n";
  std::size_t i = 0;
  for (; i < lines.size() && !lines[i].empty(); ++i) {
    std::string_view l = lines[i];
    if (l.starts_with("usage: ")) l.remove_prefix(7);
    man << roff(trim(l)) << '\n';
  }
  man << ".fi\n.SH DESCRIPTION\n";
  bool options = false;
  for (; i < lines.size(); ++i) {
    std::string_view const l = lines[i];
    if (l.empty()) {
      if (!options) man << ".PP\n";
      continue;
    }
    if (l.front() != ' ' && l.find(':') != std::string_view::npos) {
      auto const colon = l.find(':');
      auto const heading = l.substr(0, colon);
      auto const rest = trim(l.substr(colon + 1));
      if (heading == "Exit status") {
        man << ".SH EXIT STATUS\n";
        options = false;
        if (!rest.empty()) man << roff(rest) << '\n';
        continue;
      }
      if (rest.empty()) {
        if (!options) man << ".SH OPTIONS\n";
        options = true;
        man << ".SS " << roff(heading) << '\n';
        continue;
      }
    }
    if (options && l.starts_with("  -")) {
      // The option, then (after two spaces or more) what it does.
      auto const body = l.substr(2);
      auto const gap = body.find("  ");
      man << ".TP\n\\fB" << roff(trim(body.substr(0, gap))) << "\\fR\n";
      if (gap != std::string_view::npos) man << roff(trim(body.substr(gap))) << '\n';
      continue;
    }
    man << roff(trim(l)) << '\n';
  }
  man << ".SH SEE ALSO\n\\fBcurl\\fR(1); docs/lint.md and docs/rules.md in the respolicy sources\n";

  std::ofstream out(argv[2], std::ios::binary);
  out << man.str();
  out.close();
  if (!out) {
    std::cerr << "respolicy-lint-make-man: cannot write " << argv[2] << '\n';
    return 1;
  }
  return 0;
}
