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
  help = "Students or learners supported by each practice teacher or mentor at once.",
  example = 1,
}

field {
  name = "concerns", type = "flags",
  values = {
    "low_morale", "team_conflict", "poor_communication", "stress_sickness", "compassion_fatigue",
    "complex_cases", "performance_concerns", "not_listened_to", "isolation", "retention",
    "large_student_intake", "interagency_complexity", "bereavement",
  },
  help = "What the manager sees in the team now; tick all that apply. bereavement: a colleague, or a child "
      .. "in the team's care, died recently.",
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
