// The timeline of a story: the events its articles report, ordered by the date they refer to, each
// cited to its sentence, with the same event from several outlets folded into one entry and a later
// change (a plan called off, a number revised) linked to the entry it changes.
//
// A pure stage over stored ArticleViews: no store, no clock. Order here matters:
//   1. read     one candidate per stored event: its date (from the text, else the publication date
//               for what a past-tense verb says happened), a cancellation cue read from its sentence ("called off", "on
//               hold": events.ts reads modality only from the words before a trigger), its number;
//   2. fold     candidates that are the same event (same CAMEO root, compatible participants, dates
//               that overlap, same modality, same number) become one entry with `alsoIn`;
//   3. link     a later entry that changes an earlier one (same root, shared participant, dates
//               compatible) gets `revises`; the earlier one lists it in `revisedBy`;
//   4. keep     events with an actor or a target, named (an entity) or not (a noun phrase typed by
//               CAMEO: "police", COP); statements only with a date of their own and an entity;
//               undated entries only when linked;
//   5. order    by the start of the date referred to, shorter spans first, then publication date.

import { CAMEO_ROOTS, type ArticleView, type CameoActorType, type CameoRoot, type EntityRef, type Modality, type NumberKind, type StoredEvent, type TimeExpr, type TimeGranularity } from '../model/index.js';
import { valueInterval } from './ask/when.js';

/** Where an entry's date comes from: a time expression in its sentence, the article's publication
 *  date (an event that happened, no date given: on or before that day), or the entry it revises. */
export type DateSource = 'text' | 'published' | 'revised';

/** How a later entry changes an earlier one. */
export type RevisionKind = 'called-off' | 'went-ahead' | 'number';

export interface TimelineCitation {
  articleId: string;
  sentenceIndex: number;
  sentence: string;
  source: string | null;
  published: string | null;
}

export interface TimelineNumber {
  text: string;
  value: number;
  kind: NumberKind;
  counted: string | null;
}

export interface TimelineEntry {
  /** Stable id of the entry: `<articleId>:<sentenceIndex>:<offset of the trigger>`. */
  key: string;
  /** ISO value of when it happened or will: '2025-10-18', '2025-10', '2025-W43', '2025-10-18/2025-11-01';
   *  null only for an undated entry kept because it is linked (or with `undated: true`). */
  date: string | null;
  granularity: TimeGranularity | null;
  dateFrom: DateSource | null;
  /** The time expression as written ("within two weeks"), when the date comes from the text. */
  dateText: string | null;
  cameo: CameoRoot;
  cameoLabel: string;
  /** The entity in the role, or null: then the role may be a noun phrase (`actorPhrase`). */
  actor: EntityRef | null;
  target: EntityRef | null;
  /** A role no entity fills, as the text's noun phrase ("police", "the creditors"); null when an entity fills it or nothing does. */
  actorPhrase: string | null;
  /** The CAMEO actor type code of `actorPhrase` (COP, GOV, BUS...; CAMEO_ACTOR_TYPES), null without a phrase or a type. */
  actorCameoType: CameoActorType | null;
  targetPhrase: string | null;
  targetCameoType: CameoActorType | null;
  place: EntityRef | null;
  modality: Modality;
  /** The words that call it off, as written ("put on hold", "postponed"); the modality is then 'negated'. */
  cue: string | null;
  trigger: string;
  /** The number its sentence gives nearest the trigger (a count, sum or percentage), if any. */
  number: TimelineNumber | null;
  sentence: string;
  articleId: string;
  sentenceIndex: number;
  /** Publication date of the citing article: the entry is true "as of" this date. */
  published: string | null;
  source: string | null;
  /** The same event in other sentences or articles, in order of publication. */
  alsoIn: TimelineCitation[];
  /** The earlier entry this one changes. */
  revises: { key: string; kind: RevisionKind } | null;
  /** Keys of later entries that change this one. */
  revisedBy: string[];
}

