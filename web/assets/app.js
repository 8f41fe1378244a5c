// The manager's pages: a hash router over the sections of the questionnaire, which is built from the
// instrument (GET /v1/assessment) so it never drifts from the engine. Pages: start, task list, the
// team's figures (a short page each), its lists (concerns, in place, tried), one page per factor,
// check your answers, results; and a team's history (team.js) at #/teams.
import * as api from './api.js';
import {h, plainHelp, words} from './dom.js';
import {fieldControl, readField, showFieldErrors} from './fields.js';
import {renderResults} from './results.js';
import * as state from './state.js';
import {renderTeams} from './team.js';

const main = document.getElementById('main');
const OUTCOMES = [['helped', 'It helped'], ['no_change', 'No change'], ['worse', 'Things got worse']];
export const ANSWERS = [['met', 'Met'], ['partly', 'Partly'], ['not_met', 'Not met'], ['unknown', "Don't know"]];

// The team's fields in pages: the figures, then a page for each list (concerns, in place, tried).
const TEAM_PAGES = {
  flags: {slug: 'concerns', title: 'What concerns you about the team', hint: 'Select all that apply.'},
  ids: {slug: 'in-place', title: 'What the team already has in place',
        hint: 'Select everything the team runs now, even if it is not going well.'},
  tried: {slug: 'tried', title: 'What the team has tried before',
          hint: 'For each thing the team tried and stopped, say how it went. Leave the rest as "Not tried".'},
};

// The figures, one question a page (GOV.UK "one thing per page"). A page holds two or three figures only
// where a manager answers them as one question from one source: the caseload counted two ways, the
// safeguarding load with its supervision, the three workforce rates of one HR report, the two counts of
// learners. The wording of the questions is this page's; the help under each is the instrument's. A
// figure the instrument gains that is not named here gets a page of its own, so none is ever dropped.
const FIGURE_PAGES = [
  {slug: 'name', fields: ['name'], title: 'What is the team called?'},
  {slug: 'size', fields: ['headcount'], title: 'How many practitioners are in the team?'},
  {slug: 'caseload', fields: ['caseload_per_practitioner', 'under_fives_per_health_visitor'],
   title: "The team's caseload", hint: 'Give either or both: families per practitioner, or children under five ' +
     'per full-time health visitor. Leave a box empty if you do not know.'},
  {slug: 'safeguarding', fields: ['safeguarding_caseload_share', 'safeguarding_supervision_interval_months'],
   title: 'Safeguarding work and its supervision', hint: 'Leave a box empty if you do not know.'},
  {slug: 'mobile-working', fields: ['mobile_working_share'],
   title: "How much of the team's working time is spent mobile or agile?"},
  {slug: 'newly-qualified', fields: ['newly_qualified_share'],
   title: 'What share of the team qualified in the last 12 months?'},
  {slug: 'staffing', fields: ['sickness_absence_rate', 'turnover_rate', 'vacancy_rate'],
   title: 'Sickness, turnover and vacancies', hint: 'The three rates of your workforce report, each as a ' +
     'percentage. Leave a box empty if you do not know.'},
  {slug: 'serious-incident', fields: ['months_since_serious_incident'],
   title: 'How long ago was the team last involved in a serious incident?'},
  {slug: 'service-change', fields: ['service_change'],
   title: 'What is the largest change the team is going through, or went through in the last year?'},
  {slug: 'learners', fields: ['learners_per_mentor', 'learners_per_practice_teacher'],
   title: 'Students and learners', hint: 'Leave a box empty if the team supports no learners or you do not know.'},
];

let model = null;  // {instrument, catalogue, sections}

export function sections() { return model.sections; }
export const figureSections = () => model.sections.filter((s) => s.task === 'figures');
export function catalogue() { return model.catalogue; }
export function catalogueTitle(id) {
  const i = model.catalogue.interventions.find((x) => x.id === id);
  return i ? i.title : words(id);
}

function buildSections(instrument) {
  const figures = instrument.team_fields.filter((f) => !TEAM_PAGES[f.type]);
  const out = [];
  const placed = new Set();
  for (const p of FIGURE_PAGES) {
    const fields = p.fields.map((n) => figures.find((f) => f.name === n)).filter(Boolean);
    if (!fields.length) continue;
    fields.forEach((f) => placed.add(f.name));
    out.push({kind: 'team', task: 'figures', slug: p.slug, title: p.title, hint: p.hint, fields});
  }
  for (const f of figures.filter((x) => !placed.has(x.name)))
    out.push({kind: 'team', task: 'figures', slug: f.name.replace(/_/g, '-'), title: words(f.name), fields: [f]});
  for (const f of instrument.team_fields.filter((x) => TEAM_PAGES[x.type]))
    out.push({kind: 'team', ...TEAM_PAGES[f.type], fields: [f]});
  for (const factor of instrument.factors)
    out.push({kind: 'factor', slug: factor.id, title: factor.title, factor});
  return out;
}

