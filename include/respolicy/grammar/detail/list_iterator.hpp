//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_DETAIL_LIST_ITERATOR_HPP
#define RESPOLICY_GRAMMAR_DETAIL_LIST_ITERATOR_HPP

/** @file
    The one forward iterator of every list value the grammar reads back after checking it: the
    `#rule` lists (RFC 9110 §5.6.1) of token_list, cache_control, entity_tag_list and list_view,
    the `;` parameters of parameter_range and the products and comments of product_list. What
    differs between them is how the next element is found and read, a "step"; the iterator is
    the same. Nothing is allocated: the iterator holds a view of the value and the current
    element.
*/

#include <cstddef>
#include <iterator>
#include <string_view>

namespace respolicy::grammar::detail {

/** A forward iterator over the elements of a list value that has been checked already.

    `Step` finds and reads the next element:
    @code
    struct step {
      using value_type = ...;
      // Reads the first element at or after `pos` into `value`, moves `pos` past it and returns
      // the offset where it starts; npos when there is no element left.
      constexpr std::size_t operator()(std::string_view s, std::size_t& pos,
                                       value_type& value) const noexcept;
    };
    @endcode
    A step may hold state (the parameter syntax of a parameter_range); an empty one costs
    nothing. `Reference` is what dereferencing yields: the value type, a copy, for lists whose
    elements are small views, or a `value_type const&` into the iterator. Two iterators are equal
    when they are at the same element; every iterator at the end equals the default-constructed
    one. */
template <class Step, class Reference = typename Step::value_type>
class list_iterator {
 public:
  /** A forward iterator. */
  using iterator_category = std::forward_iterator_tag;
  /** The element type. */
  using value_type = typename Step::value_type;
  /** The distance between two iterators. */
  using difference_type = std::ptrdiff_t;
  /** A pointer to an element. */
  using pointer = value_type const*;
  /** What dereferencing yields. */
  using reference = Reference;

  /** The end of every list. */
  constexpr list_iterator() noexcept = default;
  /** The first element of `s`, read with `step`. */
  constexpr explicit list_iterator(std::string_view s, Step step = {}) noexcept
      : s_(s), step_(step) {
    advance();
  }

  /** The current element. */
  constexpr reference operator*() const noexcept { return value_; }
  /** The current element's members. */
  constexpr pointer operator->() const noexcept { return &value_; }
  /** Advances to the next element. */
  constexpr list_iterator& operator++() noexcept {
    advance();
    return *this;
  }
  /** Advances to the next element; returns the iterator as it was. */
  constexpr list_iterator operator++(int) noexcept {
    auto old = *this;
    advance();
    return old;
  }
  /** The offset of the current element in the list's value. */
  constexpr std::size_t offset() const noexcept { return at_; }

  /** True when both iterators are at the same element, or both at the end. */
  friend constexpr bool operator==(list_iterator const& a, list_iterator const& b) noexcept {
    return a.at_ == b.at_;
  }

 private:
  constexpr void advance() noexcept { at_ = step_(s_, next_, value_); }

  std::string_view s_;
  std::size_t at_ = std::string_view::npos;  // npos at the end
  std::size_t next_ = 0;                     // where the step looks for the next element
  value_type value_{};
  [[no_unique_address]] Step step_{};
};

}  // namespace respolicy::grammar::detail

#endif
