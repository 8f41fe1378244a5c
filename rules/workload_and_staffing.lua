-- Workload, caseload and staffing.
-- Structural sources of stress come first: caseloads too large to build relationships with families,
-- vacancies and turnover that leave the team short, no time to reflect, and recruitment that does not
-- bring in people whose values fit the work. Individual resilience offers are no substitute for these.

-- The thresholds these rules read with threshold("id") are in rules/thresholds.lua, where policy leads set them.


-- A manager who has just answered the benchmark is not told to fill it in: the next step is to act on its
-- results with the staff (benchmark_follow_up). With fewer answers than the threshold (half of the 60), reviewing
-- the whole benchmark with the staff is still the step.
local function benchmark_step(a)
  local answered = 0
  for _, factor in ipairs({ "support", "training_and_development", "recruitment", "involvement_and_participation",
                            "client_relationships", "health_and_wellbeing", "culture" }) do
    answered = answered + a.factors[factor].answered
  end
  return answered >= threshold("benchmark_answered_for_follow_up") and "benchmark_follow_up" or "benchmark_review"
end

rule {
  id = "caseload_too_large",
  title = "Caseloads are too large to build relationships",
  description = "In inner-city areas of deprivation caseload size is a very important factor in health visitors' "
             .. "ability to establish relationships with parents; health visitors in Bidmead's study found caseloads "
             .. "unmanageable, typically in excess of 400 under-fives to one full-time health visitor. Strongly "
             .. "recommended at 400 children under five per health visitor or more, recommended at 300 or more; "
             .. "recommended at 300 families per practitioner or more (a project choice: the sources give no number "
             .. "of families).",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Client relationships (Bidmead 2013)", lines = { 1497, 1511 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 428, 428 } },
  },
  recommends = { "caseload_review" },

  evaluate = function(a)
    local unmanageable = at_least("team.under_fives_per_health_visitor", threshold("under_fives_unmanageable"))
    local many_children = at_least("team.under_fives_per_health_visitor", threshold("under_fives_high"))
    local many_families = at_least("team.caseload_per_practitioner", threshold("caseload_high"))
    if many_children then
      recommend {
        id = "caseload_review",
        weight = unmanageable and 3 or 2,
        driver = "caseload",
        because = fmt("Each full-time health visitor has %g children under five on the caseload; health visitors "
                   .. "in Bidmead's study found caseloads unmanageable, typically in excess of %d under-fives to "
                   .. "one full-time health visitor.",
                      a.team.under_fives_per_health_visitor, threshold("under_fives_unmanageable")),
      }
    elseif many_families then
      recommend {
        id = "caseload_review",
        weight = 2,
        driver = "caseload",
        because = fmt("Each whole-time practitioner holds %g families; caseload size is a very important factor "
                   .. "in health visitors' ability to establish relationships with parents, so review the caseloads.",
                      a.team.caseload_per_practitioner),
      }
    end
  end,
}

rule {
  id = "no_time_for_client_relationships",
  title = "No continuity or time to build relationships with families",
  description = "Practitioners need continuity and time to build relationships with clients (benchmark indicator "
             .. "client_relationships.e) and managers who support that work (a); building trust takes time that "
             .. "health visitors cannot spare when the caseload is too large or too complex, and a lack of manager "
             .. "support for relationship-based work was a major issue in Bidmead's study.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 5 (a) and (e)", lines = { 928, 932 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Client relationships (CYPMHC)", lines = { 1536, 1541 } },
  },
  recommends = { "caseload_review" },

  evaluate = function(a)
    local no_time = answer("client_relationships.e", "not_met", "partly")
    local no_manager_support = answer("client_relationships.a", "not_met")
    if no_time or no_manager_support then
      recommend {
        id = "caseload_review",
        weight = 2,
        driver = "caseload",
        because = "You said practitioners lack the continuity, time or manager support to build relationships "
               .. "with families (indicators client_relationships.e, a); review caseload size and model so each "
               .. "family has a named, available health visitor.",
      }
    end
  end,
}