// The engine's message about a value, named as the page names the field ("Headcount: is required").
export function problemWords(p) {
  const path = String(p.path || '');
  if (path.startsWith('team.')) return `${words(path.slice(5).split(/[.[]/)[0])}: ${p.message}`;
  const ind = model.instrument.factors.flatMap((f) => f.indicators).find((i) => path === `answers.${i.id}`);
  if (ind) return `"${ind.text}": ${p.message}`;
  return p.text || p.message;
}

const statements = () => model.instrument.factors.reduce((n, f) => n + f.indicators.length, 0);

const routeOf = (s) => (s.kind === 'team' ? `#/team/${s.slug}` : `#/factor/${s.slug}`);

// Where a section stands: not started, in progress (some answers) or completed.
export function status(s) {
  if (s.kind === 'factor') {
    const n = s.factor.indicators.length;
    const answered = s.factor.indicators.filter((i) => state.answers()[i.id]).length;
    if (answered === n) return {text: 'Completed', tag: 'done'};
    if (answered > 0) return {text: `${answered} of ${n} answered`, tag: 'progress'};
    return {text: 'Not started', tag: 'todo'};
  }
  if (state.isDone(s.slug)) return {text: 'Completed', tag: 'done'};
  if (s.fields.some((f) => state.team()[f.name] !== undefined)) return {text: 'In progress', tag: 'progress'};
  return {text: 'Not started', tag: 'todo'};
}

// The task list's entries: the figures' pages are one task ("The team's figures", from its first page
// through the others), every other section a task of its own.
function tasks(kind) {
  const out = [];
  for (const s of sections().filter((x) => x.kind === kind)) {
    if (!s.task) {
      out.push({slug: s.slug, title: s.title, href: routeOf(s), status: status(s)});
      continue;
    }
    if (out.some((t) => t.slug === s.task)) continue;
    const pages = sections().filter((x) => x.task === s.task);
    const done = pages.filter((x) => status(x).tag === 'done').length;
    const started = pages.some((x) => status(x).tag !== 'todo');
    out.push({slug: s.task, title: "The team's figures", href: routeOf(s),
              status: done === pages.length ? {text: 'Completed', tag: 'done'}
                      : started ? {text: `${done} of ${pages.length} pages done`, tag: 'progress'}
                                : {text: 'Not started', tag: 'todo'}});
  }
  return out;
}

function setPage(title, ...children) {
  document.title = `${title} – trynext`;
  main.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({preventScroll: false});
  }
}

const backLink = (href, text = 'Back') => h('a', {class: 'back-link', href}, text);

// The error summary at the top of a page (GOV.UK pattern): each message links to its field.
export function errorSummary(errors) {
  const box = h('div', {class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title'},
                h('h2', {id: 'error-summary-title', class: 'error-summary-title'}, 'There is a problem'),
                h('ul', {class: 'error-summary-list'},
                  errors.map((e) => h('li', {}, h('a', {href: e.href || `#${e.id}`, 'data-target': e.id || '',
                                                         onclick: (ev) => focusTarget(ev, e)}, e.message)))));
  return box;
}

function focusTarget(ev, e) {
  if (e.href) return;  // a link to another page
  ev.preventDefault();
  const el = document.getElementById(e.id);
  const control = el && (el.matches('input, select, textarea') ? el : el.querySelector('input, select, textarea'));
  if (control) control.focus();
}

// The summary goes after the back link, before the heading (GOV.UK), and takes the focus.
function showSummary(container, errors) {
  container.querySelector('.error-summary')?.remove();
  if (!errors.length) return;
  const box = errorSummary(errors);
  const back = container.querySelector(':scope > .back-link');
  if (back) back.after(box);
  else container.prepend(box);
  box.focus();
}

// ---- Pages ----

function startPage() {
  const answered = Object.keys(state.answers()).length + Object.keys(state.team()).length;
  const fileInput = h('input', {type: 'file', id: 'open-file', accept: '.json,application/json', class: 'file-input'});
  const errorBox = h('div', {});
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    if (!file) return;
    const message = state.openText(await file.text());
    if (message) return showSummary(errorBox, [{id: 'open-file', message}]);
    for (const s of sections().filter((x) => x.kind === 'team')) state.markDone(s.slug);  // the file is the answer
    location.hash = '#/tasks';
  });
  setPage('What to try next for your team',
          errorBox,
          h('h1', {}, 'What to try next for your team'),
          h('p', {class: 'lead'}, 'Answer questions about your health visiting team and get a short, ranked list of ' +
            'things to try to support your staff, with how strong the evidence for each one is.'),
          h('p', {}, `There are ${statements()} statements to answer and a few figures to give. You can stop at any ` +
            'time: your answers are saved in this browser as you go, and nothing is kept on the server.'),
          h('p', {}, 'You will be asked about:'),
          h('ul', {class: 'list'}, h('li', {}, "your team's figures, such as its size, caseload and turnover"),
            h('li', {}, 'concerns, what is in place and what the team has tried'),
            h('li', {}, 'seven factors of a supportive workplace, each with a few statements to answer')),
          h('a', {class: 'button button-start', href: '#/tasks', role: 'button', draggable: 'false'},
            answered ? 'Continue' : 'Start now'),
          h('h2', {}, "Your team's history"),
          h('p', {}, 'If this service keeps a history, a team\'s page lists its earlier assessments, what it tried and ' +
            'whether it helped, and its monthly figures; assessing the team there takes them into account. ',
            h('a', {href: '#/teams'}, "Open your team's page"), '.'),
          h('h2', {}, 'Open a saved file'),
          h('p', {}, 'A file saved from this page, or one written by ', h('code', {}, 'trynext assessment template'),
            ' and filled in. Opening a file replaces the answers in this browser.'),
          h('div', {class: 'form-group', id: 'open-file-group'},
            h('label', {class: 'label', for: 'open-file'}, 'Choose a file'), fileInput));
}

