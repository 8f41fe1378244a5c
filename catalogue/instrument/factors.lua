-- The assessment instrument: the 7 factors and 60 indicators of the organisational benchmarking
-- tool "Benchmarks for Health Visitor Retention" (iHV 2015, Appendix 2 of
-- 000_d1d09049e0b9ad2c.txt, lines 724-988). Each factor gives the source's poor-practice and
-- best-practice statements; each indicator is a plain-language statement a manager answers about
-- the team, with the line where the source indicator stands and the catalogue interventions that
-- address it. The source says "health visitors"; we say "practitioners" so the tool also fits other
-- community teams. Ids are public: add, never rename.
--
-- The source calls the tool a prototype (line 750) that "is yet to be tested" (line 760).
-- The answer scale met / partly / not_met (plus unknown) is a project choice: the source places each
-- factor on a continuum from poor to best practice but defines no intermediate levels, scores or
-- weights (the continuum graphic between the two poles is lost from the text).

factor {
  id = "support",
  title = "Support",
  order = 1,
  poor_practice = "Practitioners do not have access to the support they need to do their job.",
  best_practice = "Practitioners have access to supportive relationships that let them do their job "
               .. "confidently and effectively.",
  source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1: Support", lines = { 811, 837 } },
  indicators = {
    indicator {
      id = "support.a",
      text = "Each practitioner has a line manager who understands and has experience of their "
          .. "professional practice and knows what the practitioner wants from their career.",
      lines = { 827, 827 },
      interventions = { "compassionate_leadership", "development_plans" },
    },
    indicator {
      id = "support.b",
      text = "Practitioners can get informal peer support from more senior colleagues or colleagues in "
          .. "similar roles, and newly qualified practitioners have a preceptorship that includes peer "
          .. "support in protected time.",
      lines = { 828, 828 },
      interventions = { "peer_support", "preceptorship", "protected_reflection_time" },
    },
    indicator {
      id = "support.c",
      text = "In the first three months after qualifying, each practitioner co-works their safeguarding "
          .. "families with a named, more senior practitioner.",
      lines = { 829, 829 },
      interventions = { "safeguarding_co_working" },
    },
    indicator {
      id = "support.d",
      text = "Newly qualified practitioners get clear guidance from their line manager on their role "
          .. "while they wait for their Nursing and Midwifery Council PIN.",
      lines = { 830, 830 },
      interventions = { "preceptorship" },
    },
    indicator {
      id = "support.e",
      text = "Practitioners meet regularly with someone trained in supervision (for example restorative "
          .. "supervision) to talk through casework and other professional issues in a structured way.",
      lines = { 831, 831 },
      interventions = { "restorative_supervision", "clinical_supervision", "group_supervision" },
    },
    indicator {
      id = "support.f",
      text = "Practitioners get safeguarding supervision of their work with their most vulnerable babies "
          .. "and children at least every three months, from colleagues with expert child-protection "
          .. "knowledge.",
      lines = { 832, 832 },
      interventions = { "safeguarding_supervision" },
    },
    indicator {
      id = "support.g",
      text = "Practitioners can join a mentorship scheme whose mentors are close at hand, stay with them "
          .. "over time, build mutual respect and have the clinical expertise they need.",
      lines = { 833, 833 },
      interventions = { "mentorship" },
    },
    indicator {
      id = "support.h",
      text = "Mentors are trained to prepare them for the mentor role.",
      lines = { 834, 834 },
      interventions = { "mentor_preparation" },
    },
    indicator {
      id = "support.i",
      text = "Practitioners who want it can get support from colleagues of other disciplines, so that "
          .. "professions learn from each other.",
      lines = { 835, 835 },
      interventions = { "multi_professional_case_discussion", "work_discussion_groups", "schwartz_rounds" },
    },
    indicator {
      id = "support.j",
      text = "The team has links to national groups and external forums, and practitioners can easily "
          .. "find information about them.",
      lines = { 836, 836 },
      interventions = { "communities_of_practice" },
    },
    indicator {
      id = "support.k",
      text = "The support practitioners receive is evaluated, and the findings are acted on to improve it.",
      lines = { 837, 837 },
      interventions = { "benchmark_review" },
    },
  },
}

