// The manager's pages end to end in Debian's chromium (headless), driven by puppeteer-core, against a
// `trynext serve` this test starts on a free loopback port:
//   node web_e2e.mjs TRYNEXT SOURCE_DIR OUT_DIR NODE_MODULES_DIR
// Fills the whole questionnaire for tests/scenarios/high_turnover.json (an invalid value first, a
// reload half-way), submits and checks the recommendations in the engine's order; changes an answer
// on the results page; opens a filled-in `trynext assessment template` and saves a file the CLI
// reads; does the whole journey with the keyboard alone; runs axe-core on every page (no serious or
// critical violation) and saves a screenshot of each page in OUT_DIR/screenshots.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

const [TRYNEXT, SOURCE, OUT, MODULES] = process.argv.slice(2).map((a) => path.resolve(a));
const require = createRequire(path.join(MODULES, 'package.json'));
const puppeteer = require('puppeteer-core');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.join(OUT, 'screenshots');
const DOWNLOADS = path.join(OUT, 'downloads');
fs.rmSync(SHOTS, {recursive: true, force: true});
fs.mkdirSync(SHOTS, {recursive: true});
fs.mkdirSync(DOWNLOADS, {recursive: true});

const scenario = JSON.parse(fs.readFileSync(path.join(SOURCE, 'tests/scenarios/high_turnover.json'), 'utf8'));
const failures = [];
let checks = 0;
function check(ok, what) {
  checks++;
  if (!ok) {
    failures.push(what);
    console.error('FAILED:', what);
  }
  return ok;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();

// ---- The service (WEB_E2E_BASE: one already running, when working on the pages) ----
const server = process.env.WEB_E2E_BASE ? null : spawn(TRYNEXT, ['serve', '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']});
let serverLog = '';
let browser = null;
process.on('exit', () => server && server.kill('SIGKILL'));
process.on('unhandledRejection', async (e) => {
  console.error('web_e2e: stopped by an error:', e && e.stack ? e.stack : e);
  if (serverLog) console.error('trynext serve said:\n' + serverLog.slice(-3000));
  try { if (browser) await browser.close(); } catch {}
  process.exit(1);
});
server?.stderr.on('data', (d) => { serverLog += d; });
const base = process.env.WEB_E2E_BASE || await new Promise((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error('trynext serve printed no page address in 20 s: ' + out)), 20000);
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/the manager's page is at (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]);
    }
  });
  server.on('exit', (code) => reject(new Error(`trynext serve exited with ${code}: ${serverLog}`)));
});

async function api(method, route, body) {
  const res = await fetch(new URL(route, base), {method, body: body && JSON.stringify(body),
                                                 headers: {'Content-Type': 'application/json'}});
  return {status: res.status, body: await res.json()};
}
const expected = (await api('POST', '/v1/recommendations', scenario.input)).body.recommendations.map((r) => r.id);
const instrument = (await api('GET', '/v1/assessment')).body;

// ---- The browser ----
browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const page = await browser.newPage();
await page.setViewport({width: 1280, height: 900});
const problems = [];  // console errors and Content-Security-Policy violations
page.on('console', (m) => {
  // A refused value answers 400 on purpose; the browser logs each such answer.
  if (m.type() === 'error' && !/status of 400/.test(m.text())) problems.push('console: ' + m.text());
});
page.on('pageerror', (e) => problems.push('page error: ' + e.message));
await page.evaluateOnNewDocument(() => {
  document.addEventListener('securitypolicyviolation',
                            (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
});
const cdp = await page.createCDPSession();
await cdp.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: DOWNLOADS});

const h1 = () => page.$eval('h1', (e) => e.textContent.trim());
async function waitH1(text) {
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.includes(t), {timeout: 10000}, text);
}
async function clickLink(text) {
  const links = await page.$$('main a, main button');
  for (const l of links) {
    if ((await l.evaluate((e) => e.textContent.trim())) === text) return l.click();
  }
  throw new Error(`no link or button "${text}" on ${await h1()}`);
}
const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('trynext.assessment.v1') || '{}'));

