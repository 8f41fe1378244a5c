// The service's routes the pages use. The instrument and the catalogue are read once; the report
// route (POST /v1/reports, issue 15) is used when /openapi.json lists it, and a server without it gets
// the JSON result shown as a list instead.
async function getJson(path) {
  const res = await fetch(path, {headers: {Accept: 'application/json'}});
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return res.json();
}

export const instrument = () => getJson('/v1/assessment');
export const catalogue = () => getJson('/v1/catalogue');
export const schema = () => getJson('/v1/assessment/schema');

let reportsRoute = null;
export async function hasReports() {
  if (reportsRoute === null) {
    try {
      const doc = await getJson('/openapi.json');
      reportsRoute = !!(doc.paths && doc.paths['/v1/reports'] && doc.paths['/v1/reports'].post);
    } catch {
      reportsRoute = false;
    }
  }
  return reportsRoute;
}
// A 404 from the route means it went away (a server started from another build): stop asking.
export function reportsMissing() { reportsRoute = false; }

// POSTs the assessment. Resolves to {ok, status, body (parsed JSON, text or Blob), problems}.
export async function post(path, assessment, as = 'json') {
  const res = await fetch(path, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(assessment),
  });
  if (!res.ok) {
    let error = {message: `the server answered ${res.status}`};
    try {
      error = (await res.json()).error || error;
    } catch {}
    return {ok: false, status: res.status, error, problems: error.problems || []};
  }
  const body = as === 'blob' ? await res.blob() : as === 'text' ? await res.text() : await res.json();
  return {ok: true, status: res.status, body, problems: []};
}

export const recommend = (a) => post('/v1/recommendations?explain=true', a);
export const reportHtml = (a) => post('/v1/reports?format=html', a, 'text');
export const reportPdf = (a) => post('/v1/reports?format=pdf', a, 'blob');

// ---- A team's history (/v1/teams, docs/history.md) ----
// Reads are open. Writes carry the service's bearer token, which the manager types once: it is kept in
// this tab's session storage only (gone when the tab closes), never in local storage or a file.
const TOKEN_KEY = 'trynext.token';
export function token() {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) || '';
  } catch {
    return '';
  }
}
export function setToken(value) {
  try {
    if (value) window.sessionStorage.setItem(TOKEN_KEY, value);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {}
}

// Any route, answering {ok, status, body, error}: body parsed as JSON (or text when as is 'text').
export async function call(method, path, body, as = 'json') {
  const headers = {Accept: as === 'text' ? 'text/html' : 'application/json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && token()) headers.Authorization = `Bearer ${token()}`;
  let res;
  try {
    res = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (e) {
    return {ok: false, status: 0, error: {code: 'unreachable', message: `the service did not answer (${e.message})`}};
  }
  if (!res.ok) {
    let error = {code: String(res.status), message: `the server answered ${res.status}`};
    try {
      error = (await res.json()).error || error;
    } catch {}
    return {ok: false, status: res.status, error};
  }
  return {ok: true, status: res.status, body: as === 'text' ? await res.text() : await res.json()};
}

const team = (id) => `/v1/teams/${encodeURIComponent(id)}`;
export const teams = () => call('GET', '/v1/teams');
export const teamHistory = (id) => call('GET', team(id));
export const teamReport = (id) => call('GET', `${team(id)}/report`, undefined, 'text');
export const assessTeam = (id, assessment, date) =>
  call('POST', `${team(id)}/assessments${date ? `?date=${encodeURIComponent(date)}` : ''}`, assessment);
export const startAction = (id, action) => call('POST', `${team(id)}/actions`, action);
export const updateAction = (actionId, change) => call('POST', `/v1/actions/${encodeURIComponent(actionId)}`, change);
export const recordOutcome = (actionId, outcome) =>
  call('POST', `/v1/actions/${encodeURIComponent(actionId)}/outcomes`, outcome);
export const putMeasure = (id, measure) => call('POST', `${team(id)}/measures`, measure);
