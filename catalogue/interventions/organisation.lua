-- Organisation-wide support, voice, leadership and culture: psychological support, involvement, leadership, speaking up, benchmarking, recognition, listening.

intervention {
  id = "staff_psychological_support",
  title = "Occupational health, employee assistance and counselling",
  summary = "Professional help for staff's own health and wellbeing, provided by the employer: occupational health, "
         .. "an employee assistance programme, counselling and, in some trusts, talking therapy such as CBT. It is "
         .. "there for individuals who are struggling, for example after a distressing incident or when stress is "
         .. "affecting their health.",
  level = "organisation",
  format = {
    delivery = "services commissioned or run by the employer: occupational health, employee assistance programme, "
            .. "counselling, physiotherapy, a closer link between a department and the in-house counselling service, "
            .. "a pilot of access to cognitive behavioural therapy",
  },
  requires = {
    "occupational health, employee assistance or counselling services provided by the organisation",
    "a clear route for staff to reach them, including staff who work out and about",
  },
  cautions = {
    "Busy staff do not always manage to use support that already exists, and some find it easier to talk to a peer "
      .. "than to their manager; pair services with peer support and make them easy to reach.",
    "The sources report no outcome data for these services on their own.",
  },
  effort = "high",
  sustain = "The ambulance trust described planned to keep its staff-support offer refreshed and up to date, and to improve its support networks so that they stay relevant and staff keep using them.",
  sustain_source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: North West Ambulance Service NHS Trust", lines = { 1132, 1132 },
                     key_phrase = "keep it refreshed and up to date" },
  evidence = {
    evidence {
      claim = "The benchmark's best practice for health and wellbeing starts with health visitors having access to "
           .. "occupational health services.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "have access to occupational health services",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6: Health and wellbeing", lines = { 954, 954 } },
    },
    evidence {
      claim = "For a struggling merged team, the trust added an employee assistance programme, counselling and "
           .. "physiotherapy to its existing wellbeing, preceptorship, supervision and training support.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "employee assistance program, counselling and physiotherapy",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 424, 424 } },
    },
    evidence {
      claim = "A lead consultant, after the DNA of Care project showed how common distress and poor communication "
           .. "are, worked with other senior nurses and clinicians to organise Schwartz Rounds, work on compassion "
           .. "with smaller groups and strike up a tighter relationship with the in-house counselling service to "
           .. "support distressed individuals. The account does not tie the counselling link to a particular incident.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "in-house counselling service to support distressed individuals",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: Case Study 5 (Imperial College Healthcare NHS Trust): How we did it", lines = { 999, 1003 } },
    },
    evidence {
      claim = "An ambulance trust piloted staff access to cognitive behavioural therapy on top of its counselling "
           .. "service and made mental health awareness training mandatory for all managers; no outcomes are reported yet.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "pilot scheme to offer staff access to Cognitive Behavioural Therapy",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: North West Ambulance Service NHS Trust", lines = { 1104, 1104 } },
    },
    evidence {
      claim = "Because staff are so busy they do not always get the chance to use the support that exists, and some "
           .. "feel they cannot speak to their manager but would talk to a peer on shift.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "do not always have the opportunity to access",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: North West Ambulance Service NHS Trust", lines = { 1114, 1114 } },
    },
  },
}

