// Time constraints in questions ("last week", "in October", "in 2004"): resolved against today,
// turned into a date interval, and matched against article dates and the dates in sentences.

import type { TimeExpr } from '../../model/index.js';
import { findTimes } from '../../understand/index.js';
import { MONTHS, isFunctionWord } from '../../understand/gazetteer.js';

export interface When {
  text: string;
  /** Inclusive ISO dates. */
  from: string;
  to: string;
  /** The interval the words name, before widening to today ("in June" → the end of June). */
  coreTo: string;
  /** Character span in the question, so its words are not searched as content. */
  start: number;
  end: number;
}

/** The first time expression of the question with a value that is a calendar interval. */
export function questionWhen(question: string, today: string | null): When | null {
  for (const t of findTimes(question, [], today)) {
    const iv = valueInterval(t.value);
    if (!iv) continue;
    // A year that names which one of a thing ("the 2005 League Cup final", "Bush's 2006 budget") is part
    // of its description, searched as a word; only a year said of the event itself ("in 2004") constrains.
    if (yearModifier(question, t.text, t.start, t.end)) continue;
    // Readers say "last week" loosely: a relative time also covers the days since, up to today.
    const to = t.relative && today && today > iv.to ? today : iv.to;
    return { text: t.text, from: iv.from, to, coreTo: iv.to, start: t.start, end: t.end };
  }
  return null;
}

/**
 * A bare year that belongs to a name or a description: it closes a name ("Euro 2020": a capitalised word
 * before it, not a month), or the noun it qualifies follows (a content word, not a function word or the end).
 */
function yearModifier(question: string, text: string, start: number, end: number): boolean {
  if (!/^\d{4}$/.test(text.trim())) return false;
  const prev = /([\p{L}]+)\s+$/u.exec(question.slice(0, start));
  if (prev && /^\p{Lu}/u.test(prev[1]) && prev.index > 0 && !MONTHS.has(prev[1].toLowerCase())) return true;
  const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(question.slice(end));
  return !!next && !isFunctionWord(next[1]);
}

/** ISO-ish TimeML values to [from, to] dates; null for durations, sets, references and unknowns. */
export function valueInterval(value: string | null): { from: string; to: string } | null {
  if (!value) return null;
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    const A = valueInterval(a);
    const B = valueInterval(b);
    return A && B ? { from: A.from, to: B.to } : null;
  }
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return { from: `${m[1]}-${m[2]}-${m[3]}`, to: `${m[1]}-${m[2]}-${m[3]}` };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(lastDay(+m[1], +m[2])).padStart(2, '0')}` };
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    // -WE: the weekend of that week, Saturday and Sunday
    return { from: iso(new Date(monday.getTime() + (m[3] ? 5 : 0) * 864e5)), to: iso(new Date(monday.getTime() + 6 * 864e5)) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return m[2] === '1' ? { from: `${m[1]}-01-01`, to: `${m[1]}-06-30` } : { from: `${m[1]}-07-01`, to: `${m[1]}-12-31` };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = +m[2];
    return { from: `${m[1]}-${String(q * 3 - 2).padStart(2, '0')}-01`, to: `${m[1]}-${String(q * 3).padStart(2, '0')}-${lastDay(+m[1], q * 3)}` };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1];
    const start = { SP: [y, 3], SU: [y, 6], FA: [y, 9], WI: [y, 12] }[m[2] as 'SP'][1];
    const endY = m[2] === 'WI' ? y + 1 : y;
    const endM = m[2] === 'WI' ? 2 : start + 2;
    return { from: `${y}-${String(start).padStart(2, '0')}-01`, to: `${endY}-${String(endM).padStart(2, '0')}-${lastDay(endY, endM)}` };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  return null;
}

/**
 * Whether a sentence fits the asked time: its article's date or one of its dates falls inside. `core`:
 * within the interval the question names, not the days since ("in June", not June to today).
 */
export function fitsWhen(when: When, published: string | null, sentenceTimes: TimeExpr[], core = false): boolean {
  const to = core ? when.coreTo : when.to;
  return anyInterval(published, sentenceTimes, when.from, to, (iv) => iv.from <= to && iv.to >= when.from);
}

/**
 * Whether a sentence says the asked time at the question's grain or finer: one of its dates lies wholly
 * inside the interval the question names ("in December" for "in December 2004"), where fitsWhen also
 * takes a coarser date that holds it ("in 2004"). The article's publication date counts as a day.
 */
export function saysWhen(when: When, published: string | null, sentenceTimes: TimeExpr[]): boolean {
  return anyInterval(published, sentenceTimes, when.from, when.coreTo, (iv) => iv.from >= when.from && iv.to <= when.coreTo);
}

/**
 * Whether the publication day or one of the sentence's times passes `test`: each time as its calendar
 * interval, a yearless one placed in each year of [from, to].
 */
function anyInterval(published: string | null, sentenceTimes: TimeExpr[], from: string, to: string, test: (iv: { from: string; to: string }) => boolean): boolean {
  const ok = (iv: { from: string; to: string } | null) => !!iv && test(iv);
  if (published && ok({ from: published.slice(0, 10), to: published.slice(0, 10) })) return true;
  return sentenceTimes.some((t) => ok(valueInterval(t.value)) || yearless(t.value, from, to).some(ok));
}

/** What follows "XXXX-" in a value whose year is unknown: a month (and day), a quarter, a half, a season. */
const YEARLESS_UNIT = String.raw`\d{2}(?:-\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI`;
const YEARLESS_START = new RegExp(`^XXXX-(?:${YEARLESS_UNIT})`);
const YEARLESS = new RegExp(`^XXXX(-(?:${YEARLESS_UNIT}))$`);

/** A value that places a time on the calendar (a year, month, day, week, quarter; with or without its year). */
export function isCalendarValue(value: string | null): boolean {
  return !!value && (valueInterval(value) !== null || YEARLESS_START.test(value));
}

/**
 * A month, day, quarter, half or season whose year is unknown ("in October" in an article with no date:
 * XXXX-10; "the fourth quarter": XXXX-Q4) placed in each year the asked interval spans (at most three),
 * so "fell 1.6% in October" can answer "in October 2004"; [] for any other value.
 */
function yearless(value: string | null, from: string, to: string): { from: string; to: string }[] {
  const m = value ? YEARLESS.exec(value) : null;
  if (!m) return [];
  const out: { from: string; to: string }[] = [];
  for (let y = +from.slice(0, 4); y <= Math.min(+to.slice(0, 4), +from.slice(0, 4) + 2); y++) {
    const iv = valueInterval(`${y}${m[1]}`);
    if (iv) out.push(iv);
  }
  return out;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const day = jan4.getUTCDay() || 7;
  return new Date(jan4.getTime() - (day - 1) * 864e5 + (week - 1) * 7 * 864e5);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
