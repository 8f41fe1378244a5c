-- Serious incidents, vicarious trauma and compassion fatigue.
-- After a serious incident or serious case, staff need a structured debrief, a safe space to talk about
-- the impact, individual help for those in distress, and blame-free learning. Compassion fatigue needs
-- reflective forums and self-compassion skills.

-- The thresholds these rules read with threshold("id") are in rules/thresholds.lua, where policy leads set them.

rule {
  id = "serious_incident_structured_debrief",
  title = "After a serious incident: a structured debrief",
  description = "Practitioners should have an externally run, structured and intensive debrief after serious "
             .. "incidents (benchmark indicator health_and_wellbeing.f), so the team can move on and keep working "
             .. "well. Urgent when the team was involved in a serious incident in the last six months, or in the "
             .. "last twelve months when the manager says no such debrief is offered (both windows are local "
             .. "choices: the sources name none).",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (f)", lines = { 959, 959 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Vicarious trauma (NSPCC)", lines = { 534, 542 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Key points: safeguarding supervision", lines = { 591, 592 } },
  },
  recommends = { "structured_debrief" },

  evaluate = function(a)
    local months = a.team.months_since_serious_incident
    if at_most("team.months_since_serious_incident", threshold("recent_incident_months")) then
      recommend {
        id = "structured_debrief",
        weight = 3,
        urgent = true,
        driver = "incident",
        because = fmt("Your team was involved in a serious incident %g months ago. Offer an externally run, "
                   .. "structured debrief now, so that the team can talk it through, move on and keep working "
                   .. "well.", months),
      }
    elseif at_most("team.months_since_serious_incident", threshold("incident_learning_months"))
       and answer("health_and_wellbeing.f", "not_met") then
      -- The manager's own answer that no debrief was offered keeps it urgent for a year (a local choice).
      recommend {
        id = "structured_debrief",
        weight = 3,
        urgent = true,
        driver = "incident",
        because = fmt("Your team was involved in a serious incident %g months ago and you said no externally "
                   .. "run debrief is offered after serious incidents (indicator health_and_wellbeing.f); it is "
                   .. "not too late to offer one.", months),
      }
    end
  end,
}

rule {
  id = "serious_incident_schwartz_round",
  title = "After a serious incident: a safe space to talk about its impact",
  description = "After a serious incident, a paediatric team held a Schwartz Round so that nurses, junior doctors "
             .. "and others who would not normally speak could talk about the impact of being part of it. Fires "
             .. "when the team was involved in a serious incident in the last six months.",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "Case Study 5 (Imperial College Healthcare)", lines = { 973, 979 } },
    { file = "002_fe2525b383c767a8.txt", section = "Case Study 5: What changed", lines = { 1018, 1018 } },
  },
  recommends = { "schwartz_rounds" },

  evaluate = function(a)
    if at_most("team.months_since_serious_incident", threshold("recent_incident_months")) then
      recommend {
        id = "schwartz_rounds",
        weight = 2,
        urgent = true,
        driver = "incident",
        because = fmt("Your team was involved in a serious incident %g months ago; a Schwartz Round gives staff "
                   .. "who would not normally speak up a safe, facilitated space to talk about its impact.",
                      a.team.months_since_serious_incident),
      }
    end
  end,
}

