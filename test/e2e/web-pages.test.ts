// The web desk's pages in a real headless Chromium: quotes browser, entity page, home, phone layout.
// In CI Chromium must be there (.ci/run installs it); elsewhere the test skips with the reason.
// Screenshots land in test-results/ (gitignored) for a human to look at.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumSkip, launchChromium } from './chromium.js';
import { ROOT, sampleApp } from '../helpers.js';
import { listen, type Listening } from '../../src/interfaces/http/server.js';

const skip = chromiumSkip('web page tests');

const SHOTS = join(ROOT, 'test-results');
const DESKTOP = { width: 1100, height: 900 };
const PHONE = { width: 390, height: 844 };

let t: Awaited<ReturnType<typeof sampleApp>>;
let server: Listening;
let browser: Browser;
let trumpId: string;

before(async () => {
  if (skip) return;
  t = await sampleApp();
  server = await listen(t.app.http, '127.0.0.1', 0);
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
  trumpId = (await t.app.desk.entities({ type: 'PERSON', limit: 100 })).find((e) => /Trump/.test(e.name))!.id;
});
after(async () => {
  await browser?.close();
  await server?.close();
  await t?.dispose();
});

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const res = await page.goto(server.url + path);
  assert.equal(res?.status(), 200, path);
  return page;
}

test('home: latest articles with dates, the ask box, people in the news', { skip }, async () => {
  const page = await open('/');
  assert.equal(await page.locator('.main-col ul.list li').count(), 2);
  assert.match((await page.locator('.main-col ul.list li .meta').first().textContent()) ?? '', /\d{4}/);
  assert.ok(await page.locator('form.ask input[name=q]').isVisible());
  const people = page.locator('.side-col ol.people li');
  assert.ok((await people.count()) >= 3);
  assert.match((await page.locator('.side-col').textContent()) ?? '', /Trump/);
  await page.screenshot({ path: join(SHOTS, 'web-home.png'), fullPage: true });
  // A person in the list opens their page.
  await Promise.all([page.waitForURL(/\/entities\/[0-9a-f]+$/), people.first().locator('a').click()]);
  assert.ok(await page.locator('h1').isVisible());
  await page.close();
});

