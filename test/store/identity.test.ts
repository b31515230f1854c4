// Article identity keys: which URLs and texts count as the same article.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId, contentHash, urlKey } from '../../src/store/identity.js';

test('urlKey: scheme and host lowercased, fragment, tracking params and trailing slash dropped', () => {
  const k = urlKey('https://www.bbc.com/news/articles/c1?id=3');
  for (const u of [
    'HTTPS://WWW.BBC.COM/news/articles/c1?id=3',
    'https://www.bbc.com/news/articles/c1/?id=3#comments',
    'https://www.bbc.com:443/news/articles/c1?utm_source=tw&id=3&utm_medium=social',
    'https://www.bbc.com/news/articles/c1?fbclid=XYZ&id=3&gclid=1',
    '  https://www.bbc.com/news/articles/c1?id=3  ',
  ]) {
    assert.equal(urlKey(u), k, u);
  }
  assert.equal(k, 'https://www.bbc.com/news/articles/c1?id=3');
});

test('urlKey keeps what selects the content: path case, other params, their values', () => {
  assert.notEqual(urlKey('https://a.example/News/1'), urlKey('https://a.example/news/1'));
  assert.notEqual(urlKey('https://a.example/n?id=1'), urlKey('https://a.example/n?id=2'));
  assert.notEqual(urlKey('https://a.example/n?id=1'), urlKey('https://a.example/n'));
  assert.equal(urlKey('https://a.example/n?b=2&a=1'), urlKey('https://a.example/n?a=1&b=2'));
  assert.notEqual(urlKey('http://a.example/n'), urlKey('https://a.example/n'));
  assert.equal(urlKey('https://a.example/'), 'https://a.example');
});

test('urlKey: empty is null; a non-URL is kept as given (trimmed)', () => {
  assert.equal(urlKey(null), null);
  assert.equal(urlKey('   '), null);
  assert.equal(urlKey(' not a url '), 'not a url');
});

test('contentHash ignores case, spacing, punctuation and accents, not words', () => {
  const h = contentHash('Talks resume in Doha, officials say.');
  assert.match(h, /^[0-9a-f]{64}$/);
  assert.equal(contentHash('talks  resume\nin doha -- officials say!'), h);
  assert.equal(contentHash('TALKS RESUME IN DOHA, OFFICIALS SAY'), h);
  assert.notEqual(contentHash('Talks stall in Doha, officials say.'), h);
  assert.equal(contentHash('Café Zürich'), contentHash('cafe zurich'));
});

test('articleId: 12 hex digits, from the URL key when present, else from the content hash', () => {
  const byUrl = articleId({ urlKey: 'https://a.example/1', contentHash: 'x' });
  assert.match(byUrl, /^[0-9a-f]{12}$/);
  assert.equal(articleId({ urlKey: 'https://a.example/1', contentHash: 'y' }), byUrl);
  assert.notEqual(articleId({ urlKey: null, contentHash: 'x' }), articleId({ urlKey: null, contentHash: 'y' }));
});