-- When the time since an incident is unknown or long past, what the manager sees still counts: staff who
-- cannot talk about it. What one department did (002 Case Study 5) is the only source, so the weights
-- stay below the incident rules' and nothing here is urgent.
rule {
  id = "incident_not_talked_about_safe_space",
  title = "Staff cannot talk about a serious incident: a safe space and stories that open it up",
  description = "After a serious incident a paediatric department found that nurses, junior doctors and others would "
             .. "not normally feel able to talk about their experience because of worry and fear. It held a "
             .. "Schwartz Round as a safe space to talk about the impact, a senior clinician's own story of the "
             .. "incident opened up discussion, and senior clinicians spoke up for staff without a voice. One "
             .. "department's own account. Fires when the manager says staff do not talk about an incident or "
             .. "another difficult issue.",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "Case Study 5: Summary", lines = { 973, 985 } },
    { file = "002_fe2525b383c767a8.txt", section = "Case Study 5: What we did", lines = { 989, 989 } },
    { file = "002_fe2525b383c767a8.txt", section = "Case Study 5: How we did it", lines = { 999, 1003 } },
  },
  recommends = { "schwartz_rounds", "narrative_practice", "compassionate_leadership", "staff_psychological_support" },

  evaluate = function(a)
    if has("team.concerns", "incident_not_talked_about") then
      local seen = "You say staff do not talk about a serious incident or another difficult issue"
      recommend {
        id = "schwartz_rounds",
        weight = 2,
        driver = "incident",
        because = seen .. "; one department held a Schwartz Round as a safe, facilitated space for staff who "
               .. "would not normally speak to talk about the impact.",
      }
      recommend {
        id = "narrative_practice",
        weight = 2,
        driver = "incident",
        because = seen .. "; in one department a senior clinician's own story of the incident was used to open "
               .. "up discussion of it.",
      }
      recommend {
        id = "compassionate_leadership",
        weight = 1,
        driver = "incident",
        because = seen .. "; in one department senior clinicians spoke up for staff who had no voice and "
               .. "started the conversations themselves.",
      }
      recommend {
        id = "staff_psychological_support",
        weight = 1,
        driver = "incident",
        because = seen .. "; the same department strengthened its link with the in-house counselling service "
               .. "for staff in distress.",
      }
    end
  end,
}

rule {
  id = "serious_incident_individual_support",
  title = "After a serious incident: help for individuals in distress",
  description = "Vicarious trauma can follow one-off traumatic events, and NSPCC research found rigorous supervision "
             .. "and peer support one way to manage it. In one trust, senior clinicians who saw how common distress "
             .. "was struck up a tighter relationship with the in-house counselling service to support distressed "
             .. "individuals (a general step, not one tied to an incident). Fires when the team was involved in a "
             .. "serious incident in the last six months.",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "Case Study 5: How we did it", lines = { 999, 1003 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Vicarious trauma (NSPCC)", lines = { 534, 539 } },
  },
  recommends = { "staff_psychological_support", "peer_support" },

  evaluate = function(a)
    if at_most("team.months_since_serious_incident", threshold("recent_incident_months")) then
      local when = fmt("Your team was involved in a serious incident %g months ago", a.team.months_since_serious_incident)
      recommend {
        id = "staff_psychological_support",
        weight = 2,
        driver = "incident",
        because = when .. "; make sure anyone distressed can reach counselling or psychological support quickly.",
      }
      recommend {
        id = "peer_support",
        weight = 1,
        driver = "incident",
        because = when .. "; peer support alongside supervision helps manage vicarious trauma.",
      }
    end
  end,
}

rule {
  id = "serious_incident_blame_free_learning",
  title = "After a serious incident: learn from it without blame",
  description = "An After Action Review is a blame-free way to analyse significant events and learn from them; "
             .. "opportunities for feedback and debriefing supported nurses' resilience. Fires when the team was "
             .. "involved in a serious incident in the last twelve months.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "After action review", lines = { 2452, 2463 } },
    { file = "002_fe2525b383c767a8.txt", section = "Leadership and management (Twitter study)", lines = { 490, 490 } },
  },
  recommends = { "after_action_review" },

  evaluate = function(a)
    if at_most("team.months_since_serious_incident", threshold("incident_learning_months")) then
      recommend {
        id = "after_action_review",
        weight = 1,
        driver = "incident",
        because = fmt("Your team was involved in a serious incident %g months ago; once the immediate distress "
                   .. "has been dealt with, a facilitated, blame-free review helps the team agree what to learn.",
                      a.team.months_since_serious_incident),
      }
    end
  end,
}

