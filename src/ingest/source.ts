// The entry point: a file, a directory or an http(s) URL → one ItemResult per article.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DeskError, fail, ok, type Document, type ErrorCode, type Result } from '../model/index.js';
import { decodeBytes } from './decode.js';
import { detectFormat } from './detect.js';
import { feedItemToDocument, isFullContent, itemBody, parseJsonFeed, parseXmlFeed, type FeedItem, type ParsedFeed } from './feed.js';
import type { Fetcher } from './fetch.js';
import { htmlToDocument } from './html.js';
import { detectLanguage, type LanguageGuess } from './language.js';
import { isValidDay, normaliseDate, stripTracking } from './normalize.js';
import { readCsv, readJsonLines } from './records.js';
import { textToDocument } from './text.js';
import type { ItemResult, LanguageLater } from './types.js';

export interface Overrides {
  /** YYYY-MM-DD, applied to every document (`--published`). */
  published?: string;
  /** Outlet name, applied to every document (`--source`). */
  source?: string;
}

export interface ReadOptions {
  /** The fetcher to use for URLs and for feed items whose content is only a summary. */
  fetch?: Fetcher;
  /** False: URLs are refused with FETCH_NOT_ALLOWED and feed items keep their summary. */
  allowFetch: boolean;
  overrides?: Overrides;
  /**
   * 'later': documents whose source does not say their language come without one, marked
   * `languageLater`, and the consumer gives it with `languageGuessFor` / `withLanguageGuess` (add does,
   * on its understand threads when it has them: detection is about a tenth of ingest's CPU). Default:
   * detected here.
   */
  language?: 'detect' | 'later';
}

/** Per-file metadata from a `META.json` beside the files: `{ "<file name>": { published, source?, title? } }`. */
export interface FileMeta {
  published?: string;
  source?: string;
  title?: string;
}

const failure = (item: string, code: ErrorCode, reason: string): ItemResult => ({
  item,
  ok: false,
  error: new DeskError(code, `${item}: ${reason}`, item),
});

/**
 * Read a directory's META.json (file name → {published, source?, title?}). Entries that are not
 * objects (a "note") are ignored. Missing file: empty map. Unreadable or invalid: an error.
 */
export async function readSampleMeta(dir: string): Promise<{ meta: Map<string, FileMeta>; error?: DeskError }> {
  const path = join(dir, 'META.json');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { meta: new Map() };
  }
  try {
    const data = JSON.parse(raw) as Record<string, unknown>;
    const meta = new Map<string, FileMeta>();
    for (const [name, v] of Object.entries(data)) {
      if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
      const o = v as Record<string, unknown>;
      const s = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
      meta.set(name, { published: s(o.published), source: s(o.source), title: s(o.title) });
    }
    return { meta };
  } catch (e) {
    return { meta: new Map(), error: new DeskError('FILE_UNREADABLE', `${path}: not valid JSON (${(e as Error).message})`, path) };
  }
}

/** Apply META.json values, then command-line overrides (which win), to a result. */
function applyMeta(r: ItemResult, fileMeta: FileMeta | undefined, overrides: Overrides | undefined): ItemResult {
  if (!r.ok) return r;
  const doc: Document = { ...r.doc };
  if (fileMeta) {
    if (fileMeta.published) {
      const p = normaliseDate(fileMeta.published);
      if (!p) return failure(r.item, 'BAD_DATE', `META.json gives "${fileMeta.published}" as published, not a date`);
      doc.published = p;
    }
    if (fileMeta.source) doc.source = fileMeta.source;
    if (fileMeta.title) doc.title = fileMeta.title;
  }
  if (overrides?.published) doc.published = overrides.published;
  if (overrides?.source) doc.source = overrides.source;
  const given = { published: overrides?.published ?? fileMeta?.published, source: overrides?.source ?? fileMeta?.source, title: fileMeta?.title };
  for (const k of ['published', 'source', 'title'] as const) if (given[k]) doc.provenance = { ...doc.provenance, [k]: 'file' };
  return { item: r.item, ok: true, doc, ...(r.languageLater ? { languageLater: r.languageLater } : {}) };
}

/** One source's bytes as read from a file or fetched: what `parseLoaded` turns into results. */
export interface Loaded {
  item: string;
  name: string | null;
  bytes: Uint8Array;
  contentType: string | null;
  url: string | null;
}

async function* feedResults(feed: ParsedFeed, opts: ReadOptions): AsyncGenerator<ItemResult> {
  for (const it of feed.items) yield await feedItemResult(it, feed.title, opts);
}

