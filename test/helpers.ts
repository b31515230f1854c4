// Builds the app exactly as main does, on a temporary data directory.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, loadConfig, type App, type AppDeps } from '../src/app.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE = join(ROOT, 'sample');

export async function tempApp(extra: Record<string, string> = {}, deps: AppDeps = {}): Promise<{ app: App; dir: string; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-test-'));
  const app = await buildApp(loadConfig({ ...extra }, { dataDir: dir, allowFetch: false }), { now: () => new Date('2026-01-01T00:00:00Z'), ...deps });
  return {
    app,
    dir,
    async dispose() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function sampleApp(extra: Record<string, string> = {}, deps: AppDeps = {}) {
  const t = await tempApp(extra, deps);
  const report = await t.app.desk.add(t.app.read(SAMPLE));
  if (report.added.length !== 2) throw new Error(`sample ingest: ${JSON.stringify(report)}`);
  return { ...t, report };
}
