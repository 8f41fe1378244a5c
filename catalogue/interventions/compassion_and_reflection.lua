-- Reflective, compassion-focused and resilience-building support: rounds, circles, peer support, debriefs, training.

intervention {
  id = "schwartz_rounds",
  title = "Schwartz Rounds",
  summary = "A regular hour, run across the whole organisation, where staff from every discipline hear "
         .. "colleagues describe how caring for a particular patient affected them, then reflect together on "
         .. "similar experiences of their own. It gives people a safe place to say how the work affects them. "
         .. "A team manager cannot set one up alone, but can release staff to attend or ask the organisation to "
         .. "join the programme.",
  level = "organisation",
  format = {
    frequency = "monthly",
    duration = "one hour",
    facilitator = "a trained facilitator guides the discussion; organisations running rounds receive training "
               .. "and support from the Point of Care Foundation",
    delivery = "multidisciplinary open forum: the team that cared for a patient presents the case and its impact "
            .. "on them, then the audience reflects with the panel; a round can focus on one specialty or theme "
            .. "(for example a paediatric round after a serious incident)",
  },
  requires = {
    "an organisation-wide Schwartz Rounds programme",
    "trained facilitators, with training and support from the Point of Care Foundation",
    "senior clinicians to organise rounds and staff willing to speak on the panel",
    "a room where staff can talk safely",
  },
  cautions = {
    "A team cannot run Schwartz Rounds on its own: they are organised across the organisation with trained "
      .. "facilitators, so a team's part is to release staff to attend or to ask the organisation to take part.",
    "The evidence was still developing when the sources were written: a national two-year evaluation began in "
      .. "May 2014 and the sources do not report its results.",
    "Finding a physical space for regular safe-space sessions can be a real problem (Imperial College Healthcare "
      .. "case study).",
  },
  effort = "high",
  evidence = {
    evidence {
      claim = "Schwartz rounds are multidisciplinary forums where health professionals meet monthly to reflect on "
           .. "the psychological, emotional and social challenges of their work; the framework says they have a "
           .. "growing evidence base, citing an evaluation of the UK pilots.",
      citation = "Goodrich (2011), Schwartz Centre Rounds: Evaluation of UK Pilots",
      first_author = "Goodrich",
      grade = "evaluation",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Interagency / Disciplinary Groups", lines = { 304, 304 } },
    },
    evidence {
      claim = "Rounds are monthly multidisciplinary forums to reflect on the psychological, emotional and social "
           .. "challenges of the work (Goodrich 2011); each lasts an hour and opens with the team who cared for a "
           .. "patient presenting the case and its impact on them, then a trained facilitator guides the audience's "
           .. "reflection (Kings College London 2014). A growing evidence base (Goodrich 2012) suggests this support "
           .. "benefits clients and team working and potentially facilitates cultural change (The Point of Care "
           .. "Foundation 2014).",
      citation = "Goodrich (2011); Kings College London (2014); Goodrich (2012); The Point of Care Foundation (2014)",
      first_author = "Goodrich",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Interagency / disciplinary groups: Schwartz Centre Rounds", lines = { 2665, 2680 } },
    },
    evidence {
      claim = "The literature review describes the evidence base for Schwartz rounds as still developing, with a "
           .. "two-year research study only starting in May 2014.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "The evidence base for these is developing",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Key Findings", lines = { 90, 92 } },
    },
    evidence {
      claim = "After a serious incident, a paediatric department held a Schwartz round that gave nurses, junior "
           .. "doctors and other staff, who would not normally feel able to speak out of worry and fear, a safe "
           .. "space to talk about its impact.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "a paediatric focussed Schwartz Round",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: Case Study 5 (Imperial College Healthcare NHS Trust)", lines = { 973, 979 } },
    },
    evidence {
      claim = "Commissioners interviewed for the guide named Schwartz rounds among the visible actions, rather than "
           .. "words, they want to see from provider organisations.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "coaching/mentoring, and Schwarz rounds",
      grade = "qualitative",
      source = { file = "002_fe2525b383c767a8.txt", section = "2.5 Is commissioning for workplace compassion possible?", lines = { 586, 586 } },
    },
  },
}