intervention {
  id = "staff_involvement",
  title = "Involving staff in decisions",
  summary = "Staff are invited into decisions about how their service and their own work are organised; their "
         .. "concerns and ideas are recorded and acted on, and client feedback and management data are shared with "
         .. "them. It gives people control over their work, which the sources link to engagement and staying in post.",
  level = "team",
  format = {
    delivery = "managers and teams plan service delivery together; teams get autonomy over how they organise their "
            .. "work; staff concerns and ideas are reviewed; feedback on whether staff feel listened to is sought and "
            .. "used; client feedback and record-system data are reported back",
  },
  requires = {
    "managers willing to share decisions and to act on what staff say",
  },
  cautions = {
    "Ask for views only if they will be acted on: best practice is that contributions are valued, recorded, acted "
      .. "upon and reviewed.",
    "Staff exhausted by continuous change may have little energy left; give them real control rather than more consultation.",
    "Face-to-face engagement events can draw few people (under 10% in one trust); staff spread across a wide area "
      .. "may need an online or postal channel.",
  },
  effort = "low",
  sustain = "In the trust described, the online conversation became a regular quarterly event across the trust, and some teams use the platform continuously for their own ideas for improvement.",
  sustain_source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 2 (Norfolk Community Health and Care NHS Trust)", lines = { 837, 837 },
                     key_phrase = "regular event every quarter" },
  evidence = {
    evidence {
      claim = "Staff who have control over their work, are listened to and involved in decisions about their services, "
           .. "and whose physical and emotional load is taken seriously, are essential to high-quality care.",
      citation = "The Point of Care Foundation (2014), Staff care: How to engage staff in the NHS and why it matters",
      first_author = "Point of Care Foundation",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Considerations for Organisations, Managers and Leaders: 2. Staff Wellbeing and Safety", lines = { 234, 234 } },
    },
    evidence {
      claim = "The benchmark's best practice for involvement is that health visitors are actively invited into "
           .. "decisions and their contributions are valued, recorded, acted upon and reviewed, with autonomy over "
           .. "their work and management data reported back to them.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "actively invited to participate in decision-making processes",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 4: Involvement and participation", lines = { 896, 910 } },
    },
    evidence {
      claim = "A struggling merged team was given professional autonomy and control over how it restructured and "
           .. "worked as a team.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "professional autonomy and control over the way we planned",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 424, 424 } },
    },
    evidence {
      claim = "Feeling valued matters for engagement; transparent processes that involve employees in decisions, "
           .. "supportive management styles and learning opportunities are important.",
      citation = "Whittaker et al (2013), Start and Stay: The Recruitment and Retention of Health Visitors",
      first_author = "Whittaker",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Education and training to build resilience", lines = { 3201, 3217 } },
    },
    evidence {
      claim = "A community trust whose staff felt undervalued opened an online platform where all staff could discuss "
           .. "and vote on ideas; participation rose from under 10% at earlier events to about 30%, and its engagement "
           .. "score went from 3.71 to 3.85 (its own later survey).",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "staff engagement increased to 3.85",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 2 (Norfolk Community Health and Care NHS Trust)", lines = { 819, 831 } },
    },
  },
}

intervention {
  id = "compassionate_leadership",
  title = "Compassionate leadership",
  summary = "Managers and leaders pay attention to the people they lead, understand the pressures they face, respond "
         .. "with empathy and act to help, and show the organisation's values in their own behaviour. Leaders can "
         .. "learn this, through leadership training that includes training in compassion.",
  level = "organisation",
  format = {
    delivery = "leaders at every level model compassionate behaviour and live the stated values; leadership training "
            .. "(for example NHS Leadership Academy programmes) and compassionate mind training",
  },
  requires = {
    "leadership training available to managers",
    "senior leaders who model the behaviour themselves",
  },
  cautions = {
    "Organisation-wide efforts fail if individual managers lack the capacity or motivation to be compassionate; "
      .. "support managers' own emotional regulation.",
    "The term can sound top-down; staff do not need to wait for permission from leaders to act kindly towards each other.",
    "Compassionate practices adopted only as a strategy for results can lose their integrity.",
  },
  effort = "medium",
  sustain = "A compassionate-care leadership project (Edinburgh Napier University and NHS Lothian) found it important to integrate compassionate activities with the organisation's other processes and quality initiatives.",
  sustain_source = { file = "001_a0b54d55111c5a02.txt", section = "Compassion", lines = { 3543, 3553 },
                     key_phrase = "processes and quality initiatives was important" },
  evidence = {
    evidence {
      claim = "Health visitors said a compassionate leader is a key part of feeling supported at work, which "
           .. "influences whether they stay.",
      citation = "iHV survey (2014)",
      first_author = "iHV",
      grade = "survey",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Considerations for Organisations, Managers and Leaders: 2. Staff Wellbeing and Safety", lines = { 234, 234 } },
    },
    evidence {
      claim = "Resilient cultures start with leaders who foster resilience; compassionate leadership is a skill that "
           .. "can be developed, for example through compassionate mind training.",
      citation = "White (2013); Gilbert (2010)",
      first_author = "White",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Compassion", lines = { 3528, 3542 } },
    },
    evidence {
      claim = "A national framework for NHS-funded services names compassionate, inclusive leadership at all levels as "
           .. "a critical capability: paying attention to the people you lead, understanding their situation, "
           .. "responding with empathy and acting to help.",
      citation = "National Improvement and Leadership Development Board (2017), Developing People - Improving Care",
      first_author = "National Improvement and Leadership Development Board",
      grade = "policy",
      source = { file = "002_fe2525b383c767a8.txt", section = "1.1 Background", lines = { 222, 226 } },
    },
    evidence {
      claim = "Organisational efforts are ineffective if individuals lack the capacity or motivation for compassion; "
           .. "developing managers' emotional regulation and having managers model compassion are argued to help.",
      citation = "Atkins and Parker (2012)",
      first_author = "Atkins",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Compassion", lines = { 3576, 3588 } },
    },
    evidence {
      claim = "In the team case study, leadership was identified as the key enabler of the improvements, in the "
           .. "team's anecdotal report.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Leadership was identified as key enabler",
      grade = "anecdotal",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 448, 448 } },
    },
  },
}

