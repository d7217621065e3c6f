#!/usr/bin/env python3
# Writes a synthetic HAR 1.2 file for measuring respolicy-lint's report formats:
#
#   make_har.py --count 10000 > site.har
#
# Each entry a request and its response, as a browser records them: a mix of conforming
# responses and common mistakes (405 without Allow, 401 without WWW-Authenticate, 503 without
# Retry-After, a 304 with Content-Type but no validator, a bad Content-Type), deterministic for a
# given --seed.

import argparse
import json
import random
import sys

DATE = {"name": "Date", "value": "Tue, 15 Nov 1994 08:12:31 GMT"}


def fields(*pairs):
    return [{"name": n, "value": v} for n, v in pairs]


def entry(rng, i):
    method = "GET"
    kind = rng.randrange(10)
    path = "/item/%d" % i
    status, text, headers, body = 200, "OK", fields(("ETag", '"v%d"' % i),
                                                    ("Content-Type", "text/html; charset=utf-8"),
                                                    ("Cache-Control", "max-age=600")), "<p>item</p>"
    if kind == 0:
        method, status, text, headers, body = "DELETE", 405, "Method Not Allowed", fields(
            ("Content-Type", "text/plain")), "not allowed"
    elif kind == 1:
        status, text, headers, body = 401, "Unauthorized", fields(("Content-Type", "text/plain")), "login"
    elif kind == 2:
        status, text, headers, body = 503, "Service Unavailable", fields(
            ("Content-Type", "text/plain")), "busy"
    elif kind == 3:
        status, text, headers, body = 304, "Not Modified", fields(("Content-Type", "text/html")), ""
    elif kind == 4:
        headers = fields(("Content-Type", "text/html;;charset=utf-8"), ("ETag", '"v%d"' % i))
    elif kind == 5:
        status, text, headers, body = 301, "Moved Permanently", fields(
            ("Location", "/new%s" % path), ("Content-Type", "text/plain")), "moved"
    headers = [DATE] + headers + fields(("Content-Length", str(len(body.encode()))))
    return {
        "startedDateTime": "2026-01-01T00:00:00.000Z", "time": 1,
        "request": {"method": method, "url": "http://example.com" + path, "httpVersion": "HTTP/1.1",
                    "headers": fields(("Host", "example.com"), ("Accept", "text/html")),
                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
        "response": {"status": status, "statusText": text, "httpVersion": "HTTP/1.1",
                     "headers": headers, "cookies": [],
                     "content": {"size": len(body.encode()), "mimeType": "text/plain", "text": body},
                     "redirectURL": "", "headersSize": -1, "bodySize": len(body.encode())},
        "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0},
    }


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--count", type=int, default=10000)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    har = {"log": {"version": "1.2", "creator": {"name": "make_har.py", "version": "1"},
                   "entries": [entry(rng, i) for i in range(a.count)]}}
    json.dump(har, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
