// Bytes → string: BOM, then the declared charset, then detection. Binary input is refused.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { fail, ok, type Result } from '../model/index.js';

const SNIFF_BYTES = 4096;

/** True when the bytes look binary: NUL bytes, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC (ISO-2022) are text; other C0 controls are not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control / n > 0.05;
}

function bomEncoding(bytes: Uint8Array): { enc: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { enc: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { enc: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { enc: 'utf-16be', skip: 2 };
  return null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(ct: string | null | undefined): string | null {
  if (!ct) return null;
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(ct);
  return m ? m[1].toLowerCase() : null;
}

/** A charset declared inside the document: `<?xml encoding=...?>` or `<meta charset>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1].toLowerCase();
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

export interface DecodeOptions {
  /** The item the bytes belong to, named in errors. */
  item: string;
  /** HTTP Content-Type, when the bytes came over HTTP. */
  contentType?: string | null;
}

/**
 * Decode bytes to text. Order (as browsers do): BOM, HTTP charset, in-document declaration,
 * then valid UTF-8, then statistical detection (chardet). Errors: NOT_TEXT, UNKNOWN_ENCODING,
 * EMPTY_TEXT.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): Result<string> {
  const { item } = opts;
  if (bytes.length === 0) return fail('EMPTY_TEXT', `${item}: the file is empty`, item);
  const bom = bomEncoding(bytes);
  let text: string;
  if (bom) {
    text = iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.enc);
  } else {
    if (looksBinary(bytes)) return fail('NOT_TEXT', `${item}: binary content (NUL or control bytes), not text`, item);
    const declared = charsetFromContentType(opts.contentType) ?? declaredCharset(bytes);
    const buf = Buffer.from(bytes);
    if (declared && iconv.encodingExists(declared)) {
      // Pages often declare a single-byte charset (latin-1, ASCII, another ISO-8859 or windows-125x page)
      // yet send UTF-8: text in those charsets almost never forms valid multi-byte UTF-8 over a whole
      // page, so valid UTF-8 is the better reading.
      const weak = /^(iso[-_]?8859[-_]?\d+|latin\d?|l\d|us-ascii|ascii|windows-125\d|cp125\d|koi8-[ru])$/.test(declared);
      text = weak && !isAscii(bytes) && isUtf8(bytes) ? buf.toString('utf8') : iconv.decode(buf, declared);
    } else if (isUtf8(bytes)) {
      text = buf.toString('utf8');
    } else if (declared) {
      return fail('UNKNOWN_ENCODING', `${item}: declared charset "${declared}" is unknown and the bytes are not UTF-8`, item);
    } else {
      const guess = chardet.detect(buf);
      if (!guess || !iconv.encodingExists(guess)) {
        return fail('UNKNOWN_ENCODING', `${item}: cannot tell the character encoding`, item);
      }
      // chardet says ISO-8859-1 for most Western single-byte text; windows-1252 is its superset in practice.
      const enc = /^iso-8859-1$/i.test(guess) ? 'windows-1252' : guess;
      text = iconv.decode(buf, enc);
    }
  }
  text = text.replace(/^\ufeff/, '');
  if (text.trim() === '') return fail('EMPTY_TEXT', `${item}: no text (only whitespace)`, item);
  return ok(text);
}

