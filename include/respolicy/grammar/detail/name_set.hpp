//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_DETAIL_NAME_SET_HPP
#define RESPOLICY_GRAMMAR_DETAIL_NAME_SET_HPP

/** @file
    A small set of names on the stack, compared case-insensitively: what finds a repeated
    parameter or subtag without allocating. Its storage is left uninitialized, so setting one up
    costs nothing however large `N` is.
*/

#include <respolicy/grammar/basic.hpp>

#include <cstddef>
#include <string_view>

namespace respolicy::grammar::detail {

template <std::size_t N>
class name_set {
 public:
  name_set() noexcept {}  // NOLINT: the arrays stay uninitialized on purpose

  /** Adds `name`. Returns false when the set holds it already (ASCII case-insensitively). Once
      `N` names are stored, later ones are compared but not stored. */
  bool insert(std::string_view name) noexcept {
    for (std::size_t i = 0; i < n_; ++i)
      if (size_[i] == name.size() && iequals(std::string_view(data_[i], size_[i]), name))
        return false;
    if (n_ < N) {
      data_[n_] = name.data();
      size_[n_] = name.size();
      ++n_;
    }
    return true;
  }

 private:
  char const* data_[N];
  std::size_t size_[N];
  std::size_t n_ = 0;
};

}  // namespace respolicy::grammar::detail

#endif
