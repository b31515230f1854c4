// HTML page → Document: metadata with provenance (meta.ts), main text from Readability over a
// pre-cleaned linkedom DOM, with a text-density fallback and JSON-LD articleBody as a candidate,
// and the language of the text (language.ts).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fail, ok, type Document, type Result } from '../model/index.js';
import { detectLanguage } from './language.js';
import { cleanText, creditInText, pageMeta, writtenDate } from './meta.js';
import { collapseSpaces, stripTracking, titleFromText } from './normalize.js';
import { removeFurniture } from './text.js';

type El = Element;

// ---------------------------------------------------------------- DOM → text

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** Text of an element as paragraphs, one per line, whitespace normalised. */
export function elementText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      // A line break in the source is a space (CSS white-space: normal); only <pre> keeps its lines.
      parts.push(pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/[\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as El).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    else if (tag === 'TD' || tag === 'TH') parts.push(' ');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'PRE');
    if (block) parts.push('\n');
  };
  walk(root, false);
  return parts
    .join('')
    .split('\n')
    .map(collapseSpaces)
    .filter((l) => l !== '')
    .join('\n');
}

// ---------------------------------------------------------------- main text

// Words in class/id names that mark page furniture rather than article text.
const BOILERPLATE = new Set([
  'share', 'sharing', 'sharebar', 'social', 'newsletter', 'related', 'recommended', 'recommendations', 'promo',
  'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsor', 'sponsored', 'comment', 'comments', 'byline',
  'dateline', 'timestamp', 'caption', 'credit', 'credits', 'breadcrumb', 'breadcrumbs', 'tags', 'subscribe',
  'signup', 'popular', 'trending', 'outbrain', 'taboola', 'sidebar', 'toolbar', 'menu', 'navbar', 'nav', 'footer',
  'cookie', 'cookies', 'modal', 'popup', 'paywall', 'rollover', 'tooltip', 'hidden', 'visually', 'sr', 'sronly',
  'readmore', 'more', 'author', 'meta', 'widget', 'print', 'disqus', 'banner', 'masthead',
]);

function classTokens(el: El): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const isBoilerplateName = (el: El) => classTokens(el).some((t) => BOILERPLATE.has(t));

function isHidden(el: El): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

const textLen = (el: Element) => collapseSpaces(el.textContent ?? '').length;

function linkDensity(el: Element): number {
  const total = textLen(el);
  if (total === 0) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += textLen(a);
  return links / total;
}

/**
 * Remove what is never article text before Readability scores the page: navigation, asides,
 * footers, hidden elements, and blocks whose class or id names furniture (share bars, related
 * lists, captions, bylines). A named block that holds much of the page's text is kept: sites
 * put words like "social" on article wrappers too.
 */
function preClean(doc: globalThis.Document): void {
  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe, svg, form, button, select, textarea, input')) el.remove();
  for (const el of doc.querySelectorAll('nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]')) {
    el.remove();
  }
  const body = doc.body;
  if (!body) return;
  const total = textLen(body) || 1;
  // Innermost first, so an inline element is judged by what is left of it.
  for (const el of [...body.querySelectorAll('*')].reverse()) {
    if (!el.isConnected) continue;
    if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || el.tagName === 'BODY') continue;
    if (isHidden(el)) {
      el.remove();
      continue;
    }
    if (isBoilerplateName(el) && !inProse(el)) {
      const len = textLen(el);
      if (len < 0.25 * total || linkDensity(el) > 0.5) el.remove();
    }
  }
}

const INLINE = new Set(['SPAN', 'A', 'EM', 'STRONG', 'B', 'I', 'SMALL', 'ABBR', 'CITE', 'MARK', 'U']);

/**
 * An inline element that is a few words of a sentence (`Gov. <span class="rollover-people">Kristi
 * Noem</span> (R) is ...`): a furniture-like class name on it marks a pop-up or a link style, and
 * removing it would cut the sentence. Its own furniture (the pop-up's text) has gone before it is judged.
 */
