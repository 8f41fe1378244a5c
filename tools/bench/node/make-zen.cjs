// Writes zen-subset.json: the ten subset rules as one GoRules ZEN decision (JDM). Run once by hand
// when the subset changes (node make-zen.cjs); bench.mjs checks its decisions against trynext's.
const fs = require('fs');
const R = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `answers['recruitment.${x}']`).join(', ');
const H = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((x) => `answers['health_and_wellbeing.${x}']`).join(', ');
const factor = (name, list) => [
  { key: `factors.${name}.answered`, value: `count([${list}], # in ['met', 'partly', 'not_met'])` },
  { key: `factors.${name}.score`,
    value: `count([${list}], # in ['met', 'partly', 'not_met']) > 0 ? (count([${list}], # == 'met') + 0.5 * count([${list}], # == 'partly')) / count([${list}], # in ['met', 'partly', 'not_met']) : null` },
];
const num = (path, op, n) => `(${path} != null and ${path} ${op} ${n})`;
const sick = num('team.sickness_absence_rate', '>=', 0.05);
const stress = `'stress_sickness' in team.concerns`;
const rows = [
  ['caseload_too_large', `${num('team.under_fives_per_health_visitor', '>=', 300)} or ${num('team.caseload_per_practitioner', '>=', 300)}`,
   ['caseload_review']],
  ['staffing_gap', `${num('team.vacancy_rate', '>=', 0.1)} or ${num('team.turnover_rate', '>=', 0.15)}`, ['caseload_review']],
  ['recruitment_falling_short',
   `${num('team.vacancy_rate', '>=', 0.1)} and ((factors.recruitment.answered >= 3 and factors.recruitment.score < 0.5) or answers['recruitment.c'] in ['not_met', 'partly'])`,
   ['values_based_recruitment']],
  ['stress_sickness_psychological_support', `${sick} or ${stress}`, ['staff_psychological_support']],
  ['occupational_health_missing', `answers['health_and_wellbeing.a'] in ['not_met', 'partly']`, ['staff_psychological_support']],
  ['stress_sickness_restorative_supervision', `(${sick} or ${stress}) and answers['support.e'] != 'met'`, ['restorative_supervision']],
  ['no_safe_space_to_reflect', `answers['health_and_wellbeing.c'] in ['not_met', 'partly']`, ['protected_reflection_time', 'peer_support', 'schwartz_rounds']],
  ['no_safe_space_to_reflect', `answers['health_and_wellbeing.c'] in ['not_met', 'partly'] and ${num('team.headcount', '>=', 6)}`, ['action_learning_sets']],
  ['stress_affecting_health_resilience_skills',
   `${stress} or (factors.health_and_wellbeing.answered >= 3 and factors.health_and_wellbeing.score < 0.5)`, ['resilience_training', 'mindfulness']],
  ['merger_rebuild_the_team', `team.service_change == 'merger'`, ['staff_involvement', 'team_meetings', 'team_building', 'caseload_review']],
  ['serious_incident_structured_debrief',
   `${num('team.months_since_serious_incident', '<=', 6)} or (${num('team.months_since_serious_incident', '<=', 12)} and answers['health_and_wellbeing.f'] == 'not_met')`,
   ['structured_debrief']],
];
let n = 0;
const tableRules = [];
for (const [rule, condition, ids] of rows)
  for (const id of ids) tableRules.push({ _id: `row${++n}`, condition, rule: `'${rule}'`, id: `'${id}'` });
const jdm = {
  contentType: 'application/vnd.gorules.decision',
  nodes: [
    { id: 'request', type: 'inputNode', name: 'Request', position: { x: 0, y: 0 } },
    { id: 'factors', type: 'expressionNode', name: 'Factor scores', position: { x: 250, y: 0 },
      content: { passThrough: true, inputField: null, outputPath: null, executionMode: 'single',
                 expressions: [...factor('recruitment', R), ...factor('health_and_wellbeing', H)].map((e, i) => ({ id: `e${i + 1}`, ...e })) } },
    { id: 'subset', type: 'decisionTableNode', name: 'Subset rules', position: { x: 500, y: 0 },
      content: { hitPolicy: 'collect', passThrough: false, inputField: null, outputPath: 'recommend', executionMode: 'single',
                 inputs: [{ id: 'condition', name: 'Condition', field: '' }],
                 outputs: [{ id: 'rule', name: 'Rule', field: 'rule' }, { id: 'id', name: 'Intervention', field: 'id' }],
                 rules: tableRules } },
    { id: 'response', type: 'outputNode', name: 'Response', position: { x: 750, y: 0 } },
  ],
  edges: [
    { id: 'edge1', sourceId: 'request', targetId: 'factors', type: 'edge' },
    { id: 'edge2', sourceId: 'factors', targetId: 'subset', type: 'edge' },
    { id: 'edge3', sourceId: 'subset', targetId: 'response', type: 'edge' },
  ],
};
fs.writeFileSync(__dirname + '/zen-subset.json', JSON.stringify(jdm, null, 1) + '\n');
