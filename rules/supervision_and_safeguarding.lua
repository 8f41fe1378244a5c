-- Supervision and safeguarding.
-- Does every practitioner get the safeguarding supervision the national specification requires,
-- regular structured (restorative or clinical) supervision, and extra reflective support when the
-- work is complex, safeguarding-heavy or shared with other agencies?

-- The thresholds these rules read with threshold("id") are in rules/thresholds.lua, where policy leads set them.

rule {
  id = "safeguarding_supervision_below_standard",
  title = "Safeguarding supervision is less often than every three months",
  description = "The National Health Visiting Service Specification requires safeguarding supervision from a "
             .. "child-protection expert at least every three months (benchmark indicator support.f). The rule "
             .. "fires when the team's interval is longer, or the manager says the standard is not met (strongly) or only "
             .. "partly met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Safeguarding Supervision", lines = { 290, 290 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (f)", lines = { 832, 832 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Safeguarding supervision", lines = { 573, 579 } },
  },
  recommends = { "safeguarding_supervision" },

  evaluate = function(a)
    local too_long = above("team.safeguarding_supervision_interval_months", threshold("safeguarding_supervision_max_months"))
    local not_met = answer("support.f", "not_met")
    local partly = answer("support.f", "partly")
    if too_long then
      recommend {
        id = "safeguarding_supervision",
        weight = 3,
        gap = true,
        driver = "safeguarding",
        because = fmt("Your practitioners have safeguarding supervision every %g months; the national "
                   .. "specification requires at least one session every %d months with a child-protection expert.",
                      a.team.safeguarding_supervision_interval_months, threshold("safeguarding_supervision_max_months")),
      }
    elseif not_met then
      recommend {
        id = "safeguarding_supervision",
        weight = 3,
        gap = true,
        driver = "safeguarding",
        because = "You said three-monthly safeguarding supervision from a child-protection expert (indicator "
               .. "support.f) is not in place; the national specification requires it for every health visitor.",
      }
    elseif partly then
      recommend {
        id = "safeguarding_supervision",
        weight = 2,
        gap = true,
        driver = "safeguarding",
        because = "You said three-monthly safeguarding supervision from a child-protection expert (indicator "
               .. "support.f) is only partly in place; the national specification requires it for every health "
               .. "visitor, so find out who does not get it.",
      }
    end
  end,
}

rule {
  id = "safeguarding_supervision_for_vicarious_trauma",
  title = "Safeguarding supervision should help with vicarious trauma",
  description = "Safeguarding supervision helps to mitigate vicarious trauma and compassion fatigue (benchmark "
             .. "indicator health_and_wellbeing.e). Fires when that indicator is not fully met, or when a "
             .. "safeguarding-heavy caseload comes with signs of compassion fatigue.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (e)", lines = { 958, 958 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Key points: safeguarding supervision", lines = { 597, 598 } },
  },
  recommends = { "safeguarding_supervision" },

  evaluate = function(a)
    if answer("health_and_wellbeing.e", "not_met", "partly") then
      recommend {
        id = "safeguarding_supervision",
        weight = 2,
        driver = "safeguarding",
        because = "You said safeguarding supervision is not yet used to help practitioners with vicarious trauma "
               .. "and compassion fatigue (indicator health_and_wellbeing.e).",
      }
    elseif at_least("team.safeguarding_caseload_share", threshold("safeguarding_share_heavy"))
           and has("team.concerns", "compassion_fatigue") then
      recommend {
        id = "safeguarding_supervision",
        weight = 2,
        driver = "safeguarding",
        because = fmt("%s of your families have safeguarding involvement and you see compassion fatigue in the "
                   .. "team; safeguarding supervision is one of the main ways to contain that strain.",
                      percent(a.team.safeguarding_caseload_share)),
      }
    end
  end,
}

rule {
  id = "structured_supervision_missing",
  title = "No regular structured supervision with a trained supervisor",
  description = "Practitioners should meet regularly with someone trained in supervision, for example restorative "
             .. "supervision, to discuss casework in a structured way (benchmark indicator support.e). The "
             .. "literature review recommends that every health visitor can reach supervision with a restorative function.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (e)", lines = { 831, 831 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4430, 4430 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Key points: supervision", lines = { 732, 738 } },
  },
  recommends = { "restorative_supervision" },

  evaluate = function(a)
    if answer("support.e", "not_met") then
      recommend {
        id = "restorative_supervision",
        weight = 3,
        driver = "wellbeing",
        because = "You said practitioners do not meet regularly with a trained supervisor (indicator support.e); "
               .. "every health visitor should have supervision that includes the restorative function.",
      }
    elseif answer("support.e", "partly") then
      recommend {
        id = "restorative_supervision",
        weight = 2,
        driver = "wellbeing",
        because = "You said regular structured supervision with a trained supervisor is only partly in place "
               .. "(indicator support.e); every health visitor should have supervision with a restorative function.",
      }
    end
  end,
}

