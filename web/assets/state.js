// The manager's answers: one assessment in the CLI's own JSON ({team, answers}), saved in the
// browser's local storage on every change, and written to or read from a file in the same form
// (a filled-in `trynext assessment template`, comments and all, opens here).
const KEY = 'trynext.assessment.v1';
const DONE_KEY = 'trynext.sections-done.v1';

let assessment = load(KEY, {team: {}, answers: {}});
let done = load(DONE_KEY, {});
const listeners = [];

function load(key, fallback) {
  try {
    const text = window.localStorage.getItem(key);
    return text ? JSON.parse(text) : fallback;
  } catch {
    return fallback;
  }
}

function save() {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(assessment));
    window.localStorage.setItem(DONE_KEY, JSON.stringify(done));
  } catch {
    // Private browsing or a full store: the answers still live in the page until it is closed.
  }
  for (const f of listeners) f();
}

export function onChange(f) { listeners.push(f); }
export function current() { return assessment; }
export function team() { return assessment.team; }
export function answers() { return assessment.answers; }

export function setTeam(name, value) {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    delete assessment.team[name];
  else assessment.team[name] = value;
  save();
}

export function setAnswer(id, value) {
  if (!value) delete assessment.answers[id];
  else assessment.answers[id] = value;
  save();
}

export function markDone(section) {
  done[section] = true;
  save();
}
export function isDone(section) { return !!done[section]; }

export function clearAll() {
  assessment = {team: {}, answers: {}};
  done = {};
  save();
}

// The assessment as a file the CLI reads: pretty JSON, nothing the engine does not know.
export function fileText() {
  return JSON.stringify(assessment, null, 2) + '\n';
}

// JSON with // and /* */ comments, as `trynext assessment template` writes it. Strings are kept whole.
export function stripComments(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  return dropTrailingCommas(out);
}

// A comma left before } or ] after deleting a template's last line; commas inside strings stay.
function dropTrailingCommas(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 200))) {
      // dropped
    } else {
      out += c;
    }
  }
  return out;
}

// Replaces the answers with a file's. Returns an error message, or '' when it opened. Nulls (a
// template's blanks) are dropped, as the CLI does.
export function openText(text) {
  let parsed;
  try {
    parsed = JSON.parse(stripComments(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    return 'The file is not an assessment in JSON: ' + e.message;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return 'The file is not an assessment: it should hold "team" and "answers".';
  const input = parsed.input && typeof parsed.input === 'object' ? parsed.input : parsed;  // a scenario file
  if (typeof input.team !== 'object' && typeof input.answers !== 'object')
    return 'The file is not an assessment: it has neither "team" nor "answers".';
  const clean = (o) => Object.fromEntries(Object.entries(o && typeof o === 'object' ? o : {})
                                              .filter(([, v]) => v !== null));
  assessment = {team: clean(input.team), answers: clean(input.answers)};
  done = {};
  save();
  return '';
}
