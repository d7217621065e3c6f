//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GUARD_HPP
#define RESPOLICY_GUARD_HPP

/** @file
    What a guard does with a response, decided in the core for every server adapter: its modes
    and options, the repairs (plans from <respolicy/repair.hpp>, applied until nothing changes),
    the safety blocks (<respolicy/hazard.hpp>), the decision, the 500 that replaces a blocked
    response, and the counts. An adapter supplies a `guard_target` over its own message type:
    a view of the response, how its serializer frames content, how to apply a plan's edits and
    how to put a 500 in the response's place. respolicy::beast::guard() is one such adapter.
*/

#include <respolicy/export.hpp>
#include <respolicy/hazard.hpp>
#include <respolicy/message.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/repair.hpp>
#include <respolicy/report.hpp>
#include <respolicy/severity.hpp>
#include <respolicy/validate.hpp>
#include <respolicy/violation_error.hpp>

#include <algorithm>
#include <atomic>
#include <concepts>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respolicy {

/** What a guard does with a response that breaks a rule (docs/architecture.md, "Guard modes").
    In every mode a response that trips a safety block (`find_hazards()`: CR, LF or NUL in a
    field or the reason phrase, a field name that is not a token, a status line the serializer
    cannot write, framing the client would read otherwise than the serializer writes it) is
    replaced by a 500 before `on_violation` runs, whatever the policy says of its rules; in
    `throw` mode the 500 is left in place of the response and `violation_error` is thrown. */
enum class guard_mode : std::uint8_t {
  report,  ///< send as produced, hand the report to `on_violation`
  repair,  ///< apply the safe repairs, send, report what changed and what remains
  reject,  ///< any error replaces the response with a 500 (RFC 9457 problem details)
  throw_,  ///< any error throws `respolicy::violation_error` (for tests)
};

/** What a guard did with one response. */
enum class guard_action : std::uint8_t {
  passed,    ///< nothing to report
  reported,  ///< sent as produced, with findings
  repaired,  ///< sent after safe repairs
  blocked,   ///< replaced by a 500
  thrown,    ///< `violation_error` thrown
};

/** Returns "passed", "reported", "repaired", "blocked" or "thrown". */
constexpr std::string_view to_string(guard_action a) noexcept {
  switch (a) {
    case guard_action::passed: return "passed";
    case guard_action::reported: return "reported";
    case guard_action::repaired: return "repaired";
    case guard_action::blocked: return "blocked";
    case guard_action::thrown: return "thrown";
  }
  return "?";
}

/** One guarded response with findings, as `on_violation` sees it. The views are valid during the
    call only. */
struct guard_event {
  /** What the guard did with the response. */
  guard_action action;
  int status;               ///< the status the handler produced
  std::string_view method;  ///< of the request, empty when unknown
  std::string_view target;  ///< of the request, empty when unknown
  /** The findings. */
  respolicy::report const& report;
  std::uint64_t bytes_dropped;  ///< content octets removed by repairs
};

/** Counts of the responses a guard (and all its copies) handled. */
struct guard_stats {
  /** Responses checked. */
  std::uint64_t checked = 0;
  /** Responses sent as produced, with findings. */
  std::uint64_t reported = 0;
  /** Responses sent after safe repairs. */
  std::uint64_t repaired = 0;
  /** Responses replaced by a 500. */
  std::uint64_t blocked = 0;
  /** Responses for which `violation_error` was thrown. */
  std::uint64_t thrown = 0;
};

/** How a guard behaves: its mode, its policies (one default, others per route), and who hears
    about violations.

    @par Example
    @code
    respolicy::guard_options opts;
    opts.mode(respolicy::guard_mode::repair)
        .route("/api/", respolicy::policy::strict())
        .on_violation([](respolicy::guard_event const& e) { std::clog << e.report; });
    @endcode
*/
class guard_options {
 public:
  /** Chooses the policy from the request's method and target; null for "no choice". */
  using policy_selector =
      std::function<policy const*(std::string_view method, std::string_view target)>;
  /** Hears about the responses with findings. */
  using violation_handler = std::function<void(guard_event const&)>;

  guard_options() : default_(std::make_shared<policy const>(policy::standard())) {}

  /** What the guard does with a response that has findings (default: repair). */
  guard_options& mode(guard_mode m) {
    mode_ = m;
    return *this;
  }
  /** The mode. */
  guard_mode mode() const noexcept { return mode_; }

  /** The policy for responses no route matches (default: `policy::standard()`). */
  guard_options& default_policy(policy p) {
    default_ = std::make_shared<policy const>(std::move(p));
    return *this;
  }

