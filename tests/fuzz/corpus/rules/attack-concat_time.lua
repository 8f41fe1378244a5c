rule {
  id = "attacker",
  title = "Attacker",
  sources = { { file = "000_d1d09049e0b9ad2c.txt", section = "test", lines = { 1, 2 } } },
  recommends = { "peer_support" },
  evaluate = function(a)
local s = ('x'):rep(1 << 20) for i = 1, 1e6 do local t = s .. i end
    recommend { id = "peer_support", weight = 1, because = "test" }
  end,
}
