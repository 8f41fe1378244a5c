-- Learning and development: preceptorship, mentoring, coaching, action learning, feedback, communities of practice, development plans, careers and recruitment.

intervention {
  id = "preceptorship",
  title = "Preceptorship for newly qualified staff",
  summary = "A structured period of support for newly qualified or newly recruited practitioners as they move from training into practice, following the national induction and preceptorship framework. It includes peer support with others at the same stage in protected time, clear guidance on their role, and a preceptor who is prepared for the job.",
  level = "individual",
  format = {
    duration = "the first two years of practice (national commitment); the support project aimed at the first year",
    delivery = "advice, peer support with others at the same stage in protected time, shadowing, mentoring and coaching; in one trust, protected time for bimonthly communities of practice throughout the first two years",
  },
  requires = { "preceptors who are prepared and supported for the role", "protected time for peer support" },
  cautions = {
    "One longitudinal study found preceptorship support lacking for most newly qualified health visitors: having a framework does not mean it is delivered.",
    "Preceptors themselves need preparation and support.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Because building resilience takes place over time, the framework says the iHV's National Framework for Induction and Preceptorship may be recommended for supporting recently qualified or newly recruited practitioners; it points to it as an example, not as a requirement.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "National Framework for Induction and Preceptorship may be recommended",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Selecting tools to assess, monitor and promote resilience", lines = { 371, 371 } },
    },
    evidence {
      claim = "A hospital preceptorship pathway for a large number of newly registered nurses, including peer support, was evaluated as giving a high standard of support.",
      citation = "Chapman (2013)",
      first_author = "Chapman",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support in practice", lines = { 2862, 2868 } },
    },
    evidence {
      claim = "A longitudinal study of managers' views found that support from practice teachers is crucial during training, but preceptorship support is lacking for most newly qualified health visitors.",
      citation = "Sayer (2013)",
      first_author = "Sayer",
      grade = "qualitative",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mentoring and health visiting", lines = { 906, 920 } },
    },
    evidence {
      claim = "Preceptorship programmes give newly qualified practitioners peer support to discuss caseload concerns with others in the same position; preceptors play a role in building professional resilience and need preparation and support.",
      citation = "Morris-Day (2014); Hudson, Hart and Dodds (2014)",
      first_author = "Morris-Day",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support in practice", lines = { 2853, 2860 } },
    },
    evidence {
      claim = "Resilient capacities matter most for newly qualified staff during preceptorship; the right skills, a sense of belonging and safety, purpose, a positive self-image and supportive relationships and cultures are seen as key to resilience and retention.",
      citation = "McInnes (2014) National Preceptorship Framework for Health Visiting, cited in 'Developing resilient practitioners'",
      first_author = "McInnes",
      grade = "expert_opinion",
      source = { file = "003_3518d88bf7c03e93.txt", section = "Introduction", lines = { 19, 19 } },
    },
  },
}

intervention {
  id = "mentorship",
  title = "Developmental mentoring",
  summary = "An ongoing relationship in which an experienced practitioner guides a colleague's career and personal development, with the mentee setting the agenda. It is different from mentoring students towards registration. Good mentoring is linked to developing talent, better communication and keeping staff.",
  level = "individual",
  format = {
    duration = "ongoing; can last for years",
    frequency = "can be informal, meeting when the mentee needs advice, guidance or support",
    facilitator = "a more experienced, trained mentor with clinical expertise, ideally working close by",
    delivery = "one-to-one; agenda set by the mentee; focus on career and personal development",
  },
  prerequisites = { "mentor_preparation" },
  requires = { "mentors who are trained and have enough experience and clinical expertise" },
  cautions = {
    "In health visiting 'mentoring' mostly means mentoring students, which under the implementation plan became a burden (workload, staff shortages, time conflict, feeling coerced); keep developmental mentoring clearly separate from student mentoring.",
    "Health visitors with only one year's experience have been asked to mentor; mentors need enough experience and a sense of mastery to succeed.",
    "When managers do not recognise the extra workload of the mentor role, mentors become anxious.",
    "The retention benefits come from business literature, not from studies of health visitors.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Across industry and business, mentoring is held to foster talent, increase productivity, improve communication and improve retention.",
      citation = "Clutterbuck (2004)",
      first_author = "Clutterbuck",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mentorship", lines = { 769, 773 } },
    },
    evidence {
      claim = "An evaluation of three models of health-visitor practice teaching found most students had positive relationships with their practice teachers or mentors; proximity, continuity, reciprocal positive regard and clinical expertise made mentoring work.",
      citation = "Devlin and Mitcheson (2013)",
      first_author = "Devlin",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mentoring and health visiting", lines = { 926, 940 } },
    },
    evidence {
      claim = "Health-visitor mentors described powerlessness: the role felt imposed, some felt coerced, taken for granted, unprepared and unsupported; iHV training sessions also found health visitors only one year after qualifying being asked to mentor.",
      citation = "Morton (2013)",
      first_author = "Morton",
      grade = "qualitative",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mentoring and health visiting", lines = { 884, 904 } },
    },
    evidence {
      claim = "The extensive nursing literature on mentoring is about educating students and is at best tangential to mentoring qualified health visitors for resilience and retention.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "at best, tangential to the purpose",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mentorship", lines = { 789, 793 } },
    },
    evidence {
      claim = "The framework sees the Institute of Health Visiting Fellows Programme and NHS Leadership Academy mentoring of emerging leaders as promising forms of mentoring in support of resilience.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Fellows Programme offers a promising vision of mentoring",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources", lines = { 295, 295 } },
    },
  },
}

