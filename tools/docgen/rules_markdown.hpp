//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_DOCGEN_RULES_MARKDOWN_HPP
#define RESPOLICY_TOOLS_DOCGEN_RULES_MARKDOWN_HPP

#include <string>

namespace respolicy::docgen {

/** Renders docs/rules.md from the rule table: every rule with its level, default severity,
    summary, citation, and whether respolicy checks it (and where it is tested) or why not. */
std::string rules_markdown();

}  // namespace respolicy::docgen

#endif
