//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.5 for Location, Content-Location, the challenges, Authentication-Info,
// Content-Type, Content-Encoding, Content-Language, Upgrade, Connection, Transfer-Encoding,
// Trailer, Server, Via, Link and Content-Disposition.

#include "detail/checker.hpp"

namespace respolicy::detail {

void check_field_specific_auth(checker& c) { (void)c; }

}  // namespace respolicy::detail
