//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_CACHE_CONTROL_HPP
#define RESPOLICY_GRAMMAR_CACHE_CONTROL_HPP

/** @file
    Cache-Control (RFC 9111 §5.2).

    @code
    Cache-Control   = #cache-directive
    cache-directive = token [ "=" ( token / quoted-string ) ]
    @endcode

    Directive names are compared case-insensitively. Known directives, with their argument:

    | directive              | argument                        | in     | defined in          |
    |------------------------|---------------------------------|--------|---------------------|
    | max-age                | delta-seconds (token form)      | both   | RFC 9111 §5.2.1.1,
   §5.2.2.1 | | max-stale              | optional delta-seconds          | request| RFC 9111
   §5.2.1.2   | | min-fresh              | delta-seconds (token form)      | request| RFC 9111
   §5.2.1.3   | | no-cache               | none (request); optional field names, quoted form
   (response) | both | §5.2.1.4, §5.2.2.4 | | no-store               | none | both   | §5.2.1.5,
   §5.2.2.5  | | no-transform           | none                            | both   | §5.2.1.6,
   §5.2.2.6  | | only-if-cached         | none                            | request| §5.2.1.7 | |
   must-revalidate        | none                            | response | §5.2.2.2          | |
   must-understand        | none                            | response | §5.2.2.3          | |
   private                | optional field names, quoted form | response | §5.2.2.7        | |
   proxy-revalidate       | none                            | response | §5.2.2.8          | |
   public                 | none                            | response | §5.2.2.9          | |
   s-maxage               | delta-seconds (token form)      | response | §5.2.2.10         | |
   immutable              | none                            | response | RFC 8246 §2       | |
   stale-while-revalidate | delta-seconds                   | response | RFC 5861 §3       | |
   stale-if-error         | delta-seconds                   | both   | RFC 5861 §4         |

    Any other token is an extension directive (RFC 9111 §5.2.3), kept with its argument.

    The parser checks the list grammar only: `max-age="5"` and `public=1` parse (recipients accept
    both argument forms, RFC 9111 §5.2), and a checker reads `cache_directive::quoted` and
    `cache_directive::has_argument` to flag them. Lenient as a recipient: empty list elements and
    OWS at either end are accepted, an empty value is an empty list. No whitespace around `=`.
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/grammar/detail/list.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>

namespace respolicy::grammar {

/** The known cache directives; `extension` for any other name. */
enum class cache_directive_id : std::uint8_t {
  max_age,
  max_stale,
  min_fresh,
  must_revalidate,
  must_understand,
  no_cache,
  no_store,
  no_transform,
  only_if_cached,
  private_,
  proxy_revalidate,
  public_,
  s_maxage,
  immutable,
  stale_while_revalidate,
  stale_if_error,
  extension,
};

/** What argument a known directive takes in a response (RFC 9111 §5.2.2; RFC 5861; RFC 8246). */
enum class cache_argument : std::uint8_t {
  none,           ///< no argument is defined (nor allowed)
  delta_seconds,  ///< required delta-seconds, token form
  optional_delta_seconds,
  optional_field_names,  ///< optional `#field-name`, quoted form
  any,                   ///< an extension: whatever its definition says
};

/** The lower-case name of a known directive; empty for `extension`. */
constexpr std::string_view name_of(cache_directive_id id) noexcept {
  switch (id) {
    case cache_directive_id::max_age: return "max-age";
    case cache_directive_id::max_stale: return "max-stale";
    case cache_directive_id::min_fresh: return "min-fresh";
    case cache_directive_id::must_revalidate: return "must-revalidate";
    case cache_directive_id::must_understand: return "must-understand";
    case cache_directive_id::no_cache: return "no-cache";
    case cache_directive_id::no_store: return "no-store";
    case cache_directive_id::no_transform: return "no-transform";
    case cache_directive_id::only_if_cached: return "only-if-cached";
    case cache_directive_id::private_: return "private";
    case cache_directive_id::proxy_revalidate: return "proxy-revalidate";
    case cache_directive_id::public_: return "public";
    case cache_directive_id::s_maxage: return "s-maxage";
    case cache_directive_id::immutable: return "immutable";
    case cache_directive_id::stale_while_revalidate: return "stale-while-revalidate";
    case cache_directive_id::stale_if_error: return "stale-if-error";
    case cache_directive_id::extension: return {};
  }
  return {};
}

