-- Supervision: safeguarding, clinical, restorative and group supervision, and safeguarding co-working for newly qualified staff.

intervention {
  id = "safeguarding_supervision",
  title = "Safeguarding supervision",
  summary = "Regular supervision of a practitioner's work with their most vulnerable babies and children, given by a colleague with expert child-protection knowledge. It keeps the child in focus and looks at how feelings such as sadness and anger affect the work with the family. The national service specification requires it at least every three months.",
  level = "individual",
  format = {
    frequency = "at least every three months",
    facilitator = "a colleague with expert knowledge of child protection",
    delivery = "case-based review of work with the most vulnerable babies and children; structuring it on Proctor's three functions (restorative, formative, normative) is advocated",
  },
  requires = { "supervisors with expert knowledge of child protection" },
  cautions = {
    "There is little or no standard guidance for it, so content and process vary with each supervisor and organisation; using a named model would improve quality and allow evaluation.",
    "Scrutiny rather than support, and stressful working conditions accepted as normal, lower the quality of the supervision given.",
    "The literature does not show whether it builds resilience. It is separate from clinical or restorative supervision and does not replace them; in one inner-city study it was the only supervision health visitors received.",
    "After a serious incident or particularly serious case the sources recommend an externally run, structured, intensive debrief in addition to routine supervision.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "The National Health Visiting Service Specification requires health visitors to receive safeguarding supervision of their work with their most vulnerable babies and children at least every three months, from colleagues with expert child-protection knowledge, keeping the focus on the child.",
      citation = "NHS England (2014) National Health Visiting Service Specification 2014/15",
      first_author = "NHS England",
      grade = "policy",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Safeguarding supervision", lines = { 573, 583 } },
    },
    evidence {
      claim = "Scrutiny rather than support, and stressful working environments being accepted as normal, can harm the quality of safeguarding supervision.",
      citation = "Turbitt (2012)",
      first_author = "Turbitt",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical Supervision (safeguarding supervision text)", lines = { 620, 625 } },
    },
    evidence {
      claim = "From the existing literature the review could not judge the quality or frequency of health visitors' safeguarding supervision, or whether it develops their resilience.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "whether it develops the resilience of",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical Supervision (safeguarding supervision text)", lines = { 625, 627 } },
    },
    evidence {
      claim = "A review of safeguarding supervision in health visiting found evidence of its efficacy, quality and value for health visitors and school nurses, but little or no standard guidance on how to do it.",
      citation = "Botham (2013)",
      first_author = "Botham",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical Supervision (safeguarding supervision text)", lines = { 627, 633 } },
    },
    evidence {
      claim = "The benchmarking tool lists safeguarding supervision as a way to help mitigate the effects of vicarious trauma and compassion fatigue.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "mitigate effects of vicarious trauma and compassion fatigue",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6: Health and wellbeing", lines = { 958, 958 } },
    },
  },
}

intervention {
  id = "clinical_supervision",
  title = "Clinical supervision",
  summary = "Regular, structured time with a peer or more experienced colleague trained in supervision, to talk through casework and professional issues. It combines emotional support and stress relief, skill development, and checking standards. It is separate from safeguarding supervision and need not be given by a safeguarding expert.",
  level = "individual",
  format = {
    frequency = "regular (no interval given in the sources)",
    group_size = "one-to-one or in groups",
    facilitator = "a peer or more experienced practitioner trained in the skills of supervision",
    delivery = "structured discussion of casework and professional issues, commonly on Proctor's restorative, formative and normative functions",
  },
  requires = { "staff trained in the skills of supervision", "a supervision model chosen to suit the service" },
  cautions = {
    "Practice across England is patchy: supervision happens at various levels and in several different guises, and some health visitors get none beyond safeguarding supervision.",
    "No single model has been shown to suit every service; organisations and supervisors should choose one that fits them.",
    "Stressful working conditions accepted as normal lower the quality of supervision.",
    "Most of the evidence comes from nursing generally; the review notes the limits of applying nursing findings to health visiting.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Clinical supervision has been part of health visiting for many years, and its value in combating stress and improving practice is acknowledged by many in the field; the review reports this as professional consensus and gives no findings from the cited work.",
      citation = "Palsson et al (1996); Walsh et al (2003)",
      first_author = "Palsson",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical supervision", lines = { 634, 639 } },
    },
    evidence {
      claim = "A literature review on the effectiveness of clinical supervision concluded that it gives nurses peer support and stress relief, promotes professional accountability and develops skills and knowledge.",
      citation = "Brunero and Stein-Parbury (2008)",
      first_author = "Brunero",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical supervision", lines = { 641, 645 } },
    },
    evidence {
      claim = "Proctor's model is the most commonly used, but no model is shown to be wholly suitable; each organisation should choose a model that suits its service.",
      citation = "Sloan and Watson (2002), cited by Botham (2013)",
      first_author = "Sloan",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical supervision", lines = { 647, 651 } },
    },
    evidence {
      claim = "Health visitors in one inner-city study received no supervision other than safeguarding supervision.",
      citation = "Bidmead (2013)",
      first_author = "Bidmead",
      grade = "qualitative",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical supervision", lines = { 651, 652 } },
    },
    evidence {
      claim = "The review names clinical supervision as an integral part of successful interventions in health visiting, citing five studies; it does not say how those studies were designed or what they measured.",
      citation = "Davis and Spurr (1998); Barlow et al (2003); Brocklehurst et al (2004); Davis and Tsiantis (2005); Barnes et al (2011)",
      first_author = "Davis",
      grade = "literature_review",
      about = "health-visiting programmes for families",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical supervision", lines = { 652, 654 } },
    },
  },
}

