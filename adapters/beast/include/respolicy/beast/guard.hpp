//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_GUARD_HPP
#define RESPOLICY_BEAST_GUARD_HPP

#include <respolicy/beast/detail/respond_text.hpp>
#include <respolicy/beast/repair.hpp>
#include <respolicy/beast/view.hpp>
#include <respolicy/beast/violation_error.hpp>
#include <respolicy/hazard.hpp>
#include <respolicy/validate.hpp>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/message_generator.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace respolicy::beast {

/** What a guard does with a response that breaks a rule (docs/architecture.md, "Guard modes").
    In every mode a response that trips a safety block (`respolicy::find_hazards()`: CR, LF or NUL
    in a field or the reason phrase, a field name that is not a token, a status line Beast cannot
    write, framing the client would read otherwise than Beast writes it) is replaced by a 500
    before `on_violation` runs, whatever the policy says of its rules; in `throw` mode the 500 is
    left in place of the response and `violation_error` is thrown. */
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
    respolicy::beast::guard_options opts;
    opts.mode(respolicy::beast::guard_mode::repair)
        .route("/api/", respolicy::policy::strict())
        .on_violation([](respolicy::beast::guard_event const& e) { std::clog << e.report; });
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
  template <class>
  friend class guarded_handler;
  friend class response_guard;

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

/** A copy of what the rules read of a request, for handlers that consume their request (take it
    by rvalue reference): the guard still needs it after the handler returned. */
class request_snapshot {
 public:
  /** Copies the method, target and fields of `req`. */
  template <class Fields>
  explicit request_snapshot(http::request_header<Fields> const& req)
      : keep_alive_(wants_keep_alive(req)) {
    std::size_t total = req.method_string().size() + req.target().size();
    std::size_t n = 0;
    for (auto const& f : static_cast<Fields const&>(req)) {
      total += f.name_string().size() + f.value().size();
      ++n;
    }
    // Reserved once, so the views taken below stay valid.
    storage_.reserve(total);
    lines_.reserve(n);
    auto const keep = [&](boost::beast::string_view s) {
      auto const at = storage_.size();
      storage_.append(s.data(), s.size());
      return std::string_view(storage_.data() + at, s.size());
    };
    auto const method = keep(req.method_string());
    target_ = keep(req.target());
    for (auto const& f : static_cast<Fields const&>(req))
      lines_.push_back({keep(f.name_string()), keep(f.value())});
    context_ = request_context{method, static_cast<int>(req.version()), lines_};
  }

  request_snapshot(request_snapshot const&) = delete;
  request_snapshot& operator=(request_snapshot const&) = delete;

  /** The request as the rules see it. */
  request_context const& context() const noexcept { return context_; }
  /** The request-target. */
  std::string_view target() const noexcept { return target_; }
  /** Whether the request asks to keep the connection open. */
  bool keep_alive() const noexcept { return keep_alive_; }

 private:
  std::string storage_;
  std::vector<field_view> lines_;
  std::string_view target_;
  request_context context_;
  bool keep_alive_ = false;
};

