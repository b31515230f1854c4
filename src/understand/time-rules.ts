// Hand-written rules for time expressions in news prose, HeidelTime style: each rule is one
// bounded regular expression (word lists, bounded repeats, no nested unbounded quantifiers,
// so scanning is linear) plus a normaliser that turns the match into a TimeML value against
// the publication date. Spans follow TimeML: determiners and modifiers ("the", "early",
// "about") are inside, prepositions ("in", "on", "for") outside, except where the
// preposition changes the value ("within two weeks", "before winter" are ranges).

import type { TimeGranularity } from '../model/index.js';
import {
  addDays,
  addMonths,
  diffDays,
  fmtDate,
  fmtMonth,
  fmtTime,
  fmtWeek,
  fmtYear,
  isValidDate,
  quarterOf,
  seasonOf,
  seasonStart,
  weekday,
  type Season,
  type Ymd,
} from './time-calendar.js';

export type Tense = 'past' | 'future' | null;

/** What a document has said so far: the anchor for "that year", "the quarter", "a year earlier". */
export interface DocState {
  /** The last resolved calendar reference, with the sentence it came from. */
  last: { t: Ymd; gran: 'day' | 'month' | 'year' | 'quarter'; q: number; sentence: number } | null;
  /** Explicit years seen with a day and month ("7 October 2023"), keyed "10-07". */
  yearOfMonthDay: Map<string, number>;
  /**
   * The first quarter the document named: the one a results story reports on. "The quarter",
   * "the 1989 period" and "a year earlier" refer to it, not to a quarter named in passing
   * ("after a flat second quarter", "a fourth-quarter charge"). Optional for older callers.
   */
  topic?: { y: number; q: number } | null;
  /** The last quarter named, kept when a day is named after it ("the quarter ended Sept. 30"). */
  quarter?: { y: number; q: number; sentence: number } | null;
}

export interface Ctx {
  anchor: Ymd | null;
  /** Anchor time of day when the publication date carried one ("T13:37"). */
  tense: Tense;
  state: DocState;
  sentence: number;
  /** Lower-cased text just before the match (up to 24 characters). */
  before: string;
  /** Lower-cased text just after the match (up to 24 characters). */
  after: string;
}

export interface Resolved {
  value: string | null;
  granularity: TimeGranularity;
  relative: boolean;
}

export interface Rule {
  name: string;
  re: RegExp;
  /** Cheap checks on the raw match (capitalisation, context); false drops the candidate. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  resolve: (g: Record<string, string | undefined>, ctx: Ctx, m: RegExpExecArray) => Resolved | null;
}

// ---------- vocabulary ----------

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
  thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
const SMALL: Record<string, number | undefined> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, couple: 2,
};
const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4,
};

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)';
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
const UNITS1 = 'one|two|three|four|five|six|seven|eight|nine';
/** A year spoken in transcripts: "nineteen ninety-six". */
const SPOKEN_YEAR = `nineteen[\\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:${UNITS1}))?`;
const NUMWORD =
  `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${UNITS1}))?|` +
  `ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS1}|` +
  '(?:a |one )?hundred|a dozen|dozen|a couple of|a couple|couple of)';
const NUM = `(?:\\d{1,3}(?:\\.\\d+)?|${NUMWORD}|an?)`;
const VAGUE = '(?:a few|few|several|many|some|a number of|a couple of|numerous)';
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';
/**
 * Modifiers inside a span: those TimeML's mod attribute can say (APPROX, MORE_THAN, LESS_THAN,
 * EQUAL_OR_MORE, ...). "only", "just", "barely" say nothing about the time and stay outside
 * ("just 58 days ago" → "58 days ago"), as in TimeBank (0 of 5 inside).
 */
const MOD =
  '(?:about|around|almost|nearly|roughly|approximately|some|more than|less than|fewer than|over|under|' +
  'at least|at most|up to|no more than|well over|little more than|the better part of)';
const PART = '(?:morning|afternoon|evening|night|overnight)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
/** Holidays whose date a rule gives (fixed, nth weekday of a month, or from Easter); entities skip them. */
export const HOLIDAY =
  "(?:Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]?s(?:\\s+(?:Day|Eve))?|New\\s+Year(?!['’]?s)|Valentine['’]?s\\s+Day|" +
  "St\\.?\\s+Patrick['’]?s\\s+Day|Saint\\s+Patrick['’]?s\\s+Day|Halloween|Independence\\s+Day|Veterans['’]?\\s+Day|Armistice\\s+Day|" +
  "Boxing\\s+Day|Bastille\\s+Day|May\\s+Day|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day|Columbus\\s+Day|" +
  "Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day|Presidents['’]?\\s+Day|Mother['’]?s\\s+Day|Father['’]?s\\s+Day|Election\\s+Day|" +
  'Easter(?:\\s+(?:Sunday|Monday|Day))?|Good\\s+Friday|Palm\\s+Sunday|Ash\\s+Wednesday|Pentecost)';

const EDGE = '(?<![\\w$£€#.,/-])';
const END = '(?![\\w/])';

const PART_CODE: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
};
const SEASON_CODE: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

function rx(src: string): RegExp {
  return new RegExp(src, 'gi');
}

const lc = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

export function monthNumber(s: string): number {
  return MONTHS[lc(s).replace(/\.$/, '')] ?? 0;
}
function weekdayNumber(s: string): number {
  return WEEKDAYS[lc(s).replace(/\.$/, '')] ?? 0;
}

/** A written ("1996") or spoken ("nineteen ninety-six") year. */
function yearNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const words = lc(s).split(/[\s-]+/).slice(1);
  return 1900 + words.reduce((n, w) => n + (SMALL[w] ?? 0), 0);
}

/** Reads a spelled or written number; NaN for vague amounts ("several"). */
export function parseNumber(s: string): number {
  const t = lc(s).replace(/-/g, ' ');
  if (/^\d/.test(t)) return Number(t);
  if (/^(?:a|one) hundred$|^hundred$/.test(t)) return 100;
  if (/^(?:a )?couple(?: of)?$/.test(t)) return 2;
  if (/^(?:a )?dozen$/.test(t)) return 12;
  let n = 0;
  for (const w of t.split(' ')) {
    const v = SMALL[w];
    if (v === undefined) return NaN;
    n += v;
  }
  return n;
}

type UnitCode = 'S' | 'MI' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';
function unitCode(s: string): UnitCode {
  const u = lc(s);
  if (u.startsWith('sec')) return 'S';
  if (u.startsWith('min')) return 'MI';
  if (u.startsWith('hour')) return 'H';
  if (u.startsWith('day')) return 'D';
  if (u.startsWith('fortnight')) return 'W';
  if (u.startsWith('week')) return 'W';
  if (u.startsWith('month')) return 'M';
  if (u.startsWith('quarter')) return 'Q';
  if (u.startsWith('decade')) return 'DE';
  if (u.startsWith('centur')) return 'CE';
  return 'Y';
}

/** Words after "N months of" that make it an amount of money or goods, not a time span. */
const QUANTITY_NOUN =
  '(?:pay|salary|salaries|wages?|rent|income|earnings|revenues?|sales|imports|exports|supply|supplies|output|production|reserves|severance|benefits|spending|budget|fuel|food|stock)\\b';

const AMOUNT_AFTER = new RegExp(`^(?:\\s+of|['’])\\s+(?:(?:his|her|their|its|the|base|basic|annual|average|normal|full|net|gross|total)\\s+)*${QUANTITY_NOUN}`, 'i');

/** "N units and a half" in the next smaller unit where TimeML has one: PT1M30S, PT2H30M, P1Y6M, P3DT12H. */
function andAHalf(n: number, unitWord: string): string {
  switch (unitCode(unitWord)) {
    case 'MI':
      return `PT${n}M30S`;
    case 'H':
      return `PT${n}H30M`;
    case 'D':
      return `P${n}DT12H`;
    case 'Y':
      return `P${n}Y6M`;
    default:
      return durationValue(n + 0.5, unitWord);
  }
}

/** TimeML duration: P3D, P2W, PT36H, P20Y (decades and centuries in years), PXY when vague. */
export function durationValue(n: number, unitWord: string): string {
  const u = unitCode(unitWord);
  const fort = lc(unitWord).startsWith('fortnight');
  const vague = !Number.isFinite(n);
  const num = (k: number): string => (vague ? 'X' : String(+(n * k).toFixed(3)));
  switch (u) {
    case 'S':
      return `PT${num(1)}S`;
    case 'MI':
      return `PT${num(1)}M`;
    case 'H':
      return `PT${num(1)}H`;
    case 'D':
      return `P${num(1)}D`;
    case 'W':
      return `P${num(fort ? 2 : 1)}W`;
    case 'M':
      return `P${num(1)}M`;
    case 'Q':
      return `P${num(1)}Q`;
    case 'DE':
      return vague ? 'PXE' : `P${num(10)}Y`;
    case 'CE':
      return vague ? 'PXC' : `P${num(100)}Y`;
    default:
      return `P${num(1)}Y`;
  }
}

// ---------- resolution helpers ----------

const rel = (value: string | null, granularity: TimeGranularity): Resolved => ({ value, granularity, relative: true });
const abs = (value: string | null, granularity: TimeGranularity): Resolved => ({ value, granularity, relative: false });

