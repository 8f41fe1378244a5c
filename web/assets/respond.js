// A respondent's page of a team survey (web/respond.html): the start page (who will see what, the code,
// the optional group), one page per factor with its indicators, check your answers, sent. Pages follow
// the NHS/GOV.UK question-page pattern: one heading per page, an error summary that links to the field,
// focus moved to the heading on every page so a screen reader and the keyboard start at the top.
// Answers are saved in this browser (localStorage, per survey) until sent, then removed; the code only
// for this tab (sessionStorage). The address is /respond.html#survey=ID, with &key=KEY for a shared link:
// a fragment, so the key never reaches a server's log or another site's Referer.
import {h, words} from './dom.js';

const CHOICES = [['met', 'Met'], ['partly', 'Partly'], ['not_met', 'Not met'], ['unknown', "Don't know"]];

const params = new URLSearchParams(location.hash.replace(/^#/, ''));
const surveyId = params.get('survey') || '';
const linkKey = params.get('key') || '';
const saveKey = `trynext-survey-${surveyId}`;
const main = document.getElementById('main');

let form = null;  // GET /v1/surveys/ID/form
let state = {step: 0, group: null, answers: {}};  // group null: not chosen yet; '': rather not say
let code = sessionStorage.getItem(`${saveKey}-code`) || '';

function save() {
  localStorage.setItem(saveKey, JSON.stringify(state));
  sessionStorage.setItem(`${saveKey}-code`, code);
}
function forget() {
  localStorage.removeItem(saveKey);
  sessionStorage.removeItem(`${saveKey}-code`);
}

function page(title, ...content) {
  document.title = `${title} – Team survey – trynext`;
  const heading = h('h1', {tabindex: '-1'}, title);
  main.replaceChildren(...content.flat().filter(Boolean).map((c) => (c === 'HEADING' ? heading : c)));
  if (!main.contains(heading)) main.prepend(heading);
  heading.focus();
}

function errorSummary(errors) {
  const box = h('div', {class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-title'},
                h('h2', {class: 'error-summary-title', id: 'error-title'}, 'There is a problem'),
                h('ul', {class: 'error-summary-list'},
                  errors.map(([field, message]) => h('li', {}, h('a', {href: `#${field}`,
                    onclick: (e) => { e.preventDefault(); document.getElementById(field)?.focus(); }}, message)))));
  return box;
}

function button(text, onclick, secondary = false) {
  return h('button', {type: 'button', class: secondary ? 'button button-secondary link-button' : 'button link-button',
                      onclick}, text);
}

function factorCount() { return form.factors.length; }

// ---- the start page ----
function startPage(errors = []) {
  const codeField = form.access === 'codes'
    ? h('div', {class: errors.length ? 'form-group form-group-error' : 'form-group'},
        h('label', {class: 'label', for: 'code'}, 'Your response code'),
        h('p', {class: 'hint', id: 'code-hint'}, 'The code on the slip you were given, like K7QF-2M9X-PW4D. Each code can be used once.'),
        errors.map(([, m]) => h('p', {class: 'error-message', id: 'code-error'}, h('span', {class: 'visually-hidden'}, 'Error: '), m)),
        h('input', {class: 'input input-text', id: 'code', name: 'code', autocomplete: 'off', spellcheck: 'false',
                    'aria-describedby': errors.length ? 'code-hint code-error' : 'code-hint', value: code}))
    : null;
  const groupField = form.groups.length
    ? h('div', {class: 'form-group'},
        h('fieldset', {class: 'fieldset', 'aria-describedby': 'group-hint'},
          h('legend', {class: 'fieldset-legend'}, `Your ${words(form.group_field || 'group').toLowerCase()} (optional)`),
          h('p', {class: 'hint', id: 'group-hint'},
            `Answers of a ${words(form.group_field || 'group').toLowerCase()} are shown only when at least ${form.min_n} of you have answered, and often not even then. You can leave this out.`),
          [...form.groups, ''].map((g, i) => h('div', {class: 'radio'},
            h('input', {class: 'radio-input', type: 'radio', name: 'group', id: `group-${i}`, value: g,
                        checked: state.group === g}),
            h('label', {class: 'radio-label', for: `group-${i}`}, g ? words(g) : 'I would rather not say')))))
    : null;
  page(`Team survey for ${form.team_name}`,
       errors.length ? errorSummary(errors) : null,
       'HEADING',
       h('p', {class: 'lead'}, `Answer ${form.factors.reduce((n, f) => n + f.indicators.length, 0)} statements about how your team is supported, in ${factorCount()} short parts. It takes about 15 minutes.`),
       h('h2', {}, 'Who will see what'),
       h('p', {}, form.statement),
       form.closed ? h('p', {class: 'notice'}, 'This survey is closed: it takes no more answers.') : null,
       codeField, groupField,
       form.closed ? null : h('div', {class: 'button-group'}, button('Start', () => {
         if (form.access === 'codes') {
           code = (document.getElementById('code').value || '').trim();
           if (!code) return startPage([['code', 'Enter the response code you were given']]);
         }
         const chosen = main.querySelector('input[name="group"]:checked');
         state.group = chosen ? chosen.value : '';
         state.step = 1;
         save();
         render();
       })));
}

// ---- one page per factor ----
function factorPage() {
  const k = state.step;
  const factor = form.factors[k - 1];
  const groups = factor.indicators.map((ind, i) => h('div', {class: 'form-group'},
    h('fieldset', {class: 'fieldset'},
      h('legend', {class: 'fieldset-legend statement-legend'}, h('span', {class: 'question-number'}, `${i + 1}. `), ind.text),
      h('div', {class: 'radios-inline'}, CHOICES.map(([value, label]) => {
        const id = `${ind.id}-${value}`.replace(/[^a-z0-9_-]/gi, '-');
        return h('div', {class: 'radio'},
                 h('input', {class: 'radio-input', type: 'radio', name: ind.id, id, value,
                             checked: state.answers[ind.id] === value,
                             onchange: () => { state.answers[ind.id] = value; save(); }}),
                 h('label', {class: 'radio-label', for: id}, label));
      })))));
  page(factor.title,
       h('p', {class: 'caption progress-line'}, `Part ${k} of ${factorCount()}`),
       'HEADING',
       h('p', {class: 'hint'}, 'For each statement: is it true of your team now? Leave out any you cannot judge, or choose "Don\'t know".'),
       h('form', {class: 'question-form', onsubmit: (e) => e.preventDefault()}, groups),
       h('div', {class: 'button-group'},
         button(k === factorCount() ? 'Check your answers' : 'Continue', () => { state.step = k + 1; save(); render(); }),
         button('Back', () => { state.step = k - 1; save(); render(); }, true)));
}

// ---- check your answers, and send ----
function checkPage(errors = []) {
  const rows = form.factors.map((f, i) => {
    const given = f.indicators.filter((ind) => state.answers[ind.id]).length;
    return h('div', {class: 'summary-row'},
             h('dt', {class: 'summary-key'}, f.title),
             h('dd', {class: 'summary-value'}, `${given} of ${f.indicators.length} answered`),
             h('dd', {class: 'summary-actions'},
               h('a', {href: '#', onclick: (e) => { e.preventDefault(); state.step = i + 1; save(); render(); }},
                 'Change', h('span', {class: 'visually-hidden'}, ` ${f.title}`))));
  });
  page('Check your answers before sending them',
       errors.length ? errorSummary(errors) : null,
       'HEADING',
       form.groups.length ? h('p', {}, state.group ? `${words(form.group_field || 'group')}: ${words(state.group)}.` : 'You did not give a group.') : null,
       h('dl', {class: 'summary-list'}, rows),
       h('p', {}, 'Once sent, your answers cannot be changed, and your code cannot be used again.'),
       h('div', {class: 'button-group'}, button('Send my answers', send),
         button('Back', () => { state.step = factorCount(); save(); render(); }, true)));
}

async function send() {
  const body = {group: state.group || undefined, answers: state.answers};
  if (form.access === 'codes') body.code = code; else body.key = linkKey;
  let status = 0;
  let reply = {};
  try {
    const r = await fetch(`/v1/surveys/${encodeURIComponent(surveyId)}/responses`,
                          {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    status = r.status;
    reply = await r.json().catch(() => ({}));
  } catch {
    return checkPage([['send', 'Your answers could not be sent: check your connection and try again. They are still saved in this browser.']]);
  }
  if (status === 201) {
    forget();
    state = {step: 0, group: null, answers: {}};
    return page('Your answers have been sent',
                h('div', {class: 'notice', role: 'status'}, 'Thank you. Your answers are kept without your code and without the time you sent them.'),
                h('p', {}, `Your manager will see the team's answers once at least ${form.min_n} people have answered, and never yours on their own.`),
                h('p', {}, 'You can close this page.'));
  }
  const codeProblem = {code_used: 'This code has been used already. Each code takes one set of answers: ask your manager for a new one if you have not answered.',
                       code_not_valid: form.access === 'codes' ? 'This is not a code of this survey: check it against the slip you were given.' : 'This link is not the survey\'s: open the link you were sent again.',
                       survey_closed: 'This survey is closed: it takes no more answers.',
                       too_many_responses: 'Many people are answering right now: try again in ten minutes. Your answers are still saved in this browser.'};
  const c = reply.error?.code;
  if (c === 'code_used' || c === 'code_not_valid') {
    state.step = 0;
    save();
    return startPage([['code', codeProblem[c]]]);
  }
  checkPage([['send', codeProblem[c] || reply.error?.message || `The survey did not take the answers (${status}).`]]);
}

function render() {
  if (state.step <= 0) return startPage();
  if (state.step <= factorCount()) return factorPage();
  return checkPage();
}

async function load() {
  if (!/^[0-9a-f]{32}$/.test(surveyId))
    return page('This survey link is not complete', h('p', {}, 'Open the link you were given again, or ask your manager for it.'));
  try {
    const r = await fetch(`/v1/surveys/${encodeURIComponent(surveyId)}/form`);
    if (r.status === 404) return page('This survey could not be found', h('p', {}, 'Check the link you were given, or ask your manager for it.'));
    if (!r.ok) throw new Error(String(r.status));
    form = await r.json();
  } catch {
    return page('The survey could not be loaded', h('p', {}, 'Check your connection and reload the page.'));
  }
  try {
    const saved = JSON.parse(localStorage.getItem(saveKey) || 'null');
    if (saved && typeof saved === 'object' && saved.answers) state = {...state, ...saved};
  } catch { /* a damaged save starts again */ }
  render();
}

load();
