//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BENCHMARKS_RESPONSES_HPP
#define RESPOLICY_BENCHMARKS_RESPONSES_HPP

#include <respolicy/message.hpp>

namespace respolicy::bench {

/** The field lines of the typical 200 that bench_validate and count_validate measure; its
    content is 512 bytes. */
inline constexpr field_view typical_200_fields[] = {
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"Server", "respolicy-bench/1.0"},
    {"Content-Type", "text/html; charset=utf-8"},
    {"Content-Length", "512"},
    {"ETag", "\"5f2b7c1d-200\""},
    {"Cache-Control", "public, max-age=3600"},
    {"Vary", "Accept-Encoding"},
    {"X-Request-Id", "7d1e4f0a-62b9-4b4e-9d57-0c3f2a8e91b6"},
};

/** The field lines of the 204 with ten violations; it announces and carries 3 content bytes. */
inline constexpr field_view ten_violations_fields[] = {
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"Date", "Sun, 22 Nov 2026 10:00:01 GMT"},
    {"Content-Length", "3"},
    {"X-Injected", "a\r\nSet-Cookie: x=1"},
    {"X-Bell", "ding\x07"},
    {"Vary", "Accept,,Origin"},
    {"Warning", "199 - \"stale\""},
    {"Content-MD5", "Q2hlY2sgSW50ZWdyaXR5IQ=="},
    {"X-Padded", " value "},
    {"X-Latin", "caf\xe9"},
};

}  // namespace respolicy::bench

#endif