intervention {
  id = "mentor_preparation",
  title = "Mentor preparation and support",
  summary = "Training and continuing support for staff who take on a mentoring role, so they are ready for it and not overwhelmed. Managers recognise the extra workload and make sure mentors have enough clinical experience to mentor with confidence.",
  level = "individual",
  format = {
    delivery = "training for the mentor role before starting, updates, and a forum to share experience (for example a mentors' community of practice)",
  },
  requires = { "managers who recognise the mentor workload and give time for it", "mentors with adequate clinical experience" },
  cautions = {
    "Under clinical pressure mentors often do not get to their annual updates.",
    "Without recognition of the workload, mentors feel undervalued, anxious and exhausted.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "The benchmarking tool's support factor expects mentors to be trained to prepare them for their role.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Mentors are provided with training to prepare them for their role",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 1: Support", lines = { 834, 834 } },
    },
    evidence {
      claim = "Managers should recognise the extra workload and possible anxiety of the mentor role and make sure mentors are prepared and clinically experienced enough to be confident.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "possible anxiety associated with the mentor role",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 6: Health and wellbeing", lines = { 961, 961 } },
    },
    evidence {
      claim = "Preparation of mentors was crucial to positive student outcomes, while poor continuing development harmed student learning.",
      citation = "Myall et al (2007)",
      first_author = "Myall",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mentoring and health visiting", lines = { 870, 874 } },
    },
    evidence {
      claim = "Managers failed to recognise the extra workload of the dual mentor role, which led to mentor anxiety.",
      citation = "Omansky (2010)",
      first_author = "Omansky",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Mentoring and health visiting", lines = { 865, 867 } },
    },
    evidence {
      claim = "In one trust, communities of practice set up for mentors new to the role meant anxious mentors reported feeling well supported, and many now want to become practice teachers.",
      citation = "Biggs, South Warwickshire NHS Foundation Trust, Case study 3 in Institute of Health Visiting (2015), Developing Resilience in the Workforce",
      key_phrase = "Mentors who were anxious about their mentoring role",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Resilience at Organisational Level", lines = { 482, 482 } },
    },
  },
}