intervention {
  id = "compassion_circles",
  title = "Compassion Circles",
  summary = "A small group of up to 12 people from across health and social care meets with a host and a "
         .. "facilitator for guided, reflective conversation in a safe setting. It gives people time to reconnect "
         .. "with their values, be kinder to themselves, plan how to protect their own wellbeing and reflect on the "
         .. "culture of their workplace.",
  level = "team",
  format = {
    group_size = "up to 12 people",
    facilitator = "a host invites people to join and a facilitator runs the circle",
    delivery = "facilitated reflective dialogue, open to anyone connected through health and social care who is "
            .. "interested in self-compassion and compassionate workplace cultures",
  },
  requires = {
    "a facilitator for the circle (the model comes from Frameworks for Change)",
    "someone to host and invite participants",
  },
  cautions = {
    "Their effectiveness has not been researched; support for them rests on participants' reports.",
    "Self-compassion work can feel threatening to some people; let people take part at their own pace.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Compassion circles offer groups of up to 12 people a safe place for facilitated reflective "
           .. "dialogue aimed at self-compassion; the framework says only anecdotal evidence suggests positive outcomes.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Anecdotal evidence suggests positive outcomes",
      grade = "anecdotal",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Interagency / Disciplinary Groups", lines = { 304, 304 } },
    },
    evidence {
      claim = "A host and a facilitator create the space; reported benefits are time to reconnect with core values, "
           .. "consider self-compassion, plan for boundaries and personal wellbeing and reflect on workplace culture, "
           .. "and the circles have been well received by those who took part.",
      citation = "Frameworks for Change (2014)",
      first_author = "Frameworks for Change",
      grade = "anecdotal",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Interagency / disciplinary groups: Compassion circles", lines = { 2690, 2709 } },
    },
    evidence {
      claim = "The effectiveness of facilitated interagency reflective groups such as compassion circles has not "
           .. "yet been researched.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "Their effectiveness has not yet been researched",
      grade = "not_researched",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Key Findings", lines = { 87, 90 } },
    },
    evidence {
      claim = "The provider was still looking for partners to research the benefits of compassion circles for staff "
           .. "wellbeing, team working and patient experience.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "actively seeking partners to research the benefits",
      grade = "not_researched",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Interagency / disciplinary groups: Compassion circles", lines = { 2709, 2715 } },
    },
  },
}

