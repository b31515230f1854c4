// Which adapter reads a source: file extension, then Content-Type, then the first bytes.
export type Format = 'text' | 'markdown' | 'html' | 'xmlfeed' | 'jsonfeed' | 'jsonl' | 'csv';

const BY_EXTENSION: Record<string, Format> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html',
  rss: 'xmlfeed', atom: 'xmlfeed', jsonl: 'jsonl', ndjson: 'jsonl', csv: 'csv',
};

const BY_MIME: Record<string, Format> = {
  'text/html': 'html', 'application/xhtml+xml': 'html', 'application/rss+xml': 'xmlfeed',
  'application/atom+xml': 'xmlfeed', 'application/rdf+xml': 'xmlfeed', 'application/feed+json': 'jsonfeed',
  'text/plain': 'text', 'text/markdown': 'markdown', 'text/csv': 'csv', 'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
};

/** Guess the format from the text itself; null when it says nothing clear. */
export function sniffFormat(text: string): Format | null {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  // Skip the XML declaration, comments and a DOCTYPE to reach the root element.
  const body = head.replace(/^(?:<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*/, '');
  if (/^<!doctype\s+html/i.test(body) || /^<html[\s>]/i.test(body)) return 'html';
  const root = /^(?:<!DOCTYPE[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*)?<([\w:.-]+)/i.exec(body)?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root?.endsWith(':feed')) return 'xmlfeed';
  if (root === 'html') return 'html';
  if (head.startsWith('{')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 65536))) return 'jsonfeed';
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length > 0 && lines.every((l) => l.trimStart().startsWith('{'))) return 'jsonl';
  }
  if (/^<(?:head|body|div|p|article|meta|title)[\s>]/i.test(body)) return 'html';
  return null;
}

export interface DetectInput {
  /** File name or URL path, for its extension. */
  name?: string | null;
  contentType?: string | null;
  text: string;
}

/** The format of a source, or null when no adapter reads it. */
export function detectFormat(input: DetectInput): Format | null {
  const ext = /\.([a-z0-9]+)$/i.exec(input.name ?? '')?.[1]?.toLowerCase();
  // Text-ish extensions are trusted as given: a .txt holding "<html" is still someone's text file.
  if (ext && BY_EXTENSION[ext] && ['text', 'markdown', 'csv', 'jsonl'].includes(BY_EXTENSION[ext])) return BY_EXTENSION[ext];
  const sniffed = sniffFormat(input.text);
  if (sniffed) return sniffed;
  const mime = input.contentType?.split(';')[0].trim().toLowerCase();
  if (mime && BY_MIME[mime]) return BY_MIME[mime];
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  // Extensionless URLs answered as text/plain, or unknown: plain text is the honest fallback
  // only when the type says text.
  if (mime?.startsWith('text/')) return 'text';
  return null;
}
