// Scores findTimes on TempEval-3 (TimeBank + AQUAINT, "TBAQ-cleaned") the TempEval-3 way:
// strict span F1 (exact offsets), relaxed span F1 (any overlap), value F1 (a relaxed match whose
// normalised value equals gold's, over all predictions and all gold), with the document
// creation time as the publication date. TimeBank is the development split; AQUAINT is held
// out (not looked at while writing rules) and reported separately.
//
//   npm run eval:times                # both splits, per type, speed
//   npm run eval:times -- --errors    # also list TimeBank mismatches (development only)
//   npm run eval:times -- --dev       # TimeBank only: AQUAINT is not even scored (for tuning runs)
//   npm run eval:times -- --sentences # with src/understand/sentences.ts windows, as in annotate()
//   TEMPEVAL_DIR=/path npm run eval:times

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../src/understand/times.js';
import { splitSentences } from '../src/understand/sentences.js';
import type { TimeExpr, TimeGranularity } from '../src/model/index.js';

const DIR = process.env.TEMPEVAL_DIR ?? '/work/shared/bench-data/tempeval3';
/** --sentences: window by the pipeline's sentence splitter instead of findTimes' own chunks. */
const USE_SENTENCES = process.argv.includes('--sentences');

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TmlDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e.toLowerCase()],
  );

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/** Strips the TimeML tags from <TEXT>, keeping TIMEX3 offsets into the plain text. */
export function parseTml(xml: string, id: string): TmlDoc {
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.functionInDocument === 'CREATION_TIME') {
      dct = a.value ?? null;
      break;
    }
  }
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: { start: number; a: Record<string, string> }[] = [];
  const tag = /<(\/?)([A-Za-z0-9]+)\b[^>]*>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      if (m[0].endsWith('/>')) continue;
      stack.push({ start: text.length, a: attrs(m[0]) });
    } else {
      const o = stack.pop();
      if (!o) continue;
      timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.a.type ?? '', value: o.a.value ?? '' });
    }
  }
  text += decode(body.slice(last));
  return { id, dct, text, timexes };
}

export function loadSplit(name: string, dir = DIR): TmlDoc[] {
  const d = join(dir, name);
  return readdirSync(d)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTml(readFileSync(join(d, f), 'utf8'), f));
}

const TYPE_OF: Partial<Record<TimeGranularity, string>> = { time: 'TIME', duration: 'DURATION', set: 'SET' };
export const timexType = (t: TimeExpr): string => TYPE_OF[t.granularity] ?? 'DATE';

interface Pair {
  gold: GoldTimex;
  pred: TimeExpr;
  doc: TmlDoc;
}

interface Score {
  gold: number;
  pred: number;
  strict: number;
  relaxed: number;
  valueOk: number;
  typeOk: number;
  byType: Record<string, { gold: number; pred: number; relaxed: number; valueOk: number }>;
  /** Counts by predicted type, then gold type of the matched span ('-' when unmatched). */
  confusion: Record<string, Record<string, number>>;
  misses: { doc: TmlDoc; gold: GoldTimex }[];
  spurious: { doc: TmlDoc; pred: TimeExpr }[];
  wrong: Pair[];
}

export function score(docs: TmlDoc[], useSentences = USE_SENTENCES): Score {
  const s: Score = { gold: 0, pred: 0, strict: 0, relaxed: 0, valueOk: 0, typeOk: 0, byType: {}, confusion: {}, misses: [], spurious: [], wrong: [] };
  const conf = (p: string, g: string) => {
    const row = (s.confusion[p] ??= {});
    row[g] = (row[g] ?? 0) + 1;
  };
  const bt = (t: string) => (s.byType[t] ??= { gold: 0, pred: 0, relaxed: 0, valueOk: 0 });
  for (const doc of docs) {
    const pred = findTimes(doc.text, useSentences ? splitSentences(doc.text) : [], doc.dct);
    s.gold += doc.timexes.length;
    s.pred += pred.length;
    for (const g of doc.timexes) bt(g.type).gold++;
    for (const p of pred) bt(timexType(p)).pred++;
    const used = new Set<number>();
    for (const g of doc.timexes) {
      // One-to-one: the unused prediction overlapping this gold span the most.
      let best = -1;
      let bestOv = 0;
      pred.forEach((p, i) => {
        if (used.has(i)) return;
        const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        if (ov > bestOv) {
          best = i;
          bestOv = ov;
        }
      });
      if (best < 0) {
        s.misses.push({ doc, gold: g });
        continue;
      }
      used.add(best);
      const p = pred[best];
      s.relaxed++;
      bt(g.type).relaxed++;
      if (p.start === g.start && p.end === g.end) s.strict++;
      if (timexType(p) === g.type) s.typeOk++;
      conf(timexType(p), g.type);
      if (p.value === g.value) {
        s.valueOk++;
        bt(g.type).valueOk++;
      } else s.wrong.push({ gold: g, pred: p, doc });
    }
    pred.forEach((p, i) => {
      if (!used.has(i)) {
        s.spurious.push({ doc, pred: p });
        conf(timexType(p), '-');
      }
    });
  }
  return s;
}

