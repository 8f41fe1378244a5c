-- Tests for rules/training_and_development.lua

test {
  name = "skill gaps not assessed: development plans",
  input = { team = { headcount = 10 }, answers = { ["training_and_development.b"] = "not_met" } },
  includes = { "development_plans" },
  expect = { "development_plans" },
}

test {
  name = "skill gaps assessed and plans agreed",
  input = { team = { headcount = 10 },
            answers = { ["training_and_development.a"] = "met", ["training_and_development.b"] = "met",
                        ["training_and_development.c"] = "met", ["training_and_development.g"] = "met" } },
  excludes = { "development_plans" },
}

test {
  name = "no moves between roles: career development",
  input = { team = { headcount = 10 }, answers = { ["training_and_development.h"] = "partly" } },
  includes = { "career_development" },
}

test {
  name = "career routes open",
  input = { team = { headcount = 10 },
            answers = { ["training_and_development.h"] = "met", ["training_and_development.i"] = "met" } },
  excludes = { "career_development" },
}

test {
  name = "no coaching for specific skills",
  input = { team = { headcount = 10 }, answers = { ["training_and_development.d"] = "not_met" } },
  includes = { "coaching" },
}

test {
  name = "coaching partly offered",
  input = { team = { headcount = 10 }, answers = { ["training_and_development.d"] = "partly" } },
  excludes = { "coaching" },
}

test {
  name = "no protected time for feedback",
  input = { team = { headcount = 10 }, answers = { ["training_and_development.f"] = "not_met" } },
  includes = { "constructive_feedback", "after_action_review", "multisource_feedback" },
  -- protected time comes before the after action review that needs it; among equals, controlled research first.
  expect = { "constructive_feedback", "protected_reflection_time", "multisource_feedback", "after_action_review" },
}

test {
  name = "protected time for feedback in place",
  input = { team = { headcount = 10 }, answers = { ["training_and_development.f"] = "met" } },
  excludes = { "constructive_feedback", "after_action_review", "multisource_feedback" },
}

test {
  name = "relationship-based approaches partly applied",
  input = { team = { headcount = 10 }, answers = { ["client_relationships.d"] = "partly" } },
  includes = { "solihull_approach", "family_partnership_model" },
  expect = { "solihull_approach", "family_partnership_model" },
}

test {
  name = "relationship-based approaches applied",
  input = { team = { headcount = 10 }, answers = { ["client_relationships.d"] = "met" } },
  excludes = { "solihull_approach", "family_partnership_model" },
}

test {
  name = "no strengths-based training",
  input = { team = { headcount = 10 }, answers = { ["client_relationships.b"] = "not_met" } },
  includes = { "strengths_based_programmes" },
}

test {
  name = "strengths-based training in place, trust-building skills partly",
  input = { team = { headcount = 10 },
            answers = { ["client_relationships.b"] = "met", ["client_relationships.c"] = "partly" } },
  excludes = { "strengths_based_programmes" },
}

test {
  name = "most client-relationship indicators unmet: Solihull to feel they make a difference",
  input = { team = { headcount = 10 },
            answers = { ["client_relationships.a"] = "not_met", ["client_relationships.f"] = "not_met",
                        ["client_relationships.i"] = "partly" } },
  includes = { "solihull_approach" },
}

test {
  name = "client relationships mostly met",
  input = { team = { headcount = 10 },
            answers = { ["client_relationships.a"] = "met", ["client_relationships.f"] = "met",
                        ["client_relationships.g"] = "met", ["client_relationships.i"] = "not_met" } },
  excludes = { "solihull_approach" },
}

test {
  name = "leadership training partly available in a team of six: action learning set",
  input = { team = { headcount = 6 }, answers = { ["culture.d"] = "partly" } },
  includes = { "action_learning_sets" },
}

test {
  name = "a team of five is too small for an action learning set",
  input = { team = { headcount = 5 }, answers = { ["culture.d"] = "partly" } },
  excludes = { "action_learning_sets" },
}

test {
  name = "no links to national groups: community of practice",
  input = { team = { headcount = 10 }, answers = { ["support.j"] = "not_met" } },
  includes = { "communities_of_practice" },
}

test {
  name = "links to national groups partly in place",
  input = { team = { headcount = 10 }, answers = { ["support.j"] = "partly" } },
  excludes = { "communities_of_practice" },
}
