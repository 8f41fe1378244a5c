// Gathers the figures of one tools/bench/run.sh run into results.json and results.md, with the
// machine (cores, CPU model, load), the versions, and each target met or missed.
//
//   node report.mjs --work DIR --out PREFIX --trynext PATH
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const read = (name) => {
  try { return JSON.parse(fs.readFileSync(path.join(args.work, name), 'utf8')); } catch (e) { return { error: `${name}: ${e.message}` }; }
};
const run = (cmd, argv) => { try { return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };

const inproc = read('inprocess.json');
const peers = read('node.json');
const service = read('service.json');
const reload = read('service-reload.json');
const instructions = read('instructions.json');

const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
const machine = {
  nproc: Number(run('nproc', [])) || os.cpus().length,
  cpu_model: (cpuinfo.match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0]?.model,
  memory_gib: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
  kernel: os.release(),
  load_at_report: os.loadavg().map((x) => Math.round(x * 100) / 100),
  load_during: {
    inprocess: [inproc.load_start, inproc.load_end],
    peers: [peers.load_start, peers.load_end],
  },
};
const versions = {
  trynext: inproc.versions?.trynext,
  git_commit: run('git', ['-C', path.join(here, '../..'), 'rev-parse', '--short', 'HEAD']),
  git_dirty: (run('git', ['-C', path.join(here, '../..'), 'status', '--porcelain', '--untracked-files=no']) || '') !== '',
  lua: inproc.versions?.lua,
  compiler: inproc.versions?.compiler,
  nlohmann_json: inproc.versions?.nlohmann_json,
  cpp_httplib: run('dpkg-query', ['-W', '-f=${Version}', 'libcpp-httplib-dev']),
  node: peers.versions?.node ?? process.version,
  'json-rules-engine': peers.versions?.['json-rules-engine'],
  '@gorules/zen-engine': peers.versions?.['@gorules/zen-engine'],
};

const d = inproc.default ?? {};
const s = inproc.subset ?? {};
const sc = s.cases ?? {};
const jre = peers.engines?.['json-rules-engine'];
const zen = peers.engines?.['zen-engine'];
const growth = inproc.growth ?? [];
const memory = inproc.memory ?? [];
const r2 = (x) => (x == null ? null : Math.round(x * 100) / 100);
const best = (e) => (e ? Math.max(e.sequential.throughput_per_s, e.concurrent.throughput_per_s) : null);

// Ratios: trynext's subset, JSON text in and JSON text out, one thread, against each peer's best
// throughput (one at a time or many in flight), and against the native C++ of the same decisions.
const tSubset = sc.trynext_json_to_json?.throughput_per_s;
const tDecisions = sc.trynext_recommend?.throughput_per_s;
const ratios = {
  trynext_over_json_rules_engine: jre ? r2(tSubset / best(jre)) : null,
  trynext_over_zen_engine: zen ? r2(tSubset / best(zen)) : null,
  trynext_decisions_over_json_rules_engine: jre ? r2(tDecisions / best(jre)) : null,
  trynext_decisions_over_zen_engine: zen ? r2(tDecisions / best(zen)) : null,
  native_over_trynext_json_to_json: s.ratio_json_to_json,
  native_over_trynext_json_to_decisions: s.ratio_json_to_decisions,
  native_over_trynext_rules_only: s.ratio_rules_only,
};
const g = Object.fromEntries(growth.map((x) => [x.rule_set, x]));
const memDefault = memory.find((m) => m.rule_set === 'default');
const mem1000 = memory.find((m) => m.rule_set === '1000');
const MiB = 2 ** 20;
// Issue 21's targets (docs/performance.md, "Second round").
const ids = d.evidence_ids;
const growthRatio = g['100'] && g['1000'] && instructions['100'] && instructions['1000']
  ? r2(instructions['1000'].per_evaluation / instructions['100'].per_evaluation) : null;
const targets = [
  ['subset, JSON to decisions, one core: throughput over json-rules-engine\'s best', '>= 1', ratios.trynext_decisions_over_json_rules_engine, (v) => v >= 1],
  ['subset, JSON to decisions: throughput over zen-engine\'s best', '>= 10', ratios.trynext_decisions_over_zen_engine, (v) => v >= 10],
  ['subset one at a time: json-rules-engine\'s time over trynext\'s (JSON to decisions)', '>= 5',
   jre && sc.trynext_recommend ? r2(jre.sequential.median_us / sc.trynext_recommend.median_us) : null, (v) => v >= 5],
  ['default rules, JSON to the full contract, one thread: median (us)', '<= 150', d.one_thread?.median_us, (v) => v <= 150],
  ['default rules, JSON to the full contract: instructions per evaluation', '<= 1,200,000', instructions.default?.per_evaluation, (v) => v <= 1200000],
  ['evidence "ids": mean size over the corpus, compact (bytes; the example team is in docs/performance.md)', '<= 15,000', d.ids_mean_output_bytes, (v) => v <= 15000],
  ['evidence "ids": median (us)', '<= 60', ids?.median_us, (v) => v <= 60],
  ['service, 8 clients, full contract: requests per second', '>= 5000', service.requests_per_s, (v) => v >= 5000],
  ['service: p99 (ms)', '< 10', service.p99_ms, (v) => v < 10],
  ['service with reloads every 100 ms: failed requests', '0', reload.failed, (v) => v === 0],
  ['within 3x of native C++ on the subset (JSON to JSON, time per evaluation)', '<= 3', ratios.native_over_trynext_json_to_json, (v) => v <= 3],
  ['cost linear in rules: instructions at 1,000 rules over 100 rules (10x the rules)', '<= 10', growthRatio, (v) => v <= 10],
  ['memory per Lua state, default rules (MiB, allocator bytes)', '<= 0.27 (before this round)', memDefault && r2(memDefault.lua_state_max_in_use_over_corpus_bytes / MiB), (v) => v <= 0.27],
  ['memory per Lua state, 1,000 rules (MiB, allocator bytes)', '<= 1.79 (before this round)', mem1000 && r2(mem1000.lua_state_max_in_use_over_corpus_bytes / MiB), (v) => v <= 1.79],
].map(([what, target, value, ok]) => ({ target: what, wanted: target, value: value ?? null, met: value == null ? null : ok(value) }));

const results = { machine, versions, ratios, targets, instructions, inprocess: inproc, peers, service, service_reload: reload };
fs.writeFileSync(`${args.out}.json`, JSON.stringify(results, null, 1) + '\n');

// Markdown.
const f = (x, digits = 1) => (x == null ? 'n/a' : Number(x).toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
const row = (cells) => `| ${cells.join(' | ')} |`;
const lines = [];
lines.push('# trynext benchmark results', '');
lines.push(`Machine: ${machine.nproc} cores, ${machine.cpu_model}, ${machine.memory_gib} GiB, Linux ${machine.kernel}. ` +
           `Load average (1 min) at the start and end of the in-process cases: ${f(inproc.load_start, 2)} and ${f(inproc.load_end, 2)}; ` +
           `of the peer engines: ${f(peers.load_start, 2)} and ${f(peers.load_end, 2)}; when this report was written: ${machine.load_at_report.join(', ')}.`, '');
lines.push(`Versions: trynext ${versions.trynext} (${versions.git_commit}${versions.git_dirty ? ', uncommitted changes in the tree' : ''}), ${versions.lua}, ` +
           `${versions.compiler}, nlohmann/json ${versions.nlohmann_json}, simdjson ${inproc.parsers?.simdjson_version ?? 'n/a'}, cpp-httplib ${versions.cpp_httplib}, node ${versions.node}, ` +
           `json-rules-engine ${versions['json-rules-engine']}, @gorules/zen-engine ${versions['@gorules/zen-engine']}.`, '');

lines.push('## Targets', '', row(['target', 'wanted', 'measured', 'met']), row(['---', '---', '---', '---']));
for (const t of targets) lines.push(row([t.target, t.wanted, f(t.value, 2), t.met == null ? 'not measured' : t.met ? 'yes' : '**no**']));
lines.push('');

lines.push('## In process (one evaluation = one assessment)', '', row(['case', 'threads', 'median µs', 'p99 µs', 'evaluations/s']),
           row(['---', '---', '---', '---', '---']));
const statRow = (name, st) => st && lines.push(row([name, st.threads ?? 1, f(st.median_us, 2), f(st.p99_us, 2), f(st.throughput_per_s, 0)]));
statRow(`1. default rules (${d.rules}), JSON to JSON`, d.one_thread);
statRow(`1. default rules (${d.rules}), JSON to JSON`, d.all_cores);
for (const [k, label] of [['parse_json_text', 'parse_json_text'], ['parse_and_validate', 'parse + Assessment::build'],
                          ['rules_evaluate', 'RuleState::evaluate (the Lua rules)'], ['recommend', 'recommend (no to_json)'], ['to_json', 'to_json'],
                          ['to_json_compact', 'to_json(r, -1), compact (what the C ABI and the service write)']])
  statRow(`   phase: ${label}`, d.phases?.[k]);
const p = inproc.parsers ?? {};
for (const [k, label] of [['parse_json_text', "parse_json_text (the engine's: simdjson, nlohmann if refused)"],
                          ['parse_json_text_carefully', 'parse_json_text_carefully (nlohmann with the checks)'],
                          ['nlohmann_parse', 'nlohmann::json::parse without callback'],
                          ['simdjson_dom', `simdjson ${p.simdjson_version ?? ''} DOM alone, not converted`]])
  statRow(`   parser: ${label}`, p[k]);
statRow('2. subset (10 rules) through trynext, JSON to JSON', sc.trynext_json_to_json);
statRow('2. subset through trynext, JSON to Result (recommend)', sc.trynext_recommend);
statRow('2. subset through trynext, rules only (RuleState::evaluate)', sc.trynext_rules_only);
statRow('2. subset in native C++, JSON to JSON', sc.native_json_to_json);
statRow('2. subset in native C++, decisions only (parsed input)', sc.native_rules_only);
for (const [name, e] of [['json-rules-engine', jre], ['zen-engine', zen]]) {
  if (!e) continue;
  statRow(`3. subset in ${name} (node), JSON to decisions, one at a time`, e.sequential);
  lines.push(row([`3. subset in ${name} (node), ${e.concurrent.in_flight} in flight`, '1 (node)', '', '', f(e.concurrent.throughput_per_s, 0)]));
}
lines.push('');
if (instructions.default)
  lines.push(`Instructions per evaluation, JSON to JSON (callgrind, 100 assessments, whatever the load): default rules ` +
             `${f(instructions.default.per_evaluation, 0)}, subset ${f(instructions.subset.per_evaluation, 0)}.`, '');
lines.push(`Mean size of an assessment: ${f(d.mean_input_bytes, 0)} bytes; of its result as JSON (indent 2): ${f(d.mean_output_bytes, 0)} bytes.`, '');

lines.push('## Same decisions', '');
lines.push(`Native C++ against trynext's subset (rule, intervention and weight): ${s.check?.native_mismatches} assessments of ${s.check?.assessments} differ. ` +
           `The subset against the same rules inside the full default set: ${s.check?.subset_vs_full_rule_set_mismatches} differ. ` +
           `${s.check?.with_a_recommendation} assessments get at least one recommendation from the subset; ${s.check?.mean_decisions} decisions on average.`);
for (const [name, e] of [['json-rules-engine', jre], ['zen-engine', zen]])
  lines.push(e ? `${name} against trynext (set of interventions): ${e.check.mismatches} of ${e.check.assessments} differ.` : `${name}: not run (${peers.error ?? 'see node.json'}).`);
lines.push('');

lines.push('## Ratios', '', row(['comparison', 'ratio']), row(['---', '---']));
const ratioRows = [
  ['trynext subset JSON to JSON / json-rules-engine (its best throughput)', ratios.trynext_over_json_rules_engine],
  ['trynext subset JSON to JSON / zen-engine (its best throughput)', ratios.trynext_over_zen_engine],
  ['trynext subset JSON to Result / json-rules-engine', ratios.trynext_decisions_over_json_rules_engine],
  ['trynext subset JSON to Result / zen-engine', ratios.trynext_decisions_over_zen_engine],
  ['native / trynext, JSON to JSON (how many times faster native is)', ratios.native_over_trynext_json_to_json],
  ['native / trynext, JSON to decisions', ratios.native_over_trynext_json_to_decisions],
  ['native / trynext, rules only', ratios.native_over_trynext_rules_only],
];
for (const [k, v] of ratioRows) lines.push(row([k, f(v, 2)]));
lines.push('');

lines.push('## 4. The service over loopback', '', row(['run', 'clients', 'requests', 'failed', 'requests/s', 'p50 ms', 'p99 ms', 'reloads', 'reload median ms', 'reload p99 ms']),
           row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']));
for (const [name, x] of [['plain', service], ['reload every 100 ms', reload]])
  if (!x.error) lines.push(row([name, x.clients, f(x.requests, 0), f(x.failed, 0), f(x.requests_per_s, 0), f(x.p50_ms, 3), f(x.p99_ms, 3),
                                x.reloads ?? '', f(x.reload_median_ms, 1), f(x.reload_p99_ms, 1)]));
lines.push('');

lines.push('## 5. Growth with the number of rules', '', row(['rule set', 'rules', 'load ms', 'catalogue ms of it', 'load ms per rule', 'median µs JSON to JSON', 'µs per rule', 'rules only µs', 'decisions per assessment']),
           row(['---', '---', '---', '---', '---', '---', '---', '---', '---']));
for (const x of growth)
  lines.push(row([x.rule_set, x.rules, f(x.load_ms_median, 2), f(x.catalogue_open_ms, 2), f(x.load_ms_per_rule, 3), f(x.json_to_json.median_us, 1),
                  f(x.us_per_rule, 2), f(x.rules_only.median_us, 1), f(x.mean_decisions, 1)]));
if (instructions['10'] && instructions['1000'])
  lines.push('', `Instructions per evaluation, JSON to JSON (callgrind): 10 rules ${f(instructions['10'].per_evaluation, 0)}, ` +
             `100 rules ${f(instructions['100'].per_evaluation, 0)}, 1,000 rules ${f(instructions['1000'].per_evaluation, 0)} ` +
             `(x${f(instructions['1000'].per_evaluation / instructions['100'].per_evaluation, 1)} from 100 to 1,000 rules; ` +
             `the load of each set, in the one-pass run, is left out by the difference).`);
if (g['10'] && g['1000'])
  lines.push('', `From 10 to 1,000 rules (100 times as many): load time x${f(g['1000'].load_ms_median / g['10'].load_ms_median, 1)}, ` +
             `evaluation JSON to JSON x${f(g['1000'].json_to_json.median_us / g['10'].json_to_json.median_us, 1)}, rules only x${f(g['1000'].rules_only.median_us / g['10'].rules_only.median_us, 1)}.`);
lines.push('');

lines.push('## 6. Memory', '', row(['rule set', 'rules', 'engine RSS KiB (load, catalogue, 1 state)', 'RSS KiB per extra state', 'Lua state KiB at rest', 'Lua state KiB max over corpus', 'largest rule peak KiB']),
           row(['---', '---', '---', '---', '---', '---', '---']));
for (const m of memory)
  lines.push(row([m.rule_set, m.rules, f(m.engine_rss_bytes / 1024, 0), f(m.rss_per_extra_state_bytes / 1024, 0), f(m.lua_state_resting_bytes / 1024, 0),
                  f(m.lua_state_max_in_use_over_corpus_bytes / 1024, 0), f(m.max_rule_peak_bytes / 1024, 1)]));
lines.push('');
fs.writeFileSync(`${args.out}.md`, lines.join('\n'));