namespace detail {

/** How Beast 1.81's serializer frames the content of `res` (`respolicy::serializer_framing`):
    chunked when `res.chunked()` says so, which reads the first Transfer-Encoding line only; and,
    for chunked empty content, whether the Body's writer yields an empty buffer, which Beast
    writes as a chunk of size zero, a last chunk, before its own last chunk. */
template <class Body, class Fields>
serializer_framing beast_framing(http::message<false, Body, Fields> const& res) {
  serializer_framing wire{.chunked = res.chunked()};
  if (!wire.chunked || content_size(res) != std::uint64_t{0}) return wire;
  if constexpr (requires { typename Body::writer; }) {
    using writer = typename Body::writer;
    if constexpr (std::is_constructible_v<writer, http::header<false, Fields> const&,
                                          typename Body::value_type const&>) {
      // What the serializer does first: init(), then get() (Beast 1.81, http/impl/serializer.hpp).
      writer w(res.base(), res.body());
      boost::beast::error_code ec;
      w.init(ec);
      if (ec) return wire;
      auto const first = w.get(ec);
      wire.extra_last_chunk = !ec && first && boost::asio::buffer_size(first->first) == 0;
    }
  }
  return wire;
}

/** What must never be sent of `res` as Beast will write it (`respolicy::find_hazards`). The
    hazards' field names point into `res`. */
template <class Body, class Fields>
std::vector<hazard> find_hazards(http::message<false, Body, Fields> const& res,
                                 request_context const* req) {
  message_view const v{res};
  return respolicy::find_hazards(v.view(), req, beast_framing(res));
}

/** Whether a repair may resolve `h`: the content and framing blocks; bytes that would split a
    line, and a status line Beast cannot write, are never rewritten (rewriting would hide an
    injection). */
inline bool framing_hazard(hazard const& h) noexcept {
  static constexpr rule_index unrepairable[] = {"field-name-token", "field-value-no-cr-lf-nul",
                                                "reason-phrase-charset", "status-code-three-digits",
                                                "http-version-syntax"};
  for (auto const r : unrepairable)
    if (h.rule.value == r.value) return false;
  return true;
}

/** The finding that states `h`, an error whatever the policy says of its rule. */
inline diagnostic hazard_diagnostic(hazard const& h) {
  return diagnostic::of(h.rule, severity::error, h.field, h.detail);
}

/** Adds the hazards the report lacks (a policy may have turned their rules off: they block
    anyway) as errors. */
inline void merge_hazards(report& rep, std::vector<hazard> const& hazards) {
  for (auto const& h : hazards) {
    bool found = false;
    for (auto const& d : rep) found |= d.rule == h.rule.info().id && !d.repaired;
    if (!found) rep.add(hazard_diagnostic(h));
  }
}

/** Applies the repair of the first hazard in `hazards` that has one (`hazard::repair`) and says
    so in the report: chunked dropped from Transfer-Encoding where the message ends at its header
    section (a 304 or an answer to HEAD may carry the field, RFC 9112 §6.1, but Beast writes the
    chunk framing anyway; a 1xx or 204 whose rules the policy turned off), or chunked replaced by
    `Content-Length: 0` on empty content that Beast would end with two last chunks. Returns
    whether it changed `res`. */
template <class Body, class Fields>
bool repair_hazard(http::message<false, Body, Fields>& res, std::vector<hazard> const& hazards,
                   repair_report& rep) {
  for (auto const& h : hazards) {
    if (h.repair == hazard_repair::none) continue;
    // The finding first: `h.field` points into the line the repair rewrites.
    diagnostic d = hazard_diagnostic(h);
    res.chunked(false);
    d.field = small_text<40>("Transfer-Encoding");
    if (h.repair == hazard_repair::empty_length) {
      res.content_length(0);
      d.detail = small_text<120>("chunked replaced by Content-Length: 0 for the empty content");
    } else {
      d.detail =
          small_text<120>("chunked removed: it would write a last chunk after the header section");
    }
    d.repaired = true;
    rep.add(d);
    return true;
  }
  return false;
}

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
  }
  ~kept_report() {
    if (held_) in_use() = false;
  }
  kept_report(kept_report const&) = delete;
  kept_report& operator=(kept_report const&) = delete;

  repair_report& get() noexcept { return held_ ? shared() : own_; }

 private:
  static repair_report& shared() noexcept {
    thread_local repair_report r;
    return r;
  }
  static bool& in_use() noexcept {
    thread_local bool b = false;
    return b;
  }

  bool held_;
  repair_report own_;
};

/** The ids of the rules with a safe repair (the `repair` column of docs/rules.md), sorted at
    compile time, so the guard can tell in a few comparisons whether a report has anything to
    repair: most responses that are not clean carry only advice (`200-validators`, say). */
