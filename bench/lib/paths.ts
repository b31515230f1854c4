// Where the repository and the shared bench data are, for bench scripts and their libraries (a module of
// its own so that corpus.ts and the readers it uses, such as tempeval-articles.ts, need not import each other).
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_DATA = resolve(ROOT, '../shared/bench-data');
/** The Mercury Parser's saved web pages (gzip), read by the metadata, speaker and QA benches. */
export const MERCURY_PAGES = resolve(ROOT, 'test/meta-3/html');