intervention {
  id = "raising_concerns",
  title = "Safe culture for raising concerns and reporting incidents",
  summary = "A culture in which staff feel confident to raise concerns about poor care and are encouraged to report "
         .. "errors, near misses and incidents, and in which the organisation learns from mistakes instead of blaming "
         .. "people. Staff involved in an error need support too, because they are affected as well.",
  level = "organisation",
  format = {
    delivery = "leaders actively support staff to speak out safely, treat reports as chances to learn, and give "
            .. "fair treatment and support to staff involved in errors",
  },
  requires = {
    "leaders who respond to concerns by learning rather than blaming",
  },
  cautions = {
    "Blaming and shaming cultures stop people speaking up; reluctance to recognise staff as 'second victims' of "
      .. "errors was seen by commissioners.",
    "The sources offer a benchmark standard and opinion, not an evaluation of any speaking-up programme.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "The benchmark's culture factor asks that health visitors feel confident raising concerns about poor "
           .. "standards of care and are encouraged to report errors, near misses and incidents.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "raising concerns about poor standards of care",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7: Culture", lines = { 980, 980 } },
    },
    evidence {
      claim = "Contributors to a Twitter study on workplace compassion named supporting staff to speak out safely and "
           .. "learning from mistakes instead of punishing as signs of compassionate leadership.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "learning from mistakes instead of punishing",
      grade = "qualitative",
      source = { file = "002_fe2525b383c767a8.txt", section = "2.3 Broader perspectives on workplace compassion: Leadership and management", lines = { 484, 490 } },
    },
    evidence {
      claim = "Commissioners described a need to eliminate blaming and shaming cultures and saw reluctance to "
           .. "recognise 'second victims' in healthcare.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "eliminate 'blaming and shaming' cultures",
      grade = "qualitative",
      source = { file = "002_fe2525b383c767a8.txt", section = "2.1 When workplace compassion is missing", lines = { 414, 414 } },
    },
    evidence {
      claim = "When patients are harmed in care, a fair and just culture gives the caregivers involved (the 'second "
           .. "victims') five rights: just treatment, respect, understanding and compassion, supportive care, and "
           .. "transparency with a chance to contribute to learning (TRUST).",
      citation = "Denham (2007), TRUST: The 5 Rights of the Second Victim",
      first_author = "Denham",
      grade = "expert_opinion",
      source = { file = "002_fe2525b383c767a8.txt", section = "1.1 Background", lines = { 250, 265 } },
    },
  },
}

