import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from './src/ingest/decode.js';
import { htmlToDocument } from './src/ingest/html.js';
const labels = readFileSync('test/meta/dev/labels.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
for (const l of labels) {
  const d = decodeBytes(gunzipSync(readFileSync(`/work/shared/bench-data/article-extraction/html/${l.id}.html.gz`)), {item:l.id});
  if (!d.ok) continue;
  const r = htmlToDocument({ html: d.value, origin: l.id, url: l.url });
  if (!r.ok) continue;
  const p = r.value.published ?? '';
  console.log(l.id.slice(0,8), (p.slice(0,10) === (l.published??'') ? 'OK ' : 'BAD'), p.padEnd(26), r.value.provenance.published?.padEnd(8), 'want', l.published, l.publishedTime);
}