export interface TimelineOptions {
  /** Keep statements (CAMEO 01) without a date of their own; default false: they are noise on a timeline. */
  includeStatements?: boolean;
  /** Keep events with no date at all (plans without a date), after the dated ones; default false. */
  undated?: boolean;
  /** Date an event that happened, when its sentence gives no date, by its article's publication; default true. */
  publishedFallback?: boolean;
}

// Only a verb in the past tense says that something happened; a noun ("ceasefire", "support") or a
// gerund has no tense, and 'happened' is then only events.ts's default: no publication date for those.
const PAST = /^(?:\w+ed|met|took|fought|struck|shot|withdrew|held|broke|won|lost|said|told|went|came|gave|sent|left|led|fled|hit|fell|rose|began|sought|brought|made|kept|spoke|wrote|stood|ran|saw|paid|slew|swore|threw|froze)\b/i;
const SUBORDINATE = /\b(?:which|who|whom|whose|that|since|because|where|when|while|although|though|if|unless)\b/i;
// a time expression further from its trigger than this (characters between them) belongs to another verb
const MAX_TIME_GAP = 80;
// an event that happened with no date of its own, seen in an article of day P: it happened within the week before
const FALLBACK_WINDOW_DAYS = 7;
// two dated reports are one event only when their dates are this fine (a year overlaps every meeting in it)
const SAME_EVENT_MAX_SPAN_DAYS = 31;
// CONSULT, MATERIAL COOPERATION and FIGHT read the same both ways round ("Trump met Putin" = "Putin met Trump")
const SYMMETRIC = new Set<CameoRoot>(['04', '06', '19']);

interface Candidate extends TimelineEntry {
  /** Day numbers (days since 1970-01-01) of the date's first and last day, null when undated. */
  span: [number, number] | null;
  /** The span used to tell whether two reports are of one event (a published-date window is wider). */
  matchSpan: [number, number] | null;
  order: number;
}

/**
 * A role in words: the entity's name, else the noun phrase with its CAMEO actor type ("police (COP)";
 * with `typed` false the phrase alone), else ''. What the CLI and the web timeline print.
 */
export function roleLabel(ref: EntityRef | null, phrase: string | null, type: CameoActorType | null, typed = true): string {
  if (ref) return ref.name;
  if (!phrase) return '';
  return typed && type ? `${phrase} (${type})` : phrase;
}

export function buildTimeline(articles: ArticleView[], opts: TimelineOptions = {}): TimelineEntry[] {
  const candidates = read(articles, opts);
  const entries = fold(candidates);
  link(entries);
  const kept = entries.filter((e) => keep(e, opts));
  kept.sort(byDate);
  return kept.map(strip);
}

// ---- 1. read ----

function read(articles: ArticleView[], opts: TimelineOptions): Candidate[] {
  const out: Candidate[] = [];
  // stream order: what was published first comes first; undated articles last
  const sorted = [...articles].sort((a, b) => cmpNullable(day(a.published), day(b.published)) || a.id.localeCompare(b.id));
  for (const a of sorted) {
    const sentences = new Map(a.sentences.map((s) => [s.index, s]));
    const times = groupBy(a.times, (t) => t.sentence);
    const numbers = groupBy(a.numbers, (n) => n.sentence);
    const pub = day(a.published);
    for (const ev of a.events) {
      const s = sentences.get(ev.sentence);
      if (!s) continue;
      const text = a.text.slice(s.start, s.end);
      const cue = cancelCue(text, ev.start - s.start, ev.end - s.start);
      const modality: Modality = cue ? 'negated' : ev.modality;
      let date = textDate(text, s.start, ev, times.get(ev.sentence) ?? [], modality, pub);
      if (!date && asserted(modality) === 'happened' && pub !== null && opts.publishedFallback !== false && PAST.test(ev.trigger)) {
        const p = a.published!.slice(0, 10);
        date = { value: p, granularity: 'day', from: 'published', text: null, span: [pub, pub], matchSpan: [pub - FALLBACK_WINDOW_DAYS, pub] };
      }
      if (ev.cameo === '01' && !opts.includeStatements && date?.from !== 'text') continue;
      // who did what to whom: with neither an actor nor a target an event says nothing a timeline can
      // show; a role no entity fills counts when a noun phrase fills it ("police arrested ...")
      if (ev.actor === null && ev.target === null && !ev.actorPhrase && !ev.targetPhrase) continue;
      // "officials said on Thursday": a statement by nobody named is the attribution of another event
      if (ev.cameo === '01' && !opts.includeStatements && ev.actor === null && ev.target === null) continue;
      out.push({
        key: `${a.id}:${ev.sentence}:${ev.start}`,
        date: date?.value ?? null,
        granularity: date?.granularity ?? null,
        dateFrom: date?.from ?? null,
        dateText: date?.text ?? null,
        cameo: ev.cameo,
        cameoLabel: CAMEO_ROOTS[ev.cameo],
        actor: ev.actor,
        target: ev.target,
        actorPhrase: ev.actor ? null : ev.actorPhrase?.text ?? null,
        actorCameoType: ev.actor ? null : ev.actorPhrase?.type ?? null,
        targetPhrase: ev.target ? null : ev.targetPhrase?.text ?? null,
        targetCameoType: ev.target ? null : ev.targetPhrase?.type ?? null,
        place: ev.place,
        modality,
        cue,
        trigger: ev.trigger,
        number: nearestNumber(numbers.get(ev.sentence) ?? [], ev.start),
        sentence: text,
        articleId: a.id,
        sentenceIndex: ev.sentence,
        published: a.published,
        source: a.source,
        alsoIn: [],
        revises: null,
        revisedBy: [],
        span: date?.span ?? null,
        matchSpan: date?.matchSpan ?? null,
        order: out.length,
      });
    }
  }
  return out;
}