intervention {
  id = "peer_support",
  title = "Peer support",
  summary = "Colleagues of similar experience help and encourage each other, informally in a shared office or "
         .. "through a planned peer scheme or group. Health visitors name colleagues in the office as the support "
         .. "they use most, but mobile working and reorganisations can quietly take it away, so managers need to "
         .. "make time and space for it.",
  level = "team",
  format = {
    frequency = "informal and as needed; in one Swedish example staff assessed as at risk met weekly in peer groups",
    delivery = "one-to-one, self-help or support groups, online groups or educational settings; informal support "
            .. "between colleagues sharing an office base",
  },
  requires = {
    "time and space in the working week for colleagues to meet, especially where staff work mobile",
    "for a formal scheme, peers of similar experience trained for the role",
  },
  cautions = {
    "Peer support can go wrong: conflict, criticism, emotional over-involvement, reinforcing poor behaviour and "
      .. "lower self-efficacy are all reported.",
    "Do not use peers as a replacement for professional services; that overburdens them.",
    "Mobile or agile working and reorganisations can remove informal peer support without anyone noticing; in one "
      .. "ambulance service stress and sickness rose after it was lost.",
    "A Samaritans-style peer support model could not be implemented with acute ward teams in an action research study.",
  },
  effort = "medium",
  sustain = "Informal peer support is valued because it is at hand in the workplace; the review says changes to work environments and routines must take account of any unintended harm to it, and that the 'team around the health visitor' should be valued and recognised.",
  sustain_source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support: Informal support", lines = { 2965, 2971 },
                     key_phrase = "any unintended, adverse impact upon peer support" },
  evidence = {
    evidence {
      claim = "Asked how they get support with pressure and stress, 85% of 1002 health visitors named informal "
           .. "support from colleagues sharing an office, the most frequent answer; formal or scheduled peer support "
           .. "was the least frequent, at 14%.",
      citation = "iHV online survey (2014)",
      first_author = "iHV",
      grade = "survey",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support: Informal support", lines = { 2954, 2962 } },
    },
    evidence {
      claim = "Peer support is often seen as key to delivering quality care and as highly beneficial, but how it is "
           .. "applied is complex and variable.",
      citation = "Dennis (2003), Peer support within a health care context: a concept analysis",
      first_author = "Dennis",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support", lines = { 2760, 2763 } },
    },
    evidence {
      claim = "In an ambulance service, peer support gave staff an informal chance to debrief; when a reorganisation "
           .. "removed it, more staff felt stressed and sickness rose, which matters as mobile working grows in health visiting.",
      citation = "Sawbridge and Hewison (2011)",
      first_author = "Sawbridge",
      grade = "case_study",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support in practice", lines = { 2872, 2883 } },
    },
    evidence {
      claim = "Reported harms of peer support include conflict, criticism, failed social attempts, emotional "
           .. "over-involvement, reinforcing poor behaviour and lower self-efficacy, and peers can be overburdened if "
           .. "used in place of professional services.",
      citation = "Heller et al (1991) and others; Giblin (1989)",
      first_author = "Heller",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support: Adverse outcomes", lines = { 2975, 2986 } },
    },
    evidence {
      claim = "The review recommends developing peer support models, especially because health visiting work is "
           .. "becoming more mobile.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "peer support models need to be developed",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 208, 209 } },
    },
  },
}

intervention {
  id = "compassionate_resilience_training",
  individual_resilience = true,  -- personal coping: ranks after fixing the work when workload drives the pressure
  title = "Compassionate resilience and self-compassion training",
  summary = "Training that helps practitioners be kinder to themselves so they can stay resilient and keep caring "
         .. "for others under pressure. It teaches six skills: self-awareness, hope, acceptance, supportive "
         .. "relationships, expressing vulnerability and being in the present moment (SHARENOW). The approach was "
         .. "put together for health visiting in 2015 and has not yet been evaluated.",
  level = "individual",
  format = {
    delivery = "education and training in the six SHARENOW skills and in self-compassion across five areas "
            .. "(physical, mental, emotional, relational, spiritual), using tools such as spotting thinking traps, "
            .. "gratitude journals and mindfulness",
  },
  requires = {
    "trained educators",
    "a supportive, nurturing work environment, which the framework calls crucial for this approach",
  },
  cautions = {
    "Untested: the review lists evaluating a compassionate resilience training programme as future research.",
    "For some people self-compassion can feel threatening; build trust first and go at the person's pace.",
    "Mindfulness elements can lower mood for some people, so educators must be properly trained.",
    "Individual training must not replace fixing workload and other structural causes of stress.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "The framework adopts the compassionate resilience concept De Zulueta (2014) describes, with two "
           .. "components (self-compassion as a key to resilience; learning to maintain resilience in order to "
           .. "sustain compassion), and adds a third of its own: compassionate cultures and compassionate leadership.",
      citation = "De Zulueta (2014), Compassionate resilience - why we need it in healthcare; third component: "
              .. "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "added a third component",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "The Compassionate Resilience Concept", lines = { 662, 662 } },
    },
    evidence {
      claim = "The framework's table of models of support lists its benefits as developing compassion and "
           .. "resilience skills, the ability to contain and alleviate emotional distress, and the ability to cope "
           .. "with stress.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Develops ability to contain and alleviate emotional distress",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Compassionate Resilience", lines = { 305, 305 } },
    },
    evidence {
      claim = "The six skills were identified by the review authors from the literature and from existing resilience "
           .. "training programmes; the concept is their own synthesis.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "we identified six skills",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "The compassionate resilience concept", lines = { 3736, 3746 } },
    },
    evidence {
      claim = "One study found that practising compassion and mindfulness exercises made people five times more "
           .. "likely to respond helpfully to suffering, but the sample was small and the review says more research "
           .. "is needed before generalising.",
      citation = "Condon et al (2013)",
      first_author = "Condon",
      grade = "evaluation",
      about = "responding helpfully to others' suffering",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Self-compassion", lines = { 3645, 3651 } },
    },
    evidence {
      claim = "Evaluating a bespoke compassionate resilience education and training programme is listed as research "
           .. "still to be done.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "Evaluation of a bespoke compassionate resilience",
      grade = "not_researched",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Future research", lines = { 4449, 4451 } },
    },
    evidence {
      claim = "When teaching self-compassion, note that some people find it threatening and may fear it.",
      citation = "Gilbert et al (2011)",
      first_author = "Gilbert",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Self-compassion", lines = { 3618, 3623 } },
    },
  },
}

