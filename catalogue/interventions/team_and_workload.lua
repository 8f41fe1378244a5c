-- Team-level actions on workload, communication and cohesion: caseloads, meetings, team building, case discussion, wellbeing tools.

intervention {
  id = "caseload_review",
  title = "Caseload review and reallocation",
  summary = "The team looks at how many families each practitioner holds and how caseloads are organised, then "
         .. "reallocates work so each person has time to build relationships with families. In one case study a "
         .. "struggling team analysed its caseloads and moved to individual caseloads over about four weeks.",
  level = "team",
  format = {
    duration = "about four weeks of groundwork in the case study (caseload analysis, transfers, setting up caseloads "
            .. "on the record system, communication and training)",
    delivery = "the team compares caseload models using its own experience, chooses one and reallocates families "
            .. "(the case study team chose individual caseloads allocated pro rata antenatally)",
  },
  requires = {
    "caseload data for each practitioner, for example from the electronic record system",
    "team time for the analysis and for transferring families",
  },
  cautions = {
    "The sources give no recommended caseload size; what counts as too high is a local judgement.",
    "Caseload size is not the only barrier: record-keeping pressure, skill mix that leaves practitioners with only "
      .. "safeguarding work, and lack of manager support for relationship work also get in the way.",
    "In the case study, sharing out clients was found time-consuming and corporate caseloads left staff feeling "
      .. "overwhelmed with responsibility.",
    "The case study changed many things at once, so the effect of the caseload change alone is unknown.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "In inner-city areas of deprivation, caseload size strongly affected whether health visitors could build "
           .. "relationships with parents; caseloads varied widely, were often above recommended levels and were "
           .. "typically over 400 under-fives per full-time health visitor, which the health visitors found unmanageable.",
      citation = "Bidmead (2013), reported in Cowley et al (2013)",
      first_author = "Bidmead",
      grade = "qualitative",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Relationship-based models of intervention", lines = { 1497, 1511 } },
    },
    evidence {
      claim = "Very large caseloads are a major barrier to building relationships with parents, alongside "
           .. "record-keeping pressures, less-qualified staff taking on work with families and lack of manager "
           .. "support for relationship work.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "Overwhelmingly large health visitor caseload size",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Key points: relationship models of intervention", lines = { 2032, 2036 } },
    },
    evidence {
      claim = "A merged team weighed caseload models and chose individual caseloads allocated pro rata antenatally, "
           .. "because sharing out clients took time and corporate caseloads left staff overwhelmed; quality was "
           .. "felt to improve as relationships with clients and partner agencies grew.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "individual caseloads allocated pro rata antenatally",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 428, 428 } },
    },
    evidence {
      claim = "Afterwards the team reported, anecdotally, a better work-life balance, manageable caseloads, lower "
           .. "stress and better relationships with clients and the multidisciplinary team.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Anecdotally the team now reports",
      grade = "anecdotal",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 448, 448 } },
    },
    evidence {
      claim = "Fair and manageable workloads and job demands are one of the elements of a positive practice "
           .. "environment set out by international health bodies.",
      citation = "WHPA (2008), Positive Practice Environments",
      first_author = "WHPA",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Positive Practice Environments", lines = { 325, 333 } },
    },
  },
}

