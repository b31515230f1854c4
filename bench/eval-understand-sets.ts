// Quotes and coreference against the hand-labelled sets in test/understand-sets/{dev,test}/
// (labeller's definitions: test/understand-sets/README-labeller-a.md). The articles go through the
// desk's real ingest path (app.read → desk.add → store), and quotes are read back from the store,
// so the figures are what a user gets.
//
//   quote found     a stored quote overlaps the gold quote's text (located in the stored text; a headline
//                   quote, whose note starts "headline" as every labeller's README says, in the stored
//                   title, against the title's quotes, sentence TITLE_SENTENCE);
//   speaker right   the stored quote's speaker entity name, or its speaker text, names the gold speaker:
//                   a person by surname (and first name when both give one), an organisation by name
//                   or acronym; a document's speaker is its issuer; gold null wants no speaker entity
//                   and either no speaker text or the unnamed source as the label describes it;
//   coref link      the gold mention (its sentence + whole-word occurrence) is covered by a stored
//                   name mention of the gold entity or a stored coreference link to it.
//
// Run: node --import tsx bench/eval-understand-sets.ts [--split dev] [--verbose]
// --verbose lists a dev split's misses case by case; test, test-2 and test-3 are only ever aggregated.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildApp, loadConfig } from '../src/app.js';
import { annotate } from '../src/understand/index.js';
import { isTitleQuote, type Annotations, type ArticleView } from '../src/model/index.js';
import { BENCH_DATA, MERCURY_PAGES, ROOT } from './lib/paths.js';

export const SETS = join(ROOT, 'test/understand-sets');

export interface GoldQuote {
  id: string;
  article: string;
  quote: string;
  kind: string;
  speaker: string | null;
  speakerType: string | null;
  mention: string | null;
  mentionKind: string;
  cue: string | null;
  note?: string;
}
export interface GoldCoref {
  id: string;
  article: string;
  sentence: string;
  mention: string;
  occurrence: number;
  entity: string;
  entityType: string;
}

/** dev and test by labeller a (split by article); dev-c and dev-d: other labellers' articles (in no other
 *  set), all for tuning; test-2 and test-3: labellers f's and g's unseen BBC articles, held out like test;
 *  dev-m and test-m: labeller m's quotes on 30 of the Mercury fixtures' web pages (2016-19), split by article;
 *  dev-n and test-n: labeller n's quotes on 30 longer BBC articles (3,000-5,000 characters), split by article;
 *  dev-o and test-o: labeller o's coreference links on 24 BBC articles, split by article;
 *  dev-p and test-p: labeller p's quotes on 30 BBC articles (1,500-4,000 characters, 6 a category), split by article. */
export const SPLITS = ['dev', 'dev-c', 'dev-d', 'dev-m', 'dev-n', 'dev-o', 'dev-p', 'test', 'test-2', 'test-3', 'test-m', 'test-n', 'test-o', 'test-p'] as const;
export type Split = (typeof SPLITS)[number];
/** Splits only ever aggregated: never listed case by case, never tuned on. */
export const HELD_OUT: ReadonlySet<Split> = new Set(['test', 'test-2', 'test-3', 'test-m', 'test-n', 'test-o', 'test-p']);
/** The splits whose folder is there (a set labelled later is simply absent until it lands). */
export const presentSplits = (): Split[] => SPLITS.filter((s) => existsSync(join(SETS, s, 'quotes.jsonl')) || existsSync(join(SETS, s, 'coref.jsonl')));
export interface SplitFigures {
  quotes: number;
  found: number;
  /** Found, and the stored quote starts where the gold quote starts (not merged into another). */
  foundExact: number;
  speakerRight: number;
  /** The same judgement on the article's own annotations (entity names before the corpus links them). */
  speakerRightInArticle: number;
  byKind: Record<string, { n: number; right: number }>;
  /** Speaker accuracy by quote kind (full, split, colon, partial, scare) and by source (bbc, web). */
  byQuoteKind: Record<string, { n: number; right: number }>;
  bySource: Record<string, { n: number; right: number }>;
  coref: number;
  corefRight: number;
  corefByKind: Record<string, { n: number; right: number }>;
  articles: number;
  missingArticles: number;
}

