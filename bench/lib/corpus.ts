// The QA bench corpus: every BBC article in ../shared/bench-data/bbc (2004-05, five categories), the
// 181 modern web pages of ../shared/bench-data/article-extraction, ingested as HTML through the same
// importer as a user's pages, and the 256 TempEval-3 newswire articles (TimeBank and AQUAINT, AP, NYT,
// WSJ, ABC, CNN, VOA 1989-1999, with their publication dates; read by tempeval-articles.ts since the
// product does not import TimeML), and the 109 saved pages of the Mercury Parser's fixtures (test/meta-3:
// NYT, Washington Post, Guardian, CNN, The Verge, WIRED ... 2009-2018, mostly 2016-17), HTML too. One
// corpus for all QA sets, so retrieval searches ~2,550 articles and a trap is checked against all of them.
//
// Ingesting takes ~30 s, so the SQLite file is cached under bench/out/ keyed by a hash of the code that
// shapes it (ingest, understand, store) and of the corpus files; any change to those re-ingests.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildApp, loadConfig, type App } from '../../src/app.js';
import { BENCH_DATA, MERCURY_PAGES, ROOT } from './paths.js';
import { TEMPEVAL_PREFIX, isTempevalId, tempevalItem, tempevalPath } from './tempeval-articles.js';

type AddReport = Awaited<ReturnType<App['desk']['add']>>;

export { ROOT, BENCH_DATA };

export function walk(dir: string, ext: RegExp, out: string[] = []): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, ext, out);
    else if (ext.test(n)) out.push(p);
  }
  return out;
}

/** The corpus files: BBC texts, the extraction pages unzipped into bench/out/pages (ids shortened to 12 hex) and the Mercury pages (named by their ids). */
export function benchCorpusFiles(): string[] {
  return [...bbcAndPages(), ...tempevalIds()];
}

/** The TempEval-3 article ids (`tempeval/<TimeBank|AQUAINT>/<file>.tml`), read by tempevalItem. */
function tempevalIds(): string[] {
  return ['TimeBank', 'AQUAINT'].flatMap((d) =>
    walk(join(BENCH_DATA, 'tempeval3', d), /\.tml$/).map((p) => `${TEMPEVAL_PREFIX}${d}/${p.split('/').pop()!}`),
  );
}

function bbcAndPages(): string[] {
  const bbc = walk(join(BENCH_DATA, 'bbc'), /\.txt$/);
  const pagesDir = join(ROOT, 'bench/out/pages');
  mkdirSync(pagesDir, { recursive: true });
  const html = unzipped(walk(join(BENCH_DATA, 'article-extraction/html'), /\.html\.gz$/), pagesDir, (name) => `${name.slice(0, 12)}.html`);
  // the Mercury fixtures keep their ids (site__number), unzipped beside the others
  const mercury = unzipped(walk(MERCURY_PAGES, /\.html\.gz$/), pagesDir, (name) => name.replace(/\.gz$/, ''));
  return [...bbc, ...html, ...mercury];
}

/** Each gzipped page unzipped once into `dir` under the name `as` gives its file name; the unzipped paths. */
function unzipped(gzs: string[], dir: string, as: (name: string) => string): string[] {
  return gzs.map((gz) => {
    const out = join(dir, as(gz.split('/').pop()!));
    if (!existsSync(out)) writeFileSync(out, gunzipSync(readFileSync(gz)));
    return out;
  });
}

/**
 * A key for a cached store: the code that shapes what is stored (ingest, understand, store, model and
 * the add pipeline) and the input files, names and contents; any change to them re-ingests.
 */
function codeHash(files: string[]): string {
  const h = createHash('sha256');
  for (const dir of ['src/ingest', 'src/understand', 'src/store', 'src/model', 'src/query/add.ts']) {
    const p = join(ROOT, dir);
    for (const f of statSync(p).isDirectory() ? walk(p, /\.ts$/) : [p]) h.update(f).update(readFileSync(f));
  }
  for (const f of ['bench/lib/tempeval-articles.ts', 'bench/eval-times.ts']) h.update(f).update(readFileSync(join(ROOT, f)));
  for (const f of files) h.update(f).update(readFileSync(isTempevalId(f) ? tempevalPath(f) : f));
  return h.digest('hex').slice(0, 16);
}

/**
 * An app over `files` ingested through the desk, the SQLite file cached under bench/out/<name>/<key>.
 * `onBuilt` may write more into the folder (it is renamed into place only once complete).
 */
export async function cachedStore(
  name: string,
  files: string[],
  opts: { label: string; log?: (s: string) => void; onBuilt?: (report: AddReport, dir: string) => void },
): Promise<{ app: App; dir: string }> {
  const log = opts.log ?? console.log;
  const dir = join(ROOT, 'bench/out', name, codeHash(files));
  if (!existsSync(join(dir, 'READY'))) {
    rmSync(dir, { recursive: true, force: true });
    const tmp = `${dir}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const app = await buildApp(loadConfig({}, { dataDir: tmp, allowFetch: false }));
    const t0 = performance.now();
    const report = await app.desk.add(
      (async function* () {
        for (const f of files) {
          if (isTempevalId(f)) yield tempevalItem(f);
          else yield* app.read(f);
        }
      })(),
    );
    await app.close();
    log(`${opts.label}: ${report.added.length} articles added, ${report.duplicates.length} duplicates, ${report.failed.length} failed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    for (const f of report.failed) log(`  failed ${f.item}: ${f.error}`);
    opts.onBuilt?.(report, tmp);
    writeFileSync(join(tmp, 'READY'), `${files.length} files\n`);
    renameSync(tmp, dir);
  } else {
    log(`${opts.label}: cached in ${dir.slice(ROOT.length + 1)}`);
  }
  return { app: await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false })), dir };
}

/** An app over the ingested bench corpus (ingested now, or reused from the cache). */
export async function benchApp(log: (s: string) => void = console.log): Promise<App> {
  return (await cachedStore('qa-corpus', benchCorpusFiles(), { label: 'bench corpus', log })).app;
}
