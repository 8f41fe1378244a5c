rule {
  id = "attacker",
  title = "Attacker",
  sources = { { file = "000_d1d09049e0b9ad2c.txt", section = "test", lines = { 1, 2 } } },
  recommends = { "peer_support" },
  evaluate = function(a)
pcall(at_least, 'team.caseload_per_practitioner', {}) pcall(value, ('x'):rep(1000)) local x = a.factors.support.score
    recommend { id = "peer_support", weight = 1, because = "test" }
  end,
}
