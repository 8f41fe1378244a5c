-- Newly qualified staff, students and their mentors.
-- Newly qualified practitioners are a particularly vulnerable group; they need preceptorship, co-working
-- of safeguarding families and peer learning. Mentors and practice teachers carry learners on top of a
-- caseload and need preparation, recognition and a community of their own.

-- The thresholds these rules read with threshold("id") are in rules/thresholds.lua, where policy leads set them.

-- "2 of your 5 practitioners" when the headcount is known, otherwise "40% of your practitioners".
local function practitioners(a, path)
  if a.team.headcount and tonumber(count_of(path)) >= 1 then
    return fmt("%s of your %g practitioners", count_of(path), a.team.headcount)
  end
  return fmt("%s of your practitioners", percent(value(path)))
end

rule {
  id = "newly_qualified_need_preceptorship",
  title = "Newly qualified practitioners need preceptorship",
  description = "Teams with many newly qualified practitioners should give them a preceptorship with peer "
             .. "support in protected time (benchmark indicator support.b); preceptorship support was lacking "
             .. "for most newly qualified health visitors.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (b)", lines = { 828, 828 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Coaching (HEE 2011 on newly qualified staff)", lines = { 1139, 1145 } },
    { file = "003_3518d88bf7c03e93.txt", section = "Introduction (preceptorship)", lines = { 19, 19 } },
  },
  recommends = { "preceptorship" },

  evaluate = function(a)
    if at_least("team.newly_qualified_share", threshold("newly_qualified_share_high"))
       and answer_is_not("support.b", "met") then
      local gap = answer("support.b", "not_met", "partly")  -- unanswered: a possible gap, not a known one
      recommend {
        id = "preceptorship",
        weight = gap and 3 or 2,
        driver = "staffing",
        because = fmt("%s qualified in the last year; the framework asks for a preceptorship with peer support "
                   .. "in protected time.", practitioners(a, "team.newly_qualified_share"))
               .. (gap and "" or " You did not answer whether newly qualified practitioners have one (Support, "
                   .. "indicator b): if they do, this may be covered already."),
      }
    end
  end,
}

rule {
  id = "newly_qualified_role_guidance_missing",
  title = "Newly qualified practitioners lack clear role guidance",
  description = "Newly qualified health visitors should get clear guidance on their role from their line manager "
             .. "while they wait for their NMC PIN (benchmark indicator support.d), as part of induction and "
             .. "preceptorship. Fires when the team has newly qualified staff and the indicator is not fully met.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (d)", lines = { 830, 830 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Section 2 (National Framework for Induction and Preceptorship)", lines = { 371, 371 } },
  },
  recommends = { "preceptorship" },

  evaluate = function(a)
    if above("team.newly_qualified_share", 0)
       and answer("support.d", "not_met", "partly") then
      recommend {
        id = "preceptorship",
        weight = 2,
        driver = "staffing",
        because = fmt("%s qualified in the last year and you said they do not all get clear role guidance while "
                   .. "waiting for their NMC PIN; an induction and preceptorship framework gives them that.",
                      practitioners(a, "team.newly_qualified_share")),
      }
    end
  end,
}

rule {
  id = "newly_qualified_safeguarding_co_working",
  title = "Newly qualified practitioners should co-work safeguarding families",
  description = "A more senior health visitor should co-work safeguarding families with each newly qualified "
             .. "practitioner for the first three months after qualifying (benchmark indicator support.c). "
             .. "Strongly recommended when the manager says this is not fully met; recommended when unanswered.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (c)", lines = { 829, 829 } },
  },
  recommends = { "safeguarding_co_working" },

  evaluate = function(a)
    if above("team.newly_qualified_share", 0)
       and answer_is_not("support.c", "met") then
      local gap = answer("support.c", "not_met", "partly")
      recommend {
        id = "safeguarding_co_working",
        weight = gap and 3 or 2,
        driver = "safeguarding",
        because = fmt("%s qualified in the last year; a more senior health visitor should co-work their "
                   .. "safeguarding families for their first three months.",
                      practitioners(a, "team.newly_qualified_share")),
      }
    end
  end,
}

rule {
  id = "newly_qualified_cohort_community_of_practice",
  title = "A large newly qualified cohort: a community of practice",
  description = "In case study 3, newly qualified staff had protected time for communities of practice throughout "
             .. "the first two years of their preceptorship. Fires when a large share of the team is newly qualified.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Resilience at Organisational Level", lines = { 476, 476 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Coaching (HEE 2011 on newly qualified staff)", lines = { 1141, 1145 } },
  },
  recommends = { "communities_of_practice", "protected_reflection_time" },

  evaluate = function(a)
    if at_least("team.newly_qualified_share", threshold("newly_qualified_cohort")) then
      local who = practitioners(a, "team.newly_qualified_share")
      recommend {
        id = "communities_of_practice",
        weight = 2,
        driver = "development",
        because = fmt("%s qualified in the last year; a community of practice for them through their first two "
                   .. "years gives shared learning, peer support and a sense of belonging.", who),
      }
      recommend {
        id = "protected_reflection_time",
        weight = 1,
        driver = "development",
        because = fmt("%s qualified in the last year; they need protected time to attend peer learning "
                   .. "during their preceptorship.", who),
      }
    end
  end,
}

