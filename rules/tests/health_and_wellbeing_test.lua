-- Tests for rules/health_and_wellbeing.lua

test {
  name = "5% of working days lost to sickness",
  input = { team = { headcount = 10, sickness_absence_rate = 0.05 } },
  includes = { "staff_psychological_support", "restorative_supervision" },
  -- Whether supervision is in place is unanswered: restorative supervision is a possible gap, weaker
  -- than the support the sickness figure itself calls for.
  expect = { "staff_psychological_support", "restorative_supervision" },
}

test {
  name = "5% sickness and no regular structured supervision",
  input = { team = { headcount = 10, sickness_absence_rate = 0.05 }, answers = { ["support.e"] = "not_met" } },
  -- One signal each, of equal weight: the one with research behind it (an evaluation) comes first.
  expect = { "restorative_supervision", "staff_psychological_support" },
}

test {
  name = "4.9% sickness is below the threshold",
  input = { team = { headcount = 10, sickness_absence_rate = 0.049 } },
  excludes = { "staff_psychological_support", "restorative_supervision" },
}

test {
  name = "stress sickness reported and sickness high: psychological support strongly",
  input = { team = { headcount = 10, sickness_absence_rate = 0.08, concerns = { "stress_sickness" } },
            answers = { ["support.e"] = "met" } },
  includes = { "staff_psychological_support", "resilience_training", "mindfulness" },
  excludes = { "restorative_supervision" },
}

test {
  name = "no access to occupational health",
  input = { team = { headcount = 10 }, answers = { ["health_and_wellbeing.a"] = "not_met" } },
  includes = { "staff_psychological_support" },
  expect = { "staff_psychological_support" },
}

test {
  name = "occupational health in place",
  input = { team = { headcount = 10 }, answers = { ["health_and_wellbeing.a"] = "met" } },
  excludes = { "staff_psychological_support" },
}

test {
  name = "sickness on heavy caseloads: the workload first",
  input = { team = { headcount = 10, sickness_absence_rate = 0.06, caseload_per_practitioner = 300 } },
  includes = { "caseload_review" },
}

test {
  name = "sickness with moderate caseloads",
  input = { team = { headcount = 10, sickness_absence_rate = 0.06, caseload_per_practitioner = 299 } },
  excludes = { "caseload_review" },
}

test {
  name = "no work-life balance tools",
  input = { team = { headcount = 10 }, answers = { ["health_and_wellbeing.g"] = "partly" } },
  includes = { "wellbeing_tools" },
  expect = { "wellbeing_tools" },
}

test {
  name = "coping and work-life balance tools in place",
  input = { team = { headcount = 10 },
            answers = { ["health_and_wellbeing.b"] = "met", ["health_and_wellbeing.g"] = "met", ["culture.i"] = "met" } },
  excludes = { "wellbeing_tools" },
}

test {
  name = "no safe space to reflect together in a team of eight",
  input = { team = { headcount = 8 }, answers = { ["health_and_wellbeing.c"] = "not_met" } },
  includes = { "protected_reflection_time", "peer_support", "schwartz_rounds", "action_learning_sets" },
  expect = { "protected_reflection_time", "schwartz_rounds", "action_learning_sets", "peer_support" },
}

test {
  name = "no safe space to reflect in a team of five: no action learning set",
  input = { team = { headcount = 5 }, answers = { ["health_and_wellbeing.c"] = "not_met" } },
  includes = { "protected_reflection_time" },
  excludes = { "action_learning_sets" },
}

test {
  name = "health and wellbeing factor weak: resilience skills worth considering",
  input = { team = { headcount = 10 },
            answers = { ["health_and_wellbeing.d"] = "not_met", ["health_and_wellbeing.e"] = "not_met",
                        ["health_and_wellbeing.h"] = "partly" } },
  includes = { "resilience_training", "mindfulness" },
}

test {
  name = "two unmet wellbeing answers are too few to judge the factor",
  input = { team = { headcount = 10 },
            answers = { ["health_and_wellbeing.d"] = "not_met", ["health_and_wellbeing.h"] = "not_met" } },
  excludes = { "resilience_training", "mindfulness" },
}

test {
  name = "no self-compassion training",
  input = { team = { headcount = 10 }, answers = { ["culture.e"] = "partly" } },
  includes = { "compassionate_resilience_training" },
}

test {
  name = "self-compassion training in place",
  input = { team = { headcount = 10 }, answers = { ["culture.e"] = "met" } },
  excludes = { "compassionate_resilience_training" },
}

test {
  name = "mindfulness made no difference and stress persists: look at the organisation",
  input = { team = { headcount = 10, concerns = { "stress_sickness" }, in_place = { "restorative_supervision" },
                     tried = { { id = "mindfulness", outcome = "no_change" } } } },
  includes = { "benchmark_review" },
  expect = { "benchmark_review", "staff_psychological_support", "resilience_training", "mindfulness" },
}

test {
  name = "mindfulness helped: no organisational review from this rule",
  input = { team = { headcount = 10, concerns = { "stress_sickness" },
                     tried = { { id = "mindfulness", outcome = "helped" } } } },
  excludes = { "benchmark_review" },
}

test {
  name = "staff wellbeing not in the strategy",
  input = { team = { headcount = 10 }, answers = { ["health_and_wellbeing.i"] = "not_met" } },
  includes = { "compassionate_leadership" },
}

test {
  name = "staff wellbeing partly in the strategy",
  input = { team = { headcount = 10 }, answers = { ["health_and_wellbeing.i"] = "partly" } },
  excludes = { "compassionate_leadership" },
}
