// A team's year through the manager's pages (issue 17's story), in Debian's chromium driven by
// puppeteer-core, against a `trynext serve` this test starts on a free loopback port with a temporary
// SQLite store and a token:
//   node team_e2e.mjs TRYNEXT SOURCE_DIR OUT_DIR NODE_MODULES_DIR
// Opens the March answers (examples/team-merger.json), opens team "north", is refused without the
// token (the 401 said plainly), gives the token (kept in session storage only), assesses; starts
// restorative supervision and mindfulness (what next: both acknowledged, keep going); records one
// helped and one no change; enters six months of sickness figures (the run chart: six points, the
// median, both start months marked, "not enough data yet"); opens the September answers and
// re-assesses: the comparison names the action started in between, and mindfulness, tried without
// benefit, ranks lower with the reason. Checks each step against the
// service's own JSON, runs axe-core on every new page and saves screenshots as OUT_DIR/screenshots/team-*.png.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';

const [TRYNEXT, SOURCE, OUT, MODULES] = process.argv.slice(2).map((a) => path.resolve(a));
const require = createRequire(path.join(MODULES, 'package.json'));
const puppeteer = require('puppeteer-core');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.join(OUT, 'screenshots');
fs.mkdirSync(SHOTS, {recursive: true});
for (const f of fs.readdirSync(SHOTS)) if (f.startsWith('team-')) fs.rmSync(path.join(SHOTS, f));
const TOKEN = 'team-story-token';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trynext-team-e2e-'));
const store = path.join(work, 'history.db');
fs.writeFileSync(path.join(work, 'token'), TOKEN + '\n', {mode: 0o600});

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
const started = Date.now();

// The March and September answers, as the service test tells the story (history_service_test.py).
const march = JSON.parse(fs.readFileSync(path.join(SOURCE, 'examples/team-merger.json'), 'utf8')
                             .replace(/^\s*\/\/.*$/gm, ''));
delete march.team.in_place;
delete march.team.tried;
const september = JSON.parse(JSON.stringify(march));
for (const k of ['support.a', 'support.b', 'support.c', 'support.e']) september.answers[k] = 'met';
const marchFile = path.join(work, 'march.json');
const septemberFile = path.join(work, 'september.json');
fs.writeFileSync(marchFile, JSON.stringify(march, null, 2));
fs.writeFileSync(septemberFile, JSON.stringify(september, null, 2));

// ---- The service ----
const env = {...process.env};
delete env.TRYNEXT_STORE;
delete env.TRYNEXT_TOKEN;
const server = spawn(TRYNEXT, ['serve', '--port', '0', '--store', store, '--token-file', path.join(work, 'token')],
                     {stdio: ['ignore', 'pipe', 'pipe'], env});