intervention {
  individual_resilience = true,  -- personal coping: ranks after fixing the work when workload drives the pressure
  id = "mindfulness",
  title = "Mindfulness",
  summary = "Practices that train attention on the present moment, from a short pause to breathe before the next "
         .. "home visit to a taught mindfulness course. They can help people notice stressful thoughts sooner and "
         .. "react less strongly, but need a properly trained teacher because for some people they can lower mood.",
  level = "individual",
  format = {
    delivery = "taught mindfulness programmes, or informal practices such as pausing and breathing before seeing "
            .. "the next client; free guided exercises (for example a three-minute breathing space) are listed as resources",
    facilitator = "educators appropriately trained and competent to teach mindfulness",
  },
  requires = {
    "an appropriately trained mindfulness teacher",
  },
  cautions = {
    "Mindfulness can lower mood and cause emotional distress; explain the risks and use trained teachers.",
    "It acts on the individual only; the sources note a debate about using it without also questioning the "
      .. "working conditions, so it must not stand in for fixing workload.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "The review reports a growing body of evidence for mindfulness programmes, with claimed benefits "
           .. "including reduced physical and psychological stress and better wellbeing.",
      citation = "Oxford Mindfulness Centre (2014)",
      first_author = "Oxford Mindfulness Centre",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "The compassionate resilience concept: Being in the now", lines = { 3819, 3837 } },
    },
    evidence {
      claim = "A report by the all-party parliamentary group on wellbeing economics recommends teaching mindfulness "
           .. "to nurses, GPs and teachers.",
      citation = "Berry (2014), Wellbeing in Four Policy Areas",
      first_author = "Berry",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 1: The Compassionate Resilience Concept (Being in the NOW)", lines = { 714, 714 } },
    },
    evidence {
      claim = "Practising compassion and mindfulness exercises made people five times more likely to respond "
           .. "helpfully to suffering in one small study; the review warns the result cannot yet be generalised.",
      citation = "Condon et al (2013)",
      first_author = "Condon",
      grade = "evaluation",
      about = "responding helpfully to others' suffering",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Self-compassion", lines = { 3645, 3651 } },
    },
    evidence {
      claim = "Evidence suggests mindfulness can lower mood and cause emotional distress, so risks should be "
           .. "explained and educators should be trained and competent.",
      citation = "Rocha (2014)",
      first_author = "Rocha",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "The compassionate resilience concept: Being in the now", lines = { 3838, 3849 } },
    },
  },
}