intervention {
  id = "coaching",
  title = "Coaching",
  summary = "A time-limited, goal-focused relationship that helps someone improve their performance or a particular skill. The coach can come from a different profession, and meetings are regular and structured. Coaching skills also help practice teachers and mentors support less experienced staff.",
  level = "individual",
  format = {
    duration = "a set, time-limited period",
    frequency = "regular scheduled meetings",
    facilitator = "an internal or external coach (little difference found); need not share the coachee's profession",
    delivery = "one-to-one, focused on specific development goals",
  },
  requires = { "access to trained internal or external coaches" },
  cautions = {
    "Its link to resilience is indirect: coaching could build resilience that is emotionally ruthless as well as compassionate, so align its performance focus with relational practice.",
    "There is relatively little about coaching in the health-visiting literature; it has traditionally been offered only to senior staff.",
    "Coachees benefit from clear information about how coaching works and help in choosing a coach.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "A study of coaching in the NHS found coachees gained motivation and enthusiasm, coped better with frustration, prioritised better, and grew in confidence, influence and team management; internal and external coaches differed little.",
      citation = "Sinclair et al (2008) Evaluation of Coaching in the NHS",
      first_author = "Sinclair",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Coaching", lines = { 1038, 1058 } },
    },
    evidence {
      claim = "In an evaluation of coaching and action learning for nurses and midwives, both were positively experienced and helped develop clinical leadership competencies.",
      citation = "McNamara et al (2014)",
      first_author = "McNamara",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Coaching", lines = { 1100, 1110 } },
    },
    evidence {
      claim = "A clinical coach role for students whose performance was marginal or at risk was found effective in developing their practice.",
      citation = "Kelton (2014)",
      first_author = "Kelton",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Coaching", lines = { 1117, 1134 } },
    },
    evidence {
      claim = "There is relatively little mention of coaching in the health-visiting literature. With about 60% of the workforce expected to be newly qualified and inexperienced by 2015, HEE suggests that one way to support them was for health visitors to develop coaching skills; it is a suggestion, not a requirement.",
      citation = "HEE (2011)",
      first_author = "HEE",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Coaching", lines = { 1136, 1152 } },
    },
    evidence {
      claim = "The direct relevance of coaching to resilience is not obvious; it could build resilience that is emotionally ruthless or compassionate, so its focus needs careful alignment.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "either emotionally ruthless or compassionate",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Coaching", lines = { 1153, 1160 } },
    },
  },
}

intervention {
  id = "action_learning_sets",
  title = "Action learning sets",
  summary = "A small group of colleagues meets with a skilled facilitator to work on real, current problems from their own work. Each person's issue is questioned and challenged, they act on it, then reflect together on what happened. It builds problem-solving, confidence and communication.",
  level = "team",
  format = {
    group_size = "usually six to eight people",
    facilitator = "an experienced facilitator",
    delivery = "repeating cycle of questioning, action and reflection on live workplace problems; online sets need some face-to-face sessions",
  },
  prerequisites = { "protected_reflection_time" },
  requires = { "an experienced, skilled facilitator", "management support and adequate time for reflection", "commitment from every member to take part" },
  cautions = {
    "Participants often find it hard to attend within the working day; extra time and space may need to be created.",
    "Without deliberate reflection, sets slide into action without learning, which is unlikely to give results.",
    "Online-only sets suffer from competing commitments and poor group cohesion.",
    "No firm link to resilience has been shown; benefits for resilience are inferred.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "Evidence on action learning sets reports enhanced critical thinking, creative solutions to workplace problems, greater self-confidence and better communication skills.",
      citation = "Johnson (1998); Booth et al (2003); Dewar and Sharp (2006)",
      first_author = "Johnson",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Action learning sets", lines = { 2184, 2189 } },
    },
    evidence {
      claim = "In a compassionate-care leadership programme, action learning helped participants explore the challenges to compassionate practice and develop actions and communication strategies.",
      citation = "Leadership in Compassionate Care Programme Team (2012), Edinburgh Napier University and NHS Lothian",
      first_author = "Leadership in Compassionate Care Programme",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Action learning sets", lines = { 2189, 2199 } },
    },
    evidence {
      claim = "Key success factors include deliberate reflection, management support and giving participants adequate time for reflection.",
      citation = "Cho and Egan (2009)",
      first_author = "Cho",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Action learning: balanced approaches", lines = { 2115, 2121 } },
    },
    evidence {
      claim = "Online action learning sets offered flexible access, but multiple commitments and poor group cohesion got in the way; face-to-face sessions were needed.",
      citation = "Currie et al (2012)",
      first_author = "Currie",
      grade = "evaluation",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Action learning sets", lines = { 2215, 2225 } },
    },
    evidence {
      claim = "The review could draw no firm conclusion that action learning is directly related to resilience; benefits to resilience are an inference.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "no firm conclusions of a direct relationship",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Action learning sets", lines = { 2239, 2249 } },
    },
  },
}