interface Dated {
  value: string;
  granularity: TimeGranularity;
  from: DateSource;
  text: string | null;
  span: [number, number];
  matchSpan: [number, number];
}

/**
 * The date an event refers to: the time expression of its sentence nearest its trigger within its
 * clause (no comma or semicolon between them), or a fronted one ("On Monday, ..."), which sets the
 * time of the whole sentence. Durations, sets and relative expressions without an anchor are not
 * dates; nor is a date after publication for something that already happened.
 */
function textDate(text: string, sStart: number, ev: StoredEvent, times: TimeExpr[], modality: Modality, pub: number | null): Dated | null {
  let best: { t: TimeExpr; span: [number, number]; gap: number } | null = null;
  for (const t of times) {
    if (t.value === null || t.granularity === 'duration' || t.granularity === 'set' || t.granularity === 'unknown') continue;
    const span = spanOf(t.value);
    if (!span) continue;
    if (asserted(modality) === 'happened' && pub !== null && span[0] > pub) continue;
    const [from, to] = t.end <= ev.start ? [t.end, ev.start] : [ev.end, t.start];
    const between = text.slice(Math.max(0, from - sStart), Math.max(0, to - sStart));
    const front = fronted(text, t.start - sStart, t.end - sStart);
    // a comma, a relative or subordinate clause ("a rail link which was closed in 1969", "since coming
    // to power in 1997") or a long stretch between them: the time belongs to another verb
    if (!front && (/[,;]/.test(between) || SUBORDINATE.test(between) || between.length > MAX_TIME_GAP)) continue;
    // what follows "said" is what was said: only "said on Tuesday", "said yesterday" date the saying
    if (ev.cameo === '01' && t.start >= ev.end && !/^\s*(?:on|in|at|late|early|earlier|later)?\s*$/i.test(between)) continue;
    const gap = Math.max(0, to - from);
    if (!best || gap < best.gap) best = { t, span, gap };
  }
  if (!best) return null;
  return { value: best.t.value!, granularity: best.t.granularity, from: 'text', text: best.t.text, span: best.span, matchSpan: best.span };
}