function taskList() {
  const items = (list) => h('ul', {class: 'task-list'}, list.map((t) => {
    const id = `status-${t.slug}`;
    return h('li', {class: 'task-list-item'},
             h('a', {href: t.href, 'aria-describedby': id, class: 'task-name'}, t.title),
             h('strong', {class: `tag tag-${t.status.tag}`, id}, t.status.text));
  }));
  const all = [...tasks('team'), ...tasks('factor')];
  const complete = all.filter((t) => t.status.tag === 'done').length;
  setPage('Assess your team',
          backLink('#/'),
          h('h1', {}, 'Assess your team'),
          h('p', {class: 'progress-line'}, `You have completed ${complete} of ${all.length} sections.`),
          h('p', {}, 'You can do the sections in any order and submit at any time; what you do not know can be ' +
            'left out, and the answer will say how much it was based on.'),
          h('h2', {class: 'task-list-heading'}, '1. About your team'),
          items(tasks('team')),
          h('h2', {class: 'task-list-heading'}, '2. The seven factors'),
          items(tasks('factor')),
          h('h2', {class: 'task-list-heading'}, '3. Check and submit'),
          h('ul', {class: 'task-list'}, h('li', {class: 'task-list-item'},
                                           h('a', {href: '#/check', class: 'task-name'}, 'Check your answers and submit'))),
          fileButtons());
}

// Save to a file and start again, offered on the task list and the results.
export function fileButtons() {
  const save = h('button', {type: 'button', class: 'button button-secondary'}, 'Save answers to a file');
  save.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([state.fileText()], {type: 'application/json'}));
    const a = h('a', {href: url, download: 'trynext-assessment.json'});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });
  const clear = h('button', {type: 'button', class: 'button button-warning'}, 'Clear all answers');
  clear.addEventListener('click', () => {
    if (window.confirm('Clear every answer from this browser? Save them to a file first if you want to keep them.')) {
      state.clearAll();
      location.hash = '#/';
    }
  });
  return h('div', {class: 'button-group'}, save, clear);
}

function nextRoute(s) {
  const all = sections();
  const i = all.indexOf(s);
  return i + 1 < all.length ? routeOf(all[i + 1]) : '#/check';
}
function previousRoute(s) {
  const i = sections().indexOf(s);
  return i > 0 ? routeOf(sections()[i - 1]) : '#/tasks';
}