function remember(ctx: Ctx, t: Ymd, gran: 'day' | 'month' | 'year' | 'quarter', q = 0, topic: 'first' | 'set' | 'no' = 'first'): void {
  ctx.state.last = { t, gran, q, sentence: ctx.sentence };
  if (gran === 'quarter') ctx.state.quarter = { y: t.y, q, sentence: ctx.sentence };
  if (gran === 'quarter' && topic !== 'no' && (topic === 'set' || !ctx.state.topic)) ctx.state.topic = { y: t.y, q };
}

/** The quarter an anaphoric reference means: the document's topic quarter, else the last one named. */
function refQuarter(ctx: Ctx): { y: number; q: number } {
  return ctx.state.topic ?? ctx.state.quarter ?? { y: ctx.state.last!.t.y, q: ctx.state.last!.q };
}

/** A month without a year: the most recent one before publication, the next one for future tense. */
function resolveMonth(a: Ymd, month: number, tense: Tense): number {
  if (tense === 'future') return month >= a.m ? a.y : a.y + 1;
  return month <= a.m ? a.y : a.y - 1;
}

/** "by May", "until mid-November", "through January": a deadline or an end point. */
const DEADLINE = /\b(?:by|until|till|through|before)\s+$/;

/**
 * The year of a month named as a deadline: whichever occurrence is nearer to publication, the
 * coming one on a tie. A deadline a year back is rarely news ("gave Merieux until
 * mid-November", written in October), while "this year through August" is behind us.
 */
function nearestMonth(a: Ymd, month: number): number {
  const ahead = (month - a.m + 12) % 12;
  return ahead <= 12 - ahead ? (month >= a.m ? a.y : a.y + 1) : month <= a.m ? a.y : a.y - 1;
}

/**
 * A day and month without a year: the nearest such date to publication. Tense was tried and
 * lost on TimeBank: news dates sit in relative clauses ("payable Dec. 7", "record Nov. 22")
 * whose nearest verb says little; tense is used only for whole months and weekdays.
 */
function resolveMonthDay(a: Ymd, month: number, day: number, tense: Tense): number {
  const cands = [a.y - 1, a.y, a.y + 1].filter((y) => isValidDate(y, month, day));
  if (cands.length === 0) return a.y;
  const dist = (y: number): number => diffDays({ y, m: month, d: day }, a);
  if (tense === 'past') {
    const past = cands.filter((y) => dist(y) <= 0);
    if (past.length) return past[past.length - 1];
  }
  if (tense === 'future') {
    const fut = cands.filter((y) => dist(y) >= 0);
    if (fut.length) return fut[0];
  }
  return cands.reduce((b, y) => (Math.abs(dist(y)) < Math.abs(dist(b)) ? y : b));
}

/** A weekday: the nearest one on or before publication for past tense, on or after for future. */
function resolveWeekday(a: Ymd, wd: number, tense: Tense, strict: 'last' | 'next' | null): Ymd {
  const cur = weekday(a);
  if (strict === 'next' || (strict === null && tense === 'future')) {
    let delta = (wd - cur + 7) % 7;
    if (strict === 'next' && delta === 0) delta = 7;
    return addDays(a, delta);
  }
  let back = (cur - wd + 7) % 7;
  if (strict === 'last' && back === 0) back = 7;
  return addDays(a, -back);
}

/** A quarter without a year: the latest one already begun, or the next for future tense. */
function resolveQuarter(a: Ymd, q: number, tense: Tense): number {
  // Quarters already begun this year are this year's whatever the tense ("third-quarter
  // earnings will be low" in October); a later quarter is last year's only in the past tense.
  const cq = quarterOf(a);
  if (q <= cq) return a.y;
  return tense === 'past' ? a.y - 1 : a.y;
}