intervention {
  id = "multisource_feedback",
  title = "Multisource (360-degree) feedback",
  summary = "A structured review in which a manager and several colleagues rate one person's teamwork, communication, leadership and management skills. It helps the person see strengths and blind spots, set a starting point for development and track progress. It works best with skilled, supportive delivery and follow-up such as coaching.",
  level = "individual",
  format = {
    group_size = "four to ten raters; eight to ten maximise reliability (the NHS Leadership Academy suggests twelve)",
    duration = "about six weeks to complete",
    facilitator = "someone experienced in running 360-degree reviews; feedback delivered in a facilitated way",
    delivery = "for people in post more than a year; start from the top of the organisation; not for rating technical skills",
  },
  prerequisites = { "constructive_feedback" },
  requires = { "someone experienced in administering 360-degree reviews", "coaching or mentoring to support change afterwards" },
  cautions = {
    "Effects on performance are small, and a third of feedback studies show performance falling; many unfavourable comments predict decline.",
    "Being compared with or judged by others is a strong stressor; deliver feedback with care and compassion.",
    "It benefits the individual, not the team or organisation, and the person must accept the process.",
    "It is no substitute for regular feedback from the manager or for dealing with performance issues directly; without regular feedback it is unlikely to be a positive experience.",
    "It is time-consuming and raters can tire if asked to review many colleagues.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "A meta-analysis of 26 longitudinal studies found significant but small effects of 360-degree feedback on performance.",
      citation = "Smither et al (2005)",
      first_author = "Smither",
      grade = "systematic_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Multisource (360-degree) feedback", lines = { 2353, 2356 } },
    },
    evidence {
      claim = "A meta-analysis of over 3,000 feedback studies found that a third showed declines in performance.",
      citation = "Klugar and DeNisi (1996)",
      first_author = "Klugar",
      grade = "systematic_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Multisource (360-degree) feedback", lines = { 2372, 2377 } },
    },
    evidence {
      claim = "360-degree reviews alone will not change a person, but there is some evidence that facilitated feedback helps behaviour change.",
      citation = "Nowack (2005)",
      first_author = "Nowack",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Multisource (360-degree) feedback", lines = { 2341, 2344 } },
    },
    evidence {
      claim = "When stress comes from being compared with or judged by others, its effect on cortisol is three times greater and takes 50% longer to return to baseline than impersonal stress.",
      citation = "Dickerson and Kemeny (2004), cited by Nowack (2005)",
      first_author = "Dickerson",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Multisource (360-degree) feedback", lines = { 2408, 2416 } },
    },
    evidence {
      claim = "360-degree feedback should not replace good leadership and management; performance issues should be dealt with directly and not left for the review, and without regular feedback from the manager it is unlikely to be positive.",
      citation = "Vanek (2013); Nowack (2005)",
      first_author = "Vanek",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Multisource (360-degree) feedback", lines = { 2395, 2404 } },
    },
  },
}

intervention {
  id = "after_action_review",
  title = "After Action Review",
  summary = "A short, blame-free team discussion after a specific event, using four questions: what was supposed to happen, what actually happened, why there was a difference, and what can we learn. The team agrees the facts and owns the action plan. It can be used to celebrate success as well as to learn from problems.",
  level = "team",
  format = {
    facilitator = "a skilled, trained facilitator",
    delivery = "four set questions; after significant events or as a standing item on routine team meetings; blame-free",
  },
  prerequisites = { "protected_reflection_time" },
  requires = { "protected time and a psychologically safe setting", "a skilled, trained facilitator" },
  cautions = {
    "It looks simple but explores values, beliefs and principles, so it needs leadership, courage and skill in challenging conversations.",
    "Participants must be clear about its purpose and feel psychologically safe, or they will not say what they expected.",
    "Its benefit to resilience is inferred from general resilience research rather than tested.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "At University College Hospital many staff across disciplines trained in After Action Review; it became embedded in the culture, used for significant events and on routine team-meeting agendas, with a blame-free approach.",
      citation = "Halligan (2012); Walker et al (2012)",
      first_author = "Halligan",
      grade = "case_study",
      source = { file = "001_a0b54d55111c5a02.txt", section = "After action review", lines = { 2452, 2460 } },
    },
    evidence {
      claim = "A review found that opportunities for feedback and debriefing contributed to nurses' resilience.",
      citation = "McCann et al (2013)",
      first_author = "McCann",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "After action review", lines = { 2460, 2463 } },
    },
    evidence {
      claim = "After Action Review needs protected time, a safe environment and a skilled trained facilitator; the team generates the solution and owns the change, and it is said to improve listening and communication and build resilience in stressful times.",
      citation = "Walker et al (2012)",
      first_author = "Walker",
      grade = "case_study",
      source = { file = "001_a0b54d55111c5a02.txt", section = "After action review", lines = { 2498, 2518 } },
    },
    evidence {
      claim = "The link to resilience is argued by applying general resilience research (reflective style, commitment to relationships, personal agency) to the review process, not tested directly.",
      citation = "Rutter (2012)",
      first_author = "Rutter",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "After action review", lines = { 2480, 2486 } },
    },
    evidence {
      claim = "The framework describes After Action Review as a way to analyse specific events with four key questions, increasing awareness and supporting behaviour change and learning.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "What did you expect to happen?",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Models of Support and Resources", lines = { 301, 301 } },
    },
  },
}

