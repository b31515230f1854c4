import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from './src/ingest/decode.js';
import { htmlToDocument } from './src/ingest/html.js';
for (const id of process.argv.slice(2)) {
  const f = readdirSync('/work/shared/bench-data/article-extraction/html').find((x: string) => x.startsWith(id));
  const d = decodeBytes(gunzipSync(readFileSync(`/work/shared/bench-data/article-extraction/html/${f}`)), {item:id});
  if (!d.ok) continue;
  const r = htmlToDocument({ html: d.value, origin: id });
  if (r.ok) console.log(id, JSON.stringify({ byline: r.value.byline, source: r.value.source, published: r.value.published, prov: r.value.provenance }));
}