intervention {
  id = "protected_reflection_time",
  title = "Protected time for reflection",
  summary = "Time set aside in the working week, and kept free of caseload work, for staff to reflect on their "
         .. "practice, talk with peers and learn together. Half of health visitors surveyed said they had no time "
         .. "to reflect, and many other kinds of support only work if this time exists.",
  level = "team",
  format = {
    delivery = "ring-fenced time within working hours for reflection, peer support, feedback or learning groups",
  },
  requires = {
    "manager agreement to protect the time from visits and other caseload work",
    "a suitable space to meet",
  },
  cautions = {
    "Participants can find it hard to attend action learning sets within the working day (the review says this of "
      .. "action learning); extra time and space may have to be created, not just promised.",
    "Time alone is not enough: reflection needs a safe setting, and some groups need a trained facilitator.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "89% of health visitors surveyed thought learning to develop resilience was important, but 50% said "
           .. "they did not have enough time to reflect and develop self-awareness; the review concludes the system, "
           .. "not individual motivation, is the constraint.",
      citation = "iHV practitioner survey (2014)",
      first_author = "iHV",
      grade = "survey",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Potential outcomes of implementing models of support: Resilience", lines = { 3051, 3055 } },
    },
    evidence {
      claim = "The benchmark's best practice includes preceptorship for newly qualified practitioners with peer "
           .. "support opportunities in protected time.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "peer support opportunities in protected time",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1: Support", lines = { 828, 828 } },
    },
    evidence {
      claim = "One trust gave newly qualified health visitors protected time to attend communities of practice for "
           .. "their first two years; it reports good retention, falling sickness and excellent feedback on the communities of practice used during preceptorship.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "protected time to attend bimonthly communities of practice",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Resilience at Organisational Level", lines = { 476, 482 } },
    },
    evidence {
      claim = "Studies of action learning found that success depends on deliberate reflection, management support "
           .. "and giving participants adequate time for reflection.",
      citation = "Cho and Egan (2009)",
      first_author = "Cho",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Action learning: Balanced approaches", lines = { 2113, 2121 } },
    },
    evidence {
      claim = "Said of action learning sets only: participants can find it problematic to attend action learning "
           .. "sets as part of their working day, and additional space may need to be created for them to work "
           .. "successfully.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "additional space may need to be created",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Towards a resilience framework: Action learning", lines = { 4251, 4264 } },
    },
  },
}

intervention {
  id = "structured_debrief",
  title = "External structured debrief after a serious incident",
  summary = "After a serious incident or a particularly serious case, the organisation arranges a structured, "
         .. "intensive debriefing session for the staff involved, run by someone from outside the team. It helps "
         .. "people deal with what happened so the team can move on and keep working well.",
  level = "organisation",
  format = {
    frequency = "after each serious incident or particularly serious case",
    facilitator = "run externally, by someone outside the team",
    delivery = "a structured and intensive debriefing session for the staff involved",
  },
  requires = {
    "an external facilitator or provider the organisation can call on quickly",
  },
  cautions = {
    "The sources recommend it but report no outcome data for it.",
    "It is a one-off response; ongoing safeguarding supervision and peer support remain the main ways the sources "
      .. "give for managing vicarious trauma.",
  },
  effort = "high",
  evidence = {
    evidence {
      claim = "Working with traumatised children and families has a personal cost, and vicarious trauma can follow a "
           .. "single traumatic event; when particularly serious cases occur, an externally run, structured and "
           .. "intensive debrief can help the team move on and keep working effectively.",
      citation = "NSPCC (2013), research briefing",
      first_author = "NSPCC",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Models of support: Supervision", lines = { 523, 542 } },
    },
    evidence {
      claim = "The review's key points on safeguarding supervision recommend that organisations provide an "
           .. "externally run, structured and intensive debrief for staff after serious incidents.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "externally run, structured and intensive debriefing",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Safeguarding supervision: Key points", lines = { 589, 592 } },
    },
    evidence {
      claim = "The benchmark's best practice for health and wellbeing includes an externally run, structured and "
           .. "intensive debriefing session after serious incidents.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "externally-run, structured and intensive debriefing session",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6: Health and wellbeing", lines = { 959, 959 } },
    },
    evidence {
      claim = "A review of the resilience literature found that opportunities for feedback and debriefing "
           .. "contributed to nurses' resilience.",
      citation = "McCann et al (2013), Resilience in the health professions: a review of recent literature",
      first_author = "McCann",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Performance feedback: After action review", lines = { 2457, 2463 } },
    },
  },
}

