// Where the repository and the shared bench data are, for bench scripts and their libraries (a module of
// its own so that corpus.ts and the readers it uses, such as tempeval-articles.ts, need not import each other).
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_DATA = resolve(ROOT, '../shared/bench-data');
