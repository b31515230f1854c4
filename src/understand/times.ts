// Time expressions: find them and normalise them against the publication date (TimeML values).
//
// Layers, in order (order here matters):
//   1. windows   — the sentences (or bounded chunks of text when none are given), so every
//                  regex runs on at most MAX_WINDOW characters and the whole pass stays linear;
//   2. rules     — time-rules.ts, hand-written patterns for news phrasing, longest match wins;
//   3. chrono    — chrono-node's strict parser as a fallback for clock and formal date forms the
//                  rules do not cover ("14:30 GMT", "Oct 7th at 3pm");
//   4. normalise — in document order, so "that year", "the quarter", "a year earlier" can use
//                  what the document said before them.
//
// Why not chrono alone: it reads the clock unless given a reference, guesses a year forwards
// or backwards without looking at tense, returns instants (no TimeML granularity: a month, a
// week, a season, a quarter, a decade), has no durations, sets or PAST_REF/PRESENT_REF, knows
// nothing of financial-news phrases ("the year-earlier quarter", "third-quarter"), and folds
// prepositions into its spans. Its components' isCertain() flags are what we keep from it.

import * as chrono from 'chrono-node';
import type { Sentence, TimeExpr, TimeGranularity } from '../model/index.js';
import { fmtDate, fmtTime, isValidDate, parseAnchor, type Ymd } from './time-calendar.js';
import { RULES, rulesThatMayMatch, type Ctx, type DocState, type Resolved, type Tense } from './time-rules.js';
import { MONTHS, WEEKDAYS } from './gazetteer.js';

/** Longest piece of text one regex pass sees; long sentences are cut at a space. */
const MAX_WINDOW = 3000;

interface Window {
  start: number;
  end: number;
  sentence: number;
  /** Sequence number of the window, for "in the same or previous sentence" checks. */
  seq: number;
}

interface Candidate {
  start: number;
  end: number;
  rule: number; // index into RULES, or -1 for chrono
  groups: Record<string, string | undefined>;
  match: RegExpExecArray | null;
  chrono?: chrono.ParsedResult;
  win: Window;
}

/**
 * `names`: the spans of the article's names (entity mentions); a time word that is part of one is no
 * time ("Sheffield Wednesday", "The Sunday Telegraph", "Jan Egeland"; see inName).
 */
export function findTimes(text: string, sentences: Sentence[], published: string | null, names: readonly { start: number; end: number }[] = []): TimeExpr[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const anchor = parseAnchor(published);
  const state: DocState = { last: null, yearOfMonthDay: new Map() };
  const out: TimeExpr[] = [];
  for (const win of windows(text, Array.isArray(sentences) ? sentences : [])) {
    const slice = text.slice(win.start, win.end);
    const all = candidates(slice, win);
    const chosen = select(all).filter((c) => !inName(text, win.start + c.start, win.start + c.end, names));
    let cues: Cue[] | null = null;
    for (const first of chosen) {
      const c = first;
      cues ??= tenseCues(slice);
      const ctx: Ctx = {
        anchor,
        tense: tenseAt(cues, c.start, c.end, slice),
        state,
        sentence: win.seq,
        before: slice.slice(Math.max(0, c.start - 24), c.start).toLowerCase(),
        after: slice.slice(c.end, c.end + 24).toLowerCase(),
      };
      // A rule may decline its match ("the period" outside results prose): then another rule
      // that matched the same words is asked, in rule order.
      let r: Resolved | null = null;
      for (const alt of sameSpan(all, first)) {
        r = alt.rule >= 0 ? RULES[alt.rule].resolve(alt.groups, ctx, alt.match!) : fromChrono(alt.chrono!, ctx);
        if (r) break;
      }
      if (!r) continue;
      out.push({
        start: win.start + c.start,
        end: win.start + c.end,
        text: slice.slice(c.start, c.end),
        value: r.value,
        granularity: r.granularity,
        relative: r.relative,
        sentence: win.sentence,
      });
    }
  }
  return out;
}

