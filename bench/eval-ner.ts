// Entity typing on hand-labelled news: `npm run eval:ner [-- --split dev|test] [--verbose]`.
//
// test/understand-sets/ner/{dev,test}.jsonl: one labelled entity per line — the article it is in, its
// type as used there (PERSON, ORG, GPE, LOC, NORP, or OTHER for names of none of these: products,
// works, events) and every surface form the article uses for it. Labelled by a helper who never saw
// the code (README there); split by article.
//
// Each article is annotated as the desk reads it (src/understand annotate(), title as its first
// paragraph for the BBC files). A labelled entity is matched to the desk's mentions whose text equals
// one of its forms; its predicted type is the type most of those mentions' entities have.
// Figures (aggregates; --verbose lists dev misses only):
// - found: labelled entities (not OTHER) with at least one mention;
// - typed: of those found, predicted type = label (GPE and LOC also scored together as "place");
// - OTHER named as an entity: how often a non-entity name was given a type;
// - per label: found / typed, and the confusion.

import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../src/understand/index.js';
import type { EntityType } from '../src/model/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, '..', 'shared', 'bench-data');
const sets = join(root, 'test', 'understand-sets', 'ner');

interface Label {
  article: string;
  type: EntityType | 'OTHER';
  forms: string[];
  note?: string;
}

let webTexts: Record<string, { articleBody: string }> | null = null;
function articleText(id: string): string {
  if (id.startsWith('web/')) {
    webTexts ??= JSON.parse(readFileSync(join(data, 'article-extraction', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    const t = webTexts[id.slice(4)];
    if (!t) throw new Error(`${id}: not in the extraction benchmark's ground truth`);
    return t.articleBody;
  }
  const raw = readFileSync(join(data, id), 'utf8');
  // a BBC file: the title on the first line, then the body; the desk reads the title as a paragraph
  const [title, ...rest] = raw.split('\n');
  return `${title.trim()}\n\n${rest.join('\n').trim()}`;
}

const place = (t: string): string => (t === 'GPE' || t === 'LOC' ? 'place' : t);

export interface NerScore {
  entities: number;
  found: number;
  typed: number;
  placeTyped: number;
  other: number;
  otherTyped: number;
  byLabel: Map<string, { n: number; found: number; typed: number; as: Map<string, number> }>;
  misses: string[];
}

export function scoreNer(labels: Label[]): NerScore {
  const s: NerScore = { entities: 0, found: 0, typed: 0, placeTyped: 0, other: 0, otherTyped: 0, byLabel: new Map(), misses: [] };
  const byArticle = new Map<string, Label[]>();
  for (const l of labels) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), l]);
  for (const [article, ls] of byArticle) {
    const text = articleText(article);
    const a = annotate({ text, published: null, language: 'en' });
    const typeOf = new Map(a.entities.map((e) => [e.key, e.type]));
    for (const l of ls) {
      const forms = new Set(l.forms);
      const votes = new Map<string, number>();
      for (const m of a.mentions) {
        // the mention's own words, or the name part of a titled mention ("Mr Blair" → "Blair")
        const surface = text.slice(m.start, m.end);
        if (!forms.has(surface) && !forms.has(m.text)) continue;
        const t = typeOf.get(m.entity);
        if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
      }
      const got = [...votes].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
      if (l.type === 'OTHER') {
        s.other++;
        if (got) {
          s.otherTyped++;
          s.misses.push(`OTHER → ${got}: ${l.forms[0]} (${article})`);
        }
        continue;
      }
      s.entities++;
      const row = s.byLabel.get(l.type) ?? { n: 0, found: 0, typed: 0, as: new Map<string, number>() };
      s.byLabel.set(l.type, row);
      row.n++;
      row.as.set(got ?? 'none', (row.as.get(got ?? 'none') ?? 0) + 1);
      if (!got) {
        s.misses.push(`MISS ${l.type} ${l.forms[0]} (${article})`);
        continue;
      }
      s.found++;
      row.found++;
      if (got === l.type) (s.typed++, row.typed++);
      else s.misses.push(`TYPE ${l.type} → ${got}: ${l.forms[0]} (${article})`);
      if (place(got) === place(l.type)) s.placeTyped++;
    }
  }
  return s;
}

function load(split: string): Label[] {
  const file = join(sets, `${split}.jsonl`);
  if (!existsSync(file)) throw new Error(`${file}: no such labelled set`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Label;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : 'n/a');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv.find((a) => a.startsWith('--split='))?.slice(8) ?? (process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : null);
  const splits = arg ? [arg] : ['dev', 'test'];
  const verbose = process.argv.includes('--verbose');
  const rows: string[] = ['| split | entities | found | typed (of found) | typed, GPE/LOC as one | typed, of all | OTHER given a type |', '|---|---|---|---|---|---|---|'];
  for (const split of splits) {
    const s = scoreNer(load(split));
    console.log(`== ${split} ==`);
    for (const [t, r] of [...s.byLabel].sort()) {
      const as = [...r.as].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ');
      console.log(`  ${t.padEnd(6)} n ${String(r.n).padStart(4)}  found ${pct(r.found, r.n)}%  typed ${pct(r.typed, r.found)}%  (as: ${as})`);
    }
    if (verbose && split === 'dev') for (const m of s.misses) console.log('  ' + m);
    rows.push(`| ${split} | ${s.entities} | ${pct(s.found, s.entities)} | ${pct(s.typed, s.found)} | ${pct(s.placeTyped, s.found)} | ${pct(s.typed, s.entities)} | ${pct(s.otherTyped, s.other)} (${s.other}) |`);
  }
  console.log(rows.join('\n'));
}
