//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_LINT_CATALOG_HPP
#define RESPOLICY_TOOLS_LINT_CATALOG_HPP

#include <iosfwd>
#include <string>
#include <string_view>

namespace respolicy::lint {

/** `--list-rules`: every catalog rule, as text (one per line) or a JSON array. */
void list_rules(std::ostream& os, bool json);

/** `--list-statuses`: every registered status code, then the unregistered ones seen in practice
    (status.hpp's seen_statuses(), marked as such), as text or a JSON array. */
void list_statuses(std::ostream& os, bool json);

/** `--explain RULE|CODE`: what the rule or status requires and a response that conforms; for an
    unregistered code seen in practice ("499", "520", "401.1"), what it is, who uses it and the
    registered code to send instead. Returns false when `what` names neither a rule, a valid
    status code nor a seen code. */
bool explain(std::ostream& os, std::string_view what, bool json);

/** A response with status `code` that passes the standard policy, as raw HTTP/1.1 text (CRLF);
    `method` is the request method it answers ("GET" unless the status needs another). */
std::string example_response(int code, std::string* method = nullptr);

}  // namespace respolicy::lint

#endif
