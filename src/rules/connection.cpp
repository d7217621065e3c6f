//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.8: connection management. Most of its rules need the exchange's state and
// belong to the adapters; a single response shows only what the server's configuration decides.

#include "detail/checker.hpp"

namespace respolicy::detail {

void check_connection(checker& c) {
  // RFC 9112 §9.3: a server without persistent connections says close in every final response.
  if (!c.pol.persistent_connections() && c.status() >= 200 && !c.connection_close)
    c.emit("non-persistent-server-sends-close", "Connection",
           "the server does not keep connections");
}

}  // namespace respolicy::detail
