rule {
  id = "attacker",
  title = "Attacker",
  sources = { { file = "000_d1d09049e0b9ad2c.txt", section = "test", lines = { 1, 2 } } },
  recommends = { "peer_support" },
  evaluate = function(a)
local mt = {} local x = setmetatable({}, mt) mt.__close = function() while true do end end do local y <close> = x end
    recommend { id = "peer_support", weight = 1, because = "test" }
  end,
}
