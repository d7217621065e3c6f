//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_DETAIL_LIST_HPP
#define RESPOLICY_GRAMMAR_DETAIL_LIST_HPP

/** @file
    `#rule` lists (RFC 9110 §5.6.1) parsed element by element with a cursor, so that an element
    may itself contain commas (a challenge's auth-params, a Via comment, a Link target), and read
    back through a forward iterator that parses each element again on demand: no list ever
    allocates.
*/

#include <respolicy/grammar/basic.hpp>

#include <cstddef>
#include <iterator>
#include <string_view>

namespace respolicy::grammar {

/** How many elements a `#rule` list holds, and how many empty ones (`a, , b`): recipients skip
    empty elements, senders must not generate them (RFC 9110 §5.6.1.1). Empty elements are
    counted as basic.hpp's token_list counts them: one per comma with no element before it, and
    one for a trailing comma (`,` and `a,` have one each, `a,,b` one, `,,` two). */
struct list_counts {
  std::size_t elements = 0;
  std::size_t empty = 0;

  friend constexpr bool operator==(list_counts const&, list_counts const&) noexcept = default;
};

namespace detail {

/** Parses one element at `c.pos` and leaves `c.pos` just after it. */
template <class T>
using element_parser = result<T> (*)(cursor&) noexcept;

/** Parses `#element` (RFC 9110 §5.6.1, recipient form: `[ element ] *( OWS "," OWS [ element ] )`)
    with `parse` for each element, calling `on_element(value, offset)` for each one. `on_element`
    returns `parse_error{}` (an empty `what`) to go on, or the error that ends the walk; the walk
    also stops at the first element that does not parse. */
template <class T, class F>
constexpr result<list_counts> parse_list(std::string_view s, element_parser<T> parse,
                                         F&& on_element) noexcept {
  cursor c{s};
  list_counts n;
  c.skip_ows();
  if (c.done()) return n;  // an empty list
  for (;;) {
    if (c.peek() == ',') {
      ++n.empty;
      ++c.pos;
      c.skip_ows();
      if (c.done()) break;  // counted like token_list: one empty element per comma
      continue;
    }
    auto const at = c.pos;
    auto r = parse(c);
    if (!r) return r.error();
    ++n.elements;
    if (parse_error const e = on_element(*r, at); !e.what.empty()) return e;
    c.skip_ows();
    if (c.done()) break;
    if (!c.consume(',')) return fail(error::syntax, c.pos, "expected ',' or the end of the list");
    c.skip_ows();
    if (c.done()) {
      ++n.empty;  // a trailing comma
      break;
    }
  }
  return n;
}

/** An `on_element` for parse_list that accepts everything. */
struct accept_all {
  template <class T>
  constexpr parse_error operator()(T const&, std::size_t) const noexcept {
    return {};
  }
};

/** Moves `c` past OWS, commas and empty elements to the start of the next element; false at the
    end of the list. */
constexpr bool skip_to_element(cursor& c) noexcept {
  while (!c.done() && (is_ows(c.peek()) || c.peek() == ',')) ++c.pos;
  return !c.done();
}

/** Reads one element at `c.pos` into `v` with an element parser. */
template <class T>
constexpr bool read_element(element_parser<T> parse, cursor& c, T& v) noexcept {
  auto r = parse(c);
  if (r) v = *r;
  return r.has_value();
}

/** Reads one element at `c.pos` into `v` with a reader that fills an element in place. */
template <class T>
constexpr bool read_element(bool (*read)(cursor&, T&, parse_error&) noexcept, cursor& c,
                            T& v) noexcept {
  parse_error e;
  return read(c, v, e);
}

/** The list_iterator step of the lists read with a cursor: skips what separates the elements
    (OWS and commas in a `#rule` list, RFC 9110 §5.6.1; OWS alone in a list of products and
    comments, §10.1.5) and reads the element with `Read`, an element_parser<T> or a
    `bool (*)(cursor&, T&, parse_error&)`. The list was checked with the same reader, so a
    failure, which ends the iteration, happens only on a value that was not. */
template <class T, auto Read, bool Commas = true>
struct read_step {
  using value_type = T;
  constexpr std::size_t operator()(std::string_view s, std::size_t& pos, T& v) const noexcept {
    cursor c{s, pos};
    if constexpr (Commas)
      skip_to_element(c);
    else
      c.skip_ows();
    if (c.done()) return std::string_view::npos;
    auto const at = c.pos;
    if (!read_element(Read, c, v)) return std::string_view::npos;
    pos = c.pos;
    return at;
  }
};

}  // namespace detail

/** The elements of a `#rule` list that has been parsed already: a view of the field value, read
    again element by element when iterated. `Parse` is the element parser the list was checked
    with, so iteration cannot fail.

    @code
    auto r = respolicy::grammar::parse_upgrade("h2c, websocket");
    for (auto const& p : *r) use(p.name);
    @endcode
*/
template <class T, detail::element_parser<T> Parse>
class list_view {
 public:
  using value_type = T;

  constexpr list_view() noexcept = default;
  constexpr list_view(std::string_view text, list_counts counts) noexcept
      : text_(text), counts_(counts) {}

  /** The value the list was parsed from. */
  constexpr std::string_view text() const noexcept { return text_; }
  /** The number of (non-empty) elements. */
  constexpr std::size_t size() const noexcept { return counts_.elements; }
  constexpr bool empty() const noexcept { return counts_.elements == 0; }
  /** The number of empty elements (`a, , b` has one). */
  constexpr std::size_t empty_elements() const noexcept { return counts_.empty; }
  constexpr list_counts counts() const noexcept { return counts_; }

  /** A forward iterator over the elements; iterator::offset() is where the current one starts
      in text(). */
  using iterator = detail::list_iterator<detail::read_step<T, Parse>>;

  constexpr iterator begin() const noexcept { return iterator(text_); }
  constexpr iterator end() const noexcept { return iterator(); }

 private:
  std::string_view text_;
  list_counts counts_;
};

}  // namespace respolicy::grammar

#endif
