// The Store contract against SQLite: a fresh file per case, in a temp dir removed afterwards.

import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { runStoreContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-sqlite-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite', () => openStore({ kind: 'sqlite', path: join(dir, `store-${n++}.db`) }));
