// Sentence splitting with offsets. One linear pass per paragraph; a line break always ends a
// sentence. A full stop ends a sentence when a capital (or digit, or opening mark) follows
// after white space, unless it ends an abbreviation or an initial, or lies inside a quote that
// closes within the paragraph (a quote that never closes protects nothing).

import type { Sentence } from '../model/index.js';
import { paragraphs, quoteSpans, type QuoteSpan, UPPER_FIRST } from './tokens.js';
import { isFunctionWord } from './gazetteer.js';

/** Abbreviations after which a full stop does not end a sentence when a capital follows. */
const TITLE_ABBREV = new Set(
  ('mr mrs ms mx dr prof gen sen rep gov lt col capt cpt sgt st jr sr rev hon adm maj brig cmdr insp supt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec vs v cf fig op ft mt messrs mme mlle')
    .split(' '),
);
/** Abbreviations that may also end a sentence: split only when a typical sentence opener follows. */
const END_ABBREV = new Set('etc inc ltd co corp plc bros esq al ie eg'.split(' '));
const NUMBER_ABBREV = new Set('no nos nr p pp vol art'.split(' '));

const TERMINAL = /[.!?…。！？؟।]/;
const CJK_TERMINAL = /[。！？]/;
const CLOSING = /["”’'»)\]]/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const [ps, pe] of paragraphs(text)) splitParagraph(text, ps, pe, out);
  return out;
}

function splitParagraph(text: string, ps: number, pe: number, out: Sentence[]): void {
  const protectedSpans = quoteSpans(text, ps, pe).filter((q) => q.closed);
  let qi = 0;
  let start = ps;
  let i = ps;
  while (i < pe) {
    const ch = text[i];
    if (!TERMINAL.test(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < pe && (TERMINAL.test(text[j]) || CLOSING.test(text[j]))) j++;
    const cjk = CJK_TERMINAL.test(ch);
    let boundary = cjk;
    if (!cjk && (j === pe || /\s/.test(text[j]))) {
      let k = j;
      while (k < pe && /\s/.test(text[k])) k++;
      boundary = k === pe || startsSentence(text, k, pe, ch, i, j);
    }
    if (boundary) {
      while (qi < protectedSpans.length && protectedSpans[qi].close < j - 1) qi++;
      if (insideQuote(protectedSpans, qi, i, j)) boundary = false;
    }
    if (boundary) {
      push(text, start, j, out);
      start = j;
    }
    i = j;
  }
  push(text, start, pe, out);
}

function insideQuote(spans: QuoteSpan[], qi: number, i: number, j: number): boolean {
  const q = spans[qi];
  // the boundary is inside when the terminal is after the opener and the closer is still ahead
  return q !== undefined && q.open < i && j <= q.close;
}

function startsSentence(text: string, k: number, pe: number, term: string, i: number, j: number): boolean {
  const next = text[k];
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(k, Math.min(pe, k + 40)))?.[0] ?? '';
  const opener = /^["“‘'«(\[—–-]/.test(next);
  const caseless = /\p{Lo}/u.test(next);
  const upper = /\p{Lu}/u.test(next) || /\p{N}/u.test(next);
  if (!upper && !opener && !caseless) return false;
  if (term !== '.') return true;
  if (j - i > 1 && text[i + 1] === '.') return upper || opener; // "..." ellipsis
  // the word that the full stop ends
  let w = i;
  while (w > 0 && i - w < 24 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const before = text.slice(w, i);
  const lower = before.toLowerCase().replace(/\.$/, '');
  if (TITLE_ABBREV.has(lower)) return false;
  if (NUMBER_ABBREV.has(lower) && /\p{N}/u.test(next)) return false;
  const opens = isFunctionWord(nextWord) && UPPER_FIRST.test(nextWord);
  // an initial ("J. K. Rowling", "George W. Bush"), unless a sentence opener follows: "to win Group D.
  // The day before", "Plan B. It failed" end there
  if (/^\p{Lu}$/u.test(before)) return opens && nextWord.length > 1;
  if (END_ABBREV.has(lower)) return opens;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return opens; // U.S. / U.K. mid-sentence
  return true;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, index: out.length });
}
