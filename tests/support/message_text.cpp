//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "message_text.hpp"

#include <respolicy/status.hpp>

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace respolicy::test {
namespace {

std::vector<std::string_view> lines_of(std::string_view text, std::string_view& body) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    auto const nl = text.find('\n');
    auto const line = text.substr(0, nl);
    if (line.empty() && !lines.empty()) {
      body = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
      return lines;
    }
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  body = {};
  return lines;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  throw std::invalid_argument("bad \\x escape in test text");
}

int parse_version(std::string_view v) {
  // "HTTP/1.1" -> 11; "HTTP/2" -> 20 and "HTTP/3" -> 30, as response_view has them
  if (v == "HTTP/2" || v == "HTTP/3") return (v[5] - '0') * 10;
  if (v.size() != 8 || !v.starts_with("HTTP/"))
    throw std::invalid_argument("bad version in test text");
  return (v[5] - '0') * 10 + (v[7] - '0');
}

}  // namespace

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    switch (s[++i]) {
      case 'r': out += '\r'; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '0': out += '\0'; break;
      case '\\': out += '\\'; break;
      case 'x':
        if (i + 2 >= s.size()) throw std::invalid_argument("short \\x escape in test text");
        out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
        i += 2;
        break;
      default: out += '\\'; out += s[i];
    }
  }
  return out;
}

owned_response::owned_response(std::string_view text) {
  std::string_view body;
  auto const lines = lines_of(text, body);
  if (lines.empty()) throw std::invalid_argument("empty response text");
  auto first = lines[0];
  if (first.starts_with("HTTP/")) {
    auto const end = std::min(first.find(' '), first.size());
    view.version = parse_version(first.substr(0, end));
    first.remove_prefix(std::min(end + 1, first.size()));
  }
  auto const sp = first.find(' ');
  auto const code = first.substr(0, sp);
  if (std::from_chars(code.data(), code.data() + code.size(), view.status).ec != std::errc{})
    throw std::invalid_argument("bad status in test text");
  if (sp == std::string_view::npos) {
    if (auto const* s = find_status(view.status)) view.reason = s->reason;
  } else if (first.substr(sp + 1) != "\"\"") {
    view.reason = strings_.emplace_back(unescape(first.substr(sp + 1)));
  }
  bool size_set = false;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    auto line = lines[i];
    bool const trailer = line.starts_with('~');
    if (trailer) line.remove_prefix(1);
    // A pseudo-header field (":status: 200") starts with its colon.
    bool const pseudo = line.size() > 1 && line[0] == ':' && line[1] >= 'a' && line[1] <= 'z';
    auto const colon = line.find(':', pseudo ? 1 : 0);
    if (colon == std::string_view::npos) throw std::invalid_argument("field line without a colon");
    auto name = line.substr(0, colon);
    auto value = line.substr(colon + 1);
    if (value.starts_with(' ')) value.remove_prefix(1);
    if (name == "@size") {
      size_set = true;
      if (value == "unknown") {
        view.body_size.reset();
      } else {
        std::uint64_t n = 0;
        std::from_chars(value.data(), value.data() + value.size(), n);
        view.body_size = n;
      }
      continue;
    }
    field_view f{strings_.emplace_back(unescape(name)), strings_.emplace_back(unescape(value))};
    (trailer ? trailers_ : fields_).push_back(f);
  }
  view.body = strings_.emplace_back(unescape(body));
  if (!size_set) view.body_size = view.body.size();
  view.fields = fields_;
  view.trailers = trailers_;
}

owned_request::owned_request(std::string_view text) {
  std::string_view body;
  auto const lines = lines_of(text, body);
  if (lines.empty()) throw std::invalid_argument("empty request text");
  auto first = lines[0];
  auto const sp = first.find(' ');
  context.method = strings_.emplace_back(first.substr(0, sp));
  if (sp != std::string_view::npos)
    context.version = first.substr(sp + 1) == "HTTP/?" ? 0 : parse_version(first.substr(sp + 1));
  for (std::size_t i = 1; i < lines.size(); ++i) {
    auto const colon = lines[i].find(':');
    if (colon == std::string_view::npos) throw std::invalid_argument("field line without a colon");
    auto value = lines[i].substr(colon + 1);
    if (value.starts_with(' ')) value.remove_prefix(1);
    fields_.push_back(
        {strings_.emplace_back(lines[i].substr(0, colon)), strings_.emplace_back(unescape(value))});
  }
  context.fields = fields_;
}

policy make_policy(std::string_view config) {
  policy p = policy::standard();
  while (!config.empty()) {
    auto const sp = config.find(' ');
    auto const word = config.substr(0, sp);
    config = sp == std::string_view::npos ? std::string_view{} : config.substr(sp + 1);
    if (word.empty()) continue;
    if (word == "strict")
      p = policy::strict();
    else if (word == "minimal")
      p = policy::minimal();
    else if (word == "proxy")
      p.role(server_role::proxy);
    else if (word == "gateway")
      p.role(server_role::gateway);
    else if (word == "no-clock")
      p.has_clock(false);
    else if (word == "non-persistent")
      p.persistent_connections(false);
    else
      throw std::invalid_argument("unknown policy word in test config");
  }
  return p;
}

}  // namespace respolicy::test
