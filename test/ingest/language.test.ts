// Languages: detected on ingest, stored, and switching the English-only annotators off.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { detectLanguage, languageTag } from '../../src/ingest/language.js';
import { languageGuessFor, readSource, withLanguageGuess, type ItemResult } from '../../src/ingest/index.js';
import { tempApp } from '../helpers.js';

const GERMAN =
  'Bundeskanzler Friedrich Merz traf am Montag in Berlin den französischen Präsidenten. ' +
  'Beide sprachen über die Lage in der Ukraine und über neue Hilfen für das Land. ' +
  '„Wir stehen an der Seite der Ukraine“, sagte Merz nach dem Treffen vor Journalisten. ' +
  'Die Gespräche sollen in zwei Wochen in Paris fortgesetzt werden.';

test('a long text is judged by its words, whatever the page declares', () => {
  const g = detectLanguage(GERMAN, { language: 'en', origin: 'meta' });
  assert.equal(g.language, 'de');
  assert.equal(g.origin, 'detected');
  assert.ok(g.confidence >= 0.5);
});

test('a short text takes the page declaration, else English with a low confidence', () => {
  assert.deepEqual(detectLanguage('Trump meets Putin', null), { language: 'en', confidence: 0.1, origin: 'default' });
  const declared = detectLanguage('Kurz notiert', { language: 'de', origin: 'meta' });
  assert.equal(declared.language, 'de');
  assert.ok(declared.confidence < 0.5);
});

test('language tags: region and script dropped, three-letter codes of common languages mapped', () => {
  assert.equal(languageTag('en-US'), 'en');
  assert.equal(languageTag('pt_BR'), 'pt');
  assert.equal(languageTag('deu'), 'de');
  assert.equal(languageTag('not a tag'), null);
});

test("a read with language 'later' leaves detection to the consumer, who gets what the read would have given", async () => {
  const t = await tempApp();
  try {
    const dir = join(t.dir, 'in');
    mkdirSync(dir);
    writeFileSync(join(dir, 'merz.txt'), `Merz trifft Macron\n\n${GERMAN}\n`);
    writeFileSync(join(dir, 'short.txt'), 'Talks resume\n\nTrump said the talks resume on Monday.\n');
    // META.json retitles a document after it is read: detection still reads the title as read
    writeFileSync(join(dir, 'META.json'), JSON.stringify({ 'merz.txt': { title: 'Merz meets Macron in Berlin' } }));
    const all = async (it: AsyncIterable<ItemResult>) => { const out: ItemResult[] = []; for await (const r of it) out.push(r); return out; };
    const now = await all(readSource(dir, { allowFetch: false }));
    const later = await all(readSource(dir, { allowFetch: false, language: 'later' }));
    assert.equal(later.length, 2);
    for (const [i, r] of later.entries()) {
      assert.ok(r.ok && r.languageLater && r.doc.language === undefined);
      const n = now[i];
      assert.ok(n.ok && n.languageLater === undefined && n.doc.language);
      assert.deepEqual(withLanguageGuess(r.doc, languageGuessFor(r.doc, r.languageLater)), n.doc);
    }
    const merz = later.find((r) => r.ok && r.doc.title === 'Merz meets Macron in Berlin');
    assert.ok(merz?.ok && merz.languageLater?.title === 'Merz trifft Macron');
  } finally {
    await t.dispose();
  }
});

test('a German article is stored with its language, searchable, without English annotations; the page says so', async () => {
  const t = await tempApp();
  try {
    const de = join(t.dir, 'merz.txt');
    writeFileSync(de, `Merz trifft Macron\n\n${GERMAN}\n`);
    const en = join(t.dir, 'short.txt');
    writeFileSync(en, 'Talks resume\n\nTrump said the talks resume on Monday.\n');
    const report = await t.app.desk.add(t.app.read(t.dir));
    assert.equal(report.added.length, 2);
    const deId = report.added.find((a) => a.title === 'Merz trifft Macron')!.id;
    const v = (await t.app.desk.article(deId))!;
    assert.equal(v.language, 'de');
    // entities, quotes, times and events are English-only; sentences keep it searchable
    assert.deepEqual([v.entities.length, v.quotes.length, v.times.length, v.events.length], [0, 0, 0, 0]);
    assert.ok(v.sentences.length >= 3, `sentences: ${v.sentences.length}`);
    const hits = await t.app.desk.search('Ukraine');
    assert.ok(hits.some((h) => h.article.id === deId), 'the German article is found by search');
    const page = await (await t.app.http.request(`/articles/${deId}`)).text();
    assert.match(page, /This article is in German/);
    assert.match(page, /lang="de"/);

    const enId = report.added.find((a) => a.title === 'Talks resume')!.id;
    const e = (await t.app.desk.article(enId))!;
    assert.equal(e.language, 'en');
    assert.ok(e.languageConfidence! < 0.5, 'too short to tell: English is a default');
    assert.ok(e.entities.some((x) => x.name === 'Trump'), 'English runs the full pipeline');
    const enPage = await (await t.app.http.request(`/articles/${enId}`)).text();
    assert.match(enPage, /English assumed/);
  } finally {
    await t.dispose();
  }
});

test('English prose the n-grams take for another language stays English; other languages keep theirs', () => {
  // (tinyld gives this BBC paragraph to Klingon, 0.71 against English 0.29)
  const vw =
    'Volkswagen is considering building a car factory in India, but said it had yet to make a final decision.\n' +
    'The German giant said it was studying the possibility of opening an assembly plant in the country, but that it remained only a "potential" idea. ' +
    'Its comments came after the industry minister of India said the carmaker was set to build a plant there.';
  assert.equal(detectLanguage(vw).language, 'en');
  // told by its function words without the n-grams: prose with as many of them as English news has is sure
  const prose =
    'The minister said the plan would cost more than the government had expected, and that talks with the unions were likely to go on for weeks. ' +
    'Officials from both sides have been meeting since Monday, but no date has been set for a vote on the deal.';
  assert.deepEqual(detectLanguage(prose), { language: 'en', confidence: 1, origin: 'detected' });
  assert.equal(detectLanguage(GERMAN).language, 'de');
});
