import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv, readCsv, readJsonLines } from '../../src/ingest/records.js';

test('a bad JSON Lines record is reported by file:line and the other lines go on', () => {
  const content = [
    '{"title":"A","text":"First story."}',
    '{"title":"B","text":',
    '',
    '["not","an","object"]',
    '{"title":"D","text":"Fourth story.","byline":"Ann Lee","url":"https://d.example/4?utm_medium=x#top"}',
  ].join('\n');
  const out = [...readJsonLines(content, 'dump.jsonl')];
  assert.deepEqual(out.map((r) => [r.item, r.ok]), [['dump.jsonl:1', true], ['dump.jsonl:2', false], ['dump.jsonl:4', false], ['dump.jsonl:5', true]]);
  assert.ok(!out[1].ok && out[1].error.code === 'JSONL_INVALID' && /^dump\.jsonl:2: not valid JSON/.test(out[1].error.message));
  assert.ok(!out[2].ok && /not a JSON object/.test(out[2].error.message));
  assert.ok(out[3].ok && out[3].doc.byline === 'Ann Lee' && out[3].doc.canonicalUrl === 'https://d.example/4');
});

test('JSON Lines field checks: text required, strings only, a real date', () => {
  const out = [...readJsonLines('{"title":"x"}\n{"text":5}\n{"text":"ok","published":"31/02/2025"}\n{"text":"Fine text."}', 'f.jsonl')];
  assert.deepEqual(out.map((r) => (r.ok ? 'ok' : r.error.message)), [
    'f.jsonl:1: "text" is missing or empty',
    'f.jsonl:2: "text" must be a string',
    'f.jsonl:3: "published" is not a date: "31/02/2025"',
    'ok',
  ]);
  assert.ok(out[3].ok && out[3].doc.title === 'Fine text');
});

test('RFC 4180: quotes, doubled quotes, commas and line breaks inside fields, CRLF', () => {
  const rows = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n,,\r\n');
  assert.ok(Array.isArray(rows));
  assert.deepEqual(Array.isArray(rows) && rows.map((r) => r.fields), [['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\r\nlines'], ['', '', '']]);
  assert.deepEqual(Array.isArray(rows) && rows.map((r) => r.line), [1, 2, 4]);
  const bad = parseCsv('a,b\n"open,1\n');
  assert.ok(!Array.isArray(bad) && /not closed/.test(bad.error));
  const junk = parseCsv('a,b\n"x"y,1\n');
  assert.ok(!Array.isArray(junk) && junk.line === 2);
});

test('CSV needs a header with title and text; rows with the wrong width fail alone', () => {
  const none = [...readCsv('headline,body\nA,B\n', 'x.csv')];
  assert.ok(!none[0].ok && /"title" and "text"/.test(none[0].error.message));
  const out = [...readCsv('Title,Text,Source\nOne,First text.,Desk\nTwo,Second\nThree,Third text.,\n', 'y.csv')];
  assert.deepEqual(out.map((r) => [r.item, r.ok]), [['y.csv:2', true], ['y.csv:3', false], ['y.csv:4', true]]);
  assert.ok(out[0].ok && out[0].doc.source === 'Desk' && out[2].ok && out[2].doc.source === null);
});