  /** The policy for requests whose target starts with `prefix`; the longest prefix wins. */
  guard_options& route(std::string prefix, policy p) {
    routes_.push_back({std::move(prefix), std::make_shared<policy const>(std::move(p))});
    return *this;
  }

  /** A function choosing the policy from the request's method and target; it wins over routes
      when it returns a policy, which must outlive the guard. It is called from every thread that
      uses the guard. */
  guard_options& select_policy(policy_selector f) {
    selector_ = std::move(f);
    return *this;
  }

  /** Called for every response with findings at or above `notify_at` (default: warning), and for
      every repaired, blocked or thrown one; from any thread that uses the guard. Findings below
      `notify_at` alone leave a response `passed`. */
  guard_options& on_violation(violation_handler f) {
    on_violation_ = std::move(f);
    return *this;
  }
  /** The handler set with `on_violation(f)`. */
  violation_handler const& on_violation() const noexcept { return on_violation_; }

  /** The least severity the guard acts on and reports (default: warning). Findings below it are
      not recorded, so the reports of `on_violation`, `violation_error` and a blocked response's
      500 leave them out, except those a safe repair acts on; `severity::info` keeps advice. */
  guard_options& notify_at(severity s) {
    notify_at_ = s;
    return *this;
  }
  /** The least severity the guard acts on. */
  severity notify_at() const noexcept { return notify_at_; }

  /** Whether the 500 that replaces a blocked response names the rules in its problem details
      (default: in builds without NDEBUG). Rule ids tell a client about the server's bugs. */
  guard_options& expose_rules(bool b) {
    expose_rules_ = b;
    return *this;
  }
  /** Whether a blocked response's 500 names the rules. */
  bool expose_rules() const noexcept { return expose_rules_; }

  /** The policy for a request with `method` and `target`. */
  policy const& policy_for(std::string_view method, std::string_view target) const {
    if (selector_)
      if (auto const* p = selector_(method, target)) return *p;
    policy const* best = default_.get();
    std::size_t best_len = 0;
    for (auto const& [prefix, p] : routes_)
      if (target.starts_with(prefix) && (prefix.size() > best_len || best == default_.get())) {
        best = p.get();
        best_len = prefix.size();
      }
    return *best;
  }

 private:
  guard_mode mode_ = guard_mode::repair;
  std::shared_ptr<policy const> default_;
  std::vector<std::pair<std::string, std::shared_ptr<policy const>>> routes_;
  policy_selector selector_;
  violation_handler on_violation_;
  severity notify_at_ = severity::warning;
#ifdef NDEBUG
  bool expose_rules_ = false;
#else
  bool expose_rules_ = true;
#endif
};

/** What a guard does with a response, from its findings: `rep` (with the safety blocks merged
    in, `merge_hazards()`), whether a safety block remains (`dangerous`), and whether the
    handler's answer is final (a 1xx other than 101 is not, and no repair makes it so).

    - Any mode: a response with a safety block is `blocked` (in `throw` mode `thrown`, with the
      500 in its place).
    - `report`: `reported` when a finding is at or above `notify_at`, else `passed`.
    - `repair`: `blocked` for an answer that is not final, `repaired` when a repair changed the
      response, else as `report`.
    - `reject`, `throw_`: an error left unrepaired blocks or throws, else as `report`.

    @par Example
    @code
    auto const action = respolicy::decide(respolicy::guard_mode::reject, rep, false,
                                          respolicy::severity::warning);
    @endcode
*/
[[nodiscard]] RESPOLICY_DECL guard_action decide(guard_mode mode, repair_report const& rep,
                                                 bool dangerous, severity notify_at,
                                                 bool final_answer = true) noexcept;

/** Whether a repair may resolve hazard `h`: the content and framing blocks. Bytes that would
    split a line, and a status line the serializer cannot write, are never rewritten: rewriting
    would hide an injection. */
[[nodiscard]] RESPOLICY_DECL bool repair_may_resolve(hazard const& h) noexcept;

/** The finding that states `h`: an error, whatever the policy says of its rule. */
[[nodiscard]] RESPOLICY_DECL diagnostic to_diagnostic(hazard const& h) noexcept;

/** Adds to `rep` the hazards it lacks (a policy may have turned their rules off: they block
    anyway), as errors. */
RESPOLICY_DECL void merge_hazards(report& rep, std::span<hazard const> hazards);