factor {
  id = "training_and_development",
  title = "Training and development",
  order = 2,
  poor_practice = "Practitioners lack the skills and development opportunities they need to do their job "
               .. "well and progress in their careers.",
  best_practice = "Practitioners' education, training and career progression needs are identified, agreed, "
               .. "met and regularly reviewed.",
  source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2: Training and development",
             lines = { 839, 863 } },
  indicators = {
    indicator {
      id = "training_and_development.a",
      text = "The support practitioners need is identified from both hard data and softer information "
          .. "about their experiences and expectations.",
      lines = { 855, 855 },
      interventions = { "benchmark_review", "staff_involvement" },
    },
    indicator {
      id = "training_and_development.b",
      text = "Practitioners' knowledge and experience are assessed regularly to find any skill gaps.",
      lines = { 856, 856 },
      interventions = { "development_plans" },
    },
    indicator {
      id = "training_and_development.c",
      text = "Each practitioner has an agreed education and training plan that fits their own needs and "
          .. "sets out goals, actions and outcomes.",
      lines = { 857, 857 },
      interventions = { "development_plans" },
    },
    indicator {
      id = "training_and_development.d",
      text = "Practitioners are offered coaching to get better at a particular skill.",
      lines = { 858, 858 },
      interventions = { "coaching" },
    },
    indicator {
      id = "training_and_development.e",
      text = "Practice teachers and mentors are properly trained, including in coaching skills, and are "
          .. "well matched to the students they support.",
      lines = { 859, 859 },
      interventions = { "mentor_preparation", "coaching" },
    },
    indicator {
      id = "training_and_development.f",
      text = "Practitioners have protected time for feedback on their performance to guide their "
          .. "development, such as 360-degree reviews, After Action Reviews or constructive feedback.",
      lines = { 860, 860 },
      interventions = { "constructive_feedback", "after_action_review", "multisource_feedback" },
    },
    indicator {
      id = "training_and_development.g",
      text = "Each practitioner has a continuing professional development (CPD) plan and is encouraged "
          .. "to pursue areas of personal interest.",
      lines = { 861, 861 },
      interventions = { "development_plans", "career_development" },
    },
    indicator {
      id = "training_and_development.h",
      text = "Practitioners have opportunities to move between different roles and departments.",
      lines = { 862, 862 },
      interventions = { "career_development" },
    },
    indicator {
      id = "training_and_development.i",
      text = "Practitioners are considered for training as a practice teacher or manager, or for "
          .. "specialist roles.",
      lines = { 863, 863 },
      interventions = { "career_development" },
    },
  },
}

factor {
  id = "recruitment",
  title = "Recruitment",
  order = 3,
  poor_practice = "People thinking of applying get little information about the practitioner role.",
  best_practice = "People thinking of applying get enough information to make a well-informed decision "
               .. "about taking up the role.",
  source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 3: Recruitment",
             lines = { 865, 886 } },
  indicators = {
    indicator {
      id = "recruitment.a",
      text = "The information available to people thinking of applying is reviewed regularly to keep it "
          .. "current and relevant.",
      lines = { 881, 881 },
      interventions = {},
    },
    indicator {
      id = "recruitment.b",
      text = "The employer and the universities plan recruitment together, interview jointly, and give "
          .. "applicants the chance to meet practising practitioners and current students, for example "
          .. "at information events or by shadowing.",
      lines = { 882, 882 },
      interventions = {},
    },
    indicator {
      id = "recruitment.c",
      text = "Managers find out what each applicant expects of the role and give up-to-date, accurate "
          .. "information on pay, terms and conditions (including sponsorship), what the role requires, "
          .. "preceptorship and support for career and professional development.",
      lines = { 883, 883 },
      interventions = {},
    },
    indicator {
      id = "recruitment.d",
      text = "New applicants are encouraged to find out about the role and the organisation for "
          .. "themselves.",
      lines = { 884, 884 },
      interventions = {},
    },
    indicator {
      id = "recruitment.e",
      text = "Recruitment is treated as continuing beyond the application and the start of the course, "
          .. "through the training period.",
      lines = { 885, 885 },
      interventions = {},
    },
    indicator {
      id = "recruitment.f",
      text = "Students and newly qualified practitioners build their confidence with access to properly "
          .. "trained practice teachers during their training.",
      lines = { 886, 886 },
      interventions = { "mentor_preparation" },
    },
  },
}

