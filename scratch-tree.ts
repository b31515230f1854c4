import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from './src/ingest/decode.js';
const dir = '/work/shared/bench-data/article-extraction';
for (const id of process.argv.slice(2)) {
  const f = readdirSync(`${dir}/html`).find((x) => x.startsWith(id))!;
  const d = decodeBytes(gunzipSync(readFileSync(`${dir}/html/${f}`)), { item: id });
  if (!d.ok) continue;
  const doc = parseHTML(d.value).document;
  for (const el of doc.querySelectorAll('script, style, nav, aside, footer')) el.remove();
  const parsed = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 300, keepClasses: true }).parse();
  const root = parsed!.content as unknown as Element;
  console.log(`=== ${id}`);
  let n = 0;
  const walk = (el: Element, depth: number) => {
    if (n > 14) return;
    const own = [...el.childNodes].some((c) => c.nodeType === 3 && (c.nodeValue ?? '').trim());
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t) return;
    const blocky = /^(P|H\d|LI|BLOCKQUOTE|FIGCAPTION|TIME)$/.test(el.tagName) || own;
    if (blocky) {
      n++;
      console.log(`${'  '.repeat(depth)}${el.tagName}.${(el.getAttribute('class') ?? '').slice(0, 40)} [${t.length}] ${t.slice(0, 90)}`);
      return;
    }
    console.log(`${'  '.repeat(depth)}${el.tagName}.${(el.getAttribute('class') ?? '').slice(0, 40)}#${(el.getAttribute('id') ?? '').slice(0, 20)} [${t.length}]`);
    for (const c of el.children) walk(c, depth + 1);
  };
  walk(root, 0);
}
