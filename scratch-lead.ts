import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from './src/ingest/decode.js';
import { htmlToDocument } from './src/ingest/html.js';
const dir = '/work/shared/bench-data/article-extraction';
const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'));
for (const id of process.argv.slice(2)) {
  const f = readdirSync(`${dir}/html`).find((x) => x.startsWith(id))!;
  const full = f.replace('.html.gz', '');
  const d = decodeBytes(gunzipSync(readFileSync(`${dir}/html/${f}`)), { item: id });
  if (!d.ok) continue;
  const r = htmlToDocument({ html: d.value, origin: id, url: truth[full].url });
  const text = r.ok ? r.value.text : '';
  console.log(`=== ${id} ${truth[full].url}\nTRUTH: ${truth[full].articleBody.slice(0, 160).replace(/\n/g, ' / ')}\nPRED:\n${text.split('\n').slice(0, 6).map((l) => '  > ' + l.slice(0, 160)).join('\n')}`);
}
