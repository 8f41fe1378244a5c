-- The part of the rule sandbox written in Lua: which standard functions rules get, frozen views of
-- the standard libraries, and guards on pattern matching. Runs once per Lua state, as trusted code,
-- before any rule is loaded. Rules never see this chunk's globals.
local real_G, mark_readonly = ...

local type, error, pairs, setmetatable, tostring = real_G.type, real_G.error, real_G.pairs, real_G.setmetatable, real_G.tostring
local string, table, math, utf8 = real_G.string, real_G.table, real_G.math, real_G.utf8
local byte, format, floor = string.byte, string.format, math.floor

-- Pattern matching runs inside C, where the instruction budget cannot interrupt it, and a pattern
-- with several repetition items can take exponential time. Estimate the worst case from the
-- subject's length and the number of repetition items, and refuse what could run away.
local MAX_PATTERN_STEPS = 1e8

local function check_pattern(s, p, plain)
  if plain or type(s) ~= "string" or type(p) ~= "string" then return end
  local repetitions, i, n = 0, 1, #p
  while i <= n do
    local c = byte(p, i)
    if c == 37 then                                   -- '%' escapes the next character
      i = i + 2
    else
      if c == 42 or c == 43 or c == 45 or c == 63 then -- '*', '+', '-', '?'
        repetitions = repetitions + 1
      end
      i = i + 1
    end
  end
  if (#s + 1) ^ (repetitions + 1) > MAX_PATTERN_STEPS then
    error(format("pattern is too costly to match against %d characters (%d repetition items)",
                 #s, repetitions), 3)
  end
end

local find, match, gmatch, gsub = string.find, string.match, string.gmatch, string.gsub
-- Replaced in the real string table, so that method calls ("x"):find(...) are guarded too.
string.find = function(s, p, init, plain) check_pattern(s, p, plain) return find(s, p, init, plain) end
string.match = function(s, p, init) check_pattern(s, p) return match(s, p, init) end
string.gmatch = function(s, p, init) check_pattern(s, p) return gmatch(s, p, init) end
string.gsub = function(s, p, repl, n) check_pattern(s, p) return gsub(s, p, repl, n) end
string.dump = nil  -- functions must not become bytecode

-- Strings share one metatable: hide it so no rule can change how strings behave for the others.
real_G.getmetatable("").__metatable = false

local function frozen(name, library)
  local view = setmetatable({}, {
    __index = library,
    __newindex = function(_, key)
      error("cannot change " .. name .. "." .. tostring(key) .. ": the standard libraries are shared by every rule", 2)
    end,
    __metatable = false,
  })
  mark_readonly(view)
  return view
end

-- Rules must be deterministic: the same assessment always gives the same answer.
local math_without_random = {}
for k, v in pairs(math) do
  if k ~= "random" and k ~= "randomseed" then math_without_random[k] = v end
end

local G = {
  assert = real_G.assert, error = error, ipairs = real_G.ipairs, next = real_G.next, pairs = pairs,
  pcall = real_G.pcall, xpcall = real_G.xpcall, rawequal = real_G.rawequal, rawget = real_G.rawget,
  rawlen = real_G.rawlen, rawset = real_G.rawset, select = real_G.select,
  setmetatable = real_G.setmetatable, getmetatable = real_G.getmetatable,
  tonumber = real_G.tonumber, tostring = tostring, type = type, _VERSION = real_G._VERSION,
  string = frozen("string", string), table = frozen("table", table),
  math = frozen("math", math_without_random), utf8 = frozen("utf8", utf8),
  fmt = format,
}

-- percent(0.25) is "25%".
function G.percent(share)
  if type(share) ~= "number" then error("percent: expected a number, got " .. type(share), 2) end
  return format("%d%%", floor(share * 100 + 0.5))
end

return G