export const f1 = (ok: number, pred: number, gold: number): { p: number; r: number; f: number } => {
  const p = pred ? ok / pred : 0;
  const r = gold ? ok / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
export const fmt = (x: number): string => x.toFixed(3);

export function report(name: string, s: Score): void {
  const strict = f1(s.strict, s.pred, s.gold);
  const relaxed = f1(s.relaxed, s.pred, s.gold);
  const value = f1(s.valueOk, s.pred, s.gold);
  console.log(`\n${name}: ${s.gold} gold, ${s.pred} predicted`);
  console.log(`  strict span   P ${fmt(strict.p)}  R ${fmt(strict.r)}  F1 ${fmt(strict.f)}`);
  console.log(`  relaxed span  P ${fmt(relaxed.p)}  R ${fmt(relaxed.r)}  F1 ${fmt(relaxed.f)}`);
  console.log(`  value         P ${fmt(value.p)}  R ${fmt(value.r)}  F1 ${fmt(value.f)}   (accuracy on matched spans ${fmt(s.relaxed ? s.valueOk / s.relaxed : 0)})`);
  console.log(`  type accuracy on matched spans ${fmt(s.relaxed ? s.typeOk / s.relaxed : 0)}`);
  console.log('  per gold type:  gold  span-recall  value-recall  value-acc(matched)  predicted-as-type');
  for (const t of ['DATE', 'TIME', 'DURATION', 'SET']) {
    const b = s.byType[t] ?? { gold: 0, pred: 0, relaxed: 0, valueOk: 0 };
    console.log(
      `    ${t.padEnd(9)} ${String(b.gold).padStart(5)}  ${fmt(b.gold ? b.relaxed / b.gold : 0).padStart(11)}  ${fmt(b.gold ? b.valueOk / b.gold : 0).padStart(12)}  ${fmt(b.relaxed ? b.valueOk / b.relaxed : 0).padStart(18)}  ${String(b.pred).padStart(17)}`,
    );
  }
  // Aggregate counts only: where each predicted type lands (a gold type, or '-' for no gold).
  const cols = ['DATE', 'TIME', 'DURATION', 'SET', '-'];
  console.log(`  predicted type → gold type of its matched span: ${cols.map((c) => c.padStart(9)).join('')}`);
  for (const t of ['DATE', 'TIME', 'DURATION', 'SET']) {
    const row = s.confusion[t] ?? {};
    console.log(`    ${t.padEnd(45)}${cols.map((c) => String(row[c] ?? 0).padStart(9)).join('')}`);
  }
}

function speed(): void {
  // 800-word news-like articles: the two samples, cut or repeated to ~800 words.
  const dir = new URL('../sample/', import.meta.url);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const articles = texts.map((t) => {
    const words = t.split(/\s+/);
    const out: string[] = [];
    while (out.length < 800) out.push(...words);
    return out.slice(0, 800).join(' ');
  });
  const n = 400;
  for (let i = 0; i < 20; i++) findTimes(articles[i % articles.length], [], '2025-10-18'); // warm-up
  const t0 = process.hrtime.bigint();
  let found = 0;
  for (let i = 0; i < n; i++) found += findTimes(articles[i % articles.length], [], '2025-10-18').length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`\nspeed: ${n} articles of 800 words in ${ms.toFixed(0)} ms = ${((n * 1000) / ms).toFixed(0)} articles/s on one core (${found} expressions)`);
}

function main(): void {
  const showErrors = process.argv.includes('--errors');
  const devOnly = process.argv.includes('--dev');
  const tb = loadSplit('TimeBank');
  const aq = devOnly ? [] : loadSplit('AQUAINT');
  const t0 = Date.now();
  const sTb = score(tb);
  const sAq = devOnly ? null : score(aq);
  const ms = Date.now() - t0;
  console.log('TempEval-3 TBAQ-cleaned, findTimes with the DCT as publication date');
  report('TimeBank (development)', sTb);
  if (sAq) report('AQUAINT (held out)', sAq);
  else console.log('\nAQUAINT (held out): not scored (--dev)');
  console.log('\nHeidelTime (TempEval-3 platinum test set, task paper): relaxed span F1 ~0.90, value F1 ~0.78');
  console.log(`(scoring took ${ms} ms for ${tb.length + aq.length} documents)`);
  speed();
  if (showErrors) {
    const ctx = (doc: TmlDoc, a: number, b: number) => doc.text.slice(Math.max(0, a - 50), b + 30).replace(/\s+/g, ' ');
    console.log('\n--- TimeBank wrong values (gold | predicted) ---');
    for (const w of sTb.wrong) console.log(`${w.doc.id}\t${w.doc.dct}\t${w.gold.text}\t${w.gold.type}\t${w.gold.value}\t|\t${w.pred.text}\t${w.pred.value}\t${w.pred.granularity}\t…${ctx(w.doc, w.gold.start, w.gold.end)}`);
    console.log('\n--- TimeBank misses ---');
    for (const m of sTb.misses) console.log(`${m.doc.id}\t${m.doc.dct}\t${m.gold.text}\t${m.gold.type}\t${m.gold.value}\t…${ctx(m.doc, m.gold.start, m.gold.end)}`);
    console.log('\n--- TimeBank spurious ---');
    for (const p of sTb.spurious) console.log(`${p.doc.id}\t${p.doc.dct}\t${p.pred.text}\t${p.pred.value}\t…${ctx(p.doc, p.pred.start, p.pred.end)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
