-- Mixed reads and writes for bench/soak.sh, optionally paced to a total rate.
--
-- Environment: SLUGS (file of event slugs to read), EDITOR (bearer token), RATE (total requests per
-- second over all threads; 0 = as fast as possible), WRITES (percent of requests that write, may
-- be fractional), THREADS (wrk's -t, to split RATE), RUN (keeps created slugs unique across runs).
--
-- Reads rotate over the listed events, the first page, a filtered page, a text search, the
-- disputes and a TimelineJS export. Writes are what an editor sends: a merge-patch of an event's
-- summary with the ETag last seen for it in If-Match, or a new event. Each thread edits its own
-- events (synthetic-event-2000 and up), learns their ETags from the answers, and never has two
-- requests for one of them in flight, so a 412 here means a lost or misreported update, not a race.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } soak_timeval;
  int gettimeofday(soak_timeval *tv, void *tz);
]]
local tv = ffi.new("soak_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local READS = {
  { share = 45, path = nil }, -- detail, rotating
  { share = 15, path = "/api/v1/events?size=50" },
  { share = 10, path = "/api/v1/events?topic=rare-earths&from=2025-01-01&to=2025-06-30&size=50" },
  { share = 10, path = "/api/v1/events?q=gallium&size=50" },
  { share = 10, path = "/api/v1/disputes?size=50" },
  { share = 10, path = "/api/v1/exports/timeline.json?topic=rare-earths&from=2025-01-01&to=2025-01-31" },
}
local OWNED = 200

function init(args)
  slugs = {}
  for line in io.lines(os.getenv("SLUGS")) do
    slugs[#slugs + 1] = line
  end
  editor = "Bearer " .. os.getenv("EDITOR")
  writes = tonumber(os.getenv("WRITES") or "1")
  run = os.getenv("RUN") or "0"
  local rate = tonumber(os.getenv("RATE") or "0")
  local nthreads = tonumber(os.getenv("THREADS") or "1")
  interval = (rate > 0) and (1000 * nthreads / rate) or 0
  next_slot = 0
  owned, etags, ready, unseen = {}, {}, {}, 1
  for k = 0, OWNED - 1 do
    local slug = "synthetic-event-" .. (2000 + id * OWNED + k)
    owned[#owned + 1] = slug
    owned[slug] = true
  end
  read_i, seq = 0, 0
  patches, creates = 0, 0
  s2xx, s3xx, s412, s4xx, s5xx = 0, 0, 0, 0, 0
  math.randomseed(id * 7919 + 17)
end

-- Paced: each request of this thread gets the next free send slot, INTERVAL ms after the last.
function delay()
  if interval == 0 then
    return 0
  end
  local t = now_ms()
  if next_slot < t then
    next_slot = t
  end
  local wait = next_slot - t
  next_slot = next_slot + interval
  return wait
end

local function read()
  local roll = math.random(100)
  for _, r in ipairs(READS) do
    roll = roll - r.share
    if roll <= 0 then
      if r.path then
        return wrk.format("GET", r.path)
      end
      break
    end
  end
  read_i = read_i % #slugs + 1
  return wrk.format("GET", "/api/v1/events/" .. slugs[read_i])
end

local function write()
  seq = seq + 1
  if math.random(5) == 1 then
    creates = creates + 1
    local slug = "soak-" .. run .. "-" .. id .. "-" .. seq
    return wrk.format("POST", "/api/v1/events",
      { ["Authorization"] = editor, ["Content-Type"] = "application/json" },
      '{"slug": "' .. slug .. '", "title": "Soak ' .. slug .. '", "summary": "Created under load.", ' ..
      '"kind": "statement", "date": {"start": "2025-06-01", "precision": "month"}, "topics": ["tariffs"]}')
  end
  -- An owned event whose ETag is known and which has no request in flight; else a read of one not
  -- yet seen, to learn its ETag. Answers that carry an owned event make it ready again.
  local slug = table.remove(ready, 1)
  if slug then
    patches = patches + 1
    local etag = etags[slug]
    etags[slug] = nil
    return wrk.format("PATCH", "/api/v1/events/" .. slug,
      { ["Authorization"] = editor, ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = etag },
      '{"summary": "Edited under load, ' .. run .. "-" .. id .. "-" .. seq .. '."}')
  end
  if unseen <= OWNED then
    unseen = unseen + 1
    return wrk.format("GET", "/api/v1/events/" .. owned[unseen - 1])
  end
  return read()
end

function request()
  if math.random() * 100 < writes then
    return write()
  end
  return read()
end

function response(status, headers, body)
  if status >= 500 then
    s5xx = s5xx + 1
  elseif status == 412 then
    s412 = s412 + 1
  elseif status >= 400 then
    s4xx = s4xx + 1
  elseif status >= 300 then
    s3xx = s3xx + 1
  else
    s2xx = s2xx + 1
  end
  local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
  if etag and body then
    local slug = body:match('^{"slug":"([^"]+)"')
    if slug and owned[slug] then
      etags[slug] = etag
      table.insert(ready, slug)
    end
  end
end

function done(summary, latency, requests)
  local t = { patches = 0, creates = 0, s2xx = 0, s412 = 0, s4xx = 0, s5xx = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(t) do
      t[name] = t[name] + (thread:get(name) or 0)
    end
  end
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d seconds=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx3xx=%d socket_errors=%d " ..
    "patches=%d creates=%d s412=%d s4xx=%d s5xx=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout,
    t.patches, t.creates, t.s412, t.s4xx, t.s5xx))
end