intervention {
  id = "benchmark_review",
  title = "Review support with the organisational benchmarking tool",
  summary = "Managers and staff use the framework's benchmarking tool to judge together how well the organisation "
         .. "supports staff in seven areas (support, training and development, recruitment, involvement, client "
         .. "relationships, health and wellbeing, culture), then act on the gaps. The tool is a prototype that had "
         .. "not been tested.",
  level = "organisation",
  format = {
    delivery = "self-assessment or audit by employers and employees against seven factors, each running from poor "
            .. "to best practice with indicators of best practice; usable by teams or organisations of any size",
  },
  requires = {
    "time for managers and staff to assess together",
    "a commitment to act on the results and review them",
  },
  cautions = {
    "The tool is a prototype that had not been tested; treat results as a guide for discussion, not a validated score.",
    "Measuring resilience directly is questionable; sickness absence, retention and engagement with change are proxies.",
    "A review helps only if what it finds is acted on and the support is evaluated again.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "The tool can be used as a quality assurance framework for retention and as an audit tool for employers "
           .. "and employees, by individuals and teams in organisations of any size.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "audit tool for employers and employees",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Organisational benchmarking tool", lines = { 505, 505 } },
    },
    evidence {
      claim = "The benchmarking tool had yet to be tested when it was published.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Whilst it is yet to be tested",
      grade = "not_researched",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Organisational benchmarking tool", lines = { 507, 507 } },
    },
    evidence {
      claim = "The tool was built from a literature review on staff retention and the framework's consultation group, "
           .. "using the Essence of Care benchmarking method, starting from what health visitors want from their workplace.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Essence of Care Benchmarks",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Organisational benchmarking tool", lines = { 501, 503 } },
    },
    evidence {
      claim = "The benchmark itself asks that the support health visitors receive is evaluated and the results acted "
           .. "on to improve it.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Support received by health visitors is evaluated",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1: Support", lines = { 837, 837 } },
    },
    evidence {
      claim = "A framework developed for Health Education England with a group of experts likewise gives "
           .. "organisations a structured process and space to examine how the organisation affects its staff, before "
           .. "choosing interventions; it was still being tested.",
      citation = "Workforce stress and the supportive organisation: a framework for improvement through reflection, curiosity and change - framework testing",
      key_phrase = "structured process and space to think through",
      grade = "expert_opinion",
      source = { file = "004_d0fb1981ccc54b2f.txt", section = "The framework - creating a supportive organisation", lines = { 9, 19 } },
    },
  },
}

intervention {
  id = "team_values_charter",
  title = "Team-owned values and behaviour charter",
  summary = "Staff, not managers, choose the team's values by ballot and write down the behaviour everyone can expect "
         .. "and what they will challenge. The values are then kept visible: on posters and lanyards, in induction and "
         .. "read out at the start of meetings.",
  level = "team",
  format = {
    delivery = "staff suggest values, a staff ballot picks the key ones, staff define expected behaviour and what "
            .. "will be challenged; values shown on posters and lanyards, built into induction and read at the start "
            .. "of every meeting",
  },
  requires = {
    "management willing to let staff own the process",
  },
  cautions = {
    "It works only if staff, not management, own the process and people feel able to challenge behaviour that "
      .. "breaks the values.",
    "The reported culture change is the department's own account, with no figures.",
  },
  effort = "low",
  sustain = "In the department described, all new staff are enrolled into the values when they start, and the values are kept in view: worn on lanyards and read out at the start of every meeting, which the department says reminds them to act on the values.",
  sustain_source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 1 (Hull and East Yorkshire Hospitals NHS Trust)", lines = { 769, 775 },
                     key_phrase = "reminds us to act on our values" },
  evidence = {
    evidence {
      claim = "After a negative staff survey, a pathology department asked staff to propose values, chose the key "
           .. "ones by staff ballot and defined expected behaviour, with staff rather than management owning the process.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "staff, and not management, took ownership of the process",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 1 (Hull and East Yorkshire Hospitals NHS Trust)", lines = { 741, 741 } },
    },
    evidence {
      claim = "The department reports that its culture changed: staff feel empowered and heard, tackle issues more "
           .. "confidently, and new staff join the values automatically.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "Everyone now feels able to tackle issues more confidently",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 1 (Hull and East Yorkshire Hospitals NHS Trust)", lines = { 767, 769 } },
    },
    evidence {
      claim = "The guide draws the lesson that team values and expected behaviour must be shared by the whole team, and "
           .. "that people must be able to challenge behaviour that departs from them.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "people are able to challenge behaviour",
      grade = "expert_opinion",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion", lines = { 717, 717 } },
    },
    evidence {
      claim = "Contributors to a Twitter study on workplace compassion named clear values shared by all and pride in "
           .. "being part of a team among its signs.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "clear values shared by all",
      grade = "qualitative",
      source = { file = "002_fe2525b383c767a8.txt", section = "2.3 Broader perspectives on workplace compassion: Culture and values", lines = { 448, 452 } },
    },
  },
}