/** "On Monday, ...", "Earlier this month, ...": a time that opens its sentence and is set off by a comma. */
function fronted(text: string, start: number, end: number): boolean {
  return /^[\s"“‘']*(?:[a-z]+\s+){0,3}$/i.test(text.slice(0, start)) && /^[^,;.]{0,20},/.test(text.slice(end));
}

// The words that call an event off: before the trigger ("called off the planned summit", "scrapped plans
// to meet"), or after it ("the meeting has been put on hold", "talks will not go ahead").
const CANCEL = String.raw`call(?:ed|s|ing)?\s+off|cancel(?:l?ed|s|l?ing)?|postpon(?:ed|es|e|ing)|scrap(?:ped|s|ping)?|shelv(?:ed|es|e|ing)|put(?:s|ting)?\s+off|push(?:ed|es|ing)?\s+back|delay(?:ed|s|ing)?|abandon(?:ed|s|ing)?|ax(?:ed|es|e|ing)|put(?:s|ting)?\s+on\s+(?:hold|ice)`;
const CANCEL_BEFORE = new RegExp(String.raw`\b(${CANCEL})\s+(?:(?:the|a|an|his|her|their|its|this|that|next|week's|month's|plans?|plans?\s+(?:for|to)|planned|proposed|upcoming|expected|scheduled|[A-Z][\w'’.-]*|[\w-]+['’]s)\s+){0,5}$`, 'i');
// the words between the trigger and a cue after it stay in one clause: no ", and", "but", "said", "which"
const SAME_CLAUSE = String.raw`(?:(?!,\s*(?:and|but)\b|\b(?:but|while|said|says|told|after|because|although|whereas|which|who|when)\b)[^.;:!?]){0,60}?`;
const CANCEL_AFTER = new RegExp(String.raw`^${SAME_CLAUSE}\b(?:(?:has|have|had|was|were|is|are|been|be|being|now|since|also|reportedly)\s+)+(${CANCEL}|on\s+(?:hold|ice)|off)\b`, 'i');
const ON_HOLD_AFTER = new RegExp(String.raw`^${SAME_CLAUSE}\b(on\s+(?:hold|ice))\b`, 'i');
const NOT_AHEAD_AFTER = new RegExp(String.raw`^${SAME_CLAUSE}\b((?:will|would|did|does|do|is|are|was|were)\s*(?:not|n['’]t)\s+(?:now\s+)?(?:go(?:ing)?\s+ahead|tak(?:e|ing)\s+place|happen(?:ing)?|proceed(?:ing)?)|won['’]t\s+(?:now\s+)?(?:go\s+ahead|take\s+place|happen|proceed)|no\s+longer\s+(?:go(?:ing)?\s+ahead|tak(?:e|ing)\s+place|happen(?:ing)?))\b`, 'i');

function cancelCue(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 100);
  const m = CANCEL_BEFORE.exec(before) ?? CANCEL_AFTER.exec(after) ?? ON_HOLD_AFTER.exec(after) ?? NOT_AHEAD_AFTER.exec(after);
  return m ? m[1].replace(/\s+/g, ' ') : null;
}

/** Outlets word one change differently ("called off", "scrapped"): what kind of change it is. */
function cueClass(cue: string | null): string | null {
  if (cue === null) return null;
  if (/hold|ice/i.test(cue)) return 'on hold';
  if (/postpon|put off|push|delay/i.test(cue)) return 'postponed';
  return 'off';
}

function nearestNumber(ns: ArticleView['numbers'], at: number): TimelineNumber | null {
  let best: ArticleView['numbers'][number] | null = null;
  for (const n of ns) {
    if (n.kind !== 'count' && n.kind !== 'money' && n.kind !== 'percent') continue;
    if (!best || Math.abs(n.start - at) < Math.abs(best.start - at)) best = n;
  }
  return best ? { text: best.text, value: best.value, kind: best.kind, counted: best.counted } : null;
}

// ---- 2. fold ----

/**
 * What an entry asserts of its event: a report of it ("X met Y, her office said") asserts that it
 * happened as much as a plain statement does, so the two fold together and a report carries a plan out.
 */
const asserted = (m: Modality): Modality => (m === 'reported' ? 'happened' : m);

