-- Tests for rules/workload_and_staffing.lua

-- Thirty benchmark indicators answered (met): half the instrument, enough for its results to be acted on.
local ANSWERED_HALF = {
  ["support.a"] = "met",
  ["support.b"] = "met",
  ["support.c"] = "met",
  ["support.d"] = "met",
  ["support.e"] = "met",
  ["support.f"] = "met",
  ["support.g"] = "met",
  ["support.h"] = "met",
  ["support.i"] = "met",
  ["support.j"] = "met",
  ["support.k"] = "met",
  ["training_and_development.a"] = "met",
  ["training_and_development.b"] = "met",
  ["training_and_development.c"] = "met",
  ["training_and_development.d"] = "met",
  ["training_and_development.e"] = "met",
  ["training_and_development.f"] = "met",
  ["training_and_development.g"] = "met",
  ["training_and_development.h"] = "met",
  ["training_and_development.i"] = "met",
  ["recruitment.a"] = "met",
  ["recruitment.b"] = "met",
  ["recruitment.c"] = "met",
  ["recruitment.d"] = "met",
  ["recruitment.e"] = "met",
  ["recruitment.f"] = "met",
  ["culture.a"] = "met",
  ["culture.b"] = "met",
  ["culture.c"] = "met",
  ["culture.d"] = "met",
}

test {
  name = "400 families per practitioner: caseload review",
  input = { team = { headcount = 10, caseload_per_practitioner = 400 } },
  includes = { "caseload_review" },
  expect = { "caseload_review" },
}

test {
  name = "400 under-fives per health visitor: caseload review",
  input = { team = { headcount = 10, under_fives_per_health_visitor = 400 } },
  expect = { "caseload_review" },
}

test {
  name = "300 under-fives per health visitor: caseload review",
  input = { team = { headcount = 10, under_fives_per_health_visitor = 300 } },
  expect = { "caseload_review" },
}

test {
  name = "299 under-fives per health visitor is below the threshold",
  input = { team = { headcount = 10, under_fives_per_health_visitor = 299 } },
  excludes = { "caseload_review" },
}

test {
  name = "few under-fives but many families: the families figure still counts",
  input = { team = { headcount = 10, under_fives_per_health_visitor = 250, caseload_per_practitioner = 320 } },
  expect = { "caseload_review" },
}

test {
  name = "300 families per practitioner: caseload review",
  input = { team = { headcount = 10, caseload_per_practitioner = 300 } },
  includes = { "caseload_review" },
}

test {
  name = "299 families per practitioner is below the threshold",
  input = { team = { headcount = 10, caseload_per_practitioner = 299 } },
  excludes = { "caseload_review" },
}

test {
  name = "no continuity or time for families: caseload review",
  input = { team = { headcount = 10 }, answers = { ["client_relationships.e"] = "partly" } },
  includes = { "caseload_review" },
}

test {
  name = "continuity and time in place",
  input = { team = { headcount = 10, caseload_per_practitioner = 250 }, answers = { ["client_relationships.e"] = "met" } },
  excludes = { "caseload_review" },
}

test {
  name = "one post in ten vacant: review caseloads against real hours",
  input = { team = { headcount = 10, vacancy_rate = 0.10 } },
  includes = { "caseload_review" },
}

test {
  name = "vacancies and turnover just below the thresholds",
  input = { team = { headcount = 10, vacancy_rate = 0.09, turnover_rate = 0.14 } },
  excludes = { "caseload_review", "benchmark_review", "career_development" },
}

test {
  name = "15% turnover: retention actions",
  input = { team = { headcount = 20, turnover_rate = 0.15 } },
  includes = { "benchmark_review", "career_development", "mentorship", "caseload_review" },
}

test {
  name = "a retention concern without turnover figures",
  input = { team = { headcount = 20, concerns = { "retention" } } },
  includes = { "benchmark_review", "career_development", "mentorship" },
  excludes = { "caseload_review", "benchmark_follow_up" },
}

test {
  name = "a retention concern from a manager who answered the benchmark: act on its results instead",
  input = { team = { headcount = 20, concerns = { "retention" } }, answers = ANSWERED_HALF },
  includes = { "benchmark_follow_up", "career_development" },
  excludes = { "benchmark_review" },
}

test {
  name = "a retention concern with one benchmark answer: the benchmark review is still the step",
  input = { team = { headcount = 20, concerns = { "retention" } }, answers = { ["recruitment.a"] = "partly" } },
  includes = { "benchmark_review" },
  excludes = { "benchmark_follow_up" },
}

test {
  name = "vacancies with applicants badly informed: values-based recruitment",
  input = { team = { headcount = 20, vacancy_rate = 0.12 }, answers = { ["recruitment.c"] = "partly" } },
  includes = { "values_based_recruitment" },
}

test {
  name = "vacancies but recruitment indicators met",
  input = { team = { headcount = 20, vacancy_rate = 0.12 },
            answers = { ["recruitment.a"] = "met", ["recruitment.b"] = "met", ["recruitment.c"] = "met",
                        ["recruitment.d"] = "met", ["recruitment.e"] = "met", ["recruitment.f"] = "met" } },
  excludes = { "values_based_recruitment" },
}

test {
  name = "two unmet recruitment answers are too few to judge the factor",
  input = { team = { headcount = 20, vacancy_rate = 0.12 },
            answers = { ["recruitment.a"] = "not_met", ["recruitment.b"] = "not_met" } },
  excludes = { "values_based_recruitment" },
}

test {
  name = "three unmet recruitment answers with vacancies",
  input = { team = { headcount = 20, vacancy_rate = 0.12 },
            answers = { ["recruitment.a"] = "not_met", ["recruitment.b"] = "not_met", ["recruitment.e"] = "partly" } },
  includes = { "values_based_recruitment" },
}

test {
  name = "high caseloads and no safe time to reflect: protected time",
  input = { team = { headcount = 10, caseload_per_practitioner = 320 },
            answers = { ["health_and_wellbeing.c"] = "not_met" } },
  includes = { "protected_reflection_time" },
}

test {
  name = "high caseloads but reflection in place",
  input = { team = { headcount = 10, caseload_per_practitioner = 320 },
            answers = { ["health_and_wellbeing.c"] = "met" } },
  excludes = { "protected_reflection_time" },
}

test {
  name = "a workload driver ranks individual resilience after team actions",
  input = { team = { headcount = 10, under_fives_per_health_visitor = 450, concerns = { "stress_sickness" } },
            answers = { ["support.e"] = "met" } },
  expect = { "caseload_review", "staff_psychological_support", "mindfulness", "resilience_training" },
}

-- 450 families is not 450 children: the families figure is not held against Bidmead's 400 under-fives, so the
-- caseload review is only worth considering (one signal of weight 2), level with psychological support for stress
-- sickness; with the workload as the driver, the work comes first, and individual coping after both.
test {
  name = "450 families per practitioner is not compared with 400 under-fives",
  input = { team = { headcount = 10, caseload_per_practitioner = 450, concerns = { "stress_sickness" } },
            answers = { ["support.e"] = "met" } },
  expect = { "caseload_review", "staff_psychological_support", "mindfulness", "resilience_training" },
}

test {
  name = "managers do not support relationship work: caseload review",
  input = { team = { headcount = 10 }, answers = { ["client_relationships.a"] = "not_met" } },
  includes = { "caseload_review" },
}

test {
  name = "managers partly support relationship work, continuity in place",
  input = { team = { headcount = 10 },
            answers = { ["client_relationships.a"] = "partly", ["client_relationships.e"] = "met" } },
  excludes = { "caseload_review" },
}
