-- Involvement, leadership and culture.
-- Staff who are listened to, involved in decisions and given control over their work; feedback passed
-- back to them; leaders who model compassion; a culture where concerns can be raised safely; values-based
-- recruitment and shared stories; and, when many factors are weak, an organisation-wide benchmark review.

-- The thresholds these rules read with threshold("id") are in rules/thresholds.lua, where policy leads set them.

local FACTORS = { "support", "training_and_development", "recruitment", "involvement_and_participation",
                  "client_relationships", "health_and_wellbeing", "culture" }

-- "only 25% of the <label> benchmark is met", or "none of the <label> indicators you answered is met".
local function benchmark_met(a, factor, label)
  local f = a.factors[factor]
  if f.score == 0 then
    return fmt("none of the %d %s indicators you answered is met", f.answered, label)
  end
  return fmt("only %s of the %s benchmark is met", percent(f.score), label)
end

rule {
  id = "staff_not_listened_to",
  title = "Staff do not feel listened to or involved",
  description = "In poor practice, health visitors are not involved in decisions and their concerns are not "
             .. "heard or acted on; staff who are listened to and involved in decisions are essential to "
             .. "high-quality care. Fires when the manager reports staff not feeling listened to, or fewer than "
             .. "half the involvement indicators are met; strongly recommended when both.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 4: Involvement and participation", lines = { 892, 907 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Staff Wellbeing and Safety", lines = { 234, 234 } },
  },
  recommends = { "staff_involvement" },

  evaluate = function(a)
    local unheard = has("team.concerns", "not_listened_to")
    local low_score = at_least("factors.involvement_and_participation.answered", threshold("factor_min_answered"))
                      and below("factors.involvement_and_participation.score", threshold("involvement_score_low"))
    if unheard or low_score then
      local score_text = low_score and benchmark_met(a, "involvement_and_participation", "involvement and participation")
      local sentence
      if unheard and low_score then
        sentence = "Staff tell you they do not feel listened to and " .. score_text
      elseif unheard then
        sentence = "Staff tell you they do not feel listened to"
      else
        sentence = "In your answers, " .. score_text
      end
      recommend {
        id = "staff_involvement",
        weight = (unheard and low_score) and 3 or 2,
        driver = "culture",
        because = sentence .. "; involve practitioners in decisions about "
               .. "their work and show them what was done with their ideas and concerns.",
      }
    end
  end,
}

rule {
  id = "feedback_not_passed_on",
  title = "Feedback and performance data are not passed back to practitioners",
  description = "Feedback from clients and colleagues should be passed on to practitioners (involvement_and_"
             .. "participation.e) and management data reported back to them (involvement_and_participation.g); "
             .. "in case study 2 performance indicators were reviewed and celebrated. Feedback supports morale, "
             .. "job satisfaction and lower stress.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 4 (e) and (g)", lines = { 908, 910 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 444, 444 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Performance feedback", lines = { 2346, 2352 } },
  },
  recommends = { "constructive_feedback" },

  evaluate = function(a)
    local no_client_feedback = answer("involvement_and_participation.e", "not_met", "partly")
    local no_data = answer("involvement_and_participation.g", "not_met", "partly")
    if no_client_feedback or no_data then
      recommend {
        id = "constructive_feedback",
        weight = 2,
        driver = "culture",
        because = "You said feedback from clients and colleagues, or the team's performance data, is not regularly "
               .. "passed back to practitioners; review it together, celebrate what goes well and plan what to improve.",
      }
    end
  end,
}

rule {
  id = "change_without_control",
  title = "Major change without control over the work",
  description = "Staff in case study 2 were 'exhausted by change'; the merged team was given autonomy and "
             .. "control over how it restructured. Continuous reorganisation makes new practice hard to embed. "
             .. "Fires during a merger, restructure or new service model when autonomy (involvement_and_"
             .. "participation.d) or joint service planning (involvement_and_participation.f) is not fully met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 422, 424 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 4 (d) and (f)", lines = { 907, 909 } },
    { file = "003_3518d88bf7c03e93.txt", section = "Discussion (context of resilient moves)", lines = { 73, 73 } },
  },
  recommends = { "staff_involvement" },

  evaluate = function(a)
    local changing = is("team.service_change", "merger") or is("team.service_change", "restructure")
                     or is("team.service_change", "new_service_model")
    if changing and (answer("involvement_and_participation.d", "not_met", "partly")
                     or answer("involvement_and_participation.f", "not_met", "partly")) then
      recommend {
        id = "staff_involvement",
        weight = 2,
        driver = "organisation",
        because = "Your team is going through major change and practitioners do not fully control how their work "
               .. "is planned; let the team shape the new arrangements, as the merged team in case study 2 did.",
      }
    end
  end,
}