intervention {
  id = "thank_you_scheme",
  title = "Peer thank-you scheme",
  summary = "Any member of staff can thank a colleague, and the message is turned into a card and posted to them with "
         .. "a pin badge. A paper form means staff without email can take part too.",
  level = "organisation",
  format = {
    delivery = "staff send a thank-you by email or post to a central team, which writes it into a card and posts it "
            .. "with a pin badge; numbers sent are reported in the chief executive's monthly briefing",
  },
  requires = {
    "a small central team to turn messages into cards",
  },
  cautions = {
    "Its effect on engagement was not yet known; what is reported is uptake and positive anecdotes.",
    "Offer a non-email route, or staff who work away from a computer are left out.",
  },
  effort = "low",
  sustain = "The trust described keeps the scheme visible: it is promoted at local meetings, the number of thank-yous sent is reported in the chief executive's briefing every month, and examples of staff feedback and tips for sending thanks have been shared; the trust says the scheme's positive effect on staff helped it spread.",
  sustain_source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 3 (University Hospitals of Leicester NHS Trust)", lines = { 863, 863 },
                     key_phrase = "chief executive briefing every month" },
  evidence = {
    evidence {
      claim = "A hospital trust launched a thank-you scheme in which any member of staff can thank another; 5,168 "
           .. "thank-yous were sent in the first year.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "In the first year we sent 5,168",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 3 (University Hospitals of Leicester NHS Trust)", lines = { 857, 857 } },
    },
    evidence {
      claim = "The form can be emailed or posted, so staff without email or with little computer access can take part.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "accessible for all staff including those that",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 3 (University Hospitals of Leicester NHS Trust)", lines = { 863, 863 } },
    },
    evidence {
      claim = "The scheme began because the staff survey and quarterly pulse checks showed staff did not feel "
           .. "recognised for their work.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "recognised for the great work that they do",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 3 (University Hospitals of Leicester NHS Trust)", lines = { 867, 867 } },
    },
    evidence {
      claim = "Its effect on engagement scores was still awaited; monthly submissions grew from 98-186 to 508-723, "
           .. "and feedback so far is anecdotal but positive.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "Anecdotal feedback has been really positive",
      grade = "anecdotal",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 3 (University Hospitals of Leicester NHS Trust)", lines = { 883, 885 } },
    },
  },
}