intervention {
  id = "constructive_feedback",
  title = "Constructive performance feedback",
  summary = "Managers give practitioners regular feedback that is timely, specific, starts with what went well, focuses on behaviour that can change and offers options. Health visitors say they value feedback and want more of it. Protected time for feedback, and passing on what clients and colleagues say, are marks of good practice.",
  level = "individual",
  format = {
    delivery = "timely, specific, starting with the positive, about behaviour that can change, offering alternatives; built on the person's own self-assessment and a two-way conversation",
  },
  requires = { "managers skilled in giving feedback", "protected time for feedback conversations" },
  cautions = {
    "Fear of upsetting the person or harming their self-esteem and relationships holds feedback back; people may become defensive, so name and explore the resistance.",
    "How feedback is delivered, and the skill of the person giving it, matter.",
  },
  effort = "low",
  evidence = {
    evidence {
      claim = "In the iHV survey, health visitors described feedback as something they valued and would like more of to develop their knowledge and skills.",
      citation = "iHV survey (2014)",
      first_author = "iHV",
      grade = "survey",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Performance feedback", lines = { 2273, 2275 } },
    },
    evidence {
      claim = "Constructive feedback is timely, starts with the positive, is specific, refers to a behaviour that can change, and offers alternatives and choice.",
      citation = "King (1999); Svinicki and McKeachie (2011)",
      first_author = "King",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "The principles of effective feedback", lines = { 2296, 2299 } },
    },
    evidence {
      claim = "Barriers to feedback include fear of upsetting the person and harming their self-esteem and relationships; defensiveness can be met by naming and exploring the resistance.",
      citation = "King (1999)",
      first_author = "King",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Performance feedback", lines = { 2284, 2292 } },
    },
    evidence {
      claim = "Feedback has been documented as important for morale and job satisfaction, health and wellbeing, reducing workplace stress and improving patient outcomes.",
      citation = "Whittaker et al (2013); POSHH (2012); NHS Employers (2014a); The Point of Care Foundation (2014)",
      first_author = "Whittaker",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Performance feedback", lines = { 2346, 2352 } },
    },
    evidence {
      claim = "The benchmarking tool expects protected time for performance feedback to guide health visitors' development.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Protected time for performance-related feedback",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2: Training and development", lines = { 860, 860 } },
    },
  },
}