const axeSeen = new Set();
async function audit(name) {
  await page.screenshot({path: path.join(SHOTS, `${name}.png`), fullPage: true});
  if (axeSeen.has(name)) return;
  axeSeen.add(name);
  await page.evaluate(AXE);  // through the DevTools protocol, which the page's policy does not govern
  const result = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(bad.length === 0, `axe on ${name}: ${bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, ` +
                                                  v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; '))
                                          .join(' | ')}`);
}

const factorIds = instrument.factors.map((f) => f.id);
const answersOf = (fid) => Object.entries(scenario.input.answers).filter(([k]) => k.startsWith(fid + '.'));
const team = scenario.input.team;

// ---- 1. The whole questionnaire by mouse and typing ----
await page.goto(base, {waitUntil: 'networkidle0'});
await page.evaluate(() => localStorage.clear());
await page.reload({waitUntil: 'networkidle0'});
await waitH1('What to try next');
await audit('01-start');
await clickLink('Start now');
await waitH1('Assess your team');
await audit('02-task-list');
// The figures, a short page each: fills what the scenario gives on the page shown.
const figureTitles = [];
async function fillFigurePage() {
  for (const f of instrument.team_fields) {
    const v = team[f.name];
    if (v === undefined) continue;
    if (['integer', 'number', 'share', 'string'].includes(f.type) && await page.$(`#team-${f.name}-input`)) {
      await page.$eval(`#team-${f.name}-input`, (e) => { e.value = ''; });
      await page.type(`#team-${f.name}-input`, String(f.type === 'share' ? Math.round(v * 10000) / 100 : v));
    } else if (f.type === 'enum' && await page.$(`#team-${f.name}-${v}`)) {
      await page.click(`#team-${f.name}-${v}`);
    }
  }
}
async function nextPage() {
  const before = await h1();
  await clickLink('Save and continue');
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() !== t, {timeout: 10000}, before);
}
await clickLink("The team's figures");
await waitH1('What is the team called');
check(await page.$eval('h1', (e) => !!e.querySelector('label[for="team-name-input"]')),
      "a question alone on its page is the page's heading and the input's label");
check((await page.$$('main h1')).length === 1, 'one heading on a question page');
await audit('03-team-figures-name');
await fillFigurePage();
await nextPage();
await waitH1('How many practitioners');

// An invalid value: the engine's own message beside the field, and in the summary at the top.
await page.type('#team-headcount-input', '-3');
await clickLink('Save and continue');
await page.waitForSelector('.error-summary', {timeout: 10000});
const beside = await page.$eval('#team-headcount .error-message', (e) => (e.hidden ? '' : e.textContent));
check(/must be between 1 and 10000, got -3/.test(beside), `the engine's message beside headcount: "${beside}"`);
const summary = await page.$eval('.error-summary', (e) => e.textContent);
check(/must be between 1 and 10000/.test(summary), `the error summary names the problem: "${summary}"`);
check(await page.evaluate(() => document.activeElement.classList.contains('error-summary')),
      'the error summary takes the focus');
check((await page.title()).startsWith('Error:'), 'the title says there is an error');
await audit('03-team-figures-error');
await page.click('.error-summary a');
check(await page.evaluate(() => document.activeElement.id === 'team-headcount-input'),
      "the summary's link moves to the field");

await page.$eval('#team-headcount-input', (e) => { e.value = ''; });
await fillFigurePage();
await nextPage();
check(!(await page.$('.error-summary')), 'no error once the headcount is right');
while (!(await h1()).includes('What concerns you')) {
  const title = await h1();
  check(!figureTitles.includes(title), `each figures page is shown once: ${title}`);
  figureTitles.push(title);
  const fields = await page.$$eval('main [data-field]', (l) => l.map((e) => e.dataset.field));
  check(fields.length >= 1 && fields.length <= 3, `a figures page holds one to three questions: ${title}: ${fields}`);
  await fillFigurePage();
  await audit(`03-team-figures-${figureTitles.length + 2}`);
  await nextPage();
}
check(figureTitles.length >= 6, `the figures are several short pages: ${figureTitles.length + 2}`);
for (const c of team.concerns || []) await page.click(`#team-concerns-${c}`);
await audit('04-team-concerns');
await clickLink('Save and continue');
await waitH1('already has in place');
for (const id of team.in_place || []) await page.click(`#team-in_place-${id}`);
await audit('05-team-in-place');
await clickLink('Save and continue');
await waitH1('tried before');
for (const t of team.tried || []) await page.select(`#team-tried-${t.id}`, t.outcome);
await audit('06-team-tried');
await clickLink('Save and continue');