/** The argument a known directive takes in a response. */
constexpr cache_argument argument_of(cache_directive_id id) noexcept {
  switch (id) {
    case cache_directive_id::max_age:
    case cache_directive_id::min_fresh:
    case cache_directive_id::s_maxage:
    case cache_directive_id::stale_while_revalidate:
    case cache_directive_id::stale_if_error: return cache_argument::delta_seconds;
    case cache_directive_id::max_stale: return cache_argument::optional_delta_seconds;
    case cache_directive_id::no_cache:
    case cache_directive_id::private_: return cache_argument::optional_field_names;
    case cache_directive_id::extension: return cache_argument::any;
    default: return cache_argument::none;
  }
}

/** True for the directives RFC 9111 §5.2.1 defines for requests only. */
constexpr bool request_only(cache_directive_id id) noexcept {
  return id == cache_directive_id::max_stale || id == cache_directive_id::min_fresh ||
         id == cache_directive_id::only_if_cached;
}

namespace detail {

/** A known directive name as up to three words, and masks that fold case at its letters only:
    `(word | mask) == name word` is then an exact case-insensitive comparison. */
struct directive_name_words {
  std::uint64_t word[3] = {};
  std::uint64_t mask[3] = {};
};

inline constexpr auto directive_names = [] {
  struct table {
    directive_name_words at[static_cast<std::size_t>(cache_directive_id::extension)];
  } t{};
  for (std::size_t i = 0; i < std::size(t.at); ++i) {
    auto const n = name_of(static_cast<cache_directive_id>(i));
    for (std::size_t k = 0; k * 8 < n.size(); ++k) {
      auto const len = n.size() - k * 8 < 8 ? n.size() - k * 8 : 8;
      t.at[i].word[k] = load_le(n.data() + k * 8, len);
      for (std::size_t j = 0; j < len; ++j)
        if (n[k * 8 + j] >= 'a' && n[k * 8 + j] <= 'z')
          t.at[i].mask[k] |= std::uint64_t{0x20} << (8 * j);
    }
  }
  return t;
}();

/** True when `s` is the name of `id`, case-insensitively (`s` has that name's length). */
constexpr bool is_directive(std::string_view s, cache_directive_id id) noexcept {
  auto const& w = directive_names.at[static_cast<std::size_t>(id)];
  bool same = true;
  for (std::size_t k = 0; k * 8 < s.size(); ++k) {
    auto const len = s.size() - k * 8 < 8 ? s.size() - k * 8 : 8;
    same &= (load_le(s.data() + k * 8, len) | w.mask[k]) == w.word[k];
  }
  return same;
}

}  // namespace detail

namespace detail {

/** The one known directive a name of `size` bytes can be, told by a letter or two (`at(i)` is
    the name's byte i, lower-cased if a letter); extension when there is none of that size. */
template <class At>
constexpr cache_directive_id directive_candidate(std::size_t size, At at) noexcept {
  using enum cache_directive_id;
  switch (size) {
    case 6: return public_;
    case 7: return at(0) == 'm' ? max_age : private_;
    case 8: return at(0) == 's' ? s_maxage : at(3) == 'c' ? no_cache : no_store;
    case 9: return at(0) == 'i' ? immutable : at(1) == 'a' ? max_stale : min_fresh;
    case 12: return no_transform;
    case 14: return at(0) == 'o' ? only_if_cached : stale_if_error;
    case 15: return at(5) == 'r' ? must_revalidate : must_understand;
    case 16: return proxy_revalidate;
    case 22: return stale_while_revalidate;
    default: return extension;
  }
}

}  // namespace detail

/** Maps a directive name to its id, case-insensitively. */
constexpr cache_directive_id lookup_cache_directive(std::string_view name) noexcept {
  // Dispatch on the length and a letter, then one comparison of whole words.
  auto const id = detail::directive_candidate(
      name.size(), [&](std::size_t i) { return static_cast<char>(name[i] | 0x20); });
  return id != cache_directive_id::extension && detail::is_directive(name, id)
             ? id
             : cache_directive_id::extension;
}

