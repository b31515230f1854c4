// The add use case: every item from every source goes through understand and lands in the store
// in its own transaction; a bad item is reported by name and the batch goes on.

import type { Document } from '../model/index.js';
import { DeskError } from '../model/index.js';
import type { Store } from '../store/contract.js';
import { annotate } from '../understand/index.js';
import type { ItemResult } from '../ingest/index.js';

export interface AddReport {
  added: { id: string; title: string; source: string | null; item: string }[];
  duplicates: { id: string; title: string; item: string }[];
  failed: { item: string; code: string; error: string }[];
}

export interface AddProgress {
  done: number;
  added: number;
  duplicates: number;
  failed: number;
  elapsedMs: number;
}

export interface AddDeps {
  store: Store;
  /** The clock comes in from the composition root. */
  now: () => Date;
}

export async function addItems(
  deps: AddDeps,
  items: AsyncIterable<ItemResult> | Iterable<ItemResult>,
  onProgress?: (p: AddProgress) => void,
): Promise<AddReport> {
  const report: AddReport = { added: [], duplicates: [], failed: [] };
  const t0 = deps.now().getTime();
  let done = 0;
  for await (const item of items) {
    done++;
    const at = deps.now().toISOString();
    if (!item.ok) {
      report.failed.push({ item: item.item, code: item.error.code, error: item.error.message });
      await deps.store.logIngest({ item: item.item, status: 'failed', articleId: null, code: item.error.code, message: item.error.message, at });
    } else {
      try {
        const r = await addDocument(deps.store, item.doc, at);
        if (r.status === 'added') report.added.push({ id: r.id, title: item.doc.title, source: item.doc.source, item: item.item });
        else report.duplicates.push({ id: r.id, title: item.doc.title, item: item.item });
        await deps.store.logIngest({ item: item.item, status: r.status, articleId: r.id, code: null, message: null, at });
      } catch (err) {
        const e = err instanceof DeskError ? err : new DeskError('STORE_FAILED', `${item.item}: ${(err as Error).message}`, item.item);
        report.failed.push({ item: item.item, code: e.code, error: e.message });
        await deps.store.logIngest({ item: item.item, status: 'failed', articleId: null, code: e.code, message: e.message, at });
      }
    }
    onProgress?.({
      done,
      added: report.added.length,
      duplicates: report.duplicates.length,
      failed: report.failed.length,
      elapsedMs: deps.now().getTime() - t0,
    });
  }
  return report;
}

export async function addDocument(store: Store, doc: Document, now: string) {
  const ann = annotate({ text: doc.text, published: doc.published });
  return store.addArticle(doc, ann, now);
}