intervention {
  id = "restorative_supervision",
  title = "Restorative supervision",
  summary = "Supervision that focuses on the practitioner rather than the caseload: listening, support and challenge to help them cope with difficult and stressful work and stay engaged. It sits underneath managerial and safeguarding supervision. The review recommends that every health visitor can get supervision that includes this restorative element.",
  level = "individual",
  format = {
    frequency = "regular (no interval given in the sources)",
    group_size = "one-to-one or in supervision groups",
    facilitator = "a supervisor with personal aptitude and training in restorative supervision",
    delivery = "sessions centred on the supervisee and their capacity to cope, not on the casework",
  },
  requires = {
    "supervisors with aptitude for the role and training in restorative supervision",
    "organisational commitment to train enough supervisors for it to become embedded",
  },
  cautions = {
    "Little research has tested whether restorative supervision actually strengthens resilience in nurses or midwives.",
    "Most reported benefits come from the providing programme's own literature; its independent university evaluation was unpublished when the review was written.",
    "It will not become part of the culture unless the organisation commits to training enough supervisors.",
  },
  effort = "medium",
  sustain = "A restorative supervisor needs both personal aptitude and training, and training enough supervisors takes organisational commitment if restorative supervision is to become embedded in the organisation's culture.",
  sustain_source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Restorative supervision", lines = { 294, 294 },
                     key_phrase = "Training sufficient supervisors requires organisational commitment" },
  evidence = {
    evidence {
      claim = "The programme team's own literature states there have been numerous positive qualitative outcomes: professionals report better resilience to stress while keeping compassion, better working relationships and team dynamics, a better work/life balance, and more enjoyment and satisfaction at work. The independent University of Warwick evaluation had yet to be published.",
      citation = "South Warwickshire NHS Foundation Trust restorative supervision programme, as reported in Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "there have been numerous positive qualitative outcomes",
      grade = "case_study",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Restorative Supervision", lines = { 711, 716 } },
    },
    evidence {
      claim = "Measures taken before and after supervision show a downward trend in burnout and secondary traumatic stress and a rise in compassion satisfaction.",
      citation = "South Warwickshire NHS Foundation Trust restorative supervision programme, as reported in Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "pre and post-supervision measures",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Restorative Supervision", lines = { 718, 720 } },
    },
    evidence {
      claim = "Reported outcomes of restorative supervision, gathered from Australian research, include improved coping at work, better relationships among staff, trust, reduced conflict and reduced burnout.",
      citation = "Brunero and Stein-Parbury (2008)",
      first_author = "Brunero",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Restorative Supervision (Table 1)", lines = { 667, 697 } },
    },
    evidence {
      claim = "Limited research has tested whether interventions such as restorative supervision enhance resilience in midwives or nurses.",
      citation = "Hunter and Warren (2013)",
      first_author = "Hunter",
      grade = "not_researched",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Restorative Supervision", lines = { 699, 702 } },
    },
    evidence {
      claim = "Asked which models of support foster their resilience, health visitors frequently named restorative supervision as helpful.",
      citation = "Institute of Health Visiting (2014) Health Visiting Survey",
      first_author = "Institute of Health Visiting",
      grade = "survey",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical supervision", lines = { 654, 656 } },
    },
  },
}

