// A scale corpus of any size from the 1,995 real BBC articles (../shared/bench-data/bbc), reproducibly.
//
// Each new article takes its headline from one BBC article and its paragraphs from three articles of the
// same category (the headline's article first), in order, so the text is real reporting with real
// names, quotes and dates, and entities recur across articles the way they do in a year of news. The
// mix is drawn by a seeded generator (mulberry32, seed 20251), so `--articles N` always gives the same
// corpus. Publication dates spread over 2025; every article has its own URL. Written as JSON Lines
// (1,000 records per file, the bulk-export format users import) under bench/out/synth/<N>/.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DATA, ROOT } from './corpus.js';
import { mulberry32 } from '../../src/query/ask/trees.js';

interface Source {
  category: string;
  title: string;
  paragraphs: string[];
}

function loadBbc(): Source[] {
  const root = join(BENCH_DATA, 'bbc');
  const out: Source[] = [];
  for (const category of readdirSync(root).sort()) {
    const dir = join(root, category);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const [title, ...rest] = readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/);
      const paragraphs = rest.map((p) => p.trim()).filter(Boolean);
      if (title.trim() && paragraphs.length) out.push({ category, title: title.trim(), paragraphs });
    }
  }
  return out;
}

export const RECORDS_PER_FILE = 1000;

/** The JSON Lines files of an N-article synthetic corpus, generated on first use. */
export function synthCorpus(n: number, log: (s: string) => void = console.log): string[] {
  const dir = join(ROOT, 'bench/out/synth', String(n));
  const list = () => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
  if (existsSync(join(dir, 'READY'))) return list();
  const t0 = performance.now();
  const sources = loadBbc();
  const byCategory = new Map<string, Source[]>();
  for (const s of sources) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  const rand = mulberry32(20251);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const year = Date.UTC(2025, 0, 1);
  let lines: string[] = [];
  let file = 0;
  const flush = () => {
    if (!lines.length) return;
    writeFileSync(join(tmp, `${String(file++).padStart(4, '0')}.jsonl`), lines.join('\n') + '\n');
    lines = [];
  };
  for (let i = 0; i < n; i++) {
    const lead = pick(sources);
    const same = byCategory.get(lead.category)!;
    const others = [pick(same), pick(same)].filter((s) => s !== lead);
    const paragraphs: string[] = [];
    // The lead article's first paragraphs, then a run from each other article: 9 paragraphs at most.
    const takeRun = (s: Source, max: number) => {
      const start = s === lead ? 0 : Math.floor(rand() * Math.max(1, s.paragraphs.length - 2));
      paragraphs.push(...s.paragraphs.slice(start, start + max));
    };
    takeRun(lead, 3 + Math.floor(rand() * 3));
    for (const o of others) takeRun(o, 2 + Math.floor(rand() * 2));
    const published = new Date(year + Math.floor(rand() * 365 * 86400e3)).toISOString().slice(0, 10);
    lines.push(
      JSON.stringify({
        title: lead.title,
        text: paragraphs.join('\n\n'),
        url: `https://synth.example/${lead.category}/${i}`,
        published,
        source: 'BBC (recombined)',
      }),
    );
    if (lines.length === RECORDS_PER_FILE) flush();
  }
  flush();
  writeFileSync(join(tmp, 'READY'), `${n} articles, seed 20251\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  log(`synth: ${n} articles in ${file} files under ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return list();
}