rule {
  id = "compassionate_leadership_gap",
  title = "Leaders do not yet model compassion",
  description = "Resilient, compassionate cultures start with compassionate leaders (culture.h); leadership "
             .. "training should be available (culture.d). Fires when either indicator is not fully met, or staff "
             .. "both have low morale and do not feel listened to.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Compassion", lines = { 638, 638 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (d) and (h)", lines = { 983, 987 } },
    { file = "002_fe2525b383c767a8.txt", section = "Leadership and management (Twitter study)", lines = { 484, 500 } },
  },
  recommends = { "compassionate_leadership" },

  evaluate = function(a)
    local not_modelled = answer("culture.h", "not_met", "partly")
    local no_training = answer("culture.d", "not_met")
    local unhappy_unheard = has("team.concerns", "low_morale") and has("team.concerns", "not_listened_to")
    if not_modelled or no_training or unhappy_unheard then
      local because
      if unhappy_unheard and not not_modelled then
        because = "Morale is low and staff do not feel listened to; leaders who take time to understand "
               .. "everyone's issues and model compassion are key to feeling supported."
      else
        because = "You said leaders do not consistently model compassionate behaviour, or leadership training is "
               .. "missing (indicators culture.h, culture.d); compassionate leadership is a skill that can be developed."
      end
      recommend {
        id = "compassionate_leadership",
        weight = 2,
        driver = "culture",
        because = because,
      }
    end
  end,
}

rule {
  id = "raising_concerns_not_safe",
  title = "Staff are not confident to raise concerns",
  description = "Practitioners should feel confident to raise concerns about poor care and be encouraged to "
             .. "report errors, near misses and incidents (culture.a); compassionate leaders support staff to "
             .. "speak out safely and learn from mistakes instead of punishing.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (a)", lines = { 980, 980 } },
    { file = "002_fe2525b383c767a8.txt", section = "Leadership and management (Twitter study)", lines = { 488, 490 } },
  },
  recommends = { "raising_concerns" },

  evaluate = function(a)
    if answer("culture.a", "not_met") then
      recommend {
        id = "raising_concerns",
        weight = 3,
        driver = "culture",
        because = "You said practitioners are not confident to raise concerns or report errors and near misses "
               .. "(indicator culture.a); that is a risk to families and staff alike.",
      }
    elseif answer("culture.a", "partly") then
      recommend {
        id = "raising_concerns",
        weight = 2,
        driver = "culture",
        because = "You said practitioners are only partly confident to raise concerns or report errors and near "
               .. "misses (indicator culture.a).",
      }
    end
  end,
}

rule {
  id = "incident_and_silence",
  title = "After an incident, staff do not feel heard",
  description = "After a serious incident, staff may be too worried and afraid to talk about what happened; "
             .. "staff are 'second victims' of errors and need transparency and a chance to contribute to "
             .. "learning. Fires when there was a serious incident in the last year and staff do not feel listened to.",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "Case Study 5 (Imperial College Healthcare)", lines = { 979, 979 } },
    { file = "002_fe2525b383c767a8.txt", section = "The characteristics of workplace compassion (second victim)", lines = { 244, 252 } },
  },
  recommends = { "raising_concerns" },

  evaluate = function(a)
    if at_most("team.months_since_serious_incident", threshold("incident_learning_months"))
       and has("team.concerns", "not_listened_to") then
      recommend {
        id = "raising_concerns",
        weight = 2,
        driver = "incident",
        because = fmt("Your team was involved in a serious incident %g months ago and staff do not feel listened "
                   .. "to; make it safe to speak up and to contribute to what is learned.",
                      a.team.months_since_serious_incident),
      }
    end
  end,
}

rule {
  id = "narrative_practice_gap",
  title = "No shared stories of good practice",
  description = "A compassionate organisation facilitates narrative practices and future-oriented stories "
             .. "(culture.g); sharing stories of good practice builds shared values. Worth considering when the "
             .. "indicator is not fully met and the culture is weak or morale low.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (g)", lines = { 986, 986 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Compassion (narratives)", lines = { 3555, 3571 } },
  },
  recommends = { "narrative_practice" },

  evaluate = function(a)
    if answer("culture.g", "not_met", "partly")
       and ((at_least("factors.culture.answered", threshold("factor_min_answered"))
             and below("factors.culture.score", threshold("culture_score_low")))
            or has("team.concerns", "low_morale")) then
      recommend {
        id = "narrative_practice",
        weight = 1,
        driver = "culture",
        because = "You said stories of good and compassionate practice are not shared (indicator culture.g) and "
               .. "the team culture is under strain; collecting and telling those stories builds shared values.",
      }
    end
  end,
}

rule {
  id = "values_based_recruitment_missing",
  title = "Recruitment does not look at values",
  description = "Values-based recruitment (culture.f) brings in staff whose attitudes fit a compassionate "
             .. "culture and contributes to staff feeling valued. Worth considering when the indicator is not fully met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (f)", lines = { 985, 985 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Resilience: Key Points", lines = { 322, 322 } },
  },
  recommends = { "values_based_recruitment" },

  evaluate = function(a)
    if answer("culture.f", "not_met", "partly") then
      recommend {
        id = "values_based_recruitment",
        weight = 1,
        driver = "culture",
        because = "You said recruitment does not fully assess candidates' values (indicator culture.f); "
               .. "values-based recruitment contributes to a positive work environment.",
      }
    end
  end,
}