intervention {
  id = "group_supervision",
  title = "Group supervision",
  summary = "Supervision given to a small group of practitioners together instead of one-to-one, led by a trained supervisor or specialist. Colleagues explore difficult cases and how the work affects them, and learn from one another. It can carry the same supportive purpose as one-to-one restorative supervision.",
  level = "team",
  format = {
    frequency = "monthly team psychology supervision in the Family Nurse Partnership example; no interval given for health-visiting groups",
    facilitator = "a trained supervisor or specialist, such as a specialist therapist or psychologist",
    delivery = "supervision group exploring cases, their meaning for the family and their emotional impact on the practitioner",
  },
  requires = { "a trained supervisor or specialist to lead the group" },
  cautions = {
    "Evidence specific to group supervision is thin: a model-development paper, one practice vignette and the Family Nurse Partnership example; the sources give no group size.",
    "As with all supervision, quality falls where scrutiny replaces support or stress is accepted as normal.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Clinical supervision can be given individually or in groups; the framework cites the development of a group supervision model for a community health nursing team.",
      citation = "Walsh et al (2003)",
      first_author = "Walsh",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources", lines = { 293, 293 } },
    },
    evidence {
      claim = "In the framework's individual case study, a health visitor took a complex case to her group supervision with a specialist therapist, which explored the family's behaviour and her own confusion and vulnerability, and helped her stay in the case.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework, Case study 1",
      key_phrase = "supervision with a specialist therapist",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case Study 1: Supporting resilience at individual level", lines = { 410, 410 } },
    },
    evidence {
      claim = "The review concludes that a safe place to express vulnerability, such as restorative support one-to-one or in supervision groups, can prevent burnout and enhance patient care.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "one-to-one basis or in supervision groups",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Conclusion, 3. Emotional aspects", lines = { 164, 167 } },
    },
    evidence {
      claim = "In the Family Nurse Partnership, which the review holds up as a positive practice environment, the team receives psychology supervision once a month alongside weekly individual supervision.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review, Table 4 (Family Nurse Partnership fidelity measures)",
      key_phrase = "receive psychology supervision once month",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Table 4: Support and resilience features of the Family Nurse Partnership Programme", lines = { 1915, 1919 } },
    },
  },
}

intervention {
  id = "safeguarding_co_working",
  title = "Safeguarding co-working for newly qualified staff",
  summary = "For the first three months after qualifying, a more senior health visitor is named to work alongside the new practitioner on their safeguarding families. It gives newly qualified staff hands-on support with the most worrying cases while they build confidence.",
  level = "individual",
  format = {
    duration = "the first three months after qualifying",
    facilitator = "a more senior health visitor",
    delivery = "joint working on the newly qualified practitioner's safeguarding families",
  },
  requires = { "enough senior health visitors to co-work the safeguarding families of new staff" },
  cautions = {
    "The sources name it only as a best-practice indicator in a prototype benchmarking tool that has not been tested; no evaluation of it is reported.",
  },
  effort = "low",
  evidence = {
    evidence {
      claim = "The benchmarking tool's support factor says health visitors should have a more senior health visitor co-work their safeguarding families for the first three months after qualifying.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "co-work safeguarding families in the first three months",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1: Support", lines = { 829, 829 } },
    },
    evidence {
      claim = "The benchmarking tool that contains this indicator is a prototype and has not yet been tested.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Whilst it is yet to be tested",
      grade = "not_researched",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Organisational benchmarking tool: Introduction", lines = { 760, 760 } },
    },
    evidence {
      claim = "Newly qualified and inexperienced practitioners are identified as particularly vulnerable, so preceptees need preparation and support.",
      citation = "Hudson et al (2014)",
      first_author = "Hudson",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Professional resilience", lines = { 3137, 3152 } },
    },
    evidence {
      claim = "The possibility of significant harm to a child on the caseload is an ever-present fear for health visitors; for some it becomes paralysing or harms their emotional health.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "ever-present fear for health visitors",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Clinical Supervision (safeguarding supervision text)", lines = { 620, 623 } },
    },
  },
}