function teamPage(s) {
  const form = h('form', {novalidate: true, class: 'question-form'});
  const single = s.fields.length === 1;
  for (const f of s.fields) form.append(fieldControl(f, state.team()[f.name], {single, title: s.title, hint: s.hint,
                                                                               catalogue: model.catalogue, required: model.required}));
  const figures = figureSections();
  const caption = s.task === 'figures' ? `About your team: figures, page ${figures.indexOf(s) + 1} of ${figures.length}`
                                       : 'About your team';
  form.append(h('div', {class: 'button-group'},
                h('button', {type: 'submit', class: 'button'}, 'Save and continue'),
                h('a', {href: '#/tasks', class: 'link-button'}, 'Back to the task list')));
  // Each change is saved at once, so a reload loses nothing.
  form.addEventListener('change', (ev) => {
    const f = s.fields.find((x) => ev.target.closest(`[data-field="${x.name}"]`));
    if (f) state.setTeam(f.name, readField(form, f).value);
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const errors = [];
    for (const f of s.fields) {
      const r = readField(form, f);
      if (r.error) errors.push({id: `team-${f.name}`, field: f.name, message: r.error});
      else state.setTeam(f.name, r.value);
    }
    // The engine's own messages for what it refuses on this page.
    const check = await api.recommend(state.current()).catch(() => null);
    if (check && !check.ok) {
      for (const p of check.problems) {
        const f = s.fields.find((x) => p.path === x.path || p.path.startsWith(x.path + '[') ||
                                        p.path.startsWith(x.path + '.'));
        if (f && !errors.some((e) => e.field === f.name))
          errors.push({id: `team-${f.name}`, field: f.name, message: `${words(f.name)}: ${p.message}`});
      }
    }
    showFieldErrors(form, errors);
    showSummary(main, errors);
    if (errors.length) {
      document.title = `Error: ${s.title} – trynext`;
      return;
    }
    state.markDone(s.slug);
    location.hash = nextRoute(s);
  });
  const title = single ? [] : [h('h1', {}, s.title), s.hint ? h('p', {class: 'hint'}, s.hint) : null];
  setPage(s.title, backLink(previousRoute(s)), h('span', {class: 'caption'}, caption), title, form);
}

function factorPage(s) {
  const f = s.factor;
  const form = h('form', {novalidate: true, class: 'question-form'});
  f.indicators.forEach((ind, n) => {
    const id = `answer-${ind.id.replace(/\./g, '-')}`;
    const value = state.answers()[ind.id] || '';
    form.append(h('div', {class: 'form-group', id},
                  h('fieldset', {class: 'fieldset'},
                    h('legend', {class: 'fieldset-legend statement-legend'}, h('span', {class: 'question-number'}, `${n + 1}. `), ind.text),
                    h('div', {class: 'radios radios-inline'},
                      ANSWERS.map(([v, label]) => h('div', {class: 'radio'},
                                                    h('input', {type: 'radio', class: 'radio-input', name: ind.id,
                                                                id: `${id}-${v}`, value: v, checked: value === v}),
                                                    h('label', {class: 'radio-label', for: `${id}-${v}`}, label)))))));
  });
  form.addEventListener('change', (ev) => {
    if (ev.target.name) state.setAnswer(ev.target.name, ev.target.value);
  });
  form.append(h('div', {class: 'button-group'},
                h('button', {type: 'submit', class: 'button'}, 'Save and continue'),
                h('a', {href: '#/tasks', class: 'link-button'}, 'Back to the task list')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = nextRoute(s);
  });
  const index = sections().filter((x) => x.kind === 'factor').indexOf(s) + 1;
  setPage(f.title, backLink(previousRoute(s)),
          h('span', {class: 'caption'}, `Factor ${index} of 7`),
          h('h1', {}, f.title),
          h('div', {class: 'practice'},
            h('div', {class: 'practice-item practice-poor'}, h('h2', {}, 'Poor practice'), h('p', {}, f.poor_practice)),
            h('div', {class: 'practice-item practice-best'}, h('h2', {}, 'Best practice'), h('p', {}, f.best_practice))),
          h('p', {class: 'hint'}, 'For each statement, say whether it is true of your team now. Choose "Don\'t know" ' +
            'if you cannot say; you can also leave a statement out.'),
          form);
}

// A team field's answer in words, for check your answers.
export function valueWords(f, v) {
  if (v === undefined || v === null || v === '') return 'Not given';
  if (f.type === 'share' && typeof v === 'number') return `${Math.round(v * 10000) / 100}%`;
  if (f.type === 'flags') return v.map(words).join(', ');
  if (f.type === 'ids') return v.map(catalogueTitle).join(', ');
  if (f.type === 'tried')
    return v.map((t) => `${catalogueTitle(t.id)}: ${(OUTCOMES.find((o) => o[0] === t.outcome) || [, t.outcome])[1]}`)
        .join('; ');
  if (f.type === 'enum') return words(v);
  return `${v}${f.unit && typeof v === 'number' ? ' ' + f.unit : ''}`;
}

function summaryRow(key, value, href, hidden) {
  return h('div', {class: 'summary-row'}, h('dt', {class: 'summary-key'}, key), h('dd', {class: 'summary-value'}, value),
           h('dd', {class: 'summary-actions'},
             h('a', {href}, 'Change', h('span', {class: 'visually-hidden'}, ` ${hidden}`))));
}

