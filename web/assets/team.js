// A team's history in the browser (issue 17): open a team by id; its assessments over time with their
// factor counts and change, its actions with their outcomes, its monthly figures as run charts with the
// actions' start dates marked; forms to start an action, record how one went, enter a month's figures
// and assess the team from the questionnaire's answers, then the report with the history. Everything
// shown is set as text (dom.js); writes carry the bearer token kept in this tab's session storage.
import * as api from './api.js';
import {catalogue, catalogueTitle, showSummary} from './app.js';
import {h, words} from './dom.js';
import {showReport} from './results.js';
import {runChart} from './run_chart.js';
import {surveysSection} from './surveys.js';
import * as state from './state.js';

const OUTCOME_WORDS = {helped: 'It helped', no_change: 'No change', worse: 'Things got worse',
                       stopped: 'Stopped before it could be judged'};
const STATUS_WORDS = {planned: 'Planned', running: 'Running', finished: 'Finished', stopped: 'Stopped'};
const MEASURES = [['sickness_absence_rate', 'Sickness absence'], ['turnover_rate', 'Turnover'],
                  ['vacancy_rate', 'Vacancies']];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
                'November', 'December'];

let flash = null;       // what the last write did, shown once at the top of the next page
let lastAssess = null;  // the answer of the last assessment made here: {team, changes, limits, history}

export const dateWords = (d) => {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(String(d || ''));
  if (!m) return String(d || '');
  return `${m[3] ? Number(m[3]) + ' ' : ''}${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
};
export const percent = (v) => (typeof v === 'number' ? `${Math.round(v * 1000) / 10}%` : '');
const todayUtc = () => new Date().toISOString().slice(0, 10);
const teamHref = (id, more = '') => `#/teams/${encodeURIComponent(id)}${more}`;

// The routes: #/teams, #/teams/ID, #/teams/ID/report.
export function renderTeams(main, setPage, backLink, parts) {
  const [id, sub] = parts;
  if (!id) return teamsPage(main, setPage, backLink);
  if (sub === 'report') return reportPage(main, setPage, backLink, id);
  return teamPage(main, setPage, backLink, id);
}

// A service's refusal in words a manager can act on.
function refusal(r, what) {
  if (r.status === 401 && !api.token())
    return `${what}: changes need the service's access token. Enter it under "Making changes".`;
  if (r.status === 401)
    return `${what}: the service did not accept the access token (${r.error.message}). Enter the token again below.`;
  if (r.status === 403)
    return `${what}: this service does not allow changes (${r.error.message}).`;
  if (r.error && r.error.code === 'no_store')
    return 'This service keeps no history: whoever runs it should start trynext serve with --store PATH.';
  return `${what}: ${r.error ? r.error.message : `the server answered ${r.status}`}`;
}

// ---- #/teams: open a team ----

async function teamsPage(main, setPage, backLink) {
  const input = h('input', {class: 'input input-text', id: 'team-id', name: 'team', type: 'text', autocomplete: 'off',
                            spellcheck: 'false', 'aria-describedby': 'team-id-hint'});
  const form = h('form', {novalidate: true},
                 h('div', {class: 'form-group', id: 'team-id-group', 'data-field': 'team'},
                   h('label', {class: 'label', for: 'team-id'}, "The team's id"),
                   h('div', {class: 'hint', id: 'team-id-hint'}, 'The short id the team is kept under, such as ' +
                     '"north": small letters, digits, - and _. A new id starts a new team when you first assess it.'),
                   h('p', {class: 'error-message', id: 'team-id-error', hidden: true}),
                   input),
                 h('button', {type: 'submit', class: 'button'}, 'Open the team'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const id = input.value.trim();
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(id)) {
      const message = id ? `Team id "${id}" may hold only small letters, digits, - and _ (up to 64)`
                         : "Enter the team's id";
      const error = form.querySelector('#team-id-error');
      error.hidden = false;
      error.replaceChildren(h('span', {class: 'visually-hidden'}, 'Error: '), message);
      form.querySelector('#team-id-group').classList.add('form-group-error');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'team-id-hint team-id-error');
      document.title = "Error: Your teams' history – trynext";
      return showSummary(main, [{id: 'team-id', message}]);
    }
    location.hash = teamHref(id);
  });
  const listBox = h('div', {id: 'team-list'}, h('p', {}, 'Looking for the teams kept by this service…'));
  setPage("Your teams' history", backLink('#/'),
          h('h1', {}, "Your teams' history"),
          h('p', {class: 'lead'}, 'What each team tried, whether it helped, and how its figures moved: kept by this ' +
            'service so that the next answer takes it into account.'),
          h('p', {}, 'Teams, not people: the history holds a team\'s answers, dates and figures. Write roles ' +
            '("team lead"), never names or health details.'),
          listBox,
          h('h2', {}, 'Open a team'), form);
  const r = await api.teams();
  if (r.ok) {
    const list = r.body.teams || [];
    listBox.replaceChildren(list.length
        ? h('div', {}, h('h2', {}, 'Teams kept here'),
            h('ul', {class: 'list team-list'}, list.map((t) => h('li', {},
              h('a', {href: teamHref(t.id)}, t.name || t.id), ` (${t.id})`))))
        : h('p', {}, 'No team is kept here yet. Open a team by its id below, then assess it to start its history.'));
  } else {
    listBox.replaceChildren(h('p', {class: 'notice'}, refusal(r, 'The teams could not be listed')));
  }
}

