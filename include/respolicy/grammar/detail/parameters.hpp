//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_DETAIL_PARAMETERS_HPP
#define RESPOLICY_GRAMMAR_DETAIL_PARAMETERS_HPP

/** @file
    Parameters, `name=value` pairs, in the forms the HTTP fields use them:

    - media-type parameters (RFC 9110 §5.6.6): `*( OWS ";" OWS [ token "=" ( token / quoted-string )
   ] )`
    - transfer-parameters (RFC 9112 §7): `*( OWS ";" OWS token BWS "=" BWS ( token / quoted-string )
   )`
    - link-params (RFC 8288 §3): `*( OWS ";" OWS token BWS [ "=" BWS ( token / quoted-string ) ] )`
    - disposition-parms (RFC 6266 §4.1): `*( ";" token "=" value )`, implied linear whitespace
    - auth-params (RFC 9110 §11.2): `token BWS "=" BWS ( token / quoted-string )`, in a `#` list

    BWS is whitespace a recipient accepts and a sender must not generate (RFC 9110 §5.6.3): the
    parsers accept it and say they saw it.
*/

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list_iterator.hpp>

#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>

namespace respolicy::grammar {

/** One parameter. Views into the parsed value. */
struct parameter {
  std::string_view name;
  /** The value as written: a token, or a quoted-string with its quotes and escapes; empty when
      the parameter has no value (link-params may omit it). */
  std::string_view value;
  bool quoted = false;     ///< the value is a quoted-string
  bool has_value = false;  ///< an "=" and a value follow the name
  bool bws = false;        ///< whitespace around "=" (BWS: accepted, never generated)

  /** The value without quotes; quoted-pairs are still escaped. */
  constexpr std::string_view raw() const noexcept { return quoted ? unquote_raw(value) : value; }

  /** True when the name is `lower_name`, case-insensitively. */
  constexpr bool is(std::string_view lower_name) const noexcept {
    return iequals(name, lower_name);
  }

  /** True when the value, unescaped, equals `s` case-insensitively. */
  constexpr bool value_iequals(std::string_view s) const noexcept {
    auto const v = raw();
    std::size_t j = 0;
    for (std::size_t i = 0; i < v.size(); ++i, ++j) {
      char ch = v[i];
      if (quoted && ch == '\\' && i + 1 < v.size()) ch = v[++i];
      if (j >= s.size()) return false;
      char a = ch, b = s[j];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
      if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
      if (a != b) return false;
    }
    return j == s.size();
  }
};

/** Which parameter form a field uses. */
struct parameter_syntax {
  bool bws = false;             ///< BWS around "=" is accepted (and reported in parameter::bws)
  bool optional_value = false;  ///< "=" value may be left out (link-param)
  bool empty_allowed = false;   ///< ";" may be followed by no parameter (media-type)
  bool stop_at_comma = false;   ///< the parameters end at a "," (list elements)
};

inline constexpr parameter_syntax media_type_parameters{false, false, true, false};
inline constexpr parameter_syntax transfer_parameters{true, false, false, true};
inline constexpr parameter_syntax link_parameters{true, true, false, true};
inline constexpr parameter_syntax disposition_parameters{true, false, false, false};
inline constexpr parameter_syntax auth_parameters{true, false, false, true};

namespace detail {

/** Reads `token ["=" (token / quoted-string)]` at `c.pos`, per `syn`. */
constexpr result<parameter> parse_parameter(cursor& c, parameter_syntax syn) noexcept {
  parameter p;
  p.name = c.token();
  if (p.name.empty()) return fail(error::syntax, c.pos, "expected a parameter name (token)");
  auto const after_name = c.pos;
  if (syn.bws) c.skip_ows();
  if (!c.consume('=')) {
    if (syn.optional_value) {
      c.pos = after_name;
      return p;
    }
    return fail(error::syntax, c.pos, "expected '=' after the parameter name");
  }
  auto const before_value = c.pos;
  if (syn.bws) c.skip_ows();
  p.bws = c.pos != before_value || before_value != after_name + 1;
  p.has_value = true;
  if (c.peek() == '"') {
    p.value = c.quoted_string();
    if (p.value.empty())
      return fail(error::syntax, c.pos,
                  c.done() ? "unterminated quoted-string" : "invalid byte in quoted-string");
    p.quoted = true;
    return p;
  }
  p.value = c.token();
  if (p.value.empty())
    return fail(error::syntax, c.pos, "expected a token or a quoted-string as parameter value");
  return p;
}

/** Reads one `OWS ";" OWS [ parameter ]` step at `c.pos`. Returns false (and leaves `c.pos`
    where it was) when no ";" follows; on a ";" sets `p` (name empty for an empty parameter). */
constexpr result<bool> parameter_step(cursor& c, parameter_syntax syn, parameter& p) noexcept {
  auto const start = c.pos;
  c.skip_ows();
  if (!c.consume(';')) {
    c.pos = start;
    return false;
  }
  c.skip_ows();
  if (syn.empty_allowed &&
      (c.done() || c.peek() == ';' || (syn.stop_at_comma && c.peek() == ','))) {
    p = parameter{};
    return true;
  }
  auto r = parse_parameter(c, syn);
  if (!r) return r.error();
  p = *r;
  return true;
}

/** parameter_range's list_iterator step: the next non-empty parameter, by parameter_step(). */
struct parameters_step {
  using value_type = parameter;
  parameter_syntax syn;