function checkPage() {
  const rows = [];
  for (const s of sections().filter((x) => x.kind === 'team'))
    for (const f of s.fields)
      rows.push(summaryRow(s.task === 'figures' || s.fields.length > 1 ? words(f.name) : s.title,
                           valueWords(f, state.team()[f.name]),
                           routeOf(s), words(f.name).toLowerCase()));
  const factorRows = sections().filter((x) => x.kind === 'factor').map((s) => {
    const counts = {met: 0, partly: 0, not_met: 0, unknown: 0};
    for (const i of s.factor.indicators) if (state.answers()[i.id]) counts[state.answers()[i.id]]++;
    const missing = s.factor.indicators.length - Object.values(counts).reduce((a, b) => a + b, 0);
    const parts = ANSWERS.filter(([v]) => counts[v]).map(([v, l]) => `${counts[v]} ${l.toLowerCase()}`);
    if (missing) parts.push(`${missing} not answered`);
    return summaryRow(s.title, parts.join(', '), routeOf(s), s.title.toLowerCase());
  });
  const submit = h('button', {type: 'button', class: 'button'}, 'Submit and see what to try');
  submit.addEventListener('click', async () => {
    submit.disabled = true;
    const r = await api.recommend(state.current()).catch((e) => ({ok: false, problems: [], error: {message: e.message}}));
    submit.disabled = false;
    if (r.ok) return (location.hash = '#/results');
    const errors = r.problems.length
        ? r.problems.map((p) => {
          const s = sections().find((x) => x.kind === 'team' && x.fields.some((f) => p.path.startsWith(f.path))) ||
                    sections().find((x) => x.kind === 'factor' && p.path.startsWith(`answers.${x.slug}.`));
          return {href: s ? routeOf(s) : '#/tasks', message: problemWords(p)};
        })
        : [{href: '#/tasks', message: r.error.message}];
    showSummary(main, errors);
  });
  const answered = Object.keys(state.answers()).length;
  const total = sections().filter((x) => x.kind === 'factor').reduce((n, s) => n + s.factor.indicators.length, 0);
  setPage('Check your answers before you submit',
          backLink('#/tasks'),
          h('h1', {}, 'Check your answers before you submit'),
          h('h2', {}, 'About your team'), h('dl', {class: 'summary-list'}, rows),
          h('h2', {}, 'The seven factors'),
          h('p', {}, `You answered ${answered} of the ${total} statements.`),
          h('dl', {class: 'summary-list'}, factorRows),
          h('h2', {}, 'Now see what to try'),
          h('p', {}, 'The answer ranks things to try for your team. On the next page you can change any answer and ' +
            'see at once how the list changes, print it or save it as a PDF.'),
          submit);
}

function notFound() {
  setPage('Page not found', h('h1', {}, 'Page not found'), h('p', {}, h('a', {href: '#/'}, 'Go to the start')));
}

function route(ev) {
  let hash = location.hash || '#/';
  if (!hash.startsWith('#/')) {
    if (ev) return;  // an in-page link (the error summary's)
    hash = '#/';     // an address with one, opened afresh
  }
  const [, kind, slug] = hash.split('/');
  window.scrollTo(0, 0);
  if (!kind) return startPage();
  if (kind === 'tasks') return taskList();
  if (kind === 'check') return checkPage();
  if (kind === 'results') return renderResults(main, setPage, backLink, model);
  if (kind === 'teams') return renderTeams(main, setPage, backLink, hash.split('/').slice(2).map(decodeURIComponent));
  // The figures' first page, by the name the task list and older links use.
  if (kind === 'team' && slug === 'figures') return location.replace(routeOf(figureSections()[0]));
  const s = sections().find((x) => routeOf(x) === `#/${kind}/${slug}`);
  if (!s) return notFound();
  return s.kind === 'team' ? teamPage(s) : factorPage(s);
}

async function start() {
  try {
    const [instrument, catalogue, schema] = await Promise.all([api.instrument(), api.catalogue(), api.schema()]);
    const required = (schema.properties && schema.properties.team && schema.properties.team.required) || [];
    model = {instrument, catalogue, required, sections: buildSections(instrument)};
  } catch (e) {
    main.replaceChildren(h('h1', {}, 'The questionnaire could not be loaded'),
                         h('p', {}, `The trynext service did not answer (${e.message}). Check that trynext serve is ` +
                           'running and reload the page.'));
    return;
  }
  window.addEventListener('hashchange', route);
  route();
}

export {plainHelp, setPage, backLink, showSummary};
start();