function inProse(el: Element): boolean {
  if (!INLINE.has(el.tagName.toUpperCase())) return false;
  const p = el.closest('p');
  if (!p || textLen(el) > 50) return false;
  for (let c = p.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && /\p{L}{2}/u.test(c.nodeValue ?? '')) return true;
  return false;
}

const BLOCK_BOX = new Set(['DIV', 'SECTION', 'SPAN', 'A']);

/**
 * Remove furniture that survives inside Readability's article: figures and captions, link
 * lists ("more stories"), and paragraphs that are a single link.
 */
function postClean(root: Element): void {
  for (const el of root.querySelectorAll('figure, figcaption, picture, [class*="caption"], [class*="credit"]')) el.remove();
  // An unmarked figure: a block holding an image and a line or two of text beside it, not inside a
  // sentence (`<div class="image"><img><p>In this file photo, ...</p></div>`), is a caption.
  for (const img of [...root.querySelectorAll('img')]) {
    // Up through the image's own wrappers (Readability puts it in a <p> of its own) to the first block with text.
    let box = img.parentElement;
    while (box && box !== root && textLen(box) === 0) box = box.parentElement;
    if (!box || box === root || !root.contains(box) || !BLOCK_BOX.has(box.tagName)) continue;
    const len = textLen(box);
    const blocks = [...box.children].filter((c) => textLen(c) > 0);
    if (len > 0 && len < 400 && blocks.length <= 2 && blocks.every((c) => c.tagName !== 'IMG' && !/^H\d$/.test(c.tagName)) && box.parentElement && textLen(box.parentElement) > 3 * len) box.remove();
  }
  for (const el of [...root.querySelectorAll('ul, ol, div, section, table, nav, aside, header, footer')]) {
    // Readability's article is detached from the document, so ask the root, not isConnected.
    if (!root.contains(el)) continue;
    const len = textLen(el);
    if (len > 0 && len < 1000 && linkDensity(el) > 0.6) el.remove();
  }
  for (const el of [...root.querySelectorAll('p, h2, h3, h4, h5, h6, li')]) {
    const len = textLen(el);
    if (len > 0 && len < 150 && linkDensity(el) > 0.9) el.remove();
  }
}

/**
 * What Readability keeps ahead of the article's body: the header block with a standfirst, a
 * kicker, a byline, a dateline or a caption. The body is the deepest element that holds 80% of
 * the text of the page's paragraphs (≥ 100 characters, mostly not links); what comes before it,
 * outside it, goes when it is a small share of the text (a long stretch there is more likely an
 * article in two containers than furniture).
 */
function trimLead(root: Element): void {
  const paragraphs: { el: Element; len: number }[] = [];
  for (const el of root.querySelectorAll('p, blockquote, pre')) {
    const len = textLen(el);
    if (len >= 100 && linkDensity(el) < 0.5) paragraphs.push({ el, len });
  }
  if (paragraphs.length < 2) return;
  const total = paragraphs.reduce((a, p) => a + p.len, 0);
  const held = new Map<Element, number>();
  for (const p of paragraphs) {
    for (let a: Element | null = p.el.parentElement; a && a !== root; a = a.parentElement) held.set(a, (held.get(a) ?? 0) + p.len);
  }
  let body: Element | null = null;
  let depth = -1;
  for (const [el, len] of held) {
    if (len < 0.8 * total) continue;
    let d = 0;
    for (let a: Element | null = el; a && a !== root; a = a.parentElement) d++;
    if (d > depth) {
      body = el;
      depth = d;
    }
  }
  if (!body) return;
  const lead: Node[] = [];
  for (let n: Element = body; n !== root && n.parentElement; n = n.parentElement) {
    for (let s = n.previousSibling; s; s = s.previousSibling) lead.push(s);
  }
  const leadLen = lead.reduce((a, n) => a + collapseSpaces(n.textContent ?? '').length, 0);
  if (leadLen === 0 || leadLen > 0.1 * textLen(root)) return;
  for (const n of lead) n.parentNode?.removeChild(n);
}

