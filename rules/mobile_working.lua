-- Mobile and agile working.
-- Health visitors rely most on informal support from colleagues in a shared office; mobile working and
-- reorganisations that remove the office base cut that support, and can reduce communication about
-- safeguarding. The sources give no figure for "high" mobile working, so the thresholds are project choices.

-- The thresholds these rules read with threshold("id") are in rules/thresholds.lua, where policy leads set them.

rule {
  id = "mobile_working_needs_peer_support",
  title = "Mobile working cuts informal peer support",
  description = "Health visitors value peer support, and mobile working is reducing access to it; the literature "
             .. "review says peer support models need to be developed for an increasingly mobile workforce. "
             .. "Fires when half or more of working time is mobile.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Providing access to supportive relationships", lines = { 146, 147 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Recommendations", lines = { 208, 209 } },
  },
  recommends = { "peer_support" },

  evaluate = function(a)
    if at_least("team.mobile_working_share", threshold("mobile_working_high")) then
      recommend {
        id = "peer_support",
        weight = 2,
        driver = "organisation",
        because = fmt("Your practitioners spend %s of their working time mobile; set up a planned peer support "
                   .. "scheme, because the informal office support health visitors rely on most is harder to reach.",
                      percent(a.team.mobile_working_share)),
      }
    end
  end,
}

rule {
  id = "mobile_working_safeguarding_slot",
  title = "Mobile working: keep safeguarding information flowing",
  description = "In case study 2 the team was concerned that its new working arrangements had reduced communication "
             .. "about safeguarding; it gave the first 15 minutes of every team meeting to sharing safeguarding "
             .. "information. Fires when a good part of working time is mobile and the caseload has safeguarding "
             .. "involvement or communication is poor.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Case study 2: Building resilience at team level within an organisation", lines = { 436, 438 } },
  },
  recommends = { "team_meetings" },

  evaluate = function(a)
    if at_least("team.mobile_working_share", threshold("mobile_working_some"))
       and (at_least("team.safeguarding_caseload_share", threshold("safeguarding_share_some"))
            or has("team.concerns", "poor_communication")) then
      recommend {
        id = "team_meetings",
        weight = 2,
        driver = "safeguarding",
        because = fmt("Your practitioners spend %s of their time mobile; one team whose new working arrangements "
                   .. "reduced communication about safeguarding kept the first 15 minutes of every weekly team "
                   .. "meeting for sharing safeguarding information.",
                      percent(a.team.mobile_working_share)),
      }
    end
  end,
}

rule {
  id = "reorganisation_loses_informal_support",
  title = "A move or reorganisation can remove informal support",
  description = "When an ambulance service was reorganised its informal peer debriefing was lost, and stress and "
             .. "sickness rose; this matters as health visiting becomes more mobile. Recommended after a "
             .. "relocation; worth considering after a restructure or merger.",
  sources = {
    { file = "001_a0b54d55111c5a02.txt", section = "Peer support", lines = { 2872, 2883 } },
  },
  recommends = { "peer_support" },

  evaluate = function(a)
    local relocated = is("team.service_change", "relocation")
    local reorganised = is("team.service_change", "restructure") or is("team.service_change", "merger")
    if relocated or reorganised then
      recommend {
        id = "peer_support",
        weight = relocated and 2 or 1,
        driver = "organisation",
        because = fmt("Your team went through a %s; when a reorganisation removed informal peer support in "
                   .. "another service, stress and sickness rose, so protect time and space for colleagues to support each other.",
                      a.team.service_change),
      }
    end
  end,
}

rule {
  id = "isolated_practitioners",
  title = "Practitioners feel isolated",
  description = "The most accessible and effective support is informal support between peers in the office; "
             .. "managers can validate a culture of team support by creating time and space for it. Fires when the "
             .. "manager reports isolation.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "Section 2: Selecting tools", lines = { 369, 369 } },
    { file = "001_a0b54d55111c5a02.txt", section = "Informal support", lines = { 2954, 2971 } },
  },
  recommends = { "peer_support", "protected_reflection_time" },

  evaluate = function(a)
    if has("team.concerns", "isolation") then
      recommend {
        id = "peer_support",
        weight = 2,
        driver = "relationships",
        because = "You see practitioners becoming isolated; 85% of health visitors get support from colleagues "
               .. "sharing an office, so build peer support into the week.",
      }
      recommend {
        id = "protected_reflection_time",
        weight = 1,
        driver = "relationships",
        because = "You see practitioners becoming isolated; create time and space for the team to meet and support "
               .. "each other.",
      }
    end
  end,
}

rule {
  id = "dispersed_staff_not_heard",
  title = "Mobile staff find it hard to be heard",
  description = "A community trust whose staff were spread across a county built an online space so that every "
             .. "member of staff could join the conversation and feel listened to. Fires when most working time "
             .. "is mobile and communication with senior managers (involvement_and_participation.c) is not "
             .. "fully in place, or staff do not feel listened to.",
  sources = {
    { file = "002_fe2525b383c767a8.txt", section = "Case Study 2 (Norfolk Community Health and Care)", lines = { 801, 807 } },
    { file = "000_d1d09049e0b9ad2c.txt", section = "Appendix 2, Factor 4 (c)", lines = { 906, 906 } },
  },
  recommends = { "staff_involvement" },

  evaluate = function(a)
    if at_least("team.mobile_working_share", threshold("mobile_working_high"))
       and (answer("involvement_and_participation.c", "not_met", "partly") or has("team.concerns", "not_listened_to")) then
      recommend {
        id = "staff_involvement",
        weight = 1,
        driver = "organisation",
        because = fmt("Your practitioners spend %s of their time mobile and are not well connected to senior "
                   .. "managers; give them channels that work away from the office to raise ideas and concerns.",
                      percent(a.team.mobile_working_share)),
      }
    end
  end,
}