rule {
  id = "only_safeguarding_supervision",
  title = "Safeguarding supervision is the only supervision",
  description = "In one inner-city study, health visitors received no supervision other than safeguarding "
             .. "supervision, although clinical supervision has been part of successful health-visiting "
             .. "programmes. Fires when safeguarding supervision is in place but neither clinical nor restorative "
             .. "supervision is, and regular structured supervision (support.e) is not confirmed as met.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Clinical Supervision", lines = { 651, 656 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Clinical supervision", lines = { 293, 293 } },
  },
  recommends = { "clinical_supervision" },

  evaluate = function(a)
    if in_place("safeguarding_supervision")
       and not_in_place("clinical_supervision")
       and not_in_place("restorative_supervision")
       and answer_is_not("support.e", "met") then
      local gap = answer("support.e", "not_met", "partly")  -- unanswered: a possible gap, not a known one
      recommend {
        id = "clinical_supervision",
        weight = gap and 2 or 1,
        driver = "development",
        because = "Your team has safeguarding supervision but no clinical or restorative supervision; "
               .. "safeguarding supervision keeps the child in focus, while clinical supervision supports the "
               .. "practitioner's own practice, learning and stress." .. (gap and "" or " You did not answer whether practitioners meet regularly with someone trained in supervision (Support, indicator e): if they do, this may be covered already."),
      }
    end
  end,
}

rule {
  id = "safeguarding_heavy_caseload_restorative_support",
  title = "A safeguarding-heavy caseload needs restorative support",
  description = "The constant fear of harm to a child can paralyse some practitioners or harm their emotional "
             .. "health; restorative supervision focuses on the practitioner's capacity to cope. Fires when a "
             .. "large share of families has safeguarding involvement and regular structured supervision "
             .. "(support.e) is not confirmed as met.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Clinical Supervision", lines = { 620, 624 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Restorative Supervision", lines = { 704, 709 } },
  },
  recommends = { "restorative_supervision" },

  evaluate = function(a)
    if at_least("team.safeguarding_caseload_share", threshold("safeguarding_share_heavy"))
       and answer_is_not("support.e", "met") then
      local gap = answer("support.e", "not_met", "partly")  -- unanswered: a possible gap, not a known one
      recommend {
        id = "restorative_supervision",
        weight = gap and 2 or 1,
        driver = "safeguarding",
        because = fmt("%s of your families have safeguarding or child-protection involvement; restorative "
                   .. "supervision helps practitioners carry that emotional load and keep working well.",
                      percent(a.team.safeguarding_caseload_share))
               .. (gap and "" or " You did not answer whether practitioners meet regularly with someone trained "
                   .. "in supervision (Support, indicator e): if they do, this may be covered already."),
      }
    end
  end,
}

rule {
  id = "complex_cases_group_supervision",
  title = "Complex cases: take them to group supervision",
  description = "In case study 1 a health visitor took a complex safeguarding case to group supervision with a "
             .. "specialist therapist, which helped her understand the family and her own feelings. Restorative "
             .. "support can be given in supervision groups. Fires when the manager reports complex cases.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case Study 1: Supporting resilience at individual level", lines = { 410, 410 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Emotional aspects", lines = { 164, 167 } },
  },
  recommends = { "group_supervision" },

  evaluate = function(a)
    if has("team.concerns", "complex_cases") then
      recommend {
        id = "group_supervision",
        weight = 2,
        driver = "safeguarding",
        because = "You see complex cases in the team; group supervision with a specialist (for example a "
               .. "therapist) gives practitioners a safe place to think through the family and their own feelings.",
      }
    end
  end,
}

rule {
  id = "multi_agency_case_discussion",
  title = "Work shared with other agencies: reflect on it together",
  description = "Interagency and multidisciplinary groups clarify roles and contain the emotional impact of the "
             .. "work; in case study 1 an open discussion with the team around the child showed how the case "
             .. "affected every professional. Fires when the manager reports interagency complexity, or complex "
             .. "cases in a safeguarding-heavy caseload.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case Study 1: Supporting resilience at individual level", lines = { 410, 410 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Interagency / disciplinary groups", lines = { 2554, 2558 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Work discussion groups", lines = { 2579, 2590 } },
  },
  recommends = { "multi_professional_case_discussion", "work_discussion_groups" },

  evaluate = function(a)
    local interagency = has("team.concerns", "interagency_complexity")
    local complex_safeguarding = has("team.concerns", "complex_cases")
                                 and at_least("team.safeguarding_caseload_share", threshold("safeguarding_share_heavy"))
    if interagency or complex_safeguarding then
      local what = interagency and "Your practitioners work on cases shared with several agencies"
                               or "Your practitioners hold complex cases in a safeguarding-heavy caseload"
      recommend {
        id = "multi_professional_case_discussion",
        weight = 2,
        driver = "safeguarding",
        because = what .. "; an open discussion with the team around the child about how the case affects each "
               .. "professional helps everyone keep the child in focus.",
      }
      recommend {
        id = "work_discussion_groups",
        weight = 1,
        driver = "safeguarding",
        because = what .. "; a small facilitated work discussion group helps practitioners understand the "
               .. "emotional dynamics of the work (its effect has not yet been researched).",
      }
    end
  end,
}

rule {
  id = "cross_disciplinary_support_missing",
  title = "No support from colleagues of other disciplines",
  description = "Practitioners who want it should get support from colleagues of other disciplines, for "
             .. "cross-fertilisation (benchmark indicator support.i); interagency groups help clarify roles and "
             .. "contain the emotional impact of the work. Worth considering when not met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (i)", lines = { 835, 835 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Interagency / disciplinary groups", lines = { 2554, 2558 } },
  },
  recommends = { "multi_professional_case_discussion" },

  evaluate = function(a)
    if answer("support.i", "not_met") then
      recommend {
        id = "multi_professional_case_discussion",
        weight = 1,
        driver = "relationships",
        because = "You said practitioners get no support from colleagues of other disciplines (indicator "
               .. "support.i); regular case discussion with other professionals around the child builds it.",
      }
    end
  end,
}
