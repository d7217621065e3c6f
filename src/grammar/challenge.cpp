//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/challenge.hpp>

#include <respolicy/grammar/detail/name_set.hpp>

namespace respolicy::grammar {
namespace {

constexpr bool is_token68_char(char c) noexcept {
  return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' ||
         c == '/';
}

// True when `token BWS "="` starts at `c.pos`: the next auth-param of the same challenge.
bool at_auth_param(cursor c) noexcept {
  if (c.token().empty()) return false;
  c.skip_ows();
  return c.peek() == '=';
}

}  // namespace

namespace detail {

result<parameter> parse_auth_param(cursor& c) noexcept {
  if (c.done()) return fail(error::syntax, c.pos, "expected an auth-param");
  return parse_parameter(c, auth_parameters);
}

result<challenge> parse_challenge(cursor& c) noexcept {
  challenge ch;
  auto const s = c.s;
  ch.scheme = c.token();
  if (ch.scheme.empty()) return fail(error::syntax, c.pos, "expected an auth-scheme (token)");
  auto const after_scheme = c.pos;
  if (c.peek() == '\t') {
    c.skip_ows();
    if (!c.done() && c.peek() != ',')
      return fail(error::syntax, after_scheme,
                  "the auth-scheme is followed by SP, not HTAB, before its parameters");
    c.pos = after_scheme;
    return ch;
  }
  while (c.peek() == ' ') ++c.pos;  // 1*SP
  if (c.pos == after_scheme) return ch;
  if (c.done() || c.peek() == ',' || c.peek() == '\t') {
    c.pos = after_scheme;  // OWS before the next challenge or the end
    return ch;
  }
  auto const start = c.pos;

  // token68, when it stands alone up to the next comma or the end.
  auto j = start;
  while (j < s.size() && is_token68_char(s[j])) ++j;
  if (j > start) {
    while (j < s.size() && s[j] == '=') ++j;
    auto k = j;
    while (k < s.size() && is_ows(s[k])) ++k;
    if (k == s.size() || s[k] == ',') {
      ch.token68 = s.substr(start, j - start);
      c.pos = j;
      return ch;
    }
  }

  // #auth-param, up to the comma before the next challenge.
  list_counts n;
  auto p = parse_auth_param(c);
  if (!p) return p.error();
  ++n.elements;
  ch.bws |= p->bws;
  auto end = c.pos;
  for (;;) {
    c.skip_ows();
    if (!c.consume(',')) break;
    std::size_t empties = 0;
    for (c.skip_ows(); c.peek() == ','; c.skip_ows()) {
      ++c.pos;
      ++empties;
    }
    if (c.done() || !at_auth_param(c)) break;
    p = parse_auth_param(c);
    if (!p) return p.error();
    ++n.elements;
    n.empty += empties;
    ch.bws |= p->bws;
    end = c.pos;
  }
  c.pos = end;
  ch.params = auth_param_list(s.substr(start, end - start), n);
  return ch;
}

}  // namespace detail

result<challenge_list> parse_challenges(std::string_view s) noexcept {
  auto r = detail::parse_list<challenge>(s, &detail::parse_challenge, detail::accept_all{});
  if (!r) return r.error();
  return challenge_list(s, *r);
}

result<auth_param_list> parse_auth_params(std::string_view s) noexcept {
  auto r = detail::parse_list<parameter>(s, &detail::parse_auth_param, detail::accept_all{});
  if (!r) return r.error();
  return auth_param_list(s, *r);
}

std::optional<parameter> find_duplicate_parameter(auth_param_list const& params) noexcept {
  detail::name_set<max_compared_parameters> seen;
  for (auto const& p : params)
    if (!seen.insert(p.name)) return p;
  return std::nullopt;
}

}  // namespace respolicy::grammar