export const readJsonl = <T>(f: string): T[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const HONORIFIC = /^(mr|mrs|ms|miss|sir|dr|prof|lord|lady|dame|gov|cmdr|president|prime|minister|the|a|an)\.?$/i;
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/['']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s&-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const words = (s: string): string[] => fold(s).split(' ').filter((w) => w && !HONORIFIC.test(w));

/** Same person: same surname, and same first name (or initial) when both give one. */
function samePerson(gold: string, cand: string): boolean {
  const g = words(gold);
  const c = words(cand);
  if (!g.length || !c.length) return false;
  if (g[g.length - 1] !== c[c.length - 1]) return false;
  if (g.length > 1 && c.length > 1) return g[0] === c[0] || g[0][0] === c[0] && (g[0].length === 1 || c[0].length === 1);
  return true;
}

/** Same organisation: the same name once determiners are gone, or one is the other's acronym. */
const ORG_SUFFIX = /\s+(?:corp|corporation|inc|plc|ltd|co|company|group|party|club|fc|limited|llc)$/i;
function sameOrg(gold: string, cand: string): boolean {
  const g = words(gold).join(' ').replace(ORG_SUFFIX, '');
  const c = words(cand).join(' ').replace(ORG_SUFFIX, '');
  if (!g || !c) return false;
  if (g === c) return true;
  // initials, a capitalised acronym inside the name counting whole ("UK Independence Party" → ukip)
  const initials = (s: string) =>
    s
      .split(/\s+/)
      .filter((w) => !/^(of|for|and|the|&)$/i.test(w))
      .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0] ?? ''))
      .join('')
      .toLowerCase();
  if (!c.includes(' ') && c.length > 1 && (initials(gold) === c || initials(gold.replace(ORG_SUFFIX, '')) === c)) return true;
  if (!g.includes(' ') && g.length > 1 && (initials(cand) === g || initials(cand.replace(ORG_SUFFIX, '')) === g)) return true;
  // "the Liberal Democrats" / "Liberal Democrat party": one name inside the other, word-aligned
  return ` ${g} `.includes(` ${c} `) && c.split(' ').length >= 2 || ` ${c} `.includes(` ${g} `) && g.split(' ').length >= 2 && c.split(' ').length <= g.split(' ').length + 1;
}

export function sameSpeaker(gold: string, type: string | null, cand: string | null): boolean {
  if (!cand) return false;
  // joint speakers ("A and B"): any one of them
  const parts = gold.split(/\s+and\s+/);
  if (type === 'person') return parts.some((p) => samePerson(p, cand));
  if (type === 'organisation') return sameOrg(gold, cand) || (parts.length === 1 && words(gold).length === 1 && samePerson(gold, cand));
  return sameOrg(gold, cand) || parts.some((p) => samePerson(p, cand));
}

