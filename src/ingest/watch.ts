// One conditional poll of a feed, for `newsdesk watch`: send the validators from the last poll,
// and on a fresh body hand back the feed's items through the same parser `readSource` uses.
// No clock and no state here: the caller keeps the validators between polls.
import { fail, ok, type Result } from '../model/index.js';
import { decodeBytes } from './decode.js';
import { detectFormat } from './detect.js';
import { parseLoaded, type ReadOptions } from './source.js';
import type { ItemResult } from './types.js';

/** Validators kept from the previous poll of a feed (both null the first time). */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface FeedPoll {
  url: string;
  /** 304: nothing changed since the validators were issued; `items` is empty. */
  notModified: boolean;
  /** The validators to send next time (a 304 that omits them keeps the old ones). */
  etag: string | null;
  lastModified: string | null;
  /** One result per feed item, produced lazily as the caller reads; a bad item is a failed result. */
  items: AsyncIterable<ItemResult>;
}

const FEED_FORMATS = new Set(['xmlfeed', 'jsonfeed']);

async function* none(): AsyncGenerator<ItemResult> {}

/**
 * Poll one feed once. A feed-level failure (network, HTTP status, not a feed, unparseable feed)
 * is an error result naming the feed; item-level failures come out of `items` and never stop it.
 * `opts.overrides` is not applied: a watched feed's items carry their own dates and outlet.
 */
export async function pollFeed(url: string, state: FeedValidators, opts: ReadOptions): Promise<Result<FeedPoll>> {
  if (!/^https?:\/\//i.test(url)) return fail('BAD_URL', `${url}: only http and https feeds can be watched`, url);
  if (!opts.allowFetch || !opts.fetch) return fail('FETCH_NOT_ALLOWED', `${url}: fetching URLs is not allowed here`, url);
  const r = await opts.fetch({ url, etag: state.etag, lastModified: state.lastModified });
  if (!r.ok) return r;
  const res = r.value;
  if (res.notModified) {
    return ok({ url, notModified: true, etag: res.etag ?? state.etag, lastModified: res.lastModified ?? state.lastModified, items: none() });
  }
  // A fresh body: its own validators replace the old ones, even when it has none.
  const fresh = { url, notModified: false, etag: res.etag, lastModified: res.lastModified };
  const name = new URL(res.url).pathname;
  const decoded = decodeBytes(res.bytes, { item: url, contentType: res.contentType });
  if (!decoded.ok) return decoded;
  const format = detectFormat({ name, contentType: res.contentType, text: decoded.value });
  if (!format || !FEED_FORMATS.has(format)) {
    const what = format ? `it reads as ${format === 'html' ? 'an HTML page' : format}` : `content type ${res.contentType ?? 'unknown'}`;
    return fail('UNSUPPORTED_FORMAT', `${url}: not a feed (${what}); watch RSS, Atom or JSON Feed URLs`, url);
  }
  const results = parseLoaded({ item: url, name, bytes: res.bytes, contentType: res.contentType, url: res.url }, opts);
  // Items are named `<feed>#<id>`; a result named by the feed itself is about the whole feed.
  const first = await results.next();
  if (!first.done && !first.value.ok && first.value.item === url) {
    // A feed with no items is quiet, not broken.
    if (first.value.error.code === 'EMPTY_TEXT') return ok({ ...fresh, items: none() });
    return { ok: false, error: first.value.error };
  }
  const items = (async function* () {
    if (!first.done) yield first.value;
    yield* results;
  })();
  return ok({ ...fresh, items });
}
