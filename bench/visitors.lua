-- wrk script: each request from another visitor (an X-Forwarded-For the app believes from loopback,
-- cardinal.trusted-proxies), so that analytics counts each view as its own event and row, as for a
-- card that many people open, rather than one visitor's views in a second as one row.
local n = 0
request = function()
  n = n + 1
  local ip = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  headers["X-Forwarded-For"] = ip
  return wrk.format(nil, nil, headers)
end