intervention {
  id = "bereavement_support",
  title = "Safe space after the death of a colleague or a child in the team's care",
  summary = "When a colleague or a child the team cared for dies, someone the staff trust creates a confidential space "
         .. "where they can talk and be listened to without interruption, and marks the care they gave. Dealing with "
         .. "loss in small steps helps stop it building up.",
  level = "team",
  format = {
    frequency = "after a death or sudden loss, on request from the team or its manager",
    facilitator = "someone trusted by staff; in the case study, the hospital's multi-faith chaplaincy team",
    delivery = "a confidential space to speak and be heard without interruption; sometimes a memorial reflective "
            .. "space with candles or a remembrance; small tokens such as a heart pin or a postcard valuing the person",
  },
  requires = {
    "a facilitator who already has trusting relationships with the team",
  },
  cautions = {
    "Without time to process a loss, staff can struggle to keep going; do not postpone it until things are calmer.",
    "The evidence is staff feedback from one children's hospital; no measured outcomes.",
  },
  effort = "low",
  sustain = "The chaplaincy team in the hospital described built relationships with staff and wards over several years, so that when crises occur staff feel more confident to approach it for support.",
  sustain_source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 4 (Birmingham Women's and Children's NHS Foundation Trust)", lines = { 925, 925 },
                     key_phrase = "built relationships with staff and wards over several years" },
  evidence = {
    evidence {
      claim = "A children's hospital supports staff after the death of a colleague or a child in their care by "
           .. "creating a safe, confidential space to share feelings and be listened to, and sometimes a memorial space.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "create a safe space for people to share their feelings",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 4 (Birmingham Women's and Children's NHS Foundation Trust)", lines = { 913, 917 } },
    },
    evidence {
      claim = "The chaplaincy team built relationships with staff and wards over several years, so staff feel "
           .. "confident to approach it when a crisis happens.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "The chaplain team have built relationships",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 4 (Birmingham Women's and Children's NHS Foundation Trust)", lines = { 925, 925 } },
    },
    evidence {
      claim = "Staff need time to acknowledge and share a loss in order to move on; without it they can struggle to keep going.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "When not given any processing time staff can struggle",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 4 (Birmingham Women's and Children's NHS Foundation Trust)", lines = { 935, 935 } },
    },
    evidence {
      claim = "Staff have given positive feedback about these sessions; the team's view is that dealing with the "
           .. "emotional impact in smaller steps makes a cumulative disabling effect less likely.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "less likely to have the cumulative disabling effect",
      grade = "anecdotal",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.1 Culture and values for workplace compassion: Case Study 4 (Birmingham Women's and Children's NHS Foundation Trust)", lines = { 943, 943 } },
    },
    evidence {
      claim = "Contributors to a Twitter study on workplace compassion named time and space for staff to talk about "
           .. "difficult emotions, and colleagues marking a bereavement, among its signs.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "staff to listen and talk about difficult emotions",
      grade = "qualitative",
      source = { file = "002_fe2525b383c767a8.txt", section = "2.3 Broader perspectives on workplace compassion: Personalised policies and procedures", lines = { 474, 478 } },
    },
  },
}

