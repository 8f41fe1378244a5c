-- Practice and relationships: difficult conversations, relationship-based and strengths-based models, work discussion groups and narrative practice.

intervention {
  id = "courageous_conversations",
  title = "Courageous conversations training",
  summary = "Training in how to hold difficult, high-stakes conversations with families, colleagues, other professionals or managers while keeping the relationship intact. It helps teams deal with conflict early and at the lowest level instead of letting it fester. It is part of NHS Leadership Academy programmes.",
  level = "individual",
  format = {
    delivery = "training, for example within NHS Leadership Academy programmes (offered at band 6 and 7); related models include open-to-learning conversations and non-violent communication",
  },
  requires = { "access to training, for example NHS Leadership Academy programmes" },
  cautions = {
    "The review found very few models with a clear evidence base; most material is best-selling books.",
    "Managers' ability to respond sensitively to staff can be squeezed by pressure from above, so training individuals does not change the culture on its own.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "The review's own reading of the literature found very little in terms of models with a clear evidence base, though a wide number of best-selling titles deal with the subject (for example Patterson et al 2002; Grimsley et al 2012).",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review; titles: Patterson et al (2002); Grimsley et al (2012)",
      key_phrase = "very little in terms of models with a clear evidence base",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Courageous conversations", lines = { 1209, 1216 } },
    },
    evidence {
      claim = "Unresolved conflict has many costs, from individual distress and absenteeism to falling trust and morale and recruitment and retention problems; a conflict-resilient workplace handles conflict early, at the lowest level, through strong communication and relationships.",
      citation = "State Government of Victoria (2011)",
      first_author = "State Government",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Why it is important to consider courageous conversations", lines = { 1239, 1257 } },
    },
    evidence {
      claim = "The open-to-learning conversations model aims to increase the validity of information, respect and commitment in difficult conversations, drawing on research into leaders' interpersonal effectiveness.",
      citation = "Robinson et al (2009)",
      first_author = "Robinson",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Open-to-learning conversations", lines = { 1287, 1295 } },
    },
    evidence {
      claim = "Practitioners and managers have identified courageous conversations as a training need in health visiting.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "practitioners and managers have identified this as a training need",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources", lines = { 299, 299 } },
    },
    evidence {
      claim = "The review recommends that health visitors be encouraged to undertake courageous-conversations training as a way to build conflict-resilient workplaces.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "should be encouraged to undertake training",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4420, 4421 } },
    },
  },
}

intervention {
  id = "solihull_approach",
  title = "Solihull Approach training",
  summary = "Training for practitioners in a relationship-based way of working with families, built on containment, reciprocity and behaviour management. Health visitors trained in it report more confidence and job satisfaction, and rate it among the most valuable training they have had.",
  level = "individual",
  format = {
    delivery = "training for practitioners; applied with families one-to-one or in parenting groups",
  },
  requires = { "access to Solihull Approach training" },
  cautions = {
    "Very large caseloads, record-keeping pressure and lack of manager support for relationship work stop health visitors building relationships with families; training does not remove these barriers.",
    "Staff benefits are self-reported confidence, satisfaction and practice change, not measured stress or retention.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "After Solihull Approach training, health visitors reported greater confidence and job satisfaction, and it changed practice in 88% of those trained.",
      citation = "Douglas and McGinty (2001)",
      first_author = "Douglas",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Solihull Approach", lines = { 1643, 1647 } },
    },
    evidence {
      claim = "A qualitative evaluation found that using the approach helped health visitors focus more on emotions, improved consistency and job satisfaction, and improved relationships with other professionals.",
      citation = "Douglas and Whitehead (2005)",
      first_author = "Douglas",
      grade = "qualitative",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Solihull Approach", lines = { 1647, 1656 } },
    },
    evidence {
      claim = "A substantial amount of research provides evidence for the effectiveness of the Solihull Approach with health visitors.",
      citation = "Moore et al (2013)",
      first_author = "Moore",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Solihull Approach", lines = { 1640, 1643 } },
    },
    evidence {
      claim = "Health visitors listed the Solihull Approach as one of the most valuable trainings they had done.",
      citation = "iHV survey (2014)",
      first_author = "iHV",
      grade = "survey",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Relationship-based models of intervention", lines = { 1567, 1570 } },
    },
    evidence {
      claim = "The benchmarking tool's client-relationships factor expects approaches such as the Solihull Model and Family Partnership Model to be applied.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Solihull Model and Family Partnership Model",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 5: Client relationships", lines = { 931, 931 } },
    },
  },
}

