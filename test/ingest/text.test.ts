import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTitleLine, paragraphLines, removeFurniture, textToDocument } from '../../src/ingest/text.js';
import { firstSentence, titleFromText } from '../../src/ingest/normalize.js';

test('Read also with the headline on the next line: removed from text, kept as a hint', () => {
  const r = removeFurniture(['First paragraph.', 'Second paragraph.', 'Read also:', 'Ports reopen after the storm', 'Ask me anything', 'Explore related questions']);
  assert.deepEqual(r.lines, ['First paragraph.', 'Second paragraph.']);
  assert.deepEqual(r.relatedHints, ['Ports reopen after the storm']);
});

test('Read also / Related with the headline on the same line, anywhere in the text', () => {
  const r = removeFurniture(['Intro.', 'Read also: Ministers meet in Vienna', 'Body continues.', 'Related: Talks stall again', 'End.']);
  assert.deepEqual(r.lines, ['Intro.', 'Body continues.', 'End.']);
  assert.deepEqual(r.relatedHints, ['Ministers meet in Vienna', 'Talks stall again']);
});

test('trailing markers drop everything after them, but only once article text was seen', () => {
  const r = removeFurniture(['Body.', 'Explore related questions', 'Who met whom?', 'When is the summit?']);
  assert.deepEqual(r.lines, ['Body.']);
  // A first line equal to a marker is not a reason to drop the whole article.
  assert.deepEqual(removeFurniture(['Comments', 'Body text.']).lines, ['Comments', 'Body text.']);
});

test('common furniture lines go: share, advertisement, newsletter, credits, datelines', () => {
  const r = removeFurniture([
    'Share this article', 'Advertisement', 'Sign up for our daily newsletter', 'Body one.',
    'Photo: Jane Roe / Agency', 'Tuesday, 19 November 2019', 'Copyright © 2025 Example Media', 'Body two.',
  ]);
  assert.deepEqual(r.lines, ['Body one.', 'Body two.']);
});

test('a long line that starts with "Related:" is prose, not a hint', () => {
  const long = 'Related: ' + 'the talks were related to a wider dispute over grain exports and shipping rights '.repeat(4);
  const r = removeFurniture(['Intro.', long]);
  assert.equal(r.lines.length, 2);
  assert.deepEqual(r.relatedHints, []);
});

test('title rule: a short first line without a full stop is the title', () => {
  const d = textToDocument({ text: 'Ceasefire holds in the north\nThe ceasefire held overnight. Officials said so.\n', origin: 'a.txt' })!;
  assert.equal(d.title, 'Ceasefire holds in the north');
  assert.equal(d.text, 'The ceasefire held overnight. Officials said so.');
});

test('title rule: a first line ending in a full stop is text; the title is its first sentence', () => {
  const d = textToDocument({ text: 'The ceasefire held overnight. Officials said so.\nMore text here.', origin: 'a.txt' })!;
  assert.equal(d.title, 'The ceasefire held overnight');
  assert.ok(d.text.startsWith('The ceasefire held overnight.'));
  assert.ok(isTitleLine('Why the talks failed?'));
  assert.ok(!isTitleLine('He left.'));
});

test('derived title is cut at a word boundary, at most 90 chars, with an ellipsis', () => {
  const t = titleFromText('In a week of intense foreign policy activity, U.S. President Donald Trump sought to use the recent agreement as a springboard. Next.');
  assert.ok(t.length <= 90, t);
  assert.ok(t.endsWith('…'));
  assert.equal(t, 'In a week of intense foreign policy activity, U.S. President Donald Trump sought to use…');
});

test('first sentence is not cut at U.S., initials or Mr.', () => {
  assert.equal(firstSentence('U.S. officials met Mr. Smith and J. R. Jones. Then they left.'), 'U.S. officials met Mr. Smith and J. R. Jones.');
  assert.equal(firstSentence('“We are done,” he said. Later.'), '“We are done,” he said.');
});

test('hard-wrapped paragraphs are joined; markdown headings and links are plain text', () => {
  const md = '# Storm hits coast\n\nThe storm reached the coast\non Monday night, officials said.\n\nSee [the map](https://x.example/map) for **details**.\n';
  assert.deepEqual(paragraphLines(md, true), ['Storm hits coast', 'The storm reached the coast on Monday night, officials said.', 'See the map for details.']);
  const d = textToDocument({ text: md, origin: 'a.md', markdown: true })!;
  assert.equal(d.title, 'Storm hits coast');
});

test('only furniture left: no document', () => {
  assert.equal(textToDocument({ text: 'Advertisement\nShare this article\n', origin: 'a.txt' }), null);
});

test("newswire archives' typewriter quotes become quotation marks, so the quote is read as one", () => {
  const lines = paragraphLines("NAIROBI, Kenya (AP) _\n\n``It was definitely a bomb,'' a witness said.\n\nThe embassy's staff were moved.", false);
  assert.equal(lines[1], '\u201cIt was definitely a bomb,\u201d a witness said.');
  // one apostrophe is left alone
  assert.equal(lines[2], "The embassy's staff were moved.");
});