intervention {
  id = "listening_forums",
  title = "Leaders' listening forums",
  summary = "Senior leaders meet staff to listen: either regular themed forums where staff say what works, what should "
         .. "change and how to fix it locally, or small informal sessions with a leader over tea and biscuits where "
         .. "staff set the agenda. They add to, and do not replace, everyday conversations in teams.",
  level = "organisation",
  format = {
    frequency = "three times a year for themed forums; a rolling six-week cycle for small informal sessions",
    group_size = "groups of 10, mixed by grade, profession and specialty (informal sessions)",
    duration = "two hours (themed forums)",
    delivery = "executives attend part of each themed forum only to listen, and running the forums can be devolved to "
            .. "localities; informal sessions have one member of the leadership team, no set topic, and staff drive the agenda",
  },
  requires = {
    "senior leaders' time and willingness to listen rather than present",
    "a way to act on, or devolve, the issues staff raise",
  },
  cautions = {
    "Not a substitute for talking about issues regularly within teams.",
    "Reported benefits are staff-survey improvements the trusts describe without figures.",
  },
  effort = "medium",
  sustain = "In the trust described, each forum is written up and its results widely shared; the forums continue, with a trust-wide theme that each locality explores in its own way as the focus shifts from the centre of the organisation to the localities.",
  sustain_source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: Northumberland, Tyne and Wear NHS Foundation Trust", lines = { 1072, 1076 },
                     key_phrase = "The initiative will continue" },
  evidence = {
    evidence {
      claim = "A mental health trust set up trust-wide forums where staff talk about what they do well, what needs to "
           .. "change and how to move forward, as a complement to routine team conversations, and later devolved them "
           .. "to localities.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "It is not a substitute for talking about issues regularly",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: Northumberland, Tyne and Wear NHS Foundation Trust", lines = { 1044, 1044 } },
    },
    evidence {
      claim = "The forums meet three times a year for two hours on a theme, with executives attending part of each "
           .. "in a listening role.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "Meetings take place 3 times a year",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: Northumberland, Tyne and Wear NHS Foundation Trust", lines = { 1064, 1064 } },
    },
    evidence {
      claim = "Over two years the trust saw staff survey scores improve in the areas discussed at the forums (no "
           .. "figures given).",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "improvements in staff survey scores",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.2 Activities & actions for workplace compassion: Northumberland, Tyne and Wear NHS Foundation Trust", lines = { 1072, 1072 } },
    },
    evidence {
      claim = "A new directorate's leaders invited mixed groups of 10 staff to informal tea and biscuits sessions on a "
           .. "rolling six-week basis; nearly 100 staff (30%) took part in 12 months.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "groups of 10 front line and managerial therapy",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.3 Leadership and management for workplace compassion: Imperial College Healthcare NHS Trust", lines = { 1211, 1215 } },
    },
    evidence {
      claim = "The directorate reports better engagement in its staff survey; staff say they can raise concerns, and "
           .. "one session led to a new induction pack for a team with high turnover.",
      citation = "NHS England and Hope for the Community CIC (written by Wendy Clyne), A guide to commissioning for workplace compassion in the NHS",
      key_phrase = "Regular access to the directorate leadership team",
      grade = "case_study",
      source = { file = "002_fe2525b383c767a8.txt", section = "4.3 Leadership and management for workplace compassion: Imperial College Healthcare NHS Trust", lines = { 1239, 1241 } },
    },
  },
}

intervention {
  id = "benchmark_follow_up",
  title = "Act on the benchmark results with your staff",
  summary = "For a manager who has just answered the benchmark: share and discuss the results with the "
         .. "practitioners, ask them to answer it as well (the tool is meant to give health visitors' own view), "
         .. "agree what to act on, and assess again after a set time to see whether the support improved. The "
         .. "tool is a prototype that had not been tested.",
  level = "team",
  format = {
    delivery = "a team discussion of the seven factors and the gaps found, practitioners' own answers to the same "
            .. "indicators, an agreed list of actions, and a repeat assessment after a set time",
  },
  requires = {
    "time for the team to discuss the results together",
    "a commitment to act on what the team finds and to assess again",
  },
  cautions = {
    "The tool is a prototype that had not been tested; treat the results as a guide for discussion, not a validated score.",
    "One manager's answers are one view: the tool is meant to give a bottom-up view from health visitors themselves.",
    "Building resilience takes place over time; one assessment is a point in time.",
  },
  effort = "low",
  evidence = {
    evidence {
      claim = "The benchmark gives a bottom-up view from health visitors of what aids engagement and satisfaction "
           .. "with their employer, and can be used as an audit tool for employers and employees to assess "
           .. "themselves against.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "bottom-up perspective from health visitors",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Organisational benchmarking tool", lines = { 505, 505 } },
    },
    evidence {
      claim = "At team level the framework offers key questions to facilitate reflection and discussion with staff "
           .. "on the themes that influence resilience.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "facilitate reflection and discussion with staff",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Resources for managers", lines = { 373, 373 } },
    },
    evidence {
      claim = "The benchmark asks that the support health visitors receive is evaluated and the outcomes acted on "
           .. "to improve it.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Support received by health visitors is evaluated",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1: Support", lines = { 837, 837 } },
    },
    evidence {
      claim = "Assessment may be made at a point in time, but building resilience is a process that takes place "
           .. "over time.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "building resilience is a process that takes place over time",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Resources for managers", lines = { 371, 371 } },
    },
    evidence {
      claim = "The benchmarking tool had yet to be tested when it was published.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Whilst it is yet to be tested",
      grade = "not_researched",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Organisational benchmarking tool", lines = { 507, 507 } },
    },
  },
}