rule {
  id = "staffing_gap",
  title = "Vacancies or turnover leave the team short",
  description = "In case study 2 departures left a deficit of 101.5 health-visiting hours a week; the merged team "
             .. "analysed its caseloads and moved to individual caseloads allocated pro rata. Fires when the "
             .. "vacancy rate or the turnover rate is high.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 420, 420 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 428, 434 } },
  },
  recommends = { "caseload_review" },

  evaluate = function(a)
    local vacancies = at_least("team.vacancy_rate", threshold("vacancy_high"))
    local leavers = at_least("team.turnover_rate", threshold("turnover_high"))
    if vacancies or leavers then
      local parts = {}
      if vacancies then parts[#parts + 1] = fmt("%s of funded posts are vacant", percent(a.team.vacancy_rate)) end
      if leavers then parts[#parts + 1] = fmt("%s of practitioners left in the last year", percent(a.team.turnover_rate)) end
      recommend {
        id = "caseload_review",
        weight = 2,
        driver = "staffing",
        because = table.concat(parts, " and ") .. "; analyse the caseloads and share them out fairly, pro rata to "
               .. "the hours the team really has.",
      }
    end
  end,
}

rule {
  id = "retention_risk",
  title = "Practitioners are leaving",
  description = "The benchmarking tool is a quality-assurance framework for retention; a clear career path is a "
             .. "key motivator; mentoring improves retention. Fires on high turnover or when the manager reports "
             .. "a retention concern.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Organisational benchmarking tool", lines = { 499, 505 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Professional identity", lines = { 139, 142 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Key points: mentoring", lines = { 966, 967 } },
  },
  recommends = { "benchmark_review", "benchmark_follow_up", "career_development", "mentorship" },

  evaluate = function(a)
    local leavers = at_least("team.turnover_rate", threshold("turnover_high"))
    local worried = has("team.concerns", "retention")
    if leavers or worried then
      local what = leavers and fmt("%s of your practitioners left in the last year", percent(a.team.turnover_rate))
                            or "You are worried about keeping your practitioners"
      local step = benchmark_step(a)
      recommend {
        id = step,
        weight = 2,
        driver = "staffing",
        because = what .. (step == "benchmark_review"
          and "; the organisational benchmarking tool was built to find what would help health visitors stay."
          or "; the benchmark you answered was built to find what would help health visitors stay: go through "
             .. "its gaps with your practitioners and agree what to act on first."),
      }
      recommend {
        id = "career_development",
        weight = 1,
        driver = "staffing",
        because = what .. "; a clear career progression path is a key motivator and reduces stress.",
      }
      recommend {
        id = "mentorship",
        weight = 1,
        driver = "staffing",
        because = what .. "; mentoring by an experienced colleague is associated with better retention.",
      }
    end
  end,
}

rule {
  id = "recruitment_falling_short",
  title = "Posts stay vacant and recruitment falls short",
  description = "Values-based recruitment contributes to positive work environments and to staff feeling valued. "
             .. "Fires when many posts are vacant and the recruitment indicators are mostly unmet, or managers do "
             .. "not give applicants accurate information about the role (recruitment.c).",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 3 (c)", lines = { 883, 883 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (f)", lines = { 985, 985 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Professional resilience", lines = { 3102, 3114 } },
  },
  recommends = { "values_based_recruitment" },

  evaluate = function(a)
    if at_least("team.vacancy_rate", threshold("vacancy_high"))
       and ((at_least("factors.recruitment.answered", threshold("factor_min_answered"))
             and below("factors.recruitment.score", threshold("recruitment_score_low")))
            or answer("recruitment.c", "not_met", "partly")) then
      recommend {
        id = "values_based_recruitment",
        weight = 2,
        driver = "staffing",
        because = fmt("%s of funded posts are vacant and recruitment does not fully meet the benchmark; recruit "
                   .. "for values as well as skills, and give applicants an honest picture of the role.",
                      percent(a.team.vacancy_rate)),
      }
    end
  end,
}

rule {
  id = "workload_leaves_no_time_to_reflect",
  title = "Workload leaves no time to reflect",
  description = "Half of health visitors say they have no time to reflect; reflective methods such as action "
             .. "learning need adequate time. Fires when caseloads are high or many posts are vacant and safe "
             .. "opportunities to reflect together (health_and_wellbeing.c) are not fully in place.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Integration through using a contextual systems approach", lines = { 249, 249 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (c)", lines = { 956, 956 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Action learning", lines = { 2116, 2121 } },
  },
  recommends = { "protected_reflection_time" },

  evaluate = function(a)
    local busy = at_least("team.caseload_per_practitioner", threshold("caseload_high"))
    local short = at_least("team.vacancy_rate", threshold("vacancy_high"))
    if (busy or short) and answer("health_and_wellbeing.c", "not_met", "partly") then
      local what = busy and fmt("Each whole-time practitioner holds %g families", a.team.caseload_per_practitioner)
                         or fmt("%s of funded posts are vacant", percent(a.team.vacancy_rate))
      recommend {
        id = "protected_reflection_time",
        weight = 2,
        driver = "workload",
        because = what .. " and practitioners lack safe time to reflect together; ring-fence time for reflection "
               .. "and peer support so it survives busy weeks.",
      }
    end
  end,
}
