// One control per kind of team field in the instrument (GOV.UK question patterns): a text input for
// a name, a number with its unit and range, a share entered as a percentage (stored as 0-1, as the
// engine wants it), radios for a choice, checkboxes for flags and for interventions in place, and
// an outcome for each intervention tried. readField turns the control back into the JSON value.
import {h, plainHelp, words} from './dom.js';

const OUTCOMES = [['', 'Not tried'], ['helped', 'Tried: it helped'], ['no_change', 'Tried: no change'],
                  ['worse', 'Tried: things got worse']];

const fieldId = (f) => `team-${f.name}`;
const unitWords = (f) => String(f.unit || '').replace(/\s*\(0-1\)/, '');
const fmt = (n) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

function rangeHint(f) {
  if (f.type === 'share') return 'As a percentage, from 0 to 100.';
  if (typeof f.minimum === 'number' && typeof f.maximum === 'number')
    return `From ${fmt(f.minimum)} to ${fmt(f.maximum)}${f.type === 'integer' ? ', a whole number' : ''}.`;
  return '';
}

function shown(f, value) {
  if (value === undefined || value === null) return '';
  if (f.type === 'share' && typeof value === 'number') return String(Math.round(value * 10000) / 100);
  return String(value);
}

// The control of field f holding value. opts.single: the field is the whole page (its label is the
// page's heading); opts.catalogue: the interventions, for in place and tried.
export function fieldControl(f, value, opts = {}) {
  const id = fieldId(f);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // compact (the results page's panel): the range and unit only, no long help or suffix box.
  const help = opts.compact ? [f.type === 'share' ? '' : words(unitWords(f)) + '.', rangeHint(f)].filter((x) => x && x !== '.').join(' ')
                            : [plainHelp(f.help), rangeHint(f)].filter(Boolean).join(' ');
  const label = words(f.name) + (opts.required && opts.required.includes(f.name) ? ' (required)' : '');
  const required = opts.required && opts.required.includes(f.name);
  const fullHelp = opts.single && required ? `You need to answer this one. ${help}` : help;
  const error = h('p', {class: 'error-message', id: errorId, hidden: true});
  const group = h('div', {class: 'form-group', id, 'data-field': f.name});

  if (['string', 'integer', 'number', 'share'].includes(f.type)) {
    const numeric = f.type !== 'string';
    const input = h('input', {class: `input ${numeric ? 'input-number' : 'input-text'}`, id: `${id}-input`,
                              name: f.name, type: 'text', value: shown(f, value),
                              inputmode: numeric ? (f.type === 'integer' ? 'numeric' : 'decimal') : null,
                              spellcheck: numeric ? 'false' : null, autocomplete: 'off',
                              'aria-describedby': hintId});
    const suffix = f.type === 'share' ? '%' : opts.compact ? '' : unitWords(f);
    // A question alone on its page: the question is the page's heading and the input's label (GOV.UK).
    const labelEl = opts.single
        ? h('h1', {class: 'label-wrapper'}, h('label', {class: 'label label-page', for: `${id}-input`}, opts.title))
        : h('label', {class: 'label', for: `${id}-input`}, label);
    return append(group, labelEl,
                  h('div', {class: 'hint', id: hintId}, fullHelp),
                  error,
                  h('div', {class: 'input-wrapper'}, input,
                    suffix ? h('div', {class: 'input-suffix', 'aria-hidden': 'true'}, suffix) : null));
  }

  if (f.type === 'enum') {
    return append(group, h('fieldset', {class: 'fieldset', 'aria-describedby': hintId},
                           opts.single ? h('legend', {class: 'fieldset-legend fieldset-legend-page'}, h('h1', {}, opts.title))
                                       : h('legend', {class: 'fieldset-legend'}, label),
                           h('div', {class: 'hint', id: hintId}, help), error,
                           h('div', {class: 'radios'}, f.values.map((v) => h('div', {class: 'radio'},
                             h('input', {class: 'radio-input', type: 'radio', name: f.name, id: `${id}-${v}`, value: v,
                                         checked: value === v}),
                             h('label', {class: 'radio-label', for: `${id}-${v}`}, words(v)))))));
  }

  const legend = opts.single ? h('legend', {class: 'fieldset-legend fieldset-legend-page'}, h('h1', {}, opts.title))
                             : h('legend', {class: 'fieldset-legend'}, label);
  const pageHint = opts.single ? opts.hint : help;

  if (f.type === 'flags' || f.type === 'ids') {
    const choices = f.type === 'flags' ? f.values.map((v) => [v, words(v)])
                                       : opts.catalogue.interventions.map((i) => [i.id, i.title]);
    const selected = new Set(Array.isArray(value) ? value : []);
    // What a flag means, where the instrument's help says it ("bereavement: a colleague ... died recently.").
    const meaning = {};
    if (f.type === 'flags')
      for (const m of String(f.help || '').matchAll(/\b([a-z_]+): ([^.]+)\./g))
        if (f.values.includes(m[1])) meaning[m[1]] = m[2].charAt(0).toUpperCase() + m[2].slice(1) + '.';
    return append(group, h('fieldset', {class: 'fieldset', 'aria-describedby': hintId}, legend,
                           h('div', {class: 'hint', id: hintId}, pageHint), error,
                           h('div', {class: 'checkboxes'}, choices.map(([v, text]) => h('div', {class: 'checkbox'},
                             h('input', {class: 'checkbox-input', type: 'checkbox', name: f.name, id: `${id}-${v}`,
                                         value: v, checked: selected.has(v)}),
                             h('label', {class: 'checkbox-label', for: `${id}-${v}`}, text,
                               meaning[v] ? h('span', {class: 'checkbox-hint', id: `${id}-${v}-hint`}, meaning[v])
                                          : null))))));
  }

  if (f.type === 'tried') {
    const outcome = new Map((Array.isArray(value) ? value : []).map((t) => [t.id, t.outcome]));
    return append(group, h('fieldset', {class: 'fieldset', 'aria-describedby': hintId}, legend,
                           h('div', {class: 'hint', id: hintId}, pageHint), error,
                           h('div', {class: 'tried-list'}, opts.catalogue.interventions.map((i) => h('div',
                             {class: 'tried-row'},
                             h('label', {class: 'tried-label', for: `${id}-${i.id}`}, i.title),
                             h('select', {class: 'select', id: `${id}-${i.id}`, name: f.name, 'data-id': i.id},
                               OUTCOMES.map(([v, text]) => h('option', {value: v, selected: (outcome.get(i.id) || '') === v},
                                                              text))))))));
  }
  return group;
}