/** The repair of the first hazard in `hazards` that has one (`hazard::repair`), planned on `res`,
    with the finding that says what it did (marked repaired): chunked removed from
    Transfer-Encoding where the message ends at its header section (a 304 or an answer to HEAD
    may carry the field, RFC 9112 §6.1, but the serializer would write chunk framing), or chunked
    replaced by `Content-Length: 0` on empty content the serializer would end with two last
    chunks. False when no hazard has a repair. */
RESPOLICY_DECL bool plan_hazard_repair(std::span<hazard const> hazards, response_view const& res,
                                       repair_plan& plan, diagnostic& done);

/** The RFC 9457 document of the 500 that replaces a blocked response; with `expose_rules`, its
    detail names the rules broken. */
[[nodiscard]] RESPOLICY_DECL std::string blocked_problem(report const& rep, bool expose_rules);

/** A guard's response, as an adapter exposes it to the core: `with_view(f)` calls `f` with a
    `response_view` of the response as it stands (it returns what `f` returns; `f` may edit the
    response through the target, and then reads the view no more); `framing()` says
    how the adapter's serializer frames its content; `apply(plan)` makes a plan's edits (never a
    `suppress`, which `applicable()` refuses) and returns the content octets dropped;
    `block(problem, head)` puts a 500 in the response's place, with `problem` as its RFC 9457
    document when the body can hold text, and no content when `head`. */
template <class T>
concept guard_target = requires(T& t, T const& ct, repair_plan const& plan, std::string_view s) {
  {
    ct.with_view([](response_view const&) { return 0; })
    } -> std::same_as<int>;
  { ct.framing() } -> std::same_as<serializer_framing>;
  { t.apply(plan) } -> std::same_as<std::uint64_t>;
  t.block(s, true);
};

/** True when every edit of `plan` can be made to a response a handler produced: not a
    `suppress` (a handler's response is always sent; a guard cannot withhold it). */
[[nodiscard]] RESPOLICY_DECL bool applicable(repair_plan const& plan) noexcept;

/** Applies the safe repair of `d` to `t`, as `plan_repair()` plans it on the response as it
    stands, with its edits in `plan` (cleared first: a caller that repairs many findings keeps one
    buffer). False when `d` has no safe repair, or none that this response allows; the finding
    then stays in the report. */
template <guard_target Target>
bool apply_repair(diagnostic const& d, Target& t, request_context const* req,
                  std::uint64_t& dropped, repair_plan& plan) {
  // Most findings have no repair: they cost no view of the response.
  if (auto const* info = d.info(); !info || !has_repair_plan(*info)) return false;
  plan.edits.clear();
  if (!t.with_view([&](response_view const& v) { return plan_repair(d, v, req, plan) ? 1 : 0; }))
    return false;
  if (!applicable(plan)) return false;
  dropped += t.apply(plan);
  return true;
}

/** As above, with a plan of its own. */
template <guard_target Target>
bool apply_repair(diagnostic const& d, Target& t, request_context const* req,
                  std::uint64_t& dropped) {
  repair_plan plan;
  return apply_repair(d, t, req, dropped, plan);
}

/** Repairs `t` into `out`. `first`, when given, holds what `validate()` found in `t` as it stands
    (the guard has just checked it), so the first round does not check it again. Findings below
    `least` without a safe repair are left out, as validate_common() leaves them out. With
    `hazards`, the safety blocks' findings in `t` as it is left go there too, read from the view
    the last check took (true), or not at all when no check after a repair was needed (false). */
