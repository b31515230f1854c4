// The TempEval-3 newswire articles (TimeBank and AQUAINT, 1989-2000, TimeML) as desk documents, for
// the dated story set (test/story-sets/*/tempeval.jsonl). The product's importer does not read TimeML
// (src/ingest reads text, Markdown, HTML, feeds, JSON Lines and CSV), so the bench reads it here:
// the <TEXT> with its tags stripped (parseTml of eval-times.ts), split into paragraphs as a plain-text
// import would be; the title is the AQUAINT <TITLE> headline, else the first paragraph (TimeBank files
// have no headline; cut at 220 characters); published is the date of the document creation time
// (the TIMEX3 with functionInDocument="CREATION_TIME").
//
// Label ids are `tempeval/<TimeBank|AQUAINT>/<file>.tml`, files under ../shared/bench-data/tempeval3/.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DeskError, type Document } from '../../src/model/index.js';
import { detectLanguage } from '../../src/ingest/language.js';
import { isValidDay } from '../../src/ingest/normalize.js';
import { paragraphLines } from '../../src/ingest/text.js';
import type { ItemResult } from '../../src/ingest/types.js';
import { parseTml } from '../eval-times.js';
import { BENCH_DATA } from './paths.js';

export const TEMPEVAL_PREFIX = 'tempeval/';
const TITLE_CHARS = 220;

export const isTempevalId = (id: string): boolean => id.startsWith(TEMPEVAL_PREFIX);

/** The file a label id names. */
export function tempevalPath(id: string): string {
  const m = /^tempeval\/(TimeBank|AQUAINT)\/([^/]+\.tml)$/.exec(id);
  if (!m) throw new Error(`${id}: not a TempEval-3 article id (tempeval/TimeBank/<file>.tml or tempeval/AQUAINT/<file>.tml)`);
  return resolve(BENCH_DATA, 'tempeval3', m[1], m[2]);
}

const decodeTitle = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!).replace(/\s+/g, ' ').trim();

/** One labelled TempEval-3 article → a document with its headline and publication date; a failure names the file and why. */
export function tempevalItem(id: string): ItemResult {
  const fail = (code: 'FILE_UNREADABLE' | 'EMPTY_TEXT' | 'BAD_DATE', reason: string): ItemResult => ({
    item: id,
    ok: false,
    error: new DeskError(code, `${id}: ${reason}`, id),
  });
  let xml: string;
  try {
    xml = readFileSync(tempevalPath(id), 'utf8');
  } catch (e) {
    return fail('FILE_UNREADABLE', (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
  const doc = parseTml(xml, id);
  const published = doc.dct?.slice(0, 10) ?? '';
  if (!isValidDay(published)) return fail('BAD_DATE', `no document creation time with a YYYY-MM-DD date (got ${JSON.stringify(doc.dct)})`);
  const paragraphs = paragraphLines(doc.text, false);
  if (paragraphs.length === 0) return fail('EMPTY_TEXT', 'no text inside <TEXT>');
  const headline = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1];
  const title = headline ? decodeTitle(headline) : paragraphs[0].slice(0, TITLE_CHARS);
  const text = paragraphs.join('\n');
  const lang = detectLanguage(`${title}\n${text}`);
  const out: Document = {
    title,
    text,
    byline: null,
    published,
    canonicalUrl: null,
    source: null,
    relatedHints: [],
    origin: id,
    language: lang.language,
    languageConfidence: lang.confidence,
    provenance: { title: headline ? 'visible' : 'detected', published: 'file', language: lang.origin },
  };
  return { item: id, ok: true, doc: out };
}
