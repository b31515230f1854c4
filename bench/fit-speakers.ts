// Does a learned speaker chooser beat the hand rules of quotes.ts on articles it did not see?
//
// For every gold quote of the dev sets (dev, dev-c, dev-d pooled) that the pipeline finds, the
// candidates are: "none" (no speaker entity; it keeps the rule's speaker text when the rule resolved
// nobody), and every person or organisation referred to (name mention or coreference link) from four
// sentences before the quote to one after, plus the rule's pick and the previous quote's speaker.
// Each candidate gets features (distance, position, next to a verb of saying, sentence subject, same
// paragraph, previous speaker, type, mentions in the article, the rule's choice); a conditional logit
// (softmax over a quote's candidates, L2) is fit by gradient descent. Cross-validation BY ARTICLE
// (sha1 of the article id, K folds): each fold is scored with weights fit on the others, and the
// out-of-fold accuracy is set beside the rules' on the same quotes, per set and per mention kind.
// Judged with the scorer's own judgement (eval-understand-sets.ts, judgeSpeaker), on the article's
// own annotations (the scorer's "with article-level names" row, equal to the stored figure today).
//
// --holdout <set> fits on the other sets and scores that one: run on a snapshot of the code from before
// the set was tuned on (git archive <commit>), it says what the chooser does on articles neither it nor
// the rules have seen. Measured (2026-12-06, see src/understand/KNOWN_MISSES.md):
//                                     rules        chooser+rule  chooser alone   (--extra for both)
//   5-fold oof, today's code, 673     623          626           610
//   dev-d at 8a98e68 (unseen), 204    159          164           168
//   dev-c at 67a304d (unseen), 229    186          187           186
//
// Run: node --import tsx bench/fit-speakers.ts [--folds 5] [--l2 0.01] [--extra] [--no-rule] [--holdout dev-d] [--show]  (dev splits only)

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { annotate } from '../src/understand/index.js';
import { paragraphs, tokenize, type Token } from '../src/understand/tokens.js';
import { isSpeechVerb } from '../src/understand/wordnet.js';
import type { Annotations, ArticleView, Quote } from '../src/model/index.js';
import { SETS, articleText, judgeSpeaker, locate, readJsonl, storedViews, type GoldQuote } from './eval-understand-sets.js';

const DEV = ['dev', 'dev-c', 'dev-d'] as const;
const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const K = arg('--folds', 5);
const L2 = arg('--l2', 0.01);
/** --extra: features read off the rule's speaker phrase (where it is, pronoun agreement, titles), adjacency to the quote. */
const EXTRA = process.argv.includes('--extra');

const CUE_WORDS = new Set(
  'said says say told tells added adds insisted warned wrote claimed argued asked replied noted stressed admitted announced explained declared suggested urged saying adding telling according accused described called branded dubbed believes thinks described'.split(' '),
);
const isCue = (w: string) => CUE_WORDS.has(w.toLowerCase()) || (/^\p{Ll}+$/u.test(w) && /(ed|s)$/.test(w) && isSpeechVerb(w));

interface Cand {
  key: string | null; // null: no speaker entity
  text?: string | null; // the speaker text a "none" candidate keeps
  x: Record<string, number>;
  right: boolean;
}
interface Item {
  id: string;
  split: string;
  article: string;
  kind: string;
  mentionKind: string;
  ruleRight: boolean;
  cands: Cand[];
}

interface Ref {
  start: number;
  end: number;
  sentence: number;
  name: boolean;
}

async function items(): Promise<Item[]> {
  const out: Item[] = [];
  const bySplitArticle = new Map<string, GoldQuote[]>();
  for (const split of DEV) for (const g of readJsonl<GoldQuote>(join(SETS, split, 'quotes.jsonl'))) {
    const k = `${split}\t${g.article}`;
    bySplitArticle.set(k, [...(bySplitArticle.get(k) ?? []), g]);
  }
  const views = new Map<string, ArticleView>();
  for (const split of DEV) for (const [a, v] of await storedViews([...new Set([...bySplitArticle.keys()].filter((k) => k.startsWith(`${split}\t`)).map((k) => k.split('\t')[1]))], split, () => {})) views.set(a, v);
  for (const [k, golds] of bySplitArticle) {
    const [split, article] = k.split('\t');
    const v = views.get(article);
    const text = v?.text ?? articleText(article);
    const ann = annotate({ text, published: v?.published ?? null, language: v?.language });
    const tokens = tokenize(text, ann.sentences);
    const paras = paragraphs(text);
    const paraOf = (pos: number) => paras.findIndex(([s, e]) => pos >= s && pos < e);
    const ctx = context(text, ann, tokens);
    let cursor = 0;
    for (const g of golds) {
      const span = locate(text, g.quote, cursor) ?? locate(text, g.quote);
      if (span) cursor = span[0];
      let best: Quote | null = null;
      let bo = 0;
      if (span)
        for (const q of ann.quotes) {
          const o = Math.min(q.end, span[1]) - Math.max(q.start, span[0]);
          if (o > bo) {
            bo = o;
            best = q;
          }
        }
      const name = (key: string | null) => (key ? ann.entities.find((e) => e.key === key)?.name ?? null : null);
      const ruleRight = judgeSpeaker(g, best, name(best?.speaker ?? null));
      const item: Item = { id: `${split}:${g.id}`, split, article, kind: g.kind, mentionKind: g.mentionKind, ruleRight, cands: [] };
      if (best) {
        const qi = ann.quotes.indexOf(best);
        item.cands = candidates(text, ann, tokens, ctx, qi, paraOf).map((c) => ({
          ...c,
          right: c.key === null ? judgeSpeaker(g, { speakerText: c.text ?? null }, null) : judgeSpeaker(g, { speakerText: null }, name(c.key)),
        }));
      }
      out.push(item);
    }
  }
  return out;
}

