// The team surveys section of a team's page (team.js): the team's surveys with how many have answered,
// "Start a survey" (its single-use codes shown once, to print and hand out, with the respondents'
// address), "Release the results" (the release the service makes and records, checked against every
// earlier one: docs/anonymity.md), with the response rate, what is held back and a link to the report;
// more codes for people who joined, and closing a survey (after a confirmation: it cannot be undone).
import * as api from './api.js';
import {append, h} from './dom.js';

const surveysOf = (id) => api.call('GET', `/v1/teams/${encodeURIComponent(id)}/surveys`);
const createSurvey = (id, body) => api.call('POST', `/v1/teams/${encodeURIComponent(id)}/surveys`, body);
const releaseSurvey = (sid) => api.call('POST', `/v1/surveys/${encodeURIComponent(sid)}/releases`, {});
const moreCodes = (sid, count) => api.call('POST', `/v1/surveys/${encodeURIComponent(sid)}/codes`, {count});
const closeSurvey = (sid) => api.call('POST', `/v1/surveys/${encodeURIComponent(sid)}/close`, {});

const respondAddress = (sid) => `${location.origin}/respond.html#survey=${sid}`;
const dateOf = (iso) => String(iso || '').slice(0, 10);

// helpers: {textField, showErrors, readText, refusal, dateWords} from team.js.
export function surveysSection(main, id, rerender, title, helpers) {
  const box = h('div', {id: 'surveys'}, h('p', {}, 'Loading the team\'s surveys…'));
  surveysOf(id).then((r) => {
    if (!r.ok) return box.replaceChildren(h('p', {class: 'notice'}, helpers.refusal(r, 'The surveys could not be read')));
    box.replaceChildren(surveyList(main, r.body.surveys, helpers, rerender),
                        h('details', {class: 'details form-details', open: r.body.surveys.length === 0},
                          h('summary', {}, 'Start a survey'), startForm(main, id, box, rerender, title, helpers)));
    box.dataset.surveys = String(r.body.surveys.length);  // for the tests
  });
  return h('div', {},
           h('p', {}, 'A survey lets everyone in the team answer the benchmark themselves. You see the team\'s answers ' +
             'only once enough people have answered, and never one person\'s; every figure that could give someone ' +
             'away is held back.'),
           box);
}

// More codes for a survey answered with codes: how many, then the codes shown once, as when it started.
function moreCodesForm(s, item, rerender, helpers) {
  const input = h('input', {class: 'input input-number', id: `more-codes-${s.id}`, inputmode: 'numeric',
                            'aria-describedby': `more-codes-hint-${s.id}`});
  const error = h('p', {class: 'error-message', id: `more-codes-error-${s.id}`, hidden: true});
  const form = h('form', {novalidate: true, class: 'inline-form'},
                 h('div', {class: 'form-group'},
                   h('label', {class: 'label', for: input.id}, 'How many more codes?'),
                   h('div', {class: 'hint', id: `more-codes-hint-${s.id}`}, 'For people who joined the team, or a code that was lost. ' +
                     'A lost code still works if someone finds it, so give new ones only when you must.'),
                   error, input),
                 h('button', {type: 'submit', class: 'button button-secondary'}, 'Make the codes'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const count = Number(input.value.trim());
    const fail = (message) => {
      error.hidden = false;
      error.textContent = message;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `more-codes-hint-${s.id} ${error.id}`);
      input.focus();
    };
    if (!Number.isInteger(count) || count < 1 || count > 500) return fail('Enter how many codes to make, a whole number from 1 to 500');
    const r = await moreCodes(s.id, count);
    if (!r.ok) return fail(helpers.refusal(r, 'No codes were made'));
    item.replaceChildren(codesPanel(r.body, rerender, `${codesWords(r.body.codes.length).replace(/^(\d+) /, '$1 more ')} for this survey`));
    item.querySelector('h3').focus();
  });
  return h('details', {class: 'details form-details'}, h('summary', {}, 'More codes'), form);
}

// Closing asks once more: a closed survey takes no more answers, and cannot be opened again.
function closeControl(s, rerender, helpers) {
  const box = h('div', {class: 'close-survey'});
  const ask = h('button', {type: 'button', class: 'button button-secondary link-button'}, 'Close the survey');
  const draw = () => box.replaceChildren(ask);
  ask.addEventListener('click', () => {
    const yes = h('button', {type: 'button', class: 'button button-warning'}, 'Yes, close the survey');
    const no = h('button', {type: 'button', class: 'button button-secondary'}, 'Keep it open');
    const question = h('p', {class: 'warning-text', tabindex: '-1'}, 'Nobody can answer a closed survey, and it cannot be ' +
                       'opened again. Its results can still be released and its report read.');
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      const r = await closeSurvey(s.id);
      if (r.ok) return rerender();
      yes.disabled = false;
      box.append(h('p', {class: 'error-message'}, helpers.refusal(r, 'The survey was not closed')));
    });
    no.addEventListener('click', () => { draw(); ask.focus(); });
    box.replaceChildren(question, yes, no);
    question.focus();
  });
  draw();
  return box;
}

