-- Health and wellbeing.
-- Stress-related sickness, access to occupational health and psychological support, safe spaces to
-- reflect together, tools for stressful situations and work-life balance, and individual resilience and
-- self-compassion skills. Individual offers complement, and never replace, fixing the structural causes:
-- the engine ranks them after organisational and team actions when workload or staffing is a driver.

-- The thresholds these rules read with threshold("id") are in rules/thresholds.lua, where policy leads set them.

-- "only 25% of the <label> benchmark is met", or "none of the <label> indicators you answered is met".
local function benchmark_met(a, factor, label)
  local f = a.factors[factor]
  if f.score == 0 then
    return fmt("none of the %d %s indicators you answered is met", f.answered, label)
  end
  return fmt("only %s of the %s benchmark is met", percent(f.score), label)
end

-- The individual resilience offers whose failure points at organisational causes, as a reason names them.
local INDIVIDUAL_OFFERS = {
  { id = "mindfulness", name = "mindfulness" },
  { id = "resilience_training", name = "resilience education" },
  { id = "wellbeing_tools", name = "coping tools for work-life balance" },
}

-- True when the team tried this intervention and it did not help.
local function did_not_help(id)
  local outcome = tried(id)
  return outcome == "no_change" or outcome == "worse"
end


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
  id = "stress_sickness_psychological_support",
  title = "Stress-related sickness: psychological support for staff",
  description = "In case study 2, with long-term stress-related sickness in the team, the trust added an "
             .. "employee assistance programme, counselling and physiotherapy; practitioners should have access "
             .. "to occupational health. Fires on a high sickness absence rate or reported stress sickness; "
             .. "strongly recommended when both.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 420, 424 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (a)", lines = { 954, 954 } },
  },
  recommends = { "staff_psychological_support" },

  evaluate = function(a)
    local high_sickness = at_least("team.sickness_absence_rate", threshold("sickness_absence_high"))
    local stressed = has("team.concerns", "stress_sickness")
    if high_sickness or stressed then
      local what = high_sickness
        and fmt("Your team lost %s of working days to sickness last year", percent(a.team.sickness_absence_rate))
        or "You see stress-related sickness in the team"
      recommend {
        id = "staff_psychological_support",
        weight = (high_sickness and stressed) and 3 or 2,
        driver = "wellbeing",
        because = what .. "; make sure staff can reach occupational health, counselling or an employee "
               .. "assistance programme early.",
      }
    end
  end,
}

rule {
  id = "occupational_health_missing",
  title = "No access to occupational health",
  description = "Practitioners should have access to occupational health services (health_and_wellbeing.a). "
             .. "Strongly recommended when not met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (a)", lines = { 954, 954 } },
  },
  recommends = { "staff_psychological_support" },

  evaluate = function(a)
    if answer("health_and_wellbeing.a", "not_met") then
      recommend {
        id = "staff_psychological_support",
        weight = 3,
        driver = "wellbeing",
        because = "You said practitioners have no access to occupational health services (indicator "
               .. "health_and_wellbeing.a); the benchmark expects it for every health visitor.",
      }
    elseif answer("health_and_wellbeing.a", "partly") then
      recommend {
        id = "staff_psychological_support",
        weight = 2,
        driver = "wellbeing",
        because = "You said access to occupational health services is only partial (indicator health_and_wellbeing.a).",
      }
    end
  end,
}

rule {
  id = "stress_sickness_restorative_supervision",
  title = "Stress-related sickness: restorative supervision",
  description = "Restorative supervision focuses on the practitioner's capacity to cope. One trust's programme "
             .. "reports better resilience to stress (its own literature; the independent evaluation was not yet "
             .. "published) and a positive trend in reduced burnout and secondary traumatic stress in pre/post "
             .. "measures. Fires on high sickness or reported stress sickness when regular structured supervision "
             .. "(support.e) is not confirmed as met; weaker when support.e is unanswered than when it is not met.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Restorative Supervision", lines = { 711, 720 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Restorative supervision", lines = { 294, 294 } },
  },
  recommends = { "restorative_supervision" },

  evaluate = function(a)
    local high_sickness = at_least("team.sickness_absence_rate", threshold("sickness_absence_high"))
    local stressed = has("team.concerns", "stress_sickness")
    if (high_sickness or stressed) and answer_is_not("support.e", "met") then
      local gap = answer("support.e", "not_met", "partly")  -- unanswered: a possible gap, not a known one
      local what = high_sickness
        and fmt("Your team lost %s of working days to sickness last year", percent(a.team.sickness_absence_rate))
        or "You see stress-related sickness in the team"
      recommend {
        id = "restorative_supervision",
        weight = gap and 2 or 1,
        driver = "wellbeing",
        because = what .. "; restorative supervision focuses on the practitioner's capacity to cope, and one "
               .. "trust reports a downward trend in burnout in before-and-after measures (its independent evaluation "
               .. "was not yet published)." .. (gap and "" or " You did not answer whether practitioners meet regularly with someone trained in supervision (Support, indicator e): if they do, this may be covered already."),
      }
    end
  end,
}

