import type { DeskError, Document } from '../model/index.js';

/** The outcome for one item of a source: a Document, or an error that names the item. */
export type ItemResult = { item: string; ok: true; doc: Document } | { item: string; ok: false; error: DeskError };
