-- The named thresholds of the rules, in one reviewed place. A policy lead changes what "high sickness" or
-- "a recent incident" means here, within each threshold's range, without touching a rule; rules read them
-- with threshold("id") inside evaluate, and every answer records the values it used (docs/rules.md,
-- "Thresholds"). Loaded before the rule files; a value outside its own range stops the load.
--
-- local_choice = true: the figure is this project's own (the sources give none); say why it was chosen.
-- local_choice = false: the figure comes from a source; name the source's lines. Its range does not go past
-- the source's figure in the direction that would weaken the standard.

-- ---- Workload, caseload and staffing ------------------------------------------------------------------

threshold {
  id = "under_fives_unmanageable",
  value = 400,
  minimum = 200,
  maximum = 400,
  unit = "children under five per full-time health visitor",
  local_choice = false,
  why = "Health visitors in Bidmead's study found caseloads unmanageable, typically in excess of 400 under-fives "
     .. "to one full-time health visitor; compared with team.under_fives_per_health_visitor only, never with "
     .. "families.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Client relationships (Bidmead 2013)", lines = { 1506, 1508 } },
  },
}

threshold {
  id = "under_fives_high",
  value = 300,
  minimum = 100,
  maximum = 400,
  unit = "children under five per full-time health visitor",
  local_choice = true,
  why = "Three quarters of the level Bidmead's health visitors found unmanageable, in the same unit; the sources "
     .. "give no figure for a high but manageable caseload.",
}

threshold {
  id = "caseload_high",
  value = 300,
  minimum = 100,
  maximum = 600,
  unit = "families or cases per whole-time-equivalent practitioner",
  local_choice = true,
  why = "The sources give no number of families per practitioner, so this figure is never compared with "
     .. "Bidmead's count of children.",
}

threshold {
  id = "vacancy_high",
  value = 0.10,
  minimum = 0.02,
  maximum = 0.50,
  unit = "share of funded posts vacant (0 to 1)",
  local_choice = true,
  why = "One funded post in ten vacant; the sources give no figure.",
}

threshold {
  id = "turnover_high",
  value = 0.15,
  minimum = 0.05,
  maximum = 0.50,
  unit = "share of practitioners leaving in a year (0 to 1)",
  local_choice = true,
  why = "About one practitioner in seven leaving a year; the sources give no figure.",
}

-- ---- Health and wellbeing -----------------------------------------------------------------------------

threshold {
  id = "sickness_absence_high",
  value = 0.05,
  minimum = 0.01,
  maximum = 0.30,
  unit = "share of working days lost to sickness (0 to 1)",
  local_choice = true,
  why = "5% of working days lost; the sources give no figure (case study 2 only says sickness fell \"below "
     .. "national levels\", 000_d1d09049e0b9ad2c.txt L450).",
}

-- ---- Factor scores of the benchmark -------------------------------------------------------------------

threshold {
  id = "factor_min_answered",
  value = 3,
  minimum = 1,
  maximum = 6,
  unit = "indicators of a factor answered (the smallest factor has 6)",
  local_choice = true,
  why = "A factor score is trusted only when three or more of its indicators are answered.",
}

threshold {
  id = "weak_factor_score",
  value = 0.5,
  minimum = 0.1,
  maximum = 0.9,
  unit = "factor score: share of answered indicators met, partly counting half (0 to 1)",
  local_choice = true,
  why = "A factor is weak when fewer than half its indicators are met.",
}

threshold {
  id = "weak_factors_for_review",
  value = 3,
  minimum = 1,
  maximum = 7,
  unit = "weak factors, of the seven",
  local_choice = true,
  why = "Three or more weak factors point at organisational causes worth reviewing as a whole.",
}

threshold {
  id = "recruitment_score_low",
  value = 0.5,
  minimum = 0.1,
  maximum = 0.9,
  unit = "factor score: share of answered indicators met, partly counting half (0 to 1)",
  local_choice = true,
  why = "Fewer than half the recruitment indicators met.",
}

threshold {
  id = "involvement_score_low",
  value = 0.5,
  minimum = 0.1,
  maximum = 0.9,
  unit = "factor score: share of answered indicators met, partly counting half (0 to 1)",
  local_choice = true,
  why = "Fewer than half the involvement and participation indicators met.",
}

threshold {
  id = "client_relationships_score_low",
  value = 0.5,
  minimum = 0.1,
  maximum = 0.9,
  unit = "factor score: share of answered indicators met, partly counting half (0 to 1)",
  local_choice = true,
  why = "Fewer than half the client relationship indicators met.",
}

threshold {
  id = "health_and_wellbeing_score_low",
  value = 0.5,
  minimum = 0.1,
  maximum = 0.9,
  unit = "factor score: share of answered indicators met, partly counting half (0 to 1)",
  local_choice = true,
  why = "Fewer than half the health and wellbeing indicators met.",
}

threshold {
  id = "culture_score_low",
  value = 0.5,
  minimum = 0.1,
  maximum = 0.9,
  unit = "factor score: share of answered indicators met, partly counting half (0 to 1)",
  local_choice = true,
  why = "Fewer than half the culture indicators met.",
}

