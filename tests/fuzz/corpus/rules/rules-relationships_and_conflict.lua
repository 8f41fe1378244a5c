-- Relationships, communication and conflict within the team.
-- Low morale, poor communication and conflict were the signals in case study 2; the team rebuilt itself
-- with weekly team meetings, 1:1s, a team-building event and control over its own restructure. Conflict
-- left unresolved costs health, trust and retention; courageous conversations help handle it early.

rule {
  id = "team_conflict_courageous_conversations",
  title = "Conflict in the team: courageous conversations",
  description = "Unresolved conflict costs distress, absenteeism, trust, morale and retention; a 'conflict "
             .. "resilient workplace' handles conflict early and at the lowest level. Health visitors should be "
             .. "encouraged to train in 'courageous conversations'. Fires when the manager reports team conflict.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Courageous conversations (conflict resilient workplaces)", lines = { 1241, 1257 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4420, 4421 } },
  },
  recommends = { "courageous_conversations" },

  evaluate = function(a)
    if has("team.concerns", "team_conflict") then
      recommend {
        id = "courageous_conversations",
        weight = 2,
        driver = "relationships",
        because = "You see conflict in the team; training in courageous conversations helps people raise "
               .. "difficult issues early and keep working relationships intact.",
      }
    end
  end,
}

rule {
  id = "team_conflict_restorative_supervision",
  title = "Conflict in the team: restorative supervision",
  description = "Reported outcomes of restorative supervision include better relationships among staff, trust "
             .. "and reduced conflict, and improved team dynamics. Worth considering when the manager reports conflict.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Restorative Supervision, Table 1", lines = { 670, 697 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Key points: supervision", lines = { 735, 738 } },
  },
  recommends = { "restorative_supervision" },

  evaluate = function(a)
    if has("team.concerns", "team_conflict") then
      recommend {
        id = "restorative_supervision",
        weight = 1,
        driver = "relationships",
        because = "You see conflict in the team; staff in restorative supervision report better working "
               .. "relationships, more trust and less conflict.",
      }
    end
  end,
}

rule {
  id = "poor_communication_team_meetings",
  title = "Poor communication: regular team meetings and 1:1s",
  description = "In case study 2 communication improved through weekly one-hour team meetings that started and "
             .. "ended on time, with 1:1s encouraged. Fires when the manager reports poor communication or conflict.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 436, 436 } },
  },
  recommends = { "team_meetings" },

  evaluate = function(a)
    local poor = has("team.concerns", "poor_communication")
    local conflict = has("team.concerns", "team_conflict")
    if poor or conflict then
      recommend {
        id = "team_meetings",
        weight = 2,
        driver = "relationships",
        because = "You see " .. (poor and "poor communication" or "conflict") .. " in the team; a weekly one-hour "
               .. "team meeting that starts and ends on time, with 1:1s encouraged, rebuilt communication in case study 2.",
      }
    end
  end,
}

rule {
  id = "low_morale_team_building",
  title = "Low morale: rebuild cohesion",
  description = "In case study 2 a team-building event improved cohesion in a merged team with low morale and "
             .. "conflict. Fires when the manager reports low morale or conflict.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 442, 442 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 420, 420 } },
  },
  recommends = { "team_building" },

  evaluate = function(a)
    local low = has("team.concerns", "low_morale")
    local conflict = has("team.concerns", "team_conflict")
    if low or conflict then
      recommend {
        id = "team_building",
        weight = 2,
        driver = "relationships",
        because = "You see " .. (low and "low morale" or "conflict") .. " in the team; a shared team-building "
               .. "activity improved cohesion, trust and respect in case study 2.",
      }
    end
  end,
}

rule {
  id = "merger_rebuild_the_team",
  title = "A merged team needs rebuilding together",
  description = "In case study 2 two struggling teams merged; the new team was given autonomy over how it "
             .. "restructured, agreed a caseload model, met weekly and held a team-building event. Fires when "
             .. "the team went through a merger.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 418, 428 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 436, 442 } },
  },
  recommends = { "staff_involvement", "team_meetings", "team_building", "caseload_review" },

  evaluate = function(a)
    if is("team.service_change", "merger") then
      recommend {
        id = "staff_involvement",
        weight = 2,
        driver = "organisation",
        because = "Your team has merged; give the new team autonomy and control over how it restructures and "
               .. "works, as in case study 2.",
      }
      recommend {
        id = "team_meetings",
        weight = 2,
        driver = "organisation",
        because = "Your team has merged; regular team meetings with good attendance rebuild shared ways of working.",
      }
      recommend {
        id = "team_building",
        weight = 1,
        driver = "organisation",
        because = "Your team has merged; a team-building event helps the two groups become one team.",
      }
      recommend {
        id = "caseload_review",
        weight = 1,
        driver = "organisation",
        because = "Your team has merged; agree together which caseload model to use, as the merged team in "
               .. "case study 2 did before moving to individual caseloads.",
      }
    end
  end,
}

rule {
  id = "difficult_conversations_skills_gap",
  title = "Staff lack skills for difficult conversations",
  description = "Practitioners should have the chance to develop skills for 'courageous' conversations "
             .. "(culture.c) and support to build constructive relationships with peers, managers and clients "
             .. "(health_and_wellbeing.d). Fires when either indicator is not fully met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (c)", lines = { 982, 982 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (d)", lines = { 957, 957 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Courageous Conversations", lines = { 299, 299 } },
  },
  recommends = { "courageous_conversations" },

  evaluate = function(a)
    local no_skills = answer("culture.c", "not_met", "partly")
    local no_support = answer("health_and_wellbeing.d", "not_met", "partly")
    if no_skills or no_support then
      local strong = answer("culture.c", "not_met") or answer("health_and_wellbeing.d", "not_met")
      recommend {
        id = "courageous_conversations",
        weight = strong and 2 or 1,
        driver = "relationships",
        because = "You said practitioners do not fully have the skills or support for difficult conversations "
               .. "with colleagues, managers and clients (indicators culture.c, health_and_wellbeing.d); "
               .. "practitioners and managers name this as a training need.",
      }
    end
  end,
}

rule {
  id = "performance_concerns_coaching",
  title = "Performance concerns: coaching and constructive feedback",
  description = "Managers find it hard to work with staff whose performance is in question; clinical coaching "
             .. "was effective with marginal performers, and timely, specific, constructive feedback supports "
             .. "behaviour change and morale. Fires when the manager reports performance concerns.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Coaching (Kelton 2014)", lines = { 1117, 1134 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Performance Feedback", lines = { 301, 301 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2 (f)", lines = { 860, 860 } },
  },
  recommends = { "coaching", "constructive_feedback" },

  evaluate = function(a)
    if has("team.concerns", "performance_concerns") then
      recommend {
        id = "coaching",
        weight = 2,
        driver = "development",
        because = "You have concerns about performance; time-limited coaching on the specific skill, with regular "
               .. "meetings, was effective with staff whose performance was marginal.",
      }
      recommend {
        id = "constructive_feedback",
        weight = 2,
        driver = "development",
        because = "You have concerns about performance; protected time for timely, specific, constructive feedback "
               .. "helps change behaviour without undermining morale.",
      }
    end
  end,
}