// ---- #/teams/ID: the team's page ----

function tokenBox(rerender) {
  if (api.token()) {
    const forget = h('button', {type: 'button', class: 'button button-secondary'}, 'Forget the token');
    forget.addEventListener('click', () => { api.setToken(''); rerender(); });
    return h('section', {class: 'token-box', 'aria-labelledby': 'token-heading'},
             h('h2', {id: 'token-heading'}, 'Making changes'),
             h('p', {}, 'This browser tab holds the service\'s access token, so you can record changes. It is kept ' +
               'in this tab only (session storage) and forgotten when you close it; it is never saved with your ' +
               'answers or in a file.'),
             forget);
  }
  const input = h('input', {class: 'input input-text', id: 'token-input', type: 'password', autocomplete: 'off',
                            'aria-describedby': 'token-hint'});
  const form = h('form', {novalidate: true},
                 h('div', {class: 'form-group'},
                   h('label', {class: 'label', for: 'token-input'}, 'Access token'),
                   h('div', {class: 'hint', id: 'token-hint'}, 'Ask whoever runs trynext for it. It is kept in this ' +
                     'browser tab only (session storage) and forgotten when you close the tab; it is never saved ' +
                     'with your answers or in a file.'),
                   input),
                 h('button', {type: 'submit', class: 'button button-secondary'}, 'Use this token'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    api.setToken(input.value.trim());
    flash = api.token() ? 'The token is kept in this tab until you close it.' : null;
    rerender();
  });
  return h('section', {class: 'token-box', 'aria-labelledby': 'token-heading'},
           h('h2', {id: 'token-heading'}, 'Making changes'),
           h('p', {}, 'Reading the history needs nothing. To record anything (an assessment, an action, how it went, a ' +
             "month's figures) the service needs its access token."),
           form);
}

// Totals over the factors of one recorded result.
function counts(result) {
  const c = {met: 0, partly: 0, not_met: 0, unknown: 0, total: 0};
  for (const f of Object.values((result && result.factors) || {})) {
    c.met += f.met || 0;
    c.partly += f.partly || 0;
    c.not_met += f.not_met || 0;
    c.total += f.total || 0;
  }
  c.unknown = c.total - c.met - c.partly - c.not_met;
  return c;
}

