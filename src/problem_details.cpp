//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/basic.hpp>
#include <respolicy/problem_details.hpp>
#include <respolicy/status.hpp>

#include <string>
#include <string_view>

namespace respolicy {

void append_json_string(std::string& out, std::string_view s) {
  constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    char const c = s[i];
    auto const u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      auto const n = grammar::detail::utf8_length(s, i);
      if (n == 0) {
        out += "\\ufffd";
        ++i;
      } else {
        out.append(s.data() + i, n);
        i += n;
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20) {
          out += "\\u00";
          out += hex[u >> 4];
          out += hex[u & 0xf];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

std::string to_json(int code, problem_details const& p) {
  std::string out = "{";
  auto member = [&](std::string_view name, std::string_view value) {
    if (value.empty()) return;
    if (out.size() > 1) out += ',';
    append_json_string(out, name);
    out += ':';
    append_json_string(out, value);
  };
  member("type", p.type);
  // RFC 9457 §4.2.1: with type about:blank, title is the status code's phrase.
  auto const* s = find_status(code);
  bool const blank = p.type.empty() || p.type == "about:blank";
  member("title", !p.title.empty() ? std::string_view(p.title)
                  : blank && s     ? s->reason
                                   : std::string_view{});
  if (out.size() > 1) out += ',';
  out += "\"status\":";
  out += std::to_string(code);
  member("detail", p.detail);
  member("instance", p.instance);
  out += "}";
  return out;
}

}  // namespace respolicy
