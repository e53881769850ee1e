-- wrk -t2 -c16 -d30s --latency -s paths.lua http://127.0.0.1:5080 -- paths.txt
-- Requests the paths of paths.txt (one a line, from `http --queries queries.txt --print-paths`) in turn.
local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