intervention {
  id = "communities_of_practice",
  title = "Communities of practice",
  summary = "Regular groups of people who share an area of practice, such as students, newly qualified staff, mentors or practice teachers, meet to learn together, reflect on real practice and support one another, often with a social element such as a shared lunch. Sessions are a safe place to discuss problems and to get things wrong.",
  level = "organisation",
  format = {
    frequency = "monthly in the evaluated resilience programme; 'bimonthly' for newly qualified staff in the framework's case study",
    duration = "about three hours a session over fourteen months in the evaluated programme; throughout the first two years after qualifying in the case study",
    facilitator = "two facilitators in the evaluated programme",
    delivery = "separate groups for students, newly qualified staff, mentors and practice teachers; reflective practice, shared learning and a shared lunch; the iHV also runs an online community",
  },
  prerequisites = { "protected_reflection_time" },
  requires = { "protected time to attend", "facilitators" },
  cautions = {
    "Heavy workloads, targets, organisational priorities and continuous reorganisation made it hard for members to use what they learned in daily work.",
    "The evidence is one trust's self-reported case study and one qualitative evaluation without a comparison group.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "A trust facing many more students set up communities of practice across the organisation to reduce staff stress and build resilience: a student 'Monday Club', groups for practice teachers and mentors, and protected time for newly qualified staff to attend throughout their first two years.",
      citation = "Lave and Wenger (1991); Wenger (2002), applied in Case study 3, Institute of Health Visiting (2015), Developing Resilience in the Workforce",
      first_author = "Wenger",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Resilience at Organisational Level", lines = { 470, 476 } },
    },
    evidence {
      claim = "The trust reports good retention, falling sickness, staff pride in the staff survey, more standardised practice and anxious mentors feeling well supported.",
      citation = "Biggs, South Warwickshire NHS Foundation Trust, Case study 3 in Institute of Health Visiting (2015), Developing Resilience in the Workforce",
      first_author = "Biggs",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Resilience at Organisational Level", lines = { 480, 489 } },
    },
    evidence {
      claim = "In an evaluation of a monthly, three-hour, two-facilitator community of practice for experienced children's practitioners, members became more resourceful, responsive and reflexive, and felt more resilient themselves.",
      citation = "Aranda (2011), reported in 'Developing resilient practitioners'",
      first_author = "Aranda",
      grade = "qualitative",
      source = { file = "003_3518d88bf7c03e93.txt", section = "Study design and data collection", lines = { 47, 49 } },
    },
    evidence {
      claim = "Many members found it hard to use the approach in everyday practice because of targets, organisational priorities, rising workloads and continuous reorganisation.",
      citation = "Developing resilient practitioners (academic paper; authors not named in the text)",
      key_phrase = "Increased workloads and continuous reorganisations",
      grade = "qualitative",
      source = { file = "003_3518d88bf7c03e93.txt", section = "Findings: Context", lines = { 73, 73 } },
    },
    evidence {
      claim = "The review concludes that continuing development matters and that communities of practice are a good way to share knowledge, experience and good practice.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "communities of practice are a good way to share knowledge",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Conclusion, 5. Education and learning", lines = { 187, 188 } },
    },
  },
}

intervention {
  id = "development_plans",
  title = "Individual development plans",
  summary = "Each practitioner's knowledge and skills are reviewed regularly to find gaps, and an individual education and training plan with goals, actions and outcomes is agreed with them and reviewed, usually at appraisal. Every practitioner has a continuing professional development plan and is encouraged to pursue areas of personal interest.",
  level = "individual",
  format = {
    frequency = "reviewed regularly, for example at appraisal",
    delivery = "agreed one-to-one between practitioner and manager",
  },
  requires = { "regular appraisal with the line manager", "access to training that meets the plan" },
  cautions = {
    "The sources give this only as a best-practice indicator and a general good-employer factor; no evaluation of its effect on resilience or retention is reported.",
  },
  effort = "low",
  evidence = {
    evidence {
      claim = "The benchmarking tool expects health visitors' knowledge and experience to be assessed regularly for skill gaps, and individual education and training plans with goals, actions and outcomes to be agreed with them.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Education and training plans are developed and agreed",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2: Training and development", lines = { 856, 857 } },
    },
    evidence {
      claim = "Each health visitor should have a continuing professional development plan and be encouraged to pursue areas of personal interest.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "continued professional development (CPD) plan",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2: Training and development", lines = { 861, 861 } },
    },
    evidence {
      claim = "Reviewing evidence on positive practice environments, staff wellbeing and retention, the framework lists regular appraisals where personal development plans are agreed and a career path identified.",
      citation = "Bryar et al (2012); NHS Employers (2014); POSHH (2012); Whittaker et al (2012)",
      first_author = "Bryar",
      grade = "literature_review",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Considerations for Organisations, Managers and Leaders: 1. Learning from successful business models and research", lines = { 219, 227 } },
    },
    evidence {
      claim = "The benchmarking tool that contains these indicators is a prototype and has not yet been tested.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Whilst it is yet to be tested",
      grade = "not_researched",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Organisational benchmarking tool: Introduction", lines = { 760, 760 } },
    },
  },
}