for (const [n, fid] of factorIds.entries()) {
  const factor = instrument.factors[n];
  await waitH1(factor.title);
  const shown = await page.$eval('.practice', (e) => e.textContent);
  check(shown.includes(factor.poor_practice) && shown.includes(factor.best_practice),
        `${fid}: the poor and best practice are shown`);
  for (const [id, v] of answersOf(fid)) await page.click(`#answer-${id.replace(/\./g, '-')}-${v}`);
  await audit(`07-factor-${n + 1}-${fid}`);
  if (fid === 'recruitment') {
    // Half-way: a reload loses nothing.
    const before = await stored();
    await page.reload({waitUntil: 'networkidle0'});
    await waitH1(factor.title);
    check(JSON.stringify(await stored()) === JSON.stringify(before), 'the answers survive a reload');
    for (const [id, v] of answersOf(fid))
      check(await page.$eval(`#answer-${id.replace(/\./g, '-')}-${v}`, (e) => e.checked), `${id} still ${v} after reload`);
    await page.goto(base + '#/team/staffing', {waitUntil: 'networkidle0'});
    await waitH1('Sickness, turnover and vacancies');
    check(await page.$eval('#team-turnover_rate-input', (e) => e.value) === '25',
          'a share shows again as a percentage after a reload');
    await page.goto(base + '#/factor/recruitment', {waitUntil: 'networkidle0'});
    await waitH1(factor.title);
  }
  await clickLink('Save and continue');
}
await waitH1('Check your answers');
await audit('08-check-answers');
const built = await stored();
check(JSON.stringify(built.team, Object.keys(built.team).sort()) ===
      JSON.stringify(team, Object.keys(team).sort()) &&
      JSON.stringify(Object.entries(built.answers).sort()) === JSON.stringify(Object.entries(scenario.input.answers).sort()),
      `the page's assessment is the scenario's: ${JSON.stringify(built)}`);
const checkText = await page.$eval('main', (e) => e.textContent);
check(checkText.includes('25%') && checkText.includes('Retention'), 'check your answers shows the figures in words');

await clickLink('Submit and see what to try');
await page.waitForSelector('#recommendations li', {timeout: 15000});
await page.waitForFunction(() => document.body.dataset.results, {timeout: 15000});
const shownIds = await page.$$eval('#recommendations li', (l) => l.map((e) => e.dataset.id));
check(JSON.stringify(shownIds) === JSON.stringify(expected), `the engine's order: ${shownIds} vs ${expected}`);
check(JSON.stringify(shownIds.slice(0, scenario.expect.top.length)) === JSON.stringify(scenario.expect.top),
      `the scenario's expected recommendations in order: ${shownIds} vs ${scenario.expect.top}`);
const hasReport = !!(await api('GET', '/openapi.json')).body.paths['/v1/reports'];
if (hasReport) {
  await page.waitForSelector('#report', {timeout: 15000});
  const reportText = await page.$eval('#report', (e) => e.shadowRoot.textContent);
  const titles = await page.$$eval('#recommendations li .recommendation-title', (l) => l.map((e) => e.textContent));
  let at = -1;
  const inOrder = titles.every((t) => (at = reportText.indexOf(t, at + 1)) >= 0);
  check(inOrder, 'the report shows the recommendations in the same order');
  // Its own links ("At a glance") scroll within it and leave the page's address to the router.
  const followed = await page.evaluate(() => {
    const a = document.querySelector('#report').shadowRoot.querySelector('a[href^="#"]');
    if (!a) return 'none';
    a.click();
    return location.hash;
  });
  check(followed === 'none' || followed === '#/results', `a link inside the report keeps the page: ${followed}`);
} else {
  const notice = await page.$eval('.fallback-report .notice', (e) => e.textContent);
  check(/not available from this server/.test(notice), 'without the report route the page says so');
}
await audit('09-results');
// Print prints (the browser's dialog, stubbed here); the PDF comes from the report route.
await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
await clickLink('Print');
check(await page.evaluate(() => window.__printed) === 1, 'the Print button prints');
const pdfShown = await page.$eval('main', (m) => [...m.querySelectorAll('button')]
                                              .some((b) => b.textContent === 'Download PDF' && !b.hidden));
check(pdfShown === hasReport, `Download PDF is offered only with the report route (${pdfShown})`);
if (hasReport) {
  for (const f of fs.readdirSync(DOWNLOADS)) fs.rmSync(path.join(DOWNLOADS, f));
  await clickLink('Download PDF');
  const pdf = path.join(DOWNLOADS, 'trynext-report.pdf');
  for (let i = 0; i < 300 && !fs.existsSync(pdf); i++) await sleep(100);
  const note = await page.$eval('main', (m) => m.textContent);
  if (/The PDF could not be made/.test(note)) console.log('PDF not made on this machine:', note.match(/The PDF could not be made[^.]*/)[0]);
  else check(fs.existsSync(pdf) && fs.readFileSync(pdf).subarray(0, 5).toString() === '%PDF-', 'Download PDF gives a PDF');
}