threshold {
  id = "benchmark_answered_for_follow_up",
  value = 30,
  minimum = 10,
  maximum = 60,
  unit = "benchmark indicators answered, of the 60",
  local_choice = true,
  why = "Half the instrument: with this many answers the next step is to act on the results with the staff "
     .. "(benchmark_follow_up) rather than to review the benchmark again (benchmark_review).",
}

-- ---- Serious incidents --------------------------------------------------------------------------------

threshold {
  id = "recent_incident_months",
  value = 6,
  minimum = 1,
  maximum = 24,
  unit = "months since the serious incident",
  local_choice = true,
  why = "The sources name no window; six months covers the aftermath. Keep it below incident_learning_months.",
}

threshold {
  id = "incident_learning_months",
  value = 12,
  minimum = 3,
  maximum = 36,
  unit = "months since the serious incident",
  local_choice = true,
  why = "A year in which the team can still learn from the event; the sources name no window.",
}

-- ---- Safeguarding -------------------------------------------------------------------------------------

threshold {
  id = "safeguarding_supervision_max_months",
  value = 3,
  minimum = 1,
  maximum = 3,
  unit = "months between safeguarding supervisions",
  local_choice = false,
  why = "The National Health Visiting Service Specification (NHS England 2014) requires safeguarding supervision "
     .. "at least every three months; a service may set a shorter interval, never a longer one.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Safeguarding Supervision", lines = { 290, 290 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (f)", lines = { 832, 832 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Safeguarding supervision", lines = { 573, 577 } },
  },
}

threshold {
  id = "safeguarding_share_heavy",
  value = 0.15,
  minimum = 0.05,
  maximum = 0.60,
  unit = "share of families with safeguarding involvement (0 to 1)",
  local_choice = true,
  why = "About one family in seven with safeguarding involvement; the sources give no figure.",
}

threshold {
  id = "safeguarding_share_some",
  value = 0.10,
  minimum = 0.02,
  maximum = 0.50,
  unit = "share of families with safeguarding involvement (0 to 1)",
  local_choice = true,
  why = "One family in ten with safeguarding involvement, enough for mobile working to put information sharing "
     .. "at risk; the sources give no figure.",
}

-- ---- Mobile working -----------------------------------------------------------------------------------

threshold {
  id = "mobile_working_high",
  value = 0.5,
  minimum = 0.2,
  maximum = 0.9,
  unit = "share of working time away from a team base (0 to 1)",
  local_choice = true,
  why = "Half of working time away from a team base; the sources give no figure for high mobile working.",
}

threshold {
  id = "mobile_working_some",
  value = 0.3,
  minimum = 0.1,
  maximum = 0.8,
  unit = "share of working time away from a team base (0 to 1)",
  local_choice = true,
  why = "Enough mobile time for office conversations to be missed; the sources give no figure.",
}

-- ---- New staff, learners and mentors ------------------------------------------------------------------

threshold {
  id = "newly_qualified_share_high",
  value = 0.20,
  minimum = 0.05,
  maximum = 0.60,
  unit = "share of practitioners qualified in the last 12 months (0 to 1)",
  local_choice = true,
  why = "One practitioner in five qualified in the last year (HEE expected about 60% of the workforce to be "
     .. "newly qualified by 2015, 001_a0b54d55111c5a02.txt L1139-1141, but gives no threshold).",
}

threshold {
  id = "newly_qualified_cohort",
  value = 0.30,
  minimum = 0.10,
  maximum = 0.80,
  unit = "share of practitioners qualified in the last 12 months (0 to 1)",
  local_choice = true,
  why = "A cohort large enough to sustain its own community of practice; the sources give no figure.",
}

threshold {
  id = "mentor_learners_some",
  value = 1,
  minimum = 0,
  maximum = 5,
  unit = "learners at once per mentor (rules fire above it)",
  local_choice = true,
  why = "More than one learner at once per mentor; the sources give no number for mentors (the one student a "
     .. "year of 001_a0b54d55111c5a02.txt L826-828 is a practice teacher's annual count, not a mentor's load).",
}

threshold {
  id = "practice_teacher_learners_max",
  value = 3,
  minimum = 1,
  maximum = 3,
  unit = "learners at once per practice teacher (rules fire above it)",
  local_choice = false,
  why = "The NMC (2011) advises that practice teachers may manage up to three learners: a practice teacher's "
     .. "limit, not a mentor's. A service may set a lower limit, never a higher one.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Mentoring (practice teachers and mentors)", lines = { 831, 832 } },
  },
}

-- ---- Action learning ----------------------------------------------------------------------------------

threshold {
  id = "action_learning_min_headcount",
  value = 6,
  minimum = 4,
  maximum = 8,
  unit = "practitioners in the team",
  local_choice = false,
  why = "Action learning sets usually have six to eight people, so a team of fewer than six cannot form one "
     .. "on its own.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Action learning sets", lines = { 2166, 2168 } },
  },
}
