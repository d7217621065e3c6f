//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.8: connection management. A single response shows only what the server's
// configuration decides; the other rules of the group are about what happens on the connection
// before or after it (closing after `close`, reading the request body, the order of pipelined
// responses, the tunnel after CONNECT, the protocol after 101, interim responses after the final
// one). They are not checkable here and belong to the Beast guard, which owns the connection.

#include "detail/checker.hpp"

namespace respolicy::detail {
namespace {

void check_non_persistent_server_sends_close(checker& c) {
  // RFC 9112 §9.3: "A server that does not support persistent connections MUST send the "close"
  // connection option in every response message that does not have a 1xx (Informational)
  // status code."
  if (!c.pol.persistent_connections() && c.status() >= 200 && !c.connection_close)
    c.emit("non-persistent-server-sends-close", "Connection",
           "the server does not keep connections");
}

}  // namespace

void check_connection(checker& c) { check_non_persistent_server_sends_close(c); }

}  // namespace respolicy::detail
