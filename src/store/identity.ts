// Article identity: the keys that decide "same article" and the stable short ids derived from them.
// Pure and self-contained, so the store does not depend on ingest/ (which has its own normaliser).

import { createHash } from 'node:crypto';

/** Query parameters that only track the click, never select the content. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid)$/i;

/**
 * The canonical URL reduced to what identifies the page: lowercase scheme and host, no default
 * port, no fragment, no tracking parameters (utm_*, fbclid, gclid, ...), remaining parameters
 * sorted, no trailing slash. A string that is not an absolute URL is only trimmed; null for empty.
 */
export function urlKey(url: string | null | undefined): string | null {
  const raw = (url ?? '').trim();
  if (raw === '') return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  let path = u.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  if (path === '/') path = '';
  // URL already lowercases scheme and host and drops default ports.
  const auth = u.username ? `${u.username}${u.password ? ':' + u.password : ''}@` : '';
  const origin = u.host ? `${u.protocol}//${auth}${u.host}` : u.protocol;
  return `${origin}${path}${query ? '?' + query : ''}`;
}

/** Text reduced to its words: lowercase, diacritics folded, punctuation dropped, whitespace collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** sha256 (hex) of the normalised text: the same story re-punctuated or re-spaced hashes the same. */
export function contentHash(text: string): string {
  return sha256(normaliseText(text));
}

export function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** The first 12 hex digits of sha256: 48 bits, short enough for URLs, collisions negligible here. */
export function shortHash(s: string): string {
  return sha256(s).slice(0, 12);
}

/** An article's id: from its URL key when it has one, else from its content hash. */
export function articleId(key: { urlKey: string | null; contentHash: string }): string {
  return shortHash(key.urlKey ?? key.contentHash);
}
