// ingest: any source → model.Document. What other layers may use; nothing else is public.
export { readSource, extractDocument, readSampleMeta, sourceInputs, languageGuessFor, withLanguageGuess } from './source.js';
export type { LanguageGuess } from './language.js';
export type { ReadOptions, Overrides, FileMeta } from './source.js';
export type { ItemResult, LanguageLater } from './types.js';
export { createFetcher } from './fetch.js';
export type { Fetcher, FetcherOptions, FetchRequest, FetchResponse } from './fetch.js';
export { contentHash, canonicalizeUrl } from './normalize.js';
export { pollFeed } from './watch.js';
export type { FeedPoll, FeedValidators } from './watch.js';