function append(el, ...children) {
  for (const c of children.flat()) if (c) el.append(c);
  return el;
}

// The JSON value of field f in form, or {error} when what was typed is not a number. A number out
// of range is sent as typed: the engine's message says what is allowed.
export function readField(form, f) {
  const group = form.querySelector(`[data-field="${f.name}"]`);
  if (!group) return {value: undefined};
  if (['string', 'integer', 'number', 'share'].includes(f.type)) {
    const text = group.querySelector('input').value.trim();
    if (text === '') return {value: undefined};
    if (f.type === 'string') return {value: text};
    const n = Number(text.replace(/,/g, '').replace(/%$/, ''));
    if (!Number.isFinite(n)) return {error: `${words(f.name)} must be a number, like ${shown(f, f.example) || 10}`};
    if (f.type === 'share') {
      if (n < 0 || n > 100) return {error: `${words(f.name)} must be a percentage from 0 to 100, got ${text}`};
      return {value: Math.round(n * 100) / 10000};
    }
    return {value: n};
  }
  if (f.type === 'enum') return {value: group.querySelector('input:checked')?.value};
  if (f.type === 'flags' || f.type === 'ids')
    return {value: [...group.querySelectorAll('input:checked')].map((i) => i.value)};
  if (f.type === 'tried')
    return {value: [...group.querySelectorAll('select')].filter((s) => s.value)
                       .map((s) => ({id: s.dataset.id, outcome: s.value}))};
  return {value: undefined};
}

// Shows each error beside its field (and clears the others): errors are {field, message}.
export function showFieldErrors(form, errors) {
  for (const group of form.querySelectorAll('[data-field]')) {
    const e = errors.find((x) => x.field === group.dataset.field);
    const message = group.querySelector('.error-message');
    group.classList.toggle('form-group-error', !!e);
    if (message) {
      message.hidden = !e;
      message.replaceChildren(...(e ? [h('span', {class: 'visually-hidden'}, 'Error: '), e.message] : []));
    }
    const input = group.querySelector('input.input');
    if (input) {
      input.classList.toggle('input-error', !!e);
      input.setAttribute('aria-describedby', e ? `${group.id}-hint ${group.id}-error` : `${group.id}-hint`);
      if (e) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
}