/** The gold text's span in the stored text (whitespace and quote styles may differ), or null. */
export function locate(text: string, needle: string, from = 0): [number, number] | null {
  const i = text.indexOf(needle, from);
  if (i >= 0) return [i, i + needle.length];
  // tolerate whitespace differences (ingest joins lines)
  const parts = needle.trim().split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(parts.join('\\s+'), 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

export function wholeWord(sentence: string, mention: string, occurrence: number): number {
  const esc = mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu');
  let n = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) if (++n === occurrence) return m.index;
  return -1;
}

/** `mercury/<name>`: one of the Mercury Parser's saved pages, test/meta-3/html/<name>.html.gz. */
const isMercuryId = (id: string): boolean => id.startsWith('mercury/');
function mercuryPage(id: string): Buffer {
  return gunzipSync(readFileSync(join(MERCURY_PAGES, `${id.slice('mercury/'.length)}.html.gz`)));
}

export function articleText(id: string): string {
  if (id.startsWith('bbc/')) return readFileSync(join(BENCH_DATA, id), 'utf8');
  const gt = groundTruth();
  const key = Object.keys(gt).find((k) => k.startsWith(id.slice(4)));
  if (!key) throw new Error(`no ground truth for ${id}`);
  return gt[key].articleBody;
}
let gtCache: Record<string, { articleBody: string }> | null = null;
function groundTruth(): Record<string, { articleBody: string }> {
  gtCache ??= JSON.parse(readFileSync(join(BENCH_DATA, 'article-extraction/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return gtCache;
}

const CUE_NOUN = /^(?:an?|the)\s+|\s+(?:spokes(?:man|woman|person)|official|statement)$/gi;

/** Whether a found quote's speaker is right: its entity's name, or its speaker text, names the gold speaker (see the header). */
export function judgeSpeaker(g: GoldQuote, q: { speakerText: string | null } | null, name: string | null): boolean {
  if (!q) return false;
  if (g.speaker === null) return !name && (!q.speakerText || (!!g.mention && fold(q.speakerText) === fold(g.mention)));
  const texts = [name, q.speakerText, q.speakerText?.replace(CUE_NOUN, '') ?? null];
  return texts.some((t) => sameSpeaker(g.speaker!, g.speakerType, t)) && (!name || sameSpeaker(g.speaker, g.speakerType, name));
}

/** The articles as the desk stores them (ingested through app.read → desk.add into a throw-away store), by article id. */
export async function storedViews(articles: string[], split: string, log: (s: string) => void = console.log): Promise<Map<string, ArticleView>> {
  const tmp = mkdtempSync(join(tmpdir(), `nd-understand-${split}-`));
  const files = join(tmp, 'files');
  mkdirSync(files);
  const app = await buildApp(loadConfig({}, { dataDir: join(tmp, 'data'), allowFetch: false }));
  const views = new Map<string, ArticleView>();
  try {
    const fileOf = new Map<string, string>();
    articles.forEach((a, i) => {
      // a Mercury fixture page is read as the HTML it is (the desk's extraction gives its text and title)
      const page = isMercuryId(a);
      const f = join(files, `${String(i).padStart(3, '0')}-${a.replace(/\W+/g, '_')}.${page ? 'html' : 'txt'}`);
      writeFileSync(f, page ? mercuryPage(a) : articleText(a));
      fileOf.set(f, a);
    });
    const report = await app.desk.add(
      (async function* () {
        for (const f of fileOf.keys()) yield* app.read(f);
      })(),
    );
    for (const r of [...report.added, ...report.duplicates]) {
      const a = fileOf.get(r.item) ?? [...fileOf].find(([f]) => r.item.endsWith(f) || f.endsWith(r.item))?.[1];
      const v = a ? await app.store.getArticle(r.id) : null;
      if (a && v) views.set(a, v);
    }
    for (const f of report.failed) log(`  ingest failed ${f.item}: ${f.error}`);
  } finally {
    await app.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return views;
}

/** Ingests a split's articles through the desk and scores them. */
export async function evalSplit(split: Split, opts: { verbose?: boolean; log?: (s: string) => void } = {}): Promise<SplitFigures> {
  const log = opts.log ?? console.log;
  const verbose = !!opts.verbose && !HELD_OUT.has(split);
  const optional = <T>(f: string): T[] => (existsSync(f) ? readJsonl<T>(f) : []);
  const quotes = optional<GoldQuote>(join(SETS, split, 'quotes.jsonl'));
  const corefs = optional<GoldCoref>(join(SETS, split, 'coref.jsonl'));
  const articles = [...new Set([...quotes.map((q) => q.article), ...corefs.map((c) => c.article)])];
  const views = await storedViews(articles, split, log);

  const fig: SplitFigures = { quotes: 0, found: 0, foundExact: 0, speakerRight: 0, speakerRightInArticle: 0, byKind: {}, byQuoteKind: {}, bySource: {}, coref: 0, corefRight: 0, corefByKind: {}, articles: articles.length, missingArticles: articles.filter((a) => !views.has(a)).length };
  const bump = (rec: Record<string, { n: number; right: number }>, k: string, ok: boolean) => {
    rec[k] ??= { n: 0, right: 0 };
    rec[k].n++;
    if (ok) rec[k].right++;
  };

  // ---- quotes ----
  const own = new Map<string, Annotations>();
  for (const [a, v] of views) own.set(a, annotate({ text: v.text, published: v.published, language: v.language, title: v.title }));
  const judge = judgeSpeaker;
  const cursor = new Map<string, number>();
  for (const g of quotes) {
    fig.quotes++;
    const v = views.get(g.article);
    // a headline quote is looked for in the title (stored apart from the text) among the title's quotes
    const inTitle = /^headline/i.test(g.note ?? '');
    const span = !v ? null : inTitle ? locate(v.title, g.quote) : locate(v.text, g.quote, cursor.get(g.article) ?? 0) ?? locate(v.text, g.quote);
    if (v && span && !inTitle) cursor.set(g.article, span[0]);
    let best: ArticleView['quotes'][number] | null = null;
    let bestOverlap = 0;
    if (v && span)
      for (const q of v.quotes) {
        if (isTitleQuote(q) !== inTitle) continue;
        const o = Math.min(q.end, span[1]) - Math.max(q.start, span[0]);
        if (o > bestOverlap) {
          bestOverlap = o;
          best = q;
        }
      }
    if (best) fig.found++;
    if (best && span && Math.abs(best.start - span[0]) <= 2) fig.foundExact++;
    const ok = judge(g, best, best?.speaker?.name ?? null);
    if (ok) fig.speakerRight++;
    const ann = own.get(g.article);
    const mine = ann && best ? ann.quotes.find((q) => q.start === best!.start && q.end === best!.end && isTitleQuote(q) === isTitleQuote(best!)) ?? null : null;
    if (judge(g, mine, mine?.speaker ? ann!.entities.find((e) => e.key === mine.speaker)?.name ?? null : null)) fig.speakerRightInArticle++;
    bump(fig.byKind, g.mentionKind, ok);
    bump(fig.byQuoteKind, g.kind, ok);
    bump(fig.bySource, g.article.split('/')[0], ok);
    if (verbose && !ok) {
      const got = !v ? 'article not stored' : !span ? `gold text not in stored ${inTitle ? 'title' : 'text'}` : !best ? 'no quote' : `${JSON.stringify(best.speakerText)} → ${best.speaker?.name ?? 'null'} (${best.cue})${best.partial ? ' partial' : ''}`;
      log(`  MISS ${g.id} ${g.kind}/${g.mentionKind} "${g.quote.slice(0, 50)}" want ${g.speaker ?? 'null'} [${g.mention}/${g.cue}]; got ${got}`);
    }
  }

  // ---- coreference ----
  const links = new Map<string, { start: number; end: number; name: string }[]>();
  for (const [a, v] of views) {
    const spans: { start: number; end: number; name: string }[] = [];
    for (const e of v.entities) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, name: e.name });
    for (const c of v.coref ?? []) spans.push({ start: c.start, end: c.end, name: c.entity.name });
    links.set(a, spans);
  }
  for (const g of corefs) {
    fig.coref++;
    const v = views.get(g.article);
    const kind = /^(he|she|it|its|they|their|his|her|him|them|hers|theirs|himself|herself|itself|themselves)$/i.test(g.mention) ? 'pronoun' : /^(the|a|an)\s/i.test(g.mention) || /^[a-z]/.test(g.mention) || /['’]s\s/.test(g.mention) ? 'description' : 'name';
    let ok = false;
    let why = 'article not stored';
    // where the mention is in the stored text (-1: not found)
    let at = -1;
    if (v) {
      const s = locate(v.text, g.sentence);
      const off = s ? wholeWord(v.text.slice(s[0], s[1]), g.mention, g.occurrence) : -1;
      if (!s || off < 0) why = 'sentence not in stored text';
      else {
        at = s[0] + off;
        const end = at + g.mention.length;
        const covering = (links.get(g.article) ?? []).filter((m) => m.start < end && m.end > at);
        const type = g.entityType === 'person' ? 'person' : g.entityType === 'organisation' ? 'organisation' : null;
        ok = covering.some((m) => sameSpeaker(g.entity, type, m.name));
        why = covering.length ? `linked to ${covering.map((m) => m.name).join(' / ')}` : 'not linked';
      }
    }
    if (ok) fig.corefRight++;
    bump(fig.corefByKind, kind, ok);
    bump(fig.corefByKind, `entity ${g.entityType}`, ok);
    if (kind === 'pronoun') {
      // pronouns by their person and number, and by how far back the antecedent was last named
      const w = g.mention.toLowerCase();
      const group = /^(he|his|him|himself)$/.test(w) ? 'he' : /^(she|her|hers|herself)$/.test(w) ? 'she' : /^(it|its|itself)$/.test(w) ? 'it' : 'they';
      bump(fig.corefByKind, `pronoun ${group}`, ok);
      if (group === 'it') bump(fig.corefByKind, `pronoun it, ${g.entityType}`, ok);
      bump(fig.corefByKind, `pronoun ${why.startsWith('linked') || ok ? 'linked' : 'unlinked'}`, ok);
      if (v && at >= 0) {
        // characters back to where the referent was last named (by its last word: a surname, or the last
        // word of its name)
        const before = v.text.lastIndexOf(g.entity.split(/\s+/).pop() ?? g.entity, at - 1);
        const gap = before < 0 ? 'not named before' : at - before < 150 ? 'named <150' : at - before < 500 ? 'named 150-499' : 'named 500+';
        bump(fig.corefByKind, `pronoun ${gap}`, ok);
      }
    }
    if (verbose && !ok) log(`  COREF ${g.id} ${kind} "${g.mention}"#${g.occurrence} want ${g.entity}; ${why} | ${g.sentence.slice(0, 90)}`);
  }
  return fig;
}

const p = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');

/** The side-by-side table of both splits (dev first). */
export function table(figs: Partial<Record<Split, SplitFigures>>): string[] {
  const splits = SPLITS.filter((s) => figs[s]);
  const row = (label: string, f: (x: SplitFigures) => string) => `  ${label.padEnd(30)}${splits.map((s) => f(figs[s]!).padEnd(22)).join('')}`;
  const out = [row('', () => '').replace(/\s+$/, '') + splits.map((s) => s.padEnd(22)).join(''), row('articles stored', (x) => `${x.articles - x.missingArticles}/${x.articles}`)];
  out[0] = `  ${''.padEnd(30)}${splits.map((s) => s.padEnd(22)).join('')}`;
  out.push(row('quote found', (x) => p(x.found, x.quotes)));
  out.push(row('  exact start', (x) => p(x.foundExact, x.quotes)));
  out.push(row('speaker accuracy', (x) => p(x.speakerRight, x.quotes)));
  out.push(row('  with article-level names', (x) => p(x.speakerRightInArticle, x.quotes)));
  for (const k of ['name', 'pronoun', 'role', 'organisation', 'document', 'none']) out.push(row(`  mentionKind ${k}`, (x) => p(x.byKind[k]?.right ?? 0, x.byKind[k]?.n ?? 0)));
  for (const k of ['full', 'split', 'colon', 'partial', 'scare']) out.push(row(`  kind ${k}`, (x) => p(x.byQuoteKind[k]?.right ?? 0, x.byQuoteKind[k]?.n ?? 0)));
  for (const k of ['bbc', 'web', 'mercury']) out.push(row(`  source ${k}`, (x) => p(x.bySource[k]?.right ?? 0, x.bySource[k]?.n ?? 0)));
  out.push(row('coref link accuracy', (x) => p(x.corefRight, x.coref)));
  for (const k of ['pronoun', 'name', 'description']) out.push(row(`  mention ${k}`, (x) => p(x.corefByKind[k]?.right ?? 0, x.corefByKind[k]?.n ?? 0)));
  for (const k of ['person', 'organisation', 'place', 'other']) out.push(row(`  entity ${k}`, (x) => p(x.corefByKind[`entity ${k}`]?.right ?? 0, x.corefByKind[`entity ${k}`]?.n ?? 0)));
  for (const k of ['he', 'she', 'it', 'it, organisation', 'it, other', 'it, place', 'it, person', 'they', 'linked', 'unlinked', 'named <150', 'named 150-499', 'named 500+', 'not named before'])
    out.push(row(`    pronoun ${k}`, (x) => p(x.corefByKind[`pronoun ${k}`]?.right ?? 0, x.corefByKind[`pronoun ${k}`]?.n ?? 0)));
  return out;
}

/** A split name from the command line, or an error naming the known ones (a missing folder too). */
export function checkSplit(name: string | undefined): Split {
  const split = SPLITS.find((s) => s === name);
  if (!split) throw new Error(`unknown split ${name}: one of ${SPLITS.join(', ')}`);
  if (!presentSplits().includes(split)) throw new Error(`no labelled files in ${join(SETS, split)}`);
  return split;
}

export async function evalUnderstandSets(opts: { splits?: readonly Split[]; verbose?: boolean; log?: (s: string) => void } = {}): Promise<Partial<Record<Split, SplitFigures>>> {
  const out: Partial<Record<Split, SplitFigures>> = {};
  for (const s of opts.splits ?? presentSplits()) out[s] = await evalSplit(s, opts);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--split');
  const splits: readonly Split[] = i > 0 ? [checkSplit(process.argv[i + 1])] : presentSplits();
  const figs = await evalUnderstandSets({ splits, verbose: process.argv.includes('--verbose') });
  for (const l of table(figs)) console.log(l);
}
