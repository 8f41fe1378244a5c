-- Tests for rules/new_staff_learners_mentors.lua

test {
  name = "a fifth of the team newly qualified, preceptorship not confirmed",
  input = { team = { headcount = 10, newly_qualified_share = 0.2 }, answers = { ["support.c"] = "met" } },
  includes = { "preceptorship" },
  expect = { "preceptorship" },
}

test {
  name = "preceptorship already met: not recommended again",
  input = { team = { headcount = 10, newly_qualified_share = 0.2 },
            answers = { ["support.b"] = "met", ["support.c"] = "met", ["support.d"] = "met" } },
  excludes = { "preceptorship", "safeguarding_co_working" },
}

test {
  name = "one newly qualified practitioner in ten is below the preceptorship threshold",
  input = { team = { headcount = 10, newly_qualified_share = 0.1 },
            answers = { ["support.b"] = "not_met", ["support.c"] = "met", ["support.d"] = "met" } },
  excludes = { "preceptorship" },
}

test {
  name = "newly qualified staff without role guidance while awaiting their PIN",
  input = { team = { headcount = 10, newly_qualified_share = 0.1 },
            answers = { ["support.d"] = "partly", ["support.c"] = "met" } },
  includes = { "preceptorship" },
}

test {
  name = "no newly qualified staff: role guidance gap does not matter",
  input = { team = { headcount = 10, newly_qualified_share = 0 }, answers = { ["support.d"] = "not_met" } },
  excludes = { "preceptorship", "safeguarding_co_working" },
}

test {
  name = "newly qualified staff without safeguarding co-working",
  input = { team = { headcount = 10, newly_qualified_share = 0.1 }, answers = { ["support.c"] = "not_met" } },
  includes = { "safeguarding_co_working" },
  expect = { "safeguarding_co_working" },
}

test {
  name = "safeguarding co-working in place",
  input = { team = { headcount = 10, newly_qualified_share = 0.1 }, answers = { ["support.c"] = "met" } },
  excludes = { "safeguarding_co_working" },
}

test {
  name = "a large newly qualified cohort: community of practice with protected time",
  input = { team = { headcount = 10, newly_qualified_share = 0.3 },
            answers = { ["support.b"] = "met", ["support.c"] = "met" } },
  includes = { "communities_of_practice", "protected_reflection_time" },
  expect = { "protected_reflection_time", "communities_of_practice" },
}

test {
  name = "a quarter newly qualified is below the cohort threshold",
  input = { team = { headcount = 12, newly_qualified_share = 0.25 },
            answers = { ["support.b"] = "met", ["support.c"] = "met" } },
  excludes = { "communities_of_practice" },
}

test {
  name = "two learners per mentor: prepare mentors",
  input = { team = { headcount = 20, learners_per_mentor = 2 } },
  includes = { "mentor_preparation", "communities_of_practice" },
}

test {
  name = "one learner per mentor is the traditional load",
  input = { team = { headcount = 20, learners_per_mentor = 1 } },
  excludes = { "mentor_preparation", "communities_of_practice" },
}

test {
  name = "four learners per mentor: prepare mentors (the NMC limit is for practice teachers)",
  input = { team = { headcount = 20, learners_per_mentor = 4 } },
  expect = { "mentor_preparation", "protected_reflection_time", "communities_of_practice" },
}

test {
  name = "four learners per practice teacher is beyond the NMC limit",
  input = { team = { headcount = 20, learners_per_practice_teacher = 4 } },
  expect = { "mentor_preparation", "protected_reflection_time", "communities_of_practice" },
}

test {
  name = "three learners per practice teacher is within the NMC limit",
  input = { team = { headcount = 20, learners_per_practice_teacher = 3 } },
  excludes = { "mentor_preparation", "communities_of_practice" },
}

test {
  name = "two learners per practice teacher, one per mentor: no load rule fires",
  input = { team = { headcount = 20, learners_per_practice_teacher = 2, learners_per_mentor = 1 } },
  excludes = { "mentor_preparation", "communities_of_practice" },
}

test {
  name = "mentors untrained and without coaching skills",
  input = { team = { headcount = 20 },
            answers = { ["support.h"] = "not_met", ["training_and_development.e"] = "partly" } },
  includes = { "mentor_preparation", "coaching" },
}

test {
  name = "mentors trained, supported and with coaching skills",
  input = { team = { headcount = 20 },
            answers = { ["support.h"] = "met", ["health_and_wellbeing.h"] = "met", ["training_and_development.e"] = "met",
                        ["training_and_development.d"] = "met" } },
  excludes = { "mentor_preparation", "coaching" },
}

test {
  name = "large student intake: communities of practice first",
  input = { team = { headcount = 30, concerns = { "large_student_intake" } } },
  includes = { "communities_of_practice", "mentor_preparation", "protected_reflection_time" },
  expect = { "protected_reflection_time", "communities_of_practice", "mentor_preparation" },
}

test {
  name = "no student intake: no communities of practice",
  input = { team = { headcount = 30, concerns = { "retention" } } },
  excludes = { "communities_of_practice" },
}

test {
  name = "no mentorship programme: mentorship, with mentor preparation first",
  input = { team = { headcount = 12 }, answers = { ["support.g"] = "not_met", ["support.h"] = "met" } },
  includes = { "mentorship", "mentor_preparation" },
  expect = { "mentor_preparation", "mentorship" },
}

test {
  name = "mentorship programme in place",
  input = { team = { headcount = 12 }, answers = { ["support.g"] = "met" } },
  excludes = { "mentorship" },
}