function readabilityText(doc: globalThis.Document): string | null {
  const reader = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 300 });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  postClean(parsed.content as Element);
  trimLead(parsed.content as Element);
  return elementText(parsed.content) || null;
}

/**
 * Text-density fallback for pages Readability gives up on: the element whose own paragraphs
 * hold the most text.
 */
function densestBlock(doc: globalThis.Document): string | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of doc.querySelectorAll('article, main, section, div, td')) {
    let score = 0;
    for (const c of el.children) if (c.tagName === 'P' || c.tagName === 'PRE' || c.tagName === 'BLOCKQUOTE') score += textLen(c) * (1 - linkDensity(c));
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best && bestScore >= 140 ? elementText(best) || null : null;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of `a`'s words that also occur in `b`. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  if (wa.length === 0) return 0;
  const wb = new Set(words(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

/**
 * The main text of a page; null when nothing article-like is found. Candidates: Readability
 * on the pre-cleaned DOM, Readability on the raw DOM (when pre-cleaning removed too much),
 * JSON-LD articleBody (when clearly longer and about the same words), then text density.
 */
export function mainText(html: string, articleBody: string | null = null): string | null {
  const cleanedDoc = parseHTML(html).document;
  preClean(cleanedDoc);
  let text = readabilityText(cleanedDoc);
  // Pre-cleaning can remove the article itself on odd markup: compare with a plain run.
  const plain = readabilityText(parseHTML(html).document);
  if (!text || (plain && text.length < 0.5 * plain.length)) text = plain;
  if (articleBody) {
    const body = htmlishToText(articleBody);
    if (body.length >= 500 && (!text || (body.length > 1.5 * text.length && overlap(text, body) > 0.8))) text = body;
  }
  return text ?? densestBlock(cleanedDoc);
}

/** JSON-LD articleBody is plain text on most sites and HTML on some. */
function htmlishToText(s: string): string {
  if (/<[a-z][^>]*>/i.test(s)) return elementText(parseHTML(`<!doctype html><html><body>${s}</body></html>`).document.body);
  return s.split(/\n+/).map((l) => cleanText(l) ?? '').filter(Boolean).join('\n');
}

// A line that carries a date or a clock time: "05/10/2018 - Publicado por: ...", "sexta-feira, 22 de outubro de 2010 às 20:13".
const NUMERIC_DATE = /\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}\b|\b\d{1,2}:\d{2}\b/;
const hasDate = (line: string) => NUMERIC_DATE.test(line) || writtenDate(line) !== null;
const SENTENCE_END = /[.!?…:;。！？؟।]["'”’»)」』]*$/;
// A sentence's end, not an abbreviation of a clock time ("11:08 a.m.").
const endsSentence = (line: string) => SENTENCE_END.test(line) && !/\b[ap]\.\s?m\.$/i.test(line);
const BY_LINE = /^(?:(?:posted|written|reported|published|words|text|story|photos?)\s+)?(?:by|por|von|par|di|door|oleh)\b/i;

/**
 * Lines ahead of the article's first paragraph that are furniture by their form, not by their
 * words: the headline again, a dateline or a timestamp, a "By ..." or "Posted by ..." line, labels
 * of one to three words ("Review", "Text size", "Caption"), a short "label: value" and bars of
 * labels ("Email | Print"). Only leading lines, only up to the first line that reads as prose
 * (100 characters, or a sentence of 8 words or 40 characters), and only when such a line
 * follows; the first line that is none of these stops the trim.
 */
export function trimLeadLines(lines: string[], title: string | null): string[] {
  const out = lines;
  const normTitle = title ? words(title).join(' ') : null;
  let cut = 0;
  for (let i = 0; i < out.length && i < 8; i++) {
    const line = out[i];
    const w = words(line);
    const headline = normTitle !== null && w.join(' ') === normTitle;
    // Prose: long, or a sentence (CJK and Arabic text run many words together, so length counts too).
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(line);
    if (!headline && (line.length >= 100 || ((w.length >= 8 || line.length >= (cjk ? 15 : 40)) && endsSentence(line)))) {
      cut = i;
      break;
    }
    const furniture =
      headline ||
      (line.length < 150 && hasDate(line) && !endsSentence(line)) ||
      (BY_LINE.test(line) && w.length <= 8 && !endsSentence(line)) ||
      (w.length <= 3 && line.length <= 30 && !endsSentence(line)) ||
      // "Reading time: 1 minute", "Photos: Ana Ruiz": a short label and its value.
      (w.length <= 5 && line.length <= 60 && /^[^:]{2,30}:\s+\S/.test(line) && !endsSentence(line)) ||
      // "Email | Print | Share", "Home / News / World": a bar of short labels.
      (line.length <= 80 && line.split(/\s+[|•·/]\s+/).length >= 2 && line.split(/\s+[|•·/]\s+/).every((x) => words(x).length <= 3));
    if (!furniture) break;
  }
  return cut > 0 ? out.slice(cut) : out;
}

/** Plain text as a page: each non-empty line a paragraph, its characters escaped. */
function plainTextPage(text: string): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => `<p>${esc(l)}</p>`);
  return `<!doctype html><html><head></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

export interface HtmlInput {
  html: string;
  origin: string;
  /** The page's URL when known, to resolve relative canonical links. */
  url?: string | null;
}

/** An HTML page → Document, or HTML_UNPARSEABLE / EMPTY_TEXT naming the item. */
export function htmlToDocument(input: HtmlInput): Result<Document> {
  // A page served or saved as HTML that holds no markup at all is plain text, as a browser shows it:
  // its lines become paragraphs (the URL still gives its outlet and date), not "not an HTML document".
  if (!/<\/?[a-z!][^>]*>/i.test(input.html) && input.html.trim()) input = { ...input, html: plainTextPage(input.html) };
  const { document: doc } = parseHTML(input.html);
  if (!doc?.documentElement) return fail('HTML_UNPARSEABLE', `${input.origin}: not an HTML document`, input.origin);
  const m = pageMeta(doc, input.url ?? null);
  const body = mainText(input.html, m.articleBody);
  if (!body) return fail('EMPTY_TEXT', `${input.origin}: no article text found in the page`, input.origin);
  const cleaned = removeFurniture(body.split('\n'));
  // A second layer of entities (`&amp;#038;` in the source) survives parsing: decode it once more.
  const decodedLines = cleaned.lines.map((l) => (/&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(l) ? (cleanText(l) ?? '') : l)).filter(Boolean);
  const text = trimLeadLines(decodedLines, m.title).join('\n');
  if (!text) return fail('EMPTY_TEXT', `${input.origin}: no article text found in the page`, input.origin);
  const title = m.title ?? titleFromText(text);
  const lang = detectLanguage(`${title}\n${text}`, m.declaredLanguage ? { language: m.declaredLanguage, origin: 'meta' } : null);
  // No byline in the page's markup: a reporter's credit in the text itself (Korean, Chinese papers).
  const credit = m.byline ? null : creditInText(text);
  return ok({
    title,
    text,
    byline: m.byline ?? credit,
    published: m.published,
    canonicalUrl: m.canonicalUrl ? stripTracking(m.canonicalUrl) : null,
    source: m.source,
    relatedHints: cleaned.relatedHints,
    origin: input.origin,
    language: lang.language,
    languageConfidence: lang.confidence,
    provenance: { ...m.provenance, title: m.title ? m.provenance.title : 'visible', language: lang.origin, ...(credit ? { byline: 'visible' as const } : {}) },
  });
}