rule {
  id = "sickness_with_heavy_caseloads",
  title = "Sickness on top of heavy caseloads",
  description = "Workforce stress shows in sickness, burnout and attrition, and much workplace adversity comes "
             .. "from mounting workloads with diminishing resources; sickness absence is a proxy for the team's "
             .. "resilience. Fires when both sickness and caseloads are high: the workload comes first.",
  sources = {
    { file = "003_3518d88bf7c03e93.txt", section = "Introduction (workplace adversity)", lines = { 17, 17 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Resilience at individual level", lines = { 396, 396 } },
    { file = "004_d0fb1981ccc54b2f.txt", section = "The framework: creating a supportive organisation", lines = { 17, 17 } },
  },
  recommends = { "caseload_review" },

  evaluate = function(a)
    if at_least("team.sickness_absence_rate", threshold("sickness_absence_high"))
       and at_least("team.caseload_per_practitioner", threshold("caseload_high")) then
      recommend {
        id = "caseload_review",
        weight = 2,
        driver = "workload",
        because = fmt("Your team lost %s of working days to sickness while each practitioner holds %g families; "
                   .. "tackle the workload before offering individual resilience help.",
                      percent(a.team.sickness_absence_rate), a.team.caseload_per_practitioner),
      }
    end
  end,
}

rule {
  id = "coping_tools_missing",
  title = "No tools for stressful situations or work-life balance",
  description = "Practitioners should get training on the physical and emotional side of caring with tools such "
             .. "as stressful-event plans and reflective diaries (health_and_wellbeing.b), tools for work-life "
             .. "balance such as diary planning and prioritising (g), and a range of tools for stressful "
             .. "situations (culture.i).",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (b)", lines = { 955, 955 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (g)", lines = { 960, 960 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (i)", lines = { 988, 988 } },
  },
  recommends = { "wellbeing_tools" },

  evaluate = function(a)
    local no_coping = answer("health_and_wellbeing.b", "not_met", "partly")
    local no_balance = answer("health_and_wellbeing.g", "not_met", "partly")
    local no_tools = answer("culture.i", "not_met", "partly")
    if no_coping or no_balance or no_tools then
      recommend {
        id = "wellbeing_tools",
        weight = 2,
        driver = "wellbeing",
        because = "You said practitioners lack tools for stressful situations or work-life balance (indicators "
               .. "health_and_wellbeing.b, g, culture.i), such as stressful-event plans, reflective diaries and "
               .. "diary planning.",
      }
    end
  end,
}

rule {
  id = "no_safe_space_to_reflect",
  title = "No safe space to reflect together",
  description = "Practitioners should have safe opportunities to reflect together on the psychological, "
             .. "emotional and social challenges of their work and share coping strategies, for example Schwartz "
             .. "Rounds, action learning sets and peer support (health_and_wellbeing.c). Half of health visitors "
             .. "say they have no time to reflect.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (c)", lines = { 956, 956 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Integration through using a contextual systems approach", lines = { 249, 249 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Action learning sets", lines = { 2166, 2170 } },
  },
  recommends = { "protected_reflection_time", "peer_support", "action_learning_sets", "schwartz_rounds" },

  evaluate = function(a)
    if answer("health_and_wellbeing.c", "not_met", "partly") then
      recommend {
        id = "protected_reflection_time",
        weight = 2,
        driver = "wellbeing",
        because = "You said practitioners lack safe opportunities to reflect together on the emotional side of "
               .. "their work (indicator health_and_wellbeing.c); set aside protected time for it.",
      }
      recommend {
        id = "peer_support",
        weight = 1,
        driver = "wellbeing",
        because = "You said practitioners lack safe opportunities to reflect together (indicator "
               .. "health_and_wellbeing.c); peer support groups let them share coping strategies.",
      }
      recommend {
        id = "schwartz_rounds",
        weight = 1,
        driver = "wellbeing",
        because = "You said practitioners lack safe opportunities to reflect together (indicator "
               .. "health_and_wellbeing.c); ask whether the organisation runs Schwartz Rounds the team can attend.",
      }
      if at_least("team.headcount", threshold("action_learning_min_headcount")) then
        recommend {
          id = "action_learning_sets",
          weight = 1,
          driver = "wellbeing",
          because = fmt("You said practitioners lack safe opportunities to reflect together; with %g practitioners "
                     .. "the team can form a facilitated action learning set.", a.team.headcount),
        }
      end
    end
  end,
}

rule {
  id = "stress_affecting_health_resilience_skills",
  title = "Stress affecting health: resilience skills as a complement",
  description = "All staff, including senior managers, need training in resilience skills; mindfulness has a "
             .. "growing evidence base but can lower mood and needs trained teachers; and individual programmes "
             .. "must sit alongside tackling the structural sources of stress. Worth considering when the manager "
             .. "reports stress sickness or fewer than half the health and wellbeing indicators are met.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 201, 203 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Mindfulness (Being in the NOW)", lines = { 3819, 3845 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Compassion, self-compassion and compassionate resilience", lines = { 4353, 4357 } },
  },
  recommends = { "resilience_training", "mindfulness" },

  evaluate = function(a)
    local stressed = has("team.concerns", "stress_sickness")
    local low_score = at_least("factors.health_and_wellbeing.answered", threshold("factor_min_answered"))
                      and below("factors.health_and_wellbeing.score", threshold("health_and_wellbeing_score_low"))
    if stressed or low_score then
      local what = stressed and "You see stress-related sickness in the team"
                            or "In your answers, " .. benchmark_met(a, "health_and_wellbeing", "health and wellbeing")
      recommend {
        id = "resilience_training",
        weight = 1,
        driver = "wellbeing",
        because = what .. "; training in resilience skills can help individuals, alongside (not instead of) "
               .. "tackling the causes of stress.",
      }
      recommend {
        id = "mindfulness",
        weight = 1,
        driver = "wellbeing",
        because = what .. "; mindfulness can reduce stress for some, but can lower mood in others and needs a "
               .. "trained teacher.",
      }
    end
  end,
}

rule {
  id = "self_compassion_training_missing",
  title = "No training in self-compassion",
  description = "Practitioners should be trained in the skills of self-compassion (culture.e); the literature "
             .. "review recommends supporting self-compassion in staff at all levels.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (e)", lines = { 984, 984 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4412, 4413 } },
  },
  recommends = { "compassionate_resilience_training" },

  evaluate = function(a)
    if answer("culture.e", "not_met", "partly") then
      recommend {
        id = "compassionate_resilience_training",
        weight = 2,
        driver = "wellbeing",
        because = "You said practitioners are not trained in self-compassion skills (indicator culture.e); "
               .. "compassionate resilience training teaches them, at each person's own pace.",
      }
    end
  end,
}

