// Story pages in a real headless Chromium, on the sample corpus (its two seed articles are two
// stories): the home page leads with them, each story page draws its timeline, and neither scrolls
// sideways on a 390px phone or a 1280px desktop. In CI Chromium must be there (.ci/run installs
// it); elsewhere the test skips with the reason. Screenshots land in /tmp/shots for a human to look at.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumSkip, launchChromium } from './chromium.js';
import { sampleApp, tempApp } from '../helpers.js';
import { listen, type Listening } from '../../src/interfaces/http/server.js';

const skip = chromiumSkip('story page tests');

const SHOTS = process.env.NEWSDESK_SHOTS ?? '/tmp/shots';
const WIDTHS = [390, 1280];

let t: Awaited<ReturnType<typeof sampleApp>>;
let server: Listening;
let browser: Browser;
let stories: { id: string; title: string; last: string | null }[];

before(async () => {
  if (skip) return;
  t = await sampleApp();
  server = await listen(t.app.http, '127.0.0.1', 0);
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  stories = await t.app.desk.stories(10);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await t?.dispose();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, ...(width < 500 ? { isMobile: true, hasTouch: true } : {}) });
  const res = await page.goto(server.url + path);
  assert.equal(res?.status(), 200, path);
  return page;
}

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  const [scroll, inner, body] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, innerWidth, document.body.scrollWidth]);
  assert.ok(scroll <= inner && body <= inner, `${what}: ${scroll}px (body ${body}px) wide in a ${inner}px viewport`);
}

test('the two seed articles are two stories, latest news first', { skip }, () => {
  assert.equal(stories.length, 2);
  assert.equal(stories[0].last, '2025-10-18');
});

for (const width of WIDTHS) {
  test(`home at ${width}px leads with the stories and opens one`, { skip }, async () => {
    const page = await open('/', width);
    await noSidewaysScroll(page, `home at ${width}px`);
    const items = page.locator('section.lead ul.stories li');
    assert.equal(await items.count(), 2);
    assert.match((await items.first().locator('.meta').first().textContent()) ?? '', /1 article · 18 Oct 2025/);
    // the stories come before the latest articles
    const [lead, latest] = await Promise.all([page.locator('section.lead').boundingBox(), page.locator('#latest').boundingBox()]);
    assert.ok(lead!.y < latest!.y);
    await page.screenshot({ path: join(SHOTS, `story-home-${width}.png`), fullPage: true });
    const list = await open('/stories', width);
    await noSidewaysScroll(list, `/stories at ${width}px`);
    assert.equal(await list.locator('ul.stories li').count(), 2);
    await list.close();
    await Promise.all([page.waitForURL(/\/stories\/s[0-9a-f]+$/), items.first().locator('a.title').click()]);
    assert.equal(await page.locator('h1').textContent(), stories[0].title);
    await page.close();
  });

  test(`story pages at ${width}px: the timeline is drawn and listed, nothing scrolls sideways`, { skip }, async () => {
    for (const [i, s] of stories.entries()) {
      const page = await open(`/stories/${s.id}`, width);
      await noSidewaysScroll(page, `story ${s.id} at ${width}px`);
      const plot = page.locator('figure.tl-plot svg[role=img]');
      const table = page.locator('table.tl');
      assert.ok((await plot.count()) + (await table.count()) >= 1, 'the timeline is there as a plot or a table');
      if (await plot.count()) {
        const box = (await plot.boundingBox())!;
        assert.ok(box.width > 300 && box.width <= width, `plot ${box.width}px wide`);
        // labels keep their size on a phone: 12px text, not shrunk with the plot
        const size = await plot.locator('text.tick').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        assert.equal(size, 12);
      }
      if (await table.count()) {
        const rows = table.locator('tbody tr');
        assert.ok((await rows.count()) >= 1);
        assert.match((await rows.first().locator('a[href*="#s-"]').getAttribute('href')) ?? '', /^\/articles\/[0-9a-f]+#s-\d+$/);
        // on a phone each entry stacks; no cell is wider than the screen
        const widest = await table.evaluate((el) => Math.max(...[...el.querySelectorAll('td')].map((td) => td.getBoundingClientRect().right)));
        assert.ok(widest <= width, `table cells end at ${widest}px`);
      }
      assert.ok((await page.locator('ol.story-articles li').count()) >= 1, 'its articles');
      await page.screenshot({ path: join(SHOTS, `story-${i}-${width}.png`), fullPage: true });
      await page.close();
    }
  });
}

test('the October seed: its timeline has the Budapest meeting as planned, and a mark opens its table row', { skip }, async () => {
  const page = await open(`/stories/${stories[0].id}`, 1280);
  const row = page.locator('table.tl tbody tr', { hasText: 'Budapest' }).filter({ hasText: 'planned' });
  assert.ok((await row.count()) >= 1, 'a planned meeting in Budapest');
  const id = await row.first().getAttribute('id');
  await page.locator(`figure.tl-plot a[href="#${id}"]`).click();
  assert.equal(await page.evaluate(() => location.hash), `#${id}`);
  await page.locator('figure.tl-plot').screenshot({ path: join(SHOTS, 'story-timeline-plot-1280.png') });
  // the article page names its story
  const [a] = await t.app.desk.articles(1);
  await page.goto(server.url + `/articles/${a.id}`);
  assert.match((await page.locator('.story-link').textContent()) ?? '', /Part of the story:/);
  await page.close();
});

test('a story whose actors are no names: the phrase and its CAMEO type in the plot and the table, at 390px and 1280px', { skip }, async () => {
  // a desk of its own, one invented article: "police", "the government", "riot police ... protesters"
  const own = await tempApp();
  const srv = await listen(own.app.http, '127.0.0.1', 0);
  try {
    const text = 'Police arrested Thomas Renner in Leeds on Tuesday. The government condemned the attack on the council offices on Wednesday. Riot police clashed with protesters outside the council offices on Thursday.';
    await own.app.desk.add([{ item: 'leeds', ok: true, doc: { title: 'Councillor arrested in Leeds', text, published: '2025-10-24', byline: null, canonicalUrl: null, source: 'Wire A', relatedHints: [], origin: 'test:leeds' } }]);
    const [story] = await own.app.desk.stories(1);
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, ...(width < 500 ? { isMobile: true, hasTouch: true } : {}) });
      assert.equal((await page.goto(`${srv.url}/stories/${story.id}`))?.status(), 200);
      await noSidewaysScroll(page, `phrase story at ${width}px`);
      const who = page.locator('table.tl tbody tr', { hasText: 'arrested Thomas Renner' }).locator('td[data-label="Who"]');
      assert.equal((await who.innerText()).replace(/\s+/g, ' ').trim(), 'Police COP → Thomas Renner');
      assert.equal(await who.locator('abbr.atype').getAttribute('title'), 'CAMEO actor type: police');
      assert.ok(await who.locator('abbr.atype').isVisible());
      // the label the width shows: the phrase with its type on a wide screen, the phrase alone in between, the trigger on a phone
      const labels = await page.locator('figure.tl-plot text.label').evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.textContent));
      if (width >= 1000) assert.ok(labels.some((l) => /arrested: Police \(COP\) → Thomas/.test(l ?? '')), labels.join(' | '));
      else assert.ok(labels.some((l) => /arrested/.test(l ?? '')), labels.join(' | '));
      await page.screenshot({ path: join(SHOTS, `story-phrases-${width}.png`), fullPage: true });
      await page.close();
    }
  } finally {
    await srv.close();
    await own.dispose();
  }
});