  constexpr std::size_t operator()(std::string_view s, std::size_t& pos,
                                   parameter& p) const noexcept {
    cursor c{s, pos};
    for (;;) {
      auto r = parameter_step(c, syn, p);
      if (!r || !*r) return std::string_view::npos;
      if (!p.name.empty()) break;  // an empty parameter (`;;`) is skipped
    }
    pos = c.pos;
    return static_cast<std::size_t>(p.name.data() - s.data());
  }
};

}  // namespace detail

/** The parameters of a value that has been parsed already, read again one by one when iterated;
    empty parameters (`text/plain;;a=b`) are skipped. */
class parameter_range {
 public:
  constexpr parameter_range() noexcept = default;
  constexpr parameter_range(std::string_view text, parameter_syntax syn, std::size_t count) noexcept
      : text_(text), syn_(syn), count_(count) {}

  /** The text of the parameters, from the first ";" to the end of the last parameter. */
  constexpr std::string_view text() const noexcept { return text_; }
  constexpr std::size_t size() const noexcept { return count_; }
  constexpr bool empty() const noexcept { return count_ == 0; }

  /** A forward iterator over the parameters. */
  using iterator = detail::list_iterator<detail::parameters_step>;

  constexpr iterator begin() const noexcept { return iterator(text_, {syn_}); }
  constexpr iterator end() const noexcept { return iterator(); }

  /** The first parameter named `lower_name` (case-insensitive), if any. */
  constexpr std::optional<parameter> find(std::string_view lower_name) const noexcept {
    for (auto const& p : *this)
      if (p.is(lower_name)) return p;
    return std::nullopt;
  }
  /** How many parameters are named `lower_name`. */
  constexpr std::size_t count(std::string_view lower_name) const noexcept {
    std::size_t n = 0;
    for (auto const& p : *this) n += p.is(lower_name);
    return n;
  }

 private:
  std::string_view text_;
  parameter_syntax syn_{};
  std::size_t count_ = 0;
};

namespace detail {

/** What parse_parameters() found. */
struct parameters_info {
  parameter_range range;
  bool bws = false;
};

/** Reads `*( OWS ";" OWS [ parameter ] )` at `c.pos` and leaves `c.pos` after the last one;
    `on_param(p, offset)` sees each parameter and returns parse_error{} to go on. */
template <class F>
constexpr result<parameters_info> parse_parameters(cursor& c, parameter_syntax syn,
                                                   F&& on_param) noexcept {
  auto const start = c.pos;
  auto end = c.pos;
  std::size_t count = 0;
  bool bws = false;
  for (;;) {
    parameter p;
    auto r = parameter_step(c, syn, p);
    if (!r) return r.error();
    if (!*r) break;
    end = c.pos;
    if (p.name.empty()) continue;
    ++count;
    bws |= p.bws;
    auto const at = static_cast<std::size_t>(p.name.data() - c.s.data());
    if (parse_error const e = on_param(p, at); !e.what.empty()) return e;
  }
  c.pos = end;
  return parameters_info{parameter_range(c.s.substr(start, end - start), syn, count), bws};
}

/** Reads `*( OWS ";" OWS [ parameter ] )` without looking at the parameters. */
constexpr result<parameters_info> parse_parameters(cursor& c, parameter_syntax syn) noexcept {
  return parse_parameters(c, syn, [](parameter const&, std::size_t) { return parse_error{}; });
}

/** Reads a comment (RFC 9110 §5.6.5) at `c.pos`, parentheses included; comments nest, to any
    depth (a counter, no recursion).

        comment = "(" *( ctext / quoted-pair / comment ) ")"
        ctext   = HTAB / SP / %x21-27 / %x2A-5B / %x5D-7E / obs-text
*/
constexpr result<std::string_view> parse_comment(cursor& c) noexcept {
  auto const start = c.pos;
  if (!c.consume('(')) return fail(error::syntax, c.pos, "expected '(' to open a comment");
  std::size_t depth = 1;
  while (!c.done()) {
    char const ch = c.peek();
    if (ch == '(') {
      ++depth;
    } else if (ch == ')') {
      if (--depth == 0) {
        ++c.pos;
        return c.s.substr(start, c.pos - start);
      }
    } else if (ch == '\\') {
      if (c.pos + 1 >= c.s.size()) break;
      char const q = c.s[c.pos + 1];
      if (!(q == '\t' || q == ' ' || is_vchar(q) || is_obs_text(q)))
        return fail(error::syntax, c.pos + 1, "invalid quoted-pair in comment");
      ++c.pos;
    } else if (!(ch == '\t' || ch == ' ' || is_vchar(ch) || is_obs_text(ch))) {
      return fail(error::syntax, c.pos, "invalid byte in comment");
    }
    ++c.pos;
  }
  return fail(error::syntax, c.s.size(), "unterminated comment");
}

}  // namespace detail
}  // namespace respolicy::grammar

#endif
