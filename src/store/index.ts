// The store's public surface: one factory and the contract. Drivers stay behind it.

import type { Store } from './contract.js';

export type { AddResult, ClaimOptions, Job, JobInfo, JobOutcome, JobQueue, JobStatus, ListOptions, StorageReport, Store } from './contract.js';

export type StoreConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Opens (and migrates) a store. Each backend's driver is loaded only when that backend is used. */
export async function openStore(config: StoreConfig): Promise<Store> {
  switch (config.kind) {
    case 'sqlite': {
      const { openSqlite } = await import('./sqlite.js');
      return openSqlite(config.path);
    }
    case 'postgres': {
      const { openPostgres } = await import('./postgres.js');
      return openPostgres(config.url);
    }
    default:
      throw new Error(`unknown store kind: ${(config as { kind: string }).kind}`);
  }
}
