// The results page: the engine's report (POST /v1/reports, the same HTML as `trynext report`) with a
// print button and a PDF download, and a "change an answer" panel that asks the engine again on every
// change and updates the list at once. A server without the report route gets the JSON result's
// recommendations as a list, and says so.
import * as api from './api.js';
import {ANSWERS, errorSummary, figureSections, fileButtons, problemWords, sections} from './app.js';
import {h, words} from './dom.js';
import {fieldControl, readField, showFieldErrors} from './fields.js';
import * as state from './state.js';

const LABELS = {act_now: 'Act now', recommended: 'Recommended', worth_considering: 'Worth considering',
                keep_going: 'Keep going'};
const labelOf = (r) => LABELS[r.label] || (r.priority ? `${words(r.priority)} priority` : '');

// The report's HTML shown inside a shadow root: its own styles (its <style> and style attributes,
// moved into a constructed stylesheet and the CSS object model, which the page's policy allows)
// apply to it alone, and nothing in it can run (the report has no scripts; DOMParser runs none).
export function showReport(host, html) {
  // Taken out of the text before parsing: even an inert parsed document reports inline styles to the
  // page's policy. The report escapes quotes, so an attribute's value ends at the next quote.
  const css = [];
  const text = html.replace(/<style[^>]*>([\s\S]*?)<\/style>/gi, (_, c) => { css.push(c); return ''; })
                   .replace(/(<[a-zA-Z][^>]*?\s)style="/g, '$1data-report-style="');
  const doc = new DOMParser().parseFromString(text, 'text/html');
  doc.querySelectorAll('script, link, meta, base').forEach((el) => el.remove());
  const root = host.shadowRoot || host.attachShadow({mode: 'open'});
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css.join('\n').replace(/(^|[\s,}])(html|body)(?=[\s,{.:[])/g, '$1.report-root'));
  root.adoptedStyleSheets = [sheet];
  const wrapper = document.createElement('div');
  wrapper.className = 'report-root';
  wrapper.append(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
  for (const el of wrapper.querySelectorAll('[data-report-style]')) {
    el.style.cssText = el.getAttribute('data-report-style');  // the object model, which the policy allows
    el.removeAttribute('data-report-style');
  }
  root.replaceChildren(wrapper);
  // The report's own links within itself ("At a glance"): the browser cannot follow a fragment into a
  // shadow root, and the page's address belongs to the router, so they scroll here instead.
  if (!host.dataset.links) {
    host.dataset.links = 'yes';
    root.addEventListener('click', (ev) => {
      const a = ev.target.closest && ev.target.closest('a[href^="#"]');
      if (!a) return;
      ev.preventDefault();
      const target = root.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
      if (target) {
        target.scrollIntoView();
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({preventScroll: true});
      }
    });
  }
}

function recommendationList(result) {
  return h('ol', {class: 'recommendation-list', id: 'recommendations'},
           result.recommendations.map((r) => h('li', {class: 'recommendation', 'data-id': r.id},
                                               h('span', {class: 'recommendation-title'}, r.title),
                                               labelOf(r) ? h('strong', {class: `tag tag-${r.label || 'todo'}`},
                                                              labelOf(r)) : null)));
}

// What would bring more in: the explained result's near misses, in a manager's words.
function nearMisses(result) {
  const rules = (result.explain && result.explain.rules) || [];
  const seen = new Set();
  const out = [];
  for (const r of rules) {
    for (const text of r.fired ? [] : r.near_miss || []) {
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
  }
  return out.slice(0, 8);
}

function fallbackDetails(result) {
  return h('div', {class: 'fallback-report'},
           h('div', {class: 'notice', role: 'note'},
             h('strong', {}, 'The full report is not available from this server. '),
             'It has no report route (POST /v1/reports), so below are the recommendations from the engine\'s answer ' +
             'without the chart, the evidence in detail or the action plan. Printing prints this list.'),
           result.recommendations.map((r) => {
             const ev = r.evidence_summary;
             const evidence = typeof ev === 'string' ? ev : ev && ev.text;
             const caution = (ev && typeof ev === 'object' && ev.caution) || (r.cautions || [])[0];
             return h('section', {class: 'fallback-item'},
                      h('h3', {}, `${r.rank}. ${r.title}`),
                      labelOf(r) ? h('p', {}, h('strong', {class: `tag tag-${r.label || 'todo'}`}, labelOf(r))) : null,
                      h('p', {}, r.summary),
                      (r.rationale || []).length ? h('p', {}, h('strong', {}, 'Why: '), r.rationale.map((x) => (typeof x === 'string' ? x : x.text)).join(' ')) : null,
                      evidence ? h('p', {}, h('strong', {}, 'Evidence: '), evidence) : null,
                      caution ? h('p', {}, h('strong', {}, 'Caution: '), caution) : null);
           }));
}

// The panel's controls: the team's figures and every statement, each change asked again at once.
function changePanel(model, refresh) {
  const figures = figureSections().flatMap((s) => s.fields);
  const form = h('form', {class: 'change-form', novalidate: true});
  const numeric = figures.filter((f) => ['integer', 'number', 'share', 'enum'].includes(f.type));
  form.append(h('details', {class: 'details', open: true}, h('summary', {}, "The team's figures"),
                numeric.map((f) => fieldControl(f, state.team()[f.name], {compact: true}))));
  for (const s of sections().filter((x) => x.kind === 'factor'))
    form.append(h('details', {class: 'details'}, h('summary', {}, s.title),
                  s.factor.indicators.map((ind) => {
                    const id = `change-${ind.id.replace(/\./g, '-')}`;
                    return h('div', {class: 'form-group'}, h('label', {class: 'label label-small', for: id}, ind.text),
                             h('select', {class: 'select', id, name: ind.id, 'data-answer': ind.id},
                               h('option', {value: ''}, 'Not answered'),
                               ANSWERS.map(([v, text]) => h('option', {value: v,
                                                                       selected: state.answers()[ind.id] === v},
                                                            text))));
                  })));
  let timer = null;
  const changed = (ev) => {
    const t = ev.target;
    if (t.dataset && t.dataset.answer) state.setAnswer(t.dataset.answer, t.value);
    else {
      const f = numeric.find((x) => t.closest(`[data-field="${x.name}"]`));
      if (!f) return;
      const r = readField(form, f);
      showFieldErrors(form, r.error ? [{field: f.name, message: r.error}] : []);
      if (r.error) return;
      state.setTeam(f.name, r.value);
    }
    clearTimeout(timer);
    timer = setTimeout(() => refresh(form, numeric), ev.type === 'input' ? 400 : 0);
  };
  form.addEventListener('change', changed);
  form.addEventListener('input', (ev) => { if (ev.target.matches('input.input')) changed(ev); });
  form.addEventListener('submit', (ev) => ev.preventDefault());
  return form;
}

export async function renderResults(main, setPage, backLink, model) {
  const name = state.team().name;
  const status = h('p', {class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'update-status'});
  const listBox = h('div', {id: 'recommendations-box'});
  const missBox = h('div', {id: 'near-misses'});
  const reportBox = h('div', {id: 'report-box'});
  const errorBox = h('div', {});
  const printButton = h('button', {type: 'button', class: 'button'}, 'Print');
  printButton.addEventListener('click', () => window.print());
  const pdfButton = h('button', {type: 'button', class: 'button button-secondary', hidden: true}, 'Download PDF');
  const pdfMessage = h('p', {class: 'hint', role: 'status'});
  pdfButton.addEventListener('click', async () => {
    pdfButton.disabled = true;
    pdfMessage.textContent = 'Making the PDF…';
    const r = await api.reportPdf(state.current()).catch((e) => ({ok: false, error: {message: e.message}}));
    pdfButton.disabled = false;
    if (!r.ok) return (pdfMessage.textContent = `The PDF could not be made: ${r.error.message}`);
    pdfMessage.textContent = '';
    const url = URL.createObjectURL(r.body);
    const a = h('a', {href: url, download: 'trynext-report.pdf'});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  });

  let first = true;
  let asked = 0;
  const refresh = async (form, numeric) => {
    const mine = ++asked;
    const result = await api.recommend(state.current()).catch((e) => ({ok: false, problems: [],
                                                                       error: {message: e.message}}));
    if (mine !== asked) return;  // a later change is already on its way
    errorBox.replaceChildren();
    if (!result.ok) {
      const errors = result.problems.length ? result.problems.map((p) => ({href: '#/check', message: problemWords(p)}))
                                            : [{href: '#/check', message: result.error.message}];
      if (form) {
        showFieldErrors(form, result.problems.map((p) => ({field: p.path.replace(/^team\./, ''),
                                                           message: p.message})));
      }
      errorBox.append(errorSummary(errors));
      status.textContent = 'The answer could not be updated: there is a problem with an answer.';
      return;
    }
    if (form) showFieldErrors(form, []);
    const r = result.body;
    listBox.replaceChildren(r.recommendations.length ? recommendationList(r)
                                                     : h('p', {id: 'recommendations'}, 'Nothing is recommended.'));
    const misses = nearMisses(r);
    missBox.replaceChildren(...(misses.length ? [h('details', {class: 'details'},
                                                   h('summary', {}, `Would also be recommended after one change (${misses.length})`),
                                                   h('ul', {class: 'list near-miss-list'},
                                                     misses.map((m) => h('li', {}, m))))]
                                              : []));
    if (await api.hasReports()) {
      pdfButton.hidden = false;
      const report = await api.reportHtml(state.current()).catch(() => null);
      if (mine !== asked) return;
      if (report && report.ok) {
        reportBox.replaceChildren(h('div', {id: 'report', class: 'report-host'}));
        showReport(reportBox.firstChild, report.body);
      } else {
        if (report && report.status === 404) api.reportsMissing();
        reportBox.replaceChildren(fallbackDetails(r));
      }
    } else {
      reportBox.replaceChildren(fallbackDetails(r));
    }
    if (!first) status.textContent = `Updated: ${r.recommendations.map((x) => x.title).join('; ') || 'nothing'}.`;
    first = false;
    document.body.dataset.results = String(asked);  // for the tests: which answer is shown
  };

  const panel = changePanel(model, refresh);
  setPage(name ? `Your answer for ${name}` : "Your team's answer",
          backLink('#/check', 'Back to your answers'),
          errorBox,
          h('h1', {}, name ? `Your answer for ${name}` : "Your team's answer"),
          h('div', {class: 'button-group no-print'}, printButton, pdfButton, h('a', {href: '#/check', class: 'link-button'},
                                                                          'Check or change all answers')),
          pdfMessage,
          status,
          h('div', {class: 'results-layout'},
            h('div', {class: 'results-main'}, reportBox),
            h('aside', {class: 'results-aside no-print', 'aria-labelledby': 'change-heading'},
              h('h2', {id: 'change-heading'}, 'Change an answer'),
              h('p', {class: 'hint'}, 'Change a figure or a statement below and the recommendations update at once. ' +
                'The change is saved with your answers.'),
              h('h3', {}, 'Top recommendations now'), listBox, missBox, panel, fileButtons())));
  await refresh(panel, null);
}