function surveyList(main, surveys, helpers, rerender) {
  if (!surveys.length) return h('p', {}, 'No survey yet.');
  return h('ul', {class: 'survey-list'}, surveys.map((s) => {
    const result = h('div', {class: 'survey-release', 'aria-live': 'polite'});
    const of = s.settings.headcount ? ` of ${s.settings.headcount}` : '';
    const release = h('button', {type: 'button', class: 'button button-secondary link-button'}, 'Release the results');
    release.addEventListener('click', async () => {
      release.disabled = true;
      const r = await releaseSurvey(s.id);
      release.disabled = false;
      const titles = {};
      const form = await api.call('GET', `/v1/surveys/${encodeURIComponent(s.id)}/form`);
      if (form.ok) for (const f of form.body.factors) titles[f.id] = f.title;
      result.replaceChildren(r.ok ? releaseSummary(s, r.body, titles) : h('p', {class: 'error-message'}, helpers.refusal(r, 'Not released')));
      result.querySelector('[tabindex]')?.focus();
    });
    const item = h('li', {class: 'survey-item', 'data-survey': s.id, 'data-closed': String(!!s.closed)});
    append(item, [h('h3', {tabindex: '-1'}, `Survey started ${helpers.dateWords(dateOf(s.created_at))}${s.closed ? ' (closed)' : ''}`),
                h('p', {}, `${s.responses}${of} people have answered` +
                  (s.access === 'codes' ? `; ${s.codes_used} of ${s.codes_issued} codes used.` : '.'),
                  ` No figure for fewer than ${s.settings.min_n} people.`),
                s.closed ? h('p', {}, 'Closed: nobody can answer it now.')
                  : h('p', {}, 'Respondents answer at ', h('a', {href: respondAddress(s.id)}, respondAddress(s.id))),
                release,
                h('a', {href: `/v1/surveys/${s.id}/report`, class: 'link-button'}, 'Open the latest report'),
                result,
                !s.closed && s.access === 'codes' ? moreCodesForm(s, item, rerender, helpers) : null,
                s.closed ? null : closeControl(s, rerender, helpers)]);
    return item;
  }));
}

const STATUS = {
  released: null,
  no_responses: 'No data yet: nobody has answered.',
  not_enough_responses: 'Not enough responses yet: nothing is shown until the minimum have answered.',
  refused_over_time: 'Not released now: too few have answered since the last release, and comparing the two would show their answers. Wait until more have answered.',
};