let serverLog = '';
let browser = null;
const cleanup = () => {
  try { server.kill('SIGKILL'); } catch {}
  fs.rmSync(work, {recursive: true, force: true});
};
process.on('exit', cleanup);
process.on('unhandledRejection', async (e) => {
  console.error('team_e2e: stopped by an error:', e && e.stack ? e.stack : e);
  if (serverLog) console.error('trynext serve said:\n' + serverLog.slice(-3000));
  try { if (browser) await browser.close(); } catch {}
  process.exit(1);
});
server.stderr.on('data', (d) => { serverLog += d; });
const base = await new Promise((resolve, reject) => {
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
async function api(route) {
  const res = await fetch(new URL(route, base));
  return {status: res.status, body: await res.json()};
}
const openapi = (await api('/openapi.json')).body;
if (!openapi.paths['/v1/teams/{team}/report']) throw new Error('the service has no GET /v1/teams/{team}/report');

// ---- The browser ----
browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const page = await browser.newPage();
await page.setViewport({width: 1280, height: 900});
const problems = [];
page.on('console', (m) => {
  // A refused write (400, 401) and a team not kept yet (404) are on purpose; the browser logs each.
  if (m.type() === 'error' && !/status of 40[014]/.test(m.text())) problems.push('console: ' + m.text());
});
page.on('pageerror', (e) => problems.push('page error: ' + e.message));
await page.evaluateOnNewDocument(() => {
  document.addEventListener('securitypolicyviolation',
                            (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
});

const h1 = () => page.$eval('h1', (e) => e.textContent.trim());
const waitH1 = (text) => page.waitForFunction((t) => document.querySelector('h1')?.textContent.includes(t),
                                              {timeout: 15000}, text);
const mainText = () => page.$eval('main', (e) => e.innerText);
async function clickButton(text, within = 'main') {
  for (const b of await page.$$(`${within} button, ${within} a`))
    if ((await b.evaluate((e) => e.textContent.trim())) === text) return b.click();
  throw new Error(`no button "${text}" in ${within} on "${await h1()}"`);
}
// Opens a closed form (a details element) by its summary.
async function openForm(summary) {
  await page.evaluate((t) => {
    const s = [...document.querySelectorAll('main details > summary')].find((x) => x.textContent.trim() === t);
    if (!s) throw new Error(`no form "${t}"`);
    s.parentElement.open = true;
  }, summary);
}
async function typeInto(selector, text) {
  await page.$eval(selector, (e) => { e.value = ''; });
  await page.type(selector, text);
}
// Waits for the team page to show a history with these many records.
async function waitTeam(assessments, actions, outcomes, measures) {
  await page.waitForFunction((want) => document.body.dataset.team === want, {timeout: 15000},
                             `north:${assessments}:${actions}:${outcomes}:${measures}`);
}
const waitFlash = (text) => page.waitForFunction((t) => document.querySelector('#flash')?.textContent.includes(t),
                                                 {timeout: 10000}, text);
async function gotoTeam(...counts) {
  await page.evaluate(() => { delete document.body.dataset.team; });
  if (page.url().endsWith('#/teams/north')) await page.reload({waitUntil: 'networkidle0'});
  else await page.goto(base + '#/teams/north', {waitUntil: 'networkidle0'});
  await waitTeam(...counts);
}
async function audit(name) {
  await page.screenshot({path: path.join(SHOTS, `team-${name}.png`), fullPage: true});
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(bad.length === 0, `axe on team-${name}: ${bad.map((v) => `${v.id} (${v.impact}): ` +
                                                            v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; '))
                                                    .join(' | ')}`);
}
async function openAnswers(file) {
  await page.goto(base + '#/', {waitUntil: 'networkidle0'});
  await (await page.$('#open-file')).uploadFile(file);
  await waitH1('Assess your team');
}
async function reportText() {
  await page.waitForSelector('#report', {timeout: 30000});
  return page.$eval('#report', (e) => e.shadowRoot.textContent.replace(/\s+/g, ' '));
}

// ---- 1. The March answers, and the team's page ----
await page.goto(base, {waitUntil: 'networkidle0'});
await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
await openAnswers(marchFile);
await page.goto(base + '#/', {waitUntil: 'networkidle0'});
await clickButton("Open your team's page");
await waitH1("Your teams' history");
await page.waitForFunction(() => !/Looking for/.test(document.querySelector('#team-list').textContent), {timeout: 10000});
check(/No team is kept here yet/.test(await mainText()), 'an empty store says no team is kept yet');
await clickButton('Open the team');
await page.waitForSelector('.error-summary', {timeout: 5000});
check(/Enter the team's id/.test(await page.$eval('.error-summary', (e) => e.textContent)),
      'an empty team id is refused beside the field and in the summary');
await typeInto('#team-id', 'north');
await clickButton('Open the team');
await waitH1('New team: north');
await audit('01-new-team');

// Without the token: refused, and said so.
await clickButton('Assess the team and record it');
await page.waitForSelector('.error-summary', {timeout: 10000});
const refused = await page.$eval('.error-summary', (e) => e.textContent);
check(/changes need the service's access token/.test(refused), `a write without the token is refused plainly: ${refused}`);
check((await page.title()).startsWith('Error:'), 'the title says there is an error');
await audit('02-refused');

await typeInto('#token-input', TOKEN);
await clickButton('Use this token');
await page.waitForFunction(() => !document.querySelector('#token-input'), {timeout: 5000});
const kept = await page.evaluate(() => ({session: sessionStorage.getItem('trynext.token'),
                                         local: JSON.stringify(localStorage)}));
check(kept.session === TOKEN && !kept.local.includes(TOKEN), 'the token is kept in session storage only');
await typeInto('#assessed_on', '2026-03-01');
await clickButton('Assess the team and record it');
await waitH1('What to try next');
const firstReport = await reportText();
check(/The team over time/.test(firstReport) && /first assessment/.test(firstReport),
      "the first report has the team over time, and says it is the team's first assessment");
let history = (await api('/v1/teams/north')).body;
check(history.assessments.length === 1 && history.assessments[0].assessed_on === '2026-03-01',
      `the assessment is recorded: ${history.assessments.length}`);
const firstTop = history.assessments[0].result.recommendations.map((r) => r.title);
let at = -1;
check(firstTop.every((t) => (at = firstReport.indexOf(t, at + 1)) >= 0), `the report shows the recommendations in order: ${firstTop}`);
await audit('03-first-report');

// ---- 2. Two actions ----
await clickButton("Back to the team's page");
await waitTeam(1, 0, 0, 0);
check((await page.$$('#assessments-table tbody tr')).length === 1, 'the team page lists the assessment');
await page.select('#intervention', 'restorative_supervision');
await typeInto('#owner', 'team lead');
await typeInto('#start_date', '2026-03-15');
await typeInto('#review_date', '2026-09-15');
await typeInto('#dose', 'monthly, 6 sessions');
await clickButton('Start this action');
await waitTeam(1, 1, 0, 0);
check(/Action started: Restorative supervision/.test(await page.$eval('#flash', (e) => e.textContent)),
      'the page says the action started');
check(await page.evaluate(() => document.activeElement.id === 'flash'), 'the message takes the focus');
await openForm('Start an action');
await page.select('#intervention', 'mindfulness');
await typeInto('#start_date', '2026-03-20');
await clickButton('Start this action');
await waitTeam(1, 2, 0, 0);
const row = (id) => page.$eval(`#actions-table tr[data-intervention="${id}"]`, (e) => e.innerText.replace(/\s+/g, ' '));
check(/team lead.*15 March 2026.*15 September 2026.*monthly, 6 sessions.*Not said.*Running.*Not judged yet/
          .test(await row('restorative_supervision')), `the action's row: ${await row('restorative_supervision')}`);
// A wrong date: the store's message beside the field.
await openForm('Start an action');
await page.select('#intervention', 'peer_support');
await typeInto('#start_date', '15/03/2026');
await clickButton('Start this action');
await page.waitForSelector('.error-summary', {timeout: 10000});
const dateError = await page.$eval('#start_date-group .error-message', (e) => (e.hidden ? '' : e.textContent));
check(/Start date|start_date/i.test(dateError), `a wrong date is named beside its field: "${dateError}"`);
await audit('04-action-error');

// What next, while both run: acknowledged (keep going), not recommended afresh.
await gotoTeam(1, 2, 0, 0);
await clickButton('See what to try next now');
await waitH1('What to try next');
const running = await reportText();
const next = (await api('/v1/teams/north/next')).body;
check(JSON.stringify(next.history.in_place_from_history) === '["restorative_supervision","mindfulness"]',
      `the service sends the running actions as in place: ${JSON.stringify(next.history)}`);
const keepAt = running.indexOf('Already in place: keep going');
check(keepAt >= 0 && running.indexOf('Restorative supervision', keepAt) > keepAt &&
      running.indexOf('Mindfulness', keepAt) > keepAt, 'the report says keep going with both running actions');
check(!next.result.recommendations.some((r) => ['restorative_supervision', 'mindfulness'].includes(r.id)),
      'neither running action is recommended afresh');
await audit('05-report-running');

// ---- 3. How they went (an outcome finishes its action) ----
history = (await api('/v1/teams/north')).body;
const actionOf = (id) => history.actions.find((a) => a.intervention === id).id;
await gotoTeam(1, 2, 0, 0);
await openForm('Change an action: delivered, status');
await page.select('#change_action', actionOf('restorative_supervision'));
await page.click('#delivered_as_planned-0');
await clickButton('Save the change');
await waitFlash('Action changed: Restorative supervision');
await openForm('Record how an action went');
await page.select('#outcome_action', actionOf('restorative_supervision'));
await page.click('#outcome-0');  // helped
await typeInto('#outcome_date', '2026-08-30');
await typeInto('#outcome_note', 'fewer days lost');
await clickButton('Record how it went');
await waitTeam(1, 2, 1, 0);
await openForm('Record how an action went');
await page.select('#outcome_action', actionOf('mindfulness'));
await page.click('#outcome-1');  // no change
await typeInto('#outcome_date', '2026-06-01');
await clickButton('Record how it went');
await waitTeam(1, 2, 2, 0);
check(/Yes.*Finished.*It helped on 30 August 2026: fewer days lost/.test(await row('restorative_supervision')),
      `restorative supervision: delivered, finished, helped: ${await row('restorative_supervision')}`);
check(/Finished.*No change on 1 June 2026/.test(await row('mindfulness')), `mindfulness: finished, no change: ${await row('mindfulness')}`);

// ---- 4. Six months of sickness figures ----
const months = [['2026-03', '7'], ['2026-04', '6.8'], ['2026-05', '6.4'], ['2026-06', '6'], ['2026-07', '5.5'],
                ['2026-08', '5']];
for (const [n, [month, value]] of months.entries()) {
  await openForm("Enter a month's figures");
  await typeInto('#month', month);
  await typeInto('#measure-sickness_absence_rate', value);
  await clickButton("Save the month's figures");
  await waitTeam(1, 2, 2, n + 1);
}
history = (await api('/v1/teams/north')).body;
check(history.measures.map((m) => m.sickness_absence_rate).join() === '0.07,0.068,0.064,0.06,0.055,0.05',
      `the figures are kept as shares: ${history.measures.map((m) => m.sickness_absence_rate)}`);
const verdict = await page.$eval('#verdict-sickness_absence_rate', (e) => e.textContent);
check(/6 months of sickness absence figures: not enough data yet/.test(verdict), `six points: not enough data yet: ${verdict}`);
const chart = await page.$eval('#run-chart-sickness_absence_rate', (svg) => ({
  points: svg.querySelectorAll('circle.point').length,
  median: svg.querySelectorAll('.median-line').length,
  marks: svg.querySelectorAll('.action-mark').length,
  label: [...(svg.getAttribute('aria-labelledby') || '').split(' ')].map((id) => document.getElementById(id)?.textContent).join(' '),
}));
check(chart.points === 6 && chart.median === 1 && chart.marks === 2, `the run chart: ${JSON.stringify(chart)}`);
check(/Mar 26 7%/.test(chart.label) && /Restorative supervision/.test(chart.label) && /Median 6\.2%/.test(chart.label),
      `the chart's description says what it shows: ${chart.label}`);
// A month that is not a month: the store's own message beside the field.
await openForm("Enter a month's figures");
await typeInto('#month', 'March');
await typeInto('#measure-sickness_absence_rate', '5');
await clickButton("Save the month's figures");
await page.waitForSelector('.error-summary', {timeout: 10000});
check(!!(await page.$eval('#month-group .error-message', (e) => !e.hidden && e.textContent)),
      'a wrong month is refused beside its field');
await gotoTeam(1, 2, 2, 6);
await page.evaluate(() => { for (const d of document.querySelectorAll('main details')) d.open = true; });
await audit('06-team-page');

// ---- 5. The September answers: re-assess ----
await openAnswers(septemberFile);
await gotoTeam(1, 2, 2, 6);
await typeInto('#assessed_on', '2026-09-01');
await clickButton('Assess the team and record it');
await waitH1('What to try next');
const changes = await page.$eval('#changes-list', (e) => e.textContent);
check(/Since restorative supervision started in March 2026, 4 more support indicators are met/.test(changes),
      `the comparison names the action started in between: ${changes}`);
check(/not proof/.test(await page.$eval('.changes', (e) => e.textContent)), 'the comparison says it is not proof');
const second = await reportText();
history = (await api('/v1/teams/north')).body;
const latest = history.assessments[1].result;
check(JSON.stringify(history.assessments[1].input.team.tried || null) === 'null',
      'the September answers themselves say nothing of what was tried: the history does');
check(!latest.recommendations.slice(0, 5).some((r) => r.id === 'mindfulness'),
      `mindfulness, tried without benefit, is not in the top five: ${latest.recommendations.map((r) => r.id)}`);
const triedAt = second.indexOf('What the team tried before');
check(triedAt >= 0 && /Mindfulness/.test(second.slice(triedAt, triedAt + 1500)) &&
      /no difference|no change/i.test(second.slice(triedAt, triedAt + 1500)), `the report says mindfulness was tried with no change: ${second.slice(triedAt, triedAt + 400)}`);
const overTime = second.slice(second.indexOf('The team over time'));
check(/What changed since the assessment of 1 March 2026/.test(overTime) &&
      /Since restorative supervision started in March 2026/.test(overTime) &&
      /not enough data yet/.test(overTime), "the report's section on the team over time");
const reportChart = await page.$eval('#report', (e) => {
  const svg = e.shadowRoot.querySelector('svg.run-chart');
  return svg ? {points: svg.querySelectorAll('.point').length, marks: svg.querySelectorAll('.action-mark').length} : null;
});
check(reportChart && reportChart.points === 6 && reportChart.marks === 2, `the report's run chart: ${JSON.stringify(reportChart)}`);
await audit('07-second-report');
await page.screenshot({path: path.join(SHOTS, 'team-07-second-report-top.png')});  // the first screen, readable

await clickButton("Back to the team's page");
await waitTeam(2, 2, 2, 6);
const rows = await page.$$eval('#assessments-table tbody tr', (l) => l.map((e) => e.innerText.replace(/\s+/g, ' ')));
check(rows.length === 2 && /1 September 2026/.test(rows[1]) && /\+4 met/.test(rows[1]),
      `the assessments over time with their change: ${rows}`);
const support = await page.$eval('#factors-table tr[data-factor="support"]', (e) => e.innerText.replace(/\s+/g, ' '));
check(/3 of 11 7 of 11 \+4/.test(support), `the support factor's indicators met, then and now: ${support}`);
await audit('08-team-page-after');

// The teams list now offers the team; a phone's width fits.
await page.goto(base + '#/teams', {waitUntil: 'networkidle0'});
await page.waitForSelector('.team-list a', {timeout: 10000});
check(/Northfield merged health visiting team/.test(await page.$eval('.team-list', (e) => e.textContent)),
      'the teams kept are listed by name');
await audit('09-teams');
await page.setViewport({width: 375, height: 800});
await gotoTeam(2, 2, 2, 6);
const wide = await page.evaluate(() => document.documentElement.scrollWidth);
check(wide <= 375, `the team page fits a phone (${wide} px wide)`);
await audit('10-phone-team-page');

// Keyboard: the token form, a write and the contents' links are reached with Tab alone.
await page.setViewport({width: 1280, height: 900});
await page.evaluate(() => sessionStorage.clear());
await gotoTeam(2, 2, 2, 6);
let reached = false;
for (let i = 0; i < 40 && !reached; i++) {
  await page.keyboard.press('Tab');
  reached = await page.evaluate(() => document.activeElement.id === 'token-input');
}
check(reached, 'the token field is reached by keyboard');
await page.keyboard.type(TOKEN);
await page.keyboard.press('Enter');
await page.waitForFunction(() => !document.querySelector('#token-input'), {timeout: 5000});
check(await page.evaluate(() => sessionStorage.getItem('trynext.token')) === 'team-story-token',
      'the token is given with the keyboard alone');

check(problems.length === 0, `no console error or policy violation: ${problems.join(' | ')}`);
await browser.close();
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`team_e2e: ${checks - failures.length} passed, ${failures.length} failed (${seconds} s; screenshots in ${SHOTS}/team-*)`);
process.exit(failures.length ? 1 : 0);
