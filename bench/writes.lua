-- POSTs a new card per request with the bearer token in $TOKEN; names differ per thread and request.
local token = os.getenv("TOKEN")
local counter = 0
local thread_id = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function request()
  counter = counter + 1
  local body = '{"name": {"given": "Bench", "family": "T' .. thread_id .. 'N' .. counter .. '"}}'
  return wrk.format("POST", "/api/v1/cards",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
