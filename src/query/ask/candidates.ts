// Answer candidates of the expected type inside one evidence sentence.

import type { Evidence } from './evidence.js';
import type { Question } from './question.js';
import { escapeRe } from './evidence.js';

export interface Candidate {
  /** The short answer as shown. */
  text: string;
  /** Grouping key: the same answer from several sentences adds up. */
  key: string;
  /** Offsets within the evidence sentence. */
  start: number;
  end: number;
  score: number;
  evidence: Evidence;
}

const PLACE_PREPS = /\b(?:in|at|to|from|near|outside|inside|into|across)\s+(?:the\s+)?$/i;

export function candidatesIn(ev: Evidence, q: Question): Candidate[] {
  const spans = rawSpans(ev, q);
  const qNames = q.names.map((n) => n.toLowerCase());
  const text = ev.hit.text;
  const out: Candidate[] = [];
  for (const s of spans) {
    const lower = s.text.toLowerCase();
    // The answer is not one of the things the question already names.
    if (qNames.some((n) => n === lower || n.split(/\s+/).includes(lower) || lower.split(/\s+/).includes(n))) continue;
    let bonus = s.prior;
    const before = text.slice(Math.max(0, s.start - 24), s.start);
    if (q.stranded && new RegExp(`\\b${escapeRe(q.stranded)}\\s+(?:the\\s+|a\\s+|an\\s+|[a-z-]+\\s+){0,3}$`, 'i').test(before)) bonus += 0.15;
    if (q.type === 'place' && PLACE_PREPS.test(before)) bonus += 0.1;
    const proximity = ev.anchors.length
      ? 1 / (1 + Math.min(...ev.anchors.map((a) => Math.abs(a - (s.start + s.end) / 2))) / 40)
      : 0.3;
    out.push({
      text: s.text,
      key: s.key ?? lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
      start: s.start,
      end: s.end,
      score: ev.score * (0.65 + 0.35 * proximity) + bonus,
      evidence: ev,
    });
  }
  return out;
}

interface Span {
  text: string;
  start: number;
  end: number;
  prior: number;
  key?: string;
}

function rawSpans(ev: Evidence, q: Question): Span[] {
  const art = ev.article.article;
  const base = ev.hit.start;
  const inSentence = <T extends { start: number; end: number }>(xs: T[]) =>
    xs.filter((x) => x.start >= ev.hit.start && x.end <= ev.hit.end);
  switch (q.type) {
    case 'person':
    case 'organisation':
    case 'place': {
      const spans: Span[] = [];
      for (const m of ev.mentions) {
        const rank = q.slotTypes.indexOf(m.type);
        if (rank < 0) continue;
        let prior = -0.08 * rank;
        if (q.head && m.name.toLowerCase().includes(q.head)) prior += 0.2;
        // Places answer as written ("Turkey"); people and organisations by their fullest name.
        const shown = m.type === 'GPE' || m.type === 'LOC' ? m.text : m.name;
        spans.push({ text: shown, start: m.start, end: m.end, prior, key: m.entityId });
      }
      return joinCoordinated(spans, ev.hit.text);
    }
    case 'date':
      return inSentence(art.times)
        .filter((t) => t.granularity !== 'duration' && t.granularity !== 'set')
        .map((t) => ({
          text: t.value && t.value !== t.text && /^\d{4}/.test(t.value) ? `${t.text} (${t.value})` : t.text,
          start: t.start - base,
          end: t.end - base,
          prior: t.value && /^\d{4}/.test(t.value) ? 0.1 : 0,
          key: t.value ?? t.text.toLowerCase(),
        }));
    case 'number': {
      const spans: Span[] = [];
      for (const n of inSentence(art.numbers)) {
        const wantsDuration = q.duration;
        if (wantsDuration !== (n.kind === 'duration')) continue;
        let prior = 0;
        if (q.head && n.counted && n.counted.toLowerCase().includes(q.head.replace(/s$/, ''))) prior += 0.25;
        spans.push({ text: n.text, start: n.start - base, end: n.end - base, prior, key: `${n.value}` });
      }
      if (q.duration) {
        for (const t of inSentence(art.times)) {
          if (t.granularity !== 'duration') continue;
          spans.push({ text: t.text, start: t.start - base, end: t.end - base, prior: 0, key: t.value ?? t.text });
        }
      }
      return spans;
    }
    case 'quote': {
      const spans: Span[] = inSentence(art.quotes)
        .filter((qt) => !qt.partial)
        .map((qt) => {
          const bySpeaker =
            q.speaker && (qt.speaker?.name ?? qt.speakerText ?? '').toLowerCase().includes(q.speaker.toLowerCase().split(/\s+/).pop()!);
          return { text: qt.text, start: qt.start - base, end: qt.end - base, prior: bySpeaker ? 0.2 : 0 };
        });
      return spans;
    }
    case 'thing':
      return q.head ? headPhrases(ev.hit.text, q.head) : [];
    default:
      return [];
  }
}

/** "Witkoff and Jared Kushner": two names joined by "and" answer together. */
function joinCoordinated(spans: Span[], text: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [...sorted];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const between = text.slice(a.end, b.start);
    if (/^\s*(?:,\s*)?and\s+$/i.test(between)) {
      out.push({ text: `${text.slice(a.start, a.end)} and ${text.slice(b.start, b.end)}`, start: a.start, end: b.end, prior: Math.min(a.prior, b.prior) + 0.12 });
    }
  }
  return out;
}

/** "Tomahawk missiles" for the head "missile": the head word with its capitalised or hyphenated modifiers. */
function headPhrases(text: string, head: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`\\b${escapeRe(head)}(?:s|es)?\\b`, 'gi');
  for (const m of text.matchAll(re)) {
    let start = m.index!;
    const before = text.slice(0, start);
    const mods = /((?:[A-Z][\p{L}\d-]*\s+|\d[\d,.-]*\s+){1,4})$/u.exec(before);
    if (!mods) continue;
    start -= mods[1].length;
    out.push({ text: text.slice(start, m.index! + m[0].length), start, end: m.index! + m[0].length, prior: 0.1 });
  }
  return out;
}
