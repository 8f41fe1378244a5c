-- Tests for rules/relationships_and_conflict.lua

test {
  name = "conflict in the team",
  input = { team = { headcount = 9, concerns = { "team_conflict" } }, answers = { ["support.e"] = "met" } },
  includes = { "courageous_conversations", "restorative_supervision", "team_meetings", "team_building" },
  expect = { "team_building", "team_meetings", "courageous_conversations", "restorative_supervision" },
}

test {
  name = "no relationship concerns",
  input = { team = { headcount = 9, concerns = {} }, answers = { ["support.e"] = "met" } },
  excludes = { "courageous_conversations", "restorative_supervision", "team_meetings", "team_building" },
}

test {
  name = "poor communication: team meetings, not team building",
  input = { team = { headcount = 9, concerns = { "poor_communication" } } },
  includes = { "team_meetings" },
  excludes = { "team_building", "courageous_conversations" },
}

test {
  name = "low morale: team building, not team meetings",
  input = { team = { headcount = 9, concerns = { "low_morale" } } },
  includes = { "team_building" },
  excludes = { "team_meetings" },
}

test {
  name = "a merger: involvement, meetings, team building and caseload model",
  input = { team = { headcount = 9, service_change = "merger" } },
  includes = { "staff_involvement", "team_meetings", "team_building", "caseload_review" },
  expect = { "staff_involvement", "team_meetings", "caseload_review", "peer_support", "team_building" },
}

test {
  name = "a restructure is not a merger",
  input = { team = { headcount = 9, service_change = "restructure" } },
  excludes = { "team_meetings", "team_building", "caseload_review", "staff_involvement" },
}

test {
  name = "no skills for courageous conversations",
  input = { team = { headcount = 9 }, answers = { ["culture.c"] = "not_met" } },
  includes = { "courageous_conversations" },
  expect = { "courageous_conversations" },
}

test {
  name = "constructive relationships only partly supported",
  input = { team = { headcount = 9 }, answers = { ["health_and_wellbeing.d"] = "partly" } },
  includes = { "courageous_conversations" },
}

test {
  name = "skills and support for difficult conversations in place",
  input = { team = { headcount = 9 }, answers = { ["culture.c"] = "met", ["health_and_wellbeing.d"] = "met" } },
  excludes = { "courageous_conversations" },
}

test {
  name = "performance concerns: coaching and constructive feedback",
  input = { team = { headcount = 9, concerns = { "performance_concerns" } } },
  includes = { "coaching", "constructive_feedback" },
  expect = { "coaching", "constructive_feedback" },
}

test {
  name = "no performance concerns",
  input = { team = { headcount = 9, concerns = { "isolation" } } },
  excludes = { "coaching", "constructive_feedback" },
}