test('quotes browser: pick a speaker and a word; partial quotes behind the toggle', { skip }, async () => {
  const page = await open('/quotes');
  const all = await page.locator('blockquote.q').count();
  assert.ok(all >= 1, 'the sample has quotes');
  assert.equal(await page.locator('blockquote.q.partial').count(), 0, 'partial quotes hidden by default');

  await page.selectOption('#f-speaker', trumpId);
  await Promise.all([page.waitForURL(/speaker=/), page.click('form.filter button')]);
  const mine = page.locator('blockquote.q');
  const n = await mine.count();
  assert.ok(n >= 1);
  for (let i = 0; i < n; i++) assert.equal(await mine.nth(i).locator('a.speaker').getAttribute('href'), `/entities/${trumpId}`);

  // A word from one of his quotes (the longest), typed in lower case, narrows the list to quotes with it.
  const first = (await mine.first().locator('p').textContent()) ?? '';
  const word = first.match(/[A-Za-z]{5,}/g)!.sort((a, b) => b.length - a.length)[0];
  await page.fill('#f-q', word.toLowerCase());
  await Promise.all([page.waitForURL(/q=/), page.click('form.filter button')]);
  const hits = page.locator('blockquote.q');
  assert.ok((await hits.count()) >= 1 && (await hits.count()) <= n);
  assert.equal(await page.locator('#f-speaker').inputValue(), trumpId, 'the speaker stays chosen');
  for (let i = 0; i < (await hits.count()); i++) {
    assert.match(((await hits.nth(i).locator('mark.hit').first().textContent()) ?? '').toLowerCase(), new RegExp(`^${word.toLowerCase()}`));
  }
  await page.screenshot({ path: join(SHOTS, 'web-quotes-filtered.png'), fullPage: true });

  // The quote opens its article at the quoted sentence.
  await Promise.all([page.waitForURL(/\/articles\/[0-9a-f]+#s-\d+$/), hits.first().locator('a.ctx').click()]);
  const hash = await page.evaluate(() => location.hash);
  assert.match((await page.locator(`${hash}.sent`).textContent()) ?? '', new RegExp(word));
  await page.close();

  // Nothing matches a made-up word; the toggle brings partial quotes in.
  const none = await open('/quotes?q=qqzzxx');
  assert.equal(await none.locator('blockquote.q').count(), 0);
  assert.ok(await none.getByText('No quote matches these words').isVisible());
  await none.close();
  const toggled = await open('/quotes');
  if (await toggled.locator('text=partial quote').count()) {
    await toggled.check('form.filter input[name=partial]');
    await Promise.all([toggled.waitForURL(/partial=1/), toggled.click('form.filter button')]);
    assert.ok((await toggled.locator('blockquote.q.partial').count()) >= 1);
    assert.ok((await toggled.locator('blockquote.q').count()) > all);
  }
  await toggled.close();
});

test('entity page: a chart with a title and a table, who they appear with, quotes', { skip }, async () => {
  const page = await open(`/entities/${trumpId}`);
  const svg = page.locator('figure.chart svg[role=img]');
  assert.equal(await svg.count(), 1);
  assert.match((await svg.locator('title').first().textContent()) ?? '', /Articles mentioning .*Trump/);
  const box = (await svg.boundingBox())!;
  assert.ok(box.width > 300 && box.height >= 100, `chart is drawn (${box.width}x${box.height})`);
  assert.ok((await svg.locator('rect').count()) >= 2, 'two sample articles, months apart');
  // The table fallback opens and lists the article counts.
  await page.click('figure.chart summary');
  const rows = page.locator('figure.chart table tbody tr');
  assert.ok(await rows.first().isVisible());
  const total = (await rows.locator('td:last-child').allTextContents()).reduce((s, x) => s + Number(x), 0);
  assert.equal(total, 2);

  const company = page.locator('ol.company li');
  assert.ok((await company.count()) >= 2 && (await company.count()) <= 10);
  assert.match((await page.locator('ol.company').textContent()) ?? '', /Putin/);
  assert.match((await company.first().textContent()) ?? '', /\d+ shared sentences?/);
  assert.ok((await page.locator('#quotes ~ blockquote.q').count()) >= 1, 'his quotes');
  assert.match((await page.locator('dl.facts').textContent()) ?? '', /Also written/);
  await page.screenshot({ path: join(SHOTS, 'web-entity.png'), fullPage: true });

  // A co-occurring entity's link opens its own page.
  await Promise.all([page.waitForURL(/\/entities\/[0-9a-f]+$/), company.first().locator('a').click()]);
  assert.notEqual(page.url().split('/').pop(), trumpId);
  assert.ok(await page.locator('figure.chart').isVisible());
  await page.close();
});

test('article page: highlights with a legend; quote and date tooltips; a cited sentence lights up', { skip }, async () => {
  const [a] = await t.app.desk.articles(1);
  const page = await open(`/articles/${a.id}`);
  assert.ok(await page.locator('.legend mark.PERSON').isVisible());
  const q = page.locator('.article q.quote:not(.partial)').first();
  assert.match((await q.getAttribute('title')) ?? '', /^Quote · \S/);
  const dated = page.locator('.article time.t[datetime]').first();
  assert.equal((await dated.getAttribute('title'))?.split(' · ')[0], await dated.getAttribute('datetime'));
  // Highlights are visible: a person mark has a background colour.
  const bg = await page.locator('.article mark.PERSON').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
  await page.screenshot({ path: join(SHOTS, 'web-article.png') });

  await page.goto(server.url + '/ask?q=' + encodeURIComponent('Where does Trump plan to meet Putin?'));
  await Promise.all([page.waitForURL(/#s-\d+$/), page.locator('ol.cites a').first().click()]);
  const outline = await page.evaluate(() => getComputedStyle(document.querySelector(location.hash)!).outlineStyle);
  assert.equal(outline, 'solid', 'the :target sentence is outlined');
  const inView = await page.evaluate(() => {
    const r = document.querySelector(location.hash)!.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  });
  assert.ok(inView, 'the cited sentence is scrolled into view');
  await page.screenshot({ path: join(SHOTS, 'web-cited-sentence.png') });
  await page.close();
});

test('a 390px phone: no page scrolls sideways', { skip }, async () => {
  const [a] = await t.app.desk.articles(1);
  const paths = ['/', '/quotes?partial=1', `/quotes?speaker=${trumpId}`, `/entities/${trumpId}`, `/articles/${a.id}`, '/entities', '/search?q=Putin', '/ask?q=' + encodeURIComponent('Where does Trump plan to meet Putin?')];
  const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  for (const path of paths) {
    await page.goto(server.url + path);
    const [scroll, inner] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, innerWidth]);
    assert.ok(scroll <= inner, `${path}: ${scroll}px wide in a ${inner}px viewport`);
  }
  for (const [name, path] of [['home', '/'], ['quotes', `/quotes?speaker=${trumpId}`], ['entity', `/entities/${trumpId}`], ['article', `/articles/${a.id}`]]) {
    await page.goto(server.url + path);
    await page.screenshot({ path: join(SHOTS, `web-phone-${name}.png`) });
  }
  // The chart still fills the column.
  await page.goto(server.url + `/entities/${trumpId}`);
  const w = (await page.locator('figure.chart svg').boundingBox())!.width;
  assert.ok(w > 300 && w <= 390, `chart ${w}px wide`);
  await page.close();
});
