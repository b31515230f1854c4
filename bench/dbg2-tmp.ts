import { readFileSync } from 'node:fs';
import { annotate } from '../src/understand/index.js';
const gt = JSON.parse(readFileSync('/work/shared/bench-data/article-extraction/ground-truth.json', 'utf8'));
const text = gt[Object.keys(gt).find((k) => k.startsWith('04a6711caa7c'))!].articleBody;
const a = annotate({ text, published: null });
console.log(a.mentions.slice(0, 12).map((m) => `${m.start}:${m.text}:${m.sentence}`).join(' | '));
let sorted = true; for (let i = 1; i < a.mentions.length; i++) if (a.mentions[i].start < a.mentions[i-1].start) sorted = false;
console.log('sorted', sorted);
