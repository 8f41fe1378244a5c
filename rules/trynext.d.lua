---@meta
-- LuaLS annotations for the trynext rule API, so an editor completes it and flags misuse.
-- This file is never loaded as a rule (files ending in .d.lua are skipped).

---@alias trynext.Answer "met"|"partly"|"not_met"|"unknown"
---@alias trynext.Outcome "helped"|"no_change"|"worse"
---@alias trynext.Driver "workload"|"caseload"|"staffing"|"organisation"|"incident"|"safeguarding"|"development"|"relationships"|"wellbeing"|"culture"
---@alias trynext.ServiceChange "none"|"merger"|"restructure"|"relocation"|"new_service_model"
---@alias trynext.Concern "low_morale"|"team_conflict"|"poor_communication"|"stress_sickness"|"compassion_fatigue"|"complex_cases"|"performance_concerns"|"not_listened_to"|"isolation"|"retention"|"large_student_intake"|"interagency_complexity"|"bereavement"|"incident_not_talked_about"

---@class trynext.Source
---@field file string   a source document, e.g. "000_d1d09049e0b9ad2c.txt"
---@field section? string
---@field lines integer[] { first, last }

---@class trynext.Tried
---@field id string
---@field outcome trynext.Outcome

---@class trynext.Team
---@field name? string
---@field headcount integer practitioners in the team
---@field caseload_per_practitioner? number families or cases per whole-time-equivalent practitioner
---@field safeguarding_caseload_share? number 0-1
---@field mobile_working_share? number 0-1
---@field newly_qualified_share? number 0-1, qualified in the last 12 months
---@field sickness_absence_rate? number 0-1
---@field turnover_rate? number 0-1, annual
---@field vacancy_rate? number 0-1
---@field months_since_serious_incident? number nil when none
---@field service_change? trynext.ServiceChange
---@field safeguarding_supervision_interval_months? number
---@field learners_per_mentor? number
---@field learners_per_practice_teacher? number learners each practice teacher supports at once
---@field under_fives_per_health_visitor? number children under five per full-time health visitor
---@field concerns? trynext.Concern[]
---@field in_place? string[] intervention ids
---@field tried? trynext.Tried[]

---@class trynext.FactorScore
---@field score? number 0-1: share of answered indicators met, partly counting half; nil if none answered
---@field answered integer
---@field total integer
---@field met integer
---@field partly integer
---@field not_met integer
---@field unknown integer

---@class trynext.Factors
---@field support trynext.FactorScore
---@field training_and_development trynext.FactorScore
---@field recruitment trynext.FactorScore
---@field involvement_and_participation trynext.FactorScore
---@field client_relationships trynext.FactorScore
---@field health_and_wellbeing trynext.FactorScore
---@field culture trynext.FactorScore

---@class trynext.Assessment
---@field team trynext.Team
---@field answers table<string, trynext.Answer> indicator id ("support.f") -> answer
---@field factors trynext.Factors

---@class trynext.Rule
---@field id string unique snake_case id; never rename
---@field title string
---@field description? string
---@field sources trynext.Source[]
---@field recommends string[] every intervention id the rule may recommend
---@field evaluate fun(a: trynext.Assessment)

---Declares a rule.
---@param r trynext.Rule
function rule(r) end

---@class trynext.Recommendation
---@field id string a catalogue intervention id listed in the rule's recommends
---@field weight? number 1 worth considering, 2 recommended, 3 strongly recommended (default 1)
---@field because string one sentence for the manager, naming the team's own figures
---@field driver? trynext.Driver
---@field urgent? boolean it cannot wait: a recent serious incident, a death (labelled "act now")
---@field gap? boolean the team has it, but below what the sources require (shown as a gap, not "keep going")

---Recommends an intervention.
---@param r trynext.Recommendation
function recommend(r) end

---@param path string e.g. "team.caseload_per_practitioner"
---@param n number
---@return boolean
function at_least(path, n) end
---@param path string
---@param n number
---@return boolean
function at_most(path, n) end
---@param path string
---@param n number
---@return boolean
function above(path, n) end
---@param path string
---@param n number
---@return boolean
function below(path, n) end
---@param path string
---@param value string|number|boolean|nil
---@return boolean
function is(path, value) end
---@param path string a list: "team.concerns", "team.in_place"
---@param value string
---@return boolean
function has(path, value) end
---@param indicator string e.g. "support.f"
---@param ... trynext.Answer
---@return boolean
function answer(indicator, ...) end
---@param indicator string
---@param ... trynext.Answer
---@return boolean
function answer_is_not(indicator, ...) end
---@param id string
---@return boolean
function in_place(id) end
---@param id string
---@return boolean
function not_in_place(id) end
---@param id string
---@return trynext.Outcome|nil
function tried(id) end
---@param path string
---@return any
function value(path) end
---@param indicators string[]
---@param ... trynext.Answer
---@return integer
function count_answers(indicators, ...) end
---@param path string a share of the team, e.g. "team.newly_qualified_share"
---@return integer practitioners, using team.headcount
function count_of(path) end

---@class trynext.Threshold a declaration in rules/thresholds.lua (docs/rules.md, "Thresholds")
---@field id string unique snake_case id, which rules read; never rename
---@field value number the value rules use, within [minimum, maximum]
---@field minimum number the lowest value a policy lead may choose
---@field maximum number the highest value a policy lead may choose
---@field unit string what the number counts, e.g. "share of working days lost to sickness (0 to 1)"
---@field local_choice boolean true: the project's own figure; false: a source's figure, named in sources
---@field why string why the figure was chosen, or what the source says
---@field sources? trynext.Source[] where a source's figure comes from (required when local_choice is false)

---Reads a named threshold inside evaluate (or, in rules/thresholds.lua, declares one).
---@param id string|trynext.Threshold e.g. "sickness_absence_high"
---@return number the value rules/thresholds.lua gives it
function threshold(id) end
---@param share number 0.25
---@return string "25%"
function percent(share) end
---string.format
---@param format string
---@param ... any
---@return string
function fmt(format, ...) end

---Declares a rule test (in rules/tests/*.lua).
---@param t { name: string, input: table, expect?: string[], expect_set?: string[], includes?: string[], excludes?: string[] }
function test(t) end
