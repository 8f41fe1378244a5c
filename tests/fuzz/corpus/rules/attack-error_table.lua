rule {
  id = "attacker",
  title = "Attacker",
  sources = { { file = "000_d1d09049e0b9ad2c.txt", section = "test", lines = { 1, 2 } } },
  recommends = { "peer_support" },
  evaluate = function(a)
error(setmetatable({}, { __tostring = function() while true do end end }))
    recommend { id = "peer_support", weight = 1, because = "test" }
  end,
}