intervention {
  id = "career_development",
  title = "Career development and role opportunities",
  summary = "The organisation gives practitioners a visible career path: chances to move between roles and departments, and to be considered for practice-teacher, manager or specialist training. A clear career progression path is named as a key motivator that reduces stress and supports wellbeing.",
  level = "organisation",
  format = {
    delivery = "opportunities to move between roles and departments; consideration for practice-teacher, manager or specialist training; a path from preceptorship and consolidation to specialisation after two years",
  },
  requires = { "routes into practice-teacher, manager and specialist roles open to practitioners" },
  cautions = {
    "Evidence is guidance, expert opinion and one case study; no study of its effect on health visitors' stress or retention is reported.",
  },
  effort = "medium",
  evidence = {
    evidence {
      claim = "A clear career progression path is needed and is identified as a key motivator for staff, reducing stress and promoting wellbeing.",
      citation = "Whittaker et al (2013); NHS Employers (2014); POSHH (2012)",
      first_author = "Whittaker",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Conclusion, 1. Professional identity", lines = { 139, 142 } },
    },
    evidence {
      claim = "The benchmarking tool expects opportunities to move between roles and departments and for health visitors to be considered for practice-teacher, manager or specialist training.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "move between different roles and departments",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 2: Training and development", lines = { 862, 863 } },
    },
    evidence {
      claim = "The Health Visitor Implementation Plan sets a career path for newly qualified health visitors: preceptorship and consolidation, then specialisation after two years.",
      citation = "Health Visitor Implementation Plan, as described in Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "outlines a career path for newly-qualified health visitors",
      grade = "policy",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Peer support in practice", lines = { 2850, 2853 } },
    },
    evidence {
      claim = "iHV projects on a career framework and a cadre of Fellows offer the potential to keep a more promising vision of mentoring in support of resilience.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "developing a career framework",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Key points: mentoring", lines = { 986, 989 } },
    },
    evidence {
      claim = "In one trust's communities of practice, many once-anxious mentors now want to become practice teachers, and five practice teachers became iHV fellows and led new programmes.",
      citation = "Biggs, South Warwickshire NHS Foundation Trust, Case study 3 in Institute of Health Visiting (2015), Developing Resilience in the Workforce",
      key_phrase = "Many of them now wish to be practice teachers",
      grade = "case_study",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 3: Resilience at Organisational Level", lines = { 482, 484 } },
    },
  },
}

intervention {
  id = "values_based_recruitment",
  title = "Values-based recruitment",
  summary = "Recruiting people whose values fit the role and the organisation, for example the values of the NHS Constitution, which include compassion. It is reported to help create positive workplaces where staff feel valued.",
  level = "organisation",
  format = {
    delivery = "values built into recruitment and selection, using national guidance (Skills for Care; NHS Employers)",
  },
  requires = { "recruitment and selection processes that assess candidates' values" },
  cautions = {
    "Its benefits are reported in guidance; the sources cite no evaluation of its effect on resilience or retention.",
  },
  effort = "high",
  evidence = {
    evidence {
      claim = "Values-based recruitment is now used by many employers, with guidance from Skills for Care, and NHS Constitution values are being embedded in NHS recruitment; it is reported to help create positive work environments and make staff feel more valued.",
      citation = "Skills for Care (2014); NHS Employers (2014b)",
      first_author = "NHS Employers",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Professional resilience", lines = { 3106, 3114 } },
    },
    evidence {
      claim = "Exploring practitioners' personal and professional values is an important factor in fostering professional resilience.",
      citation = "Wendt et al (2011)",
      first_author = "Wendt",
      grade = "literature_review",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Professional resilience", lines = { 3102, 3106 } },
    },
    evidence {
      claim = "The framework states that values-based recruitment contributes to positive work environments and staff feeling valued, which are key influences on resilience.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Values-based recruitment contributes to creating positive work environments",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Resilience: Key Points", lines = { 322, 322 } },
    },
    evidence {
      claim = "The benchmarking tool's culture factor expects values-based recruitment of staff with attitudes and values suited to a compassionate, caring culture.",
      citation = "Institute of Health Visiting (2015), Developing Resilience in the Workforce: A Health Visiting Framework",
      key_phrase = "Values-based recruitment is applied",
      grade = "expert_opinion",
      source = { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 7: Culture", lines = { 985, 985 } },
    },
    evidence {
      claim = "The review recommends selection and socialisation practices that help staff notice, feel, make sense of and act on suffering compassionately.",
      citation = "Institute of Health Visiting (2015), Supporting Health Visitors and Fostering Resilience: Literature Review",
      key_phrase = "selection and socialisation processes",
      grade = "expert_opinion",
      source = { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 4409, 4410 } },
    },
  },
}
