-- Team-context fields of the input contract: what a manager says about the team besides the
-- benchmarking answers. Names are public (other tools send them): add fields, never rename.

field {
  name = "name", type = "string",
  help = "The team's name, as the manager wants it shown in the report.",
  example = "Riverside health visiting team",
}

field {
  name = "headcount", type = "integer", unit = "practitioners", minimum = 1, maximum = 10000,
  help = "How many practitioners are in the team (people, not whole-time equivalents).",
  example = 10,
}

field {
  name = "caseload_per_practitioner", type = "number",
  unit = "families or cases per whole-time-equivalent practitioner", minimum = 0, maximum = 5000,
  help = "Families (or cases) held per whole-time-equivalent practitioner.",
  example = 350,
}

field {
  name = "under_fives_per_health_visitor", type = "number",
  unit = "children under five per full-time health visitor", minimum = 0, maximum = 5000,
  help = "Children under five on the caseload of each full-time health visitor, the unit of Bidmead's figure: "
      .. "health visitors in her study found caseloads unmanageable, typically in excess of 400 under-fives to one "
      .. "full-time health visitor (001_a0b54d55111c5a02.txt L1506-1508). Count children, not families "
      .. "(caseload_per_practitioner holds families).",
  example = 300,
}

field {
  name = "safeguarding_caseload_share", type = "share", unit = "share of the caseload (0-1)",
  help = "Share of the team's families with safeguarding or child-protection involvement.",
  example = 0.1,
}

field {
  name = "mobile_working_share", type = "share", unit = "share of working time (0-1)",
  help = "Share of the team's working time spent mobile or agile, away from a team base.",
  example = 0.5,
}

field {
  name = "newly_qualified_share", type = "share", unit = "share of practitioners (0-1)",
  help = "Share of practitioners who qualified in the last 12 months.",
  example = 0.2,
}

field {
  name = "sickness_absence_rate", type = "share", unit = "share of working days lost (0-1)",
  help = "Share of working days lost to sickness over the last 12 months.",
  example = 0.05,
}

field {
  name = "turnover_rate", type = "share", unit = "share of practitioners leaving per year (0-1)",
  help = "Share of practitioners who left the team in the last 12 months.",
  example = 0.12,
}

field {
  name = "vacancy_rate", type = "share", unit = "share of funded posts vacant (0-1)",
  help = "Share of the team's funded posts that are vacant now.",
  example = 0.08,
}

field {
  name = "months_since_serious_incident", type = "number", unit = "months",
  minimum = 0, maximum = 600, nullable = true,
  help = "Months since the team was involved in a serious incident or serious case review; null if none.",
  example = nil,
}

field {
  name = "service_change", type = "enum",
  values = { "none", "merger", "restructure", "relocation", "new_service_model" },
  help = "The largest change the team is going through or went through in the last year.",
  example = "none",
}

field {
  name = "safeguarding_supervision_interval_months", type = "number", unit = "months",
  minimum = 0, maximum = 120, nullable = true,
  help = "Months between safeguarding supervision sessions for each practitioner; null if none happens.",
  example = 3,
}

field {
  name = "learners_per_mentor", type = "number", unit = "students or learners per mentor",
  minimum = 0, maximum = 100,
  help = "Students or learners each mentor supports at once. For practice teachers, who manage the learners "
      .. "their mentors teach, give learners_per_practice_teacher as well.",
  example = 1,
}

field {
  name = "learners_per_practice_teacher", type = "number", unit = "learners per practice teacher",
  minimum = 0, maximum = 100,
  help = "Learners each practice teacher manages, with mentors doing most of the practice teaching. The NMC (2011) "
      .. "advises that practice teachers may manage up to three learners; traditionally a practice teacher trained "
      .. "one specialist community public health nurse a year (001_a0b54d55111c5a02.txt L826-836).",
  example = 2,
}

field {
  name = "concerns", type = "flags",
  values = {
    "low_morale", "team_conflict", "poor_communication", "stress_sickness", "compassion_fatigue",
    "complex_cases", "performance_concerns", "not_listened_to", "isolation", "retention",
    "large_student_intake", "interagency_complexity", "bereavement", "incident_not_talked_about",
  },
  help = "What the manager sees in the team now; tick all that apply. bereavement: a colleague, or a child "
      .. "in the team's care, died recently. incident_not_talked_about: staff do not talk about a serious "
      .. "incident or another difficult issue, from worry or fear about what happened (whenever it was).",
  example = { "low_morale" },
}

field {
  name = "in_place", type = "ids",
  help = "Ids of interventions the team already runs (see `trynext catalogue list`).",
  example = { "clinical_supervision" },
}

field {
  name = "tried", type = "tried",
  help = "Interventions the team tried before, each with its outcome: helped, no_change or worse.",
  example = { { id = "mindfulness", outcome = "no_change" } },
}