async function feedItemResult(it: FeedItem, feedTitle: string | null, opts: ReadOptions): Promise<ItemResult> {
  const wrap = (r: ReturnType<typeof feedItemToDocument>): ItemResult =>
    r.ok ? { item: it.item, ok: true, doc: r.value } : { item: it.item, ok: false, error: r.error };
  if (isFullContent(it)) return wrap(feedItemToDocument(it, feedTitle, itemBody(it)));
  if (opts.allowFetch && opts.fetch && it.link) {
    const page = await fetchPage(it.link, opts.fetch);
    if (page.ok) {
      const d = page.doc;
      return {
        item: it.item,
        ok: true,
        doc: {
          ...d,
          title: it.title ?? d.title,
          byline: it.author ?? d.byline,
          published: it.published ?? d.published,
          canonicalUrl: d.canonicalUrl ?? stripTracking(it.link),
          source: feedTitle ?? d.source,
          origin: it.item,
          provenance: {
            ...d.provenance,
            ...(it.title ? { title: 'feed' as const } : {}),
            ...(it.author ? { byline: 'feed' as const } : {}),
            ...(it.published ? { published: 'feed' as const } : {}),
            ...(feedTitle ? { source: 'feed' as const } : {}),
          },
        },
      };
    }
    // The linked page failed; the summary still makes a (short) document.
  }
  return wrap(feedItemToDocument(it, feedTitle, itemBody(it)));
}

async function fetchPage(url: string, fetcher: Fetcher): Promise<ItemResult> {
  const r = await fetcher({ url });
  if (!r.ok) return { item: url, ok: false, error: r.error };
  if (r.value.notModified) return failure(url, 'FETCH_FAILED', 'unexpected 304 Not Modified');
  const decoded = decodeBytes(r.value.bytes, { item: url, contentType: r.value.contentType });
  if (!decoded.ok) return { item: url, ok: false, error: decoded.error };
  const doc = htmlToDocument({ html: decoded.value, origin: url, url: r.value.url });
  return doc.ok ? { item: url, ok: true, doc: doc.value } : { item: url, ok: false, error: doc.error };
}

/**
 * The language a document without one gets (null when it has one: the HTML adapter has already weighed
 * the page's own declaration, and a record may carry its own). A pure function of the document, so it
 * may run on another thread (add's understand threads) and be applied with `withLanguageGuess`.
 */
export function languageGuessFor(doc: Document, later?: LanguageLater): LanguageGuess | null {
  return doc.language ? null : detectLanguage(`${later ? later.title : doc.title}\n${doc.text}`);
}

/** The document with the language `languageGuessFor` gave it. */
export function withLanguageGuess(doc: Document, g: LanguageGuess | null): Document {
  return g ? { ...doc, language: g.language, languageConfidence: g.confidence, provenance: { ...doc.provenance, language: g.origin } } : doc;
}

/** Every document gets a language: here, or from the consumer when it asked for `language: 'later'`. */
function withLanguage(r: ItemResult, later: boolean): ItemResult {
  if (!r.ok || r.doc.language) return r;
  if (later) return { ...r, languageLater: { title: r.doc.title } };
  return { ...r, doc: withLanguageGuess(r.doc, languageGuessFor(r.doc)) };
}

/** Bytes of one source (a file or a fetched URL) → results, whatever its format. */
export async function* parseLoaded(src: Loaded, opts: ReadOptions): AsyncGenerator<ItemResult> {
  for await (const r of parseFormats(src, opts)) yield withLanguage(r, opts.language === 'later');
}