factor {
  id = "involvement_and_participation",
  title = "Involvement and participation",
  order = 4,
  poor_practice = "Practitioners are left out of decisions, and their concerns are not listened to or acted on.",
  best_practice = "Practitioners are actively invited to take part in decisions, and their contributions are "
               .. "valued, recorded, acted on and reviewed.",
  source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 4: Involvement and participation",
             lines = { 888, 910 } },
  indicators = {
    indicator {
      id = "involvement_and_participation.a",
      text = "Practitioners' concerns and their ideas for improving care are reviewed and evaluated "
          .. "regularly.",
      lines = { 904, 904 },
      interventions = { "staff_involvement", "team_meetings" },
    },
    indicator {
      id = "involvement_and_participation.b",
      text = "Practitioners are asked whether they feel listened to, valued and respected, and the answers "
          .. "are used to make improvements.",
      lines = { 905, 905 },
      interventions = { "staff_involvement", "compassionate_leadership" },
    },
    indicator {
      id = "involvement_and_participation.c",
      text = "There are working arrangements that make communication between senior managers and staff "
          .. "effective.",
      lines = { 906, 906 },
      interventions = { "staff_involvement", "team_meetings" },
    },
    indicator {
      id = "involvement_and_participation.d",
      text = "Where possible, practitioners have control over their own work and the authority to respond "
          .. "flexibly to what clients need.",
      lines = { 907, 907 },
      interventions = { "staff_involvement" },
    },
    indicator {
      id = "involvement_and_participation.e",
      text = "Feedback from clients and colleagues about practitioners' contributions to care is reviewed "
          .. "and passed on to the practitioners.",
      lines = { 908, 908 },
      interventions = { "constructive_feedback", "staff_involvement" },
    },
    indicator {
      id = "involvement_and_participation.f",
      text = "Managers and leaders work with the team to set out the service delivery plans.",
      lines = { 909, 909 },
      interventions = { "staff_involvement", "team_meetings" },
    },
    indicator {
      id = "involvement_and_participation.g",
      text = "Management data from the electronic record systems (such as RiO or SystmOne) are reported "
          .. "back to practitioners regularly.",
      lines = { 910, 910 },
      interventions = { "staff_involvement", "team_meetings" },
    },
  },
}

factor {
  id = "client_relationships",
  title = "Client relationships",
  order = 5,
  poor_practice = "Practitioners do not get the support they need to build relationships with their clients.",
  best_practice = "Practitioners get enough support to build good relationships with their clients and feel "
               .. "they are making a difference.",
  source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 5: Client relationships",
             lines = { 912, 936 } },
  indicators = {
    indicator {
      id = "client_relationships.a",
      text = "Managers support and encourage practitioners to build relationships with their clients.",
      lines = { 928, 928 },
      interventions = { "compassionate_leadership", "caseload_review" },
    },
    indicator {
      id = "client_relationships.b",
      text = "Relationship-based training that builds strengths-based ways of working is available to help "
          .. "practitioners deal with emotionally challenging situations.",
      lines = { 929, 929 },
      interventions = { "strengths_based_programmes", "solihull_approach", "family_partnership_model" },
    },
    indicator {
      id = "client_relationships.c",
      text = "Practitioners are helped to develop the skills to show compassion and win the trust of "
          .. "frightened and vulnerable clients.",
      lines = { 930, 930 },
      interventions = { "solihull_approach", "family_partnership_model" },
    },
    indicator {
      id = "client_relationships.d",
      text = "The team uses approaches that focus on the relationship between client and practitioner, "
          .. "such as the Solihull Approach or the Family Partnership Model.",
      lines = { 931, 931 },
      interventions = { "solihull_approach", "family_partnership_model" },
    },
    indicator {
      id = "client_relationships.e",
      text = "Practitioners have the continuity and the time they need to build relationships with clients.",
      lines = { 932, 932 },
      interventions = { "caseload_review" },
    },
    indicator {
      id = "client_relationships.f",
      text = "Practitioners are encouraged to be known and visible in community settings such as clinics "
          .. "and community groups.",
      lines = { 933, 933 },
      interventions = {},
    },
    indicator {
      id = "client_relationships.g",
      text = "Practitioners have the freedom to fit their advice and support to each client's needs.",
      lines = { 934, 934 },
      interventions = { "staff_involvement" },
    },
    indicator {
      id = "client_relationships.h",
      text = "There are arrangements that let practitioners bring in other professionals, services and "
          .. "resources for clients with complex needs.",
      lines = { 935, 935 },
      interventions = { "multi_professional_case_discussion" },
    },
    indicator {
      id = "client_relationships.i",
      text = "Clients have ways to give feedback, directly and indirectly, to practitioners about the "
          .. "service they received.",
      lines = { 936, 936 },
      interventions = { "constructive_feedback" },
    },
  },
}