template <guard_target Target>
bool repair_into(Target& t, request_context const* req, policy const& pol, repair_report& out,
                 report const* first = nullptr, severity least = severity::info,
                 std::vector<hazard>* hazards = nullptr) {
  // A repair can uncover the next finding (dropping a 205's content leaves its length to fix),
  // so repair until a round changes nothing; a finding repaired once and back again stays.
  constexpr int max_rounds = 4;
  auto const same = [](diagnostic const& a, diagnostic const& b) {
    return a.rule == b.rule && a.field.view() == b.field.view();
  };
  // The findings repaired so far are those `out` lists as repaired from `start` on.
  std::size_t const start = out.size();
  auto const repaired_before = [&](diagnostic const& d) {
    return std::any_of(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(),
                       [&](diagnostic const& x) { return x.repaired && same(x, d); });
  };
  std::vector<diagnostic> pending;
  repair_plan plan;  // one buffer for every repair's edits
  report checked;    // and one for the findings of every check after a repair
  bool hazards_read = false;
  for (int round = 0;; ++round) {
    bool const given = round == 0 && first;
    if (!given) {
      // The response as the last round left it: its findings, and (for the round that changes
      // nothing, the last) its hazards from the same view.
      checked.clear();
      t.with_view([&](response_view const& v) {
        validate_common(v, req, pol, checked, least);
        if (hazards) *hazards = find_hazards(v, req, t.framing());
        return 0;
      });
      hazards_read = hazards != nullptr;
    }
    report const& found = given ? *first : checked;
    // A finding of the previous round that is gone was fixed by another repair (a Content-Length
    // list replaced by the computed length, say): it is repaired too.
    for (auto& p : pending) {
      if (std::any_of(found.begin(), found.end(), [&](auto const& d) { return same(d, p); }))
        continue;
      p.repaired = true;
      out.add(p);
    }
    pending.clear();
    bool changed = false;
    for (auto const& d : found) {
      if (round + 1 < max_rounds && !repaired_before(d) &&
          apply_repair(d, t, req, out.bytes_dropped, plan)) {
        auto fixed = d;
        fixed.repaired = true;
        out.add(fixed);
        changed = true;
      } else {
        pending.push_back(d);
      }
    }
    if (!changed) {
      for (auto const& d : pending) out.add(d);
      return hazards_read;
    }
  }
}

namespace detail {

/** The report of one guard call: the calling thread's kept one, cleared, when no other call on
    this thread holds it, else one of its own. Keeping it keeps the vector's storage, so that a
    report of one or two findings costs no allocation after the thread's first. */
class kept_report {
 public:
  kept_report() noexcept : held_(!in_use()) {
    if (!held_) return;
    in_use() = true;
    shared().clear();
    shared().bytes_dropped = 0;
    shared_scratch().clear();
  }
  ~kept_report() {
    if (held_) in_use() = false;
  }
  kept_report(kept_report const&) = delete;
  kept_report& operator=(kept_report const&) = delete;

  repair_report& get() noexcept { return held_ ? shared() : own_; }
  /** A second report, empty, for the guard's repairs to start from (as kept as the first). */
  report& scratch() noexcept { return held_ ? shared_scratch() : own_scratch_; }

 private:
  static repair_report& shared() noexcept {
    thread_local repair_report r;
    return r;
  }
  static report& shared_scratch() noexcept {
    thread_local report r;
    return r;
  }
  static bool& in_use() noexcept {
    thread_local bool b = false;
    return b;
  }

  bool held_;
  repair_report own_;
  report own_scratch_;
};

/** Records that the handler's final answer is a 1xx, at the policy's severity of
    one-final-response; false when the policy turned the rule off. */
RESPOLICY_DECL bool add_not_final(policy const& pol, report& rep);

}  // namespace detail

/** Checks, repairs or blocks responses before they are sent, as its options say, for any adapter
    that supplies a `guard_target`; one engine (and its copies, which share its options and
    counters) may serve many connections and threads at once.

    A response without findings costs one view of its fields, `validate()` and, unless
    `validate_common()` found it a common response, the safety blocks' scan: no heap allocation,
    no lock, one relaxed atomic increment. Findings below the notification threshold are not
    recorded, unless a safe repair acts on them. The repairs run only when a finding's rule has a
    safe repair. */
class guard_engine {
 public:
  /** An engine with `options`; copies share them and the counters. */
  explicit guard_engine(guard_options options = {})
      : state_(std::make_shared<state>(std::move(options))) {}

  /** Checks the response of `t`, which answers `req` (null when unknown) whose target is
      `target`, and acts on it as the mode says. Returns what it did. Throws
      `respolicy::violation_error` in `throw` mode. */
  template <guard_target Target>
  guard_action apply(Target& t, request_context const* req, std::string_view target) const {
    auto& s = *state_;
    s.checked.fetch_add(1, std::memory_order_relaxed);
    std::string_view const method = req ? req->method : std::string_view{};
    policy const& pol = s.options.policy_for(method, target);

    // A response that passes leaves here without having touched the heap. Findings below the
    // notification threshold (the advice 200-validators, say, which many responses that pass
    // carry) are not recorded unless a repair acts on them, and the report's storage is kept per
    // thread for the rest. A guard called again on the same thread before this call returns
    // (from on_violation, say) uses a report of its own.
    detail::kept_report kept;
    repair_report& rep = kept.get();
    return t.with_view([&](response_view const& v) {
      bool const common = validate_common(v, req, pol, rep, s.options.notify_at());
      // A common response can hold no hazard (validate_common()): without findings it passes
      // here, and the code for everything else stays out of the way of this path.
      if (common && rep.empty()) return guard_action::passed;
      return act_on_findings(t, v, req, method, target, pol, rep, kept.scratch(), common);
    });
  }

