-- Tests for rules/involvement_leadership_culture.lua

local ALL_INVOLVEMENT_MET = {
  ["involvement_and_participation.a"] = "met", ["involvement_and_participation.b"] = "met",
  ["involvement_and_participation.c"] = "met", ["involvement_and_participation.d"] = "met",
  ["involvement_and_participation.e"] = "met", ["involvement_and_participation.f"] = "met",
  ["involvement_and_participation.g"] = "met",
}

test {
  name = "staff do not feel listened to",
  input = { team = { headcount = 15, concerns = { "not_listened_to" } } },
  includes = { "staff_involvement" },
  expect = { "staff_involvement", "listening_forums" },
}

test {
  name = "most involvement indicators unmet",
  input = { team = { headcount = 15 },
            answers = { ["involvement_and_participation.a"] = "not_met", ["involvement_and_participation.b"] = "not_met",
                        ["involvement_and_participation.c"] = "partly" } },
  includes = { "staff_involvement" },
}

test {
  name = "two unmet involvement answers are too few to judge the factor",
  input = { team = { headcount = 15 },
            answers = { ["involvement_and_participation.a"] = "not_met", ["involvement_and_participation.b"] = "not_met" } },
  excludes = { "staff_involvement" },
}

test {
  name = "feedback from clients not passed on",
  input = { team = { headcount = 15 }, answers = { ["involvement_and_participation.e"] = "partly" } },
  includes = { "constructive_feedback" },
}

test {
  name = "involvement and feedback in place",
  input = { team = { headcount = 15 }, answers = ALL_INVOLVEMENT_MET },
  excludes = { "constructive_feedback", "staff_involvement" },
}

test {
  name = "a restructure without autonomy over the work",
  input = { team = { headcount = 15, service_change = "restructure" },
            answers = { ["involvement_and_participation.d"] = "not_met" } },
  includes = { "staff_involvement" },
}

test {
  name = "a new service model planned together with the team",
  input = { team = { headcount = 15, service_change = "new_service_model" },
            answers = { ["involvement_and_participation.d"] = "met", ["involvement_and_participation.f"] = "met" } },
  excludes = { "staff_involvement" },
}

test {
  name = "leaders only partly model compassion",
  input = { team = { headcount = 15 }, answers = { ["culture.h"] = "partly" } },
  includes = { "compassionate_leadership" },
  expect = { "compassionate_leadership" },
}

test {
  name = "low morale and not listened to: compassionate leadership",
  input = { team = { headcount = 15, concerns = { "low_morale", "not_listened_to" } } },
  includes = { "compassionate_leadership" },
}

test {
  name = "low morale alone with leadership indicators met",
  input = { team = { headcount = 15, concerns = { "low_morale" } },
            answers = { ["culture.h"] = "met", ["culture.d"] = "met" } },
  excludes = { "compassionate_leadership" },
}

test {
  name = "staff not confident to raise concerns",
  input = { team = { headcount = 15 }, answers = { ["culture.a"] = "not_met" } },
  includes = { "raising_concerns" },
  expect = { "raising_concerns" },
}

test {
  name = "staff confident to raise concerns",
  input = { team = { headcount = 15 }, answers = { ["culture.a"] = "met" } },
  excludes = { "raising_concerns" },
}

test {
  name = "serious incident 10 months ago and staff not listened to",
  input = { team = { headcount = 15, months_since_serious_incident = 10, concerns = { "not_listened_to" } } },
  includes = { "raising_concerns" },
}

test {
  name = "serious incident 14 months ago and staff not listened to",
  input = { team = { headcount = 15, months_since_serious_incident = 14, concerns = { "not_listened_to" } } },
  excludes = { "raising_concerns" },
}

test {
  name = "no shared stories and low morale",
  input = { team = { headcount = 15, concerns = { "low_morale" } }, answers = { ["culture.g"] = "not_met" } },
  includes = { "narrative_practice" },
}

