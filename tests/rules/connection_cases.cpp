//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.8: connection management. Only the rule a single response can show has cases.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

constexpr rule_case cases[] = {
    // RFC 9112 §9.3: every non-1xx response of a server without persistent connections.
    {"non-persistent-server-sends-close",
     breaks,
     "200\nContent-Length: 0",
     {},
     {},
     "non-persistent"},
    {"non-persistent-server-sends-close",
     breaks,
     "404\nConnection: keep-alive\nContent-Length: 0",
     {},
     {},
     "non-persistent"},
    {"non-persistent-server-sends-close",
     breaks,
     "HTTP/1.0 204",
     "GET HTTP/1.0",
     {},
     "non-persistent"},
    {"non-persistent-server-sends-close",
     near_miss,
     "200\nConnection: close\nContent-Length: 0",
     {},
     {},
     "non-persistent"},
    {"non-persistent-server-sends-close",
     near_miss,
     "200\nConnection: Close\nContent-Length: 0",
     {},
     {},
     "non-persistent"},
    {"non-persistent-server-sends-close", near_miss, "100", {}, {}, "non-persistent"},
    {"non-persistent-server-sends-close", near_miss, "200\nContent-Length: 0"},
};

}  // namespace

std::span<rule_case const> connection_cases() { return cases; }

}  // namespace respolicy::test