namespace detail {

/** The common case of a directive name, tried first: a known name of at most 8 bytes at c.pos,
    read as one word, followed by what ends a token in a valid value (OWS, ',', '=', a control
    byte or the end). The name's bytes are all tchar and the byte after it is not, so it is
    exactly the token that cursor::token() would read. False, with c unchanged, otherwise. */
constexpr bool read_short_directive_name(cursor& c, cache_directive_id& id,
                                         std::string_view& name) noexcept {
  auto const left = c.s.size() - c.pos;
  auto const len = left < 8 ? left : 8;
  auto const w =
      load_le(c.s.data() + c.pos, len);  // the bytes past the end read as 0, a control byte
  auto const ends = byte_below_mask(w, 0x21) | byte_mask(w, ',') | byte_mask(w, '=');
  if (ends == 0) return false;  // 8 bytes or more: the general path
  auto const n = static_cast<std::size_t>(std::countr_zero(ends)) / 8;  // exact, at most 7
  auto const byte = [&](std::size_t i) { return static_cast<char>((w >> (8 * i)) | 0x20); };
  auto const candidate = directive_candidate(n, byte);
  if (candidate == cache_directive_id::extension) return false;
  auto const& known = directive_names.at[static_cast<std::size_t>(candidate)];
  auto const name_bytes = w & ((std::uint64_t{1} << (8 * n)) - 1);
  if ((name_bytes | known.mask[0]) != known.word[0]) return false;
  id = candidate;
  name = c.s.substr(c.pos, n);
  c.pos += n;
  return true;
}

}  // namespace detail

/** One directive of a Cache-Control value; its views refer into the value. */
struct cache_directive {
  /** The directive, or `extension` for one the registry does not list. */
  cache_directive_id id = cache_directive_id::extension;
  std::string_view name;      ///< as written
  std::string_view argument;  ///< the token, or the quoted-string's content (escapes kept)
  bool has_argument = false;  ///< `name=...`
  bool quoted = false;        ///< the argument is in quoted-string form
  std::size_t offset = 0;     ///< where the directive starts in the value

  /** The argument as delta-seconds, in either form (recipients accept both, RFC 9111 §5.2);
      error::empty when there is no argument. */
  constexpr result<delta_seconds> delta() const noexcept {
    if (!has_argument) return fail(error::empty, offset, "no argument");
    return parse_delta_seconds(argument);
  }
  /** The field names of a qualified no-cache or private (`no-cache="Set-Cookie, X-A"`), or of a
      token-form argument: a token list; error::syntax when the argument is not `#field-name`. */
  constexpr result<token_list> field_names() const noexcept { return parse_token_list(argument); }
};

namespace detail {

/** Reads one cache-directive at c.pos (at a tchar); on failure `e` says where and why. */
constexpr bool read_cache_directive(cursor& c, cache_directive& d, parse_error& e) noexcept {
  d.offset = c.pos;
  if (!read_short_directive_name(c, d.id, d.name)) {
    d.name = c.token();
    if (d.name.empty()) return e = fail(error::syntax, c.pos, "expected a directive name"), false;
    d.id = lookup_cache_directive(d.name);
  }
  d.has_argument = d.quoted = false;
  d.argument = {};
  if (!c.consume('=')) return true;
  d.has_argument = true;
  if (c.peek() == '"') {
    auto const q = c.quoted_string();
    if (q.empty()) return e = fail(error::syntax, c.pos, "malformed quoted-string argument"), false;
    d.quoted = true;
    d.argument = unquote_raw(q);
    return true;
  }
  d.argument = c.token();
  if (d.argument.empty())
    return e = fail(error::syntax, c.pos, "expected a token or quoted-string after '='"), false;
  return true;
}

}  // namespace detail