// The factors in the instrument's order (titles holds them in that order), not the JSON's.
function ordered(factors, titles) {
  const order = Object.keys(titles);
  return Object.entries(factors).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

// A suppression's message, with the group it is about when the message does not name it.
// The engine's messages name their group in words; a release recorded before they did may not.
function heldBack(x) {
  const words = String(x.target || '').replace(/_/g, ' ');
  if (x.scope !== 'group' || !x.target || x.message.includes(x.target) || x.message.includes(words)) return x.message;
  return `${words}: ${x.message}`;
}

const CHOICE_WORDS = [['met', 'met'], ['partly', 'partly'], ['not_met', 'not met'], ['unknown', "don't know"]];

// One factor's answers as a bar of four parts, each labelled with its count (colour is not the only cue);
// the table after the bars gives the same counts to a screen reader, so the bars are hidden from it.
function stackedBar(title, c) {
  const total = CHOICE_WORDS.reduce((n, [k]) => n + (c[k] || 0), 0) || 1;
  return h('div', {class: 'stacked-row', 'aria-hidden': 'true'},
           h('span', {class: 'stacked-title'}, title),
           h('span', {class: 'stacked-bar'}, CHOICE_WORDS.filter(([k]) => c[k]).map(([k, w]) => {
             const part = h('span', {class: `stacked-part swatch-${k}`, title: `${c[k]} ${w}`}, String(c[k]));
             part.style.width = `${(100 * c[k]) / total}%`;  // through the CSSOM: the page's CSP refuses style attributes
             return part;
           })));
}

function releaseSummary(survey, body, titles) {
  const r = body.release;
  const rate = r.response_rate == null ? '' : ` (${Math.round(r.response_rate * 100)}%)`;
  const lines = [h('p', {class: 'notification-heading', tabindex: '-1'},
                   `${r.respondents}${r.headcount ? ` of ${r.headcount}` : ''} people answered${rate}.`)];
  if (r.low_response_rate) lines.push(h('p', {class: 'warning-text'}, 'Fewer than half the team answered: these answers may not be the whole team\'s view.'));
  if (STATUS[r.status]) lines.push(h('p', {class: 'notice'}, STATUS[r.status]));
  if (r.status === 'released' && r.team.shown) {
    lines.push(h('h4', {}, 'How the team answered, factor by factor'),
               h('p', {class: 'legend-line'}, CHOICE_WORDS.map(([k, w]) => h('span', {class: `swatch swatch-${k}`}, w))),
               ordered(r.team.factors, titles).map(([f, c]) => stackedBar(titles[f] || f.replace(/_/g, ' '), c)));
    lines.push(h('table', {class: 'table'},
                 h('caption', {class: 'table-caption'}, 'Every answer to each factor\'s statements'),
                 h('thead', {}, h('tr', {}, ['Factor', 'Met', 'Partly', 'Not met', "Don't know"].map((c) => h('th', {scope: 'col'}, c)))),
                 h('tbody', {}, ordered(r.team.factors, titles).map(([f, c]) => h('tr', {},
                   h('th', {scope: 'row'}, titles[f] || f.replace(/_/g, ' ')), [c.met, c.partly, c.not_met, c.unknown].map((n) => h('td', {}, String(n))))))));
  }
  if (r.suppressions.length)
    lines.push(h('h4', {}, 'What is held back, and why'), h('ul', {}, r.suppressions.map((x) => h('li', {}, heldBack(x)))));
  if (body.result)
    lines.push(h('p', {}, `Recommendations from the team's answers: `,
                 body.result.recommendations.slice(0, 5).map((x) => x.title).join('; '), '. ',
                 h('a', {href: `/v1/surveys/${survey.id}/report`}, 'The full report'), '.'));
  return h('div', {class: 'survey-release-body'}, lines);
}

function startForm(main, id, box, rerender, title, helpers) {
  const form = h('form', {novalidate: true, class: 'team-form', id: 'survey-form'},
                 helpers.textField('survey-headcount', 'How many people are in the team?',
                                   'For the response rate, and one response code each.', {field: 'headcount', narrow: true, inputmode: 'numeric'}),
                 helpers.textField('survey-groups', 'Groups respondents may choose from (optional)',
                                   'Roles, separated by commas, for example health visitor, nursery nurse. A group\'s ' +
                                   'answers are shown only when enough of it answer; leave empty to ask no group.',
                                   {field: 'groups'}),
                 helpers.textField('survey-min', 'Fewest people whose answers may be shown',
                                   'At least 3; 5 unless you choose more. It cannot change once someone has answered.',
                                   {field: 'min_n', narrow: true, inputmode: 'numeric', value: '5'}),
                 h('button', {type: 'submit', class: 'button'}, 'Start the survey'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const errors = [];
    const headcount = Number(helpers.readText(form, 'headcount'));
    const minN = Number(helpers.readText(form, 'min_n') || '5');
    if (!Number.isInteger(headcount) || headcount < 1 || headcount > 500)
      errors.push({field: 'headcount', message: 'Enter how many people are in the team, a whole number from 1 to 500'});
    if (!Number.isInteger(minN) || minN < 3) errors.push({field: 'min_n', message: 'The fewest people must be a whole number, at least 3'});
    if (errors.length) return helpers.showErrors(main, form, errors, title);
    const groups = helpers.readText(form, 'groups').split(',').map((g) => g.trim().toLowerCase().replace(/\s+/g, '_')).filter(Boolean);
    const settings = {min_n: minN, headcount};
    if (groups.length) Object.assign(settings, {group_field: 'role', groups});
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    const r = await createSurvey(id, {settings, codes: headcount});
    button.disabled = false;
    if (!r.ok) return helpers.showErrors(main, form, [{field: null, message: helpers.refusal(r, 'The survey was not started')}], title);
    box.replaceChildren(codesPanel(r.body, rerender));
    box.querySelector('h3').focus();
  });
  return form;
}

const codesWords = (n) => `${n} response code${n === 1 ? '' : 's'}`;

// heading: what the codes are for; by default those of a survey just started.
function codesPanel(body, rerender, heading = `The survey has started: ${codesWords(body.codes.length)}`) {
  const sid = body.survey.id;
  const back = h('button', {type: 'button', class: 'button link-button'}, 'I have kept the codes');
  back.addEventListener('click', rerender);
  const print = h('button', {type: 'button', class: 'button button-secondary link-button'}, 'Print the codes');
  print.addEventListener('click', () => window.print());
  return h('div', {class: 'codes-panel'},
           h('h3', {tabindex: '-1'}, heading),
           h('p', {class: 'warning-text'}, 'These codes are shown only now: the service keeps only a scrambled form of ' +
             'each. Print them or copy them, and give one to each person, without noting who got which.'),
           h('p', {}, 'Each person answers at ', h('strong', {}, respondAddress(sid)), ' with their code.'),
           h('ol', {class: 'codes-list'}, body.codes.map((c) => h('li', {}, h('code', {}, c)))),
           print, back);
}
