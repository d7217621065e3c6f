//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "detail/checker.hpp"
#include "detail/date_memo.hpp"

namespace respolicy::detail {

method_id lookup_method(std::string_view m) noexcept {
  if (m.empty()) return method_id::unknown;
  if (m == "GET") return method_id::get;
  if (m == "HEAD") return method_id::head;
  if (m == "POST") return method_id::post;
  if (m == "PUT") return method_id::put;
  if (m == "DELETE") return method_id::delete_;
  if (m == "CONNECT") return method_id::connect;
  if (m == "OPTIONS") return method_id::options;
  if (m == "TRACE") return method_id::trace;
  if (m == "PATCH") return method_id::patch;
  return method_id::other;
}

std::uint32_t count_lines(std::span<field_view const> fields, field_id id) noexcept {
  std::uint32_t n = 0;
  for (auto const& f : fields) n += lookup_field(f.name) == id;
  return n;
}

bool read_fixdate_miss(std::string_view v, fixdate_entry& memo, std::int64_t& out) noexcept {
  if (!grammar::detail::imf_fixdate_seconds(v, out)) return false;
  memo = {grammar::detail::imf_fixdate_words(v.data()), out};
  return true;
}

}  // namespace respolicy::detail