function fold(cands: Candidate[]): Candidate[] {
  const groups: Candidate[][] = [];
  for (const c of cands) {
    const g = groups.find((g) => asserted(g[0].modality) === asserted(c.modality) && cueClass(g[0].cue) === cueClass(c.cue) && sameEvent(g[0], c) && sameNumber(g[0], c) !== false);
    if (g) g.push(c);
    else groups.push([c]);
  }
  return groups.map((g) => {
    // the first report is the primary, unless a later one has a date of its own and it has not
    const primary = g.find((c) => c.dateFrom === 'text') && g[0].dateFrom !== 'text' ? g.find((c) => c.dateFrom === 'text')! : g[0];
    // "met Li Wei ... to discuss trade": two triggers of one sentence are one citation
    const cited = new Set([`${primary.articleId}:${primary.sentenceIndex}`]);
    const others = g.filter((c) => !cited.has(`${c.articleId}:${c.sentenceIndex}`) && cited.add(`${c.articleId}:${c.sentenceIndex}`));
    primary.alsoIn = others.map((c) => ({ articleId: c.articleId, sentenceIndex: c.sentenceIndex, sentence: c.sentence, source: c.source, published: c.published }));
    return primary;
  });
}

/**
 * A role as a key: `e:<entity id>`, `p:<phrase>` (lower case, without its article: "the police" and
 * "Police" are one), or null when nothing fills it.
 */
function roleKey(ref: EntityRef | null, phrase: string | null): string | null {
  if (ref) return `e:${ref.id}`;
  return phrase ? `p:${phrase.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ')}` : null;
}

function roles(x: Candidate, swap = false): [string | null, string | null] {
  const r: [string | null, string | null] = [roleKey(x.actor, x.actorPhrase), roleKey(x.target, x.targetPhrase)];
  return swap ? [r[1], r[0]] : r;
}

/**
 * Whether two reports' participants are of one event: none contradicts and one is shared. Only two
 * entities contradict; a phrase may be any of them ("police" and "Greater Manchester Police",
 * "police" and "officers"). A shared entity is enough, a phrase is not ("police" arrest someone
 * every day): phrases count only when both roles are filled and the same ("police" → "protesters").
 */
function participantsMatch(a: [string | null, string | null], b: [string | null, string | null]): boolean {
  const agree = (x: string | null, y: string | null) => x === null || y === null || !x.startsWith('e:') || !y.startsWith('e:') || x === y;
  if (!agree(a[0], b[0]) || !agree(a[1], b[1])) return false;
  const entity = (x: string | null, y: string | null) => x !== null && x.startsWith('e:') && x === y;
  return entity(a[0], b[0]) || entity(a[1], b[1]) || (a[0] !== null && a[1] !== null && a[0] === b[0] && a[1] === b[1]);
}

/** Same CAMEO root, no participant that contradicts, one shared, dates that overlap and are fine enough. */
function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.cameo !== b.cameo) return false;
  const fits = (swap: boolean) => participantsMatch(roles(a), roles(b, swap));
  if (!fits(false) && !(SYMMETRIC.has(a.cameo) && fits(true))) return false;
  if (a.place && b.place && a.place.id !== b.place.id) return false;
  // without a date, only two reports in one article are known to be of one event
  if (!a.matchSpan || !b.matchSpan) return a.articleId === b.articleId;
  if (a.date === b.date) return true;
  const fine = (s: [number, number]) => s[1] - s[0] < SAME_EVENT_MAX_SPAN_DAYS;
  return overlap(a.matchSpan, b.matchSpan) && fine(a.matchSpan) && fine(b.matchSpan);
}

/** Whether two reports give the same number for the same thing; null when they cannot be compared. */
function sameNumber(a: Candidate, b: Candidate): boolean | null {
  const x = a.number;
  const y = b.number;
  if (!x || !y || x.kind !== y.kind) return null;
  if (x.kind === 'count' && (!x.counted || !y.counted || lastWord(x.counted) !== lastWord(y.counted))) return null;
  return x.value === y.value;
}

// ---- 3. link ----

function link(entries: Candidate[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    for (let j = i - 1; j >= 0; j--) {
      const p = entries[j];
      // a change is news of a later article; within one article a negation is part of the same account
      if (p.articleId === e.articleId) continue;
      const kind = revision(p, e);
      if (!kind) continue;
      e.revises = { key: p.key, kind };
      p.revisedBy.push(e.key);
      // a call-off without a date of its own stands where the plan stood, dated as of its article
      if (e.span === null && p.span !== null) {
        e.date = p.date;
        e.granularity = p.granularity;
        e.dateFrom = 'revised';
        e.span = p.span;
      }
      break;
    }
  }
}