intervention {
  id = "team_meetings",
  title = "Regular team meetings and one-to-ones",
  summary = "A regular team meeting that starts and ends on time, plus one-to-one time with the manager whenever "
         .. "staff need it. In one team the first 15 minutes of each weekly meeting were kept for sharing "
         .. "safeguarding information, because mobile working had cut the everyday conversations where this used "
         .. "to happen.",
  level = "team",
  format = {
    frequency = "weekly in the case study; the Family Nurse Partnership holds at least four facilitated team meetings a month",
    duration = "one hour, starting and ending promptly",
    facilitator = "in the Family Nurse Partnership, the supervisor facilitates the team meetings",
    delivery = "whole team; a standing safeguarding slot (the first 15 minutes) in every meeting; problems raised "
            .. "are solved and the solutions reported back; performance figures reviewed and successes celebrated; "
            .. "staff encouraged to ask for one-to-ones",
  },
  requires = {
    "a team leader who chairs the meeting and follows up the issues raised",
  },
  cautions = {
    "The only team-level account is one team's self-report, where meetings were one of many changes made at once.",
    "Where staff work mobile or agile, safeguarding communication can fall away; keep a standing safeguarding slot.",
  },
  effort = "low",
  evidence = {
    evidence {
      claim = "A merged team improved communication with weekly one-hour meetings that started and ended promptly "
           .. "and were well attended, and staff were encouraged to seek one-to-ones; organisational frustrations "
           .. "raised were solved and the solutions communicated.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "weekly team meetings (1 hour starting and ending promptly)",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 436, 436 } },
    },
    evidence {
      claim = "Because new agile working arrangements had reduced safeguarding communication, the team kept the "
           .. "first 15 minutes of every meeting for sharing safeguarding information.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "first 15 minutes of every team meeting",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 438, 438 } },
    },
    evidence {
      claim = "After the whole package of changes the team reported meeting its performance indicators, positive "
           .. "client feedback, sickness cut to below national levels and staff turnover down to zero.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "sickness has been significantly reduced to below national levels",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 450, 450 } },
    },
    evidence {
      claim = "The Family Nurse Partnership, which the review holds up as a positive practice environment, has at "
           .. "least four team meetings a month led by the supervisor: two on running the programme and two "
           .. "case-based, with skills practice.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "at least 4 team meetings per month",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Relationship-based models of intervention: Table 4, Family Nurse Partnership", lines = { 1920, 1923 } },
    },
    evidence {
      claim = "Ways of reducing nursing students' perceived stress include supervision and team meetings, seeking "
           .. "advice and discussing problems with supportive colleagues.",
      citation = "Leary et al (1995)",
      first_author = "Leary",
      grade = "literature_review",
      about = "nursing students",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support in practice", lines = { 2926, 2932 } },
    },
  },
}

intervention {
  id = "team_building",
  title = "Team building",
  summary = "A shared activity away from the daily work, such as the geocaching event one team used, to help "
         .. "colleagues get to know and trust each other. It is cheap and quick, but in the one source that describes "
         .. "it, it was one part of a much wider set of changes.",
  level = "team",
  format = {
    frequency = "a one-off event in the case study",
    delivery = "a shared team activity outside normal work (the case study team went geocaching)",
  },
  cautions = {
    "The sources give no evidence for team building on its own: it appears only as one part of a team-wide package.",
    "It will not fix problems driven by workload or staffing; use it alongside action on those.",
  },
  effort = "low",
  evidence = {
    evidence {
      claim = "A merged team under strain improved its cohesion with a team-building event (geocaching), alongside "
           .. "new agile working arrangements that fostered mutual trust, fairness and respect.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Team cohesion was improved by a team building event",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 442, 442 } },
    },
    evidence {
      claim = "The improvements that followed, including better relationships and lower stress, are reported "
           .. "anecdotally by the team itself.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Anecdotally the team now reports",
      grade = "anecdotal",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 448, 448 } },
    },
    evidence {
      claim = "Team working is among the environmental factors that shape resilience, and perceived social support "
           .. "or a sense of connectedness is the most influential.",
      citation = "Tusaie and Dyer (2004)",
      first_author = "Tusaie",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Education and training to build resilience", lines = { 3197, 3201 } },
    },
    evidence {
      claim = "Commissioners interviewed for the guide named away days among the visible actions they want provider "
           .. "organisations to take for their staff.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "supervision, shadowing and buddying, away days",
      grade = "qualitative",
      source = { file = "002_fe2525b383c767a8.txt", section = "2.5 Is commissioning for workplace compassion possible?", lines = { 586, 586 } },
    },
  },
}

