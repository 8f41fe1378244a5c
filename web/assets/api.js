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
