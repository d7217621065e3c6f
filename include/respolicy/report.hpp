//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_REPORT_HPP
#define RESPOLICY_REPORT_HPP

#include <respolicy/export.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/severity.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy {

/** A string of at most `N` bytes stored inline; longer text is cut and ends in "...". It lets a
    diagnostic carry specifics without owning heap memory or pointing into the response. */
template <std::size_t N>
class small_text {
  static_assert(N >= 4 && N < 256, "small_text holds 4 to 255 bytes");

 public:
  constexpr small_text() noexcept = default;
  /** The text `s`, cut to the capacity. */
  constexpr small_text(std::string_view s) noexcept { assign(s); }

  /** Replaces the text with `s`, cut to the capacity. */
  constexpr void assign(std::string_view s) noexcept {
    size_ = 0;
    append(s);
  }

  /** Appends `s`; what does not fit is cut, and the last three bytes become "...". */
  constexpr void append(std::string_view s) noexcept {
    std::size_t const room = N - size_;
    std::size_t const n = s.size() < room ? s.size() : room;
    std::copy_n(s.data(), n, data_ + size_);  // one block copy: diagnostics are built often
    size_ = static_cast<std::uint8_t>(size_ + n);
    if (n < s.size()) std::fill_n(data_ + N - 3, 3, '.');
  }

  /** The text. */
  constexpr std::string_view view() const noexcept { return {data_, size_}; }
  constexpr operator std::string_view() const noexcept { return view(); }
  /** True when there is no text. */
  constexpr bool empty() const noexcept { return size_ == 0; }
  /** The most bytes held. */
  static constexpr std::size_t capacity() noexcept { return N; }

 private:
  char data_[N]{};
  std::uint8_t size_ = 0;
};

/** One finding: which rule, how severe, what is wrong and where the RFC says so.

    A diagnostic owns its text: `message` and `citation` point to static strings (or to a house
    rule's strings, owned by its policy), and `field` and `detail` are stored inline.
*/
struct diagnostic {
  /** `line` when the finding concerns no one field line. */
  static constexpr std::uint16_t no_line = 0xffff;

  std::string_view rule;  ///< the catalog id, or a house rule's id
  /** How the policy reports the rule. */
  respolicy::severity severity = respolicy::severity::error;
  std::string_view message;   ///< what is wrong, in general terms
  std::string_view citation;  ///< "RFC 9110 §15.5.6"
  small_text<40> field;       ///< the field concerned, when there is one
  small_text<120> detail;     ///< the specifics of this response: values, sizes
  /** The field line at fault, when the rule knows it: its index in the response's fields, or
      fields.size() + i for trailer line i. With `no_line` the finding names the field only (its
      first line, or all of them, is meant). */
  std::uint16_t line = no_line;
  bool repaired = false;  ///< a repair fixed it; the report still lists it
  /** The catalog entry of `rule`, when the maker of the diagnostic knew it (validate() does);
      nullptr otherwise. Set it together with `rule`, or not at all. */
  rule_info const* entry = nullptr;

  /** The catalog entry, or nullptr for a house rule. */
  rule_info const* info() const noexcept { return entry ? entry : find_rule(rule); }

  /** The finding of catalog rule `r` at severity `s`, with its summary and citation. */
  static diagnostic of(rule_index r, respolicy::severity s, std::string_view field = {},
                       std::string_view detail = {}) noexcept {
    auto const& i = r.info();
    diagnostic d;
    d.rule = i.id;
    d.entry = &i;
    d.severity = s;
    d.message = i.summary;
    d.citation = i.citation;
    d.field.assign(field);
    d.detail.assign(detail);
    return d;
  }
};

/** Everything `validate()` found in one response, in the order the rules ran.

    A report of a response that passes holds no diagnostic and owns no heap memory.

    @par Example
    @code
    respolicy::report rep = respolicy::validate(res);
    if (!rep.ok()) std::cerr << rep.to_string();
    @endcode
*/
class RESPOLICY_DECL report {
 public:
  /** Iterates over the diagnostics. */
  using const_iterator = std::vector<diagnostic>::const_iterator;

  /** True when no diagnostic is an error. */
  bool ok() const noexcept { return worst() < severity::error; }

  /** True when there is no diagnostic at all. */
  bool empty() const noexcept { return items_.empty(); }
  /** The number of diagnostics. */
  std::size_t size() const noexcept { return items_.size(); }

  /** The first diagnostic. */
  const_iterator begin() const noexcept { return items_.begin(); }
  /** Past the last diagnostic. */
  const_iterator end() const noexcept { return items_.end(); }
  /** The diagnostic at `i`. */
  diagnostic const& operator[](std::size_t i) const noexcept { return items_[i]; }

  /** The first diagnostic of `rule`, or nullptr. */
  diagnostic const* find(std::string_view rule) const noexcept;

  /** True when some diagnostic names `rule`. */
  bool has(std::string_view rule) const noexcept { return find(rule) != nullptr; }

  /** How many diagnostics have severity `s`. */
  std::size_t count(severity s) const noexcept;

  /** The highest severity in the report, `off` when empty. */
  severity worst() const noexcept;

  /** One line per diagnostic: `error no-content-204: message (detail) [RFC 9110 §15.3.5]`. */
  std::string to_string() const;

  /** Appends `d`. */
  void add(diagnostic const& d) { items_.push_back(d); }
  /** Makes room for `n` diagnostics in all, so that adding up to `n` allocates no more. */
  void reserve(std::size_t n) { items_.reserve(n); }
  /** Removes every diagnostic, keeping the memory. */
  void clear() noexcept { items_.clear(); }

 private:
  std::vector<diagnostic> items_;
};

RESPOLICY_DECL std::ostream& operator<<(std::ostream& os, diagnostic const& d);
RESPOLICY_DECL std::ostream& operator<<(std::ostream& os, report const& r);

}  // namespace respolicy

#endif
