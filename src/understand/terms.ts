// Index terms: the one tokenizer shared by indexing (store) and querying (query), so both
// backends see the same tokens and BM25 statistics agree.

import { stemmer } from 'stemmer';
import { rememberedByWord, DIGITS } from './tokens.js';

const STOP = new Set(
  ('a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those ' +
    'to was we were what when where which while who whom why will with would you your do does did ' +
    'how can could should about after before over under also just than very s t')
    .split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const PLAIN = /^[A-Za-z0-9]+$/;

function fold(word: string): string {
  // most news words are plain ASCII: nothing to decompose, no apostrophe to drop
  if (PLAIN.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
}

/** Raw lowercase tokens of a text (no stop-word removal, no stemming). */
export function tokens(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => fold(m[0])).filter((t) => t.length > 0);
}


/** Terms for the full-text index: folded, stop words dropped, stemmed. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  // a single plain word (story placement and highlights ask word by word) is its own one token
  if (PLAIN.test(text)) {
    const term = termOf(text.toLowerCase());
    if (term) out.push(term);
    return out;
  }
  // the words of tokens(text), one at a time: no array of matches and none of tokens (every sentence
  // of every stored article comes through here)
  const words = INDEX_WORD;
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const t = fold(m[0]);
    const term = t ? termOf(t) : '';
    if (term) out.push(term);
  }
  return out;
}

/** WORD for indexTerms alone (its own lastIndex; nothing it calls reads words again). */
const INDEX_WORD = new RegExp(WORD.source, WORD.flags);

/** A folded token's index term ('' for a stop word), remembered: the same words recur in every article. */
const termOfToken = rememberedByWord((t) => (STOP.has(t) ? '' : DIGITS.test(t) ? t : stemmer(t)), 200_000);

/**
 * termOfToken, with stop words (about two in five running words) answered by the small STOP set
 * before the memo: a lookup in the memo's large table, amid an article's other work, costs several
 * times one in STOP.
 */
const termOf = (t: string): string => (STOP.has(t) ? '' : termOfToken(t));

/**
 * Adds the index terms of `text` to `into`: the set of what indexTerms gives, without its arrays (an
 * article's term set is built for every article a question shortlists).
 */
export function addIndexTerms(text: string, into: Set<string>): void {
  const words = new RegExp(WORD.source, WORD.flags); // its own lastIndex: matchAll starts from WORD's
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const t = fold(m[0]);
    const term = t ? termOf(t) : '';
    if (term) into.add(term);
  }
}

/** Terms of a user query: the same normalisation, deduplicated, at most `max` terms. */
export function queryTerms(text: string, max = 32): string[] {
  return Array.from(new Set(indexTerms(text))).slice(0, max);
}

/** Character ranges of the words of `text` whose index term is in `terms` (for highlights and proximity). */
export function termRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  return termHits(text, terms).map((h) => [h.start, h.end]);
}

/** Like termRanges, with the index term each word matched: one pass over the text for many terms. */
export function termHits(text: string, terms: ReadonlySet<string>): { start: number; end: number; term: string }[] {
  const out: { start: number; end: number; term: string }[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = indexTerms(m[0])[0];
    if (t && terms.has(t)) out.push({ start: m.index!, end: m.index! + m[0].length, term: t });
  }
  return out;
}

export function isStopWord(token: string): boolean {
  return STOP.has(token.toLowerCase());
}

/**
 * Index terms of a query word and its common inflections, so "die" finds "died" and "suing" finds
 * "sued": the Porter stemmer leaves such pairs apart ("die" → die, "died" → di).
 */
export function termVariants(word: string): string[] {
  const w = fold(word);
  if (!w || STOP.has(w) || DIGITS.test(w)) return indexTerms(word);
  const base = new Set<string>([w, ...(IRREGULAR.get(w) ?? [])]);
  // Back to a plain form first: "suing" → sue, "died" → die, "tried" → try, "stopped" → stop.
  const m = /^(.*?)(ing|ed|es|s)$/.exec(w);
  if (m && m[1].length >= 2) {
    const stem = m[1];
    base.add(stem);
    base.add(stem + 'e');
    if (/ie$/.test(stem + 'e') || m[2] === 'ed') base.add(stem.replace(/i$/, 'y'));
    if (/(.)\1$/.test(stem)) base.add(stem.slice(0, -1));
  }
  const forms = new Set<string>();
  for (const b of base) {
    forms.add(b);
    forms.add(b + 's');
    forms.add(b.endsWith('e') ? b + 'd' : b + 'ed');
    forms.add(b.endsWith('e') ? b.slice(0, -1) + 'ing' : b + 'ing');
    if (b.endsWith('y')) forms.add(b.slice(0, -1) + 'ied');
  }
  return Array.from(new Set(Array.from(forms, (f) => stemmer(f)))).filter((t) => t.length > 1);
}

// Irregular verbs common in news, both directions ("met" ↔ "meet"), which no suffix rule reaches.
const IRREGULAR = new Map<string, string[]>();
for (const group of (
  'meet met|say said|tell told|give gave given|take took taken|win won|lose lost|leave left|hold held|' +
  'fight fought|buy bought|sell sold|lead led|run ran|go went gone|come came|begin began begun|speak spoke spoken|' +
  'strike struck|shoot shot|fall fell fallen|rise rose risen|grow grew grown|pay paid|send sent|keep kept|find found|' +
  'bring brought|think thought|make made|seek sought|write wrote written|break broke broken|choose chose chosen|' +
  'drive drove driven|flee fled|freeze froze frozen|know knew known|see saw seen|sink sank sunk|steal stole stolen|' +
  'swear swore sworn|teach taught|throw threw thrown|wear wore worn|build built|spend spent|lend lent|stand stood|' +
  'understand understood|withdraw withdrew withdrawn|undertake undertook|overtake overtook|forbid forbade forbidden'
).split('|')) {
  const forms = group.split(' ');
  for (const f of forms) IRREGULAR.set(f, forms.filter((x) => x !== f));
}