intervention {
  id = "multi_professional_case_discussion",
  title = "Interagency and multi-disciplinary case discussion",
  summary = "Practitioners from different professions and agencies who work with the same families meet to reflect "
         .. "together on shared cases, including how the work is affecting them. It clarifies who does what and helps "
         .. "people carry the emotional weight of complex safeguarding work.",
  level = "team",
  format = {
    frequency = "regularly; or after a multi-agency meeting about a shared case, as in the framework's first case study",
    facilitator = "a trained facilitator where the group needs one",
    delivery = "professionals around a child or family reflect together on the case and on their own thoughts and "
            .. "feelings about it; models include work discussion groups, Schwartz rounds and compassion circles",
  },
  requires = {
    "partner agencies and professionals willing to take part",
    "a trained facilitator for structured groups",
  },
  cautions = {
    "The effectiveness of facilitated interagency reflective groups has not been researched.",
    "People may be anxious about sharing problems in front of colleagues or managers who might judge them; groups "
      .. "work better without management hierarchy in the room.",
    "A facilitated reflective group does not hand out solutions, which can frustrate people expecting quick answers.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Interagency or multi-disciplinary groups are said to clarify roles and responsibilities, contain the "
           .. "emotional impact of the work, build shared meaning and benefit clients and team working.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Clarifies roles and responsibilities",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources: Interagency / Disciplinary Groups", lines = { 304, 304 } },
    },
    evidence {
      claim = "The review says, without a citation, that coming together regularly in an interagency group can "
           .. "support the development of meaning, clarify roles and responsibilities and contain the emotional impact "
           .. "of the work; citing McAllister and McKinnon (2009), it adds that sharing experiences of vulnerability "
           .. "and resilience facilitates learning, emulating strengths and preventing pitfalls.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review; McAllister and McKinnon (2009)",
      first_author = "McAllister",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Interagency / disciplinary groups", lines = { 2551, 2571 } },
    },
    evidence {
      claim = "A health visitor with a complex safeguarding case asked the multi-professional team around the child to "
           .. "share their own thoughts and feelings after a meeting; the open discussion showed how the case had "
           .. "affected each of them and, with group supervision, helped her keep working on the case.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "open, peer safeguarding discussion",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case Study 1: Supporting resilience at individual level", lines = { 410, 410 } },
    },
    evidence {
      claim = "The effectiveness of facilitated interagency reflective groups such as work discussion groups and "
           .. "compassion circles has not yet been researched.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "Their effectiveness has not yet been researched",
      grade = "not_researched",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Key Findings", lines = { 87, 90 } },
    },
    evidence {
      claim = "The benchmark's best practice includes safe opportunities to reflect together on the emotional "
           .. "challenges of the work, for example in interagency or disciplinary groups, with trained facilitators "
           .. "where needed.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Facilitators, when required, are trained",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6: Health and wellbeing", lines = { 956, 956 } },
    },
  },
}

intervention {
  id = "wellbeing_tools",
  individual_resilience = true,  -- personal coping: ranks after fixing the work when workload drives the pressure
  title = "Work-life balance and coping tools",
  summary = "Simple tools the employer gives each practitioner for managing pressure: diary planning and workload "
         .. "prioritisation for a healthy work-life balance, and plans for stressful events and reflective diaries, "
         .. "alongside training on coping with the physical and emotional demands of caring. They support "
         .. "individuals but cannot make an unmanageable workload manageable.",
  level = "individual",
  format = {
    delivery = "tools for each practitioner (diary planning, prioritising workload, stressful event plans, reflective "
            .. "diaries) with training on coping with the physical and emotional aspects of caring",
  },
  requires = {
    "someone to provide the tools and the coping training",
  },
  cautions = {
    "Tools for individuals cannot fix an unmanageable workload; address the structural causes of stress as well.",
    "The sources recommend these tools but report no evaluation of them.",
  },
  effort = "low",
  evidence = {
    evidence {
      claim = "The benchmark's best practice includes giving health visitors tools that encourage a healthy work-life "
           .. "balance, such as diary planning and prioritising workload.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "diary planning and prioritising of workload",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6: Health and wellbeing", lines = { 960, 960 } },
    },
    evidence {
      claim = "The benchmark's best practice includes training on coping with the physical and emotional aspects of "
           .. "caring, with tools such as stressful event plans and reflective diaries.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "stressful event plans and reflective diaries",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6: Health and wellbeing", lines = { 955, 955 } },
    },
    evidence {
      claim = "A review across five professions found work-life balance to be a consistent influence on professional "
           .. "resilience.",
      citation = "McCann et al (2013)",
      first_author = "McCann",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Professional resilience", lines = { 3116, 3126 } },
    },
    evidence {
      claim = "Resilience can be approached preventively: managers and organisations can identify potentially "
           .. "stressful events and plan for them.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Potentially stressful events can be identified, planned for by managers",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Potential outcomes of implementing models of support: Resilience", lines = { 315, 315 } },
    },
    evidence {
      claim = "Flexible working practices that let employees keep a work-life balance are among the factors the "
           .. "framework asks organisations to consider.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "enable employees to maintain a work-life balance",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Considerations for Organisations, Managers and Leaders: 1. Learning from successful business models and research", lines = { 225, 225 } },
    },
  },
}