async function* parseFormats(src: Loaded, opts: ReadOptions): AsyncGenerator<ItemResult> {
  const decoded = decodeBytes(src.bytes, { item: src.item, contentType: src.contentType });
  if (!decoded.ok) {
    yield { item: src.item, ok: false, error: decoded.error };
    return;
  }
  const text = decoded.value;
  const format = detectFormat({ name: src.name, contentType: src.contentType, text });
  switch (format) {
    case 'text':
    case 'markdown': {
      const doc = textToDocument({ text, origin: src.item, markdown: format === 'markdown' });
      if (!doc) yield failure(src.item, 'EMPTY_TEXT', 'no article text left after removing page furniture');
      else yield { item: src.item, ok: true, doc: { ...doc, canonicalUrl: src.url } };
      return;
    }
    case 'html': {
      const r = htmlToDocument({ html: text, origin: src.item, url: src.url });
      yield r.ok ? { item: src.item, ok: true, doc: r.value } : { item: src.item, ok: false, error: r.error };
      return;
    }
    case 'xmlfeed':
    case 'jsonfeed': {
      const feed = format === 'xmlfeed' ? parseXmlFeed(text, src.item, src.url) : parseJsonFeed(text, src.item, src.url);
      if (!feed.ok) yield { item: src.item, ok: false, error: feed.error };
      else if (feed.value.items.length === 0) yield failure(src.item, 'EMPTY_TEXT', 'the feed has no items');
      else yield* feedResults(feed.value, opts);
      return;
    }
    case 'jsonl':
      yield* readJsonLines(text, src.item);
      return;
    case 'csv':
      yield* readCsv(text, src.item);
      return;
    default:
      yield failure(src.item, 'UNSUPPORTED_FORMAT', `not a text, Markdown, HTML, RSS/Atom/JSON feed, JSON Lines or CSV source${src.contentType ? ` (content type ${src.contentType})` : ''}`);
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

async function* readFileSource(path: string, opts: ReadOptions, metaCache: Map<string, Awaited<ReturnType<typeof readSampleMeta>>>): AsyncGenerator<ItemResult> {
  const dir = dirname(path);
  let metaInfo = metaCache.get(dir);
  if (!metaInfo) {
    metaInfo = await readSampleMeta(dir);
    metaCache.set(dir, metaInfo);
    if (metaInfo.error) yield { item: join(dir, 'META.json'), ok: false, error: metaInfo.error };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield failure(path, 'FILE_UNREADABLE', (e as NodeJS.ErrnoException).code ?? (e as Error).message);
    return;
  }
  const fileMeta = metaInfo.meta.get(basename(path));
  for await (const r of parseLoaded({ item: path, name: path, bytes, contentType: null, url: null }, opts)) {
    yield applyMeta(r, fileMeta, opts.overrides);
  }
}

/**
 * Read a source: a file, a directory (recursive, sorted, hidden names skipped, `META.json`
 * honoured), or an http(s) URL (page or feed). One result per article; a failure names the
 * item and the reason and never stops the rest.
 */
export async function* readSource(input: string, opts: ReadOptions): AsyncGenerator<ItemResult> {
  if (opts.overrides?.published !== undefined && !isValidDay(opts.overrides.published)) {
    yield failure(input, 'BAD_DATE', `--published "${opts.overrides.published}" is not a valid YYYY-MM-DD date`);
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    if (!/^https?:\/\//i.test(input)) {
      yield failure(input, 'BAD_URL', 'only http and https URLs are read');
      return;
    }
    if (!opts.allowFetch || !opts.fetch) {
      yield failure(input, 'FETCH_NOT_ALLOWED', 'fetching URLs is not allowed here');
      return;
    }
    const r = await opts.fetch({ url: input });
    if (!r.ok) {
      yield { item: input, ok: false, error: r.error };
      return;
    }
    if (r.value.notModified) return;
    const name = new URL(r.value.url).pathname;
    for await (const res of parseLoaded({ item: input, name, bytes: r.value.bytes, contentType: r.value.contentType, url: r.value.url }, opts)) {
      yield applyMeta(res, undefined, opts.overrides);
    }
    return;
  }
  let st;
  try {
    st = await stat(input);
  } catch (e) {
    yield failure(input, 'FILE_UNREADABLE', `${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    return;
  }
  const metaCache = new Map<string, Awaited<ReturnType<typeof readSampleMeta>>>();
  if (st.isDirectory()) {
    for await (const path of walk(input)) {
      if (basename(path) === 'META.json') continue;
      yield* readFileSource(path, opts, metaCache);
    }
  } else {
    yield* readFileSource(input, opts, metaCache);
  }
}

/**
 * What `readSource(input)` reads, one source at a time: each file of a directory (the same walk:
 * recursive, sorted, hidden names and `META.json` skipped), else the file or URL as given. For
 * queueing one job per file; reading one of these still honours the `META.json` beside it.
 */
export async function* sourceInputs(input: string): AsyncGenerator<Result<string>> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    yield /^https?:\/\//i.test(input) ? ok(input) : fail('BAD_URL', `${input}: only http and https URLs are read`, input);
    return;
  }
  let st;
  try {
    st = await stat(input);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message;
    yield fail('FILE_UNREADABLE', `${input}: ${why}`, input);
    return;
  }
  if (!st.isDirectory()) {
    yield ok(input);
    return;
  }
  for await (const path of walk(input)) if (basename(path) !== 'META.json') yield ok(path);
}

/** For `newsdesk extract`: every result of one file or URL (a page gives one, a feed one per item). */
export async function extractDocument(input: string, opts: ReadOptions): Promise<ItemResult[]> {
  const out: ItemResult[] = [];
  for await (const r of readSource(input, opts)) out.push(r);
  return out;
}