intervention {
  id = "family_partnership_model",
  title = "Family Partnership Model training",
  summary = "Training in a structured 'helping process' for working in partnership with parents: building the relationship, exploring, reaching a shared understanding, setting goals, planning, acting, reviewing and ending. The same process can be used when supervising staff casework. In one health-visiting service it helped staff reflect, learn new skills and grow in confidence.",
  level = "individual",
  format = {
    delivery = "training for practitioners in an eight-stage helping process, also used for staff casework supervision",
  },
  requires = { "skilled supervision and organisational infrastructure to support the model" },
  cautions = {
    "Staff benefits rest on a single service's case study; the research trials measured child and parent outcomes, not staff wellbeing.",
    "The model depends on skilled supervision and organisational infrastructure, not training alone.",
    "Very large caseloads and lack of manager support for relationship work limit what relationship-based training can achieve.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "In a health-visiting service case study, using the model gave staff a chance to reflect, learn new skills and increase self-awareness; staff were more confident and relationships stronger, even with families who had engaged little before.",
      citation = "Bashford and Seal (2012)",
      first_author = "Bashford",
      grade = "case_study",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Family Partnership Model", lines = { 1689, 1712 } },
    },
    evidence {
      claim = "Research trials show benefits of the model for children's development, parent-child interaction and the psychological functioning of parents and children.",
      citation = "Davis and Rushton (1991); Marlow et al (1998); Barlow et al (2007); Puura et al (2005); Davis and Spurr (1998)",
      first_author = "Davis",
      grade = "controlled_study",
      about = "child and family outcomes",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Family Partnership Model", lines = { 1723, 1729 } },
    },
    evidence {
      claim = "The model uses the same helping process for staff casework supervision and stresses skilled supervision and an organisational infrastructure.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "importance of providing skilled supervision",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Family Partnership Model", lines = { 1713, 1719 } },
    },
    evidence {
      claim = "The framework lists relationship-based models such as the Family Partnership Model as improving job satisfaction, competence, self-awareness, stress management and relationships.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Two models are Solihull training and the Family Partnership Model",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources", lines = { 288, 288 } },
    },
  },
}

intervention {
  id = "strengths_based_programmes",
  title = "Strengths-based programmes (e.g. Mellow Parenting)",
  summary = "Training in strengths-based ways of working with families, such as the Mellow Parenting programme for families near child-protection thresholds, which helps practitioners spot and build on positive moments between parent and child. Shifting the focus from problems to strengths may also support practitioners' own resilience and that of colleagues they mentor.",
  level = "individual",
  format = {
    delivery = "Mellow Parenting is traditionally a group programme for families with children aged 0-5; practitioners are trained in a detailed parent-infant observation system and video feedback",
  },
  requires = { "access to relationship-based, strengths-based training programmes" },
  cautions = {
    "The benefit to practitioners' own resilience is a possibility ('may'), not a tested finding.",
    "Independent evaluations of Mellow Parenting (a meta-analysis and randomised trials) were still under way when the review was written.",
    "Working with strengths does not replace the need for ongoing assessment of risk.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "The shift from deficits to strengths in programmes such as Mellow Parenting may also affect health visitors' own resilience and that of colleagues they mentor.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "may also impact on their own resilience",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mellow Parenting", lines = { 1835, 1841 } },
    },
    evidence {
      claim = "An independent meta-analysis of Mellow Parenting and randomised trials were in progress; their results were not yet available to the review.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "There is currently an independent meta-analysis",
      grade = "not_researched",
      about = "a parenting programme's effect on families",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mellow Parenting", lines = { 1740, 1748 } },
    },
    evidence {
      claim = "Health Education England proposes that health visitors use strengths-based skills when mentoring colleagues.",
      citation = "HEE, as cited in Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      first_author = "HEE",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mellow Parenting", lines = { 1787, 1790 } },
    },
    evidence {
      claim = "A review of 56 programmes found that an empowerment approach is critical in interventions for vulnerable families.",
      citation = "MacLeod and Nelson (2000)",
      first_author = "MacLeod",
      grade = "literature_review",
      about = "programmes for vulnerable families",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mellow Parenting", lines = { 1824, 1828 } },
    },
    evidence {
      claim = "The review recommends that health visitors have access to relationship-based training programmes that develop strengths-based approaches.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "relationship-based training programmes which develop strengths",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4432, 4433 } },
    },
  },
}

