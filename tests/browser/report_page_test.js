// The HTML report in a real browser (Debian's headless chromium, driven by puppeteer-core): a PNG
// screenshot of each page, seven labelled bars in the factor chart, no element wider than the page
// (at a desktop width, a phone's, and printed on A4), and axe-core's accessibility rules with no
// serious or critical violation.
//
//   node report_page_test.js CHROMIUM OUT_DIR NAME=FILE.html [NAME=FILE.html ...]
'use strict';

const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const [chromium, outDir, ...pages] = process.argv.slice(2);
let failures = 0;
let checks = 0;
function check(ok, what) {
  checks++;
  if (!ok) {
    failures++;
    console.error('FAILED: ' + what);
  }
}

// Elements whose right edge is past the document's width, as "tag.class (right > width)".
async function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > width + 1 || r.left < -1))
        out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') || ''} (${Math.round(r.left)}..${Math.round(r.right)} > ${width})`);
    }
    return out.slice(0, 5);
  });
}

async function main() {
  const args = ['--disable-gpu', '--no-first-run', '--no-default-browser-check'];
  if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');
  const browser = await puppeteer.launch({executablePath: chromium, headless: true, args});
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  try {
    for (const spec of pages) {
      const [name, file] = spec.split('=');
      const page = await browser.newPage();
      await page.setViewport({width: 1000, height: 1200});
      await page.goto('file://' + path.resolve(file), {waitUntil: 'load'});
      const shot = path.join(outDir, `${name}.png`);
      await page.screenshot({path: shot, fullPage: true});
      console.log(`${name}: screenshot ${shot}`);

      const bars = await page.evaluate(() =>
        [...document.querySelectorAll('svg.factor-chart g.factor-bar')].map(g => ({
          title: (g.querySelector('title') || {}).textContent || '',
          label: (g.querySelector('text.bar-label') || {}).textContent || '',
          width: g.getBoundingClientRect().width,
        })));
      check(bars.length === 7, `${name}: ${bars.length} bars in the factor chart, expected 7`);
      for (const b of bars) {
        check(b.label.trim().length > 0 && b.title.includes(b.label) && /\d+ met, \d+ partly/.test(b.title),
              `${name}: a bar without its label or counts: ${JSON.stringify(b)}`);
        check(b.width > 100, `${name}: bar "${b.label}" is ${b.width}px wide`);
      }
      const chart = await page.evaluate(() => {
        const svg = document.querySelector('svg.factor-chart');
        return svg && {
          role: svg.getAttribute('role'),
          title: (svg.querySelector(':scope > title') || {}).textContent || '',
          desc: (svg.querySelector(':scope > desc') || {}).textContent || '',
          table: document.querySelectorAll('table.factor-table tbody tr').length,
        };
      });
      check(chart && chart.role === 'img' && chart.title && chart.desc.length > 100 && chart.table === 7,
            `${name}: the chart's title, description and table: ${JSON.stringify(chart)}`);

      for (const width of [1000, 360]) {
        await page.setViewport({width, height: 1200});
        const over = await overflowing(page);
        check(over.length === 0, `${name}: wider than the page at ${width}px: ${over.join('; ')}`);
      }
      // Printed: A4 less the margins is about 182mm, 688 CSS pixels.
      await page.emulateMediaType('print');
      await page.setViewport({width: 688, height: 1000});
      const printed = await overflowing(page);
      check(printed.length === 0, `${name}: wider than an A4 page when printed: ${printed.join('; ')}`);
      await page.emulateMediaType('screen');
      await page.setViewport({width: 1000, height: 1200});

      await page.evaluate(axeSource);
      const result = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                                       first: v.nodes[0] && v.nodes[0].target.join(' ')}));
      });
      for (const v of result) console.log(`${name}: axe ${v.impact}: ${v.id} (${v.nodes}): ${v.help} [${v.first}]`);
      const bad = result.filter(v => v.impact === 'serious' || v.impact === 'critical');
      check(bad.length === 0, `${name}: ${bad.length} serious or critical accessibility violations: ` +
                                  bad.map(v => v.id).join(', '));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`${checks} checks, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch(e => {
  console.error('FAILED: ' + (e && e.stack || e));
  process.exit(1);
});