// ---- 2. Change an answer on the results page: the list updates at once ----
const acute = instrument.team_fields.find((f) => f.name === 'months_since_serious_incident');
check(!!acute, 'the instrument has months_since_serious_incident');
const changed = {...scenario.input, team: {...team, months_since_serious_incident: 1, concerns: team.concerns}};
const expectedChanged = (await api('POST', '/v1/recommendations', changed)).body.recommendations.map((r) => r.id);
check(JSON.stringify(expectedChanged) !== JSON.stringify(expected), 'the change matters to the engine');
const generation = await page.evaluate(() => document.body.dataset.results);
const t0 = Date.now();
await page.type('.change-form #team-months_since_serious_incident-input', '1');
await page.waitForFunction((g) => document.body.dataset.results !== g, {timeout: 10000}, generation);
const updated = await page.$$eval('#recommendations li', (l) => l.map((e) => e.dataset.id));
check(JSON.stringify(updated) === JSON.stringify(expectedChanged), `after the change: ${updated} vs ${expectedChanged}`);
console.log(`results updated ${Date.now() - t0} ms after the key press (including a 400 ms pause for typing)`);
check((await stored()).team.months_since_serious_incident === 1, 'the change is saved with the answers');
await audit('10-results-changed');

// Save to a file: the CLI reads what the page writes.
for (const f of fs.readdirSync(DOWNLOADS)) fs.rmSync(path.join(DOWNLOADS, f));
await clickLink('Save answers to a file');
let saved = '';
for (let i = 0; i < 50 && !saved; i++) {
  await sleep(100);
  if (fs.existsSync(path.join(DOWNLOADS, 'trynext-assessment.json'))) saved = path.join(DOWNLOADS, 'trynext-assessment.json');
}
if (check(!!saved, 'save to a file downloads trynext-assessment.json')) {
  const cli = JSON.parse(execFileSync(TRYNEXT, ['recommend', saved, '--format', 'json']).toString());
  check(JSON.stringify(cli.recommendations.map((r) => r.id)) === JSON.stringify(expectedChanged),
        'the saved file gives the same answer through trynext recommend');
}

// ---- 3. Open a filled-in `trynext assessment template` ----
let template = execFileSync(TRYNEXT, ['assessment', 'template']).toString();
for (const [k, v] of Object.entries(team))
  template = template.replace(new RegExp(`("${k}": )null`), `$1${JSON.stringify(v)}`);
for (const [k, v] of Object.entries(scenario.input.answers))
  template = template.replace(new RegExp(`("${k.replace('.', '\\.')}": )"unknown"`), `$1"${v}"`);
// What the template tells a manager to do with the rest: delete each line still null.
template = template.replace(/^\s*"[a-z_]+": null,?\n/gm, '').replace(/,((\s*\/\/[^\n]*)*\s*\n\s*})/g, '$1');
const templatePath = path.join(OUT, 'filled-template.json');
fs.writeFileSync(templatePath, template);
execFileSync(TRYNEXT, ['recommend', templatePath, '--format', 'json']);  // the CLI takes it too
await page.goto(base + '#/', {waitUntil: 'networkidle0'});
await page.evaluate(() => localStorage.clear());
await page.reload({waitUntil: 'networkidle0'});
const input = await page.$('#open-file');
await input.uploadFile(templatePath);
await waitH1('Assess your team');
const opened = await stored();
check(opened.team.headcount === team.headcount && opened.team.turnover_rate === team.turnover_rate &&
      opened.answers['recruitment.a'] === 'not_met' && opened.answers['support.a'] === 'unknown' &&
      !('name' in opened.team), `the template opens, its blanks left out: ${JSON.stringify(opened.team)}`);
const statuses = await page.$$eval('.task-list .tag', (l) => l.map((e) => e.textContent));
check(statuses.filter((s) => s === 'Completed').length >= 7, `every factor answered in the file: ${statuses}`);
await audit('02-task-list-opened');
await page.goto(base + '#/results', {waitUntil: 'networkidle0'});
await page.waitForFunction(() => document.body.dataset.results, {timeout: 15000});
const fromFile = await page.$$eval('#recommendations li', (l) => l.map((e) => e.dataset.id));
const expectedFile = (await api('POST', '/v1/recommendations',
                                {team: opened.team, answers: opened.answers})).body.recommendations.map((r) => r.id);
check(JSON.stringify(fromFile) === JSON.stringify(expectedFile), 'the opened file gives the engine\'s answer');

