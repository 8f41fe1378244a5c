// A respondent's survey page (web/respond.html) in Debian's chromium driven by puppeteer-core, against a
// `trynext serve` this test starts on a free loopback port with a temporary SQLite store and a token:
//   node respond_e2e.mjs TRYNEXT SOURCE_DIR OUT_DIR NODE_MODULES_DIR
// The manager starts a survey of a team of 12 on the team's page (the codes shown once). One respondent answers
// with the keyboard alone (Tab, Space, arrow keys, Enter): the statement of who sees what, the code, the
// group, every factor page with its progress, check your answers, sent; axe-core on each kind of page.
// The answers saved in the browser survive a reload and are removed once sent. A second use of the same
// code is refused on the page with the error summary. Eleven more answer through the service, and the
// manager's release on the page shows 12 of 12, a stacked bar per factor, what is held back, the advice. Screenshots in OUT_DIR/screenshots/respond-*.png.
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
for (const f of fs.readdirSync(SHOTS)) if (f.startsWith('respond-')) fs.rmSync(path.join(SHOTS, f));
const TOKEN = 'respond-story-token';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trynext-respond-e2e-'));
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

const env = {...process.env};
delete env.TRYNEXT_STORE;
delete env.TRYNEXT_TOKEN;
const server = spawn(TRYNEXT, ['serve', '--port', '0', '--store', path.join(work, 'history.db'), '--token-file',
                               path.join(work, 'token')], {stdio: ['ignore', 'pipe', 'pipe'], env});
