// Runs a command against a throwaway PostgreSQL, then stops and deletes it.
//
//   node --import tsx scripts/pg-test.ts                       # the PostgreSQL Store suite
//   node --import tsx scripts/pg-test.ts npm test              # anything, with the server's URL in env
//   node --import tsx scripts/pg-test.ts --print               # start, print the URL, wait for Ctrl-C
//
// The command sees NEWSDESK_TEST_PG_URL (admin URL; the Store suite makes a database per case) and
// NEWSDESK_DATABASE_URL (a fresh empty database, for running the app itself on PostgreSQL).

import { spawn } from 'node:child_process';
import { startTestPg } from '../test/store/pg-server.js';

const args = process.argv.slice(2);
const started = await startTestPg();
if (!started.ok) {
  console.error(`pg-test: ${started.reason}`);
  process.exit(2);
}
const server = started.pg;
const appUrl = await server.freshDatabase();
let code = 0;
try {
  if (args[0] === '--print') {
    console.log(`NEWSDESK_TEST_PG_URL=${server.url}`);
    console.log(`NEWSDESK_DATABASE_URL=${appUrl}`);
    console.log('pg-test: running; Ctrl-C stops and deletes the server');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  } else {
    const [cmd, ...rest] = args.length ? args : [process.execPath, '--import', 'tsx', '--test', 'test/store/postgres.test.ts'];
    code = await new Promise<number>((resolve) => {
      const child = spawn(cmd, rest, {
        stdio: 'inherit',
        env: { ...process.env, NEWSDESK_TEST_PG_URL: server.url, NEWSDESK_DATABASE_URL: appUrl },
      });
      child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
      child.on('error', (err) => {
        console.error(`pg-test: ${err.message}`);
        resolve(127);
      });
    });
  }
} finally {
  await server.stop();
}
process.exit(code);