function signed(n) { return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0'; }

// A table in a region that scrolls on a narrow screen, reachable by keyboard.
function scrolling(label, table) {
  return h('div', {class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: '0'}, table);
}

function assessmentsTable(history) {
  if (!history.assessments.length) return h('p', {}, 'No assessment recorded yet.');
  let previous = null;
  const rows = history.assessments.map((a) => {
    const c = counts(a.result);
    const change = previous
        ? `${signed(c.met - previous.met)} met, ${signed(c.not_met - previous.not_met)} not met`
        : 'The first';
    previous = c;
    const top = ((a.result && a.result.recommendations) || []).slice(0, 3).map((r) => r.title).join('; ');
    return h('tr', {},
             h('th', {scope: 'row'}, dateWords(a.assessed_on)),
             h('td', {class: 'num'}, String(c.met)), h('td', {class: 'num'}, String(c.partly)),
             h('td', {class: 'num'}, String(c.not_met)), h('td', {class: 'num'}, String(c.unknown)),
             h('td', {}, change), h('td', {}, top || 'Nothing'));
  });
  return scrolling('Assessments', h('table', {class: 'table', id: 'assessments-table'},
    h('caption', {class: 'visually-hidden'}, 'Assessments over time, with the indicators of all seven factors'),
    h('thead', {}, h('tr', {}, ['Assessed', 'Met', 'Partly', 'Not met', "Don't know or not answered",
                                'Change since the one before', 'Top recommendations then']
                                  .map((t) => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, rows)));
}

// Each factor's indicators met at each assessment, and the change between the last two.
function factorTable(history) {
  const list = history.assessments;
  if (!list.length) return null;
  const factors = Object.entries((list[list.length - 1].result || {}).factors || {});
  const met = (a, id) => ((a.result && a.result.factors && a.result.factors[id]) || {}).met;
  return h('details', {class: 'details', open: list.length > 1},
           h('summary', {}, 'Indicators met, factor by factor'),
           scrolling('Indicators met by factor', h('table', {class: 'table', id: 'factors-table'},
             h('caption', {class: 'visually-hidden'}, 'Indicators met in each factor at each assessment'),
             h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Factor'),
                              list.map((a) => h('th', {scope: 'col', class: 'num'}, dateWords(a.assessed_on))),
                              list.length > 1 ? h('th', {scope: 'col', class: 'num'}, 'Change') : null)),
             h('tbody', {}, factors.map(([id, f]) => {
               const now = met(list[list.length - 1], id);
               const before = list.length > 1 ? met(list[list.length - 2], id) : undefined;
               return h('tr', {'data-factor': id}, h('th', {scope: 'row'}, f.title || words(id)),
                        list.map((a) => h('td', {class: 'num'}, met(a, id) === undefined ? '–' : `${met(a, id)} of ${f.total}`)),
                        list.length > 1 ? h('td', {class: 'num'}, typeof before === 'number' ? signed(now - before) : '–') : null);
             })))));
}

function latestOutcome(history, action) {
  const mine = history.outcomes.filter((o) => o.action === action.id);
  return mine.length ? mine[mine.length - 1] : null;
}

function actionsTable(history) {
  if (!history.actions.length) return h('p', {}, 'No action recorded yet.');
  return scrolling('Actions', h('table', {class: 'table', id: 'actions-table'},
    h('caption', {class: 'visually-hidden'}, 'Actions the team started, with how each went'),
    h('thead', {}, h('tr', {}, ['Intervention', 'Owner', 'Started', 'Review', 'Dose', 'Delivered as planned', 'Status',
                                'Latest outcome'].map((t) => h('th', {scope: 'col'}, t)))),
    h('tbody', {}, history.actions.map((a) => {
      const o = latestOutcome(history, a);
      const delivered = a.delivered_as_planned === true ? 'Yes' : a.delivered_as_planned === false ? 'No' : 'Not said';
      return h('tr', {'data-action': a.id, 'data-intervention': a.intervention},
               h('th', {scope: 'row'}, catalogueTitle(a.intervention)),
               h('td', {}, a.owner || '–'), h('td', {}, dateWords(a.start_date)),
               h('td', {}, a.review_date ? dateWords(a.review_date) : '–'), h('td', {}, a.dose || '–'),
               h('td', {}, delivered), h('td', {}, STATUS_WORDS[a.status] || words(a.status)),
               h('td', {class: 'outcome-cell'}, o ? [h('strong', {}, OUTCOME_WORDS[o.outcome] || words(o.outcome)),
                                                     ` on ${dateWords(o.date)}`, o.note ? `: ${o.note}` : '']
                                                  : 'Not judged yet'));
    }))));
}

function measuresSection(history) {
  if (!history.measures.length) return [h('p', {}, 'No monthly figures entered yet.')];
  const out = [];
  for (const [key, label] of MEASURES) {
    const points = history.measures.filter((m) => typeof m[key] === 'number').map((m) => ({month: m.month, value: m[key]}));
    if (!points.length) continue;
    const judged = (history.run_charts || []).find((c) => c.measure === key) || {};
    out.push(h('div', {class: 'run-chart-block', 'data-measure': key},
               h('h3', {}, label),
               h('p', {class: 'verdict', id: `verdict-${key}`}, judged.verdict || ''),
               runChart({key, label, points, median: judged.median,
                         actions: history.actions.map((a) => ({month: a.start_date.slice(0, 7), date: a.start_date,
                                                               title: catalogueTitle(a.intervention)}))})));
  }
  out.push(h('details', {class: 'details'}, h('summary', {}, 'The figures as a table'),
             scrolling('Monthly figures', h('table', {class: 'table', id: 'measures-table'},
               h('caption', {class: 'visually-hidden'}, 'Monthly figures'),
               h('thead', {}, h('tr', {}, ['Month', ...MEASURES.map((m) => m[1])].map((t) => h('th', {scope: 'col'}, t)))),
               h('tbody', {}, history.measures.map((m) => h('tr', {}, h('th', {scope: 'row'}, dateWords(m.month)),
                                                            MEASURES.map(([k]) => h('td', {class: 'num'},
                                                                                    percent(m[k]) || '–')))))))));
  return out;
}

// ---- the forms ----

// One labelled input; kind: text, a percentage, or a date.
function textField(id, label, hint, attrs = {}) {
  return h('div', {class: 'form-group', id: `${id}-group`, 'data-field': attrs.field || id},
           h('label', {class: 'label', for: id}, label),
           hint ? h('div', {class: 'hint', id: `${id}-hint`}, hint) : null,
           h('p', {class: 'error-message', id: `${id}-error`, hidden: true}),
           h('div', {class: 'input-wrapper'},
             h('input', {class: `input ${attrs.narrow ? 'input-number' : 'input-text'}`, id, name: attrs.field || id,
                         type: 'text', autocomplete: 'off', value: attrs.value || '', inputmode: attrs.inputmode,
                         'aria-describedby': hint ? `${id}-hint` : null}),
             attrs.suffix ? h('div', {class: 'input-suffix', 'aria-hidden': 'true'}, attrs.suffix) : null));
}

function radios(name, legend, choices, hint) {
  return h('div', {class: 'form-group', id: `${name}-group`, 'data-field': name},
           h('fieldset', {class: 'fieldset', 'aria-describedby': hint ? `${name}-hint` : null},
             h('legend', {class: 'fieldset-legend'}, legend),
             hint ? h('div', {class: 'hint', id: `${name}-hint`}, hint) : null,
             h('p', {class: 'error-message', id: `${name}-error`, hidden: true}),
             h('div', {class: 'radios'}, choices.map(([v, text], i) => h('div', {class: 'radio'},
               h('input', {class: 'radio-input', type: 'radio', name, id: `${name}-${i}`, value: v}),
               h('label', {class: 'radio-label', for: `${name}-${i}`}, text))))));
}

function selectField(id, label, options, hint) {
  return h('div', {class: 'form-group', id: `${id}-group`, 'data-field': id},
           h('label', {class: 'label', for: id}, label),
           hint ? h('div', {class: 'hint', id: `${id}-hint`}, hint) : null,
           h('p', {class: 'error-message', id: `${id}-error`, hidden: true}),
           h('select', {class: 'select', id, name: id, 'aria-describedby': hint ? `${id}-hint` : null},
             options.map(([v, text]) => h('option', {value: v}, text))));
}

// Shows errors ({field, message}) beside their fields in form and in the summary at the top of main.
function showErrors(main, form, errors, title) {
  main.querySelector('#flash')?.remove();  // what the last write did is old news beside a problem
  for (const group of form.querySelectorAll('[data-field]')) {
    const e = errors.find((x) => x.field === group.dataset.field);
    group.classList.toggle('form-group-error', !!e);
    const message = group.querySelector('.error-message');
    if (message) {
      message.hidden = !e;
      message.replaceChildren(...(e ? [h('span', {class: 'visually-hidden'}, 'Error: '), e.message] : []));
    }
    const control = group.querySelector('input.input, select');
    if (control) {
      if (e) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
  document.title = `${errors.length ? 'Error: ' : ''}${title} – trynext`;
  showSummary(main, errors.map((e) => {
    const group = e.field && form.querySelector(`[data-field="${e.field}"]`);
    const control = (group && group.querySelector('input, select')) || document.getElementById('token-input') ||
                    form.querySelector('input, select');
    return {id: control ? control.id : '', message: e.message};
  }));
}

// The field a store's message names ("month: must be YYYY-MM"), when it is one of the form's.
function fieldOf(form, message) {
  const m = /^([a-z_]+):/.exec(String(message || ''));
  return m && form.querySelector(`[data-field="${m[1]}"]`) ? m[1] : null;
}

// Sends a form's write; on success remembers what it did and shows the page again.
async function submitWrite(main, form, title, send, done, rerender) {
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  const r = await send();
  button.disabled = false;
  if (!r.ok) {
    const message = refusal(r, 'Not recorded');
    const field = r.status === 400 ? fieldOf(form, r.error.message) : null;
    return showErrors(main, form, [{field, message: field ? `${words(field)}: ${r.error.message.replace(/^[a-z_]+: /, '')}` : message}], title);
  }
  flash = done(r.body);
  rerender();
}

const readText = (form, name) => (form.querySelector(`[name="${name}"]`)?.value || '').trim();
const readRadio = (form, name) => form.querySelector(`input[name="${name}"]:checked`)?.value || '';

function startActionForm(main, id, history, rerender, title) {
  const latest = history.assessments.length ? history.assessments[history.assessments.length - 1].result : null;
  const recommended = ((latest && latest.recommendations) || []).map((r) => r.id);
  const all = catalogue().interventions.map((i) => [i.id, i.title]);
  const options = [['', 'Choose an intervention'],
                   ...all.filter(([v]) => recommended.includes(v))
                       .sort((a, b) => recommended.indexOf(a[0]) - recommended.indexOf(b[0]))
                       .map(([v, t]) => [v, `${t} (recommended)`]),
                   ...all.filter(([v]) => !recommended.includes(v))];
  const form = h('form', {novalidate: true, class: 'team-form', id: 'start-action-form'},
                 selectField('intervention', 'Intervention', options,
                             'The ones the latest assessment recommended come first.'),
                 textField('owner', 'Who leads it', 'A role is enough, such as "team lead". No names.'),
                 textField('start_date', 'Start date', 'For example, 2026-03-15.', {value: todayUtc(), narrow: true}),
                 textField('review_date', 'When the team will judge it (optional)', 'For example, 2026-09-15.',
                           {narrow: true}),
                 textField('dose', 'What is planned (optional)', 'In words, such as "monthly, 6 sessions".'),
                 h('button', {type: 'submit', class: 'button'}, 'Start this action'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const intervention = readText(form, 'intervention');
    if (!intervention) return showErrors(main, form, [{field: 'intervention', message: 'Choose the intervention the team starts'}], title);
    const body = {intervention, start_date: readText(form, 'start_date') || todayUtc()};
    for (const k of ['owner', 'review_date', 'dose']) if (readText(form, k)) body[k] = readText(form, k);
    submitWrite(main, form, title, () => api.startAction(id, body),
                (a) => `Action started: ${catalogueTitle(a.intervention)}, from ${dateWords(a.start_date)}.`, rerender);
  });
  return form;
}

function actionChoices(history) {
  return [['', 'Choose an action'],
          ...history.actions.map((a) => [a.id, `${catalogueTitle(a.intervention)}, started ${dateWords(a.start_date)}`])];
}

function outcomeForm(main, history, rerender, title) {
  const form = h('form', {novalidate: true, class: 'team-form', id: 'outcome-form'},
                 selectField('outcome_action', 'Which action', actionChoices(history)),
                 radios('outcome', 'How did it go?', Object.entries(OUTCOME_WORDS)),
                 textField('outcome_date', 'When the team judged it', 'For example, 2026-09-20.',
                           {value: todayUtc(), narrow: true, field: 'date'}),
                 textField('outcome_note', 'What the team saw (optional)', 'A sentence, such as "fewer days lost". ' +
                           'No names or health details.', {field: 'note'}),
                 h('button', {type: 'submit', class: 'button'}, 'Record how it went'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const actionId = readText(form, 'outcome_action');
    const outcome = readRadio(form, 'outcome');
    const errors = [];
    if (!actionId) errors.push({field: 'outcome_action', message: 'Choose the action the outcome is for'});
    if (!outcome) errors.push({field: 'outcome', message: 'Say how the action went'});
    if (errors.length) return showErrors(main, form, errors, title);
    const body = {outcome, date: readText(form, 'date') || todayUtc()};
    if (readText(form, 'note')) body.note = readText(form, 'note');
    submitWrite(main, form, title, () => api.recordOutcome(actionId, body), (o) => {
      const a = history.actions.find((x) => x.id === actionId);
      return `Outcome recorded: ${catalogueTitle(a.intervention)}, ${OUTCOME_WORDS[o.outcome].toLowerCase()}.`;
    }, rerender);
  });
  return form;
}

function changeActionForm(main, history, rerender, title) {
  const form = h('form', {novalidate: true, class: 'team-form', id: 'change-action-form'},
                 selectField('change_action', 'Which action', actionChoices(history)),
                 radios('delivered_as_planned', 'Was it delivered as planned?', [['yes', 'Yes'], ['no', 'No']]),
                 selectField('status', 'Status', [['', 'Leave as it is'], ...Object.entries(STATUS_WORDS)]),
                 h('button', {type: 'submit', class: 'button button-secondary'}, 'Save the change'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const actionId = readText(form, 'change_action');
    if (!actionId) return showErrors(main, form, [{field: 'change_action', message: 'Choose the action to change'}], title);
    const body = {};
    const delivered = readRadio(form, 'delivered_as_planned');
    if (delivered) body.delivered_as_planned = delivered === 'yes';
    if (readText(form, 'status')) body.status = readText(form, 'status');
    if (!Object.keys(body).length)
      return showErrors(main, form, [{field: 'delivered_as_planned', message: 'Say whether it was delivered, or choose a status'}], title);
    submitWrite(main, form, title, () => api.updateAction(actionId, body),
                (a) => `Action changed: ${catalogueTitle(a.intervention)}.`, rerender);
  });
  return form;
}

function measureForm(main, id, rerender, title) {
  const form = h('form', {novalidate: true, class: 'team-form', id: 'measure-form'},
                 textField('month', 'Month', 'As year and month, for example 2026-04. A month entered again is ' +
                           'replaced.', {narrow: true}),
                 MEASURES.map(([k, label]) => textField(`measure-${k}`, `${label} (optional)`, null,
                                                        {field: k, narrow: true, suffix: '%', inputmode: 'decimal'})),
                 h('button', {type: 'submit', class: 'button'}, "Save the month's figures"));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const errors = [];
    const body = {month: readText(form, 'month')};
    if (!body.month) errors.push({field: 'month', message: 'Enter the month, for example 2026-04'});
    for (const [k, label] of MEASURES) {
      const text = readText(form, k).replace(/%$/, '');
      if (!text) continue;
      const n = Number(text);
      if (!Number.isFinite(n) || n < 0 || n > 100) errors.push({field: k, message: `${label} must be a percentage from 0 to 100, got ${text}`});
      else body[k] = Math.round(n * 100) / 10000;
    }
    if (!errors.length && Object.keys(body).length < 2)
      errors.push({field: 'sickness_absence_rate', message: 'Enter at least one figure for the month'});
    if (errors.length) return showErrors(main, form, errors, title);
    submitWrite(main, form, title, () => api.putMeasure(id, body),
                (m) => `Figures recorded for ${dateWords(m.month)}.`, rerender);
  });
  return form;
}

function assessForm(main, id, rerender, title) {
  const answered = Object.keys(state.answers()).length;
  const figures = Object.keys(state.team()).length;
  const form = h('form', {novalidate: true, class: 'team-form', id: 'assess-form'},
                 textField('assessed_on', 'The date the answers describe', 'For example, 2026-09-01.',
                           {value: todayUtc(), narrow: true, field: 'date'}),
                 h('button', {type: 'submit', class: 'button'}, 'Assess the team and record it'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!answered && !figures)
      return showErrors(main, form, [{field: 'date', message: 'There are no answers in this browser yet: fill in the questionnaire first'}], title);
    const button = form.querySelector('button');
    button.disabled = true;
    const r = await api.assessTeam(id, state.current(), readText(form, 'date'));
    button.disabled = false;
    if (!r.ok) {
      const problems = (r.error && r.error.problems) || [];
      const message = problems.length ? `The answers have a problem: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`
                                      : refusal(r, 'Not recorded');
      const field = r.status === 400 && /^date:/.test(r.error.message) ? 'date' : null;
      return showErrors(main, form, [{field, message}], title);
    }
    lastAssess = {team: id, changes: r.body.changes || [], limits: r.body.changes_limits || '',
                  history: r.body.history || {}, repeated: r.body.repeated};
    location.hash = teamHref(id, '/report');
  });
  return h('div', {},
           h('p', {}, `The questionnaire's answers in this browser (${answered} statements answered, ${figures} answers ` +
             'about the team) are ' +
             'sent with the team\'s history: what is running is acknowledged, and what was tried without benefit ' +
             'ranks lower. ', h('a', {href: '#/tasks'}, 'Check or change the answers first'), '.'),
           form);
}

