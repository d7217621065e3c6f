#!/usr/bin/env python3
"""respolicy-lint's reports read by real consumers.

  reports_test.py html  LINT CORPUS WORKDIR   headless Chromium renders the HTML report of the HAR
                                              corpus: findings shown, filters, hostile fields, a
                                              screenshot (WORKDIR/report.png)
  reports_test.py junit LINT CORPUS WORKDIR   python3-junitparser reads the JUnit XML
  reports_test.py sarif LINT CORPUS WORKDIR   the SARIF multitool (npm @microsoft/sarif-multitool,
                                              installed into WORKDIR/npm) validates the SARIF

Each compares its counts with the JSON output's. Exit 77 (skipped) when the consumer is missing.
"""

import glob
import html.parser
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

SKIP = 77


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def skip(msg):
    print("SKIPPED: " + msg)
    sys.exit(SKIP)


def lint(exe, corpus, fmt, files):
    r = subprocess.run([exe, "--format", fmt] + files, cwd=corpus, capture_output=True)
    if r.returncode not in (0, 1):
        fail("respolicy-lint --format %s exited %d: %s" % (fmt, r.returncode, r.stderr.decode()))
    return r.stdout


def json_counts(exe, corpus, files):
    doc = json.loads(lint(exe, corpus, "json", files))
    diags = [d for r in doc["responses"] for d in r["diagnostics"]]
    return doc, diags


# --- HTML in Chromium ---------------------------------------------------------------------------

class Dom(html.parser.HTMLParser):
    """What a reader sees in a serialized DOM: findings and exchanges not hidden, the title,
    script and image elements, the body's attributes."""

    def __init__(self):
        super().__init__()
        self.shown_findings = []  # (severity, rule)
        self.shown_exchanges = 0
        self.scripts = self.images = self.svgs = 0
        self.body = {}
        self.title = ""
        self.in_title = False
        self.article_hidden = False
        self.output = None
        self.in_output = False
        self.marked_lines = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "article":
            self.article_hidden = "hidden" in a
            if not self.article_hidden:
                self.shown_exchanges += 1
        elif tag == "li" and "finding" in cls and not self.article_hidden and "hidden" not in a:
            self.shown_findings.append((a["data-severity"], a["data-rule"]))
        elif tag == "div" and any(c.startswith("hit-") for c in cls):
            self.marked_lines += 1
        elif tag == "script":
            self.scripts += 1
        elif tag == "img":
            self.images += 1
        elif tag == "svg":
            self.svgs += 1
        elif tag == "body":
            self.body = a
        elif tag == "title":
            self.in_title = True
        elif tag == "output" and a.get("id") == "shown":
            self.in_output = True

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag == "output":
            self.in_output = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_output:
            self.output = data


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def browser_args(work):
    # --no-sandbox: the sandbox needs user namespaces a CI container (or root) may not have.
    return ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=" + str(work / "chromium-profile")]


def dump_dom(browser, work, url):
    r = subprocess.run([browser] + browser_args(work) + ["--dump-dom", url],
                       capture_output=True, timeout=120)
    if r.returncode != 0 or not r.stdout:
        fail("chromium --dump-dom %s: exit %d\n%s" % (url, r.returncode, r.stderr.decode()[-2000:]))
    d = Dom()
    d.feed(r.stdout.decode("utf-8"))
    return d, r.stdout.decode("utf-8")


