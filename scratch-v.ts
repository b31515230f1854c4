import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { decodeBytes } from './src/ingest/decode.js';
import { htmlToDocument } from './src/ingest/html.js';
const labels = readFileSync('test/meta/dev/labels.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
for (const l of labels) {
  const d = decodeBytes(gunzipSync(readFileSync(`/work/shared/bench-data/article-extraction/html/${l.id}.html.gz`)), {item:l.id});
  if (!d.ok) continue;
  const r = htmlToDocument({ html: d.value, origin: l.id, url: l.url });
  if (!r.ok || !r.value.byline) continue;
  const doc = parseHTML(d.value).document;
  for (const s of doc.querySelectorAll('script,style,noscript,template')) s.remove();
  const body = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
  const names = r.value.byline.split(', ');
  const missing = names.filter(n => !body.includes(n.toLowerCase()));
  if (missing.length) console.log(l.id.slice(0,8), r.value.provenance.byline, JSON.stringify(names), 'missing', JSON.stringify(missing), 'WANT', JSON.stringify(l.byline));
}
