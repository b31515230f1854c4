// Plain text and Markdown pages → Document. Page furniture goes; `Read also` headlines stay as hints.
import type { Document } from '../model/index.js';
import { collapseSpaces, titleFromText, typewriterQuotes } from './normalize.js';

// Lines that end the article: everything from here on is page furniture.
const TRAILING_MARKERS = [
  'ask me anything',
  'explore related questions',
  'related questions',
  'related articles',
  'related stories',
  'related content',
  'more stories',
  'more from this author',
  'you may also like',
  'you might also like',
  'recommended for you',
  'most read',
  'most popular',
  'comments',
  'leave a comment',
  'leave a reply',
];

// Labels that introduce a related headline, on the same line or the next one.
const HINT_LABEL =
  /^(?:(?:read also|also read|read more|see also|related|more on this|recommended)\s*:\s*(.*)|read also|also read|see also)$/i;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;

// Single lines of furniture anywhere in the text.
const FURNITURE_LINE = [
  /^share(?: this)?(?: article| story| post| page)?(?: on \w+)?[:!.]?$/i,
  /^(?:share|tweet|email|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit)(?:\s*[|·•,/]\s*(?:share|tweet|email|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit))*$/i,
  /^advertisement$/i,
  /^(?:read more|continue reading)\s*(?:\.{3}|…|»|›|→|>)?$/i, // "Continue reading..." ends a feed teaser
  /^(?:story continues below|article continues below)(?: (?:this )?advertisement)?$/i,
  /^sign up (?:for|to) (?:our|the)\b.*newsletter.*$/i,
  /^subscribe to (?:our|the)\b.*newsletter.*$/i,
  /^follow us on\b.*$/i,
  /^click here to\b.*$/i,
  /^(?:skip to (?:main )?content|back to top)$/i,
  // Copyright notices and photo credits.
  /^(?:copyright\b|\(c\)\s*\d{4}|.{0,20}[©ⓒ]|all rights reserved\b).{0,200}$/i,
  /^.{0,300}\((?:photo|image|picture|credit|foto|source)s?:[^)]*\)$/i,
  /^(?:photo|image|picture|credit|foto)s?(?: credit)?:\s.{0,120}$/i,
  // A line that is only a date (and time): a dateline, not prose.
  new RegExp(`^(?:(?:published|updated|posted|last updated)\\s*:?\\s*)?${DATE}(?:\\s*(?:[-–—,|]|at)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,5})?)?$`, 'i'),
];

const isTrailingMarker = (line: string) => TRAILING_MARKERS.includes(line.toLowerCase().replace(/[:.!?]+$/, ''));

export interface Cleaned {
  lines: string[];
  relatedHints: string[];
}

/** Remove page furniture from paragraph lines; collect related headlines. */
export function removeFurniture(lines: string[]): Cleaned {
  const out: string[] = [];
  const hints: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A trailing marker only counts once some article text has been seen.
    if (out.length > 0 && isTrailingMarker(line)) break;
    const label = HINT_LABEL.exec(line);
    if (label) {
      const rest = (label[1] ?? '').trim();
      if (rest === '') {
        // "Read also:" alone: the next line is the headline.
        const next = lines[i + 1];
        if (next !== undefined && next.length <= 200 && !isTrailingMarker(next)) {
          hints.push(next);
          i++;
        }
        continue;
      }
      // "Read also: <headline>"; a long line is prose that happens to start so.
      if (rest.length <= 200) {
        hints.push(rest);
        continue;
      }
    }
    if (FURNITURE_LINE.some((re) => re.test(line))) continue;
    out.push(line);
  }
  return { lines: out, relatedHints: [...new Set(hints)] };
}

// Markdown inline syntax that would otherwise show up in the text.
function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * Split text into paragraph lines. One paragraph per line is the norm; hard-wrapped text
 * (blocks of short lines between blank lines) is joined back into paragraphs.
 */
export function paragraphLines(raw: string, markdown: boolean): string[] {
  const text = raw.replace(/\r\n?/g, '\n');
  const blocks = text.split(/\n[ \t]*\n/);
  const out: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
    // Only text that separates paragraphs by blank lines is taken to be hard-wrapped.
    const wrapped =
      blocks.length > 1 &&
      lines.length > 1 &&
      lines.every((l) => l.length <= 100) &&
      !lines.some((l) => /^\s*(?:[-*+•]|\d+[.)])\s/.test(l) || (markdown && /^#{1,6}\s/.test(l)));
    const paras = wrapped ? [lines.join(' ')] : lines;
    for (const p of paras) {
      const line = typewriterQuotes(collapseSpaces(markdown ? stripMarkdown(p.trim()) : p));
      if (line) out.push(line);
    }
  }
  return out;
}

/** True when a first line reads as a headline: short, and not ending in a full stop. */
export function isTitleLine(line: string): boolean {
  if (line.length > 150 || line.split(' ').length > 25) return false;
  return !/[.:;,]["'”’)]*$/.test(line);
}

export interface TextInput {
  text: string;
  origin: string;
  markdown?: boolean;
}

/** A plain-text or Markdown page → Document (null when no article text is left). */
export function textToDocument(input: TextInput): Document | null {
  const markdown = input.markdown ?? false;
  const cleaned = removeFurniture(paragraphLines(input.text, markdown));
  let lines = cleaned.lines;
  let title: string | null = null;
  const mdTitle = markdown && /^#\s+/.test(input.text.trimStart());
  if (lines.length > 1 && (mdTitle || isTitleLine(lines[0]))) {
    title = lines[0];
    lines = lines.slice(1);
  }
  if (lines.length === 0) return null;
  const text = lines.join('\n');
  return {
    title: title ?? titleFromText(text),
    text,
    byline: null,
    published: null,
    canonicalUrl: null,
    source: null,
    relatedHints: cleaned.relatedHints,
    origin: input.origin,
  };
}