rule {
  id = "compassion_fatigue_reflective_forums",
  title = "Compassion fatigue: reflective forums",
  description = "Compassion fatigue can follow being unable to do what one considers right; 45% of health "
             .. "visitors said they could not deliver the care they aspired to. Schwartz Rounds and Compassion "
             .. "Circles give a safe place to reflect on the emotional impact of the work. Fires when the manager "
             .. "reports compassion fatigue.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Compassion", lines = { 636, 636 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Interagency / Disciplinary Groups", lines = { 304, 304 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Compassion", lines = { 3518, 3526 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Compassion circles", lines = { 2693, 2706 } },
  },
  recommends = { "schwartz_rounds", "compassion_circles" },

  evaluate = function(a)
    if has("team.concerns", "compassion_fatigue") then
      recommend {
        id = "schwartz_rounds",
        weight = 2,
        driver = "wellbeing",
        because = "You see compassion fatigue in the team; Schwartz Rounds let staff reflect together, monthly, "
               .. "on the emotional impact of their work.",
      }
      recommend {
        id = "compassion_circles",
        weight = 2,
        driver = "wellbeing",
        because = "You see compassion fatigue in the team; a Compassion Circle (up to 12 people) gives time to "
               .. "reconnect with values and plan boundaries and self-care (evidence so far is anecdotal).",
      }
    end
  end,
}

rule {
  id = "compassion_fatigue_self_compassion",
  title = "Compassion fatigue: self-compassion and resilience skills",
  description = "Health visitors' continued exposure to distress puts them at risk of burnout; compassionate "
             .. "resilience teaches self-compassion and six skills (SHARENOW) to stay resilient and keep "
             .. "compassion. Worth considering when the manager reports compassion fatigue, alongside, not "
             .. "instead of, organisational support.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "The Compassionate Resilience Concept", lines = { 662, 678 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4412, 4413 } },
  },
  recommends = { "compassionate_resilience_training" },

  evaluate = function(a)
    if has("team.concerns", "compassion_fatigue") then
      recommend {
        id = "compassionate_resilience_training",
        weight = 1,
        driver = "wellbeing",
        because = "You see compassion fatigue in the team; training in self-compassion and resilience skills can "
               .. "help practitioners sustain compassion, as a complement to supervision and reflective forums.",
      }
    end
  end,
}

rule {
  id = "debrief_arrangement_missing",
  title = "No arrangement for a debrief after serious incidents",
  description = "Potentially stressful events can be identified and planned for; the benchmark asks for an "
             .. "externally run debrief after serious incidents (health_and_wellbeing.f). Worth arranging in "
             .. "advance when the manager says this is not met and there has been no serious incident in the last twelve months.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Resilience (key concepts)", lines = { 315, 315 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (f)", lines = { 959, 959 } },
  },
  recommends = { "structured_debrief" },

  evaluate = function(a)
    if answer("health_and_wellbeing.f", "not_met")
       and (is("team.months_since_serious_incident", nil)
            or above("team.months_since_serious_incident", threshold("incident_learning_months"))) then
      recommend {
        id = "structured_debrief",
        weight = 1,
        driver = "incident",
        because = "You said there is no externally run debrief after serious incidents (indicator "
               .. "health_and_wellbeing.f); agree now who would provide one, before it is needed.",
      }
    end
  end,
}

rule {
  id = "emotional_work_needs_containment",
  title = "Emotionally heavy work without a place to reflect",
  description = "Sustained defensive strategies such as detachment raise stress and the risk of burnout; work "
             .. "discussion groups give a safe place to explore the emotional meaning of the work. Fires when the "
             .. "manager reports complex cases or compassion fatigue and safe opportunities to reflect together "
             .. "(health_and_wellbeing.c) are not fully in place.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Work discussion groups", lines = { 2605, 2612 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (c)", lines = { 956, 956 } },
  },
  recommends = { "work_discussion_groups" },

  evaluate = function(a)
    if (has("team.concerns", "complex_cases") or has("team.concerns", "compassion_fatigue"))
       and answer("health_and_wellbeing.c", "not_met", "partly") then
      recommend {
        id = "work_discussion_groups",
        weight = 1,
        driver = "wellbeing",
        because = "Your practitioners carry emotionally heavy work and lack a safe place to reflect together; a "
               .. "small facilitated work discussion group can help them notice and contain its effects.",
      }
    end
  end,
}

rule {
  id = "bereavement_safe_space",
  title = "A death in the team or of a child in its care",
  description = "After the death of a colleague or of a child in their care, staff need a safe, confidential "
             .. "space to talk and be listened to, offered by someone they trust, without waiting for a calmer "
             .. "time. Fires when the manager reports a recent bereavement.",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "Compassion for staff coping with loss", lines = { 907, 925 } },
  },
  recommends = { "bereavement_support" },

  evaluate = function(a)
    if has("team.concerns", "bereavement") then
      recommend {
        id = "bereavement_support",
        weight = 3,
        urgent = true,
        driver = "incident",
        because = "You report a recent death affecting your team; give staff a confidential space to talk and be "
               .. "heard, with someone they trust, now rather than when things are calmer.",
      }
    end
  end,
}