intervention {
  id = "resilience_training",
  individual_resilience = true,  -- personal coping: ranks after fixing the work when workload drives the pressure
  title = "Resilience education and self-assessment",
  summary = "Teaching individual staff practical skills for coping with pressure, such as keeping a balance in "
         .. "life, knowing their own strengths and weak spots, reflecting on hard experiences and spotting unhelpful "
         .. "thinking; staff can also check their own resilience with a self-assessment scale. It can help "
         .. "individuals, but it must come alongside fixing workload and other causes of stress, not instead of it.",
  level = "individual",
  format = {
    delivery = "training or e-learning in resilience skills (for example the resilience module of the Healthy "
            .. "Child Programme e-learning), with optional self-assessment on a resilience scale",
  },
  requires = {
    "time in the working week for staff to take part",
  },
  cautions = {
    "Must not replace fixing workload, staffing and other structural causes of stress: the sources argue for "
      .. "systemic, not individual, resilience.",
    "Asking staff to 'be resilient' can be read as a reason to give them less support; offer it with, not instead "
      .. "of, organisational action.",
    "Measuring resilience is questionable; a self-assessment scale is a prompt for reflection, not a verdict.",
    "Whether resilience education programmes work has still to be evaluated.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Individual resilience work commonly covers five strategies (life balance and spirituality, knowing "
           .. "one's strengths and vulnerabilities, reflection to make meaning, positive professional relationships "
           .. "and positivity), plus noticing negative automatic thoughts and mindfulness.",
      citation = "Jackson et al (2007)",
      first_author = "Jackson",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Education and training to build resilience", lines = { 3246, 3263 } },
    },
    evidence {
      claim = "90% of health visitors surveyed thought learning to develop personal resilience was important, but "
           .. "only about 12% strongly agreed they could achieve it and 50% said they had no time to reflect.",
      citation = "iHV survey (2014)",
      first_author = "iHV",
      grade = "survey",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Considerations for Organisations, Managers and Leaders: 4. Integration through using a contextual systems approach", lines = { 249, 249 } },
    },
    evidence {
      claim = "Resilience programmes for individuals can be effective, but the review stresses addressing the "
           .. "structural and contextual sources of stress in health visiting practice.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "resilience programmes for individuals can be effective",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Towards a resilience framework: Compassion, self-compassion and compassionate resilience", lines = { 4351, 4357 } },
    },
    evidence {
      claim = "Evaluating the effectiveness of resilience education programmes is listed as research still needed.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "Evaluation of the effectiveness of resilience education programmes",
      grade = "not_researched",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Future research", lines = { 4447, 4449 } },
    },
    evidence {
      claim = "Supportive organisations reduce reliance on individual resilience and run their culture and operations "
           .. "so that the need for personal resilience is as small as possible; the focus is systemic, not "
           .. "individual, resilience.",
      citation = "Workforce stress and the supportive organisation: a framework for improvement through reflection, curiosity and change - framework testing",
      key_phrase = "systemic resilience rather than individual resilience",
      grade = "expert_opinion",
      source = { file = "004_d0fb1981ccc54b2f.txt", section = "The framework - creating a supportive organisation", lines = { 17, 17 } },
    },
  },
}