inline constexpr auto safe_repair_ids = [] {
  constexpr std::size_t n = [] {
    std::size_t count = 0;
    for (auto const& r : rules()) count += r.repair == repair_kind::safe;
    return count;
  }();
  std::array<std::string_view, n> ids{};
  std::size_t i = 0;
  for (auto const& r : rules())
    if (r.repair == repair_kind::safe) ids[i++] = r.id;
  std::sort(ids.begin(), ids.end());
  return ids;
}();

/** Whether some finding of `rep` belongs to a rule with a safe repair. validate()'s findings
    name their catalog entry; others are looked up by id. */
inline bool has_safe_repair(report const& rep) noexcept {
  for (auto const& d : rep)
    if (d.entry ? d.entry->repair == repair_kind::safe
                : std::binary_search(safe_repair_ids.begin(), safe_repair_ids.end(), d.rule))
      return true;
  return false;
}

/** The RFC 9457 problem document of a blocked response. */
inline std::string blocked_problem(report const& rep, bool expose_rules) {
  std::string body =
      R"({"type":"about:blank","title":"Internal Server Error","status":500,"detail":)";
  std::string detail = "The server produced a response that could not be sent.";
  if (expose_rules) {
    detail += " Rules:";
    char const* sep = " ";
    for (auto const& d : rep) {
      if (d.severity != severity::error || d.repaired) continue;
      detail += sep;
      detail += d.rule;
      sep = ", ";
    }
  }
  respond::detail::append_json_string(body, detail);
  body += "}\n";
  return body;
}

/** Replaces `res` by a 500 in its own type: a problem document when the Body holds text, else an
    empty body with `Content-Length: 0`; no content at all in an answer to HEAD. The original
    fields go: they are what was wrong. */
template <class Body, class Fields>
void replace_with_500(http::message<false, Body, Fields>& res, report const& rep, bool keep_alive,
                      bool head, bool expose_rules) {
  drop_content(res);
  res.base().clear();
  res.result(http::status::internal_server_error);
  res.reason("");
  if (res.version() != 10) res.version(11);
  using value_type = typename Body::value_type;
  std::string const problem = blocked_problem(rep, expose_rules);
  if constexpr (requires(value_type & v) { v.assign(problem.begin(), problem.end()); }) {
    res.body().assign(problem.begin(), problem.end());
    res.set(http::field::content_type, "application/problem+json");
  } else if constexpr (requires(value_type & v, std::size_t n) {
                         v.prepare(n);
                         v.commit(n);
                       }) {
    auto const n =
        boost::asio::buffer_copy(res.body().prepare(problem.size()), boost::asio::buffer(problem));
    res.body().commit(n);
    res.set(http::field::content_type, "application/problem+json");
  }
  res.set(http::field::content_length, std::to_string(content_size(res).value_or(0)));
  // RFC 9110 §9.3.2: the answer to HEAD has the GET's header fields and no content.
  if (head) drop_content(res);
  res.set(http::field::cache_control, "no-store");
  // The original fields are gone, Connection with them.
  if (!keep_alive || res.version() == 10) res.set(http::field::connection, "close");
}

/** The keep-alive wish of the request a response answers, read only when a blocked response is
    replaced (a clean one never needs it). */
class lazy_keep_alive {
 public:
  explicit lazy_keep_alive(bool known) noexcept : known_(known) {}

  template <class Fields>
  explicit lazy_keep_alive(http::request_header<Fields> const& req) noexcept
      : request_(&req), read_([](void const* r) {
          return wants_keep_alive(*static_cast<http::request_header<Fields> const*>(r));
        }) {}

  bool operator()() const { return read_ ? read_(request_) : known_; }

 private:
  void const* request_ = nullptr;
  bool (*read_)(void const*) = nullptr;
  bool known_ = false;
};

}  // namespace detail

class any_response;

