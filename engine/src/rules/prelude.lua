-- The part of the rule sandbox written in Lua: which standard functions rules get, frozen views of
-- the standard libraries, and guards on pattern matching. Runs once per Lua state, as trusted code,
-- before any rule is loaded. Rules never see this chunk's globals.
local real_G, mark_readonly = ...

local type, error, pairs, setmetatable, tostring, select = real_G.type, real_G.error, real_G.pairs, real_G.setmetatable, real_G.tostring, real_G.select
local string, table, math, utf8 = real_G.string, real_G.table, real_G.math, real_G.utf8
local byte, format, floor = string.byte, string.format, math.floor

-- Pattern matching runs inside C, where neither the instruction budget nor the time limit can
-- interrupt it. A pattern with several repetition items can take exponential time, a balanced match
-- (%b) or a back-reference (%1) linear time at each position, and every item is tried at each
-- position of the subject. Estimate the worst case from the subject's length, the pattern's length
-- and the number of such items, and refuse what could run away.
local MAX_PATTERN_STEPS = 1e8

local function too_costly(s, p, items)
  error(format("pattern is too costly to match against %d characters (%d characters, %d repetition items)",
               #s, #p, items), 3)
end

local function check_pattern(s, p, plain)
  if type(s) == "number" then s = tostring(s) end
  if type(p) == "number" then p = tostring(p) end
  if type(s) ~= "string" or type(p) ~= "string" then return end  -- the C function names the mistake
  if plain then
    -- A plain search compares the pattern at each position (memchr, then memcmp).
    if #p > 1 and (#s - #p + 1) * #p > 16 * MAX_PATTERN_STEPS then too_costly(s, p, 0) end
    return
  end
  local repetitions, i, n = 0, 1, #p
  while i <= n do
    local c = byte(p, i)
    if c == 37 then                                   -- '%' escapes the next character
      local d = byte(p, i + 1)
      if d == 98 then                                 -- '%bxy': a balanced match
        repetitions = repetitions + 1
        i = i + 4
      else
        if d and d >= 48 and d <= 57 then repetitions = repetitions + 1 end  -- '%1'..'%9'
        i = i + 2
      end
    else
      if c == 42 or c == 43 or c == 45 or c == 63 then -- '*', '+', '-', '?'
        repetitions = repetitions + 1
      end
      i = i + 1
    end
  end
  if (#s + 1) ^ (repetitions + 1) * (n + 1) > MAX_PATTERN_STEPS then too_costly(s, p, repetitions) end
end

local find, match, gmatch, gsub, rep = string.find, string.match, string.gmatch, string.gsub, string.rep
local tointeger, maxinteger = math.tointeger, math.maxinteger
-- Replaced in the real string table, so that method calls ("x"):find(...) are guarded too.
string.find = function(s, p, init, plain) check_pattern(s, p, plain) return find(s, p, init, plain) end
string.match = function(s, p, init) check_pattern(s, p) return match(s, p, init) end
string.gmatch = function(s, p, init) check_pattern(s, p) return gmatch(s, p, init) end
string.gsub = function(s, p, repl, n) check_pattern(s, p) return gsub(s, p, repl, n) end
string.dump = nil  -- functions must not become bytecode

-- string.rep builds an empty result by copying nothing n times, in C: ('').rep('', 2^62) would
-- never return. Any other result is as long as the loop, and the memory cap bounds it.
string.rep = function(s, n, sep)
  if s == "" and (sep == nil or sep == "") and tointeger(n) then return "" end
  return rep(s, n, sep)
end

-- table.insert and table.remove shift elements in a C loop as long as the table's length, which a
-- __len metamethod can make anything; table.move loops over any range it is given. Written in Lua
-- (as the reference manual defines them), their loops count against the instruction budget.
local function length(t, fn)
  if type(t) ~= "table" then error(format("bad argument #1 to '%s' (table expected, got %s)", fn, type(t)), 3) end
  local n = #t
  local size = tointeger(n)
  if not size then error("object length is not an integer", 3) end
  return size
end

local function integer_argument(v, i, fn)
  local k = tointeger(v)
  if k then return k end
  if type(v) == "number" or (type(v) == "string" and real_G.tonumber(v)) then
    error(format("bad argument #%d to '%s' (number has no integer representation)", i, fn), 3)
  end
  error(format("bad argument #%d to '%s' (number expected, got %s)", i, fn, v == nil and "no value" or type(v)), 3)
end

table.insert = function(t, ...)
  local count = select("#", ...)
  local e = length(t, "insert") + 1
  if count == 1 then
    t[e] = ...
    return
  end
  if count ~= 2 then error("wrong number of arguments to 'insert'", 2) end
  local pos, v = ...
  pos = integer_argument(pos, 2, "insert")
  if pos < 1 or pos > e then error("bad argument #2 to 'insert' (position out of bounds)", 2) end
  for i = e, pos + 1, -1 do t[i] = t[i - 1] end
  t[pos] = v
end

table.remove = function(t, pos)
  local size = length(t, "remove")
  if pos == nil then
    pos = size
  else
    pos = integer_argument(pos, 2, "remove")
    if pos ~= size and (pos < 1 or pos > size + 1) then
      error("bad argument #2 to 'remove' (position out of bounds)", 2)
    end
  end
  local removed = t[pos]
  while pos < size do
    t[pos] = t[pos + 1]
    pos = pos + 1
  end
  t[pos] = nil
  return removed
end

table.move = function(a1, f, e, t, a2)
  f, e, t = integer_argument(f, 2, "move"), integer_argument(e, 3, "move"), integer_argument(t, 4, "move")
  if a2 == nil then a2 = a1 end
  if type(a1) ~= "table" then error(format("bad argument #1 to 'move' (table expected, got %s)", type(a1)), 2) end
  if type(a2) ~= "table" then error(format("bad argument #5 to 'move' (table expected, got %s)", type(a2)), 2) end
  if e >= f then
    if not (f > 0 or e < maxinteger + f) then error("bad argument #3 to 'move' (too many elements to move)", 2) end
    local n = e - f + 1
    if t > maxinteger - n + 1 then error("bad argument #4 to 'move' (destination wrap around)", 2) end
    if t > e or t <= f or a1 ~= a2 then
      for i = 0, n - 1 do a2[t + i] = a1[f + i] end
    else
      for i = n - 1, 0, -1 do a2[t + i] = a1[f + i] end
    end
  end
  return a2
end

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
