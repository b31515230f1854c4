// Word filter for the quotes browser: every word the user typed must start a word in the quote.
// Prefix match so "Tomahawk" finds "Tomahawks"; accents and case folded so "zelenskyy" finds "Zelenskyy".

import { html, raw, type Html } from './html.js';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a filter string, folded; punctuation and quote marks are ignored. */
export function filterTerms(q: string): string[] {
  return [...new Set(fold(q.slice(0, 200)).match(WORD) ?? [])].slice(0, 12);
}

/** Ranges of `text` where each term starts a word; null when some term is missing. */
export function matchTerms(text: string, terms: string[]): [number, number][] | null {
  if (!terms.length) return [];
  // Folding can change lengths (ligatures), so match word by word on the original offsets.
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, folded: fold(m[0]) }));
  const ranges: [number, number][] = [];
  for (const t of terms) {
    const hits = words.filter((w) => w.folded.startsWith(t));
    if (!hits.length) return null;
    for (const w of hits) ranges.push([w.start, w.end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]).filter((r, i, all) => i === 0 || r[0] >= all[i - 1][1]);
}

/** Text with the ranges wrapped in <mark class="hit">, everything escaped. */
export function highlightRanges(text: string, ranges: [number, number][], tag = 'mark class="hit"'): Html {
  const close = tag.split(' ')[0];
  let out = '';
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s < pos) continue;
    out += html`${text.slice(pos, s)}`.value + `<${tag}>` + html`${text.slice(s, e)}`.value + `</${close}>`;
    pos = e;
  }
  return raw(out + html`${text.slice(pos)}`.value);
}
