//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.5 for Allow, Retry-After, Content-Range, Accept-Ranges, ETag, the date fields,
// Age, Cache-Control and Vary.

#include "detail/checker.hpp"

namespace respolicy::detail {

void check_field_specific(checker& c) { (void)c; }

}  // namespace respolicy::detail
