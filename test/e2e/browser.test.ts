// The web desk in a real headless Chromium: open an article, ask in its box, see a cited answer.
// In CI Chromium must be there (.ci/run installs it); elsewhere the test skips with the reason.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumSkip, launchChromium } from './chromium.js';
import { ROOT, sampleApp } from '../helpers.js';
import { listen, type Listening } from '../../src/interfaces/http/server.js';

const skip = chromiumSkip('browser test');

let t: Awaited<ReturnType<typeof sampleApp>>;
let server: Listening;
let browser: Browser;

before(async () => {
  if (skip) return;
  t = await sampleApp();
  server = await listen(t.app.http, '127.0.0.1', 0);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await t?.dispose();
});

test('article page → ask in the box → a cited answer that links to the sentence', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  await page.goto(server.url + '/');
  const firstLink = page.locator('.main-col ul.list a.title').first();
  await firstLink.click();
  await page.waitForSelector('article h1');
  assert.ok(await page.locator('mark.PERSON').count() > 0, 'people are highlighted');
  assert.ok(await page.locator('time.t').count() > 0, 'dates are highlighted');
  const shots = join(ROOT, 'test-results');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'article.png'), fullPage: false });

  await page.fill('form.ask input[name=q]', 'Where does Trump plan to meet Putin?');
  await Promise.all([page.waitForURL(/\/ask\?q=/), page.click('form.ask button')]);
  const short = await page.locator('.answer .short').textContent();
  assert.match(short ?? '', /Budapest/);
  const cites = page.locator('ol.cites li');
  assert.ok((await cites.count()) >= 1, 'at least one citation');
  assert.match((await cites.first().textContent()) ?? '', /\[1\]/);
  await page.screenshot({ path: join(shots, 'answer.png'), fullPage: true });

  // The citation opens the article at the cited sentence.
  await Promise.all([page.waitForURL(/\/articles\/.+#s-\d+/), cites.first().locator('a').click()]);
  const target = await page.evaluate(() => location.hash);
  assert.ok(await page.locator(`${target}.sent`).count() === 1, 'the cited sentence exists on the page');
  await page.close();
});
