// The web desk in a real headless Chromium: open an article, ask in its box, see a cited answer; read
// also and related questions load after the page, and without scripts they are a link away.
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
  // A budget no related-question check reaches: the test is about what the pages show.
  t = await sampleApp({ NEWSDESK_RELATED_BUDGET: '600' });
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
  // Read also and related questions come after the article, in place of their placeholders.
  await page.waitForFunction(() => document.querySelectorAll('.later').length === 0);
  assert.ok((await page.locator('h2:text-is("Read also") + ul.list li a.title').count()) >= 1, 'read also is listed');
  assert.equal(await page.locator('h2:text-is("Explore related questions") + :is(div.related-q, p.empty)').count(), 1, 'related questions, or the note that there are none');
  const shots = join(ROOT, 'test-results');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'article.png'), fullPage: false });
  await page.screenshot({ path: join(shots, 'article-full.png'), fullPage: true });

  await page.fill('form.ask input[name=q]', 'Where does Trump plan to meet Putin?');
  await Promise.all([page.waitForURL(/\/ask\?q=/), page.click('form.ask button')]);
  const short = await page.locator('.answer .short').textContent();
  assert.match(short ?? '', /Budapest/);
  const cites = page.locator('ol.cites li');
  assert.ok((await cites.count()) >= 1, 'at least one citation');
  assert.match((await cites.first().textContent()) ?? '', /\[1\]/);
  // Its related questions arrive after the answer; each one asks it.
  const related = page.locator('h2:text-is("Explore related questions") + div.related-q a');
  await related.first().waitFor();
  assert.match((await related.first().getAttribute('href')) ?? '', /^\/ask\?q=/);
  await page.screenshot({ path: join(shots, 'answer.png'), fullPage: true });

  // The citation opens the article at the cited sentence.
  await Promise.all([page.waitForURL(/\/articles\/.+#s-\d+/), cites.first().locator('a').click()]);
  const target = await page.evaluate(() => location.hash);
  assert.ok(await page.locator(`${target}.sent`).count() === 1, 'the cited sentence exists on the page');
  await page.close();
});

test('without scripts, an article page links to its read also and related questions, each on a page of its own', { skip }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 1400 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url + '/');
    // The older article: the test above opened the newer one, whose furniture its page now shows at once.
    await Promise.all([page.waitForURL(/\/articles\/[0-9a-f]+$/), page.locator('.main-col ul.list a.title').last().click()]);
    const article = page.url();
    assert.equal(await page.locator('.later .wait').first().isVisible(), false, 'no "checking" note that nothing will replace');
    const link = page.getByRole('link', { name: 'Show the related questions' });
    assert.equal(await link.isVisible(), true);
    await page.screenshot({ path: join(ROOT, 'test-results', 'article-no-script.png'), fullPage: true });
    await Promise.all([page.waitForURL(/\/questions$/), link.click()]);
    assert.equal(await page.locator('h1').textContent(), 'Explore related questions');
    assert.equal(await page.locator('p.meta a').first().getAttribute('href'), new URL(article).pathname);
    assert.equal(await page.locator('main :is(div.related-q, p.empty)').count(), 1);

    await page.goto(article);
    await Promise.all([page.waitForURL(/\/read-also$/), page.getByRole('link', { name: 'Show the articles to read also' }).click()]);
    assert.ok((await page.locator('main ul.list li a.title').count()) >= 1);
  } finally {
    await context.close();
  }
});
