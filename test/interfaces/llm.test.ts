// The OpenAI-compatible adapter against a small local server that speaks the protocol.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp, loadConfig, type App } from '../../src/app.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE } from '../helpers.js';
import { checkCitations } from '../../src/query/index.js';

let server: Server;
let url: string;
let mode: 'ok' | 'fail' = 'ok';
const seen: any[] = [];

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      const parsed = JSON.parse(body);
      seen.push(parsed);
      if (mode === 'fail') {
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}');
        return;
      }
      const content = 'Trump plans to meet Putin in Budapest [1]. The meeting may be within two weeks [7]. It will be historic.';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x', object: 'chat.completion', model: parsed.model, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

async function withApp(fn: (app: App) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-llm-'));
  const app = await buildApp(loadConfig({ NEWSDESK_LLM_URL: url, NEWSDESK_LLM_MODEL: 'tiny' }, { dataDir: dir, allowFetch: false }));
  try {
    await app.desk.add(app.read(SAMPLE));
    await fn(app);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the model writes from the evidence; citations outside it are removed and uncited claims flagged', async () => {
  mode = 'ok';
  await withApp(async (app) => {
    const ans = await app.desk.ask('Where does Trump plan to meet Putin?', { related: false });
    assert.equal(ans.abstained, false);
    assert.ok(ans.generated, 'generated answer present');
    assert.equal(ans.generated.model, 'tiny');
    assert.doesNotMatch(ans.generated.text, /\[7\]/);
    assert.deepEqual(ans.generated.invalidCitations, [7]);
    assert.ok(ans.generated.uncited.some((s) => /historic/.test(s)));
    assert.match(ans.answer ?? '', /Budapest/, 'the extractive answer stands');
    const last = seen[seen.length - 1];
    assert.equal(last.model, 'tiny');
    assert.match(last.messages[1].content, /\[1\] /, 'the prompt numbers the evidence sentences');
  });
});

test('a failing endpoint leaves the extractive answer intact', async () => {
  mode = 'fail';
  await withApp(async (app) => {
    const ans = await app.desk.ask('Where does Trump plan to meet Putin?', { related: false });
    assert.equal(ans.generated, undefined);
    assert.match(ans.answer ?? '', /Budapest/);
  });
});

test('checkCitations keeps valid lists and drops invalid numbers inside them', () => {
  const r = checkCitations('A [1, 4]. B [2].', new Set([1, 2]));
  assert.equal(r.text, 'A [1]. B [2].');
  assert.deepEqual(r.invalidCitations, [4]);
  assert.deepEqual(r.uncited, []);
});
