// A throwaway PostgreSQL for tests: initdb in a temp dir, listen on 127.0.0.1 on a free port with
// the socket in that dir, trust auth, then stop and delete everything. initdb refuses to run as
// root, so as root it runs as a non-root OS user (`postgres` if present, else `newsdesk-pg`).
// With NEWSDESK_TEST_PG_URL set, that server is used instead and nothing is started
// (its user needs CREATEDB).
// Each test gets its own fresh database (CREATE DATABASE), dropped at the end.

import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPg {
  /** Admin URL of the server (database `postgres`). */
  url: string;
  /** Creates an empty database and returns its URL. */
  freshDatabase(): Promise<string>;
  /** Drops the databases made here; stops and deletes the server if this helper started it. */
  stop(): Promise<void>;
  /** The server's log file when this helper started it (deleted by stop()). */
  log?: string;
}

export type TestPgStart = { ok: true; pg: TestPg } | { ok: false; reason: string };

/**
 * The directory holding initdb/pg_ctl: NEWSDESK_TEST_PG_BIN if set (only that), else
 * pg_config --bindir, else the newest /usr/lib/postgresql/<v>/bin (where Debian puts them).
 */
export function findPgBin(): string | null {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const forced = process.env.NEWSDESK_TEST_PG_BIN;
  if (forced) return has(forced) ? forced : null;
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dir && has(dir)) return dir;
  } catch {
    // no pg_config on PATH: look where the Debian packages put the server
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => has(join(root, v, 'bin')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** As root: the OS user that runs the server, created if needed. Otherwise: null (run as ourselves). */
function serverUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'newsdesk-pg']) {
    if (spawnSync('id', ['-u', name], { stdio: 'ignore' }).status === 0) return name;
  }
  const made = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'newsdesk-pg'], {
    encoding: 'utf8',
  });
  // another test run starting a server at the same time may have made the user meanwhile
  if (made.status !== 0 && spawnSync('id', ['-u', 'newsdesk-pg'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(`useradd newsdesk-pg failed: ${made.stderr}`);
  }
  return 'newsdesk-pg';
}

function run(user: string | null, cmd: string, args: string[]): void {
  const [file, argv] = user ? ['runuser', ['-u', user, '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args[0] ?? ''} failed (${r.status}): ${r.stderr || r.stdout}`);
}

function uidGid(user: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = '/' + encodeURIComponent(db);
  return u.toString();
}

function manage(adminUrl: string, shutdown: () => Promise<void>): TestPg {
  const made: string[] = [];
  let n = 0;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    url: adminUrl,
    async freshDatabase() {
      const name = `newsdesk_test_${process.pid}_${Date.now().toString(36)}_${n++}`;
      await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`));
      made.push(name);
      return withDatabase(adminUrl, name);
    },
    async stop() {
      if (made.length) {
        await admin(async (c) => {
          for (const name of made.splice(0)) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        }).catch(() => {});
      }
      await shutdown();
    },
  };
}

/**
 * `settings`: extra server settings (`name=value`, each passed as `-c`), e.g. a probe's
 * `shared_preload_libraries=pg_stat_statements`; ignored when NEWSDESK_TEST_PG_URL names a server.
 */
export async function startTestPg(options: { settings?: string[] } = {}): Promise<TestPgStart> {
  const given = process.env.NEWSDESK_TEST_PG_URL;
  if (given) return { ok: true, pg: manage(given, async () => {}) };

  const bin = findPgBin();
  if (!bin) return { ok: false, reason: 'PostgreSQL server binaries not found (pg_config --bindir, /usr/lib/postgresql/*/bin)' };

  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  try {
    if (user) {
      const { uid, gid } = uidGid(user);
      chownSync(dir, uid, gid);
    }
    run(user, join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // The free port is found before the server binds it: another process (say another test run on the
    // same machine) can take it meanwhile, and then the server cannot start. A new port is tried, three times.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      // loopback only, socket in our dir, durability off: this server lives for one test run
      const opts = [
        `-c listen_addresses=127.0.0.1`,
        `-c port=${port}`,
        `-c unix_socket_directories=${dir}`,
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=50',
        ...(options.settings ?? []).map((x) => `-c ${x}`),
      ].join(' ');
      try {
        run(user, join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-o', opts, '-w', '-t', '60', 'start']);
        break;
      } catch (err) {
        const taken = existsSync(log) && /could not bind|Address already in use/.test(readFileSync(log, 'utf8'));
        if (!taken || attempt === 3) throw err;
      }
    }
    let running = true;
    const stopServer = () => {
      if (!running) return;
      running = false;
      process.off('exit', stopServer);
      try {
        run(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    // a test run that dies before stop() must not leave a server behind
    process.on('exit', stopServer);
    return { ok: true, pg: { ...manage(`postgres://postgres@127.0.0.1:${port}/postgres`, async () => stopServer()), log } };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
