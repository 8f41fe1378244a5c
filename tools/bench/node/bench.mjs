// The subset of tools/bench/native_subset.cpp through two peer rule engines from npm, on the same
// corpus: json-rules-engine (json-rules-engine-subset.json) and a GoRules ZEN decision
// (zen-subset.json, written by make-zen.cjs). Each evaluation goes from the assessment's JSON text to
// the set of interventions recommended, as trynext_bench times trynext. First checks that each engine
// makes trynext's decisions on every assessment (trynext_bench writes them to subset-decisions.json).
//
//   node bench.mjs --corpus DIR --decisions FILE --out FILE [--rounds 2] [--reps 3] [--concurrency 16]
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Engine } from 'json-rules-engine';
import { ZenEngine } from '@gorules/zen-engine';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const rounds = Number(args.rounds ?? 2);
const reps = Number(args.reps ?? 3);
const concurrency = Number(args.concurrency ?? 16);

const files = fs.readdirSync(args.corpus).filter((f) => f.endsWith('.json')).sort();
const texts = files.map((f) => fs.readFileSync(path.join(args.corpus, f), 'utf8'));
const expected = JSON.parse(fs.readFileSync(args.decisions, 'utf8')).assessments;
if (expected.length !== texts.length) throw new Error('the decisions file does not match the corpus');

// Factor scores as trynext computes them (share met, partly counting half, unknown left out), for the
// two factors the subset reads. json-rules-engine gets them as a fact; the ZEN decision computes them
// in its own expression node.
const FACTORS = {
  recruitment: ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `recruitment.${x}`),
  health_and_wellbeing: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((x) => `health_and_wellbeing.${x}`),
};
function factors(answers) {
  const out = {};
  for (const [id, indicators] of Object.entries(FACTORS)) {
    let met = 0, partly = 0, notMet = 0;
    for (const i of indicators) {
      const v = answers[i];
      if (v === 'met') met++;
      else if (v === 'partly') partly++;
      else if (v === 'not_met') notMet++;
    }
    const answered = met + partly + notMet;
    out[id] = { answered, score: answered > 0 ? (met + 0.5 * partly) / answered : null };
  }
  return out;
}

// json-rules-engine: one Engine with the rules, run per assessment.
const jreRules = JSON.parse(fs.readFileSync(path.join(here, 'json-rules-engine-subset.json'), 'utf8')).rules;
const jre = new Engine(jreRules, { allowUndefinedFacts: true });
async function viaJsonRulesEngine(text) {
  const doc = JSON.parse(text);
  const answers = doc.answers ?? {};
  const { events } = await jre.run({ team: doc.team ?? {}, answers, factors: factors(answers) });
  const ids = new Set();
  for (const e of events) for (const id of e.params.ids) ids.add(id);
  return ids;
}

// ZEN: the decision compiled once, evaluated per assessment.
const zen = new ZenEngine();
const decision = zen.createDecision(fs.readFileSync(path.join(here, 'zen-subset.json')));
async function viaZen(text) {
  const { result } = await decision.evaluate(JSON.parse(text));
  return new Set(result.recommend.map((r) => r.id));
}

async function check(fn) {
  let mismatches = 0, first = null;
  for (let i = 0; i < texts.length; i++) {
    const got = [...(await fn(texts[i]))].sort();
    const want = expected[i].ids;
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      mismatches++;
      if (!first) first = { name: files[i], engine: got, trynext: want };
    }
  }
  return { assessments: texts.length, mismatches, first_mismatch: first };
}

function stats(samplesUs, evaluations, seconds, repThroughput) {
  const s = [...samplesUs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const r = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
  return { evaluations, seconds: r(seconds, 4), threads: 1, median_us: r(at(0.5), 3), p99_us: r(at(0.99), 3),
           mean_us: r(s.reduce((a, b) => a + b, 0) / s.length, 3), min_us: r(s[0], 3), max_us: r(s[s.length - 1], 3),
           throughput_per_s: Math.round(evaluations / seconds), rep_throughput_per_s: repThroughput.map(Math.round) };
}

// One evaluation at a time, each timed (as trynext_bench's one-thread case).
async function timeSequential(fn) {
  for (const t of texts) await fn(t);  // warm-up
  const samples = [];
  const reps_ = [];
  let seconds = 0, evaluations = 0;
  for (let rep = 0; rep < reps; rep++) {
    const started = process.hrtime.bigint();
    for (let k = 0; k < rounds; k++)
      for (const t of texts) {
        const t0 = process.hrtime.bigint();
        await fn(t);
        samples.push(Number(process.hrtime.bigint() - t0) / 1000);
      }
    const s = Number(process.hrtime.bigint() - started) / 1e9;
    seconds += s;
    evaluations += rounds * texts.length;
    reps_.push((rounds * texts.length) / s);
  }
  return stats(samples, evaluations, seconds, reps_);
}

// Many evaluations in flight at once: what one node process gets out of the engine when it may
// overlap them (ZEN evaluates on native threads; json-rules-engine stays on the one JS thread).
async function timeConcurrent(fn) {
  const total = rounds * texts.length;
  const started = process.hrtime.bigint();
  let next = 0;
  const worker = async () => { while (next < total) { const i = next++; await fn(texts[i % texts.length]); } };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const s = Number(process.hrtime.bigint() - started) / 1e9;
  return { evaluations: total, in_flight: concurrency, seconds: Math.round(s * 1e4) / 1e4, throughput_per_s: Math.round(total / s) };
}

function version(pkg) {
  return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

const out = {
  versions: { node: process.version, 'json-rules-engine': version('json-rules-engine'), '@gorules/zen-engine': version('@gorules/zen-engine') },
  settings: { rounds, reps, concurrency, assessments: texts.length },
  load_start: Math.round(os.loadavg()[0] * 100) / 100,
  engines: {},
};
for (const [name, fn] of [['json-rules-engine', viaJsonRulesEngine], ['zen-engine', viaZen]]) {
  const c = await check(fn);
  const l = os.loadavg()[0];
  const seq = await timeSequential(fn);
  seq.load_before = Math.round(l * 100) / 100;
  seq.load_after = Math.round(os.loadavg()[0] * 100) / 100;
  const conc = await timeConcurrent(fn);
  out.engines[name] = { check: c, sequential: seq, concurrent: conc };
  console.error(`bench.mjs: ${name.padEnd(18)} ${c.mismatches} mismatches of ${c.assessments}; median ${seq.median_us} us, p99 ${seq.p99_us} us, ` +
                `${seq.throughput_per_s} /s one at a time, ${conc.throughput_per_s} /s with ${concurrency} in flight`);
}
out.load_end = Math.round(os.loadavg()[0] * 100) / 100;
fs.writeFileSync(args.out, JSON.stringify(out, null, 1) + '\n');
