// node --import tsx bench/store-size.ts FILE: opens a SQLite store file (applying this code's migrations, timed),
// runs maintain() and prints its size per article and over the text, and its largest tables and indexes (dbstat).
// For a store written by an older version: its size after migrating. Printed, never asserted.

import Database from 'better-sqlite3';
import { openStore } from '../src/store/index.js';
const path = process.argv[2];
const t0 = performance.now();
const s = await openStore({ kind: 'sqlite', path });
console.log(`opened (migrated) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await s.maintain();
const st = await s.storage();
console.log(`storage after maintain: ${st.bytes} bytes, ${(st.bytes / st.articles / 1024).toFixed(1)} KiB per article, ${(st.bytes / st.textChars).toFixed(2)}x the ${st.textChars} characters`);
await s.close();
const db = new Database(path, { readonly: true });
for (const r of db.prepare("SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name ORDER BY b DESC LIMIT 12").all() as any[]) console.log(r.name, Math.round(r.b / 1024), 'KiB');