rule {
  id = "mentors_carry_many_learners",
  title = "Mentors and practice teachers carry many learners",
  description = "Practice teachers traditionally trained one student a year; the NMC now advises they may manage "
             .. "up to three learners, with mentors doing most of the practice teaching. Mentors carry learners on "
             .. "top of a caseload, and high workload, staff shortages and managers not recognising the extra work "
             .. "lead to exhaustion and anxiety. Strongly recommended when practice teachers manage more than three "
             .. "learners; recommended when mentors support more than one learner at once (a project choice: the "
             .. "sources set no number for mentors).",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Mentoring (practice teachers and mentors)", lines = { 824, 851 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Key points: mentoring", lines = { 969, 974 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (h)", lines = { 961, 961 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Resilience at Organisational Level", lines = { 474, 474 } },
  },
  recommends = { "mentor_preparation", "communities_of_practice" },

  evaluate = function(a)
    local teachers_over_limit = above("team.learners_per_practice_teacher", threshold("practice_teacher_learners_max"))
    local mentors_loaded = above("team.learners_per_mentor", threshold("mentor_learners_some"))
    if teachers_over_limit or mentors_loaded then
      local parts = {}
      if teachers_over_limit then
        parts[#parts + 1] = fmt("each practice teacher manages %g learners, more than the NMC's advised limit of three",
                                a.team.learners_per_practice_teacher)
      end
      if mentors_loaded then
        parts[#parts + 1] = fmt("each mentor supports %g learners at once", a.team.learners_per_mentor)
      end
      local load = table.concat(parts, ", and ")
      load = load:sub(1, 1):upper() .. load:sub(2)
      recommend {
        id = "mentor_preparation",
        weight = teachers_over_limit and 3 or 2,
        driver = "workload",
        because = load .. "; prepare mentors for the role and recognise the extra workload in their caseloads.",
      }
      recommend {
        id = "communities_of_practice",
        weight = 1,
        driver = "development",
        because = load .. "; a community of practice for mentors and practice teachers lets them share experience "
               .. "and feel supported.",
      }
    end
  end,
}

rule {
  id = "mentors_not_prepared",
  title = "Mentors are not trained or supported for the role",
  description = "Mentors should be trained for the role (support.h), practice teachers and mentors should have "
             .. "coaching skills and be matched to their students (training_and_development.e), and managers "
             .. "should recognise the mentor's workload and anxiety (health_and_wellbeing.h).",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (h)", lines = { 834, 834 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2 (e)", lines = { 859, 859 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6 (h)", lines = { 961, 961 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4423, 4424 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Coaching (HEE 2011)", lines = { 1146, 1152 } },
  },
  recommends = { "mentor_preparation", "coaching" },

  evaluate = function(a)
    local untrained = answer("support.h", "not_met", "partly")
    local unsupported = answer("health_and_wellbeing.h", "not_met", "partly")
    local no_coaching_skills = answer("training_and_development.e", "not_met", "partly")
    if untrained or unsupported or no_coaching_skills then
      local strong = answer("support.h", "not_met") or answer("health_and_wellbeing.h", "not_met")
      recommend {
        id = "mentor_preparation",
        weight = strong and 3 or 2,
        driver = "workload",
        because = "You said mentors are not fully trained, supported or recognised for the role (indicators "
               .. "support.h, health_and_wellbeing.h, training_and_development.e); adequate preparation of mentors "
               .. "is crucial to how their learners do.",
      }
      if no_coaching_skills then
        recommend {
          id = "coaching",
          weight = 1,
          driver = "development",
          because = "You said practice teachers and mentors lack coaching skills (indicator "
                 .. "training_and_development.e); HEE suggests coaching skills to help them support inexperienced staff.",
        }
      end
    end
  end,
}

rule {
  id = "large_student_intake",
  title = "A large student intake: communities of practice for students and mentors",
  description = "In case study 3 a large rise in students strained students, new mentors and practice teachers; "
             .. "communities of practice for each group, with protected time, reduced stress and helped "
             .. "retention. Fires when the manager reports a large student intake.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Resilience at Organisational Level", lines = { 470, 476 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Evidence of impact", lines = { 482, 482 } },
  },
  recommends = { "communities_of_practice", "mentor_preparation", "protected_reflection_time" },

  evaluate = function(a)
    if has("team.concerns", "large_student_intake") then
      recommend {
        id = "communities_of_practice",
        weight = 3,
        driver = "development",
        because = "You have a large student intake; communities of practice for students, mentors and practice "
               .. "teachers gave shared learning and peer support in case study 3, with better retention and less sickness.",
      }
      recommend {
        id = "mentor_preparation",
        weight = 2,
        driver = "workload",
        because = "You have a large student intake; mentors used for the first time need upskilling and support "
               .. "to take it on.",
      }
      recommend {
        id = "protected_reflection_time",
        weight = 1,
        driver = "workload",
        because = "You have a large student intake; students, mentors and newly qualified staff need protected "
               .. "time to attend their communities of practice.",
      }
    end
  end,
}

rule {
  id = "mentorship_scheme_missing",
  title = "No developmental mentorship for established practitioners",
  description = "Practitioners should be able to join mentorship programmes that value proximity, continuity, "
             .. "mutual regard and the mentor's clinical expertise (benchmark indicator support.g), kept distinct "
             .. "from mentoring students.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1 (g)", lines = { 833, 833 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4426, 4428 } },
  },
  recommends = { "mentorship" },

  evaluate = function(a)
    if answer("support.g", "not_met") then
      recommend {
        id = "mentorship",
        weight = 2,
        driver = "development",
        because = "You said practitioners cannot join a mentorship programme (indicator support.g); mentoring by "
               .. "an experienced colleague supports career and personal development and retention.",
      }
    elseif answer("support.g", "partly") then
      recommend {
        id = "mentorship",
        weight = 1,
        driver = "development",
        because = "You said mentorship opportunities are only partly in place (indicator support.g); mentoring by "
               .. "an experienced colleague supports career and personal development and retention.",
      }
    end
  end,
}