/** A validated Cache-Control value: iterate its directives, or ask the summary it keeps of the
    known ones. Nothing is allocated; the value must outlive it.

    @code
    auto cc = respolicy::grammar::parse_cache_control("public, max-age=3600");
    if (cc && cc->has(cache_directive_id::no_store)) ...;
    for (auto const& d : *cc) std::cout << d.name << '\n';
    @endcode
*/
class cache_control {
 public:
  /** A forward iterator over the directives. */
  using iterator =
      detail::list_iterator<detail::read_step<cache_directive, &detail::read_cache_directive>,
                            cache_directive const&>;

  constexpr cache_control() noexcept = default;

  /** The first element. */
  constexpr iterator begin() const noexcept { return iterator(value_); }
  /** Past the last element. */
  constexpr iterator end() const noexcept { return {}; }
  /** The number of directives. */
  constexpr std::size_t size() const noexcept { return size_; }
  /** True when there is no element. */
  constexpr bool empty() const noexcept { return size_ == 0; }
  /** The number of empty list elements (", ,"), which a recipient ignores. */
  constexpr std::size_t empty_elements() const noexcept { return empty_elements_; }
  /** The field value parsed. */
  constexpr std::string_view value() const noexcept { return value_; }

  /** The bit of directive `id` in the set of those present. */
  static constexpr std::uint32_t bit(cache_directive_id id) noexcept {
    return std::uint32_t{1} << static_cast<unsigned>(id);
  }
  /** One bit() per directive present (`extension` for any unknown one). */
  constexpr std::uint32_t present() const noexcept { return present_; }
  /** One bit() per directive present more than once (unknown names are not compared). */
  constexpr std::uint32_t repeated() const noexcept { return repeated_; }
  /** True when directive `id` is present. */
  constexpr bool has(cache_directive_id id) const noexcept { return (present_ & bit(id)) != 0; }
  /** One bit() per directive that occurs without an argument at least once. */
  constexpr std::uint32_t bare() const noexcept { return bare_; }
  /** One bit() per directive that occurs with a token argument at least once. */
  constexpr std::uint32_t token_form() const noexcept { return token_form_; }
  /** One bit() per directive that occurs with a quoted-string argument at least once. */
  constexpr std::uint32_t quoted_form() const noexcept { return quoted_form_; }

  /** The first max-age's argument as delta-seconds; nothing when absent or not delta-seconds. */
  constexpr std::optional<delta_seconds> max_age() const noexcept { return delta(0); }
  /** The first s-maxage's argument as delta-seconds; nothing when absent or not delta-seconds. */
  constexpr std::optional<delta_seconds> s_maxage() const noexcept { return delta(1); }
  /** True when a no-cache without field names is present (it applies to the whole response). */
  constexpr bool no_cache_unqualified() const noexcept { return (flags_ & no_cache_bare) != 0; }

 private:
  friend result<cache_control> parse_cache_control(std::string_view s) noexcept;
  enum : std::uint8_t {
    max_age_valid = 1,
    s_maxage_valid = 2,
    max_age_saturated = 4,
    s_maxage_saturated = 8,
    no_cache_bare = 16,
  };

  constexpr std::optional<delta_seconds> delta(int i) const noexcept {
    if (!(flags_ & (i == 0 ? max_age_valid : s_maxage_valid))) return std::nullopt;
    return delta_seconds{seconds_[i],
                         (flags_ & (i == 0 ? max_age_saturated : s_maxage_saturated)) != 0};
  }

  // Small and plain: filled from locals at the end of the parse, copied out in a few moves.
  std::string_view value_;
  std::uint32_t present_ = 0;
  std::uint32_t repeated_ = 0;
  std::uint32_t bare_ = 0;
  std::uint32_t token_form_ = 0;
  std::uint32_t quoted_form_ = 0;
  std::uint32_t size_ = 0;
  std::uint32_t empty_elements_ = 0;
  std::uint32_t seconds_[2] = {};  // max-age, s-maxage
  std::uint8_t flags_ = 0;
};

/** Parses a Cache-Control value; see the file comment for what it accepts. */
[[nodiscard]] RESPOLICY_DECL result<cache_control> parse_cache_control(std::string_view s) noexcept;

}  // namespace respolicy::grammar

#endif