let serverLog = '';
let browser = null;
process.on('exit', () => {
  try { server.kill('SIGKILL'); } catch {}
  fs.rmSync(work, {recursive: true, force: true});
});
process.on('unhandledRejection', async (e) => {
  console.error('respond_e2e: stopped by an error:', e && e.stack ? e.stack : e);
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
async function api(method, route, body) {
  const res = await fetch(new URL(route, base), {method, headers: {'Content-Type': 'application/json',
                                                                  Authorization: `Bearer ${TOKEN}`},
                                                 body: body === undefined ? undefined : JSON.stringify(body)});
  return {status: res.status, body: await res.json().catch(() => null)};
}

// ---- The manager's survey, through the service ----
const example = JSON.parse(fs.readFileSync(path.join(SOURCE, 'examples/team-merger.json'), 'utf8')
                               .replace(/^\s*\/\/.*$/gm, ''));
example.team.headcount = 12;
check((await api('POST', '/v1/teams/north/assessments?name=Northfield', example)).status === 201, 'the team is recorded');
// ---- The browser ----
browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true,
                                  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']});
const page = await browser.newPage();
await page.setViewport({width: 1000, height: 900});
const problems = [];
page.on('console', (m) => {
  if (m.type() === 'error' && !/status of (409|404)/.test(m.text())) problems.push('console: ' + m.text());
});
page.on('pageerror', (e) => problems.push('page error: ' + e.message));
const h1 = () => page.$eval('h1', (e) => e.textContent.trim());
async function clickButton(text) {
  for (const b of await page.$$('main button, main a'))
    if ((await b.evaluate((e) => e.textContent.trim())) === text) return b.click();
  throw new Error(`no button "${text}" on "${await h1()}"`);
}
const waitH1 = (text) => page.waitForFunction((t) => document.querySelector('h1')?.textContent.includes(t),
                                              {timeout: 15000}, text);
const focused = () => page.evaluate(() => {
  const e = document.activeElement;
  return e ? `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}:${(e.textContent || e.value || '').trim().slice(0, 40)}` : '';
});
const audited = new Set();
async function audit(name) {
  await page.screenshot({path: path.join(SHOTS, `respond-${name}.png`), fullPage: true});
  if (audited.has(name)) return;
  audited.add(name);
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(bad.length === 0, `axe on respond-${name}: ${bad.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
}
async function tabTo(predicate, what, most = 80) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (predicate(await focused())) return;
  }
  throw new Error(`Tab never reached ${what} on "${await h1()}"`);
}

// ---- The manager starts the survey on the team's page ----
await page.goto(base + '#/teams/north', {waitUntil: 'networkidle0'});
await page.waitForFunction(() => document.body.dataset.team?.startsWith('north:'), {timeout: 15000});
await page.type('#token-input', TOKEN);
await clickButton('Use this token');
// The page is drawn again with the token: wait for that one (no token field), not the first drawing's
// survey box, which is replaced while the test would be typing into it.
await page.waitForFunction(() => !document.querySelector('#token-input') &&
                                 document.querySelector('#surveys')?.dataset.surveys === '0', {timeout: 15000});
await page.evaluate(() => { document.querySelector('#survey-form').closest('details').open = true; });
await page.type('#survey-headcount', '12');  // the fewest shown stays at its default, 5
await page.type('#survey-groups', 'Health visitor, admin');
await clickButton('Start the survey');
await page.waitForSelector('.codes-list', {timeout: 15000});
const codes = await page.$$eval('.codes-list code', (l) => l.map((e) => e.textContent.trim()));
check(codes.length === 12, `twelve codes shown once on the page (${codes.length})`);
const address = await page.$eval('.codes-panel strong', (e) => e.textContent);
const survey = (address.match(/survey=([0-9a-f]{32})/) || [])[1];
check(!!survey, `the respondents' address is shown (${address})`);
await audit('manager-codes');

await page.goto(`${base}respond.html#survey=${survey}`, {waitUntil: 'networkidle0'});
await waitH1('Team survey for Northfield');
check((await page.$eval('main', (e) => e.innerText)).includes("never one person's answers"),
      'the start page says who will see what');
await audit('start');

// The code, the group and Start, with the keyboard only.
await tabTo((f) => f.startsWith('input#code'), 'the code field');
await page.keyboard.type(codes[0].toLowerCase());
await tabTo((f) => f.startsWith('input#group-0'), 'the first group');
await page.keyboard.press('Space');
await tabTo((f) => f.startsWith('button') && f.endsWith(':Start'), 'Start');
await page.keyboard.press('Enter');

// Every factor page: for each statement, Tab into its radios, an arrow key or two, Space.
const form = (await (await fetch(new URL(`/v1/surveys/${survey}/form`, base))).json());
const expected = {};
for (let k = 0; k < form.factors.length; k++) {
  const factor = form.factors[k];
  await waitH1(factor.title);
  check((await page.$eval('main', (e) => e.innerText)).includes(`Part ${k + 1} of ${form.factors.length}`),
        `progress on ${factor.title}`);
  if (k === 0) await audit('factor');
  for (let i = 0; i < factor.indicators.length; i++) {
    const id = factor.indicators[i].id;
    await tabTo((f) => f.startsWith('input#' + id.replace(/[^a-z0-9_-]/gi, '-')), `the radios of ${id}`);
    const moves = (i + k) % 3;  // met, partly or not met
    for (let m = 0; m < moves; m++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expected[id] = ['met', 'partly', 'not_met'][moves];
  }
  if (k === 1) {
    // Saved in the browser: a reload keeps the answers and the page.
    await page.reload({waitUntil: 'networkidle0'});
    await waitH1(factor.title);
    const kept = await page.$$eval('main input[type=radio]:checked', (l) => l.length);
    check(kept === factor.indicators.length, `a reload keeps this page's answers (${kept} of ${factor.indicators.length})`);
  }
  const next = k === form.factors.length - 1 ? 'Check your answers' : 'Continue';
  await tabTo((f) => f.startsWith('button') && f.endsWith(':' + next), next);
  await page.keyboard.press('Enter');
}
await waitH1('Check your answers');
check((await page.$eval('main', (e) => e.innerText)).includes('Role: Health visitor'), 'check page gives the group');
await audit('check');
// The reload above started a new tab session? No: sessionStorage survives a reload, so the code is kept.
await tabTo((f) => f.startsWith('button') && f.endsWith(':Send my answers'), 'Send my answers');
await page.keyboard.press('Enter');
await waitH1('Your answers have been sent');
await audit('sent');
check(await page.evaluate((k) => localStorage.getItem(k) === null, `trynext-survey-${survey}`),
      'the saved answers are removed once sent');

// The same code again, in a fresh page: refused with the error summary on the start page.
const again = await browser.newPage();
await again.goto(`${base}respond.html#survey=${survey}`, {waitUntil: 'networkidle0'});
await again.waitForSelector('#code');
await again.type('#code', codes[0]);
for (const b of await again.$$('main button')) if ((await b.evaluate((e) => e.textContent)) === 'Start') await b.click();
await again.waitForFunction(() => document.querySelector('h1')?.textContent.includes('Infrastructure') ||
                                  document.querySelector('h1')?.textContent.length > 0, {timeout: 10000});
// Straight to the check page, and send with no answers: the service refuses the code.
await again.evaluate((n) => {
  const k = Object.keys(localStorage).find((x) => x.startsWith('trynext-survey-'));
  const s = JSON.parse(localStorage.getItem(k));
  s.step = n + 1;
  localStorage.setItem(k, JSON.stringify(s));
}, form.factors.length);
await again.reload({waitUntil: 'networkidle0'});
await again.waitForFunction(() => document.querySelector('h1')?.textContent.includes('Check your answers'), {timeout: 10000});
for (const b of await again.$$('main button')) if ((await b.evaluate((e) => e.textContent)) === 'Send my answers') await b.click();
await again.waitForSelector('.error-summary', {timeout: 10000});
const refusal = await again.$eval('.error-summary', (e) => e.innerText);
check(/used already/.test(refusal), `a second use of the code is refused on the page (${refusal})`);
await again.screenshot({path: path.join(SHOTS, 'respond-code-used.png'), fullPage: true});
await again.close();

// Eleven more respond through the service; the release counts the page's answers.
for (const c of codes.slice(1)) {
  const r = await api('POST', `/v1/surveys/${survey}/responses`, {code: c, group: 'admin', answers: expected});
  check(r.status === 201, `a response through the service (${r.status})`);
}
// The manager releases the results on the team's page.
await page.goto(base + '#/teams/north', {waitUntil: 'networkidle0'});
await page.waitForFunction(() => document.querySelector('#surveys')?.dataset.surveys === '1', {timeout: 15000});
check((await page.$eval('#surveys', (e) => e.innerText)).includes('12 of 12 people have answered'),
      'the team page counts the answers');
await clickButton('Release the results');
await page.waitForSelector('.survey-release-body', {timeout: 15000});
const shown = await page.$eval('.survey-release-body', (e) => e.innerText);
check(shown.includes('12 of 12 people answered (100%)'), `the release gives the response rate (${shown.slice(0, 200)})`);
check(/held back/i.test(shown), 'the release says what is held back, and why');
check(/Recommendations from the team's answers/.test(shown), 'the release gives the recommendations');
await audit('manager-release');
const release = await api('GET', `/v1/surveys/${survey}/releases`);
check(release.status === 200 && release.body.releases.length === 1, 'the page\'s release is recorded');
const recorded = release.body.releases[0].release;
check(recorded.respondents === 12, `12 of 12 answered (${recorded.respondents})`);
const bars = await page.$$eval('.survey-release-body .stacked-bar', (l) => l.length);
check(bars === 7, `a stacked bar per factor on the page (${bars})`);
const first = Object.keys(expected)[0];
check(recorded.answers[first] === expected[first], `the page's answer to ${first} is in the aggregate`);

// More codes for someone who joined, from the page: shown once, like the first ones.
await page.evaluate(() => { document.querySelector('.survey-item details').open = true; });
await clickButton('Make the codes');  // empty: refused, naming the fix
await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true', {timeout: 5000});
check((await page.$eval('.survey-item', (e) => e.innerText)).includes('a whole number from 1 to 500'),
      'an empty number of codes is refused with the fix');
await page.type('.survey-item input[inputmode="numeric"]', '1');
await clickButton('Make the codes');
await page.waitForSelector('.survey-item .codes-list', {timeout: 15000});
const extra = await page.$$eval('.survey-item .codes-list code', (l) => l.map((e) => e.textContent.trim()));
check(extra.length === 1 && !codes.includes(extra[0]), `one new code shown on the page (${extra.join(', ')})`);
await audit('manager-more-codes');
await clickButton('I have kept the codes');
await page.waitForFunction(() => !document.querySelector('.codes-list') &&
                                 document.querySelector('#surveys')?.dataset.surveys === '1', {timeout: 15000});

// Closing asks once more, and then the new code is refused: nobody can answer a closed survey.
await clickButton('Close the survey');
await page.waitForFunction(() => document.activeElement?.textContent.includes('cannot be opened again'), {timeout: 5000});
await audit('manager-close-confirm');
await clickButton('Keep it open');
check(!(await page.$eval('.survey-item', (e) => e.dataset.closed === 'true')), '"Keep it open" leaves it open');
await clickButton('Close the survey');
await clickButton('Yes, close the survey');
await page.waitForFunction(() => document.querySelector('.survey-item')?.dataset.closed === 'true', {timeout: 15000});
check((await page.$eval('.survey-item h3', (e) => e.textContent)).includes('(closed)'), 'the page says the survey is closed');
const late = await api('POST', `/v1/surveys/${survey}/responses`, {code: extra[0], answers: expected});
check(late.status === 410 && late.body?.error?.code === 'survey_closed',
      `an answer to the closed survey is refused (${late.status} ${late.body?.error?.code})`);
check(problems.length === 0, `no console or page errors: ${problems.join('; ')}`);

await browser.close();
console.log(`respond_e2e: ${checks - failures.length} of ${checks} checks passed`);
process.exit(failures.length ? 1 : 0);