/** Checks, repairs or blocks responses before they are sent, as its options say; one guard (and
    its copies, which share its counters) may serve many connections and threads at once.

    A response without findings costs one walk over its fields to view them, `validate()` and,
    unless `validate_common()` found it a common response, the safety blocks' scan: no
    heap allocation, no lock, one relaxed atomic increment. Findings below the notification
    threshold (`guard_options::notify_at`) are not recorded, unless a safe repair acts on them:
    advice such as `200-validators` costs a comparison. The repairs run only when a finding's
    rule has a safe repair.

    @par Example
    @code
    respolicy::beast::response_guard g{respolicy::beast::guard_options{}};
    auto res = make_response(req);
    g.apply(res, req);  // repaired or replaced by a 500 when it must not leave
    http::write(socket, res);
    @endcode
*/
class response_guard {
 public:
  /** A guard with `options`; copies share them and the counters. */
  explicit response_guard(guard_options options = {})
      : state_(std::make_shared<state>(std::move(options))) {}

  /** Checks `res`, which answers `req`, and acts on it as the mode says. Returns what it did.
      Throws `respolicy::violation_error` in `throw` mode. */
  template <class Body, class Fields, class RequestFields>
  guard_action apply(http::message<false, Body, Fields>& res,
                     http::request_header<RequestFields> const& req) const {
    request_view const r{req};
    return act(res, &r.context(), detail::lazy_keep_alive{req}, to_std(req.target()));
  }

  /** As above, for a request already consumed by its handler. */
  template <class Body, class Fields>
  guard_action apply(http::message<false, Body, Fields>& res, request_snapshot const& req) const {
    return act(res, &req.context(), detail::lazy_keep_alive{req.keep_alive()}, req.target());
  }

  /** As above, without the request: request-dependent rules are skipped. */
  template <class Body, class Fields>
  guard_action apply(http::message<false, Body, Fields>& res) const {
    return act(res, nullptr, detail::lazy_keep_alive{false}, {});
  }

  /** The core of the above: `req` may be null; `keep_alive` is the request's wish, kept by a 500
      that replaces a blocked response. */
  template <class Body, class Fields>
  guard_action apply(http::message<false, Body, Fields>& res, request_context const* req,
                     bool keep_alive, std::string_view target) const {
    return act(res, req, detail::lazy_keep_alive{keep_alive}, target);
  }

  /** As the above, for the response an `any_response` holds (handlers in Beast's
      `message_generator` style). */
  template <class RequestFields>
  guard_action apply(any_response& res, http::request_header<RequestFields> const& req) const;
  /** As above, for a request already consumed by its handler. */
  guard_action apply(any_response& res, request_snapshot const& req) const;
  /** As above, without the request: request-dependent rules are skipped. */
  guard_action apply(any_response& res) const;

  /** The counts of all responses this guard and its copies handled so far. */
  guard_stats stats() const noexcept {
    auto const& s = *state_;
    return {s.checked.load(std::memory_order_relaxed), s.reported.load(std::memory_order_relaxed),
            s.repaired.load(std::memory_order_relaxed), s.blocked.load(std::memory_order_relaxed),
            s.thrown.load(std::memory_order_relaxed)};
  }

  /** The options the guard was made with. */
  guard_options const& options() const noexcept { return state_->options; }

 private:
  friend class any_response;

  template <class Body, class Fields>
  guard_action act(http::message<false, Body, Fields>& res, request_context const* req,
                   detail::lazy_keep_alive keep_alive, std::string_view target) const {
    auto& s = *state_;
    s.checked.fetch_add(1, std::memory_order_relaxed);
    std::string_view const method = req ? req->method : std::string_view{};
    policy const& pol = s.options.policy_for(method, target);

    // validate() reads a view of the response; a response that passes leaves here without
    // having touched the heap. Findings below the notification threshold (the advice
    // 200-validators, say, which many responses that pass carry) are not recorded unless a
    // repair acts on them, and the report's storage is kept per thread for the rest. A guard
    // called again on the same thread before this call returns (from on_violation, say) uses a
    // report of its own.
    detail::kept_report kept;
    repair_report& rep = kept.get();
    bool common = false;
    {
      message_view const v{res};
      common = validate_common(v.view(), req, pol, rep, s.options.notify_at_);
    }
    // A common response can hold neither hazard (validate_common()): without findings it passes
    // here, and the code for everything else stays out of the way of this path.
    if (common && rep.empty()) return guard_action::passed;
    return act_on_findings(res, req, keep_alive, method, target, pol, rep, common);
  }

