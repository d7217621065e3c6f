//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "reports.hpp"

#include <respolicy/rule.hpp>
#include <respolicy/version.hpp>

#include <algorithm>
#include <ostream>
#include <vector>

namespace respolicy::lint {
namespace {

constexpr std::string_view style = R"(
body{font:14px/1.4 system-ui,sans-serif;margin:0 1.5em 2em;color:#1d1d1f;background:#fff}
h1{font-size:1.5em;margin:.8em 0 .2em}h2{font-size:1.2em;margin:1.2em 0 .4em}
h3{font-size:1em;margin:0 0 .4em;font-weight:600}
table{border-collapse:collapse;margin:0 2em 1em 0;vertical-align:top}
caption{text-align:left;font-weight:600;padding:.2em 0}
th,td{border:1px solid #d0d0d6;padding:.15em .5em;text-align:left}td.n{text-align:right}
.cols{display:flex;flex-wrap:wrap;align-items:flex-start}
.error{color:#b00020}.warning{color:#8a5a00}.info{color:#005a9c}
#filters{position:sticky;top:0;background:#f4f4f8;border:1px solid #d0d0d6;padding:.4em .8em;
margin:1em 0;z-index:1}#filters label{margin-right:1em}
article{border:1px solid #d0d0d6;border-radius:4px;padding:.6em .8em;margin:.8em 0}
.status{font-weight:700;padding:0 .3em;border-radius:3px;background:#eee}
.s2{background:#dff3e4}.s3{background:#e3ecfa}.s4{background:#fde8d8}.s5{background:#f9d6d9}
.heads{display:flex;flex-wrap:wrap;gap:1em}.head{flex:1 1 30em;min-width:0}
.head h4{margin:0;font-size:.85em;color:#666;font-weight:400}
.hl{font:12.5px/1.35 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere;
padding:0 .3em;border-left:3px solid transparent}.hl.start{font-weight:700}
.hl.hit-error{background:#fdecee;border-color:#b00020}
.hl.hit-warning{background:#fff5dc;border-color:#c98a00}
.hl.hit-info{background:#e8f2fb;border-color:#005a9c}
.tag{font:11px system-ui,sans-serif;margin-left:.6em;padding:0 .3em;border-radius:3px;
background:#fff;border:1px solid currentColor}.tag a{color:inherit}
ol.findings{margin:.5em 0 0;padding-left:1.5em}li.finding{margin:.2em 0}
.sev{font-weight:700;text-transform:uppercase;font-size:.8em}
.level{font-size:.8em;color:#555;border:1px solid #ccc;border-radius:3px;padding:0 .25em}
cite{color:#555;font-style:normal}.detail{color:#333}.quiet{color:#666}
code{font:12.5px ui-monospace,monospace}
)";

// Applies the filters: a finding shows when its severity is ticked and its rule chosen; an
// exchange shows when one of its findings does, or when nothing is filtered. The state also
// comes from the fragment (#severity=error,warning&rule=ID), so a filtered view has an address.
constexpr std::string_view script = R"(
(function () {
  var form = document.getElementById('filters');
  form.hidden = false;
  var sev = {error: form.elements.error, warning: form.elements.warning, info: form.elements.info};
  var rule = form.elements.rule;
  function fromHash() {
    var h = new URLSearchParams(location.hash.slice(1));
    if (h.has('severity')) {
      var on = h.get('severity').split(',');
      for (var s in sev) sev[s].checked = on.indexOf(s) >= 0;
    }
    if (h.has('rule')) rule.value = h.get('rule');
  }
  function apply() {
    var all = rule.value === '' && sev.error.checked && sev.warning.checked && sev.info.checked;
    var shown = 0;
    document.querySelectorAll('article.exchange').forEach(function (x) {
      var any = false;
      x.querySelectorAll('li.finding').forEach(function (f) {
        var on = sev[f.dataset.severity].checked &&
                 (rule.value === '' || rule.value === f.dataset.rule);
        f.hidden = !on;
        if (on) { any = true; ++shown; }
      });
      x.querySelectorAll('.tag').forEach(function (t) {
        t.hidden = document.getElementById(t.dataset.finding).hidden;
      });
      x.hidden = !all && !any;
    });
    document.getElementById('shown').textContent = shown;
  }
  fromHash();
  apply();
  form.addEventListener('change', apply);
  window.addEventListener('hashchange', function () { fromHash(); apply(); });
})();
)";

std::size_t status_class(lint_entry const& e) {
  if (!e.status) return 0;
  return *e.status >= 100 && *e.status < 600 ? static_cast<std::size_t>(*e.status / 100) : 6;
}

constexpr std::string_view class_names[] = {"no response", "1xx", "2xx",  "3xx",
                                            "4xx",         "5xx", "other"};

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + ' ' + std::string(n == 1 ? one : many);
}

std::string level_of(std::string_view rule) {
  if (auto const* r = find_rule(rule)) return std::string(to_string(r->level));
  return "tool";
}

std::string_view summary_of(std::string_view rule) {
  if (auto const* r = find_rule(rule)) return r->summary;
  for (auto const& t : tool_rules())
    if (t.id == rule) return t.summary;
  return {};
}

}  // namespace

html_sink::html_sink(std::ostream& os, std::string profile)
    : os_(os), profile_(std::move(profile)) {}

void html_sink::entry(lint_entry const& e) {
  ++exchanges_;
  auto const id = "x" + std::to_string(exchanges_);
  auto& cls = by_class_[status_class(e)];
  ++cls.responses;
  std::array<std::size_t, 3> counts{};
  for (auto const& ld : e.diagnostics) {
    auto const s = static_cast<std::size_t>(ld.d.severity) - 1;
    if (s < 3) ++counts[s], ++cls.findings[s];
    ++rule_counts_[std::string(ld.d.rule)];
  }

  std::string& b = body_;
  b += "<article class=\"exchange\" id=\"" + id + "\">\n<h3><a href=\"#" + id + "\">" +
       markup_escape(e.source) + " #" + std::to_string(e.index) + "</a> ";
  if (e.status)
    b += "<span class=\"status s" + std::to_string(status_class(e)) + "\">" +
         std::to_string(*e.status) + "</span> ";
  if (e.connection_end) b += "end of connection ";
  if (!e.method.empty()) b += markup_escape(e.method) + ' ';
  if (!e.url.empty()) b += markup_escape(e.url) + ' ';
  if (e.diagnostics.empty()) b += "<span class=\"quiet\">no findings</span>";
  for (std::size_t s = 3; s-- > 0;) {
    static constexpr std::string_view names[][2] = {
        {"note", "notes"}, {"warning", "warnings"}, {"error", "errors"}};
    if (counts[s])
      b += " <span class=\"" + std::string(to_string(static_cast<severity>(s + 1))) + "\">" +
           plural(counts[s], names[s][0], names[s][1]) + "</span>";
  }
  b += "</h3>\n";

  // The heads, each finding tagged on the line it concerns.
  auto finding_id = [&](std::size_t i) { return id + "-f" + std::to_string(i + 1); };
  if (!e.request_head.empty() || e.status) {
    b += "<div class=\"heads\">";
    if (!e.request_head.empty()) {
      b += "<div class=\"head\"><h4>request</h4>";
      for (std::size_t i = 0; i < e.request_head.size(); ++i)
        b += std::string("<div class=\"hl") + (i == 0 ? " start" : "") + "\">" +
             markup_escape(e.request_head[i]) + "</div>";
      b += "</div>";
    }
    if (e.status) {
      b += "<div class=\"head\"><h4>response</h4><div class=\"hl start\">" +
           markup_escape(e.version.empty() ? "" : e.version + ' ') + std::to_string(*e.status) +
           ' ' + markup_escape(e.reason) + "</div>";
      for (std::size_t l = 0; l < e.response_head.size(); ++l) {
        std::string tags;
        int worst = 0;
        for (std::size_t i = 0; i < e.diagnostics.size(); ++i) {
          auto const& ld = e.diagnostics[i];
          if (ld.line != l) continue;
          auto const sev = std::string(to_string(ld.d.severity));
          worst = std::max(worst, static_cast<int>(ld.d.severity));
          tags += "<span class=\"tag " + sev + "\" data-finding=\"" + finding_id(i) +
                  "\"><a href=\"#" + finding_id(i) + "\">" + markup_escape(ld.d.rule) +
                  "</a></span>";
        }
        b += "<div class=\"hl";
        if (worst) b += " hit-" + std::string(to_string(static_cast<severity>(worst)));
        b += "\" id=\"" + id + "-l" + std::to_string(l) + "\">" +
             markup_escape(e.response_head[l]) + tags + "</div>";
      }
      b += "</div>";
    }
    b += "</div>\n";
  }

  if (!e.diagnostics.empty()) {
    b += "<ol class=\"findings\">\n";
    for (std::size_t i = 0; i < e.diagnostics.size(); ++i) {
      auto const& ld = e.diagnostics[i];
      auto const& d = ld.d;
      auto const sev = std::string(to_string(d.severity));
      b += "<li class=\"finding\" id=\"" + finding_id(i) + "\" data-severity=\"" + sev +
           "\" data-rule=\"" + markup_escape(d.rule) + "\"><span class=\"sev " + sev + "\">" + sev +
           "</span> <a href=\"" + markup_escape(rule_help_uri(d.rule)) + "\"><code>" +
           markup_escape(d.rule) + "</code></a> <span class=\"level\">" + level_of(d.rule) +
           "</span> " + markup_escape(d.message);
      if (!d.detail.view().empty())
        b += " <span class=\"detail\">(" + markup_escape(d.detail.view()) + ")</span>";
      b += " <cite>" + markup_escape(d.citation) + "</cite>";
      if (ld.line && *ld.line < e.response_head.size())
        b += " <a href=\"#" + id + "-l" + std::to_string(*ld.line) + "\">field line " +
             std::to_string(*ld.line + 1) + "</a>";
      else if (!ld.field_line.empty())
        b += " <code>" + markup_escape(ld.field_line) + "</code>";
      if (ld.offset)
        b += " <span class=\"quiet\">at byte " + std::to_string(*ld.offset) + "</span>";
      b += "</li>\n";
    }
    b += "</ol>\n";
  }
  b += "</article>\n";
}

void html_sink::end() {
  totals const t = counts_ ? *counts_ : totals{};
  auto const findings = t.errors + t.warnings + t.infos;
  auto& o = os_;
  // The page's own style and script are allowed by their hashes; nothing else runs, loads or
  // submits (inline event handlers included), whatever the escaped input holds.
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    << "style-src 'sha256-" << sha256_base64(style) << "'; script-src 'sha256-"
    << sha256_base64(script) << "'; base-uri 'none'; form-action 'none'\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width\">\n"
    << "<title>respolicy-lint report</title>\n<style>" << style << "</style>\n</head>\n<body>\n"
    << "<h1>respolicy-lint report</h1>\n<p id=\"totals\">"
    << plural(t.entries, "response", "responses") << " in " << plural(t.sources, "input", "inputs")
    << ": <span class=\"error\">" << plural(t.errors, "error", "errors")
    << "</span>, <span class=\"warning\">" << plural(t.warnings, "warning", "warnings")
    << "</span>, <span class=\"info\">" << plural(t.infos, "note", "notes") << "</span> (policy "
    << markup_escape(profile_) << ", respolicy " << version_major << '.' << version_minor << '.'
    << version_patch << ")</p>\n";

  // The rules most often broken, then the findings by status class.
  std::vector<std::pair<std::string, std::size_t>> top(rule_counts_.begin(), rule_counts_.end());
  std::stable_sort(top.begin(), top.end(),
                   [](auto const& a, auto const& b) { return a.second > b.second; });
  o << "<section id=\"summary\"><h2>Summary</h2><div class=\"cols\">\n";
  if (!top.empty()) {
    o << "<table id=\"top-rules\"><caption>Rules most often broken</caption>\n"
      << "<tr><th>rule</th><th>findings</th><th>level</th><th>summary</th></tr>\n";
    for (std::size_t i = 0; i < top.size() && i < 10; ++i) {
      o << "<tr><td><a href=\"" << markup_escape(rule_help_uri(top[i].first)) << "\"><code>"
        << markup_escape(top[i].first) << "</code></a></td><td class=\"n\">" << top[i].second
        << "</td><td>" << level_of(top[i].first) << "</td><td>"
        << markup_escape(summary_of(top[i].first)) << "</td></tr>\n";
    }
    o << "</table>\n";
  }
  o << "<table id=\"by-status\"><caption>By status class</caption>\n"
    << "<tr><th>status</th><th>responses</th><th>errors</th><th>warnings</th><th>notes</th></tr>\n";
  for (std::size_t c = 0; c < by_class_.size(); ++c) {
    auto const& k = by_class_[c];
    if (!k.responses) continue;
    o << "<tr><td>" << class_names[c] << "</td><td class=\"n\">" << k.responses
      << "</td><td class=\"n\">" << k.findings[2] << "</td><td class=\"n\">" << k.findings[1]
      << "</td><td class=\"n\">" << k.findings[0] << "</td></tr>\n";
  }
  o << "</table>\n</div></section>\n";

  // Hidden until the script shows it: without scripts everything is shown, unfiltered.
  o << "<form id=\"filters\" hidden>Show <label><input type=\"checkbox\" name=\"error\" checked> "
       "errors</label><label><input type=\"checkbox\" name=\"warning\" checked> warnings</label>"
       "<label><input type=\"checkbox\" name=\"info\" checked> notes</label><label>rule "
       "<select name=\"rule\"><option value=\"\">all rules</option>";
  for (auto const& [rule, n] : rule_counts_)
    o << "<option value=\"" << markup_escape(rule) << "\">" << markup_escape(rule) << " (" << n
      << ")</option>";
  o << "</select></label> <output id=\"shown\">" << findings << "</output> findings shown</form>\n"
    << "<section id=\"exchanges\"><h2>Responses</h2>\n"
    << body_ << "</section>\n<script>" << script << "</script>\n</body>\n</html>\n";
}

}  // namespace respolicy::lint