def test_html(exe, corpus, work):
    browser = chromium()
    if not browser:
        skip("no chromium (Debian package chromium) to render the HTML report")
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(corpus, "*.har")))
    if "hostile_fields.har" not in files:
        fail("the corpus lacks hostile_fields.har")
    doc, diags = json_counts(exe, corpus, files)
    report = work / "report.html"
    report.write_bytes(lint(exe, corpus, "html", files))
    url = report.as_uri()

    # Everything, unfiltered: as many findings as the JSON output has, each shown once.
    d, raw = dump_dom(browser, work, url)
    print("findings: JSON %d, shown %d; exchanges: JSON %d, shown %d"
          % (len(diags), len(d.shown_findings), len(doc["responses"]), d.shown_exchanges))
    if len(d.shown_findings) != len(diags):
        fail("the page shows %d findings, the JSON output has %d" % (len(d.shown_findings), len(diags)))
    if d.shown_exchanges != len(doc["responses"]):
        fail("the page shows %d exchanges, the JSON output has %d responses"
             % (d.shown_exchanges, len(doc["responses"])))
    if d.output != str(len(diags)):
        fail("the script's count of shown findings is %r, not %d" % (d.output, len(diags)))
    with_line = sum(1 for d2 in diags if d2["field_line"])
    if with_line and d.marked_lines == 0:
        fail("no field line is marked, though %d findings name one" % with_line)

    # Without scripts the page is the file as written (--dump-dom needs scripts): everything is
    # there, and the filter bar, which needs them, is hidden.
    raw_n = report.read_text(encoding="utf-8")
    n = Dom()
    n.feed(raw_n)
    print("scripts off: shown %d findings in %d exchanges" % (len(n.shown_findings), n.shown_exchanges))
    if len(n.shown_findings) != len(diags) or n.shown_exchanges != len(doc["responses"]):
        fail("without scripts the page shows %d findings" % len(n.shown_findings))
    if not re.search(r'<form id="filters" hidden', raw_n) or re.search(r'<form id="filters" hidden', raw):
        fail("the filter bar is not hidden without scripts and shown with them")

    # Nothing from a response ran: the title is the report's, the body has no marker, the only
    # script is the report's, no image or SVG element came from a field; the payloads are text.
    print("title %r, body attributes %r, scripts %d, img %d, svg %d"
          % (d.title, d.body, d.scripts, d.images, d.svgs))
    if d.title != "respolicy-lint report" or "data-pwned" in d.body:
        fail("a payload from hostile_fields.har ran: title %r, body %r" % (d.title, d.body))
    if d.scripts != 1 or d.images or d.svgs:
        fail("markup from the input became elements: %d scripts, %d img, %d svg"
             % (d.scripts, d.images, d.svgs))
    if "&lt;script&gt;document.title='PWNED-SCRIPT'" not in raw:
        fail("the <script> field value is not shown as text")

    # The same payloads, unescaped and without the policy, do run: the checks above can fail.
    control = work / "control.html"
    control.write_text("<!DOCTYPE html><html><head><title>control</title></head><body>"
                       "<div>X-Note: <script>document.title='PWNED-SCRIPT'</script></div>"
                       "<div>Content-Type: text/html\"><img src=x onerror=\"document.body."
                       "setAttribute('data-pwned','img')\"></div></body></html>")
    c, _ = dump_dom(browser, work, control.as_uri())
    print("control page: title %r, body %r" % (c.title, c.body))
    if c.title != "PWNED-SCRIPT" or c.body.get("data-pwned") != "img":
        fail("the control page's payloads did not run: the browser check proves nothing")

    # Filters, set through the page's address: severity, then rule.
    errors = sum(1 for x in diags if x["severity"] == "error")
    f, _ = dump_dom(browser, work, url + "#severity=error")
    print("#severity=error: JSON %d errors, shown %d" % (errors, len(f.shown_findings)))
    if len(f.shown_findings) != errors or any(s != "error" for s, _ in f.shown_findings):
        fail("the severity filter shows %d findings, %d errors expected" % (len(f.shown_findings), errors))
    if errors == len(diags):
        fail("the corpus has only errors: the severity filter changes nothing")
    rule = "405-allow-required"
    by_rule = sum(1 for x in diags if x["rule"] == rule)
    responses = sum(1 for r in doc["responses"] if any(x["rule"] == rule for x in r["diagnostics"]))
    g, _ = dump_dom(browser, work, url + "#rule=" + rule)
    print("#rule=%s: JSON %d findings in %d responses, shown %d in %d"
          % (rule, by_rule, responses, len(g.shown_findings), g.shown_exchanges))
    if len(g.shown_findings) != by_rule or g.shown_exchanges != responses or by_rule == 0:
        fail("the rule filter shows %d findings in %d exchanges" % (len(g.shown_findings), g.shown_exchanges))
    if g.output != str(by_rule):
        fail("the filtered count reads %r" % g.output)

    # A screenshot, as the README shows.
    png = work / "report.png"
    if png.exists():
        png.unlink()
    r = subprocess.run([browser] + browser_args(work) + ["--window-size=1200,900", "--hide-scrollbars",
                        "--screenshot=" + str(png), url], capture_output=True, timeout=120)
    if r.returncode != 0 or not png.exists() or png.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        fail("no screenshot: %s" % r.stderr.decode()[-2000:])
    print("screenshot: %s, %d bytes" % (png, png.stat().st_size))


# --- JUnit XML in junitparser -------------------------------------------------------------------

def test_junit(exe, corpus, work):
    try:
        import junitparser
    except ImportError:
        skip("no junitparser (Debian package python3-junitparser) for %s" % sys.executable)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(corpus, "*.har")))
    files += ["405_no_allow.http", "503_no_retry.http", "two_ok.http", "garbage_then_ok.http"]
    doc, diags = json_counts(exe, corpus, files)
    report = work / "report.xml"
    report.write_bytes(lint(exe, corpus, "junit", files))
    xml = junitparser.JUnitXml.fromfile(str(report))
    tests = failures = others = 0
    for suite in xml:
        suite_tests = suite_failures = 0
        for case in suite:
            suite_tests += 1
            suite_failures += sum(1 for r in case.result if isinstance(r, junitparser.Failure))
            if case.system_out:
                others += len(case.system_out.strip().splitlines())
        if (suite.tests, suite.failures) != (suite_tests, suite_failures):
            fail("suite %s says %d tests, %d failures; it holds %d, %d"
                 % (suite.name, suite.tests, suite.failures, suite_tests, suite_failures))
        tests += suite_tests
        failures += suite_failures
    s = doc["summary"]
    print("tests: JUnit %d, JSON responses %d; failures: JUnit %d, JSON errors %d; "
          "system-out lines %d, JSON warnings and notes %d"
          % (tests, s["responses"], failures, s["errors"], others, s["warnings"] + s["infos"]))
    if tests != s["responses"] or failures != s["errors"] or others != s["warnings"] + s["infos"]:
        fail("the JUnit counts differ from the JSON output's")
    if (xml.tests, xml.failures) != (tests, failures):
        fail("testsuites says %s tests, %s failures" % (xml.tests, xml.failures))