/** A season without a year; with no tense the nearest occurrence (the current one if inside it). */
function resolveSeason(a: Ymd, s: Season, tense: Tense, which: 'last' | 'next' | 'this' | null): number {
  const cur = seasonOf(a);
  const order = (y: number, ss: Season): number => y * 4 + ['SP', 'SU', 'FA', 'WI'].indexOf(ss);
  const curIdx = order(cur.year, cur.season);
  const cands = [a.y - 2, a.y - 1, a.y, a.y + 1].map((y) => ({ y, i: order(y, s) }));
  if (which === 'this') return s === 'WI' && a.m <= 2 ? a.y - 1 : a.y;
  if (which === 'last') return cands.filter((c) => c.i < curIdx).pop()!.y;
  if (which === 'next') return cands.find((c) => c.i > curIdx)!.y;
  if (tense === 'past') return cands.filter((c) => c.i <= curIdx).pop()!.y;
  if (tense === 'future') return cands.find((c) => c.i >= curIdx)!.y;
  // Nearest by distance in days between the season and the anchor.
  let best = cands[0];
  let bestD = Infinity;
  for (const c of cands) {
    const start = seasonStart(c.y, s);
    const end = addDays(addMonths(start, 3), -1);
    const d = diffDays(a, start) < 0 ? -diffDays(a, start) : diffDays(a, end) > 0 ? diffDays(a, end) : 0;
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best.y;
}

function shift(a: Ymd, n: number, unit: UnitCode): Ymd {
  switch (unit) {
    case 'D':
      return addDays(a, n);
    case 'W':
      return addDays(a, 7 * n);
    case 'M':
      return addMonths(a, n);
    case 'Q':
      return addMonths(a, 3 * n);
    case 'DE':
      return addMonths(a, 120 * n);
    case 'CE':
      return addMonths(a, 1200 * n);
    case 'Y':
      return addMonths(a, 12 * n);
    default:
      return a;
  }
}

/** The value of the calendar unit around a date: day, week, month, quarter, year, decade. */
function unitValue(t: Ymd, unit: UnitCode): Resolved {
  switch (unit) {
    case 'S':
    case 'MI':
    case 'H':
    case 'D':
      return rel(fmtDate(t), 'day');
    case 'W':
      return rel(fmtWeek(t), 'week');
    case 'M':
      return rel(fmtMonth(t.y, t.m), 'month');
    case 'Q':
      return rel(`${fmtYear(t.y)}-Q${quarterOf(t)}`, 'quarter');
    case 'DE':
      return rel(fmtYear(t.y).slice(0, 3), 'decade');
    case 'CE':
      return rel(fmtYear(t.y).slice(0, 2), 'decade');
    default:
      return rel(fmtYear(t.y), 'year');
  }
}

const capital = (s: string | undefined): boolean => !!s && /^[A-Z]/.test(s.trim());

/**
 * A capitalised word that does not open a sentence or a line: a name or a title
 * ("Jamie Noon", "Are You Lonesome Tonight", ITV's "This Morning"), unless the text is all capitals.
 */
function titleCaseInside(word: string, at: number, text: string): boolean {
  if (!/^[A-Z][a-z]/.test(word)) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  return at > 0 && !/(?:^|[.!?:;]["'”’)]?\s+|["'“‘(]\s*|\n\s*)$/.test(before) && !/^\s*$/.test(text.slice(0, at));
}

function has(g: Record<string, string | undefined>, k: string): boolean {
  return g[k] !== undefined && g[k] !== '';
}

// ---------- what a rule needs in its window ----------

/**
 * Words a rule cannot match without, so a window lacking them skips the rule's regex (most windows
 * have no month, weekday, season or part of the day in them, and the rules scan every window). Each
 * list is "one of these": a rule runs only where every one of its lists has a word in the window's
 * lower-cased text (`'\\d'`: an ASCII digit, which lower-casing neither makes nor removes). A list
 * must name a word every match of the rule contains (the rules are case-insensitive, and an ASCII letter matches only itself in either
 * case), so skipping changes no candidate: test/understand/times.test.ts checks each rule's needs
 * against every match on the test texts. A rule without needs always runs.
 */
export type Need = readonly string[];

const DIGIT: Need = ['\\d'];
const MON: Need = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WD: Need = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const UNITS: Need = ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur'];
const SEASONS: Need = ['spring', 'summer', 'fall', 'autumn', 'winter'];
// "overnight" holds "night"
const PARTS: Need = ['morning', 'afternoon', 'evening', 'night'];

export const RULE_NEEDS: Readonly<Record<string, readonly Need[]>> = {
  'month-day': [MON, DIGIT],
  'day-month': [MON, DIGIT],
  'month-year': [MON, ['\\d', 'nineteen']],
  'month-rel-year': [MON, ['year']],
  month: [MON],
  'iso-date': [DIGIT],
  'slash-date': [DIGIT],
  'compact-date': [DIGIT],
  decade: [DIGIT],
  // twenties … nineties
  'decade-word': [['ties']],
  century: [['century']],
  year: [DIGIT],
  'spelled-year': [['nineteen', 'thousand']],
  quarter: [['quarter']],
  'quarter-code': [DIGIT],
  'year-quarter': [DIGIT],
  'quarter-ref': [['quarter', 'period']],
  half: [['half']],
  season: [SEASONS],
  'before-season': [SEASONS],
  within: [['within', 'less', 'under'], UNITS],
  ago: [UNITS],
  // year-earlier, year-ago, year earlier, prior-year, previous-year
  'year-earlier': [['year']],
  'this-unit': [UNITS],
  'the-unit': [UNITS],
  'that-unit': [UNITS],
  'next-day': [['day', ...PARTS]],
  'weekday-set': [[...WD, 'weekend']],
  // every holiday without "day" in its name (Good Friday, Palm Sunday and Ash Wednesday have it)
  holiday: [['day', 'christmas', 'year', 'halloween', 'thanksgiving', 'easter', 'pentecost']],
  weekday: [WD],
  // "the day before yesterday", "the day after tomorrow" hold theirs
  'deictic-day': [['today', 'tonight', 'yesterday', 'tomorrow']],
  'part-alone': [PARTS],
  'part-of-day': [PARTS],
  clock: [['\\d', 'noon', 'midnight']],
  set: [['every', 'each', 'per', 'once', 'twice', 'times']],
  // … biweekly holds "weekly"
  'set-adverb': [['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly']],
  'duration-range': [UNITS],
  'duration-noun': [UNITS],
  duration: [UNITS],
  'duration-plural': [UNITS],
  coming: [UNITS],
  // right now, just now, nowadays; currently; these days; at present, presently; at the moment; at this time
  'present-ref': [['now', 'current', 'days', 'present', 'moment', 'time']],
  // recently; lately; the past; some time ago, a while ago, long ago
  'past-ref': [['recent', 'late', 'past', 'ago']],
  // the … future; the short, long, near term; a later date
  'future-ref': [['future', 'term', 'date']],
};


// ---------- the rules ----------
// Order matters only to break ties between equally long matches: earlier wins.

const MONMOD = '(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)[\\s-]+)?';

export const RULES: Rule[] = [
  // "Friday, Feb. 13, 1998", "October 7, 2023", "Oct. 7"
  {
    name: 'month-day',
    re: rx(`${EDGE}(?:(?<wd>${WEEKDAY}),?\\s+)?(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?${END}(?:,?\\s+(?<year>${YEAR})${END})?`),
    accept: (m) => capital(m.groups!.mon) && Number(m.groups!.day) >= 1 && Number(m.groups!.day) <= 31,
    resolve: (g, ctx) => monthDay(ctx, monthNumber(g.mon!), Number(g.day), g.year),
  },
  // "7 October 2023", "the 7th of October", "Saturday 7 October"
  {
    name: 'day-month',
    re: rx(`${EDGE}(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<mon>${MONTH})(?![\\w])(?:,?\\s+(?<year>${YEAR})${END})?`),
    accept: (m) => capital(m.groups!.mon) && Number(m.groups!.day) >= 1 && Number(m.groups!.day) <= 31,
    resolve: (g, ctx) => monthDay(ctx, monthNumber(g.mon!), Number(g.day), g.year),
  },
  // "November 1995", "October of 1984", "early June 2004"
  {
    name: 'month-year',
    re: rx(`${EDGE}${MONMOD}(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?<year>${YEAR}|${SPOKEN_YEAR})${END}`),
    accept: (m) => capital(m.groups!.mon),
    resolve: (g, ctx) => {
      const y = yearNumber(g.year!);
      const mo = monthNumber(g.mon!);
      remember(ctx, { y, m: mo, d: 1 }, 'month');
      return abs(fmtMonth(y, mo), 'month');
    },
  },
  // "June last year", "January this year"
  {
    name: 'month-rel-year',
    re: rx(`${EDGE}${MONMOD}(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?<ry>this|last|next)\\s+year${END}`),
    accept: (m) => capital(m.groups!.mon),
    resolve: (g, ctx) => {
      const mo = monthNumber(g.mon!);
      const a = ctx.anchor;
      if (!a) return rel(`XXXX-${String(mo).padStart(2, '0')}`, 'month');
      const r = lc(g.ry);
      const y = r === 'last' ? a.y - 1 : r === 'next' ? a.y + 1 : a.y;
      remember(ctx, { y, m: mo, d: 1 }, 'month');
      return rel(fmtMonth(y, mo), 'month');
    },
  },
  // "September", "last December", "early November", "this September"
  {
    name: 'month',
    re: rx(`${EDGE}(?:(?<rel>last|next|this|this past|this coming|coming|past)\\s+)?${MONMOD}(?<mon>${MONTH})(?![\\w'’])`),
    accept: (m, text) => {
      const g = m.groups!;
      if (!capital(g.mon) || /\.$/.test(g.mon!) && g.mon!.length <= 4 && !g.rel && !g.mod) return false;
      // "May" and "March" are also a modal and a verb: take them only after a time cue.
      if (/^(?:may|march)$/i.test(g.mon!) && !g.rel && !g.mod) {
        const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
        return /\b(?:in|of|since|until|till|by|from|through|to|early|late|mid|during|last|next|this|before|after)\s+$/.test(before);
      }
      return true;
    },
    resolve: (g, ctx) => {
      const mo = monthNumber(g.mon!);
      const a = ctx.anchor;
      const r = lc(g.rel);
      if (!a) return rel(`XXXX-${String(mo).padStart(2, '0')}`, 'month');
      let y: number;
      if (r === 'last' || r === 'past' || r === 'this past') y = mo < a.m ? a.y : a.y - 1;
      else if (r === 'next' || r === 'coming' || r === 'this coming') y = mo > a.m ? a.y : a.y + 1;
      else if (r === 'this') y = a.y;
      else if (DEADLINE.test(ctx.before) && ctx.tense !== 'future') y = nearestMonth(a, mo);
      else y = resolveMonth(a, mo, ctx.tense);
      remember(ctx, { y, m: mo, d: 1 }, 'month');
      return rel(fmtMonth(y, mo), 'month');
    },
  },
  // ISO dates and date-times: 2023-10-07, 2023-10-07T14:30
  {
    name: 'iso-date',
    re: rx(`${EDGE}(?<y>${YEAR})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:[T ](?<h>[012]\\d):(?<mi>[0-5]\\d))?${END}`),
    accept: (m) => isValidDate(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d)),
    resolve: (g, ctx) => {
      const t = { y: Number(g.y), m: Number(g.m), d: Number(g.d) };
      remember(ctx, t, 'day');
      if (g.h) return abs(fmtDate(t) + fmtTime(Number(g.h), Number(g.mi)), 'time');
      return abs(fmtDate(t), 'day');
    },
  },
  // US numeric dates: 10/30/89, 10/30/1989 (day first when the first number cannot be a month)
  {
    name: 'slash-date',
    re: rx(`${EDGE}(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<c>\\d{4}|\\d{2})${END}`),
    accept: (m) => slashDate(m.groups!) !== null,
    resolve: (g, ctx) => {
      const t = slashDate(g)!;
      remember(ctx, t, 'day');
      return abs(fmtDate(t), 'day');
    },
  },
  // Compact dates in wire datelines: 19980303
  {
    name: 'compact-date',
    re: rx(`${EDGE}(?<y>19\\d\\d|20\\d\\d)(?<m>[01]\\d)(?<d>[0-3]\\d)${END}`),
    accept: (m) => isValidDate(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d)),
    resolve: (g) => abs(fmtDate({ y: Number(g.y), m: Number(g.m), d: Number(g.d) }), 'day'),
  },
  // "the 1990s", "the early 2000s", "the '90s"
  {
    name: 'decade',
    re: rx(`${EDGE}(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?:(?<dec>1[0-9]\\d0|20\\d0)['’]?s|['’](?<dd>\\d)0['’]?s)${END}`),
    resolve: (g) => {
      if (g.dec) return abs(g.dec.slice(0, 3), 'decade');
      const d = Number(g.dd);
      // '20s and later are this century; earlier two-digit decades the last one.
      return abs((d <= 2 ? '20' : '19') + g.dd, 'decade');
    },
  },
  // "the nineties", "the nineteen-eighties"
  {
    name: 'decade-word',
    re: rx(`${EDGE}the\\s+(?:nineteen[\\s-]+)?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${END}`),
    resolve: (g) => {
      const n = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[lc(g.w)]!;
      return abs(`19${n}`, 'decade');
    },
  },
  // "the 20th century", "the twenty-first century"
  {
    name: 'century',
    re: rx(`${EDGE}(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?<ord>\\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty[\\s-]first|eighteenth)[\\s-]+century${END}`),
    resolve: (g) => {
      const o = lc(g.ord).replace(/[\s-]+/g, ' ');
      const n = /^\d/.test(o) ? parseInt(o, 10) : { nineteenth: 19, twentieth: 20, 'twenty first': 21, eighteenth: 18 }[o]!;
      return abs(String(n - 1).padStart(2, '0'), 'decade');
    },
  },
  // "2004", "mid-2005", "fiscal 1989", "early 1990", "the 1988 period"
  {
    name: 'year',
    re: rx(`${EDGE}(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|fiscal|calendar|the year)[\\s-]+)?(?<y>${YEAR})(?![\\w%]|[.,]\\d|\\s+(?:percent|per cent|people|persons|troops|soldiers|residents|workers|employees|shares|units|cars|votes|members|miles|kilometers|km|feet|meters|metres|tons|tonnes|pounds|dollars|euros|barrels|acres|students|children|men|women|jobs|homes|calories|points)\\b)`),
    accept: (m, text) => {
      // Not part of a larger number or an amount ("1,999", "$2000", "No. 2004").
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      return !/(?:\d[,.]|no\.\s?|#\s?)$/i.test(before);
    },
    resolve: (g, ctx) => {
      const y = Number(g.y);
      remember(ctx, { y, m: 1, d: 1 }, 'year');
      return abs(fmtYear(y), 'year');
    },
  },
  // "nineteen ninety-six", "the year two thousand" (transcribed speech)
  {
    name: 'spelled-year',
    re: rx(`${EDGE}(?:the\\s+year\\s+)?(?:nineteen(?:\\s+hundred(?:\\s+and)?)?[\\s-]+(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?<u>${UNITS1}))?|(?<tt>two thousand)(?:(?:\\s+and)?[\\s-]+(?<u2>${UNITS1}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)${END}`),
    accept: (m) => !!(m.groups!.t || /^the/i.test(m[0]) || m.groups!.u2),
    resolve: (g, ctx) => {
      const y = g.t ? 1900 + SMALL[lc(g.t)]! + (g.u ? SMALL[lc(g.u)]! : 0) : 2000 + (g.u2 ? SMALL[lc(g.u2)]! : 0);
      remember(ctx, { y, m: 1, d: 1 }, 'year');
      return abs(fmtYear(y), 'year');
    },
  },
  // "the first quarter of 1990", "third-quarter", "fiscal 1990's first quarter", "this year's third quarter", "Q3"
  {
    name: 'quarter',
    re: rx(`${EDGE}(?:the\\s+)?(?:(?:(?<yy>${YEAR})|fiscal\\s+(?<fy>${YEAR}))['’]?s?\\s+|(?<ry>this|last|next) year['’]s\\s+)?(?:(?:latest|fiscal|calendar|same|comparable|flat|strong|weak)[\\s-]+)*(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\\s-]+quarter${END}(?:\\s+of\\s+(?:fiscal\\s+|calendar\\s+)?(?:(?<y2>${YEAR})|(?<ry2>this|last|next) year)${END}|,?\\s+(?<y3>${YEAR})${END})?`),
    resolve: (g, ctx) => {
      const q = ORDINALS[lc(g.ord)]!;
      return quarterValue(ctx, q, g.yy ?? g.fy ?? g.y2 ?? g.y3, g.ry ?? g.ry2);
    },
  },
  {
    name: 'quarter-code',
    re: /(?<![\w$£€#.,/-])Q(?<q>[1-4])(?:\s+(?<y>(?:1[6-9]|20)\d\d)|\s*['’](?<yy>\d\d))?(?![\w/])/g,
    resolve: (g, ctx) => quarterValue(ctx, Number(g.q), g.y ?? (g.yy ? String((Number(g.yy) < 50 ? 2000 : 1900) + Number(g.yy)) : undefined), undefined),
  },
  // "the 1988 quarter", "the 1989 period": that year's instance of the quarter being discussed
  {
    name: 'year-quarter',
    re: rx(`${EDGE}the\\s+(?<y>${YEAR})\\s+(?:quarter|period)${END}`),
    resolve: (g, ctx, m) => {
      // "the 1988 quarter": the quarter named in the last sentences; "the 1989 period" only
      // right after a quarter, as "period" is often a year or nine months.
      const last = ctx.state.last;
      if (!(last && last.gran === 'quarter') && !(/quarter\s*$/i.test(m[0]) && inQuarterContext(ctx))) return abs(g.y!, 'year');
      return abs(`${g.y}-Q${refQuarter(ctx).q}`, 'quarter');
    },
  },
  // "the quarter", "the latest quarter", "the current quarter", "the year-earlier quarter"
  {
    name: 'quarter-ref',
    re: rx(`${EDGE}(?:the\\s+)?(?<r>(?:comparable\\s+|same\\s+)?(?:year-earlier|year-ago|year earlier|year ago)|this|last|next|current|latest|previous|prior|past|most recent|recent|same|comparable|coming|preceding|just-ended|just ended)\\s+(?:fiscal\\s+)?quarter${END}|${EDGE}the\\s+(?<r2>latest|recent|most recent|year-earlier|year-ago)?\\s*(?:quarter|period)${END}`),
    resolve: (g, ctx, m) => {
      const a = ctx.anchor;
      const r = lc(g.r ?? g.r2);
      const last = ctx.state.last;
      // "the period" only means a quarter in quarterly-results prose.
      if (/period/i.test(m[0]) && !(last && last.gran === 'quarter')) return null;
      if (!a) return rel(null, 'quarter');
      let y: number;
      let q: number;
      const ended = /^\s+end(?:ed|ing)\s+([a-z]+)/.exec(ctx.after);
      const endMonth = ended ? monthNumber(ended[1]) : 0;
      if (endMonth) {
        // "the quarter ended Sept. 30": the quarter is the one that ends in that month.
        q = Math.floor((endMonth - 1) / 3) + 1;
        y = endMonth <= a.m + 1 ? a.y : a.y - 1;
      } else if (r === 'this' || r === 'current') {
        y = a.y;
        q = quarterOf(a);
      } else if (r === 'next' || r === 'coming') {
        const t = addMonths(a, 3);
        y = t.y;
        q = quarterOf(t);
      } else if (last && last.gran === 'quarter' && !/last|previous|prior|past|preceding/.test(r)) {
        ({ y, q } = refQuarter(ctx));
        if (/year/.test(r)) y -= 1;
      } else {
        const t = addMonths(a, -3);
        y = t.y;
        q = quarterOf(t);
        if (/year/.test(r)) y -= 1;
      }
      // "The quarter ended Sept. 30" says which quarter the story reports on from here.
      if (!/year/.test(r)) remember(ctx, { y, m: q * 3 - 2, d: 1 }, 'quarter', q, endMonth ? 'set' : 'first');
      return rel(`${fmtYear(y)}-Q${q}`, 'quarter');
    },
  },
  // "the first half", "the second half of 1989"
  {
    name: 'half',
    re: rx(`${EDGE}(?:the\\s+)?(?<ord>first|second|1st|2nd|latter|last)\\s+half${END}(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<y>${YEAR})|(?<ry>this|last|next) year)${END})?`),
    resolve: (g, ctx) => {
      const h = /^(?:first|1st)$/.test(lc(g.ord)) ? 1 : 2;
      if (g.y) return abs(`${g.y}-H${h}`, 'range');
      const a = ctx.anchor;
      if (!a) return rel(`XXXX-H${h}`, 'range');
      const r = lc(g.ry);
      const y = r === 'last' ? a.y - 1 : r === 'next' ? a.y + 1 : a.y;
      return rel(`${fmtYear(y)}-H${h}`, 'range');
    },
  },
  // Seasons: "this summer", "last fall", "winter", "the summer of 2005", "early spring"
  {
    name: 'season',
    re: rx(`${EDGE}(?:(?<rel>this|last|next|this past|this coming|coming|past|the)\\s+)?${MONMOD}(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<y>${YEAR}|${SPOKEN_YEAR}))?${END}`),
    accept: (m) => {
      const g = m.groups!;
      // Bare "spring" and "fall" are usually not seasons ("a spring", "prices fall").
      return !!(g.rel || g.mod || g.y) || /^(?:summer|winter|autumn)$/i.test(g.s!);
    },
    resolve: (g, ctx) => {
      const s = SEASON_CODE[lc(g.s)]!;
      if (g.y) return abs(`${fmtYear(yearNumber(g.y))}-${s}`, 'season');
      const a = ctx.anchor;
      if (!a) return rel(`XXXX-${s}`, 'season');
      const r = lc(g.rel);
      const which = r === 'this' ? 'this' : r === 'last' || r === 'past' || r === 'this past' ? 'last' : r === 'next' || r === 'coming' || r === 'this coming' ? 'next' : null;
      return rel(`${fmtYear(resolveSeason(a, s, ctx.tense, which))}-${s}`, 'season');
    },
  },
  // "before winter": from publication to the start of the season (meteorological, northern hemisphere)
  {
    name: 'before-season',
    re: rx(`${EDGE}(?:before|ahead of|by)\\s+(?:the\\s+)?(?:(?:start|beginning|onset) of\\s+)?(?:(?:this|next)\\s+)?(?<s>winter|summer|spring|autumn|fall)${END}`),
    resolve: (g, ctx) => {
      const s = SEASON_CODE[lc(g.s)]!;
      const a = ctx.anchor;
      if (!a) return rel(null, 'range');
      let y = a.y;
      let start = seasonStart(y, s);
      if (diffDays(start, a) <= 0) start = seasonStart(++y, s);
      return rel(`${fmtDate(a)}/${fmtDate(start)}`, 'range');
    },
  },
  // "within two weeks", "within the next 30 days": a range from publication
  {
    name: 'within',
    re: rx(`${EDGE}(?:within|in less than|in under)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?(?:(?<mod>${MOD})\\s+)?(?<n>${NUM})[\\s-]+(?<unit>${UNIT})${END}`),
    resolve: (g, ctx) => {
      const n = parseNumber(g.n!);
      const a = ctx.anchor;
      if (!Number.isFinite(n)) return null;
      if (!a) return rel(null, 'range');
      const u = unitCode(g.unit!);
      if (u === 'S' || u === 'MI' || u === 'H') return rel(fmtDate(a), 'day');
      return rel(`${fmtDate(a)}/${fmtDate(shift(a, n, u))}`, 'range');
    },
  },
  // "58 days ago", "a year earlier", "two weeks from now". Not "three days later" nor "a day
  // earlier": those count from an event the story told, not from publication, so TimeML makes
  // "three days" a DURATION and "later" a signal outside it (the duration rule takes them).
  // "A year earlier" stays a date: in results prose it is the year-ago period.
  {
    name: 'ago',
    re: rx(`${EDGE}(?:(?<mod>${MOD})\\s+)?(?:(?<n>${NUM})|(?<vague>${VAGUE}))[\\s-]+(?<unit>${UNIT})(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|before|after|from now|hence|back)${END}`),
    accept: (m) => {
      const d = lc(m.groups!.dir);
      if (d === 'earlier' && /^(?:S|MI|H|D)$/.test(unitCode(m.groups!.unit!))) return false;
      // "two days before the vote": a duration and a signal, not a date.
      return !(d === 'before' || d === 'after') || /^[\s,.;:)]*$/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2));
    },
    resolve: (g, ctx) => {
      const dir = lc(g.dir);
      const sign = /ago|earlier|before|back/.test(dir) ? -1 : 1;
      const n = g.n ? parseNumber(g.n) : NaN;
      if (!Number.isFinite(n)) return rel(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'unknown');
      const u = unitCode(g.unit!);
      const a = ctx.anchor;
      if (!a) return rel(null, u === 'D' ? 'day' : 'unknown');
      // "a year earlier" after a quarter keeps the quarter ("the third quarter ... a year earlier").
      const last = ctx.state.last;
      if (u === 'Y' && Number.isInteger(n) && inQuarterContext(ctx)) {
        const rq = refQuarter(ctx);
        return rel(`${fmtYear(rq.y + sign * n)}-Q${rq.q}`, 'quarter');
      }
      if (!Number.isInteger(n)) return unitValue(shift(a, Math.round(sign * n * 12), 'M'), 'M');
      return unitValue(shift(a, sign * n, u), u);
    },
  },
  // "year-earlier", "the year-ago period", "the year-earlier third quarter"
  {
    name: 'year-earlier',
    re: rx(`${EDGE}(?:the\\s+)?(?:comparable\\s+|same\\s+)?(?<w>year-earlier|year-ago|year earlier|prior-year|previous-year)(?:\\s+(?:(?<ord>first|second|third|fourth)[\\s-]+)?(?:period|quarter))?${END}`),
    resolve: (g, ctx) => {
      const a = ctx.anchor;
      if (!a) return rel(null, 'year');
      const last = ctx.state.last;
      // "the year-ago third quarter": that quarter of the year before the one reported on
      if (g.ord) {
        const q = ORDINALS[lc(g.ord)]!;
        const y = inQuarterContext(ctx) ? refQuarter(ctx).y : resolveQuarter(a, q, 'past');
        return rel(`${fmtYear(y - 1)}-Q${q}`, 'quarter');
      }
      if (inQuarterContext(ctx)) {
        const rq = refQuarter(ctx);
        return rel(`${fmtYear(rq.y - 1)}-Q${rq.q}`, 'quarter');
      }
      if (last && ctx.sentence - last.sentence <= 1 && last.gran === 'year') return rel(fmtYear(last.t.y - 1), 'year');
      return rel(fmtYear(a.y - 1), 'year');
    },
  },
  // "this week", "last month", "next year", "earlier this year", "early next year", "the past year"
  {
    name: 'this-unit',
    // "This Week" with both words capitalised is a title (ABC's "This Week"), not a week.
    accept: (m) => !/^This Week/.test(m[0]) || m.index === 0,
    re: rx(`${EDGE}(?:(?<mod>early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|the balance of|the first half of|the second half of)[\\s-]+(?:in\\s+)?)?(?<r>this|last|next|the last|the next|current|the current|the previous|the following|the coming|this past|the past|past|coming|the same)\\s+(?<fiscal>fiscal\\s+)?(?<unit>week|weekend|month|year|decade|century|fortnight)${END}(?:\\s+or\\s+so${END})?(?!['’]s\\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter)`),
    resolve: (g, ctx) => {
      const a = ctx.anchor;
      const unit = lc(g.unit);
      const r = lc(g.r).replace(/^the /, '');
      if (r === 'past' && !g.mod && unit !== 'year' && unit !== 'weekend') return abs(durationValue(1, unit), 'duration');
      const n = r === 'last' || r === 'previous' || r === 'this past' ? -1 : r === 'next' || r === 'following' || r === 'coming' ? 1 : 0;
      let base = a;
      if ((r === 'previous' || r === 'following' || r === 'same') && ctx.state.last && ctx.sentence - ctx.state.last.sentence <= 2) base = ctx.state.last.t;
      if (!base) return rel(null, unit === 'weekend' ? 'week' : unit === 'fortnight' ? 'week' : (unit as TimeGranularity));
      if (unit === 'weekend') {
        const sat = resolveWeekday(base, 6, n < 0 ? 'past' : n > 0 ? 'future' : ctx.tense, n < 0 ? 'last' : n > 0 ? 'next' : null);
        return rel(`${fmtWeek(sat)}-WE`, 'week');
      }
      const u: UnitCode = unit === 'week' || unit === 'fortnight' ? 'W' : unit === 'month' ? 'M' : unit === 'decade' ? 'DE' : unit === 'century' ? 'CE' : 'Y';
      // "the past year" is last year in TimeBank's reading (a DATE, not a duration).
      const k = r === 'past' ? -1 : n;
      const t = shift(base, k, u);
      if (u === 'M') remember(ctx, { y: t.y, m: t.m, d: 1 }, 'month');
      if (u === 'Y') remember(ctx, { y: t.y, m: 1, d: 1 }, 'year');
      return unitValue(t, u);
    },
  },
  // "the week", "the year", "the month": the one around publication
  {
    name: 'the-unit',
    re: rx(`${EDGE}(?:(?<mod>earlier|later|early|late)\\s+in\\s+|(?<mod2>the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|the balance of)\\s+)?the\\s+(?<full>full\\s+|whole\\s+|entire\\s+)?(?<fiscal>(?:current\\s+|latest\\s+)?fiscal\\s+)?(?<unit>week|weekend|month|year)(?=['’]s\\s)?${END}(?!\\s+(?:before|after|earlier|ago|of|to|that|when|since)\\b|\\s+\\d|-|\\s+(?:is|was)\\b)`),
    resolve: (g, ctx) => {
      const a = ctx.anchor;
      const unit = lc(g.unit);
      if (unit === 'weekend') {
        if (!a) return rel(null, 'week');
        return rel(`${fmtWeek(resolveWeekday(a, 6, ctx.tense, null))}-WE`, 'week');
      }
      if ((g.full || g.mod2 || /\bof\s+$/.test(ctx.before)) && a && unit === 'year') return rel(fmtYear(a.y), 'year');
      // "the year ended Sept. 30" is a twelve-month period (DURATION); "the year" on its own is
      // the current one ("For the year, volume was flat", "lower earnings for the fiscal year").
      if (!g.mod && !g.mod2 && unit === 'year' && (!a || /^\s+end(?:ed|ing)\b/.test(ctx.after))) return abs('P1Y', 'duration');
      if (!a) return rel(null, unit as TimeGranularity);
      const last = ctx.state.last;
      const t = g.mod && last && ctx.sentence - last.sentence <= 1 ? last.t : a;
      return unitValue(t, unit === 'week' ? 'W' : unit === 'month' ? 'M' : 'Y');
    },
  },
  // "that year", "that day", "the same day": the last date the document named
  {
    name: 'that-unit',
    re: rx(`${EDGE}(?:(?<mod>earlier|later)\\s+)?(?:that|the same)\\s+(?<unit>day|week|month|year)${END}`),
    resolve: (g, ctx) => {
      const last = ctx.state.last;
      const unit = lc(g.unit);
      if (!last) return rel(null, unit as TimeGranularity);
      const u: UnitCode = unit === 'day' ? 'D' : unit === 'week' ? 'W' : unit === 'month' ? 'M' : 'Y';
      const order = { day: 0, month: 1, quarter: 2, year: 3 };
      const need = { D: 0, W: 0, M: 1, Y: 3 }[u as 'D' | 'W' | 'M' | 'Y'];
      if (order[last.gran] > need) return rel(null, unit as TimeGranularity);
      return unitValue(last.t, u);
    },
  },
  // "the next day", "the day before", "the next morning"
  {
    name: 'next-day',
    re: rx(`${EDGE}the\\s+(?:(?<r>next|following|previous|preceding)\\s+(?:day|(?<part>morning|afternoon|evening|night))|day\\s+(?<r2>before|after)(?!\\s+(?:yesterday|tomorrow))(?=\\s*[,.;:)]|\\s+(?:and|but|when|as)\\b))${END}`),
    resolve: (g, ctx) => {
      const last = ctx.state.last;
      const base = last && last.gran === 'day' && ctx.sentence - last.sentence <= 2 ? last.t : ctx.anchor;
      const part = g.part ? PART_CODE[lc(g.part)] : undefined;
      if (!base) return rel(null, part ? 'time' : 'day');
      const r = lc(g.r ?? g.r2);
      const n = /next|following|after/.test(r) ? 1 : -1;
      // "the next morning": the morning of the day after the one last named
      if (part) return rel(fmtDate(addDays(base, n)) + 'T' + part, 'time');
      return rel(fmtDate(addDays(base, n)), 'day');
    },
  },
  // Recurring weekdays: "on Mondays", "Tuesday nights", "weekends" (TimeML SETs, XXXX-WXX-2TNI)
  {
    name: 'weekday-set',
    re: rx(`${EDGE}(?:(?<wds>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)|(?<wd>${WEEKDAY})\\s+(?<parts>mornings|afternoons|evenings|nights))(?!\\w)|(?<=\\b(?:on|at|over|during)\\s+)(?<we>weekends)(?!\\w)`),
    // "The Sundays" is a name (a band), not a schedule.
    accept: (m, text) => !!m.groups!.we || (capital(m.groups!.wds ?? m.groups!.wd) && !/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))),
    resolve: (g) => {
      if (g.we) return abs('XXXX-WXX-WE', 'set');
      const wd = weekdayNumber(g.wds ? g.wds.slice(0, -1) : g.wd!);
      const part = g.parts ? 'T' + PART_CODE[lc(g.parts).slice(0, -1)] : '';
      return abs(`XXXX-WXX-${wd}${part}`, 'set');
    },
  },
  // Holidays: "Christmas", "last Thanksgiving", "New Year's Eve", "Easter 1998" (TimeML dates)
  {
    name: 'holiday',
    re: rx(`${EDGE}(?:(?<r>last|next|this|this past|this coming|coming|the)\\s+)?(?<h>${HOLIDAY})${END}(?:,?\\s+(?:of\\s+)?(?<y>${YEAR})${END})?`),
    accept: (m, text) => capital(m.groups!.h) && !/^\s+Island/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
    resolve: (g, ctx) => {
      const day = holidayIn(g.h!);
      if (!day) return null;
      if (g.y) {
        const t = day(Number(g.y));
        remember(ctx, t, 'day');
        return abs(fmtDate(t), 'day');
      }
      const a = ctx.anchor;
      if (!a) return rel(null, 'day');
      const r = lc(g.r);
      const cands = [a.y - 1, a.y, a.y + 1].map(day);
      const past = cands.filter((t) => diffDays(t, a) < 0);
      const ahead = cands.filter((t) => diffDays(t, a) > 0);
      const today = cands.find((t) => diffDays(t, a) === 0);
      let t: Ymd;
      if (r === 'last' || r === 'this past') t = past[past.length - 1];
      else if (r === 'next' || r === 'coming' || r === 'this coming') t = ahead[0];
      else if (r === 'this') t = today ?? cands[1];
      else if (today) t = today;
      else if (ctx.tense === 'past') t = past[past.length - 1];
      else if (ctx.tense === 'future') t = ahead[0];
      else t = diffDays(a, past[past.length - 1]) <= diffDays(ahead[0], a) ? past[past.length - 1] : ahead[0];
      remember(ctx, t, 'day');
      return rel(fmtDate(t), 'day');
    },
  },
  // Weekdays: "Monday", "last Tuesday", "Friday morning", "early Sunday"
  {
    name: 'weekday',
    re: rx(`${EDGE}(?:(?<r>last|next|this|this past|this coming|coming|early|late|earlier|later|the previous|the following|the next)\\s+)?(?<wd>${WEEKDAY})(?!\\w)(?:\\s+(?<part>${PART})${END})?`),
    // "Saturday Night Takeaway": a capitalised part of day after the weekday is a title.
    accept: (m) => capital(m.groups!.wd) && !(m.groups!.part && /^[A-Z][a-z]/.test(m.groups!.part)),
    resolve: (g, ctx) => {
      const wd = weekdayNumber(g.wd!);
      // "on Monday and Tuesday nights": the schedule of the plural covers both weekdays.
      const shared = !g.part && !g.r ? /^\s*(?:,|and|or)\s+(?:(?:and|or)\s+)?[a-z]+days?\s+(mornings|afternoons|evenings|nights)\b/.exec(ctx.after) : null;
      if (shared && weekdayNumber(/[a-z]+day/.exec(ctx.after)![0])) return abs(`XXXX-WXX-${wd}T${PART_CODE[shared[1].slice(0, -1)]}`, 'set');
      const a = ctx.anchor;
      const part = g.part ? PART_CODE[lc(g.part)] : undefined;
      if (!a) return rel(`XXXX-WXX-${wd}${part ? 'T' + part : ''}`, part ? 'time' : 'day');
      const r = lc(g.r);
      const strict = /^(?:last|this past|the previous)$/.test(r) ? 'last' : /^(?:next|coming|this coming|the following|the next)$/.test(r) ? 'next' : null;
      const last = ctx.state.last;
      const base = /^the /.test(r) && last && last.gran === 'day' ? last.t : a;
      const t = resolveWeekday(base, wd, ctx.tense, strict);
      remember(ctx, t, 'day');
      return part ? rel(fmtDate(t) + 'T' + part, 'time') : rel(fmtDate(t), 'day');
    },
  },
  // "today", "yesterday afternoon", "tomorrow", "tonight", "the day before yesterday"
  {
    name: 'deictic-day',
    re: rx(`${EDGE}(?:(?<mod>earlier|later|early|late)\\s+|(?<pre>(?:early|late|mid)[\\s-]?(?<part0>${PART})|(?:in\\s+)?the\\s+(?<part1>${PART}))\\s+)?(?:(?<dby>the day (?:before yesterday|after tomorrow))|(?<w>today|tonight|yesterday|tomorrow))(?:\\s+(?<part>${PART}))?${END}`),
    accept: (m, text) => !titleCaseInside(m[0], m.index, text),
    resolve: (g, ctx) => {
      const a = ctx.anchor;
      const w = lc(g.w);
      const dby = lc(g.dby);
      const partWord = g.part ?? g.part0 ?? g.part1;
      const part = partWord ? PART_CODE[lc(partWord)] : w === 'tonight' ? 'NI' : undefined;
      const gran: TimeGranularity = part ? 'time' : 'day';
      if (!a) return rel(null, gran);
      const n = dby ? (dby.includes('before') ? -2 : 2) : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const t = addDays(a, n);
      remember(ctx, t, 'day');
      return rel(fmtDate(t) + (part ? 'T' + part : ''), gran);
    },
  },
  // A part of day on its own: "mid afternoon", "the morning", "overnight" (TimeML TIME), on the
  // day the story last named in this or the previous sentence, else on publication day; or of a
  // date: "the night of Aug. 7".
  {
    name: 'part-alone',
    re: rx(`${EDGE}(?:(?:(?<mod>early|late|mid)[\\s-]?|the\\s+)(?<part>morning|afternoon|evening|night)${END}(?:\\s+of\\s+(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?${END}(?:,?\\s+(?<year>${YEAR})${END})?)?|(?<on>overnight)${END})(?!\\s+of\\b|['’])`),
    // "Good Morning America": a capitalised part of day inside a sentence is a title.
    accept: (m, text) => !titleCaseInside(m.groups!.part ?? m.groups!.on!, m.index + m[0].length - (m.groups!.part ?? m.groups!.on!).length, text),
    resolve: (g, ctx) => {
      // "the night of Aug. 7": that day's part
      if (g.mon && g.part) {
        const d = monthDay(ctx, monthNumber(g.mon), Number(g.day), g.year);
        return d && d.value ? { value: d.value + 'T' + PART_CODE[lc(g.part)], granularity: 'time', relative: d.relative } : null;
      }
      const last = ctx.state.last;
      const base = last && last.gran === 'day' && ctx.sentence - last.sentence <= 1 ? last.t : ctx.anchor;
      if (!base) return rel(null, 'time');
      // "overnight" before a day's trading is the night before it
      if (g.on) return rel(fmtDate(addDays(base, -1)) + 'TNI', 'time');
      return rel(fmtDate(base) + 'T' + PART_CODE[lc(g.part)], 'time');
    },
  },
  // "this morning", "last night", "later this afternoon"
  {
    name: 'part-of-day',
    re: rx(`${EDGE}(?:(?<mod>earlier|later|early|late)\\s+)?(?<r>this|last|that)\\s+(?<part>morning|afternoon|evening|night)${END}`),
    // ITV's "This Morning": both words capitalised is a title.
    accept: (m) => !/^[A-Z][a-z]/.test(m.groups!.part!),
    resolve: (g, ctx) => {
      const r = lc(g.r);
      const part = PART_CODE[lc(g.part)]!;
      if (r === 'that') {
        const last = ctx.state.last;
        return last && last.gran === 'day' ? rel(fmtDate(last.t) + 'T' + part, 'time') : rel(null, 'time');
      }
      const a = ctx.anchor;
      if (!a) return rel(null, 'time');
      const t = r === 'last' ? addDays(a, -1) : a;
      return rel(fmtDate(t) + 'T' + part, 'time');
    },
  },
  // Clock times: "3:30 p.m.", "10 a.m. EDT", "noon Friday", "1700 GMT"
  {
    name: 'clock',
    re: rx(`${EDGE}(?:(?<d0>today|yesterday|tomorrow|${WEEKDAY})\\s+(?:at\\s+)?)?(?:(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?!\\w)|(?<nm>noon|midnight)(?!\\w)|(?<h24>[01]?\\d|2[0-3]):(?<mi24>[0-5]\\d)(?![\\d:.,]\\d|\\d)|(?<h4>[01]\\d|2[0-3])(?<mi4>[0-5]\\d)(?=\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST)\\b))(?:\\s+(?<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST)${END})?(?:,?\\s+(?:on\\s+|of\\s+)?(?:(?<d1>today|yesterday|tomorrow|${WEEKDAY})(?!\\w)|(?<mon1>${MONTH})\\s+(?<day1>[0-3]?\\d)(?:st|nd|rd|th)?${END}|(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?<mon2>${MONTH})(?!\\w)))?`),
    accept: (m, text) => {
      const g = m.groups!;
      if (g.h && Number(g.h) > 12) return false;
      for (const d of [g.d0, g.d1]) if (d && weekdayNumber(d) && !capital(d)) return false;
      for (const mo of [g.mon1, g.mon2]) if (mo && !capital(mo)) return false;
      // "Jamie Noon", "Midnight Express": title case inside a sentence is a name, not a time.
      if (g.nm && !g.d0 && titleCaseInside(g.nm, m.index, text)) return false;
      // "14:30" with no a.m./p.m. only where a clock time is expected (see clockLike in times.ts):
      // race times ("won in 3:39"), ratios and scores are not times.
      if (g.h24 && !g.tz && !g.d0) {
        const before = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
        if (!/\b(?:at|by|until|till|from|before|after|around|about|approximately|since|shortly)\s+$/.test(before)) return false;
      }
      return true;
    },
    resolve: (g, ctx) => {
      let h: number;
      let mi = g.mi ? Number(g.mi) : 0;
      if (g.nm) {
        h = lc(g.nm) === 'noon' ? 12 : 24;
        mi = 0;
      } else if (g.h24 || g.h4) {
        // "14:30", and the wire's "1700 GMT" (four digits, only with a zone after them: else a year).
        h = Number(g.h24 ?? g.h4);
        mi = Number(g.mi24 ?? g.mi4);
      } else {
        h = Number(g.h) % 12;
        if (lc(g.ap).startsWith('p')) h += 12;
      }
      const time = fmtTime(h, mi);
      const dayWord = g.d0 ?? g.d1;
      const a = ctx.anchor;
      const mon = g.mon1 ?? g.mon2;
      if (mon) {
        const d = monthDay(ctx, monthNumber(mon), Number(g.day1 ?? g.day2), undefined);
        return d && d.value ? { value: d.value + time, granularity: 'time', relative: d.relative } : null;
      }
      if (!a) return rel(dayWord && weekdayNumber(dayWord) ? `XXXX-WXX-${weekdayNumber(dayWord)}${time}` : null, 'time');
      let t = a;
      if (dayWord) {
        const w = lc(dayWord);
        if (w === 'yesterday') t = addDays(a, -1);
        else if (w === 'tomorrow') t = addDays(a, 1);
        else if (w !== 'today') t = resolveWeekday(a, weekdayNumber(dayWord), ctx.tense, null);
      } else if (ctx.state.last && ctx.state.last.gran === 'day' && ctx.state.last.sentence === ctx.sentence) {
        t = ctx.state.last.t;
      }
      return rel(fmtDate(t) + time, 'time');
    },
  },
  // Every-phrases: "every week", "each Monday", "every two years", "twice a year", "daily"
  {
    name: 'set',
    re: rx(`${EDGE}(?:(?:every|each|per)\\s+(?:other\\s+)?(?:(?<n>${NUM})\\s+)?(?:(?<unit>${UNIT}|weekend)|(?<wd>${WEEKDAY})|(?<mon>${MONTH})|(?<part>${PART}))|(?<times>once|twice|(?:three|four|five|six|\\d+)\\s+times)\\s+(?:a|an|per|every)\\s+(?<unit2>${UNIT}))${END}`),
    resolve: (g) => {
      if (g.wd) return abs(`XXXX-WXX-${weekdayNumber(g.wd)}`, 'set');
      if (g.mon) return abs(`XXXX-${String(monthNumber(g.mon)).padStart(2, '0')}`, 'set');
      if (g.part) return abs(`TXX${PART_CODE[lc(g.part)]}`, 'set');
      if (g.unit2) return abs(durationValue(1, g.unit2), 'set');
      const n = g.n ? parseNumber(g.n) : 1;
      const unit = lc(g.unit);
      if (unit === 'weekend') return abs('XXXX-WXX-WE', 'set');
      return abs(durationValue(Number.isFinite(n) ? n : 1, unit), 'set');
    },
  },
  {
    name: 'set-adverb',
    re: rx(`${EDGE}(?<w>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)${END}(?!\\s+[a-z])`),
    resolve: (g) => {
      const w = lc(g.w);
      const v = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H' }[w]!;
      return abs(v, 'set');
    },
  },
  // Ranges of amounts: "two to three weeks", "the next 12 to 18 months", "between 20 and 25
  // minutes", "2-3 days": one duration over the whole range, valued at its lower bound.
  {
    name: 'duration-range',
    re: rx(`${EDGE}(?:(?<mod>${MOD}|between)\\s+)?(?:the\\s+)?(?:(?<r>past|last|next|previous|coming|following|first)\\s+)?(?<n1>${NUM})(?:\\s+(?:to|or|and)\\s+|\\s*[-–]\\s*)(?<n2>${NUM})[\\s-]+(?<unit>${UNIT})${END}(?!-old)`),
    accept: (m) => {
      const g = m.groups!;
      const a = parseNumber(g.n1!);
      const b = parseNumber(g.n2!);
      if (/\band\b/i.test(m[0].slice((g.mod ?? '').length)) && !/^between$/i.test(g.mod ?? '')) return false;
      return Number.isFinite(a) && Number.isFinite(b) && a < b && !/^an?$/i.test(g.n1!) && !/^an?$/i.test(g.n2!);
    },
    resolve: (g) => abs(durationValue(parseNumber(g.n1!), g.unit!), 'duration'),
  },
  // "a three-year period", "its one-year term": TimeML takes the time noun a duration modifies,
  // with its article (not a possessive)
  {
    name: 'duration-noun',
    re: rx(`${EDGE}(?:(?:an?|the)\\s+)?(?:(?<mod>${MOD})\\s+)?(?<n>${NUM})-(?<unit>second|minute|hour|day|week|month|quarter|year|decade|century)\\s+(?:period|term|span|stretch|window|interval|spell|hiatus)${END}`),
    accept: (m) => Number.isFinite(parseNumber(m.groups!.n!)),
    resolve: (g) => abs(durationValue(parseNumber(g.n!), g.unit!), 'duration'),
  },
  // Durations: "two years", "the past two months", "36-hour", "the next few days", "several years"
  {
    name: 'duration',
    // "over the past two months": "over" before "the" is a preposition, not "more than".
    re: rx(`${EDGE}(?:(?<mod>${MOD})\\s+(?<!(?:over|under)\\s+(?=the\\s)))?(?:the\\s+)?(?:(?<r>past|last|next|previous|coming|following|first|final|latest|initial|remaining|same|full|entire|whole)\\s+)?(?:(?<n>${NUM})(?<frac>\\s+1/2|½)?|(?<vague>${VAGUE}))[\\s-]+(?:(?<more>more|additional|further|extra|straight|consecutive|successive)\\s+)?(?<unit>${UNIT})${END}(?<half>\\s+and\\s+an?\\s+half${END})?(?:\\s+or\\s+so${END})?(?!\\s+(?:old|of age)\\b)`),
    accept: (m) => {
      const g = m.groups!;
      const rest = m.input.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // Ages ("the 52-year-old", "a 136-year-old institution") are not annotated as durations.
      if (/^-old\b/i.test(rest) && /^years?$/i.test(g.unit!)) return false;
      // "a second plant", "for a second time": the ordinal, not one second.
      if (/^seconds?$/i.test(g.unit!) && /^an?$/i.test(g.n ?? '') && !g.mod && !g.r && !/^\s*(?:ago|later|earlier|or|and|$|[,.;:!?)"'”’-])/i.test(rest)) return false;
      // "six months of base pay", "three months' imports": an amount of money or goods.
      if (AMOUNT_AFTER.test(rest)) return false;
      // "a quarter of the vote", "one day he ..." are not durations.
      if (/^quarters?$/i.test(g.unit!) && !g.r && (/^an?$/i.test(g.n ?? '') || /-quarters/i.test(m[0]))) return false;
      const before = (/(\S+)\s+$/.exec(m.input.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '').toLowerCase();
      if (!g.mod && !g.r && /^an?$/i.test(g.n ?? '')) {
        // "four flights a week", "358,000 a month": a rate, not a duration.
        if (/[\d%]$|^(?:hundred|thousand|million|billion|trillion|bn|m|percent|cent|cents|pence|dollars?|pounds?|euros?)$/.test(before) || (/s$/.test(before) && !/^(?:is|was|has|this|its|his|as|less|plus|thus|across|towards|perhaps)$/.test(before))) return false;
      }
      // "he will one day ...": an indefinite time, not a one-day duration.
      if (/^one$/i.test(g.n ?? '') && /^days?$/i.test(g.unit!) && !g.r && !g.mod && !/^(?:for|in|within|than|about|of|after|before|over)$/.test(before)) return false;
      return true;
    },
    resolve: (g, ctx) => {
      const n = g.n ? parseNumber(g.n) : NaN;
      const v = Number.isFinite(n) ? n : NaN;
      // "will be redeemed in five years": "in" before an amount, in a future clause, counts
      // forward from publication (a TimeML DATE, 1994), as "ago" counts back.
      if (ctx.tense === 'future' && ctx.anchor && /\bin\s+$/.test(ctx.before) && Number.isInteger(v) && !g.mod && !g.r && !g.half && !g.frac && !g.more) {
        const u = unitCode(g.unit!);
        if (u !== 'S' && u !== 'MI' && u !== 'H') return unitValue(shift(ctx.anchor, v, u), u);
      }
      // "2 1/2 years" as "two and a half years"; "20 more years", "an additional year" are the amount
      return abs((g.half || g.frac) && Number.isFinite(v) ? andAHalf(v, g.unit!) : durationValue(v, g.unit!), 'duration');
    },
  },
  // "for years", "in decades", "recent years": vague durations
  {
    name: 'duration-plural',
    re: rx(`(?<=\\b(?:for|in|over|within)\\s+)(?:(?:many|recent)\\s+)?(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)${END}(?!\\s+(?:ago|of|old|later|earlier)\\b)|${EDGE}(?<recent>(?:the\\s+)?recent\\s+(?:days|weeks|months|years|decades)|(?:the\\s+)?(?:past|last)\\s+(?:few|several)\\s+(?:days|weeks|months|quarters|years|decades))${END}`),
    // "recent years", "the past few months": TimeBank reads them as PAST_REF dates.
    resolve: (g) => (g.recent ? rel('PAST_REF', 'unknown') : abs(durationValue(NaN, g.unit!), 'duration')),
  },
  // "the coming days", "the weeks ahead", "in the coming months"
  {
    name: 'coming',
    re: rx(`${EDGE}(?:the\\s+)?(?:coming|upcoming|next few|next several)\\s+(?<unit>days|weeks|months|years|decades)${END}|${EDGE}the\\s+(?<unit2>days|weeks|months|years)\\s+ahead${END}`),
    resolve: (g) => rel('FUTURE_REF', 'range'),
  },
  // Reference words
  {
    name: 'present-ref',
    re: rx(`${EDGE}(?<w>right now|just now|now|nowadays|currently|these days|at present|presently|at the moment|the present|at this time)${END}`),
    resolve: () => rel('PRESENT_REF', 'unknown'),
  },
  {
    name: 'past-ref',
    re: rx(`${EDGE}(?<w>recently|lately|the past|some time ago|a while ago|long ago|not long ago)${END}`),
    accept: (m, text) => {
      const w = lc(m.groups!.w);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the past two months" and "recent years" are longer rules; "the past few" a duration.
      if (w === 'the past' && /^\s+(?:few|several|\d|decades?|years?|months?|weeks?|days?)/i.test(after)) return false;
      return true;
    },
    resolve: () => rel('PAST_REF', 'unknown'),
  },
  {
    name: 'future-ref',
    re: rx(`${EDGE}(?<w>the (?:near |foreseeable |distant )?future|the short term|the long term|the near term|a later date)${END}`),
    resolve: () => rel('FUTURE_REF', 'unknown'),
  },
];

// ---------- which rules a window can hold ----------

// Each distinct list of needed words (rules share them: a month, a unit) as one regex of its words
// (plain letters, or '\\d'), and each rule's lists by index, in RULES order.
const NEED_RES: RegExp[] = [];
const NEED_IDS: number[][] = (() => {
  const ids = new Map<string, number>();
  return RULES.map((r) =>
    (RULE_NEEDS[r.name] ?? []).map((any) => {
      const key = any.join('|');
      let i = ids.get(key);
      if (i === undefined) {
        i = NEED_RES.push(new RegExp(key)) - 1;
        ids.set(key, i);
      }
      return i;
    }),
  );
})();

/**
 * Which rules (by index in RULES) can match in a window, from its lower-cased text: a rule whose needed
 * words (RULE_NEEDS) the window lacks cannot, so the scanner does not run its regex. Each distinct word
 * list is looked for at most once a window. The scanner and the test that checks the needs both ask this.
 */
export function rulesThatMayMatch(lower: string): (rule: number) => boolean {
  const known = new Int8Array(NEED_RES.length); // 0 not looked for yet, 1 found, 2 absent
  return (rule) => {
    for (const j of NEED_IDS[rule]) {
      if (known[j] === 0) known[j] = NEED_RES[j].test(lower) ? 1 : 2;
      if (known[j] === 2) return false;
    }
    return true;
  };
}

/** Quarterly-results prose: a quarter was named in this sentence or the one before. */
function inQuarterContext(ctx: Ctx): boolean {
  const q = ctx.state.quarter;
  return !!q && ctx.sentence - q.sentence <= QUARTER_REACH;
}
const QUARTER_REACH = 2; // sentences; tried 1, 3 and unbounded on TimeBank

function monthDay(ctx: Ctx, mo: number, d: number, year: string | undefined): Resolved | null {
  if (year) {
    const y = Number(year);
    if (!isValidDate(y, mo, d)) return null;
    ctx.state.yearOfMonthDay.set(`${mo}-${d}`, y);
    remember(ctx, { y, m: mo, d }, 'day');
    return abs(fmtDate({ y, m: mo, d }), 'day');
  }
  // Year from context: the same day and month written with a year earlier in the document.
  const known = ctx.state.yearOfMonthDay.get(`${mo}-${d}`);
  if (known !== undefined) {
    remember(ctx, { y: known, m: mo, d }, 'day');
    return rel(fmtDate({ y: known, m: mo, d }), 'day');
  }
  const a = ctx.anchor;
  if (!a) return isValidDate(2000, mo, d) ? rel(`XXXX-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'day') : null;
  // "the year ended March 31": a period that has ended ends on or before publication.
  const y = resolveMonthDay(a, mo, d, /\bended\s+(?:on\s+)?$/.test(ctx.before) ? 'past' : null);
  if (!isValidDate(y, mo, d)) return null;
  remember(ctx, { y, m: mo, d }, 'day');
  return rel(fmtDate({ y, m: mo, d }), 'day');
}

function quarterValue(ctx: Ctx, q: number, year: string | undefined, relYear: string | undefined): Resolved {
  const a = ctx.anchor;
  let y: number;
  let relative = false;
  if (year) y = Number(year);
  else {
    if (!a) return rel(`XXXX-Q${q}`, 'quarter');
    relative = true;
    const r = lc(relYear);
    y = r === 'last' ? a.y - 1 : r === 'next' ? a.y + 1 : r === 'this' ? a.y : resolveQuarter(a, q, ctx.tense);
  }
  // A quarter with its year written out is history ("the third quarter of 1984"), not the topic.
  remember(ctx, { y, m: q * 3 - 2, d: 1 }, 'quarter', q, relative ? 'first' : 'no');
  return { value: `${fmtYear(y)}-Q${q}`, granularity: 'quarter', relative };
}

/** The nth (1-based; -1 = last) given ISO weekday of a month. */
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m: m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Western Easter Sunday (the anonymous Gregorian computus, "Meeus/Jones/Butcher"). */
function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The date of a holiday in a given year (US dates for US holidays); null when unknown. */
function holidayIn(name: string): ((y: number) => Ymd) | null {
  const h = lc(name).replace(/['’]/g, '').replace(/\./g, '');
  const fixed = (m: number, d: number) => (y: number): Ymd => ({ y, m, d });
  if (/^christmas eve$/.test(h)) return fixed(12, 24);
  if (/^christmas/.test(h)) return fixed(12, 25);
  if (/^new years? eve$/.test(h)) return fixed(12, 31);
  if (/^new year/.test(h)) return fixed(1, 1);
  if (/^valentines/.test(h)) return fixed(2, 14);
  if (/patricks/.test(h)) return fixed(3, 17);
  if (h === 'halloween') return fixed(10, 31);
  if (h === 'independence day') return fixed(7, 4);
  if (/^(?:veterans|armistice) day$/.test(h)) return fixed(11, 11);
  if (h === 'boxing day') return fixed(12, 26);
  if (h === 'bastille day') return fixed(7, 14);
  if (h === 'may day') return fixed(5, 1);
  if (/^thanksgiving/.test(h)) return (y) => nthWeekday(y, 11, 4, 4);
  if (h === 'labor day') return (y) => nthWeekday(y, 9, 1, 1);
  if (h === 'memorial day') return (y) => nthWeekday(y, 5, 1, -1);
  if (h === 'columbus day') return (y) => nthWeekday(y, 10, 1, 2);
  if (/^martin luther king/.test(h)) return (y) => nthWeekday(y, 1, 1, 3);
  if (/^presidents? day$/.test(h)) return (y) => nthWeekday(y, 2, 1, 3);
  if (h === 'mothers day') return (y) => nthWeekday(y, 5, 7, 2);
  if (h === 'fathers day') return (y) => nthWeekday(y, 6, 7, 3);
  // the Tuesday after the first Monday of November
  if (h === 'election day') return (y) => addDays(nthWeekday(y, 11, 1, 1), 1);
  const fromEaster: Record<string, number> = { 'good friday': -2, 'palm sunday': -7, 'ash wednesday': -46, pentecost: 49, 'easter monday': 1 };
  if (/^easter(?: sunday| day)?$/.test(h)) return easter;
  if (h in fromEaster) return (y) => addDays(easter(y), fromEaster[h]);
  return null;
}

function slashDate(g: Record<string, string | undefined>): Ymd | null {
  let a = Number(g.a);
  let b = Number(g.b);
  const c = g.c!;
  const y = c.length === 2 ? (Number(c) < 50 ? 2000 : 1900) + Number(c) : Number(c);
  if (a > 12 && b <= 12) [a, b] = [b, a];
  return isValidDate(y, a, b) ? { y, m: a, d: b } : null;
}
