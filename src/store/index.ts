// The store's public surface: one factory and the contract. Drivers stay behind it.

import type { Store } from './contract.js';

export { prepareAhead } from './prepare.js';
export type { PreparedAhead } from './prepare.js';
export type { AddResult, ClaimOptions, Job, JobInfo, JobOutcome, JobQueue, JobStatus, ListOptions, StorageReport, Store } from './contract.js';

/**
 * `topPerTerm`: the length of the impact-ordered lists of common terms (store/topk.ts), TOP_PER_TERM
 * unless a test sets it small; a store's lists keep the length they were built with.
 */
export type StoreConfig = { kind: 'sqlite'; path: string; topPerTerm?: number } | { kind: 'postgres'; url: string; topPerTerm?: number };

/** Opens (and migrates) a store. Each backend's driver is loaded only when that backend is used. */
export async function openStore(config: StoreConfig): Promise<Store> {
  switch (config.kind) {
    case 'sqlite': {
      const { openSqlite } = await import('./sqlite.js');
      return openSqlite(config.path, config.topPerTerm);
    }
    case 'postgres': {
      const { openPostgres } = await import('./postgres.js');
      return openPostgres(config.url, config.topPerTerm);
    }
    default:
      throw new Error(`unknown store kind: ${(config as { kind: string }).kind}`);
  }
}
