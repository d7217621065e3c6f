#!/usr/bin/env python3
# Writes a synthetic capture of raw HTTP/1.1 responses for measuring respolicy-lint:
#
#   make_capture.py --count 100000 > capture.http         # 100,000 small responses
#   make_capture.py --bytes 1073741824 > big.http         # about 1 GiB, large bodies
#
# A mix of conforming responses and common mistakes (405 without Allow, 204 with content, a
# folded field, a wrong Content-Length), deterministic for a given --seed.

import argparse
import random
import sys

DATE = "Date: Tue, 15 Nov 1994 08:12:31 GMT\r\n"


def response(rng, big):
    kind = rng.randrange(10)
    if big:
        size = rng.randrange(256 * 1024, 4 * 1024 * 1024)
        body = b"x" * size
        return (b"HTTP/1.1 200 OK\r\n" + DATE.encode() + b'ETag: "v1"\r\n'
                b"Content-Type: application/octet-stream\r\nContent-Length: "
                + str(size).encode() + b"\r\n\r\n" + body)
    if kind == 0:
        return (b"HTTP/1.1 405 Method Not Allowed\r\n" + DATE.encode()
                + b"Content-Type: text/plain\r\nContent-Length: 11\r\n\r\nnot allowed")
    if kind == 1:
        return b"HTTP/1.1 204 No Content\r\n" + DATE.encode() + b"\r\n"
    if kind == 2:
        return (b"HTTP/1.1 404 Not Found\r\n" + DATE.encode()
                + b"Content-Type: application/problem+json\r\nContent-Length: 38\r\n\r\n"
                + b'{"title":"Not Found","status":404}\r\n\r\n')
    if kind == 3:
        return (b"HTTP/1.1 301 Moved Permanently\r\n" + DATE.encode()
                + b"Location: https://example.com/new\r\nX-Folded: a\r\n b\r\n"
                + b"Content-Type: text/plain\r\nContent-Length: 7\r\n\r\nmoved\r\n")
    if kind == 4:
        return (b"HTTP/1.1 200 OK\r\n" + DATE.encode() + b'ETag: "v1"\r\n'
                + b"Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                + b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
    body = b"<html><body>" + b"ok " * rng.randrange(10, 200) + b"</body></html>"
    return (b"HTTP/1.1 200 OK\r\n" + DATE.encode() + b'ETag: "v1"\r\n'
            + b"Cache-Control: max-age=60\r\nContent-Type: text/html; charset=utf-8\r\n"
            + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--count", type=int, default=0, help="number of small responses")
    p.add_argument("--bytes", type=int, default=0, help="approximate size of large responses")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    out = sys.stdout.buffer
    if a.count:
        for _ in range(a.count):
            out.write(response(rng, False))
    written = 0
    while written < a.bytes:
        r = response(rng, True)
        out.write(r)
        written += len(r)


if __name__ == "__main__":
    main()
