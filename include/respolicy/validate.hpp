//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_VALIDATE_HPP
#define RESPOLICY_VALIDATE_HPP

#include <respolicy/export.hpp>
#include <respolicy/message.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/report.hpp>

namespace respolicy {

/** Checks a response against every rule the policy enables and returns what it found.

    The fields are walked once; only the rules that apply to the status, the fields present and the
    context given run. Rules that need request context are skipped when `req` is null. A response
    that passes costs no heap allocation. Never throws.

    @par Example
    @code
    respolicy::field_view fields[] = {{"Content-Length", "3"}};
    respolicy::response_view res{204, "No Content", 11, fields, 3};
    respolicy::request_context req{"GET", 11, {}};
    auto rep = respolicy::validate(res, &req);
    // rep.ok() == false: no-content-204, no-content-length-1xx-204
    @endcode

    @par Specification
    RFC 9110, RFC 9111, RFC 9112 and the extension RFCs, as catalogued in docs/rules.md.
*/
[[nodiscard]] RESPOLICY_DECL report validate(response_view const& res,
                                             request_context const* req = nullptr,
                                             policy const& pol = policy::standard());

/** As above, appending to `out`, so a caller can reuse one report's storage. */
RESPOLICY_DECL void validate(response_view const& res, request_context const* req,
                             policy const& pol, report& out);

/** As above, and true when `res` was a common response, which validate() decides in one pass
    instead of running every check: a 200 "OK" in HTTP/1.1 with a known content size and no
    trailers, answering no request or a GET, POST, PUT, DELETE or PATCH without Connection or
    Authorization fields, whose fields are Date, Content-Length, Content-Type, Server, ETag,
    Last-Modified, Cache-Control, Vary, Accept-Ranges, Content-Encoding (each once, in its usual
    form) and fields respolicy has no rules for. Whatever the policy, true also says that no
    reason, name or value holds CR, LF or NUL and that one Content-Length, without
    Transfer-Encoding, equals the content's size: an adapter that scans for response splitting
    and contradictory framing can skip those scans.

    Findings below `least` are left out of `out`, except those of rules with a safe repair (the
    `repair` column of docs/rules.md): a caller that acts only on warnings and errors, as the
    Beast guard does by default, then does not pay for advice it would drop. The default, info,
    records every finding. */
RESPOLICY_DECL bool validate_common(response_view const& res, request_context const* req,
                                    policy const& pol, report& out,
                                    severity least = severity::info);

}  // namespace respolicy

#endif