test {
  name = "no shared stories in an otherwise strong culture",
  input = { team = { headcount = 15 },
            answers = { ["culture.a"] = "met", ["culture.b"] = "met", ["culture.c"] = "met", ["culture.g"] = "not_met" } },
  excludes = { "narrative_practice" },
}

test {
  name = "recruitment does not assess values",
  input = { team = { headcount = 15 }, answers = { ["culture.f"] = "partly" } },
  includes = { "values_based_recruitment" },
}

test {
  name = "values-based recruitment in place",
  input = { team = { headcount = 15 }, answers = { ["culture.f"] = "met" } },
  excludes = { "values_based_recruitment" },
}

test {
  name = "three weak factors: act on the benchmark results, not the benchmark again",
  input = { team = { headcount = 15 },
            answers = { ["support.a"] = "not_met", ["support.b"] = "not_met", ["support.c"] = "partly",
                        ["recruitment.a"] = "not_met", ["recruitment.b"] = "not_met", ["recruitment.c"] = "not_met",
                        ["culture.b"] = "not_met", ["culture.c"] = "partly", ["culture.d"] = "partly" } },
  includes = { "benchmark_follow_up" },
  excludes = { "benchmark_review" },
}

test {
  name = "two weak factors: no benchmark review",
  input = { team = { headcount = 15 },
            answers = { ["support.a"] = "not_met", ["support.b"] = "not_met", ["support.c"] = "partly",
                        ["recruitment.a"] = "not_met", ["recruitment.b"] = "not_met", ["recruitment.c"] = "not_met",
                        ["culture.b"] = "met", ["culture.c"] = "partly", ["culture.d"] = "partly" } },
  excludes = { "benchmark_review", "benchmark_follow_up" },
}

test {
  name = "support is not evaluated",
  input = { team = { headcount = 15 }, answers = { ["support.k"] = "not_met" } },
  includes = { "benchmark_follow_up" },
  expect = { "benchmark_follow_up" },
}

test {
  name = "support partly evaluated",
  input = { team = { headcount = 15 }, answers = { ["support.k"] = "partly" } },
  excludes = { "benchmark_review", "benchmark_follow_up" },
}

test {
  name = "staff not listened to and never asked: leaders' listening forums",
  input = { team = { headcount = 12, concerns = { "not_listened_to" } }, answers = { ["involvement_and_participation.b"] = "not_met" } },
  includes = { "listening_forums" },
}

test {
  name = "staff are asked whether they feel listened to: no forums from this rule",
  input = { team = { headcount = 12, concerns = { "not_listened_to" } }, answers = { ["involvement_and_participation.b"] = "met" } },
  excludes = { "listening_forums" },
}

test {
  name = "conflict with weak culture answers: a team values charter",
  input = {
    team = { headcount = 10, concerns = { "team_conflict" } },
    answers = { ["culture.a"] = "not_met", ["culture.b"] = "not_met", ["culture.c"] = "partly", ["culture.h"] = "not_met" },
  },
  includes = { "team_values_charter" },
}

test {
  name = "conflict but a strong culture: no charter",
  input = {
    team = { headcount = 10, concerns = { "team_conflict" } },
    answers = { ["culture.a"] = "met", ["culture.b"] = "met", ["culture.c"] = "met", ["culture.h"] = "partly" },
  },
  excludes = { "team_values_charter" },
}

test {
  name = "low morale and no feedback on contributions: a thank-you scheme",
  input = { team = { headcount = 10, concerns = { "low_morale" } }, answers = { ["involvement_and_participation.e"] = "not_met" } },
  includes = { "thank_you_scheme" },
}

test {
  name = "feedback on contributions is passed on: no thank-you scheme from this rule",
  input = { team = { headcount = 10, concerns = { "low_morale" } }, answers = { ["involvement_and_participation.e"] = "met" } },
  excludes = { "thank_you_scheme" },
}