async function teamPage(main, setPage, backLink, id) {
  const rerender = () => teamPage(main, setPage, backLink, id);
  delete document.body.dataset.team;
  const r = await api.teamHistory(id);
  const shownFlash = flash;
  flash = null;
  const banner = shownFlash ? h('div', {class: 'notification-banner', role: 'status', tabindex: '-1', id: 'flash'},
                                h('p', {class: 'notification-heading'}, shownFlash)) : null;
  if (!r.ok && !(r.status === 404 && r.error.code === 'not_found')) {
    return setPage('The team could not be opened', backLink('#/teams'),
                   h('h1', {}, 'The team could not be opened'), h('p', {}, refusal(r, `Team ${id}`)),
                   h('p', {}, h('a', {href: '#/teams'}, 'Open another team')));
  }
  const title = r.ok ? r.body.team.name || id : `New team: ${id}`;
  if (!r.ok) {
    // Not kept yet: assessing it starts its history.
    setPage(title, backLink('#/teams'), banner,
            h('span', {class: 'caption'}, `Team ${id}`),
            h('h1', {}, title),
            h('p', {}, `No team with the id "${id}" is kept here yet. Assess it to start its history; the team's ` +
              'name is taken from the questionnaire.'),
            tokenBox(rerender),
            h('h2', {id: 'assess-heading'}, 'Assess the team'), assessForm(main, id, rerender, title));
    if (banner) banner.focus();
    return;
  }
  const history = r.body;
  const hasActions = history.actions.length > 0;
  setPage(title, backLink('#/teams'), banner,
          h('span', {class: 'caption'}, `Team ${id}`),
          h('h1', {}, title),
          h('nav', {class: 'contents', 'aria-label': 'On this page'},
            h('ul', {class: 'contents-list'},
              [['#assessments-heading', 'Assessments'], ['#actions-heading', 'Actions'],
               ['#measures-heading', 'Monthly figures'], ['#surveys-heading', 'Team surveys'],
               ['#assess-heading', 'Assess the team again']]
                  .map(([href, text]) => h('li', {}, h('a', {href, 'data-scroll': 'yes'}, text))))),
          tokenBox(rerender),
          h('h2', {id: 'assessments-heading'}, 'Assessments'),
          assessmentsTable(history),
          factorTable(history),
          history.assessments.length ? h('p', {}, h('a', {href: teamHref(id, '/report'), class: 'button button-secondary',
                                                         role: 'button', draggable: 'false'},
                                                     'See what to try next now')) : null,
          h('h2', {id: 'actions-heading'}, 'Actions'),
          actionsTable(history),
          h('details', {class: 'details form-details', open: !hasActions},
            h('summary', {}, 'Start an action'), startActionForm(main, id, history, rerender, title)),
          hasActions ? h('details', {class: 'details form-details'},
                         h('summary', {}, 'Record how an action went'), outcomeForm(main, history, rerender, title)) : null,
          hasActions ? h('details', {class: 'details form-details'},
                         h('summary', {}, 'Change an action: delivered, status'),
                         changeActionForm(main, history, rerender, title)) : null,
          h('h2', {id: 'measures-heading'}, 'Monthly figures'),
          h('p', {class: 'hint'}, 'Read as run charts: the median is the centre line, and a shift is six or more ' +
            'months in a row on one side of it. With fewer than ten months there is not enough data yet to tell a ' +
            'change from the usual ups and downs.'),
          measuresSection(history),
          h('details', {class: 'details form-details'}, h('summary', {}, "Enter a month's figures"),
            measureForm(main, id, rerender, title)),
          h('h2', {id: 'surveys-heading'}, 'Team surveys'),
          surveysSection(main, id, rerender, title, {textField, showErrors, readText, refusal, dateWords}),
          h('h2', {id: 'assess-heading'}, 'Assess the team again'),
          assessForm(main, id, rerender, title));
  // The contents' links move within the page and leave the address to the router.
  for (const a of main.querySelectorAll('a[data-scroll]')) {
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      const target = document.getElementById(a.getAttribute('href').slice(1));
      target.setAttribute('tabindex', '-1');
      target.scrollIntoView();
      target.focus({preventScroll: true});
    });
  }
  // Forms opened by the keyboard keep their place after a write; the banner takes the focus.
  if (banner) banner.focus();
  document.body.dataset.team = `${id}:${history.assessments.length}:${history.actions.length}:` +
                               `${history.outcomes.length}:${history.measures.length}`;  // for the tests
}

