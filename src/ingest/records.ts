// Bulk exports: JSON Lines and CSV, one article per record. A bad record fails alone.
import { DeskError, type Document } from '../model/index.js';
import { normaliseDate, normaliseParagraphs, stripTracking, titleFromText } from './normalize.js';
import { removeFurniture } from './text.js';
import type { ItemResult } from './types.js';

interface RecordFields {
  title?: unknown;
  text?: unknown;
  url?: unknown;
  published?: unknown;
  source?: unknown;
  byline?: unknown;
}

function recordToDocument(r: RecordFields, item: string, code: 'JSONL_INVALID' | 'CSV_INVALID'): ItemResult {
  const bad = (reason: string): ItemResult => ({ item, ok: false, error: new DeskError(code, `${item}: ${reason}`, item) });
  const optStr = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  for (const key of ['title', 'text', 'url', 'published', 'source', 'byline'] as const) {
    const v = r[key];
    if (v !== undefined && v !== null && typeof v !== 'string') return bad(`"${key}" must be a string`);
  }
  const raw = optStr(r.text);
  if (!raw) return bad('"text" is missing or empty');
  const cleaned = removeFurniture(normaliseParagraphs(raw).split('\n'));
  const text = cleaned.lines.join('\n');
  if (!text) return { item, ok: false, error: new DeskError('EMPTY_TEXT', `${item}: no article text after removing page furniture`, item) };
  const pubRaw = optStr(r.published);
  const published = normaliseDate(pubRaw);
  if (pubRaw && !published) return bad(`"published" is not a date: ${JSON.stringify(pubRaw)}`);
  const url = optStr(r.url);
  if (url && !/^https?:\/\//i.test(url)) return bad(`"url" is not an http(s) URL: ${JSON.stringify(url)}`);
  const doc: Document = {
    title: optStr(r.title) ?? titleFromText(text),
    text,
    byline: optStr(r.byline),
    published,
    canonicalUrl: url ? stripTracking(url) : null,
    source: optStr(r.source),
    relatedHints: cleaned.relatedHints,
    origin: item,
  };
  return { item, ok: true, doc };
}

/** JSON Lines: one `{"title","text","url","published","source","byline"}` object per line. */
export function* readJsonLines(content: string, file: string): Generator<ItemResult> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const item = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { item, ok: false, error: new DeskError('JSONL_INVALID', `${item}: not valid JSON (${(e as Error).message})`, item) };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { item, ok: false, error: new DeskError('JSONL_INVALID', `${item}: the line is not a JSON object`, item) };
      continue;
    }
    yield recordToDocument(value as RecordFields, item, 'JSONL_INVALID');
  }
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` for a quote inside,
 * line breaks allowed inside quoted fields, CRLF or LF record ends. Written here because no
 * installed package parses CSV and it is forty lines. Returns records with their first line number.
 */
export function parseCsv(text: string): { fields: string[]; line: number }[] | { error: string; line: number } {
  const rows: { fields: string[]; line: number }[] = [];
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return { error: 'text after a closing quote', line };
        }
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) return { error: 'a quoted field is not closed', line: rowLine };
  if (field !== '' || fields.length > 0 || fieldStarted) endRow();
  return rows;
}

/** CSV with a header row naming at least `title` and `text` (also url, published, source, byline). */
export function* readCsv(content: string, file: string): Generator<ItemResult> {
  const parsed = parseCsv(content.replace(/^\ufeff/, ''));
  if (!Array.isArray(parsed)) {
    const item = `${file}:${parsed.line}`;
    yield { item, ok: false, error: new DeskError('CSV_INVALID', `${item}: CSV is malformed (${parsed.error})`, item) };
    return;
  }
  const [header, ...rows] = parsed;
  const names = (header?.fields ?? []).map((h) => h.trim().toLowerCase());
  if (!names.includes('title') || !names.includes('text')) {
    yield { item: file, ok: false, error: new DeskError('CSV_INVALID', `${file}: the CSV header must name at least "title" and "text" columns`, file) };
    return;
  }
  for (const row of rows) {
    const item = `${file}:${row.line}`;
    if (row.fields.length !== names.length) {
      yield { item, ok: false, error: new DeskError('CSV_INVALID', `${item}: expected ${names.length} fields, found ${row.fields.length}`, item) };
      continue;
    }
    const rec: Record<string, string> = {};
    names.forEach((n, k) => (rec[n] = row.fields[k]));
    yield recordToDocument(rec, item, 'CSV_INVALID');
  }
}
