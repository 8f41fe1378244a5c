-- Training and development.
-- Skill gaps assessed and met through agreed plans, coaching for specific skills, protected time for
-- feedback, a career path, relationship-based and strengths-based training for work with families, and
-- peer learning beyond the team.

-- The thresholds these rules read with threshold("id") are in rules/thresholds.lua, where policy leads set them.

-- "only 25% of the <label> benchmark is met", or "none of the <label> indicators you answered is met".
local function benchmark_met(a, factor, label)
  local f = a.factors[factor]
  if f.score == 0 then
    return fmt("none of the %d %s indicators you answered is met", f.answered, label)
  end
  return fmt("only %s of the %s benchmark is met", percent(f.score), label)
end

rule {
  id = "skill_gaps_not_planned",
  title = "Skill gaps are not assessed or planned for",
  description = "Support needs should be identified from what staff say (training_and_development.a), skill gaps "
             .. "regularly assessed (b), individual education plans agreed with goals and outcomes (c), and each "
             .. "practitioner should have a CPD plan (g). Fires when any of these is not fully met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2 (a) to (c)", lines = { 855, 857 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2 (g)", lines = { 861, 861 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Considerations for Organisations: learning from successful business models", lines = { 227, 227 } },
  },
  recommends = { "development_plans" },

  evaluate = function(a)
    local needs = answer("training_and_development.a", "not_met", "partly")
    local gaps = answer("training_and_development.b", "not_met", "partly")
    local plans = answer("training_and_development.c", "not_met", "partly")
    local cpd = answer("training_and_development.g", "not_met", "partly")
    if needs or gaps or plans or cpd then
      recommend {
        id = "development_plans",
        weight = 2,
        driver = "development",
        because = "You said skill gaps are not regularly assessed or individual education and CPD plans are not "
               .. "in place for everyone (indicators training_and_development.a-c, g); agree a plan with each "
               .. "practitioner at appraisal.",
      }
    end
  end,
}

rule {
  id = "career_path_missing",
  title = "No visible career path",
  description = "Practitioners should be able to move between roles (training_and_development.h) and be "
             .. "considered for practice teacher, manager or specialist training (i); a clear career path is a "
             .. "key motivator that reduces stress.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2 (h) and (i)", lines = { 862, 863 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Professional identity", lines = { 139, 142 } },
  },
  recommends = { "career_development" },

  evaluate = function(a)
    local no_moves = answer("training_and_development.h", "not_met", "partly")
    local no_routes = answer("training_and_development.i", "not_met", "partly")
    if no_moves or no_routes then
      recommend {
        id = "career_development",
        weight = 2,
        driver = "development",
        because = "You said practitioners cannot easily move between roles or train as practice teachers, "
               .. "managers or specialists (indicators training_and_development.h, i); a clear career path is a "
               .. "key motivator.",
      }
    end
  end,
}

rule {
  id = "coaching_not_offered",
  title = "No coaching to improve specific skills",
  description = "Coaching should be offered to improve a particular skill (training_and_development.d); it is "
             .. "time-limited, goal-focused and can build self-efficacy. Worth considering when not met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2 (d)", lines = { 858, 858 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Coaching", lines = { 296, 296 } },
  },
  recommends = { "coaching" },

  evaluate = function(a)
    if answer("training_and_development.d", "not_met") then
      recommend {
        id = "coaching",
        weight = 1,
        driver = "development",
        because = "You said coaching is not offered to improve specific skills (indicator training_and_development.d).",
      }
    end
  end,
}

rule {
  id = "no_protected_time_for_feedback",
  title = "No protected time for performance feedback",
  description = "Practitioners need protected time for feedback that guides their development, such as "
             .. "constructive feedback, After Action Reviews and multisource (360-degree) reviews "
             .. "(training_and_development.f). 360-degree feedback has small effects and suits staff in post for "
             .. "over a year, so it is only worth considering.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2 (f)", lines = { 860, 860 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Multisource (360-degree) feedback", lines = { 2353, 2360 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Multisource (360-degree) feedback", lines = { 2425, 2428 } },
    { file = "001_a0b54d55111c5a02.txt", section = "After action review", lines = { 2452, 2459 } },
  },
  recommends = { "constructive_feedback", "after_action_review", "multisource_feedback" },

  evaluate = function(a)
    if answer("training_and_development.f", "not_met", "partly") then
      recommend {
        id = "constructive_feedback",
        weight = 2,
        driver = "development",
        because = "You said there is no protected time for performance feedback (indicator "
               .. "training_and_development.f); timely, specific, constructive feedback improves morale and reduces stress.",
      }
      recommend {
        id = "after_action_review",
        weight = 1,
        driver = "development",
        because = "You said there is no protected time for performance feedback; a short After Action Review as a "
               .. "standing item at team meetings lets the team learn from what went well and what did not.",
      }
      recommend {
        id = "multisource_feedback",
        weight = 1,
        driver = "development",
        because = "You said there is no protected time for performance feedback; facilitated 360-degree feedback "
               .. "can help staff in post for over a year, though its effects are small.",
      }
    end
  end,
}

