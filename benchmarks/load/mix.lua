-- wrk script: rotates over the guarded_server example's handlers so that one load run exercises
-- every path of the guard: responses that pass, responses it repairs, responses it reports and
-- responses it blocks (replaced by a 500). Counts the responses by status on wrk's side and, at
-- the end, prints one parseable line with wrk's totals and error counts. No HEAD: wrk reads the
-- content a Content-Length announces even in answer to HEAD, and would wait for it (a timeout);
-- tests/tsan/guard_threads.cpp covers HEAD with a client that knows the method.
-- Usage: wrk -s benchmarks/load/mix.lua http://127.0.0.1:PORT   (scripts/load-asan.sh runs it)

local mix = {
  { "GET", "/hello" },          -- 200, passes
  { "DELETE", "/items/42" },    -- 204 with a body: repaired (RFC 9110 §15.3.5)
  { "GET", "/greet?name=Bob" }, -- 200, passes
  { "POST", "/hello" },         -- 405 without Allow: reported (RFC 9110 §15.5.6)
  { "GET", "/status" },         -- 503 without Retry-After: reported (RFC 9110 §15.6.4)
  -- CR LF from the query string in a header value: blocked, a 500 (RFC 9110 §5.5)
  { "GET", "/greet?name=Bob%0D%0ASet-Cookie:%20session=stolen" },
  { "GET", "/missing" },        -- 404, passes
}

local threads = {}

-- setup() and done() run in wrk's main Lua state, request() and response() in each thread's own.
function setup(thread)
  table.insert(threads, thread)
  thread:set("first", #threads)
end

function init(args)
  -- Every request takes the next entry; the threads start at different offsets.
  next_request = first or 0
  statuses = {}
end

function request()
  local m = mix[next_request % #mix + 1]
  next_request = next_request + 1
  return wrk.format(m[1], m[2])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counted, by_status = 0, {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + n
      counted = counted + n
    end
  end
  local codes = {}
  for status in pairs(by_status) do table.insert(codes, status) end
  table.sort(codes)
  local histogram = {}
  for _, status in ipairs(codes) do
    table.insert(histogram, string.format("%d=%d", status, by_status[status]))
  end
  local e = summary.errors
  io.write(string.format(
    "wrk-mix: requests=%d responses=%d connect=%d read=%d write=%d timeout=%d non2xx3xx=%d " ..
    "duration_us=%d statuses=%s\n",
    summary.requests, counted, e.connect, e.read, e.write, e.timeout, e.status,
    summary.duration, table.concat(histogram, ",")))
end