# --- SARIF in Microsoft's multitool -------------------------------------------------------------

# The multitool's rule settings: its defaults, less SARIF2006 (URIs should be reachable).
SARIF_CONFIG = """<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
"""

def test_sarif(exe, corpus, work):
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(corpus, "*.har")))
    files += ["405_no_allow.http", "garbage_then_ok.http", "truncated_header.http"]
    doc, diags = json_counts(exe, corpus, files)
    report = work / "report.sarif"
    report.write_bytes(lint(exe, corpus, "sarif", files))
    sarif = json.loads(report.read_bytes())
    results = sarif["runs"][0]["results"]
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    print("results: SARIF %d, JSON %d" % (len(results), len(diags)))
    if len(results) != len(diags):
        fail("the SARIF file has %d results, the JSON output %d findings" % (len(results), len(diags)))
    for r in results:
        if rules[r["ruleIndex"]]["id"] != r["ruleId"]:
            fail("result %s points at descriptor %s" % (r["ruleId"], rules[r["ruleIndex"]]["id"]))
        if "#" not in rules[r["ruleIndex"]]["helpUri"]:
            fail("descriptor %s has no anchor in its helpUri" % r["ruleId"])

    npm = shutil.which("npm")
    if not npm:
        skip("no npm to install @microsoft/sarif-multitool")
    prefix = work / "npm"
    tool = prefix / "node_modules" / ".bin" / "sarif-multitool"
    if not tool.exists():
        prefix.mkdir(parents=True, exist_ok=True)
        r = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(prefix),
                            "@microsoft/sarif-multitool"], capture_output=True, timeout=600)
        if r.returncode != 0 or not tool.exists():
            skip("npm could not install @microsoft/sarif-multitool: %s" % r.stderr.decode()[-2000:])
    # SARIF2006 fetches every helpUri with an HTTP GET. The tests run without network, where each
    # fetch waits for its DNS timeout (about 50 s in all) and the rule reports nothing: it is
    # turned off, and every other rule of the multitool stays on.
    config = work / "validation-config.xml"
    config.write_text(SARIF_CONFIG)
    out = work / "validation.sarif"
    if out.exists():
        out.unlink()
    r = subprocess.run([str(tool), "validate", str(report), "--config", str(config),
                        "--output", str(out)],
                       capture_output=True, timeout=600)
    print(r.stdout.decode()[-300:])
    if not out.exists():
        fail("the multitool wrote no validation log (exit %d): %s" % (r.returncode, r.stderr.decode()))
    found = [x for run in json.loads(out.read_bytes())["runs"] for x in run.get("results", [])]
    # The one warning allowed: a finding in a HAR entry has no region (HAR entries have no offsets).
    regionless = sum(1 for x in results if "region" not in x["locations"][0]["physicalLocation"])
    bad = [x for x in found if x.get("level", "warning") == "error" or x["ruleId"] != "SARIF2017"]
    print("multitool: %d results, %d about a missing region (%d findings without one), %d other"
          % (len(found), len(found) - len(bad), regionless, len(bad)))
    if r.returncode != 0 or bad or len(found) - len(bad) != regionless:
        for x in bad:
            print(x["ruleId"], x.get("level"), json.dumps(x["message"]))
        fail("the SARIF multitool reports problems (exit %d)" % r.returncode)

    # The multitool says nothing about a file it cannot read as SARIF objects: its SARIF2017
    # warning for each region-less result shows it read ours.
    if regionless == 0:
        fail("no finding without a region: nothing shows the multitool read the file")
    # A result without a message breaks the schema, an error to the multitool: it does look.
    broken = work / "broken.sarif"
    del sarif["runs"][0]["results"][0]["message"]
    broken.write_text(json.dumps(sarif))
    out.unlink()
    r = subprocess.run([str(tool), "validate", str(broken), "--config", str(config),
                        "--output", str(out)],
                       capture_output=True, timeout=600)
    found = [x for run in json.loads(out.read_bytes())["runs"] for x in run.get("results", [])]
    if not any(x.get("level", "warning") == "error" for x in found):
        fail("the multitool accepts a result without a message: the validation proves nothing")


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("html", "junit", "sarif"):
        print(__doc__)
        sys.exit(2)
    mode, exe, corpus, work = sys.argv[1:]
    work = pathlib.Path(work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    {"html": test_html, "junit": test_junit, "sarif": test_sarif}[mode](exe, corpus, work)
    print("PASS")


if __name__ == "__main__":
    main()