/** How `later` changes `earlier`, if it does: the most recent earlier entry wins (a chain of changes). */
function revision(earlier: Candidate, later: Candidate): RevisionKind | null {
  if (earlier.cameo !== later.cameo) return null;
  // "did not meet" denies what happened only when the words say it was called off; a plan needs no cue
  // a change of a change (on hold, then postponed, then called off) revises the latest state
  // "will not meet" after "will meet" needs no cue; a report or a fact is called off only in so many words
  const cancellable =
    earlier.modality === 'planned' ||
    (earlier.modality !== 'negated' && later.cue !== null) ||
    (earlier.cue !== null && later.cue !== null && cueClass(earlier.cue) !== cueClass(later.cue));
  if (later.modality === 'negated' && cancellable) {
    if (!shares(earlier, later, true)) return null;
    // a postponement moves the date, so its new date need not overlap the old one
    const moved = cueClass(later.cue) === 'postponed';
    return moved || !earlier.matchSpan || !later.matchSpan || overlap(earlier.matchSpan, later.matchSpan) ? 'called-off' : null;
  }
  if (asserted(later.modality) === 'happened' && earlier.modality === 'planned' && earlier.articleId !== later.articleId) {
    if (!shares(earlier, later, false) || !earlier.matchSpan || !later.matchSpan) return null;
    return overlap(earlier.matchSpan, later.matchSpan) ? 'went-ahead' : null;
  }
  if (asserted(later.modality) === asserted(earlier.modality) && sameEvent(earlier, later) && sameNumber(earlier, later) === false) return 'number';
  return null;
}

/**
 * At least one entity in common, in any role, or both roles the same (phrases included: "the
 * government" → "union leaders"); a shared place counts only when `places` is set.
 */
function shares(a: Candidate, b: Candidate, places: boolean): boolean {
  const ids = (x: Candidate) => [x.actor, x.target, ...(places ? [x.place] : [])].filter((r): r is EntityRef => r !== null).map((r) => r.id);
  const bs = new Set(ids(b));
  if (ids(a).some((id) => bs.has(id))) return true;
  const [a1, a2] = roles(a);
  const [b1, b2] = roles(b);
  return a1 !== null && a2 !== null && a1 === b1 && a2 === b2;
}

// ---- 4. keep, 5. order ----

function keep(e: Candidate, opts: TimelineOptions): boolean {
  if (e.date !== null) return true;
  return !!opts.undated || e.revises !== null || e.revisedBy.length > 0;
}

function byDate(a: Candidate, b: Candidate): number {
  return (
    cmpNullable(a.span?.[0] ?? null, b.span?.[0] ?? null) ||
    cmpNullable(a.span ? a.span[1] - a.span[0] : null, b.span ? b.span[1] - b.span[0] : null) ||
    cmpNullable(day(a.published), day(b.published)) ||
    a.order - b.order
  );
}

function strip(c: Candidate): TimelineEntry {
  const { span: _s, matchSpan: _m, order: _o, ...entry } = c;
  return entry;
}

// ---- dates as day numbers ----

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The day number of an ISO date or date-time's date part; null when there is none. */
function day(iso: string | null): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? dayNumber(+m[1], +m[2], +m[3]) : null;
}

/** First and last day (as day numbers) of a calendar value; null for durations, references, unknowns. */
function spanOf(value: string): [number, number] | null {
  const iv = valueInterval(value);
  return iv ? [day(iv.from)!, day(iv.to)!] : null;
}

function overlap(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

// ---- small helpers ----

function cmpNullable(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function groupBy<T>(xs: T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of xs) {
    const arr = out.get(key(x)) ?? [];
    arr.push(x);
    out.set(key(x), arr);
  }
  return out;
}

function lastWord(s: string): string {
  return s.trim().split(/\s+/).pop()!.toLowerCase().replace(/s$/, '');
}
