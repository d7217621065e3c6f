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

/** The field lines of the other statuses bench_validate and count_validate measure: a 204 to
    DELETE, a 304, a 405 with Allow (18 bytes of content), a 416 with Content-Range (21) and a
    503 with Retry-After (19). */
inline constexpr field_view no_content_fields[] = {
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"Server", "respolicy-bench/1.0"},
};
inline constexpr field_view not_modified_fields[] = {
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"ETag", "\"5f2b7c1d-200\""},
    {"Cache-Control", "public, max-age=3600"},
    {"Vary", "Accept-Encoding"},
};
inline constexpr field_view not_allowed_fields[] = {
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"Allow", "GET, HEAD"},
    {"Content-Type", "text/plain"},
    {"Content-Length", "18"},
};
inline constexpr field_view unsatisfiable_fields[] = {
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"Content-Range", "bytes */512"},
    {"Content-Type", "text/plain"},
    {"Content-Length", "21"},
};
inline constexpr field_view unavailable_fields[] = {
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"Retry-After", "120"},
    {"Content-Type", "text/plain"},
    {"Content-Length", "19"},
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
