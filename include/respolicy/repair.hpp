//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_REPAIR_HPP
#define RESPOLICY_REPAIR_HPP

/** @file
    What a safe repair changes, decided in the core: `plan_repair()` turns a finding into the
    edits that resolve it (drop the content, erase a field, set a field, rewrite a field's lines,
    set the reason phrase), dispatched on the finding's rule. An adapter applies the edits to its
    own message type; respolicy::beast::repair() does for Beast. Every rule whose repair is
    `safe` in the table has a plan here, and tests/unit/repair.cpp holds every plan to its
    rule's cases: applied to each response that breaks the rule, it leaves the rule unbroken.
*/

#include <respolicy/export.hpp>
#include <respolicy/message.hpp>
#include <respolicy/report.hpp>
#include <respolicy/rule.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace respolicy {

/** One change to a response, as a repair makes it. */
struct response_edit {
  /** What the edit does. */
  enum class action : std::uint8_t {
    drop_content,  ///< empty the content and drop its trailer fields (the adapter counts the
                   ///< octets dropped)
    erase,         ///< remove every line of the field `name`
    set,           ///< replace every line of `name` by one, `name: value` (add it when absent)
    rewrite,       ///< replace the lines of `name` by `values`, one line each, in order (an empty
                   ///< value makes no line); the new lines go after the other fields
    set_reason,    ///< the reason phrase becomes `value`
    suppress,      ///< do not send the response at all (an interim response that must not go)
  };
  action what = action::erase;      ///< what the edit does
  std::string name;                 ///< the field, as its first line spells it when it has one
  std::string value;                ///< for `set` and `set_reason`
  std::vector<std::string> values;  ///< for `rewrite`, the lines of `name`
};

/** The edits of one repair, in the order they apply. */
struct repair_plan {
  /** The edits; a plan without edits changes nothing. */
  std::vector<response_edit> edits;
};

/** The safe repair of finding `d` in `res`, answering `req` (null when unknown): true with the
    edits appended to `out`, or false when the rule has no safe repair (the `repair` column of
    docs/rules.md) or none this response allows (a wrong Content-Length of content whose size is
    not known, CR LF in a reason phrase, which the guard blocks instead of hiding). The edits
    only remove what the protocol forbids or fill in what it fully determines (docs/rules.md,
    "Repairs are explicit and always reported").

    @par Example
    @code
    respolicy::field_view fields[] = {{"Content-Length", "4"}};
    respolicy::response_view res{204, "No Content", 11, fields, 4};
    auto rep = respolicy::validate(res);
    respolicy::repair_plan plan;
    for (auto const& d : rep) respolicy::plan_repair(d, res, nullptr, plan);
    // plan.edits: drop the content (no-content-204), erase Content-Length
    // (no-content-length-1xx-204)
    @endcode
*/
RESPOLICY_DECL bool plan_repair(diagnostic const& d, response_view const& res,
                                request_context const* req, repair_plan& out);

/** True when `plan_repair()` has a plan for rule `r` (an entry of `rules()`): every rule whose
    repair is `safe` in the table does, and no other. */
RESPOLICY_DECL bool has_repair_plan(rule_info const& r) noexcept;

/** Whether some finding of `rep` belongs to a rule with a safe repair (the `repair` column of
    docs/rules.md), so that a repairing caller can tell in a few comparisons whether a report
    has anything to repair: most responses that are not clean carry only advice
    (`200-validators`, say). validate()'s findings name their catalog entry; others are looked up
    by id. */
RESPOLICY_DECL bool has_safe_repair(report const& rep) noexcept;

/** The report of a repair: every finding, those that a repair fixed marked `repaired`, then what
    remains; and how many content bytes the repairs dropped. */
class repair_report : public report {
 public:
  /** Content octets removed from the response (known sizes only; a body of unknown size that was
      dropped counts as zero and its diagnostic says "content of unknown length"). */
  std::uint64_t bytes_dropped = 0;

  /** The number of findings a repair fixed. */
  std::size_t repairs() const noexcept {
    std::size_t n = 0;
    for (auto const& d : *this) n += d.repaired;
    return n;
  }

  /** True when no error is left unrepaired: the response as it now stands passes. Unlike
      `report::ok()`, which counts repaired findings too. */
  bool ok() const noexcept {
    for (auto const& d : *this)
      if (!d.repaired && d.severity == severity::error) return false;
    return true;
  }
};

}  // namespace respolicy

#endif