factor {
  id = "health_and_wellbeing",
  title = "Health and wellbeing",
  order = 6,
  poor_practice = "Practitioners feel unwell because of work-related stress.",
  best_practice = "The employer creates a working environment that protects the health and wellbeing of its staff.",
  source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6: Health and wellbeing",
             lines = { 938, 962 } },
  indicators = {
    indicator {
      id = "health_and_wellbeing.a",
      text = "Practitioners can use occupational health services.",
      lines = { 954, 954 },
      interventions = { "staff_psychological_support" },
    },
    indicator {
      id = "health_and_wellbeing.b",
      text = "Practitioners are trained to cope with the physical and emotional sides of caring for "
          .. "clients and are given tools for stressful situations, such as stressful-event plans and "
          .. "reflective diaries.",
      lines = { 955, 955 },
      interventions = { "wellbeing_tools", "resilience_training" },
    },
    indicator {
      id = "health_and_wellbeing.c",
      text = "Practitioners have safe opportunities to reflect together on the psychological, emotional "
          .. "and social challenges of their work and share ways of coping (for example Schwartz Rounds, "
          .. "action learning sets, preceptorship, peer support or interagency groups), with trained "
          .. "facilitators where needed.",
      lines = { 956, 956 },
      interventions = { "schwartz_rounds", "action_learning_sets", "preceptorship", "peer_support",
                        "work_discussion_groups", "compassion_circles", "multi_professional_case_discussion",
                        "protected_reflection_time" },
    },
    indicator {
      id = "health_and_wellbeing.d",
      text = "Practitioners are supported to build constructive relationships with others, such as peers, "
          .. "managers and clients.",
      lines = { 957, 957 },
      interventions = { "team_building", "peer_support", "courageous_conversations" },
    },
    indicator {
      id = "health_and_wellbeing.e",
      text = "Safeguarding supervision is provided to help limit the effects of vicarious trauma and "
          .. "compassion fatigue.",
      lines = { 958, 958 },
      interventions = { "safeguarding_supervision" },
    },
    indicator {
      id = "health_and_wellbeing.f",
      text = "After a serious incident, practitioners are offered a structured, intensive debrief run by "
          .. "someone from outside the team.",
      lines = { 959, 959 },
      interventions = { "structured_debrief" },
    },
    indicator {
      id = "health_and_wellbeing.g",
      text = "Practitioners are given tools for a healthy work-life balance, such as diary planning and "
          .. "prioritising their workload.",
      lines = { 960, 960 },
      interventions = { "wellbeing_tools" },
    },
    indicator {
      id = "health_and_wellbeing.h",
      text = "Managers recognise the extra workload and possible anxiety of being a mentor, and make sure "
          .. "mentors are prepared and clinically experienced enough to take the role on with confidence.",
      lines = { 961, 961 },
      interventions = { "mentor_preparation" },
    },
    indicator {
      id = "health_and_wellbeing.i",
      text = "Practitioners' health and emotional wellbeing are central to the organisation's overall "
          .. "strategic vision.",
      lines = { 962, 962 },
      interventions = { "compassionate_leadership" },
    },
  },
}

factor {
  id = "culture",
  title = "Culture",
  order = 7,
  poor_practice = "The organisation's culture centres on business needs, and practitioners feel conflicted "
               .. "about giving care in ways that seem to go against their clients' interests.",
  best_practice = "The culture at work puts the people receiving care at the centre and values compassion "
               .. "and resilience in the workplace.",
  source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7: Culture", lines = { 964, 988 } },
  indicators = {
    indicator {
      id = "culture.a",
      text = "Practitioners feel confident to raise concerns about poor standards of care and are "
          .. "encouraged to report errors, near misses and incidents.",
      lines = { 980, 980 },
      interventions = { "raising_concerns" },
    },
    indicator {
      id = "culture.b",
      text = "Practitioners can take part in empathy and awareness training about their impact on clients' "
          .. "experience, backed by selection and socialisation practices that help staff notice, feel, "
          .. "make sense of and act in a compassionate way.",
      lines = { 981, 981 },
      interventions = { "compassionate_resilience_training", "values_based_recruitment" },
    },
    indicator {
      id = "culture.c",
      text = "Practitioners can develop their skills in handling 'courageous' (difficult) conversations "
          .. "and in responding sensitively to clients.",
      lines = { 982, 982 },
      interventions = { "courageous_conversations" },
    },
    indicator {
      id = "culture.d",
      text = "Practitioners can take up leadership training.",
      lines = { 983, 983 },
      interventions = { "compassionate_leadership" },
    },
    indicator {
      id = "culture.e",
      text = "Practitioners are trained in the skills of self-compassion.",
      lines = { 984, 984 },
      interventions = { "compassionate_resilience_training", "mindfulness" },
    },
    indicator {
      id = "culture.f",
      text = "Recruitment is values-based, choosing staff whose attitudes, values and approach fit a "
          .. "compassionate and caring culture.",
      lines = { 985, 985 },
      interventions = { "values_based_recruitment" },
    },
    indicator {
      id = "culture.g",
      text = "The employer supports the sharing of stories about practice that put challenges in context "
          .. "and look to the future, to build and embed a compassionate ethic.",
      lines = { 986, 986 },
      interventions = { "narrative_practice", "communities_of_practice" },
    },
    indicator {
      id = "culture.h",
      text = "Managers and leaders state their values and show what they mean in practice by behaving "
          .. "compassionately in their own roles.",
      lines = { 987, 987 },
      interventions = { "compassionate_leadership" },
    },
    indicator {
      id = "culture.i",
      text = "Staff wellbeing is a priority, and practitioners are given a range of tools to deal with "
          .. "stressful and challenging situations.",
      lines = { 988, 988 },
      interventions = { "wellbeing_tools", "resilience_training" },
    },
  },
}