rule {
  id = "many_factors_weak",
  title = "Several benchmark factors are weak",
  description = "The organisational benchmarking tool helps an organisation review whether it has the right "
             .. "processes to retain staff. Fires when three or more of the seven factors (each with at least three "
             .. "indicators answered) have fewer than half "
             .. "their indicators met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Organisational benchmarking tool", lines = { 499, 507 } },
  },
  recommends = { "benchmark_follow_up" },

  evaluate = function(a)
    local weak = 0
    for _, factor in ipairs(FACTORS) do
      if at_least("factors." .. factor .. ".answered", threshold("factor_min_answered"))
         and below("factors." .. factor .. ".score", threshold("weak_factor_score")) then
        weak = weak + 1
      end
    end
    if weak >= threshold("weak_factors_for_review") then
      recommend {
        id = "benchmark_follow_up",
        weight = 2,
        driver = "organisation",
        because = fmt("%d of the 7 benchmark factors have fewer than half their indicators met; go through the "
                   .. "results with your practitioners and the organisation and agree which gaps to close first.",
                      weak),
      }
    end
  end,
}

rule {
  id = "support_not_evaluated",
  title = "Support is not evaluated",
  description = "The support practitioners receive should be evaluated and the results acted on (support.k). "
             .. "Worth considering when this is not met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (k)", lines = { 837, 837 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Organisational benchmarking tool", lines = { 505, 505 } },
  },
  recommends = { "benchmark_follow_up" },

  evaluate = function(a)
    if answer("support.k", "not_met") then
      recommend {
        id = "benchmark_follow_up",
        weight = 1,
        driver = "organisation",
        because = "You said the support practitioners receive is not evaluated (indicator support.k); repeat "
               .. "the benchmark with your practitioners after a set time to see whether the support improved.",
      }
    end
  end,
}

rule {
  id = "not_listened_to_listening_forums",
  title = "Staff do not feel listened to by leaders",
  description = "Trust-wide forums where leaders listen to what staff do well, what should change and how, "
             .. "complement conversations within teams. Fires when the manager reports that staff do not feel "
             .. "listened to and the organisation does not ask them (involvement_and_participation.b).",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "Making it easy to speak about things that matter", lines = { 1038, 1046 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 4 (b)", lines = { 905, 905 } },
  },
  recommends = { "listening_forums" },

  evaluate = function(a)
    if has("team.concerns", "not_listened_to") and answer_is_not("involvement_and_participation.b", "met") then
      recommend {
        id = "listening_forums",
        weight = 1,
        driver = "organisation",
        because = "You say your practitioners do not feel listened to, and nobody asks them whether they do; ask "
               .. "senior leaders to hold forums where they only listen.",
      }
    end
  end,
}

rule {
  id = "conflict_values_charter",
  title = "Conflict in a team whose culture indicators are weak",
  description = "A team can set out the culture it wants: staff choose shared values and the behaviour to "
             .. "expect, and feel able to challenge behaviour that departs from them. Fires when the manager "
             .. "reports team conflict and fewer than half the answered culture indicators are met.",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "How to start with creating a culture of workplace compassion", lines = { 717, 717 } },
    { file = "002_fe2525b383c767a8.txt", section = "Case study 1", lines = { 741, 769 } },
  },
  recommends = { "team_values_charter" },

  evaluate = function(a)
    if has("team.concerns", "team_conflict") and below("factors.culture.score", threshold("culture_score_low"))
       and at_least("factors.culture.answered", threshold("factor_min_answered")) then
      recommend {
        id = "team_values_charter",
        weight = 1,
        driver = "culture",
        because = fmt("You report conflict in the team and only %s of the culture benchmark is met; let staff choose "
                   .. "the team's values and the behaviour everyone can expect.", percent(a.factors.culture.score)),
      }
    end
  end,
}

rule {
  id = "low_morale_thank_you",
  title = "Low morale where contributions are not fed back",
  description = "A peer thank-you scheme began where staff did not feel recognised for their work. Fires when "
             .. "the manager reports low morale and feedback on practitioners' contributions is not passed on "
             .. "to them (involvement_and_participation.e).",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "Above and Beyond: a thank you scheme", lines = { 857, 879 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 4 (e)", lines = { 908, 908 } },
  },
  recommends = { "thank_you_scheme" },

  evaluate = function(a)
    if has("team.concerns", "low_morale") and answer("involvement_and_participation.e", "not_met", "partly") then
      recommend {
        id = "thank_you_scheme",
        weight = 1,
        driver = "culture",
        because = "You report low morale and say feedback on practitioners' contributions is not fully passed on; a "
               .. "scheme where colleagues thank each other makes that recognition visible.",
      }
    end
  end,
}