/** Words of a time besides months and weekdays (the gazetteer's), and the words that open or place one. */
const TIME_WORD = /^(?:spring|summer|autumn|fall|winter|christmas|easter|new|year|day|night|eve|midnight|noon|morning|evening)$/i;
// (Not the gazetteer's function words: a pronoun beside a time word makes a name, "Us Weekly".)
const FUNCTION_WORD = /^(?:the|a|an|on|in|at|for|by|of|to|this|that|these|those|next|last|every|each|early|late|mid|since|until|from|and|or|my|our|his|her|their|its)$/i;
const isTimeWord = (w: string) => MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase().replace(/s$/, '')) || TIME_WORD.test(w);

/**
 * The time at [start, end) is a word of a longer name: a capitalised word of the name stands right beside
 * it, a space apart, and is neither a time word nor a function word. "Sheffield Wednesday", "Suddenly
 * Last Summer" and "Holocaust Memorial Day" are names (or another day); "On Wednesday" (a mention the
 * name finder took too much for), "June-July" and "for November" stay times.
 */
function inName(text: string, start: number, end: number, names: readonly { start: number; end: number }[]): boolean {
  for (const n of names) {
    if (!(n.start <= start && end <= n.end && n.end - n.start > end - start)) continue;
    const left = /(\p{Lu}[\p{L}'’.]*)\s+$/u.exec(text.slice(n.start, start))?.[1];
    const right = /^\s+(\p{Lu}[\p{L}'’.]*)/u.exec(text.slice(end, n.end))?.[1];
    if ([left, right].some((w) => w && !isTimeWord(w.replace(/['’.]+$/u, '')) && !FUNCTION_WORD.test(w))) return true;
  }
  return false;
}

// ---------- windows ----------

function windows(text: string, sentences: Sentence[]): Window[] {
  const spans: { start: number; end: number; sentence: number }[] = [];
  const valid = sentences
    .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.start < text.length)
    .sort((a, b) => a.start - b.start);
  if (valid.length > 0) {
    // Each sentence runs to the start of the next, so text between sentences is not lost.
    for (let i = 0; i < valid.length; i++) {
      const start = i === 0 ? 0 : valid[i].start;
      const end = i + 1 < valid.length ? valid[i + 1].start : text.length;
      if (end > start) spans.push({ start, end, sentence: valid[i].index });
    }
  } else {
    // No sentences yet: cut at line breaks and at sentence-final punctuation before a capital.
    // Not after initials and abbreviations ("10 p.m. Wednesday", "U.S. officials", "Oct. 7").
    const cut =
      /\n+|(?<!(?:^|[\s.(])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Capt|Corp|Inc|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|vs))[.!?]["'”’)]{0,2}\s+(?=["'“‘(]?[A-Z])/g;
    let start = 0;
    for (let m = cut.exec(text); m; m = cut.exec(text)) {
      const end = m.index + m[0].length;
      if (end - start > 0) spans.push({ start, end, sentence: 0 });
      start = end;
    }
    if (start < text.length) spans.push({ start, end: text.length, sentence: 0 });
  }
  const out: Window[] = [];
  let seq = 0;
  for (const s of spans) {
    let start = s.start;
    while (s.end - start > MAX_WINDOW) {
      let end = start + MAX_WINDOW;
      const space = text.lastIndexOf(' ', end);
      if (space > start + MAX_WINDOW / 2) end = space;
      out.push({ start, end, sentence: s.sentence, seq });
      start = end;
    }
    out.push({ start, end: s.end, sentence: s.sentence, seq: seq++ });
  }
  return out;
}

// ---------- candidates and selection ----------

/** Cheap test before running the rules at all: a window with none of these has no time in it. */
const TRIGGER =
  /\d|day|night|morning|noon|week|month|year|decade|centur|quarter|now|current|recent|late|past|previous|future|soon|short|long|ago|spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|present|hour|minute|second|ties|half|fortnight|annually|hourly|term|while|time|nineteen|thousand|christmas|easter|thanksgiving|halloween|pentecost/i;

function candidates(slice: string, win: Window): Candidate[] {
  const out: Candidate[] = [];
  if (!TRIGGER.test(slice)) return out;
  // a rule whose words the window lacks cannot match in it (RULE_NEEDS): its regex is not run
  const mayMatch = rulesThatMayMatch(slice.toLowerCase());
  for (let i = 0; i < RULES.length; i++) {
    if (!mayMatch(i)) continue;
    const rule = RULES[i];
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (rule.accept && !rule.accept(m, slice)) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      // Trim trailing spaces and a closing full stop that belongs to the sentence, not to "Oct.".
      while (end > start && /\s/.test(slice[end - 1])) end--;
      // TimeML: before a noun that is not a time ("the eight-year war", "the third-quarter loss",
      // "the year-ago results") the article belongs to that noun, not to the time expression.
      const det = /^the\s+(?=[^\s-]+-[^\s]+$)/i.exec(slice.slice(start, end));
      if (det && /^\s+[a-z]/.test(slice.slice(end, end + 2))) start += det[0].length;
      out.push({ start, end, rule: i, groups: { ...(m.groups ?? {}) }, match: m, win });
    }
  }
  if (/\d|noon|midnight/i.test(slice)) {
    for (const r of chronoResults(slice)) {
      let start = r.index;
      let txt = r.text;
      const lead = /^(?:at|on|in|from|by)\s+/i.exec(txt);
      if (lead) {
        start += lead[0].length;
        txt = txt.slice(lead[0].length);
      }
      // Keep only what chrono is good at: clock times and dates with a month name or a year;
      // its bare fractions ("7/8") and prices ("2.50 a share") are not times.
      if (!/\d:\d\d|\d\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)|[A-Za-z]{3}.*\d|\d.*[A-Za-z]{3}|\d{4}/i.test(txt)) continue;
      if (!clockLike(slice, start, start + txt.length, txt)) continue;
      out.push({ start, end: start + txt.length, rule: -1, groups: {}, match: null, chrono: r, win });
    }
  }
  return out;
}

/**
 * "h:mm" with no a.m./p.m. is a clock time only where a clock time is expected: after "at",
 * "by", "until", "from" ..., or before a time zone or "local time". Race times ("won in
 * 3:39.29", "2:17:18"), ratios and scores ("a 2:30 split") are not.
 */
function clockLike(slice: string, start: number, end: number, txt: string): boolean {
  const bare = /(?:^|\D)\d{1,2}:\d\d(?!\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w))/i.exec(txt);
  if (!bare || /\d\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)/i.test(txt)) return true;
  if (/^[.:,]\d/.test(slice.slice(end, end + 2)) || /\d:\d\d:\d/.test(txt)) return false;
  const at = start + bare.index + (/^\D/.test(bare[0]) ? 1 : 0);
  const before = slice.slice(Math.max(0, at - 24), at).toLowerCase();
  const after = slice.slice(end, end + 16).toLowerCase();
  return (
    /\b(?:at|by|until|till|from|to|before|after|around|about|approximately|since|between|and|shortly|scheduled|set for)\s+$/.test(before) ||
    /^\s*(?:[ap]\.?m\b|hrs?\b|h\b|local|gmt|utc|bst|cet|[ecmp][sd]t\b|o'clock)/.test(after) ||
    /\b(?:gmt|utc|bst|cet|[ecmp][sd]t)\b/i.test(txt)
  );
}

/** Longest candidates first; ties go to the earlier rule, chrono last. Non-overlapping. */
function select(cands: Candidate[]): Candidate[] {
  if (cands.length === 0) return cands;
  const order = [...cands].sort((a, b) => {
    const la = a.end - a.start;
    const lb = b.end - b.start;
    if (a.rule < 0 !== b.rule < 0) return a.rule < 0 ? 1 : -1;
    if (la !== lb) return lb - la;
    if (a.rule !== b.rule) return a.rule - b.rule;
    return a.start - b.start;
  });
  const kept: Candidate[] = [];
  for (const c of order) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The chosen candidate, then the others over exactly its words, in rule order (chrono last). */
function sameSpan(all: Candidate[], c: Candidate): Candidate[] {
  const others = all.filter((o) => o !== c && o.start === c.start && o.end === c.end && o.rule !== c.rule);
  others.sort((a, b) => (a.rule < 0 ? Infinity : a.rule) - (b.rule < 0 ? Infinity : b.rule));
  return [c, ...others];
}

// ---------- chrono fallback ----------

const REF_DATE = new Date(Date.UTC(2000, 0, 1, 12));

function chronoResults(slice: string): chrono.ParsedResult[] {
  try {
    // A fixed reference so chrono never reads the clock; we only trust certain components.
    return chrono.strict.parse(slice, { instant: REF_DATE, timezone: 0 });
  } catch {
    return [];
  }
}

function fromChrono(r: chrono.ParsedResult, ctx: Ctx): Resolved | null {
  const c = r.start;
  const certain = (k: chrono.Component): boolean => c.isCertain(k);
  const hasHour = certain('hour');
  const hasDay = certain('day') && certain('month');
  if (!hasHour && !hasDay) return null;
  const a: Ymd | null = ctx.anchor;
  let date: string | null = null;
  let relative = false;
  if (hasDay) {
    const m = c.get('month')!;
    const d = c.get('day')!;
    let y: number;
    if (certain('year')) y = c.get('year')!;
    else if (a) {
      y = a.y;
      relative = true;
    } else {
      date = `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      relative = true;
      y = NaN;
    }
    if (date === null) {
      if (!isValidDate(y, m, d)) return null;
      date = fmtDate({ y, m, d });
    }
  } else if (a) {
    date = fmtDate(a);
    relative = true;
  } else {
    relative = true;
  }
  if (hasHour) {
    const time = fmtTime(c.get('hour')!, c.get('minute') ?? 0);
    return { value: date ? date + time : null, granularity: 'time', relative };
  }
  return { value: date, granularity: 'day' as TimeGranularity, relative };
}

// ---------- tense ----------

interface Cue {
  at: number;
  tense: Exclude<Tense, null>;
  /** An infinitive governs what follows it only: "fell on Friday to close at $20" is past. */
  leftOnly?: boolean;
}

const FUTURE_CUE =
  /\b(?:will|shall|won['’]t|going to|plans? to|planned|planning|intends? to|expects? to|expected|scheduled|slated|set to|is to|are to|due to|supposed to|would|upcoming|next|aims? to|hopes? to|later)\b|['’]ll\b/gi;
const PAST_CUE =
  /\b(?:was|were|had|did|didn['’]t|ago|last|yesterday|earlier|said|told|met|took|came|went|made|began|saw|held|left|won|lost|fell|rose|sold|bought|paid|spent|led|gave|got|became|found|kept|ran|brought|thought|felt|struck|fought|shot|built|sent|wrote|spoke|broke|chose|drove|hit|knew|grew|drew|flew|threw|stood|sat|[a-z]{3,}ed)\b/gi;
const PASSIVE_AUX = /\b(?:be|been|being|is|are|am|['’]s|['’]re|was|were)\s+(?:[a-z]+ly\s+|not\s+|also\s+|still\s+|already\s+)?$/i;
const ADJ_DET = /\b(?:a|an|the|its|his|her|their|our|this|that|these|those)\s+(?:[a-z]+ly\s+|still\s+|newly\s+)?$/i;
const INFINITIVE = /\bto\s+(?:[a-z]+ly\s+)?([a-z]{2,})\b(?!['’])/g;
/** Words after "to" that are not a bare verb: determiners, pronouns, adverbs of degree, nouns in -s/-ing/-ed/-tion. */
const NOT_VERB =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|all|each|every|no|about|around|nearly|almost|more|less|date|him|them|us|me|it|what|which|whom|where|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|thousand|million|billion|record|market|court|power|work|school|office|prison|jail|war|death|what|such|other|another|both|either|neither|late|early|mid|last|next|year|month|week|day|today|tomorrow|yesterday|date|and|or|as|at)$|(?:[^s]s|ing|ed|tion|ment|ness|ity|ers?|ies)$/;
const AFTER_PENALTY = 12; // characters; tried 4, 12, 25 on TimeBank
const TENSE_REACH = 50; // characters; further verbs belong to other clauses
const CLAUSE_REACH = 100; // characters, for a verb before the expression with no punctuation between
const CLAUSE_BREAK = /[,;:()"“”]|--|\s[-–—]\s/;

function tenseCues(slice: string): Cue[] {
  const cues: Cue[] = [];
  FUTURE_CUE.lastIndex = 0;
  for (let m = FUTURE_CUE.exec(slice); m; m = FUTURE_CUE.exec(slice)) {
    // "had been scheduled to expire Friday", "was due to": a plan seen from the past.
    const pastPlan = /^(?:scheduled|slated|due to|set to|expected|planned)$/i.test(m[0]) && /\b(?:had been|had|was|were)\s+$/i.test(slice.slice(Math.max(0, m.index - 10), m.index));
    cues.push({ at: m.index, tense: pastPlan ? 'past' : 'future' });
  }
  // An infinitive names an event after the verb that governs it: "agreed to purchase the line
  // in February", "a program to pay down the loan by February".
  INFINITIVE.lastIndex = 0;
  for (let m = INFINITIVE.exec(slice); m; m = INFINITIVE.exec(slice)) {
    if (NOT_VERB.test(m[1]) || cues.some((c) => Math.abs(c.at - m!.index) < 12)) continue;
    cues.push({ at: m.index, tense: 'future', leftOnly: true });
  }
  PAST_CUE.lastIndex = 0;
  for (let m = PAST_CUE.exec(slice); m; m = PAST_CUE.exec(slice)) {
    if (cues.some((c) => c.at === m!.index)) continue; // "expected", "planned": future already
    // A participle after a form of "be" is passive: the auxiliary carries the tense
    // ("would be paid in January", "was hampered"), and is a cue of its own when it has one.
    // After a determiner it is an adjective ("a still unspecified date", "the combined company").
    const left = slice.slice(Math.max(0, m.index - 24), m.index);
    if (PASSIVE_AUX.test(left) || (/ed$/i.test(m[0]) && ADJ_DET.test(left))) continue;
    cues.push({ at: m.index, tense: 'past' });
  }
  return cues;
}

/**
 * The tense of the nearest verb cue within reach (a clause or so), or null. A verb before the
 * expression reaches further when no punctuation separates them: "Qantas will almost double
 * its flights between Australia and India by August" is one clause.
 */
function tenseAt(cues: Cue[], start: number, end: number, slice: string): Tense {
  let best: Cue | null = null;
  let bestD = Infinity;
  for (const c of cues) {
    if (c.at >= start && c.at < end) continue; // the expression's own words ("last", "next")
    if (c.leftOnly && (c.at >= end || CLAUSE_BREAK.test(slice.slice(c.at, start)))) continue;
    // Verbs after the expression count less: "on Tuesday that Iraq would ..." is said, not would.
    const d = c.at < start ? start - c.at : c.at - end + AFTER_PENALTY;
    const reach = c.at < start && d > TENSE_REACH && d <= CLAUSE_REACH && !CLAUSE_BREAK.test(slice.slice(c.at, start)) ? CLAUSE_REACH : TENSE_REACH;
    if (d < bestD && d <= reach) {
      best = c;
      bestD = d;
    }
  }
  return best ? best.tense : null;
}
