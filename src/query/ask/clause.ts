// The clause that answers a why / what-happened question: one clause of at most about 25 words, cut
// from the cited sentence, never two whole sentences.

import type { AnswerType } from '../../model/index.js';

export const MAX_WORDS = 25;

// Words that open a stated reason ("because of", "due to", "in a bid to"); the weak ones (as, since,
// after, over) are too often about time or topic to cut at.
const REASON = /\b(?:because(?:\s+of)?|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|in\s+(?:a\s+bid|an\s+effort|order)\s+to|so\s+(?:that|as\s+to)|in\s+protest\s+(?:at|against|over)|amid|citing|blaming|for\s+fear\s+(?:of|that)|on\s+the\s+grounds\s+that|in\s+response\s+to|following)\b/gi;

// Clause boundaries inside a sentence: semicolons, colons, dashes, and a comma before a conjunction.
// An em dash is a boundary spaced (British style) or not (American: "in Budapest—“within two weeks”");
// an en dash only spaced, since unspaced it joins a range or a pair ("30–40", "Russia–Ukraine").
const BOUNDARY = /\s*(?:;|:|—|\s–\s|\s--\s)\s*|,\s+(?=(?:but|while|although|whereas|though|however|and\s+(?:he|she|it|they|the))\b)/gi;

/**
 * The part of `sentence` that answers, around the matched question words (`anchors`, character offsets).
 * `verbAt`: where the question's own verb stands in the sentence; the clause that holds it says what the
 * question asks ("but Fiat will keep supplying diesel engines" for "what will Fiat keep supplying"),
 * whatever clause holds more of the question's other words.
 */
export function answerClause(sentence: string, anchors: number[], type: AnswerType, verbAt: readonly number[] = []): string {
  const text = sentence.trim();
  if (type === 'reason') {
    for (const m of text.matchAll(REASON)) {
      const rest = text.slice(m.index!);
      const tail = rest.slice(m[0].length);
      // A reason inside a quote ends where the quote does: 'because Jaslyn lives here," said Johansson'.
      // (Only when a quote is open where the reason starts: in 'because of the "monumental" production
      // costs' the marks are the reason's own.)
      const open = (text.slice(0, m.index!).match(/["“”]/g) ?? []).length % 2 === 1;
      const closing = open ? /[,.!?]?["”](?=\s|$)/.exec(tail) : null;
      const end = Math.min(nextBoundary(tail), closing ? closing.index : tail.length);
      return trimWords(rest.slice(0, m[0].length + end), MAX_WORDS);
    }
  }
  if (words(text) <= MAX_WORDS) return text;
  // The clause holding most of the question's words.
  const clauses: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    clauses.push({ start: at, end: m.index! });
    at = m.index! + m[0].length;
  }
  clauses.push({ start: at, end: text.length });
  const inside = (c: { start: number; end: number }) => (a: number) => a >= c.start && a < c.end;
  const hits = (c: { start: number; end: number }) => anchors.filter(inside(c)).length + (verbAt.some(inside(c)) ? anchors.length : 0);
  const best = clauses.reduce((a, b) => (hits(b) > hits(a) ? b : a), clauses[0]);
  const clause = text.slice(best.start, best.end).trim();
  if (words(clause) <= MAX_WORDS) return clause;
  // Still long: a window of MAX_WORDS words centred on the matched words.
  const centre = anchors.filter((a) => a >= best.start && a < best.end);
  const mid = centre.length ? centre.reduce((s, a) => s + a, 0) / centre.length - best.start : 0;
  const tokens = [...clause.matchAll(/\S+/g)];
  const i = Math.max(0, tokens.findIndex((t) => t.index! + t[0].length >= mid));
  const from = Math.max(0, Math.min(i - Math.floor(MAX_WORDS / 2), tokens.length - MAX_WORDS));
  const piece = tokens.slice(from, from + MAX_WORDS).map((t) => t[0]).join(' ');
  return `${from > 0 ? '… ' : ''}${piece}${from + MAX_WORDS < tokens.length ? ' …' : ''}`;
}

function nextBoundary(s: string): number {
  BOUNDARY.lastIndex = 0;
  const m = BOUNDARY.exec(s);
  BOUNDARY.lastIndex = 0;
  return m ? m.index : s.length;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function trimWords(s: string, max: number): string {
  const ws = s.trim().replace(/[.,;:]+$/, '').split(/\s+/);
  return ws.length <= max ? ws.join(' ') : `${ws.slice(0, max).join(' ')} …`;
}

/** The clause of `sentence` that holds the span [start, end): between the boundaries around it. */
export function clauseAt(sentence: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(BOUNDARY)) {
    const b = m.index!;
    if (b + m[0].length <= start) from = b + m[0].length;
    else if (b >= end) {
      to = b;
      break;
    }
  }
  return { start: from, end: to };
}
