-- Tests for rules/supervision_and_safeguarding.lua

test {
  name = "safeguarding supervision every 4 months misses the 3-monthly standard",
  input = { team = { headcount = 10, safeguarding_supervision_interval_months = 4 } },
  includes = { "safeguarding_supervision" },
  expect = { "safeguarding_supervision" },
}

-- In place but every four months: a gap to close, with the standard, never "keep going".
test {
  name = "safeguarding supervision in place every 4 months is a gap, not keep going",
  input = { team = { headcount = 10, safeguarding_supervision_interval_months = 4, in_place = { "safeguarding_supervision" } } },
  includes = { "safeguarding_supervision" },
  labels = { safeguarding_supervision = "recommended" },
}

test {
  name = "safeguarding supervision in place every 3 months: keep going",
  input = { team = { headcount = 10, safeguarding_supervision_interval_months = 3, in_place = { "safeguarding_supervision" } },
            answers = { ["support.f"] = "met", ["health_and_wellbeing.e"] = "met" } },
  labels = { safeguarding_supervision = "keep_going" },
}

test {
  name = "safeguarding supervision every 3 months meets the standard",
  input = { team = { headcount = 10, safeguarding_supervision_interval_months = 3 },
            answers = { ["support.f"] = "met", ["health_and_wellbeing.e"] = "met" } },
  excludes = { "safeguarding_supervision" },
}

test {
  name = "support.f not met asks for safeguarding supervision even without an interval",
  input = { team = { headcount = 10 }, answers = { ["support.f"] = "not_met" } },
  includes = { "safeguarding_supervision" },
}

test {
  name = "safeguarding supervision not used for vicarious trauma",
  input = { team = { headcount = 10, safeguarding_supervision_interval_months = 3 },
            answers = { ["support.f"] = "met", ["health_and_wellbeing.e"] = "partly" } },
  includes = { "safeguarding_supervision" },
}

test {
  name = "compassion fatigue in a safeguarding-heavy caseload asks for safeguarding supervision",
  input = { team = { headcount = 10, safeguarding_caseload_share = 0.2, concerns = { "compassion_fatigue" } },
            answers = { ["support.f"] = "met" } },
  includes = { "safeguarding_supervision" },
}

test {
  name = "compassion fatigue with a light safeguarding caseload does not",
  input = { team = { headcount = 10, safeguarding_caseload_share = 0.1, concerns = { "compassion_fatigue" } },
            answers = { ["support.f"] = "met", ["health_and_wellbeing.e"] = "met" } },
  excludes = { "safeguarding_supervision" },
}

test {
  name = "no regular structured supervision: restorative supervision strongly",
  input = { team = { headcount = 10 }, answers = { ["support.e"] = "not_met" } },
  includes = { "restorative_supervision" },
  expect = { "restorative_supervision" },
}

test {
  name = "regular structured supervision in place: no restorative supervision",
  input = { team = { headcount = 10, safeguarding_caseload_share = 0.2 }, answers = { ["support.e"] = "met" } },
  excludes = { "restorative_supervision", "clinical_supervision" },
}

test {
  name = "only safeguarding supervision in place: clinical supervision",
  input = { team = { headcount = 10, in_place = { "safeguarding_supervision" } } },
  includes = { "clinical_supervision" },
  expect = { "clinical_supervision" },
}

test {
  name = "restorative supervision already in place: no clinical supervision",
  input = { team = { headcount = 10, in_place = { "safeguarding_supervision", "restorative_supervision" } } },
  excludes = { "clinical_supervision" },
}

test {
  name = "15% of families with safeguarding involvement: restorative support",
  input = { team = { headcount = 10, safeguarding_caseload_share = 0.15 } },
  includes = { "restorative_supervision" },
}

test {
  name = "14% of families with safeguarding involvement is below the threshold",
  input = { team = { headcount = 10, safeguarding_caseload_share = 0.14 } },
  excludes = { "restorative_supervision" },
}

test {
  name = "complex cases: group supervision",
  input = { team = { headcount = 10, concerns = { "complex_cases" } } },
  includes = { "group_supervision" },
  excludes = { "multi_professional_case_discussion" },
}

test {
  name = "no complex cases: no group supervision",
  input = { team = { headcount = 10, concerns = { "low_morale" } } },
  excludes = { "group_supervision" },
}

test {
  name = "interagency complexity: multi-professional case discussion and work discussion group",
  input = { team = { headcount = 10, concerns = { "interagency_complexity" } } },
  includes = { "multi_professional_case_discussion", "work_discussion_groups" },
  expect = { "multi_professional_case_discussion", "work_discussion_groups" },
}

test {
  name = "complex cases in a safeguarding-heavy caseload: multi-professional case discussion",
  input = { team = { headcount = 10, safeguarding_caseload_share = 0.2, concerns = { "complex_cases" } },
            answers = { ["support.e"] = "met" } },
  includes = { "multi_professional_case_discussion", "group_supervision" },
}

test {
  name = "no support from other disciplines",
  input = { team = { headcount = 10 }, answers = { ["support.i"] = "not_met" } },
  includes = { "multi_professional_case_discussion" },
  expect = { "multi_professional_case_discussion" },
}

test {
  name = "support from other disciplines partly in place",
  input = { team = { headcount = 10 }, answers = { ["support.i"] = "partly" } },
  excludes = { "multi_professional_case_discussion" },
}