intervention {
  id = "work_discussion_groups",
  title = "Work discussion groups",
  summary = "A small, stable group of about five practitioners with a trained facilitator. Each member brings a written account of a real interaction from their work, and the group explores its emotional meaning and the dynamics behind it. It offers a safe place to notice painful feelings and defensive habits that can lead to burnout.",
  level = "team",
  format = {
    group_size = "about five",
    facilitator = "a trained, experienced facilitator who does not give solutions",
    delivery = "stable setting; members bring a written record of an observed work interaction; non-judgemental discussion; works best without management hierarchy in the room",
  },
  requires = { "a trained, experienced facilitator" },
  cautions = {
    "Its effectiveness has not yet been researched.",
    "Participants expecting quick answers can become frustrated, because the facilitator does not give solutions.",
    "People may fear being judged by colleagues or managers; working relations are better when management hierarchies are not represented.",
    "It must be kept clearly distinct from supervision and from therapy.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Developed at the Tavistock and Portman NHS Foundation Trust, work discussion groups have about five members, meet in a stable setting with a trained, experienced facilitator, and discuss written accounts of work interactions.",
      citation = "Canham (2000)",
      first_author = "Canham",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Work discussion groups", lines = { 2579, 2590 } },
    },
    evidence {
      claim = "The effectiveness of interagency reflective groups such as work discussion groups has not yet been researched.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "Their effectiveness has not yet been researched",
      grade = "not_researched",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Executive Summary, Key Findings", lines = { 87, 90 } },
    },
    evidence {
      claim = "Sustained use of defensive strategies such as detachment can worsen stress and raise the risk of burnout; work discussion groups give a safe place to explore emotions and defensive behaviour.",
      citation = "Menzies Lyth (1960); Gray and Smith (2009)",
      first_author = "Gray",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Work discussion groups", lines = { 2607, 2621 } },
    },
    evidence {
      claim = "In schools, work discussion groups helped teachers manage the challenges of their work, role and relationships with students.",
      citation = "Jackson (2008)",
      first_author = "Jackson",
      grade = "case_study",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Work discussion groups", lines = { 2623, 2628 } },
    },
    evidence {
      claim = "Participants may be anxious about sharing problems in front of colleagues or managers who might judge them; effective working relations form when management hierarchies are not represented.",
      citation = "Jackson (2008)",
      first_author = "Jackson",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Work discussion groups", lines = { 2647, 2654 } },
    },
  },
}

intervention {
  id = "narrative_practice",
  title = "Narrative practice: sharing stories of practice",
  summary = "The organisation makes room for staff to share stories of good and compassionate practice and of hard experiences, through seminars, publications, art, film or recorded staff stories. Shared stories help build a compassionate culture and make it easier to talk about difficult issues.",
  level = "organisation",
  format = {
    delivery = "story sharing in seminars, publications, art and film; 'narrative centres' through communities of practice; recorded staff stories used to open discussion",
  },
  requires = { "a forum or medium for sharing staff stories, such as communities of practice" },
  cautions = {
    "Evidence is expert opinion, a literature review and one local example; no evaluation of the effect on staff wellbeing is reported.",
  },
  effort = "low",
  evidence = {
    evidence {
      claim = "A compassionate organisation facilitates narrative practices, puts challenges in context and develops future-oriented stories, so that a compassionate ethic becomes institutionalised and resilience is enhanced.",
      citation = "Greenhalgh (2013)",
      first_author = "Greenhalgh",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Compassion", lines = { 3565, 3574 } },
    },
    evidence {
      claim = "Stories told and retold in an organisation capture lived experience and create a shared identity, for example showing how the organisation values its employees.",
      citation = "Frost et al (2005)",
      first_author = "Frost",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Compassion", lines = { 3555, 3565 } },
    },
    evidence {
      claim = "Resilience education should include professional culture generativity: resilient practitioners sharing stories and lessons through seminars, publications, art and film.",
      citation = "McAllister and McKinnon (2009)",
      first_author = "McAllister",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Education and training to build resilience", lines = { 3286, 3305 } },
    },
    evidence {
      claim = "The review recommends creating narrative centres through communities of practice and the iHV.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "Create narrative centres through the communities of practice",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4403, 4404 } },
    },
    evidence {
      claim = "A senior paediatric clinician recorded a digital story of how a serious incident affected her and her team; the trust used it to open up discussion, and it helps staff talk about difficult issues.",
      citation = "NHS England and Hope for the Community CIC, A Guide to Commissioning for Workplace Compassion in the NHS, case study 5 (Imperial College Healthcare NHS Trust)",
      key_phrase = "DNA of Care Digital Storytelling project",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "Senior clinical leadership after a serious incident", lines = { 981, 989 } },
    },
  },
}
