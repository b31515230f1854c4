import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/ingest/decode.js';
import { readSource } from '../../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ingest-decode-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function one(path: string) {
  const out = [];
  for await (const r of readSource(path, { allowFetch: false })) out.push(r);
  assert.equal(out.length, 1);
  return out[0];
}

test('binary file → NOT_TEXT, naming the file', async () => {
  const path = join(dir, 'photo.txt');
  writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  const r = await one(path);
  assert.ok(!r.ok && r.error.code === 'NOT_TEXT');
  assert.ok(!r.ok && r.error.message.includes(path));
});

test('many control characters without NULs are not text either', () => {
  const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
  const r = decodeBytes(bytes, { item: 'x.txt' });
  assert.ok(!r.ok && r.error.code === 'NOT_TEXT');
});

test('empty and whitespace-only files → EMPTY_TEXT', async () => {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
  for (const name of ['empty.txt', 'blank.txt']) {
    const r = await one(join(dir, name));
    assert.ok(!r.ok && r.error.code === 'EMPTY_TEXT', name);
  }
});

test('a windows-1252 / latin-1 file is detected and decoded', async () => {
  const text = 'Caf\u00e9 owners in Li\u00e8ge said the \u201cnew rules\u201d would cost them \u20ac2,000 a year. The mayor disagreed and promised a r\u00e9vision before the summer.\n';
  const path = join(dir, 'latin.txt');
  writeFileSync(path, iconv.encode(text.repeat(3), 'windows-1252'));
  const r = await one(path);
  assert.ok(r.ok);
  assert.ok(r.ok && r.doc.text.startsWith('Café owners in Liège said the “new rules” would cost them €2,000 a year.'), r.ok ? r.doc.text : '');
});

test('declared charsets are honoured: meta charset, XML encoding, HTTP header; BOMs first', () => {
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-15"></head><body><p>'), iconv.encode('prix: 5 \u20ac', 'iso-8859-15'), Buffer.from('</p></body></html>')]);
  assert.ok(decodeBytes(html, { item: 'p.html' }).ok && (decodeBytes(html, { item: 'p.html' }) as { value: string }).value.includes('5 €'));
  const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="koi8-r"?><rss><t>'), iconv.encode('Москва', 'koi8-r'), Buffer.from('</t></rss>')]);
  const rx = decodeBytes(xml, { item: 'f.xml' });
  assert.ok(rx.ok && rx.value.includes('Москва'));
  const plain = iconv.encode('Zürich', 'latin1');
  const rh = decodeBytes(plain, { item: 'u', contentType: 'text/plain; charset=ISO-8859-1' });
  assert.ok(rh.ok && rh.value === 'Zürich');
  const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Hello – world', 'utf-16le')]);
  const rb = decodeBytes(bom, { item: 'b.txt' });
  assert.ok(rb.ok && rb.value === 'Hello – world');
});

test('a page that declares any single-byte charset but sends valid UTF-8 is read as UTF-8; real single-byte text keeps its charset', () => {
  const page = (charset: string, body: Buffer) => Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"></head><body><p>`), body, Buffer.from('</p></body></html>')]);
  const utf8 = decodeBytes(page('iso-8859-15', Buffer.from('El niño llegó a Málaga: 5 €', 'utf8')), { item: 'es.html' });
  assert.ok(utf8.ok && utf8.value.includes('El niño llegó a Málaga: 5 €'), utf8.ok ? utf8.value : 'failed');
  const cyr = decodeBytes(page('windows-1251', Buffer.from('Москва — столица', 'utf8')), { item: 'ru.html' });
  assert.ok(cyr.ok && cyr.value.includes('Москва — столица'));
  const real = decodeBytes(page('windows-1251', iconv.encode('Москва — столица России', 'windows-1251')), { item: 'ru2.html' });
  assert.ok(real.ok && real.value.includes('Москва — столица России'));
  const latin9 = decodeBytes(page('iso-8859-15', iconv.encode('Málaga coûte 5 €', 'iso-8859-15')), { item: 'fr.html' });
  assert.ok(latin9.ok && latin9.value.includes('Málaga coûte 5 €'));
});

test('an unknown declared charset with non-UTF-8 bytes → UNKNOWN_ENCODING', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="x-made-up"><p>'), Buffer.from([0xe9, 0xe8, 0x41]), Buffer.from('</p>')]);
  const r = decodeBytes(bytes, { item: 'odd.html' });
  assert.ok(!r.ok && r.error.code === 'UNKNOWN_ENCODING');
  assert.match(!r.ok ? r.error.message : '', /odd\.html.*x-made-up/);
});