interface Ctx {
  refs: Map<string, Ref[]>;
  count: Map<string, number>;
  rank: Map<string, number>;
}
function context(text: string, ann: Annotations, tokens: Token[]): Ctx {
  const refs = new Map<string, Ref[]>();
  const speaks = new Set(ann.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG').map((e) => e.key));
  const add = (key: string, r: Ref) => {
    if (!speaks.has(key)) return;
    refs.set(key, [...(refs.get(key) ?? []), r]);
  };
  for (const m of ann.mentions) add(m.entity, { start: m.start, end: m.end, sentence: m.sentence, name: true });
  for (const l of ann.coref ?? []) add(l.entity, { start: l.start, end: l.end, sentence: l.sentence, name: false });
  const count = new Map([...refs].map(([k, v]) => [k, v.length]));
  const sorted = [...count].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const rank = new Map(sorted.map((k, i) => [k, i]));
  void text;
  void tokens;
  return { refs, count, rank };
}

function candidates(text: string, ann: Annotations, tokens: Token[], ctx: Ctx, qi: number, paraOf: (pos: number) => number): Omit<Cand, 'right'>[] {
  const q = ann.quotes[qi];
  const s = q.sentence;
  let prev: Quote | null = null;
  for (let i = qi - 1; i >= 0; i--) if (ann.quotes[i].speaker) {
    prev = ann.quotes[i];
    break;
  }
  const spokeBefore = new Set(ann.quotes.slice(0, qi).map((x) => x.speaker).filter(Boolean) as string[]);
  const inQuote = (pos: number) => ann.quotes.some((x) => pos >= x.start - 1 && pos < x.end + 1);
  const tokAt = (pos: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (tokens[m].start < pos) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  const qPara = paraOf(q.start);
  const qTokStart = tokAt(q.start);
  const qTokEnd = tokAt(q.end);
  const keys = new Set<string>();
  for (const [k, rs] of ctx.refs) if (rs.some((r) => r.sentence >= s - 4 && r.sentence <= s + 1)) keys.add(k);
  if (q.speaker) keys.add(q.speaker);
  if (prev?.speaker) keys.add(prev.speaker);
  const cands: Omit<Cand, 'right'>[] = [];
  const words = q.text.split(/\s+/).filter(Boolean).length;
  const ruleNone = q.speaker === null;
  // no speaker: with no text, or (when the rule resolved nobody but wrote a phrase) with the rule's phrase
  cands.push({
    key: null,
    text: null,
    x: {
      none: 1,
      none_rule: ruleNone && !q.speakerText ? 1 : 0,
      none_partial: q.partial ? 1 : 0,
      none_short: words <= 3 ? 1 : 0,
      none_noCue: q.cue ? 0 : 1,
    },
  });
  if (ruleNone && q.speakerText)
    cands.push({
      key: null,
      text: q.speakerText,
      x: { ruleText: 1, rule: 1, ruleText_partial: q.partial ? 1 : 0, ruleText_cue: q.cue ? 1 : 0, ruleText_the: /^(the|a|an)\s/i.test(q.speakerText) ? 1 : 0 },
    });
  const ent = new Map(ann.entities.map((e) => [e.key, e]));
  for (const k of keys) {
    const rs = ctx.refs.get(k) ?? [];
    const outside = rs.filter((r) => !inQuote(r.start));
    const near = outside.filter((r) => r.sentence >= s - 4 && r.sentence <= s + 1);
    const tokDist = (r: Ref) => {
      const t = tokAt(r.start);
      return t < qTokStart ? qTokStart - t : Math.max(0, t - qTokEnd);
    };
    const minTok = near.length ? Math.min(...near.map(tokDist)) : 60;
    const sd = near.length ? Math.min(...near.map((r) => (r.sentence <= s ? s - r.sentence : 10))) : 10;
    const after = near.filter((r) => r.sentence === s + 1);
    const cueNext = (r: Ref) => {
      const t = tokAt(r.end);
      for (let j = t; j < Math.min(tokens.length, t + 3); j++) if (tokens[j].sentence === r.sentence && isCue(tokens[j].text)) return true;
      const b = tokAt(r.start);
      for (let j = b - 1; j >= Math.max(0, b - 2); j--) if (tokens[j].sentence === r.sentence && isCue(tokens[j].text)) return true;
      return false;
    };
    const subj = (r: Ref) => {
      const b = tokAt(r.start);
      const sStart = tokAt(ann.sentences[r.sentence].start);
      let j = sStart;
      while (j < b && /^(but|and|so|yet|however|then|meanwhile|,|["“”'‘’])$/i.test(tokens[j].text)) j++;
      return j === b;
    };
    const sameSent = near.filter((r) => r.sentence === s);
    const e = ent.get(k);
    const x: Record<string, number> = {
      rule: q.speaker === k ? 1 : 0,
      prev: prev?.speaker === k ? 1 : 0,
      spokeBefore: spokeBefore.has(k) ? 1 : 0,
      org: e?.type === 'ORG' ? 1 : 0,
      sameSent: sameSent.length ? 1 : 0,
      sameSentName: sameSent.some((r) => r.name) ? 1 : 0,
      sameSentCue: sameSent.some(cueNext) ? 1 : 0,
      sameSentSubj: sameSent.some(subj) ? 1 : 0,
      afterQuoteSame: sameSent.some((r) => r.start >= q.end) ? 1 : 0,
      prevSent: near.some((r) => r.sentence === s - 1) ? 1 : 0,
      prevSentCue: near.some((r) => r.sentence === s - 1 && cueNext(r)) ? 1 : 0,
      prevSentSubj: near.some((r) => r.sentence === s - 1 && subj(r)) ? 1 : 0,
      far: sd >= 2 && sd < 10 ? 1 : 0,
      nextSent: after.length ? 1 : 0,
      nextSentCue: after.some(cueNext) ? 1 : 0,
      onlyInside: outside.length === rs.length ? 0 : near.length ? 0 : 1,
      tokDist: Math.log1p(minTok) / 4,
      samePara: near.some((r) => paraOf(r.start) === qPara) ? 1 : 0,
      count: Math.log1p(ctx.count.get(k) ?? 0) / 3,
      top: ctx.rank.get(k) === 0 ? 1 : 0,
      partialX: q.partial && sameSent.length ? 1 : 0,
    };
    if (EXTRA) {
      // the phrase the rule read as the speaker, located nearest the quote; agreement of a pronoun or a role with the candidate
      const st = q.speakerText ?? '';
      let at = -1;
      if (st) {
        const lo = Math.max(0, q.start - 400);
        for (let i = text.indexOf(st, lo); i >= 0 && i < q.end + 300; i = text.indexOf(st, i + 1)) if (at < 0 || Math.abs(i - q.start) < Math.abs(at - q.start)) at = i;
      }
      const inPhrase = at >= 0 && rs.some((r) => r.start >= at && r.end <= at + st.length);
      const lower = st.toLowerCase();
      const pron = /^(he|she)$/.test(lower) ? 'p' : /^(it|they)$/.test(lower) ? 'o' : '';
      const head = lower.split(/\s+/).pop() ?? '';
      const titled = !!head && !pron && (e?.titles ?? []).some((t) => t.toLowerCase().split(/\s+/).includes(head));
      const adjacent = (r: Ref) => {
        const t = tokAt(r.start);
        return (t >= qTokEnd && t - qTokEnd <= 4) || (t < qTokStart && qTokStart - tokAt(r.end) <= 4);
      };
      Object.assign(x, {
        inPhrase: inPhrase ? 1 : 0,
        pronPersonOk: pron === 'p' && e?.type === 'PERSON' ? 1 : 0,
        pronMismatch: (pron === 'p' && e?.type === 'ORG') || (pron === 'o' && e?.type === 'PERSON' && lower === 'it') ? 1 : 0,
        titled: titled ? 1 : 0,
        adjacent: near.some(adjacent) ? 1 : 0,
        adjacentCue: near.some((r) => adjacent(r) && cueNext(r)) ? 1 : 0,
        prevSamePara: prev?.speaker === k && paraOf(prev.start) === qPara ? 1 : 0,
        insideQuote: rs.some((r) => r.start >= q.start && r.end <= q.end) ? 1 : 0,
      });
    }
    cands.push({ key: k, text: null, x });
  }
  void text;
  return cands;
}

// ---- conditional logit ----
type W = Map<string, number>;
const score = (w: W, x: Record<string, number>) => Object.entries(x).reduce((a, [f, v]) => a + (w.get(f) ?? 0) * v, 0);

function fit(train: Item[], l2 = L2, iters = 400, rate = 0.5): W {
  const w: W = new Map();
  const usable = train.filter((it) => it.cands.some((c) => c.right));
  const m = new Map<string, number>();
  const v = new Map<string, number>();
  for (let t = 1; t <= iters; t++) {
    const grad = new Map<string, number>();
    for (const it of usable) {
      const ss = it.cands.map((c) => score(w, c.x));
      const mx = Math.max(...ss);
      const ex = ss.map((s) => Math.exp(s - mx));
      const z = ex.reduce((a, b) => a + b, 0);
      const zr = it.cands.reduce((a, c, i) => a + (c.right ? ex[i] : 0), 0);
      // gradient of -log P(any right candidate)
      it.cands.forEach((c, i) => {
        const g = ex[i] / z - (c.right ? ex[i] / zr : 0);
        for (const [f, val] of Object.entries(c.x)) grad.set(f, (grad.get(f) ?? 0) + (g * val) / usable.length);
      });
    }
    for (const [f, g0] of grad) {
      const g = g0 + l2 * (w.get(f) ?? 0);
      // Adam
      const mf = 0.9 * (m.get(f) ?? 0) + 0.1 * g;
      const vf = 0.999 * (v.get(f) ?? 0) + 0.001 * g * g;
      m.set(f, mf);
      v.set(f, vf);
      const mh = mf / (1 - 0.9 ** t);
      const vh = vf / (1 - 0.999 ** t);
      w.set(f, (w.get(f) ?? 0) - (rate * 0.1 * mh) / (Math.sqrt(vh) + 1e-8));
    }
  }
  return w;
}

const pick = (w: W, it: Item): Cand | null => {
  let best: Cand | null = null;
  let bs = -Infinity;
  for (const c of it.cands) {
    const s = score(w, c.x);
    if (s > bs) {
      bs = s;
      best = c;
    }
  }
  return best;
};

// --holdout <set>: fit on the other dev sets and score that one only (a set the code has not seen yet)
const hi = process.argv.indexOf('--holdout');
const HOLDOUT = hi > 0 ? process.argv[hi + 1] : null;
const fold = (it: Item) => (HOLDOUT ? (it.split === HOLDOUT ? 0 : 1) : createHash('sha1').update(it.article).digest()[0] % K);

const all = await items();
const DROP = new Set((process.argv.includes('--no-rule') ? 'rule none_rule' : '').split(' ').filter(Boolean));
if (DROP.size) for (const it of all) for (const c of it.cands) for (const f of DROP) delete c.x[f];
const learned = new Map<string, boolean>();
for (let f = 0; f < (HOLDOUT ? 1 : K); f++) {
  const train = all.filter((it) => fold(it) !== f);
  const w = fit(train);
  for (const it of all.filter((it) => fold(it) === f)) learned.set(it.id, !!pick(w, it)?.right);
}
if (HOLDOUT) all.splice(0, all.length, ...all.filter((it) => it.split === HOLDOUT));
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');
const row = (label: string, xs: Item[]) => {
  const r = xs.filter((x) => x.ruleRight).length;
  const l = xs.filter((x) => learned.get(x.id)).length;
  const o = xs.filter((x) => x.cands.some((c) => c.right)).length;
  console.log(`  ${label.padEnd(24)} rules ${pct(r, xs.length).padEnd(18)} learned(oof) ${pct(l, xs.length).padEnd(18)} oracle ${pct(o, xs.length)}`);
};
console.log(`${all.length} gold quotes, ${HOLDOUT ? `fit on the other sets, scored on ${HOLDOUT}` : `${K} folds by article`}, l2 ${L2}`);
row('all', all);
for (const s of DEV) row(s, all.filter((x) => x.split === s));
for (const k of ['name', 'pronoun', 'role', 'organisation', 'document', 'none']) row(`mention ${k}`, all.filter((x) => x.mentionKind === k));
for (const k of ['full', 'split', 'colon', 'partial', 'scare']) row(`kind ${k}`, all.filter((x) => x.kind === k));
const both = all.filter((x) => x.ruleRight && learned.get(x.id)).length;
console.log(`  rules right only ${all.filter((x) => x.ruleRight && !learned.get(x.id)).length}, learned right only ${all.filter((x) => !x.ruleRight && learned.get(x.id)).length}, both ${both}`);
if (process.argv.includes('--show')) {
  const w = fit(all);
  for (const [f, v] of [...w].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) console.log(`  ${f.padEnd(16)} ${v.toFixed(3)}`);
}
