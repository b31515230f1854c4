// Small text and URL helpers shared by the adapters, plus the two keys the store uses for dedup.
import { createHash } from 'node:crypto';

/** Collapse runs of spaces inside each line, trim lines, drop empty ones: one paragraph per line. */
export function normaliseParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => collapseSpaces(line))
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Collapse every whitespace run (including NBSP and zero-width space) to one space and trim. */
export function collapseSpaces(s: string): string {
  return s
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/**
 * Typewriter quotes as newswire archives write them (LDC, Penn Treebank style: ``It was a bomb,'' he
 * said) made the quotation marks they stand for, so quotes are read as quotes. Two apostrophes in a row
 * close a quote in such text; no English word is spelt with them.
 */
export function typewriterQuotes(s: string): string {
  if (!s.includes('``') && !s.includes("''")) return s;
  return s.replace(/``/g, '\u201c').replace(/''/g, '\u201d');
}

/**
 * A key for "same text": lowercase, punctuation stripped, whitespace collapsed, then SHA-256.
 * Syndicated copies that differ only in quotes, dashes or spacing get the same hash.
 */
export function contentHash(text: string): string {
  const norm = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(norm).digest('hex');
}

const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga)$/i;

/** The URL without its fragment and tracking parameters; otherwise as given. */
export function stripTracking(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw;
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  return u.toString();
}

/**
 * Canonical form of an article URL for dedup: lowercase scheme and host, no default port,
 * no fragment, no tracking parameters (utm_*, fbclid, gclid, ...), no trailing slash.
 * Returns null for anything that is not an http(s) URL.
 */
export function canonicalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  for (const key of [...u.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  }
  let out = u.toString();
  if (u.search === '' && out.endsWith('?')) out = out.slice(0, -1);
  // A trailing slash on the path (not the root of the query) carries no meaning for articles.
  const qIdx = out.indexOf('?');
  const path = qIdx >= 0 ? out.slice(0, qIdx) : out;
  const rest = qIdx >= 0 ? out.slice(qIdx) : '';
  const trimmed = path.replace(/\/+$/, '');
  return trimmed + rest;
}

// Abbreviations that end in a full stop without ending the sentence.
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'sen', 'rep', 'gov', 'pres',
  'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'rev',
]);

/** The first sentence of a paragraph, not fooled by `U.S.`, initials or `Mr.`. */
export function firstSentence(text: string): string {
  const re = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    const before = text.slice(0, m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const after = text.slice(end).trimStart();
    if (after === '') return text.slice(0, end).trim();
    if (m[0].startsWith('.')) {
      // "U.S." / "J." (initials) / "Mr." do not end a sentence.
      if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
      if (ABBREV.has(word.toLowerCase())) continue;
      // A lowercase continuation means the sentence goes on ("approx. five").
      if (/^\p{Ll}/u.test(after)) continue;
    }
    return text.slice(0, end).trim();
  }
  return text.trim();
}

/**
 * A title from the first sentence: trailing full stop dropped, cut at a word boundary to at
 * most `max` characters with an ellipsis when it is longer.
 */
export function titleFromText(text: string, max = 90): string {
  const firstPara = text.split('\n').find((l) => l.trim() !== '') ?? '';
  let s = collapseSpaces(firstSentence(firstPara));
  s = s.replace(/\.$/, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  let head = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  head = head.replace(/[\s,;:—–-]+$/u, '');
  return head + '…';
}

/** Validate a user-given YYYY-MM-DD date (a real calendar day). */
export function isValidDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * Normalise a date string from a page or feed (ISO 8601, RFC 822, ...) to ISO 8601.
 * A bare day stays a day; a date-time becomes UTC `YYYY-MM-DDTHH:MM:SSZ`. Null when unparseable.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (s === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isValidDay(s) ? s : null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
