rule {
  id = "attacker",
  title = "Attacker",
  sources = { { file = "000_d1d09049e0b9ad2c.txt", section = "test", lines = { 1, 2 } } },
  recommends = { "peer_support" },
  evaluate = function(a)
rawset(a.team, 'headcount', 99)
    recommend { id = "peer_support", weight = 1, because = "test" }
  end,
}
