-- Rotates GET /api/v1/events/{slug} over the slugs listed in the file named by $SLUGS.
local slugs = {}
for line in io.lines(os.getenv("SLUGS")) do
  slugs[#slugs + 1] = line
end
local i = 0
request = function()
  i = i % #slugs + 1
  return wrk.format("GET", "/api/v1/events/" .. slugs[i])
end
