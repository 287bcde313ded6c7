-- wrk script for the speed benchmark (bench/run): every connection cycles
-- through the request paths of a file (one "/v1/search?..." per line,
-- written by bench-queryset), each wrk thread starting at its own offset,
-- and done() prints one machine-readable line:
--   JSON {"requests":..,"duration_us":..,"latency_us":{..},"errors":{..}}
-- Usage: wrk -t2 -c8 -d10s -s wrk_queries.lua http://127.0.0.1:PORT -- PATHS_FILE

local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

function init(args)
  paths = {}
  local file = args[1]
  if file == nil then error("wrk_queries.lua: give the paths file after --") end
  for line in io.lines(file) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("wrk_queries.lua: no request paths in " .. file) end
  -- Threads start at different points of the set, so they do not move in lockstep.
  pos = (thread_id * 97) % #paths
end

function request()
  pos = pos % #paths + 1
  return wrk.format("GET", paths[pos])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"latency_us":{"min":%d,"mean":%.1f,"max":%d,"stdev":%.1f,' ..
    '"p50":%d,"p90":%d,"p99":%d,"p999":%d},' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    latency.min, latency.mean, latency.max, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9),
    e.connect, e.read, e.write, e.status, e.timeout))
end