// ---- #/teams/ID/report: what to try next, with the history ----

async function reportPage(main, setPage, backLink, id) {
  const fresh = lastAssess && lastAssess.team === id ? lastAssess : null;
  lastAssess = null;
  const reportBox = h('div', {id: 'report-box'}, h('p', {}, 'Asking the engine…'));
  const changes = fresh && fresh.changes.length
      ? h('section', {class: 'changes', 'aria-labelledby': 'changes-heading'},
          h('h2', {id: 'changes-heading'}, 'What changed since the assessment before'),
          h('ul', {class: 'list', id: 'changes-list'}, fresh.changes.map((c) => h('li', {}, c))),
          fresh.limits ? h('p', {class: 'hint'}, fresh.limits) : null)
      : null;
  const used = fresh && fresh.history
      ? [...(fresh.history.notes || [])].filter(Boolean)
      : [];
  const printButton = h('button', {type: 'button', class: 'button'}, 'Print');
  printButton.addEventListener('click', () => window.print());
  setPage('What to try next', backLink(teamHref(id), "Back to the team's page"),
          fresh ? h('div', {class: 'notification-banner', role: 'status'},
                    h('p', {class: 'notification-heading'},
                      fresh.repeated ? 'This assessment was already recorded.' : 'The assessment is recorded.')) : null,
          h('span', {class: 'caption'}, `Team ${id}`),
          h('h1', {}, 'What to try next'),
          h('p', {}, "From the team's latest assessment and its history as it is now: actions running are " +
            'acknowledged (keep going), and what was tried without benefit ranks lower, with the reason.'),
          used.length ? h('ul', {class: 'list'}, used.map((n) => h('li', {}, n))) : null,
          changes,
          h('div', {class: 'button-group no-print'}, printButton,
            h('a', {href: teamHref(id), class: 'link-button'}, "Back to the team's page")),
          reportBox);
  const r = await api.teamReport(id);
  if (r.ok) {
    reportBox.replaceChildren(h('div', {id: 'report', class: 'report-host'}));
    showReport(reportBox.firstChild, r.body);
  } else {
    reportBox.replaceChildren(h('p', {class: 'notice'}, refusal(r, 'The report could not be made')));
  }
  document.body.dataset.teamReport = `${id}:${Date.now()}`;  // for the tests
}
