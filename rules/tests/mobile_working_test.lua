-- Tests for rules/mobile_working.lua

test {
  name = "half of working time mobile: planned peer support",
  input = { team = { headcount = 10, mobile_working_share = 0.5 } },
  includes = { "peer_support" },
  expect = { "peer_support" },
}

test {
  name = "49% mobile is below the threshold",
  input = { team = { headcount = 10, mobile_working_share = 0.49 } },
  excludes = { "peer_support" },
}

test {
  name = "mobile working with safeguarding families: safeguarding slot in team meetings",
  input = { team = { headcount = 10, mobile_working_share = 0.3, safeguarding_caseload_share = 0.1 } },
  includes = { "team_meetings" },
  expect = { "team_meetings" },
}

test {
  name = "mobile working with poor communication: team meetings",
  input = { team = { headcount = 10, mobile_working_share = 0.35, concerns = { "poor_communication" } } },
  includes = { "team_meetings" },
}

test {
  name = "little mobile working: no safeguarding slot",
  input = { team = { headcount = 10, mobile_working_share = 0.2, safeguarding_caseload_share = 0.2 },
            answers = { ["support.e"] = "met" } },
  excludes = { "team_meetings" },
}

test {
  name = "a relocation risks losing informal support",
  input = { team = { headcount = 10, service_change = "relocation" } },
  includes = { "peer_support" },
  expect = { "peer_support" },
}

test {
  name = "a restructure: peer support worth considering",
  input = { team = { headcount = 10, service_change = "restructure" } },
  includes = { "peer_support" },
}

test {
  name = "no service change: no peer support",
  input = { team = { headcount = 10, service_change = "none", mobile_working_share = 0.2 } },
  excludes = { "peer_support" },
}

test {
  name = "isolated practitioners: peer support and time to meet",
  input = { team = { headcount = 10, concerns = { "isolation" } } },
  includes = { "peer_support", "protected_reflection_time" },
  expect = { "peer_support", "protected_reflection_time" },
}

test {
  name = "mostly mobile staff poorly connected to senior managers",
  input = { team = { headcount = 10, mobile_working_share = 0.6 },
            answers = { ["involvement_and_participation.c"] = "partly" } },
  includes = { "staff_involvement" },
}

test {
  name = "some mobile working and poor senior communication is not enough",
  input = { team = { headcount = 10, mobile_working_share = 0.4 },
            answers = { ["involvement_and_participation.c"] = "not_met" } },
  excludes = { "staff_involvement" },
}