// A file that is not an assessment: a message, nothing lost.
const badPath = path.join(OUT, 'not-an-assessment.json');
fs.writeFileSync(badPath, '{"team": ');
await page.goto(base + '#/', {waitUntil: 'networkidle0'});
await (await page.$('#open-file')).uploadFile(badPath);
await page.waitForSelector('.error-summary', {timeout: 5000});
check(/not an assessment/.test(await page.$eval('.error-summary', (e) => e.textContent)), 'a broken file is refused');
check((await stored()).team.headcount === team.headcount, 'a refused file changes nothing');
await audit('01-start-bad-file');

// ---- 4. The whole journey with the keyboard only ----
await page.evaluate(() => localStorage.clear());
await page.goto(base + '#/', {waitUntil: 'networkidle0'});
await page.reload({waitUntil: 'networkidle0'});
await waitH1('What to try next');
const focused = () => page.evaluate(() => {
  const e = document.activeElement;
  return {tag: e.tagName, text: e.textContent.trim(), id: e.id, type: e.type || ''};
});
// Presses Tab until the focused element matches, at most limit times.
async function tabTo(match, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (match(f)) return f;
  }
  throw new Error(`keyboard: nothing matched after ${limit} tabs on "${await h1()}"`);
}
const byText = (t) => (f) => f.text === t;
await tabTo(byText('Start now'));
await page.keyboard.press('Enter');
await waitH1('Assess your team');
await tabTo(byText("The team's figures"));
await page.keyboard.press('Enter');
await waitH1('What is the team called');
for (let n = 0; n < 30 && !(await h1()).includes('What concerns you'); n++) {
  const title = await h1();
  for (const [id, text] of [['team-headcount-input', '12'], ['team-turnover_rate-input', '30']]) {
    if (!(await page.$(`#${id}`))) continue;
    await tabTo((f) => f.id === id);
    await page.keyboard.type(text);
  }
  await tabTo(byText('Save and continue'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() !== t, {timeout: 10000}, title);
}
await waitH1('What concerns you');
await tabTo((f) => f.id === 'team-concerns-retention');
await page.keyboard.press('Space');
await tabTo(byText('Save and continue'));
await page.keyboard.press('Enter');
await waitH1('already has in place');
await tabTo(byText('Save and continue'));
await page.keyboard.press('Enter');
await waitH1('tried before');
await tabTo(byText('Save and continue'));
await page.keyboard.press('Enter');
for (const factor of instrument.factors) {
  await waitH1(factor.title);
  await tabTo((f) => f.type === 'radio');  // the first statement's radios: one stop
  await page.keyboard.press('ArrowRight');  // moves to, and chooses, "Partly"
  await tabTo(byText('Save and continue'));
  await page.keyboard.press('Enter');
}
await waitH1('Check your answers');
await tabTo(byText('Submit and see what to try'));
await page.keyboard.press('Enter');
await page.waitForSelector('#recommendations li', {timeout: 15000});
const keyed = await stored();
check(keyed.team.headcount === 12 && keyed.team.turnover_rate === 0.3 && keyed.team.concerns[0] === 'retention' &&
      Object.values(keyed.answers).filter((v) => v === 'partly').length === 7,
      `the keyboard journey's answers: ${JSON.stringify(keyed)}`);
await tabTo(byText('Print'), 40);
const inPanel = await tabTo((f) => f.id === 'team-headcount-input', 80);
check(inPanel.id === 'team-headcount-input', 'the change panel is reached by keyboard');
await audit('11-results-keyboard');

// ---- 5. Narrow screen: nothing wider than the page ----
await page.setViewport({width: 375, height: 800});
for (const [name, route] of [['12-phone-task-list', '#/tasks'], ['13-phone-factor', '#/factor/support'],
                             ['14-phone-results', '#/results']]) {
  await page.goto(base + route, {waitUntil: 'networkidle0'});
  // The answer is shown once the engine has answered (on a loaded machine, after networkidle).
  if (route === '#/results') await page.waitForSelector('body[data-results]', {timeout: 15000});
  await sleep(300);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  check(wide <= 375, `${name}: the page fits a phone (${wide} px wide)`);
  await audit(name);
}

check(problems.length === 0, `no console error or policy violation: ${problems.join(' | ')}`);
await browser.close();
if (server) {
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`web_e2e: ${checks - failures.length} passed, ${failures.length} failed (${seconds} s; screenshots in ${SHOTS})`);
process.exit(failures.length ? 1 : 0);