rule {
  id = "individual_offers_did_not_help",
  title = "Individual resilience offers did not help",
  description = "A supportive organisation reduces reliance on individual resilience; resilience programmes must "
             .. "sit alongside tackling the structural sources of stress. Fires when the team tried mindfulness, "
             .. "resilience training or wellbeing tools without benefit and stress persists: look at the "
             .. "organisational causes.",
  sources = {
    { file = "004_d0fb1981ccc54b2f.txt", section = "The framework: creating a supportive organisation", lines = { 17, 17 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Compassion, self-compassion and compassionate resilience", lines = { 4353, 4357 } },
    { file = "003_3518d88bf7c03e93.txt", section = "Discussion (context of resilient moves)", lines = { 73, 73 } },
  },
  recommends = { "benchmark_review", "benchmark_follow_up" },

  evaluate = function(a)
    -- Name each offer that did not help, so one failed offer is not reported as several.
    local failed = {}
    for _, offer in ipairs(INDIVIDUAL_OFFERS) do
      if did_not_help(offer.id) then failed[#failed + 1] = offer.name end
    end
    local stress_persists = has("team.concerns", "stress_sickness")
                            or at_least("team.sickness_absence_rate", threshold("sickness_absence_high"))
    if #failed > 0 and stress_persists then
      local named = #failed == 1 and failed[1]
        or table.concat(failed, ", ", 1, #failed - 1) .. " and " .. failed[#failed]
      local step = benchmark_step(a)
      recommend {
        id = step,
        weight = 2,
        driver = "organisation",
        because = fmt("Your team tried %s without benefit and stress persists; %s before offering more "
                   .. "individual training.", named, step == "benchmark_review"
                     and "review the organisational causes with the benchmarking tool"
                     or "go through the organisational gaps your benchmark answers show, with your practitioners,"),
      }
    end
  end,
}

rule {
  id = "wellbeing_not_in_strategy",
  title = "Staff wellbeing is not part of the strategy",
  description = "The health and emotional wellbeing of practitioners should be central to the organisation's "
             .. "strategic vision (health_and_wellbeing.i); resilient cultures start with leaders. Worth "
             .. "considering when not met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (i)", lines = { 962, 962 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Compassion: Key Points", lines = { 646, 646 } },
  },
  recommends = { "compassionate_leadership" },

  evaluate = function(a)
    if answer("health_and_wellbeing.i", "not_met") then
      recommend {
        id = "compassionate_leadership",
        weight = 1,
        driver = "organisation",
        because = "You said staff wellbeing is not central to the organisation's strategy (indicator "
               .. "health_and_wellbeing.i); raise it with senior leaders, who set the culture.",
      }
    end
  end,
}
