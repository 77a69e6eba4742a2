-- wrk script: each connection walks the request paths listed in the file named by $PATHS, one per
-- line, starting at a different place so that the 200 connections spread over all of them.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  paths[#paths + 1] = line
end
local next_path = 0

function setup(thread)
  thread:set("offset", math.random(#paths))
end

function init(args)
  next_path = offset or 0
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