  /** The counts of all responses this engine and its copies handled so far. */
  guard_stats stats() const noexcept {
    auto const& s = *state_;
    return {s.checked.load(std::memory_order_relaxed), s.reported.load(std::memory_order_relaxed),
            s.repaired.load(std::memory_order_relaxed), s.blocked.load(std::memory_order_relaxed),
            s.thrown.load(std::memory_order_relaxed)};
  }

  /** The options the engine was made with. */
  guard_options const& options() const noexcept { return state_->options; }

 private:
  template <guard_target Target>
  static std::vector<hazard> hazards_of(Target const& t, request_context const* req) {
    std::vector<hazard> out;
    t.with_view([&](response_view const& v) {
      out = find_hazards(v, req, t.framing());
      return 0;
    });
    return out;
  }

  // The rest of apply(): the hazard scans of a response that is not common, the repairs, the
  // decision, the block and the notification. `v` is the view apply() checked: it is read before
  // the first edit only, for the status and the first hazard scan. `scratch`, empty, holds the
  // findings the repairs start from.
  template <guard_target Target>
  [[gnu::noinline]] guard_action act_on_findings(Target& t, response_view const& v,
                                                 request_context const* req,
                                                 std::string_view method, std::string_view target,
                                                 policy const& pol, repair_report& rep,
                                                 report& scratch, bool common) const {
    auto& s = *state_;
    int const status = v.status;
    // The handler's answer is the final one: a 1xx other than 101 leaves the client waiting
    // for a final response that never comes (RFC 9110 §15).
    bool const not_final =
        status >= 100 && status < 200 && status != 101 && detail::add_not_final(pol, rep);
    // A common response holds no hazard (validate_common()); every other one is scanned, and the
    // safety blocks hold whatever the policy says of their rules.
    std::vector<hazard> hazards;
    if (!common) hazards = find_hazards(v, req, t.framing());
    if (hazards.empty() && rep.empty()) return guard_action::passed;

    if (s.options.mode() == guard_mode::repair &&
        std::all_of(hazards.begin(), hazards.end(), repair_may_resolve)) {
      // The repairs start from what validate() found. They may resolve a framing conflict:
      // whatever is left after them still blocks.
      if (has_safe_repair(rep)) {
        // The findings move to `scratch` and `rep` takes the repairs' report; both keep their
        // storage for the thread's next call.
        std::swap(static_cast<report&>(rep), scratch);
        rep.clear();
        if (!repair_into(t, req, pol, rep, &scratch, s.options.notify_at(), &hazards))
          hazards = hazards_of(t, req);
      }
      repair_plan plan;
      diagnostic done;
      if (!hazards.empty() && t.with_view([&](response_view const& now) {
            return plan_hazard_repair(hazards, now, plan, done) ? 1 : 0;
          })) {
        t.apply(plan);
        rep.add(done);
        hazards = hazards_of(t, req);
      }
    }
    bool const dangerous = !hazards.empty();
    merge_hazards(rep, hazards);
    if (!dangerous && rep.empty()) return guard_action::passed;

    guard_action const action =
        decide(s.options.mode(), rep, dangerous, s.options.notify_at(), !not_final);
    if (action == guard_action::passed) return action;
    count(action);
    // The response is made safe before any code of the caller's runs: an on_violation that
    // throws, or a caller that catches violation_error and sends the response anyway, finds the
    // 500.
    if (action == guard_action::blocked || dangerous)
      t.block(blocked_problem(rep, s.options.expose_rules()), method == "HEAD");
    if (auto const& f = s.options.on_violation())
      f(guard_event{action, status, method, target, rep, rep.bytes_dropped});
    if (action == guard_action::thrown) throw violation_error(std::move(rep));
    return action;
  }

  struct state {
    explicit state(guard_options o) : options(std::move(o)) {}
    guard_options const options;
    std::atomic<std::uint64_t> checked{0}, reported{0}, repaired{0}, blocked{0}, thrown{0};
  };

  void count(guard_action a) const noexcept {
    auto& s = *state_;
    auto& c = a == guard_action::repaired  ? s.repaired
              : a == guard_action::blocked ? s.blocked
              : a == guard_action::thrown  ? s.thrown
                                           : s.reported;
    c.fetch_add(1, std::memory_order_relaxed);
  }

  std::shared_ptr<state> state_;
};

}  // namespace respolicy

#endif