  // The rest of act(): the hazard scans of a response that is not common, the repairs, the
  // notification and the block.
  template <class Body, class Fields>
  [[gnu::noinline]] guard_action act_on_findings(http::message<false, Body, Fields>& res,
                                                 request_context const* req,
                                                 detail::lazy_keep_alive keep_alive,
                                                 std::string_view method, std::string_view target,
                                                 policy const& pol, repair_report& rep,
                                                 bool common) const {
    auto& s = *state_;
    int const status = static_cast<int>(res.result_int());
    // The handler's answer is the final one: a 1xx other than 101 leaves the client waiting
    // for a final response that never comes (RFC 9110 §15).
    bool const not_final =
        status >= 100 && status < 200 && status != 101 && add_not_final(pol, rep);
    // A common response holds no hazard (validate_common()); every other one is scanned, and the
    // safety blocks hold whatever the policy says of their rules.
    std::vector<hazard> hazards;
    if (!common) hazards = detail::find_hazards(res, req);
    if (hazards.empty() && rep.empty()) return guard_action::passed;

    bool const repairable = std::all_of(hazards.begin(), hazards.end(), detail::framing_hazard);
    if (s.options.mode_ == guard_mode::repair && repairable) {
      // The repairs start from what validate() found. They may resolve a framing conflict:
      // whatever is left after them still blocks.
      if (detail::has_safe_repair(rep)) {
        report found = std::move(rep);
        rep = repair_report{};
        detail::repair_into(res, req, pol, rep, &found, s.options.notify_at_);
        hazards = detail::find_hazards(res, req);
      }
      if (detail::repair_hazard(res, hazards, rep)) hazards = detail::find_hazards(res, req);
    }
    bool const dangerous = !hazards.empty();
    detail::merge_hazards(rep, hazards);
    if (!dangerous && rep.empty()) return guard_action::passed;

    // Below the notification threshold (info-level advice, by default) a response counts as
    // passed, unless a repair changed it.
    guard_action action =
        rep.worst() >= s.options.notify_at_ ? guard_action::reported : guard_action::passed;
    switch (s.options.mode_) {
      case guard_mode::report:
        if (dangerous) action = guard_action::blocked;
        break;
      case guard_mode::repair:
        if (dangerous || not_final)  // no repair makes a 1xx final
          action = guard_action::blocked;
        else if (rep.repairs() != 0)
          action = guard_action::repaired;
        break;
      case guard_mode::reject:
        if (dangerous || !rep.ok()) action = guard_action::blocked;
        break;
      case guard_mode::throw_:
        if (dangerous || !rep.ok()) action = guard_action::thrown;
        break;
    }
    if (action == guard_action::passed) return action;
    count(action);
    // The response is made safe before any code of the caller's runs: an on_violation that
    // throws, or a caller that catches violation_error and sends `res` anyway, finds the 500.
    if (action == guard_action::blocked || dangerous)
      detail::replace_with_500(res, rep, keep_alive(), method == "HEAD", s.options.expose_rules_);
    if (s.options.on_violation_)
      s.options.on_violation_(guard_event{action, status, method, target, rep, rep.bytes_dropped});
    if (action == guard_action::thrown) throw violation_error(std::move(rep));
    return action;
  }