rule {
  id = "relationship_based_training_missing",
  title = "No relationship-based approach with families",
  description = "Approaches such as the Solihull Approach and the Family Partnership Model should be applied "
             .. "(client_relationships.d). After Solihull training health visitors reported more confidence and "
             .. "job satisfaction and 88% changed their practice.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 5 (d)", lines = { 931, 931 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Relationship-based models", lines = { 288, 288 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Solihull Approach", lines = { 1640, 1646 } },
  },
  recommends = { "solihull_approach", "family_partnership_model" },

  evaluate = function(a)
    if answer("client_relationships.d", "not_met", "partly") then
      recommend {
        id = "solihull_approach",
        weight = 2,
        driver = "development",
        because = "You said relationship-based approaches are not applied across the team (indicator "
               .. "client_relationships.d); after Solihull training 88% of health visitors changed their practice "
               .. "and reported more confidence and job satisfaction.",
      }
      recommend {
        id = "family_partnership_model",
        weight = 1,
        driver = "development",
        because = "You said relationship-based approaches are not applied across the team (indicator "
               .. "client_relationships.d); the Family Partnership Model is an alternative framework for partnership with parents.",
      }
    end
  end,
}

rule {
  id = "strengths_based_training_missing",
  title = "No strengths-based training for emotionally hard work",
  description = "Relationship-based training focused on strengths-based approaches should help practitioners "
             .. "deal with emotionally challenging situations (client_relationships.b), with the skills to build "
             .. "trust with frightened, vulnerable clients (c).",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 5 (b) and (c)", lines = { 929, 930 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 218, 219 } },
  },
  recommends = { "strengths_based_programmes" },

  evaluate = function(a)
    local no_training = answer("client_relationships.b", "not_met", "partly")
    local no_skills = answer("client_relationships.c", "not_met")
    if no_training or no_skills then
      recommend {
        id = "strengths_based_programmes",
        weight = 2,
        driver = "development",
        because = "You said practitioners lack strengths-based, relationship-based training for emotionally "
               .. "challenging work with families (indicators client_relationships.b, c).",
      }
    end
  end,
}

rule {
  id = "not_making_a_difference",
  title = "Practitioners may not feel they make a difference",
  description = "Every health visitor surveyed said 'making a difference' mattered, but only 21% strongly agreed "
             .. "they achieved it; Solihull training gives a sense of 'I am making a difference'. Worth "
             .. "considering when fewer than half the client-relationship indicators are met.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Client relationships (iHV survey 2014)", lines = { 1492, 1495 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Solihull Approach", lines = { 1636, 1646 } },
  },
  recommends = { "solihull_approach" },

  evaluate = function(a)
    if at_least("factors.client_relationships.answered", threshold("factor_min_answered"))
       and below("factors.client_relationships.score", threshold("client_relationships_score_low")) then
      recommend {
        id = "solihull_approach",
        weight = 1,
        driver = "development",
        because = "In your answers, " .. benchmark_met(a, "client_relationships", "client relationships")
               .. "; relationship-based training helps practitioners feel they are making a difference.",
      }
    end
  end,
}

rule {
  id = "leadership_development_action_learning",
  title = "Leadership development through action learning",
  description = "Practitioners should be able to take leadership training (culture.d); coaching and action "
             .. "learning focused on the participant's real work help develop clinical leadership. Sets usually "
             .. "have six to eight people, so the rule needs a team of at least six.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7 (d)", lines = { 983, 983 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Coaching (clinical leadership)", lines = { 1111, 1115 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Action learning sets", lines = { 2166, 2170 } },
  },
  recommends = { "action_learning_sets" },

  evaluate = function(a)
    if answer("culture.d", "not_met", "partly")
       and at_least("team.headcount", threshold("action_learning_min_headcount")) then
      recommend {
        id = "action_learning_sets",
        weight = 1,
        driver = "development",
        because = fmt("You said leadership training is not fully available (indicator culture.d); with %g "
                   .. "practitioners the team can form an action learning set to work on real problems together.",
                      a.team.headcount),
      }
    end
  end,
}

rule {
  id = "no_links_beyond_the_team",
  title = "No links to national groups or wider peer learning",
  description = "Practitioners should have links to national groups and external forums (support.j); the "
             .. "Institute of Health Visiting offers actual and virtual communities of practice. Worth considering "
             .. "when not met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (j)", lines = { 836, 836 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Integration through using a contextual systems approach", lines = { 249, 249 } },
  },
  recommends = { "communities_of_practice" },

  evaluate = function(a)
    if answer("support.j", "not_met") then
      recommend {
        id = "communities_of_practice",
        weight = 1,
        driver = "development",
        because = "You said practitioners have no links to national groups or external forums (indicator "
               .. "support.j); joining a community of practice, including online ones, widens their peer learning.",
      }
    end
  end,
}