  // Records that the handler's final answer is a 1xx, at the policy's severity of
  // one-final-response; false when the policy turned the rule off.
  static bool add_not_final(policy const& pol, repair_report& rep) {
    constexpr rule_index rule{"one-final-response"};
    auto const sev = pol.severity_of(rule);
    if (sev == severity::off) return false;
    rep.add(diagnostic::of(rule, sev, {}, "a 1xx returned as the handler's final answer"));
    return true;
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

/** Any `http::response<Body, Fields>`, its type erased as `http::message_generator` erases it,
    but still open to the guard: the return type of a guarded handler written in the style of
    Beast's example servers, whose branches return responses with different bodies.

    It converts from any response rvalue, as `http::message_generator` does, so a handler that
    returned a `message_generator` needs only its return type changed. `guard()` checks the
    response it holds, repairs or replaces it as the mode says, and only then makes the
    `message_generator`: the guarded handler returns that.

    The guard cannot do this with a `message_generator` itself: it hides the message, and once
    serialized an injected CR LF looks like any other header line.

    @par Example
    @code
    respolicy::beast::any_response handle_request(http::request<http::string_body>&& req) {
      if (req.method() == http::verb::head)
        return http::response<http::empty_body>{http::status::ok, req.version()};
      return respond::ok(req, "hello", "text/plain");  // an http::response<http::string_body>
    }
    auto guarded = respolicy::beast::guard(
        [](auto&& req) { return handle_request(std::move(req)); });
    http::message_generator msg = guarded(std::move(req));  // checked, then type-erased
    @endcode
*/
class any_response {
 public:
  /** Takes ownership of `res`. */
  template <class Body, class Fields>
  any_response(http::message<false, Body, Fields>&& res)  // implicit, as message_generator's
      : impl_(std::make_unique<model<Body, Fields>>(std::move(res))) {}

  /** Moves the response. */
  any_response(any_response&&) noexcept = default;
  /** Moves the response. */
  any_response& operator=(any_response&&) noexcept = default;

  /** The status code of the response held. */
  unsigned result_int() const noexcept { return impl_->result_int(); }

  /** `keep_alive()` of the response held. */
  bool keep_alive() const noexcept { return impl_->keep_alive(); }

  /** Moves the response into a `message_generator`, unchecked: for servers without a guard (a
      guarded handler returns the generator already). */
  http::message_generator to_generator() && { return impl_->release(); }

 private:
  friend class response_guard;

  struct base {
    virtual ~base() = default;
    virtual guard_action guard(response_guard const& g, request_context const* req,
                               detail::lazy_keep_alive keep_alive, std::string_view target) = 0;
    virtual http::message_generator release() = 0;
    virtual unsigned result_int() const noexcept = 0;
    virtual bool keep_alive() const noexcept = 0;
  };

  template <class Body, class Fields>
  struct model final : base {
    explicit model(http::message<false, Body, Fields>&& m) : msg(std::move(m)) {}
    guard_action guard(response_guard const& g, request_context const* req,
                       detail::lazy_keep_alive keep_alive, std::string_view target) override {
      return any_response::act(g, msg, req, keep_alive, target);
    }
    http::message_generator release() override { return http::message_generator{std::move(msg)}; }
    unsigned result_int() const noexcept override { return msg.result_int(); }
    bool keep_alive() const noexcept override { return msg.keep_alive(); }

    http::message<false, Body, Fields> msg;
  };

  template <class Body, class Fields>
  static guard_action act(response_guard const& g, http::message<false, Body, Fields>& m,
                          request_context const* req, detail::lazy_keep_alive keep_alive,
                          std::string_view target) {
    return g.act(m, req, keep_alive, target);
  }

  std::unique_ptr<base> impl_;
};

template <class RequestFields>
guard_action response_guard::apply(any_response& res,
                                   http::request_header<RequestFields> const& req) const {
  request_view const r{req};
  return res.impl_->guard(*this, &r.context(), detail::lazy_keep_alive{req}, to_std(req.target()));
}

inline guard_action response_guard::apply(any_response& res, request_snapshot const& req) const {
  return res.impl_->guard(*this, &req.context(), detail::lazy_keep_alive{req.keep_alive()},
                          req.target());
}

inline guard_action response_guard::apply(any_response& res) const {
  return res.impl_->guard(*this, nullptr, detail::lazy_keep_alive{false}, {});
}

namespace detail {

template <class T>
struct is_response : std::false_type {};
template <class Body, class Fields>
struct is_response<http::message<false, Body, Fields>> : std::true_type {};

template <class T>
struct is_response_variant : std::false_type {};
template <class... Ts>
struct is_response_variant<std::variant<Ts...>>
    : std::bool_constant<(is_response<Ts>::value && ...)> {};

template <class Result, class Request>
void guard_result(response_guard const& g, Result& res, Request const& req) {
  if constexpr (is_response<Result>::value || std::is_same_v<Result, any_response>) {
    g.apply(res, req);
  } else if constexpr (is_response_variant<Result>::value) {
    std::visit([&](auto& r) { g.apply(r, req); }, res);
  } else {
    static_assert(!std::is_same_v<Result, http::message_generator>,
                  "respolicy::beast::guard: this handler returns an http::message_generator, "
                  "which hides its message, so the guard cannot check it (once serialized, an "
                  "injected CR LF looks like a real header line). Change the handler's return "
                  "type to respolicy::beast::any_response: it converts from any http::response "
                  "as message_generator does, and the guarded handler then returns the "
                  "http::message_generator, made after the check. Or return the http::response "
                  "and wrap the guard in respolicy::beast::as_generator(...)");
    static_assert(std::is_same_v<Result, http::message_generator>,
                  "a guarded handler returns an http::response<Body, Fields>, a std::variant of "
                  "them, or a respolicy::beast::any_response");
  }
}

}  // namespace detail

/** A handler wrapped by `guard()`: calls the handler, then checks, repairs or blocks its response
    before returning it. Copies share the guard's options and counters. */
template <class Handler>
class guarded_handler {
 public:
  /** Wraps `h`, guarding its responses with `g`. */
  guarded_handler(Handler h, response_guard g) : handler_(std::move(h)), guard_(std::move(g)) {}

  /** Calls the handler with `req` and `args`, and guards the response it returns. A handler that
      takes the request by lvalue reference sees it in place; one that consumes it (rvalue
      reference) gets it moved, after the guard took a copy of what the rules read.

      Returns what the handler returned, checked; for a handler returning `any_response`, the
      `http::message_generator` made from the checked response. */
  template <class Request, class... Args>
  auto operator()(Request&& req, Args&&... args) const {
    using request_type = std::remove_reference_t<Request>;  // const when the caller's is
    if constexpr (std::is_invocable_v<Handler const&, request_type&, Args&&...>)
      return call_in_place(static_cast<request_type&>(req), std::forward<Args>(args)...);
    else
      return call_consuming(std::forward<Request>(req), std::forward<Args>(args)...);
  }

  /** The guard. */
  response_guard const& guard() const noexcept { return guard_; }
  /** The guard's counts. */
  guard_stats stats() const noexcept { return guard_.stats(); }

 private:
  // One function per way of passing the request, each returning its one local: so the compiler
  // constructs the response in the caller's storage (NRVO), where a function returning either of
  // two locals would move it, at about a hundred instructions for a Beast response.
  template <class Request, class... Args>
  auto call_in_place(Request& req, Args&&... args) const {
    auto res = std::invoke(handler_, req, std::forward<Args>(args)...);
    detail::guard_result(guard_, res, req);
    if constexpr (std::is_same_v<decltype(res), any_response>)
      return std::move(res).to_generator();
    else
      return res;
  }

  template <class Request, class... Args>
  auto call_consuming(Request&& req, Args&&... args) const {
    request_snapshot const snapshot{req};
    auto res = std::invoke(handler_, std::forward<Request>(req), std::forward<Args>(args)...);
    detail::guard_result(guard_, res, snapshot);
    if constexpr (std::is_same_v<decltype(res), any_response>)
      return std::move(res).to_generator();
    else
      return res;
  }

  Handler handler_;
  response_guard guard_;
};

/** Wraps `handler` so that every response it returns is checked before it is sent, and repaired,
    reported, blocked or thrown as `options` say.

    The handler takes the request (an `http::request<Body, Fields>`) and any further arguments,
    and returns one of:
    - an `http::response<Body, Fields>` or a `std::variant` of responses: the wrapper returns the
      same type, checked (wrap it in `as_generator()` to get an `http::message_generator`);
    - an `any_response`, the form of Beast's example servers (`handle_request` returning
      `http::message_generator` from branches with different bodies) with only the return type
      changed: the wrapper checks the response inside and returns the `http::message_generator`.

    A handler returning a bare `http::message_generator` does not compile (a static_assert says
    what to write instead): a generator hides its message, and once serialized an injected CR LF
    is indistinguishable from a real header line, so the guard could not keep its promise.

    Works for synchronous servers (`http::write`, `beast::write`) and inside asynchronous
    connection handlers (`beast::async_write(stream, std::move(msg), ...)`) alike. Whatever the
    mode, a response that trips a safety block (CR, LF or NUL in a field name, value or reason
    phrase, a name that is not a token, a status outside 100-999 or a version other than
    HTTP/1.0 and 1.1, framing Beast would write otherwise than the client reads it) never
    leaves, even with every rule turned off: it becomes a 500 and the report says why
    (docs/architecture.md, "Safety blocks"). A 1xx other than 101 returned as the final answer
    is reported as `one-final-response`, and blocked in repair and reject mode.

    @par Example
    @code
    auto handle = respolicy::beast::guard(
        [](http::request<http::string_body> const& req) { return make_response(req); },
        respolicy::beast::guard_options{}.mode(respolicy::beast::guard_mode::repair));
    http::response<http::string_body> res = handle(req);

    // Beast's example shape: handle_request returns respolicy::beast::any_response instead of
    // http::message_generator, and the session writes what the guard returns.
    auto guarded = respolicy::beast::guard(
        [root](auto&& req) { return handle_request(*root, std::move(req)); });
    beast::async_write(stream, guarded(parser.release()), on_write);
    @endcode
*/
template <class Handler>
guarded_handler<std::decay_t<Handler>> guard(Handler&& handler, guard_options options = {}) {
  return {std::forward<Handler>(handler), response_guard{std::move(options)}};
}

/** A guarded handler that returns an `http::message_generator`, made from the checked response;
    see `as_generator()`. */
template <class Handler>
class generator_handler {
 public:
  /** Wraps a guarded handler. */
  explicit generator_handler(guarded_handler<Handler> h) : guarded_(std::move(h)) {}

  /** Calls the guarded handler and makes a generator of the checked response. */
  template <class Request, class... Args>
  http::message_generator operator()(Request&& req, Args&&... args) const {
    auto res = guarded_(std::forward<Request>(req), std::forward<Args>(args)...);
    if constexpr (std::is_same_v<decltype(res), http::message_generator>)
      return res;
    else if constexpr (detail::is_response_variant<decltype(res)>::value)
      return std::visit([](auto& r) { return http::message_generator{std::move(r)}; }, res);
    else
      return http::message_generator{std::move(res)};
  }

  /** The guard. */
  response_guard const& guard() const noexcept { return guarded_.guard(); }
  /** The guard's counts. */
  guard_stats stats() const noexcept { return guarded_.stats(); }

 private:
  guarded_handler<Handler> guarded_;
};

/** Makes a guarded handler return `http::message_generator`, for sessions written around one
    (Beast's `beast::async_write(stream, std::move(msg), ...)`): the handler keeps returning its
    typed `http::response` (or a variant of them), the guard checks it, and the generator is made
    from the checked response.

    @par Example
    @code
    auto handle = respolicy::beast::as_generator(respolicy::beast::guard(make_response, options));
    http::message_generator msg = handle(req);
    bool const keep_alive = msg.keep_alive();
    beast::async_write(stream, std::move(msg), on_write);
    @endcode
*/
template <class Handler>
generator_handler<Handler> as_generator(guarded_handler<Handler> guarded) {
  return generator_handler<Handler>{std::move(guarded)};
}

}  // namespace respolicy::beast

#endif
