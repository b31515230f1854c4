// Answer candidates of the expected type inside one evidence sentence.

import type { Evidence } from './evidence.js';
import { dimensionAsked, hasUnit, quantityFits, singularHead, speakerForms, type Question } from './question.js';
import { isTitleQuote, type EntityType } from '../../model/index.js';
import { escapeRe, wholeWords } from './evidence.js';
import { isStopWord, tokens } from '../../understand/terms.js';
import nlp from 'compromise';
import { clauseAt } from './clause.js';
import { fitsWhen, isCalendarValue } from './when.js';
import { MONTHS, WEEKDAYS, demonymOf, isCommonWord, isFunctionWord, isHonorific, isLastName, isTitleWord, placeOf, posTags } from '../../understand/gazetteer.js';
import { nameInText } from './verify.js';
import { wordsOf } from './score.js';
import { isKindOf, placeKind, isPartOf, isPlaceName, lexicalRelatives, nounClasses } from '../../understand/wordnet.js';

export interface Candidate {
  /** The short answer as shown. */
  text: string;
  /** Grouping key: the same answer from several sentences adds up. */
  key: string;
  /** The answer as shown when it says more than `text` (a number with its unit); else absent. */
  shown?: string;
  /** Offsets within the evidence sentence. */
  start: number;
  end: number;
  /** How close to the question's words (0..1) and how much the priors added: features for the ranker. */
  proximity: number;
  bonus: number;
  /** How close the span stands to the noun the question asks for (0..1; 1 when built around it). */
  head: number;
  /**
   * How much of the question stands right around the span: the idf-weighted share of the question's
   * terms matched within NEAR characters of its edges, outside it (each term once, at its best match).
   * Of two numbers or names in one sentence, the one the question's words surround ("50 A350-900s" for
   * "how many A350-900s", not "30 787s" further on).
   */
  near: number;
  /** How well the span's kind fits the asked type: 1 the first type asked, less for others (see rawSpans). */
  slot: number;
  /**
   * The span is a kind of the asked noun (see kindFit): its own noun is one by WordNet ("a goose" for
   * "what animal"), or its article calls it one ("the Hackarmy trojan", "Giselle, the ballet"). 0..1.
   */
  kindFit: number;
  /** A locative or the question's stranded preposition stands right before the span. */
  prep: number;
  /** Share of the span's words that the question already uses (answers rarely repeat the question). */
  echo: number;
  /** What the span is: a name, a number, a common noun phrase, quoted words, a time. */
  kind: SpanKind;
  /** Closeness to the question's content words (its predicate), names aside (0..1; 0 when none matched). */
  predicate: number;
  /** No clause boundary (, ; : dash, quote mark) between the span and the nearest matched content word. */
  sameClause: number;
  /** The span comes before the nearest matched content word (a subject more often than an object). */
  before: number;
  /** One of the question's names stands in the span's clause (1 when the question names none). */
  ownClause: number;
  /**
   * A "where" question's span is a country or continent (1) or a region (0.5) in the gazetteer while the
   * question does not ask for one by its noun: "where in Glasgow", "where did he eat it" want the spot,
   * not "Scotland". 0 for other questions: a country can be who was given something.
   */
  broad: number;
  /**
   * A "where" answer against the places around it, by WordNet's part holonyms: 1 when it lies within a
   * place the question names ("which Louisiana city" → Monroe), -1 when it is or holds one ("Texas" for
   * a question about a Fort Worth girl, "Scotland" for "where in Glasgow"), -0.5 when it holds another
   * place its sentence names ("China" beside "Inner Mongolia"). 0 otherwise and for other questions.
   */
  within: number;
  /**
   * The span's part in the question's verb (Question.role), read from the sentence: 1 when it stands
   * where the asked part stands (before an active verb or after a passive one's "by" for a doer; after an
   * active verb or before a passive one for the one it is done to), -1 when it stands in the other part,
   * 0 when the sentence does not say (no such verb, a clause between).
   */
  role: number;
  /**
   * A time the sentence says only relative to when it was written ("a year ago", "last week", "on
   * Wednesday"), resolved here against the publication date: 1; a date it writes out ("December 2003",
   * "24 January") or any other span: 0. Of two times for "when", the one written out is the surer.
   */
  deictic: number;
  /**
   * When the question counts its answers ("which two firms"): 1 when the span names that many (joined
   * by commas and "and"), -1 when it names one, -0.5 another number; 0 when the question does not count.
   */
  items: number;
  /**
   * Whose the span is, by the nearest name its sentence writes (edge to edge; the span's own mention
   * aside): 1 when that name is one the question asks about, -1 when it is someone else's while the
   * question's stands further off in the same sentence ("Amicus has 1.2 million members and the TGWU has
   * 800,000" asked about the TGWU), 0 when the sentence names none of the question's entities.
   */
  owner: number;
  /**
   * A number in "N of (the) M" or "N out of M": 1 for the part N, -1 for the whole M ("173 of the 299
   * votes", "1.1m of the UK's 1.6m Muslims"); 0 otherwise.
   */
  part: number;
  /**
   * A name inside or around another name of its sentence: 1 for the inner one ("London's Abbey Road
   * studios", "Belmarsh Prison in London": Abbey Road, Belmarsh Prison), -1 for the one that holds it
   * (London); 0 otherwise and for numbers, times and quoted words.
   */
  nested: number;
  /**
   * The words the question puts before its asked noun ("which Japanese drug company": Japanese, drug)
   * that the article writes around the span: right before one of its mentions ("Japanese firm
   * Yamanouchi", "Bekele's Ethiopian colleague Markos Geneti") or in apposition after it ("Yamanouchi, the
   * Japanese drugmaker"); a nationality counts as its country too ("Japan's Yamanouchi"). The share of
   * those words found (0..1); 0 when the question puts none, and for numbers, times and quoted words.
   */
  modifier: number;
  /**
   * For a number, how the noun it counts matches the question's asked noun (countMatch): 1 the same noun,
   * 0.5 a WordNet synonym, derived form or kind of it, -1 a count of something else; 0 when the sentence
   * or the question gives no such noun, when the two are only both people, and for other spans.
   */
  counts: number;
  /**
   * The span is another entity's while its sentence names none of the question's: 1 when the name written
   * nearest to it (within FOREIGN_NEAR characters, edge to edge) is a person, organisation or place the
   * question does not name ("Yukos chief executive Steven Theede" asked about Baikal's chief executive;
   * "executive director of Korea Development Bank" asked about LG Card's). 0 otherwise, and when the
   * question names nothing.
   */
  foreign: number;
  /**
   * The span is where its sentence says the words come from rather than what they say (sourceFrame): the
   * one told or interviewed ("told CNN", "in an interview with the Guardian"), the one the words are
   * according to or reported by, the one that reported ("Bloomberg reported"), or the owner of a post or
   * report ("a Facebook post", "CNN's report"). 1 when so and the question asks after no telling or
   * reporting itself (a question that does may want the source); 0 otherwise and for numbers, times and
   * quoted words.
   */
  source: number;
  /** Set when the span is a typed entity mention. */
  entityType?: EntityType;
  evidence: Evidence;
}

export type SpanKind = 'name' | 'number' | 'phrase' | 'quoted' | 'time';

const NOT_ANSWERS = (w: string): boolean =>
  MONTHS.has(w.replace(/\.$/, '')) || WEEKDAYS.has(w) || isTitleWord(w) || isHonorific(w.replace(/\.$/, '')) || isFunctionWord(w) || PRONOUNS.has(w);
const PRONOUNS = new Set('i we you he she it they me us him her them my our your his its their this that these those'.split(' '));

const PLACE_PREPS = /\b(?:in|at|to|from|near|outside|inside|into|across)\s+(?:the\s+)?$/i;

/** A time expression that names no year, month or day of the month: it is read from the publication date. */
export function isDeictic(text: string): boolean {
  const words = tokens(text);
  return !/\b(?:1[0-9]|20)\d\ds?\b/.test(text) && !words.some((w) => MONTHS.has(w)) && !/\b\d{1,2}(?:st|nd|rd|th)?\b/.test(text.replace(/\b\d+\s+(?:years?|months?|weeks?|days?|hours?|decades?)\b/gi, ''));
}

/** The word is the asked noun, singular or plural. */
function isHeadWord(w: string, head: string): boolean {
  return w === head || w === `${head}s` || w === `${head}es`;
}

/** The span is the asked noun itself, singular or plural, with at most a determiner ("the Westerns"). */
function isAskedNoun(text: string, head: string): boolean {
  const words = tokens(text).filter((w) => !isStopWord(w));
  return words.length === 1 && isHeadWord(words[0], head);
}

/**
 * The question's words a span can echo (Candidate.echo): its tokens, and for a nationality its country's
 * too, since "Sweden" restates "Saab's Swedish plant" as much as "Saab" does.
 */
export function questionWords(question: string): Set<string> {
  return new Set(tokens(question).flatMap((w) => [w, ...tokens(demonymOf(w)?.place ?? '')]));
}

/** What candidatesIn reads of the question, the same for each of its evidence sentences. */
interface QuestionReading {
  qTokens: Set<string>;
  qLower: string;
  qWords: Set<string>;
  qAcronyms: Set<string>;
  modifiers: string[];
  patterns: RegExp[];
  asksSource: boolean;
}

// Worked out once per question rather than once per evidence sentence (about 24 of them; the modifiers'
// patterns are regular expressions compiled each time).
const readings = new WeakMap<Question, QuestionReading>();

function readingOf(q: Question): QuestionReading {
  let r = readings.get(q);
  if (!r) {
    const modifiers = headModifiers(q);
    r = {
      qTokens: new Set(q.names.flatMap((n) => n.toLowerCase().split(/\s+/))),
      qLower: q.text.toLowerCase(),
      qWords: questionWords(q.text),
      qAcronyms: acronymsIn(q.text),
      modifiers,
      patterns: modifierPatterns(modifiers),
      asksSource: asksAfterSource(q.text),
    };
    readings.set(q, r);
  }
  return r;
}

/** `rank` is the sentence's place among the evidence: noun phrases are chunked for the best few only. */
export function candidatesIn(ev: Evidence, q: Question, rank = 0): Candidate[] {
  const spans = rawSpans(ev, q, rank);
  const { qTokens, qLower, qWords, qAcronyms, modifiers, patterns, asksSource } = readingOf(q);
  // A plural of a name the question writes is that name ("Oscars" when it asks about an Oscar).
  const inQuestion = (t: string) => qTokens.has(t) || (t.length > 3 && t.endsWith('s') && qTokens.has(t.slice(0, -1)));
  const named = (piece: string[]) => piece.length > 0 && (piece.every(inQuestion) || inQuestion(piece[piece.length - 1]));
  const text = ev.hit.text;
  const out: Candidate[] = [];
  // The entities the question names, as this article resolved them: none of them is the answer, whatever
  // form the sentence gives it ("UK Independence Party" when the question says "UKIP").
  const asked = ev.article.entitiesNamed(q.names);
  for (const s of spans) {
    if (s.key && asked.has(s.key)) continue;
    const lower = s.text.toLowerCase();
    // The answer is not one of the things the question already names ("Sir Anthony Meyer" ⊇ "Anthony Meyer"),
    // as the entity's full name, as the sentence writes it ("UK" for United Kingdom), or by its initials
    // ("BNP" for the British National Party, "NEM" for Networked & Electronic Media).
    // (a one-digit number is a word: "No 3", "2 eggs")
    const toks = lower.split(/\s+/).filter((t) => t.length > 1 || (s.kind === 'number' && /\d/.test(t)));
    // A number only as a whole word: "50" is not named by "A350-900s". A name also inside a longer word,
    // "South Africa" in "South African city", "Oscar" in "Oscars": tried word by word for names too, it
    // turned four dev questions wrong ("South Africa" for a South African city, "Iran" for an Iranian
    // blogger's sentence) and none right.
    if (toks.length === 0 || (s.kind === 'number' ? wholeWords(lower).test(qLower) : qLower.includes(lower))) continue;
    if (s.surface && s.surface !== s.text && wholeWords(s.surface.toLowerCase()).test(qLower)) continue;
    if (s.kind !== 'time' && s.kind !== 'number' && s.kind !== 'quoted' && (qAcronyms.has(initials(s.text)) || qAcronyms.has(initials(s.surface ?? '')))) continue;
    // A month, weekday, title or pronoun is never a name answer ("May", "Rep", "We"), whatever tagged it.
    if (s.kind !== 'time' && s.kind !== 'quoted' && toks.length === 1 && NOT_ANSWERS(toks[0])) continue;
    // "Hughes and Giggs" is no answer when the question already names Hughes.
    if (q.type !== 'quote' && lower.split(/\s+and\s+/).some((p) => named(p.split(/\s+/).filter((t) => t.length > 1)))) continue;
    // The asked noun alone is no answer: "Westerns" is not which western.
    if (q.head && s.kind !== 'number' && s.kind !== 'time' && s.kind !== 'quoted' && isAskedNoun(s.text, q.head)) continue;
    let bonus = s.prior;
    let head = 0;
    // What the answer is called: the asked noun, or for "who coaches" the one who does it (a coach).
    const kinds = q.head ? [q.head] : q.agents ?? [];
    const kind = kinds.length && q.type !== 'number' && q.type !== 'date' && q.type !== 'quote' && s.kind !== 'number' && s.kind !== 'time' ? Math.max(...kinds.map((k) => articleKindFit(ev.article, s, k))) : 0;
    if (q.head && q.type !== 'number' && q.type !== 'date') {
      const hb = headBonus(text, s.start, s.end, q.head, s.entityType);
      // A "what X" answer stands next to its noun; anything else in the sentence is a guess (the ranker weighs it).
      head = s.fromHead ? 1 : hb / 0.25;
      bonus += hb;
    }
    const before = text.slice(Math.max(0, s.start - 24), s.start);
    let prep = 0;
    if (q.stranded && new RegExp(`\\b${escapeRe(q.stranded)}\\s+(?:the\\s+|a\\s+|an\\s+|[a-z-]+\\s+){0,3}$`, 'i').test(before)) (bonus += 0.15), (prep = 1);
    if (q.type === 'place' && PLACE_PREPS.test(before)) (bonus += 0.1), (prep = 1);
    // The asked noun itself is no echo ("Tomahawk missiles" for "what missiles").
    const echoOf = (t: string) => {
      const words = tokens(t).filter((w) => !isStopWord(w) && !(q.head && isHeadWord(w, q.head)));
      return words.length ? words.filter((w) => qWords.has(w)).length / words.length : 0;
    };
    const echo = Math.max(echoOf(s.text), s.surface ? echoOf(s.surface) : 0);
    // "Whose song ...?": the owner is written with a possessive ("James Newton's Choir").
    if (/^whose\b/i.test(q.text) && /^['’]s?\b/.test(text.slice(s.end, s.end + 2))) bonus += 0.15;
    const mid = (s.start + s.end) / 2;
    const proximity = ev.anchors.length ? 1 / (1 + Math.min(...ev.anchors.map((a) => Math.abs(a - mid))) / 40) : 0.3;
    // The nearest matched content word, measured from the span's edge.
    const nearest = ev.contentAnchors.length
      ? ev.contentAnchors.reduce((b, a) => (edgeDistance(a, s.start, s.end) < edgeDistance(b, s.start, s.end) ? a : b))
      : null;
    const predicate = nearest === null ? 0 : 1 / (1 + edgeDistance(nearest, s.start, s.end) / 25);
    const between = nearest === null ? '' : nearest < s.start ? text.slice(nearest, s.start) : text.slice(s.end, nearest);
    const sameClause = nearest !== null && !/[,;:()“”"—–]|\s-\s/.test(between) ? 1 : 0;
    const precedes = nearest !== null && s.end <= nearest ? 1 : 0;
    const clause = clauseAt(text, s.start, s.end);
    const ownClause = q.names.length === 0 || q.names.some((n) => nameInText(n, text.slice(clause.start, clause.end))) ? 1 : 0;
    const place = q.type === 'place' && (s.kind === 'name' || s.kind === undefined) ? placeOf(s.surface ?? s.text) ?? placeOf(s.text) : undefined;
    const broad = !place || (q.head && BROAD_HEADS.has(q.head)) ? 0 : place.kind === 'country' || place.kind === 'continent' ? 1 : place.kind === 'region' ? 0.5 : 0;
    const role = q.role && s.kind !== 'time' && s.kind !== 'number' && s.kind !== 'quoted' ? roleIn(text, s.start, s.end, ev.predicateAt, q.role.wants) : 0;
    const near = nearShare(ev.weighted, s.start, s.end);
    const within = q.type === 'place' && (s.kind === 'name' || s.kind === undefined) ? placeWithin(s.surface ?? s.text, questionPlaces(q), ev.mentions) : 0;
    out.push({
      text: s.text,
      ...(s.shown ? { shown: s.shown } : {}),
      key: s.key ?? lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
      start: s.start,
      end: s.end,
      proximity,
      bonus,
      head,
      slot: s.slot ?? 1,
      kindFit: kind,
      prep,
      echo,
      kind: s.kind ?? 'name',
      predicate,
      sameClause,
      before: precedes,
      ownClause,
      broad,
      within,
      role,
      near,
      deictic: s.deictic ? 1 : 0,
      items: q.items ? itemsFit(s.text, q.items) : 0,
      owner: ownerNear(ev.mentions, s.start, s.end, asked),
      part: s.kind === 'number' ? partOfWhole(text, s.start, s.end) : 0,
      nested: s.kind === 'name' || s.kind === undefined ? nesting(text, s.start, s.end) : 0,
      modifier: modifiers.length && (s.kind === 'name' || s.kind === 'phrase' || s.kind === undefined) ? articleModifierFit(ev.article, s, modifiers, patterns) : 0,
      counts: s.counts ?? 0,
      foreign: q.names.length ? foreignNear(ev.mentions, s.start, s.end, asked) : 0,
      source: !asksSource && (s.kind === 'name' || s.kind === 'phrase' || s.kind === undefined) && sourceFrame(text, s.start, s.end) ? 1 : 0,
      entityType: s.entityType,
      evidence: ev,
    });
  }
  return out;
}

/** kindFit per article, remembered while the article stays decoded: a name recurs in many of its sentences. */
const kindsOf = new WeakMap<Evidence['article'], { lower: string; known: Map<string, number> }>();

function articleKindFit(article: Evidence['article'], s: { text: string; surface?: string }, head: string): number {
  let memo = kindsOf.get(article);
  if (!memo) kindsOf.set(article, (memo = { lower: article.article.text.toLowerCase(), known: new Map() }));
  const key = `${head}\u0000${s.text}\u0000${s.surface ?? ''}`;
  let v = memo.known.get(key);
  if (v === undefined) memo.known.set(key, (v = kindFit(s, head, article.article.text, memo.lower)));
  return v;
}

/**
 * The content words a question writes between its question word and its asked noun, as written ("Which
 * Japanese drug company": Japanese, drug; "which Arsenal forward": Arsenal); none for a count ("which two
 * firms") or a kind ("what kind of drug").
 */
export function headModifiers(q: Pick<Question, 'text' | 'head'>): string[] {
  if (!q.head) return [];
  const head = singularHead(q.head.toLowerCase().split(/\s+/).pop() ?? '');
  const words = q.text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const wh = words.findIndex((w) => /^(?:which|what|whose)$/i.test(w));
  if (wh < 0) return [];
  for (let i = wh + 1; i <= wh + 5 && i < words.length; i++) {
    if (singularHead(words[i].toLowerCase()) !== head) continue;
    return words
      .slice(wh + 1, i)
      .map((w) => w.replace(/['’]s$/u, ''))
      .filter((w) => w.length > 1 && !/^\d/.test(w) && !isFunctionWord(w.toLowerCase()) && !isStopWord(w.toLowerCase()) && !NOT_MODIFIERS.has(w.toLowerCase()));
  }
  return [];
}

/** Words before an asked noun that say how many or what sort, not which one. */
const NOT_MODIFIERS = new Set('kind kinds type types sort sorts form forms two three four five six seven eight nine ten other another same new'.split(' '));

/** See Candidate.modifier, remembered per article as kindFit is. */
const modifiersOf = new WeakMap<Evidence['article'], Map<string, number>>();

function articleModifierFit(article: Evidence['article'], s: { text: string; surface?: string }, modifiers: string[], patterns: RegExp[]): number {
  let memo = modifiersOf.get(article);
  if (!memo) modifiersOf.set(article, (memo = new Map()));
  const key = `${modifiers.join(' ')}\u0000${s.text}\u0000${s.surface ?? ''}`;
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = modifierFit(s, patterns, article.article.text)));
  return v;
}

/** How far before a name, and after it in apposition, the article is read for the question's modifiers (characters). */
const MODIFIER_WINDOW = 50;

/** Each modifier as a whole-word, case-blind pattern; a nationality also matches its country ("Japanese": Japan). */
export function modifierPatterns(modifiers: string[]): RegExp[] {
  return modifiers.map((m) => {
    const place = demonymOf(m)?.place;
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escapeRe(m)}${place && place.toLowerCase() !== m.toLowerCase() ? `|${escapeRe(place)}` : ''})(?![\\p{L}\\p{N}])`, 'iu');
  });
}

/**
 * See Candidate.modifier: the share of the modifiers (`patterns`, from modifierPatterns) that
 * `articleText` writes around a mention of the span.
 */
export function modifierFit(s: { text: string; surface?: string }, patterns: RegExp[], articleText: string): number {
  const names = [...new Set([s.surface, s.text].filter((x): x is string => !!x && x.length > 1))];
  const found = new Set<number>();
  for (const name of names) {
    let seen = 0;
    for (let i = articleText.indexOf(name); i >= 0 && seen < 20; i = articleText.indexOf(name, i + name.length), seen++) {
      const j = i + name.length;
      if (WORD_CHAR.test(articleText[i - 1] ?? ' ') || WORD_CHAR.test(articleText[j] ?? ' ')) continue;
      // before the name, within its sentence; after it, only an apposition (", the Japanese drugmaker,")
      const before = articleText.slice(Math.max(0, i - MODIFIER_WINDOW), i).split(/[.!?]\s+|\n/).pop() ?? '';
      const rest = articleText.slice(j, j + MODIFIER_WINDOW);
      const after = /^,\s/.test(rest) ? rest.slice(2).split(/[,.;:!?()]|\s[-–—]\s/)[0] : '';
      patterns.forEach((p, k) => {
        if (p.test(before) || p.test(after)) found.add(k);
      });
      if (found.size === patterns.length) return 1;
    }
  }
  return found.size / patterns.length;
}

/** How far either side of the asked noun the article is read for a name it calls so (characters). */
const KIND_WINDOW = 60;

/**
 * How surely a span is a kind of the asked noun, from two sources that hold beyond one sentence:
 * - WordNet: the span's last word is a hyponym or an instance of the noun ("goose" of animal, "tax" of
 *   levy, "Thames" of river): 1;
 * - its article, as Hearst's patterns read a text: the noun written right after the span ("the Hackarmy
 *   trojan", one word may come between), right before it ("the website Suprnova", "a ballet called
 *   Giselle"), or in apposition after it ("Giselle, the ballet that ..."): 1 in the article's own words.
 * 0 otherwise, and for a span that is the noun itself.
 */
export function kindFit(s: { text: string; surface?: string }, askedHead: string, articleText: string, lower = articleText.toLowerCase()): number {
  const head = singularHead(askedHead.toLowerCase().split(/\s+/).pop() ?? '');
  if (!head) return 0;
  // WordNet for a common noun ("a goose"); names are read in their article (WordNet knows few of them).
  const words = (s.surface ?? s.text).split(/\s+/);
  const written = words[words.length - 1];
  const last = written.toLowerCase().replace(/[^a-z-]/g, '');
  if (last && written.startsWith(last) && singularHead(last) !== head && (isKindOf(last, head) || isKindOf(singularHead(last), head))) return 1;
  const names = [...new Set([s.text, s.surface].filter((x): x is string => !!x && x.length > 1))].filter((n) => singularHead(n.toLowerCase()) !== head);
  if (names.length === 0) return 0;
  // A place WordNet knows is, or is not, of the asked kind ("Hungary" a country; "Frankfurt" no country).
  const place = /^\p{Lu}/u.test(names[0]) ? placeKind(names[0], head) : 0;
  if (place !== 0) return place;
  // Only around where the article writes the noun (rarer than most names, and the patterns need it). The
  // patterns are the noun's, compiled once per noun: one per name and noun doubled ask's p95 at 20,000 articles.
  const p = headPatterns(head);
  for (let at = lower.indexOf(head); at >= 0; at = lower.indexOf(head, at + head.length)) {
    const from = Math.max(0, at - KIND_WINDOW);
    const window = articleText.slice(from, at + head.length + KIND_WINDOW);
    for (const name of names) {
      for (let i = window.indexOf(name); i >= 0; i = window.indexOf(name, i + 1)) {
        const j = i + name.length;
        if (WORD_CHAR.test(window[i - 1] ?? ' ') || WORD_CHAR.test(window[j] ?? ' ')) continue;
        const before = window.slice(0, i);
        const after = window.slice(j);
        if (p.after.test(after) || p.before.test(before) || p.apposition.test(after)) return 1;
      }
    }
  }
  return 0;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** What follows or precedes a name when the article calls it a `head`: the noun right after it, right before it, or in apposition. */
const headPatternsOf = new Map<string, { after: RegExp; before: RegExp; apposition: RegExp }>();

function headPatterns(head: string): { after: RegExp; before: RegExp; apposition: RegExp } {
  let p = headPatternsOf.get(head);
  if (!p) {
    const h = `${escapeRe(head)}(?:s|es)?`;
    p = {
      // one word may come between ("the Hackarmy computer trojan"), but no function word: "reports that
      // food was thrown" does not call the reports food
      after: new RegExp(`^\\s+(?:(?!${BETWEEN_NOT.source}\\s)[A-Za-z-]+\\s+)?${h}(?![A-Za-z])`, 'i'),
      before: new RegExp(`(?:^|[^A-Za-z])${h}\\s+(?:(?:called|named|dubbed|titled|entitled)\\s+)?[“"'‘]?$`, 'i'),
      apposition: new RegExp(`^[”"'’]?,\\s+(?:the|a|an|its|his|her|their)\\s+(?:[A-Za-z-]+\\s+){0,3}${h}(?![A-Za-z])`, 'i'),
    };
    headPatternsOf.set(head, p);
  }
  return p;
}

/** Words that cannot stand between a name and the noun that names its kind (see headPatterns). */
const BETWEEN_NOT = /(?:that|which|who|whom|whose|when|where|while|if|of|and|or|but|nor|to|in|on|at|for|from|with|by|as|than|is|was|are|were|be|been|has|had|have|the|a|an|his|her|its|their|our|your|this|these|those|no|not)/;

const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:[a-z]+ly\s+)?$/i;
/**
 * Between a name and its verb: nothing but an auxiliary, an adverb, "who" or "which" after a comma, and
 * the age news gives after a name ("Jo Bloggs, 17, was jailed", "Jo Bloggs, 17 - who was jailed").
 */
const SUBJECT_GAP = /^(?:\s*,\s*\d{1,3}\s*(?:,|[-–—]))?(?:\s*,?\s*(?:who|which|that)\b)?(?:\s+(?:[a-z]+ly|not|also|has|have|had|will|would|is|are|was|were|be|been|to|could|can|may|might|must|should|did|does|do|said\s+to|set\s+to|going\s+to|due\s+to|expected\s+to|about\s+to|to\s+be))*\s*$/i;

const PREPOSITION = /^(?:of|in|on|at|to|for|from|with|about|against|into|over|under|after|before|between|among|through|during|without|within|as|than|like|near|via|per)$/i;
const REPORTING = /^(?:said|says|say|added|adds|told|tells|announced|announces|explained|argued|warned|insisted|wrote|writes|asked|noted|claimed|stated)$/i;

/** See Candidate.role: the span's part in the nearest occurrence of the question's verb. */
export function roleIn(text: string, start: number, end: number, verbs: [number, number][], wants: 'agent' | 'patient'): number {
  if (verbs.length === 0) return 0;
  const [vs, ve] = verbs.reduce((b, v) => (edgeDistance((v[0] + v[1]) / 2, start, end) < edgeDistance((b[0] + b[1]) / 2, start, end) ? v : b));
  const word = text.slice(vs, ve);
  const before = text.slice(Math.max(0, vs - 40), vs);
  const gap = start >= ve ? text.slice(ve, start) : '';
  // "their coach Tom Billups", "sound engineer Thorne Nogar": the word as a noun, the name in apposition is the one who does it.
  const asNoun = /\b(?:the|a|an|their|his|her|its|our|my|your)\s+(?:[a-z-]+\s+)?$|['’]s\s+$/i.test(before);
  if (asNoun) return start >= ve && /^\s+$/.test(gap) ? (wants === 'agent' ? 1 : -1) : 0;
  // "collected by NASA's Cassini", "was sacked by Chelsea": whoever follows "by" does it.
  if (start >= ve && /^\s+(?:[a-z]+\s+){0,2}?by\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(gap)) return wants === 'agent' ? 1 : -1;
  const passive = PASSIVE_BEFORE.test(before) && /(?:ed|en|wn|ght|lt|t)$/i.test(word);
  let part: 'agent' | 'patient' | null = null;
  if (end <= vs) {
    // The name right before its verb, an auxiliary or "who" between: its subject.
    if (SUBJECT_GAP.test(text.slice(end, vs))) part = passive ? 'patient' : 'agent';
  } else if (start >= ve) {
    const words = gap.trim().split(/\s+/).filter(Boolean);
    // "said Derek Scissors": a reporting verb inverted before its speaker.
    if (REPORTING.test(word) && /^[\s,]*$/.test(gap)) part = 'agent';
    // The object: after an active verb, with no clause break or preposition between ("bought the rights to" is no object).
    else if (!passive && !/[,;:()“”"—–]/.test(gap) && words.length <= 4 && !words.some((w) => PREPOSITION.test(w))) part = 'patient';
  }
  return part === null ? 0 : part === wants ? 1 : -1;
}

/** The places a question names (WordNet or the gazetteer know them as places), once per question. */
const placesOf = new WeakMap<Question, string[]>();

function questionPlaces(q: Question): string[] {
  let v = placesOf.get(q);
  if (!v) placesOf.set(q, (v = q.names.filter((n) => isPlaceName(n) || !!placeOf(n))));
  return v;
}

/** See Candidate.within. */
export function placeWithin(name: string, asked: string[], mentions: { text: string }[]): number {
  if (asked.some((p) => isPartOf(name, p))) return 1;
  if (asked.some((p) => lookupSame(p, name) || isPartOf(p, name))) return -1;
  if (mentions.some((m) => !lookupSame(m.text, name) && isPartOf(m.text, name))) return -0.5;
  return 0;
}

const lookupSame = (a: string, b: string) => a.toLowerCase().replace(/^the\s+/, '') === b.toLowerCase().replace(/^the\s+/, '');

/** Nouns that ask for a country, continent or region: then a broad place is what is asked. */
const BROAD_HEADS = new Set(['country', 'nation', 'state', 'continent', 'region', 'territory', 'province', 'republic', 'kingdom']);

/** Time granularities that never say on what day ("last year", "this month", "the 1990s"). */
const COARSER_THAN_DAY = new Set(['month', 'season', 'quarter', 'year', 'decade']);

/** Words of the question written as initials: all capitals ("BNP", "EU") or a capitalised short word read as one ("Pipa"). */
function acronymsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-Z][A-Za-z]{1,5}(?![\p{L}\p{N}])/gu)) if (m.index! > 0 || /^[A-Z]+$/.test(m[0])) out.add(m[0].toUpperCase());
  return out;
}

/** A name's initials ("Networked & Electronic Media" → "NEM"); empty for one word, which is no acronym of itself. */
function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('').toUpperCase() : '';
}

function edgeDistance(at: number, start: number, end: number): number {
  return at < start ? start - at : at > end ? at - end : 0;
}

interface Span {
  text: string;
  start: number;
  end: number;
  prior: number;
  key?: string;
  entityType?: EntityType;
  /** Built around the head noun itself ("Tomahawk missiles"). */
  fromHead?: boolean;
  /** Fit of the span's kind to the asked type (default 1). */
  slot?: number;
  /** The words as the sentence writes them, when the answer shows another form (an entity's full name). */
  surface?: string;
  kind?: SpanKind;
  /** The answer as shown, when it says more than the span scored: a number with what it counts ("80 kilometres"). */
  shown?: string;
  /** A time said relative to the publication date (see Candidate.deictic). */
  deictic?: boolean;
  /** For a number, Candidate.counts. */
  counts?: number;
}

function rawSpans(ev: Evidence, q: Question, rank: number): Span[] {
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
        // Every name is a candidate: the tagger's type is evidence, not a gate ("Abbey Road" tagged a person
        // still answers "where"); the ranker weighs how well the type fits. Pronouns and role nouns that
        // coreference linked to an entity were tried as candidates too, with their link's confidence as a
        // feature (2,523 dev questions, out of fold by article): top-1 1,430 against 1,429 without them,
        // right answer reachable 1,806 against 1,807, confidence AUC 0.861 against 0.865. Not kept: the
        // named mention of the same entity nearby already answers.
        const rank = q.slotTypes.indexOf(m.type);
        let prior = rank < 0 ? -0.2 : -0.08 * rank;
        if (q.head && m.name.toLowerCase().includes(q.head)) prior += 0.2;
        // Places answer as written ("Turkey"); people and organisations by their fullest name.
        // (a town with the US state written after it: "Randolph, Mass.", whatever the tagger made of it)
        const place = m.type === 'GPE' || m.type === 'LOC';
        const state = place || q.type === 'place' ? stateAfter(ev.hit.text.slice(m.end)) : null;
        const shown = place || state ? m.text + (state ?? '') : m.name;
        // A named building or site ("Abbey Road studios", "Emirates Stadium") answers "where" though
        // tagged an organisation: the head noun after the name, or its own last word, is a structure or
        // a location by its first WordNet sense.
        const slot = rank === 0 ? 1 : rank > 0 ? 0.6 : q.type === 'place' && isSite(m.text, ev.hit.text.slice(m.end)) ? 0.6 : 0;
        spans.push({ text: shown, start: m.start, end: m.end, prior, key: m.entityId, entityType: m.type, slot, surface: m.text });
      }
      // Names the tagger did not type still answer "which company/judge" questions, a little less surely.
      const typed = ev.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, prior: 0 }));
      spans.push(...properNouns(ev.hit.text, typed, -0.12).map((p) => ({ ...p, slot: 0.3 })));
      return joinCoordinated(spans, ev.hit.text);
    }
    case 'date':
      return inSentence(art.times)
        .filter((t) => t.granularity !== 'duration' && t.granularity !== 'set')
        // "now", "recently", "the past" never say when; "last year" does not say on what day, nor at what time.
        .filter((t) => !(t.value && /_REF$/.test(t.value)) && !((q.granularity === 'day' || q.granularity === 'time') && (COARSER_THAN_DAY.has(t.granularity) || (t.value && /^\d{4}(?:-\d{2})?$/.test(t.value)))))
        .map((t) => ({
          text: datedText(t.text, t.value),
          start: t.start - base,
          end: t.end - base,
          // "now", "recently": true but never the date someone asks for.
          prior: (t.value && /^\d{4}/.test(t.value) ? 0.1 : 0) + granularityFit(q.granularity, t.value, t.granularity) - (t.value && /_REF$/.test(t.value) ? 0.3 : 0),
          key: t.value ?? t.text.toLowerCase(),
          kind: 'time' as const,
          deictic: isDeictic(t.text),
        }));
    case 'number': {
      const spans: Span[] = [];
      const dim = dimensionAsked(q);
      // The sentence's calendar times, when it gives one the question's time fits and one it does not
      // ("from 17 million in 2004 to 55 million in 2006", asked of 2006): each number is of its own (timeOf).
      const times = q.when ? inSentence(art.times).filter((t) => isCalendarValue(t.value)) : [];
      const timeFits = times.map((t) => fitsWhen(q.when!, null, [t]));
      const ofTime = timeFits.includes(true) && timeFits.includes(false);
      const howMuch = /\bhow\s+much\b/i.test(q.text);
      const rate = rateAsked(q.text);
      const roughly = ROUGHLY.test(q.text);
      for (const n of inSentence(art.numbers)) {
        // The asked quantity's kind is a constraint, not a preference: a percentage never says how many
        // people a firm employs, nor a count what something cost.
        if (!quantityFits(q.quantity, n.kind)) continue;
        // An order ("third") says how much of nothing, whatever was asked of how much.
        if (n.kind === 'ordinal' && howMuch) continue;
        // A number inside a name counts nothing: "Windows 95", "PlayStation 2", "10 Downing Street".
        if (n.kind === 'number' && inName(ev.hit.text, n.start - base, n.end - base)) continue;
        // A number written capitalised inside the sentence names something ("win the Six Nations", "the
        // Big Four"): it counts nothing.
        if (capitalisedNumber(ev.hit.text, n.start - base, n.end - base)) continue;
        // Two small numbers joined by a dash, the second no larger, are a result ("their 3-0 win", "a 2-2
        // draw"), not a count or an amount, unless the question asks a score.
        if (q.quantity !== 'score' && scorePart(ev.hit.text, n.start - base, n.end - base)) continue;
        // The question's time is a constraint, as it is on sentences: a number said of another time than
        // the asked one, in a sentence that also gives the asked one, is not the answer.
        if (ofTime) {
          const k = timeOf(art.text, times, n.start, n.end);
          if (k >= 0 && !timeFits[k]) continue;
        }
        // A bare year ("in 2017") is a date, never how many or how much.
        if (n.kind === 'number' && !n.counted && BARE_YEAR.test(n.text.trim())) continue;
        // A count said by its order of size ("hundreds", "several thousand") answers only a question that
        // asks roughly; asked how many, an article that says "hundreds" has not said.
        if (!roughly && VAGUE.test(n.text)) continue;
        // "How many people": what the number counts against the asked noun is a feature (counts, below),
        // not a filter: WordNet does not know that "a staff of 60 people", "10,227 firms" or "six
        // Independent Spirit Awards" answer "how many staff / companies / nominations".
        // A number with a unit measures something ("a 14-year-old", "5 miles"): it counts only that unit.
        if (q.quantity === 'count' && n.kind !== 'count' && n.unit && !(q.head && countFits(q.head, n.unit))) continue;
        // "How much does it weigh": a mass, written with its unit ("1.6kg"), not "13" of "13-inch".
        if (dim && !hasUnit(dim, n.text, ev.hit.text.slice(n.end - base, n.end - base + 24))) continue;
        // "How old": a number of years of life; written as one ("a 22-year-old", "aged 22", "Bekele, 22,")
        // it fits, any other plain number only weakly.
        if (q.quantity === 'age' && !(n.value > 0 && n.value < 125)) continue;
        const ageShaped = q.quantity !== 'age' || isAge(ev.hit.text, n.start - base, n.end - base, n.unit);
        // A duration for "how long", a count or amount otherwise; the other kind stays a weaker candidate.
        // A time taken is a duration or a bare number with hundredths ("44.93"), never "400" of the 400m.
        const fits = q.quantity === 'elapsed' ? n.kind === 'duration' || /\d\.\d{2}$/.test(n.text) : q.duration === (n.kind === 'duration') && ageShaped;
        let prior = fits ? 0 : -0.2;
        // "how much is X suing for": money, unless the question counts something ("how much oil").
        if (howMuch && !q.head && n.kind === 'money') prior += 0.15;
        if (/\b(percentage|percent|share|proportion)\b/i.test(q.text) && n.kind === 'percent') prior += 0.2;
        // "How much does he earn a week": an amount said per week fits; one said without a rate ("£2m") half.
        const perFits = !rate || ratedAs(rate, ev.hit.text.slice(n.end - base, n.end - base + 40));
        // Shown with what it counts or measures when the sentence writes that right after it ("80
        // kilometres", "22 games"): an amount whole with its unit. Scored as the number alone.
        const unit = unitAfter(ev.hit.text, n.end - base, n.counted, q.head);
        // "How many people": a count of something else ("six million viewers") is a weaker answer; the ranker
        // weighs how well what it counts fits (Candidate.counts), so the prior does not say it again.
        const counts = q.head && n.counted ? countMatch(q.head, n.counted) : 0;
        spans.push({ text: n.text, start: n.start - base, end: n.end - base, prior, key: `${n.value}`, slot: (fits ? 1 : 0) * (perFits ? 1 : 0.5), kind: 'number', counts, ...(unit ? { shown: `${n.text} ${unit}` } : {}) });
      }
      if (q.duration) {
        // "how long ago": the time a sentence dates back from its day ("five weeks ago") says it too
        const ago = /\bhow\s+long\s+ago\b/i.test(q.text);
        for (const t of inSentence(art.times)) {
          if (t.granularity !== 'duration' && !(ago && /\bago$/i.test(t.text))) continue;
          spans.push({ text: t.text, start: t.start - base, end: t.end - base, prior: 0, key: t.value ?? t.text, kind: 'time' });
        }
      }
      // A number that is one end of a range ("30" of "30-40 staff") is no answer on its own.
      const ranges = q.quantity === 'score' ? scores(ev.hit.text, numberRanges(ev.hit.text, spans, null, true)) : numberRanges(ev.hit.text, spans, q.head);
      const rest = spans.filter((s) => !ranges.some((r) => r.start <= s.start && s.end <= r.end));
      // A score is written as one ("11-9", "7-6 (7-4) 6-3"); a lone number fits only weakly (a diving score).
      if (q.quantity === 'score') for (const s of rest) s.slot = Math.min(s.slot ?? 1, 0.3);
      return conversions(ev.hit.text, [...rest, ...ranges]).map((s) => (s.kind === 'number' ? approximated(ev.hit.text, s) : s));
    }
    case 'quote': {
      // "What did X say": X's quotes, or unattributed quoted words in a sentence that names X; never someone else's.
      // "What did Liverpool's chief executive say": a speaker asked by role, not by name. The quote is
      // theirs when its speaker was given that role in the article, or its cue phrase names it.
      const { role, asked, surname, surnameRe } = speakerAsked(q);
      // The surname must match; when both sides give a first name, it must match too (Ivan Lewis is not Richard Lewis).
      // The question may put a party or a title before the name ("Tory David Heathcoat-Amory", "Culture
      // Secretary Tessa Jowell"): the speaker's first name is one of the asked words before the surname.
      const namesSpeaker = (who: string | null | undefined) => {
        if (!surnameRe || !who || !surnameRe.test(who)) return false;
        const theirs = personParts(trailingName(who));
        return asked.length < 2 || theirs.length < 2 || asked.slice(0, -1).includes(theirs[0]);
      };
      const titled = (id: string | undefined) => !!role && !!id && !!art.entities.find((e) => e.id === id)?.titles.some((t) => role.test(t));
      const sentenceNames = !!surnameRe && surnameRe.test(ev.hit.text);
      const spans: Span[] = [];
      // Quoted words nobody was found saying belong to the one the sentence names in their own clause:
      // in 'Zelensky said they agreed ..., while Trump returned to ending the war "where the lines are
      // now"' the words are Trump's clause's, not Zelensky's.
      const othersClause = (start: number, end: number) => {
        const c = clauseAt(ev.hit.text, start, end);
        const people = ev.mentions.filter((m) => m.type === 'PERSON' && m.start >= c.start && m.end <= c.end);
        return people.length > 0 && !people.some((m) => namesSpeaker(m.name) || namesSpeaker(m.text));
      };
      // a title quote's offsets are into the title, not the text: it stands in no sentence
      const quoted: { span: Span; who: string | null | undefined }[] = [];
      for (const qt of inSentence(art.quotes.filter((x) => !isTitleQuote(x)))) {
        const who = qt.speaker?.name ?? qt.speakerText;
        const bySpeaker = role ? titled(qt.speaker?.id) || (!!qt.speakerText && role.test(qt.speakerText)) : namesSpeaker(who);
        if (surname && !bySpeaker && (who || !sentenceNames || othersClause(qt.start - base, qt.end - base))) continue;
        quoted.push({ span: { text: qt.text, start: qt.start - base, end: qt.end - base, prior: (bySpeaker ? 0.2 : 0) + (qt.partial ? 0 : 0.1), kind: 'quoted', slot: bySpeaker ? 1 : 0.5 }, who });
      }
      splitQuotes(ev.hit.text, quoted);
      spans.push(...quoted.map((x) => x.span));
      // Quoted words the quote finder did not attribute still answer "what did X call it".
      if (spans.length === 0 && (!surname || sentenceNames))
        spans.push(...quotedStrings(ev.hit.text).filter((x) => !surname || !othersClause(x.start, x.end)).map((x) => ({ ...x, kind: 'quoted' as const, slot: 0.3 })));
      return spans;
    }
    case 'thing': {
      if (!q.head) return [];
      // "What kind of drug": the answer is what the sentence puts before the noun, capitalised or not
      // ("a cholesterol drug", "a naked protest").
      const spans = headPhrases(ev.hit.text, q.head, /\b(?:what|which)\s+(?:kinds?|types?|sorts?|forms?)\s+of\b/i.test(q.text));
      // A person or a place answers "what X" only when X can be one (WordNet's classes of the noun):
      // "what injury" is no country, "what name" no place, "what character" may be a person.
      const classes = nounClasses(singularHead(q.head.toLowerCase().split(/\s+/).pop() ?? ''), 2);
      // A nationality, religion or people ("Irish", "Catholic") answers "which nationality / faith /
      // community / language", never "which film" or "what award".
      const fitsHead = (t: EntityType) =>
        classes.length === 0 ||
        (t === 'PERSON' ? classes.includes('person') : t === 'GPE' || t === 'LOC' ? classes.includes('location') || classes.includes('object') : t === 'NORP' ? classes.some((c) => PEOPLES_ANSWER.has(c)) : true);
      for (const m of ev.mentions) spans.push(withNumber(ev.hit.text, { text: m.name, start: m.start, end: m.end, prior: -0.05, key: m.entityId, surface: m.text, slot: fitsHead(m.type) ? 1 : 0.3 }));
      spans.push(...properNouns(ev.hit.text, [...spans], -0.1).map((p) => withNumber(ev.hit.text, p)), ...quotedStrings(ev.hit.text).map((x) => ({ ...x, prior: -0.1, kind: 'quoted' as const })));
      // "What animal": common noun phrases ("a goose"); "what score": numbers ("11-9", "fourth").
      if (rank < PHRASE_SENTENCES) spans.push(...nounPhrases(ev.hit.text, spans));
      // "Which film / album / programme": a work's title keeps its small words ("Mutiny on the Bounty").
      if (classes.includes('communication')) spans.push(...titleRuns(ev.hit.text, spans));
      for (const n of inSentence(art.numbers)) if (!VAGUE.test(n.text)) spans.push({ text: n.text, start: n.start - base, end: n.end - base, prior: -0.1, key: `${n.value}`, kind: 'number' });
      return spans;
    }
    default:
      return [];
  }
}

const PEOPLE = new Set(['people', 'person', 'persons']);

/** WordNet classes of an asked noun that a nationality, religion or people can answer (see fitsHead). */
const PEOPLES_ANSWER = new Set(['group', 'state', 'attribute', 'cognition', 'person']);

/**
 * How the noun a number counts matches the asked noun: 1 the same word (singular or plural, or one
 * written inside the other: "viewer", "TV viewers"), 0.5 a WordNet synonym, derived form or kind of it
 * ("four NGOs" for "how many organisations", "30 jets" for "how many aircraft"), 0 when both are only kinds
 * of person ("spectators" for "fans", "users" for "people") or WordNet knows one of them not, so neither
 * fits nor clashes; -1 a count of something else ("10,000 cars" for "how many people").
 */
export function countMatch(head: string, counted: string): number {
  const h = singularHead(head.toLowerCase());
  const c = singularHead(counted.toLowerCase().split(/\s+/).pop() ?? '');
  if (!c) return 0;
  if (c === h || c.startsWith(h) || h.startsWith(c)) return 1;
  // a compound written in two words or one ("oil fields", "oilfields")
  if (singularHead(counted.toLowerCase().replace(/[\s-]+/g, '')).endsWith(h)) return 1;
  const rel = lexicalRelatives(h);
  if ([...rel.synonyms, ...rel.derived].some((w) => singularHead(w.toLowerCase()) === c)) return 0.5;
  if (isKindOf(c, h)) return 0.5;
  const person = (w: string) => PEOPLE.has(w) || nounClasses(w, 2).includes('person');
  if (person(h) && person(c)) return 0;
  return nounClasses(c, 2).length === 0 || nounClasses(h, 2).length === 0 ? 0 : -1;
}

/** What a number counts fits the asked noun (countMatch): anything but a count of something else. */
export function countFits(head: string, counted: string): boolean {
  return countMatch(head, counted) > -1;
}

const CURRENCY = /[£$€¥]|\b(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|roubles?|rubles?|won)\b/i;

/** What opens a restatement after an amount ("(", "(about "), and what joins a second one ("; ", ", about "). */
const ROUNDED = String.raw`(?:about|around|roughly|some|nearly|almost|approximately|c\.|or)?`;
const CONVERSION_OPEN = new RegExp(String.raw`^\s*\(\s*${ROUNDED}\s*$`, 'i');
const CONVERSION_NEXT = new RegExp(String.raw`^\s*[;,]\s*${ROUNDED}\s*$`, 'i');

/**
 * An amount restated in other currencies in brackets ("£146m ($281m)", "260.75bn roubles (£4.8bn;
 * $9.4bn)") is the same answer, not a rival one: each restatement takes the first amount's key, so they
 * pool their probability, and whichever of them wins is shown as the article writes the amount, the
 * reported figure first with its restatements ("$27bn (£14bn)"), not the bracketed arithmetic alone.
 */
function conversions(text: string, spans: Span[]): Span[] {
  const nums = spans.filter((s) => s.kind === 'number' && CURRENCY.test(s.text)).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    if (!CONVERSION_OPEN.test(text.slice(a.end, nums[i + 1].start))) continue;
    let j = i + 1;
    while (j + 1 < nums.length && CONVERSION_NEXT.test(text.slice(nums[j].end, nums[j + 1].start))) j++;
    const close = /^\s*\)/.exec(text.slice(nums[j].end));
    if (!close) continue;
    const shown = `${a.shown ?? a.text}${text.slice(a.end, nums[j].end + close[0].length)}`;
    // (approximated() adds the first amount's "more than" to its own span afterwards; a restatement,
    // which has none before its bracket, shows it here)
    const bound = APPROXIMATOR.exec(text.slice(Math.max(0, a.start - 24), a.start))?.[0] ?? '';
    a.shown = shown;
    for (let k = i + 1; k <= j; k++) (nums[k].key = a.key), (nums[k].shown = bound + shown);
    i = j;
  }
  return spans;
}

/** What may stand between the two parts of a split quote: the attribution, with no quote mark or sentence end of its own. */
const SPLIT_GAP = /^[^"“”.!?]{0,60}$/;

/** The text between two quotes, their own closing and opening marks aside, is only an attribution ('," he said, "'). */
function attributionOnly(gap: string): boolean {
  return SPLIT_GAP.test(gap.replace(/^[,;:.!?]?["”’]/, '').replace(/["“]\s*$/, ''));
}

/**
 * The parts of one quotation that its attribution splits ('"It was thought to be like skateboarding,"
 * he said, "a craze that everyone thought would go away."'), by one speaker (`who`) in one sentence, are
 * one answer: they take the first part's key, so they pool their probability, and whichever wins is
 * shown whole, its parts joined by an ellipsis.
 */
function splitQuotes(text: string, quoted: readonly { span: Span; who: string | null | undefined }[]): void {
  const order = [...quoted].sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i + 1 < order.length; i++) {
    const who = order[i].who;
    let j = i;
    while (j + 1 < order.length && who && order[j + 1].who === who && attributionOnly(text.slice(order[j].span.end, order[j + 1].span.start))) j++;
    if (j === i) continue;
    const parts = order.slice(i, j + 1).map((x) => x.span);
    const shown = parts.map((p) => p.text.replace(/[,;:\s]+$/, '')).join(' … ');
    for (const p of parts) (p.key = parts[0].key ?? `quote@${parts[0].start}`), (p.shown = shown);
    i = j;
  }
}

/**
 * Words that bound or round the number after them: "more than 250", "about 3,000", "up to 10%", "nearly
 * three out of four". They change what the number says (250 dead is not more than 250), so the answer
 * shows them; the span is scored as the number alone.
 */
const APPROXIMATOR = /\b(?:(?:just\s+|well\s+)?(?:more|fewer|less)\s+than|(?:just\s+|well\s+)?(?:over|under)|about|around|roughly|nearly|almost|approximately|at\s+least|at\s+most|up\s+to|some|an\s+estimated|close\s+to|as\s+(?:many|much|few|little)\s+as|upwards\s+of|in\s+excess\s+of)\s+$/i;

/**
 * US states as news writes them after a town ("Randolph, Mass.", "Farmington, N.M.", "Austin, Texas"): the
 * Associated Press abbreviations and the eight names AP never abbreviates; not the other full names, which
 * after a place are as often the next item of a list ("Brussels, Washington and Moscow", "Ukraine,
 * Georgia"). A town is answered with its state, as the article gives it.
 */
const US_STATES = new RegExp(
  `^,\\s+(${[
    'Ala\\.', 'Ariz\\.', 'Ark\\.', 'Calif\\.', 'Colo\\.', 'Conn\\.', 'Del\\.', 'Fla\\.', 'Ga\\.', 'Ill\\.', 'Ind\\.', 'Kan\\.', 'Ky\\.', 'La\\.', 'Md\\.', 'Mass\\.', 'Mich\\.', 'Minn\\.',
    'Miss\\.', 'Mo\\.', 'Mont\\.', 'Neb\\.', 'Nev\\.', 'N\\.H\\.', 'N\\.J\\.', 'N\\.M\\.', 'N\\.Y\\.', 'N\\.C\\.', 'N\\.D\\.', 'Okla\\.', 'Ore\\.', 'Pa\\.', 'R\\.I\\.', 'S\\.C\\.', 'S\\.D\\.',
    'Tenn\\.', 'Tex\\.', 'Vt\\.', 'Va\\.', 'Wash\\.', 'W\\.Va\\.', 'Wis\\.', 'Wyo\\.', 'D\\.C\\.',
    // the eight states AP style never abbreviates
    'Alaska', 'Hawaii', 'Idaho', 'Iowa', 'Maine', 'Ohio', 'Texas', 'Utah',
  ].join('|')})(?![\\p{L}-])`,
  'u',
);

/** ", Mass." / ", Texas" right after a town: the state as the article writes it, with its comma; else null. */
export function stateAfter(after: string): string | null {
  const m = US_STATES.exec(after);
  return m ? `, ${m[1]}` : null;
}

/** A number span shown with the approximator written right before it ("more than 1.8 million people"). */
export function approximated(text: string, span: Span): Span {
  const before = APPROXIMATOR.exec(text.slice(Math.max(0, span.start - 24), span.start));
  if (!before) return span;
  return { ...span, shown: `${before[0]}${span.shown ?? span.text}` };
}

/**
 * The word written right after a number when it says what the number counts or measures: the noun the
 * numbers annotator found it counting ("80 kilometres", "22 games"), or the question's asked noun ("how
 * many staff" → "40 staff"). Null otherwise.
 */
function unitAfter(text: string, end: number, counted: string | null | undefined, head: string | null | undefined): string | null {
  const next = /^\s+([\p{L}][\p{L}-]*)/u.exec(text.slice(end))?.[1];
  if (!next) return null;
  const w = next.toLowerCase();
  if (counted && w === counted.toLowerCase()) return next;
  const h = head?.toLowerCase().split(/\s+/).pop();
  if (h && (w === h || singularHead(w) === singularHead(h))) return next;
  return null;
}

/** A number written as someone's age: "a 22-year-old", "22 years old", "aged 22", "at the age of 22", "Bekele, 22,". */
export function isAge(text: string, start: number, end: number, unit: string | null | undefined): boolean {
  if (unit === 'year') return true;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 12);
  return /\b(?:aged|age\s+of|ages?)\s*$/i.test(before) || (/\p{L}[.'’]?,\s*$/u.test(before) && /^\s*[,)]/.test(after)) || /^\s*(?:years?\s+old|-year-old)\b/i.test(after);
}

/**
 * "30-40 staff", "between 22 and 24 weeks", "£2m to £3m": two numbers joined into one range answer;
 * `results`: also a falling pair ("3-0"), for scores() to read.
 */
function numberRanges(text: string, spans: Span[], head?: string | null, results = false): Span[] {
  const nums = spans.filter((s) => s.kind === 'number').sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    const b = nums[i + 1];
    if (!/^\s*(?:-|–|—|to|and)\s*$/i.test(text.slice(a.end, b.start))) continue;
    // A range rises ("30-40"); "3-0" falls, so it is a result, which only a score question reads as one.
    if (!results && /^\s*[-–—]\s*$/.test(text.slice(a.end, b.start)) && Number(b.key) < Number(a.key)) continue;
    if (/and\s*$/i.test(text.slice(a.end, b.start)) && !/\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 8), a.start))) continue;
    // The range is shown with the unit after its second number ("30-40 staff").
    const unit = b.shown ? b.shown.slice(b.text.length + 1) : unitAfter(text, b.end, null, head);
    out.push({ text: text.slice(a.start, b.end), start: a.start, end: b.end, prior: Math.max(a.prior, b.prior) + 0.05, key: `${a.key}-${b.key}`, slot: Math.max(a.slot ?? 1, b.slot ?? 1), kind: 'number', counts: Math.max(a.counts ?? 0, b.counts ?? 0), ...(unit ? { shown: `${text.slice(a.start, b.end)} ${unit}` } : {}) });
  }
  return out;
}

/**
 * The results among number pairs: two numbers joined by a hyphen or dash with no space ("11-9", "3–2"),
 * shown without what the sentence writes after them; a tennis match's sets in a row ("7-6 (7-4) 6-3")
 * are one result. Pairs joined by "to" or "and" are ranges, not results.
 */
export function scores(text: string, ranges: Span[]): Span[] {
  const sets = ranges
    .filter((r) => /^\d+[-–]\d+$/.test(text.slice(r.start, r.end)))
    // a tie-break in brackets belongs to its set
    .filter((r) => !(text[r.start - 1] === '(' && text[r.end] === ')'))
    .sort((a, b) => a.start - b.start)
    .map((r) => ({ ...r, text: text.slice(r.start, r.end), shown: undefined, slot: 1, prior: r.prior + 0.1 }));
  const out: Span[] = [];
  for (let i = 0; i < sets.length; i++) {
    let j = i;
    while (j + 1 < sets.length && /^\s+(?:\(\d+[-–]\d+\)\s+)?$/.test(text.slice(sets[j].end, sets[j + 1].start))) j++;
    if (j > i) {
      out.push({ ...sets[i], text: text.slice(sets[i].start, sets[j].end), end: sets[j].end, key: `${sets[i].key}/${sets[j].key}` });
      i = j;
    } else out.push(sets[i]);
  }
  return out;
}

/** Chunking is the slow part of a "what X" question: only this many of the best sentences get it. */
const PHRASE_SENTENCES = 3;

/** Common noun phrases (compromise's chunker) that no other span covers, without their determiner. */
function nounPhrases(text: string, taken: Span[]): Span[] {
  const out: Span[] = [];
  const doc = nlp(text);
  for (const m of doc.nouns().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
    let phrase = m.text.replace(/[\s,.;:!?]+$/u, '');
    let start = m.offset.start;
    const det = /^(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+/i.exec(phrase);
    if (det) (start += det[0].length), (phrase = phrase.slice(det[0].length));
    if (!phrase || phrase.split(/\s+/).length > 6) continue;
    const end = start + phrase.length;
    if (text.slice(start, end) !== phrase || taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ text: phrase, start, end, prior: -0.1, kind: 'phrase' });
  }
  return out;
}

// Candidate.source: the words before a span that make it the one told, interviewed or cited, and the
// words after it that make it the one that reported or whose post or report it is. "said" after a span
// is left out: "the company said" is a speaker, and who said something is often what is asked.
const SOURCE_BEFORE =
  /\b(?:told|tells|telling|according\s+to|quoted\s+by|reported\s+by|cited\s+by|interviews?\s+with|speaking\s+to|spoke\s+to|talking\s+to|(?:wrote|posted|published)\s+(?:on|in)|(?:posts?|tweets?|video|message|broadcast|appearance)\s+(?:on|to))\s+(?:the\s+)?$/i;
const SOURCE_AFTER = /^(?:['’]s?)?\s+(?:(?:first\s+)?reported|reports|reporting|posts?|page|report|story|article|interview|broadcast|profile|feed|account|tweet(?:ed)?|obtained)\b/i;
// a question that asks after the telling or reporting itself ("which station reported ...", "who told ...")
const REPORTING_QUESTION = /\b(?:told|tells?|telling|report(?:s|ed|ing|er|ers)?|according|interview(?:s|ed)?|tweet(?:s|ed)?|station|network|newspapers?|outlets?|channel|programme|program|radio|television|tv|magazine|website|broadcaster|agency|publication|journal)\b/i;

/** The question asks after a telling or reporting itself (Candidate.source is then 0). */
export function asksAfterSource(question: string): boolean {
  return REPORTING_QUESTION.test(question);
}

/** See Candidate.source. */
export function sourceFrame(text: string, start: number, end: number): boolean {
  return SOURCE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SOURCE_AFTER.test(text.slice(end, end + 24));
}

/** How far (characters, edge to edge) a name may stand from a span to make it another's (Candidate.foreign). */
const FOREIGN_NEAR = 40;

/** Characters between a mention and a span, edge to edge; null when they overlap (the span's own mention). */
function mentionGap(m: { start: number; end: number }, start: number, end: number): number | null {
  if (m.end > start && m.start < end) return null;
  return m.end <= start ? start - m.end : m.start - end;
}

/** See Candidate.foreign. */
export function foreignNear(mentions: readonly { start: number; end: number; entityId: string; type: string }[], start: number, end: number, asked: ReadonlySet<string>): number {
  if (mentions.some((m) => asked.has(m.entityId))) return 0;
  let best: { d: number; type: string } | null = null;
  for (const m of mentions) {
    const d = mentionGap(m, start, end);
    if (d === null) continue;
    if (!best || d < best.d) best = { d, type: m.type };
  }
  return best && best.d <= FOREIGN_NEAR && (best.type === 'PERSON' || best.type === 'ORG' || best.type === 'GPE') ? 1 : 0;
}

/** See Candidate.owner. */
export function ownerNear(mentions: readonly { start: number; end: number; entityId: string }[], start: number, end: number, asked: ReadonlySet<string>): number {
  let best: { d: number; asked: boolean } | null = null;
  let anyAsked = false;
  for (const m of mentions) {
    const d = mentionGap(m, start, end);
    if (d === null) continue;
    const isAsked = asked.has(m.entityId);
    anyAsked ||= isAsked;
    if (!best || d < best.d || (d === best.d && isAsked)) best = { d, asked: isAsked };
  }
  return !anyAsked || !best ? 0 : best.asked ? 1 : -1;
}

// A determiner or an owner's name between "of" and the whole ("of the UK's 1.6m").
const OWNERS = String.raw`(?:(?:the|its|their|his|her|our|[\p{Lu}][\p{L}.'’-]*['’]s?)\s+){0,2}`;
const PART_OF = new RegExp(String.raw`^\s*(?:[a-z]+\s+)?(?:of|out\s+of)\s+${OWNERS}[£$€]?\d`, 'u');
const WHOLE_OF = new RegExp(String.raw`\d[\d.,]*(?:[a-z%]+)?\s+(?:[a-z]+\s+)?(?:of|out\s+of)\s+${OWNERS}[£$€]?$`, 'u');

/** See Candidate.part. */
export function partOfWhole(text: string, start: number, end: number): number {
  if (PART_OF.test(text.slice(end, end + 40))) return 1;
  return WHOLE_OF.test(text.slice(Math.max(0, start - 40), start)) ? -1 : 0;
}

const HELD_AFTER = /^['’]s?\s+(?:[\p{Lu}\d])/u;
const HOLDS_BEFORE = /[\p{Lu}][\p{L}.-]*\s+(?:in|near|outside)\s+(?:the\s+)?$/u;
const HELD_BEFORE = /[\p{Lu}][\p{L}.-]*['’]s?\s+$/u;
const HOLDS_AFTER = /^\s+(?:in|near|outside)\s+(?:the\s+)?[\p{Lu}]/u;

/** See Candidate.nested. */
export function nesting(text: string, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const holds = HELD_AFTER.test(after) || HOLDS_BEFORE.test(before);
  const held = HELD_BEFORE.test(before) || HOLDS_AFTER.test(after);
  return holds === held ? 0 : held ? 1 : -1;
}

/** How well a span's count of names fits the count asked (see Candidate.items). */
export function itemsFit(text: string, asked: number): number {
  const n = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean).length;
  return n === asked ? 1 : n === 1 ? -1 : -0.5;
}

/** "Witkoff and Jared Kushner", "Ford, GM and Chrysler": names joined by "and" answer together. */
export function joinCoordinated(spans: Span[], text: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [...sorted];
  // The names answer as one, as well as the weakest of them fits the asked type (two players are no
  // "where"), typed when all are of one type.
  const joined = (parts: Span[], shown: string): Span => {
    const types = new Set(parts.map((p) => p.entityType));
    return {
      text: shown,
      start: parts[0].start,
      end: parts[parts.length - 1].end,
      prior: Math.min(...parts.map((p) => p.prior)) + 0.12,
      slot: Math.min(...parts.map((p) => p.slot ?? 1)),
      ...(types.size === 1 && parts[0].entityType ? { entityType: parts[0].entityType } : {}),
    };
  };
  for (let i = 0; i + 2 < sorted.length; i++) {
    const [a, b, c] = [sorted[i], sorted[i + 1], sorted[i + 2]];
    if (/^\s*,\s*$/.test(text.slice(a.end, b.start)) && /^\s*,?\s*and\s+$/i.test(text.slice(b.end, c.start))) out.push(joined([a, b, c], text.slice(a.start, c.end)));
  }
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (/^\s*(?:,\s*)?and\s+$/i.test(text.slice(a.end, b.start))) out.push(joined([a, b], `${text.slice(a.start, a.end)} and ${text.slice(b.start, b.end)}`));
  }
  return out;
}

/** "Tomahawk missiles" for the head "missile": the head word with its capitalised or hyphenated modifiers. */
export function headPhrases(text: string, head: string, kindAsked = false): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`\\b${escapeRe(head)}(?:s|es)?\\b`, 'gi');
  for (const m of text.matchAll(re)) {
    let start = m.index!;
    const before = text.slice(0, start);
    const mods = (kindAsked ? kindModifiers(before) : null) ?? /((?:[A-Z][\p{L}\d-]*\s+|\d[\d,.-]*\s+){1,4})$/u.exec(before);
    if (!mods) continue;
    // "A levy", "The missiles": a capitalised determiner is no modifier.
    if (/^(?:A|An|The|This|That|These|Those|Its|His|Her|Their)\s+$/.test(mods[1])) continue;
    start -= mods[1].length;
    out.push({ text: text.slice(start, m.index! + m[0].length), start, end: m.index! + m[0].length, prior: 0.1, fromHead: true });
  }
  return out;
}

/**
 * The words right before a noun that say which kind of it ("a cholesterol-lowering drug", "a naked
 * protest", ".png files"): up to two, back to the first function word, verb, adverb or superlative.
 */
function kindModifiers(before: string): [string, string] | null {
  const words = /((?:[.\p{L}\d][\p{L}\d'’-]*\s+){1,2})$/u.exec(before)?.[1].trim().split(/\s+/) ?? [];
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].toLowerCase();
    const tags = posTags(w);
    if (isFunctionWord(w) || isStopWord(w) || /^(?:best|worst|most|least|biggest|first|last|new|other|same|such)$/.test(w)) break;
    if (tags.some((t) => /Verb|Tense|Infinitive|Adverb|Gerund|Determiner|Pronoun|Preposition/.test(t)) && !tags.includes('Adjective')) break;
    kept.unshift(words[i]);
  }
  if (kept.length === 0) return null;
  const text = `${kept.join(' ')} `;
  return before.endsWith(text) ? [text, text] : null;
}

/** About eight words either side. */
const NEAR = 50;

export function nearShare(weighted: Evidence['weighted'], start: number, end: number): number {
  const best = new Map<string, number>();
  for (const a of weighted) {
    if (a.end > start && a.start < end) continue; // inside the span: an echo, not context
    if (a.end < start - NEAR || a.start > end + NEAR) continue;
    if ((best.get(a.term) ?? 0) < a.w) best.set(a.term, a.w);
  }
  let sum = 0;
  for (const v of best.values()) sum += v;
  return Math.min(1, sum);
}

/**
 * Closer to the asked-for noun is better: "telecoms giant Verizon", "judge Susan Illston", "Rangers, the club".
 * A place or people-adjective right before the noun only modifies it ("US television series", "Scottish minister").
 */
function headBonus(text: string, start: number, end: number, head: string, type?: EntityType): number {
  const re = new RegExp(`\\b${escapeRe(head)}(?:s|es)?\\b`, 'gi');
  let best = 0;
  for (const m of text.matchAll(re)) {
    const hs = m.index!;
    const he = hs + m[0].length;
    if (hs >= start && he <= end) return 0.2; // the name contains the head ("International Criminal Court")
    const after = he <= start;
    const gap = after ? text.slice(he, start) : end <= hs ? text.slice(end, hs) : '';
    const words = gap.split(/\s+/).filter(Boolean).length;
    const modifier = !after && (type === 'GPE' || type === 'NORP' || type === 'LOC');
    const b = modifier ? 0 : words <= 1 ? (after ? 0.25 : 0.18) : words <= 3 ? 0.12 : words <= 6 ? 0.04 : 0;
    best = Math.max(best, b);
  }
  return best;
}

/** How well a time's precision fits the asked one; read from its value, else (no anchor date) from its granularity. */
function granularityFit(want: Question['granularity'], value: string | null, granularity: string): number {
  if (!want) return 0;
  const shape = value
    ? /^\d{4}-\d{2}-\d{2}T\d/.test(value) || /^T\d/.test(value) ? 'time' : /^\d{4}-\d{2}-\d{2}/.test(value) ? 'day' : /^\d{4}-\d{2}$/.test(value) ? 'month' : /^\d{4}$/.test(value) ? 'year' : null
    : granularity === 'time' || granularity === 'day' || granularity === 'month' || granularity === 'year' ? granularity : null;
  if (!value && !shape) return 0;
  if (shape === want) return 0.15;
  if (want === 'year' && shape) return 0.05; // a date still names its year
  if (want === 'day' && shape === 'time') return 0.15; // a time names its day
  return shape ? 0 : -0.1;
}

const STOP_CAPS = new Set('The A An This That These Those He She It They We I You His Her Its Their Our Mr Mrs Ms Dr Sir But And Or If When While After Before However Meanwhile Also In On At For From With By'.split(' '));

/** Runs of capitalised words (and acronyms) that no typed mention covers. */
function properNouns(text: string, taken: Span[], prior: number): Span[] {
  const out: Span[] = [];
  const re = /\b(?:[A-Z][\p{L}\d'’&-]*|[A-Z]{2,}\d*)(?:\s+(?:of\s+|de\s+|and\s+)?(?:[A-Z][\p{L}\d'’&-]*|[A-Z]{2,}\d*))*/gu;
  for (const m of text.matchAll(re)) {
    let start = m.index!;
    let words = m[0].split(/\s+/);
    while (words.length && STOP_CAPS.has(words[0])) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    if (words.length === 0) continue;
    // "Edinburgh-based", "Dutch-born": the name is the part before a lowercase suffix.
    const compound = /^(.+?)-\p{Ll}+$/u.exec(words[words.length - 1]);
    if (compound) words = [...words.slice(0, -1), compound[1]];
    // A lone capitalised word opening the sentence is usually just capitalised ("Certain states"),
    // unless it heads a compound or the gazetteer knows it as a place.
    if (words.length === 1 && !compound && !placeOf(words[0]) && /^[\s"“‘']*$/.test(text.slice(0, start))) continue;
    const end = start + words.join(' ').length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    // "Shell's" → Shell; "the Streets' album" → Streets; "‘Oxy Pure’" → Oxy Pure (the closing mark).
    const phrase = text.slice(start, end).replace(/['’]s$/, '').replace(/['’]+$/, '');
    if (phrase.length < 2) continue;
    out.push({ text: phrase, start, end: start + phrase.length, prior });
  }
  return out;
}

const CAP_WORD = String.raw`[A-Z][\p{L}\d'’&!?-]*`;
const TITLE_LINK = String.raw`(?:of|the|and|on|for|a|an|in|to|at|from|with|by)`;
// Only the first word may be a number ("60 Minutes"); a year after a title is no part of it.
const TITLE_RUN = new RegExp(String.raw`(?<![\p{L}\d])(?:${CAP_WORD}|\d+)(?:(?:\s+${TITLE_LINK}){0,2}\s+${CAP_WORD}|:\s+${CAP_WORD})+`, 'gu');

/**
 * Capitalised runs that keep a title's small words ("Mutiny on the Bounty", "A Grand Don't Come for
 * Free", "Bridget Jones: The Edge of Reason", "60 Minutes"), which properNouns cuts at each lowercase
 * word. A run counts as a title only when something marks it as one: an article or "for"/"on" inside,
 * a colon, or a leading number; "Bank of England in London" is two names, not a title. Longer runs
 * only: a run that is one plain name is already a candidate.
 */
export function titleRuns(text: string, taken: Span[]): Span[] {
  const out: Span[] = [];
  // A run may open with its owner ("Shane Meadows' Dead Man's Shoes"): what follows each possessive is a run too.
  const runs = [...text.matchAll(TITLE_RUN)].flatMap((m) => [
    { text: m[0], index: m.index! },
    ...[...m[0].matchAll(/['’]s?\s+(?=\p{Lu})/gu)].map((p) => ({ text: m[0].slice(p.index! + p[0].length), index: m.index! + p.index! + p[0].length })),
  ]);
  for (const m of runs) {
    const run = m.text.replace(/['’]s$/, '');
    const words = run.split(/\s+/);
    // ... or a contraction, which names do not hold ("They Think It's All Over", "Don't Look Back")
    const contraction = /\b(?:It|That|What|There|He|She|I|We|You|They|Don|Can|Won|Isn|Aren|Doesn|Didn|Ain)['’](?:s|t|re|ll|ve|d|m)\b/.test(run.replace(/['’]s$/, ''));
    // ... or a possessive inside it before an ordinary word ("Dead Man's Shoes", "Schindler's List";
    // "Labour's Brown" names an owner and a person)
    const owned = [...run.matchAll(/['’]s\s+(\p{Lu}\p{Ll}+)/gu)].some((x) => isCommonWord(x[1].toLowerCase()) && !isLastName(x[1]));
    const marked = /\s(?:the|a|an|for|on)\s/.test(run) || run.includes(':') || /^\d/.test(run) || contraction || owned;
    if (!marked || words.length > 10) continue;
    const last = words[words.length - 1].toLowerCase();
    if (MONTHS.has(last) || WEEKDAYS.has(last)) continue;
    const start = m.index;
    const end = start + run.length;
    if (taken.some((t) => t.start === start && t.end === end) || out.some((t) => t.start === start && t.end === end)) continue;
    out.push({ text: run, start, end, prior: -0.1 });
  }
  return out;
}

/**
 * Words inside quotation marks: “fantasy economics”, ‘Oxy Pure’ (curly single marks; a straight one is
 * as often an apostrophe). The punctuation American style puts inside the marks ("extremely
 * distressing," wrote Taylor) is the sentence's, not the quoted words'.
 */
function quotedStrings(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[“"]([^”"]{2,300})[”"]|‘([^‘’]{2,120})’(?!\p{L})/gu)) {
    const inner = m[1] ?? m[2];
    const kept = inner.replace(/[\s,.;:]+$/, '');
    const lead = kept.length - kept.trimStart().length;
    if (kept.trim().length < 2) continue;
    const start = m.index! + 1 + lead;
    out.push({ text: kept.trim(), start, end: start + kept.trim().length, prior: 0 });
  }
  return out;
}

const HONORIFICS = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|baron|prof|professor|president|prime|minister|chancellor|senator|general)$/;

/** Lowercase name words without honorifics: "Dr Richard Lewis" → [richard, lewis]. */
function personParts(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[.,]/g, '')
    .split(/\s+/)
    .filter((w) => w && !HONORIFICS.test(w));
}

/** The name at the end of a described speaker: "TUC general secretary Brendan Barber" → "Brendan Barber". */
const RATE_ADVERBS: Record<string, string> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', annual: 'year' };
const PERIOD = '(hour|day|week|month|year|season)';

/** The period a question asks a rate over ("a week", "per year", "each month", "annually"), or null. */
function rateAsked(question: string): string | null {
  const m = new RegExp(`\\b(?:a|an|per|each|every)\\s+${PERIOD}\\b`, 'i').exec(question);
  if (m) return m[1].toLowerCase();
  const adv = /\b(hourly|daily|weekly|monthly|yearly|annually)\b/i.exec(question);
  return adv ? RATE_ADVERBS[adv[1].toLowerCase()] : null;
}

/** The words after an amount say it is per `period` ("£50,000 a week", "$2bn per year", "annual"). */
function ratedAs(period: string, after: string): boolean {
  if (new RegExp(`^\\S*\\s*(?:[\\w-]+\\s+){0,3}?(?:a|an|per|each|every)\\s+${period}\\b`, 'i').test(after) || new RegExp(`^\\s*/\\s*${period}`, 'i').test(after)) return true;
  const adv = /^\S*\s*(?:[\w-]+\s+){0,3}?(hourly|daily|weekly|monthly|yearly|annually|annual)\b/i.exec(after);
  return !!adv && RATE_ADVERBS[adv[1].toLowerCase()] === period;
}

/**
 * The time a number is said of: the one written right after it ("55 million in 2026", "£3bn for 2004"),
 * else the nearest before it with no other number between ("in 2024, 17 million"), at most 40 characters
 * away; -1 when none. `text` is the article's, the offsets in it.
 */
function timeOf(text: string, times: readonly { start: number; end: number }[], start: number, end: number): number {
  const after = times.findIndex((t) => t.start >= end && t.start - end <= 16 && /^\s*(?:in|by|for|during|until|through|this|next|last|so\s+far\s+in)?\s*$/i.test(text.slice(end, t.start)));
  if (after >= 0) return after;
  let best = -1;
  times.forEach((t, i) => {
    if (t.end <= start && start - t.end <= 40 && !/\d/.test(text.slice(t.end, start)) && (best < 0 || t.end > times[best].end)) best = i;
  });
  return best;
}

/** The number at [start, end) is spelled capitalised after the sentence's first word ("the Six Nations"). */
export function capitalisedNumber(text: string, start: number, end: number): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text.slice(start, end)) && /\p{L}/u.test(text.slice(0, start));
}

/** The number at [start, end) is one side of a result written "3-0" or "2-2" (both at most two digits, the second no larger). */
export function scorePart(text: string, start: number, end: number): boolean {
  const left = /(?:^|[^\d.,])(\d{1,2})\s?[-–]\s?$/.exec(text.slice(Math.max(0, start - 6), start));
  const right = /^\s?[-–]\s?(\d{1,2})(?![\d.,%-])/.exec(text.slice(end, end + 6));
  const own = text.slice(start, end);
  if (!/^\d{1,2}$/.test(own)) return false;
  if (left && !/^\s?[-–]\s?\d/.test(text.slice(end, end + 4))) return Number(left[1]) >= Number(own);
  if (right && !/\d\s?[-–]\s?$/.test(text.slice(Math.max(0, start - 4), start))) return Number(own) >= Number(right[1]);
  return false;
}

/**
 * A bare number that is part of a name: right after a capitalised word that is not the sentence's first
 * nor a function word, month or weekday ("Windows 95", "Radio 4"), or right before a capitalised run
 * that ends in a structure or location noun (an address: "10 Downing Street").
 */
function inName(text: string, start: number, end: number): boolean {
  // A name's or address's number stands alone ("Windows 95", "10 Downing Street"); one joined by a dash to
  // another, one of them of at most two digits, is a score or range ("their 3-0 FA Cup win", "Switzerland
  // beat Gibraltar 6-0"); a model's two three-digit parts stay a name ("Boeing 747-400").
  const pair = /(\d+)\s?[-–]\s?$/.exec(text.slice(Math.max(0, start - 8), start))?.[1] ?? /^\s?[-–]\s?(\d+)/.exec(text.slice(end, end + 8))?.[1];
  if (pair && Math.min(pair.length, text.slice(start, end).replace(/\D/g, '').length) <= 2) return false;
  // "Windows 95, 98, 2000": a list that goes on from a number in a name is in it too.
  const listed = /(\d[\d.]*)(?:,\s|\s(?:and|or)\s)$/.exec(text.slice(Math.max(0, start - 16), start));
  if (listed) return inName(text, start - listed[0].length, start - listed[0].length + listed[1].length);
  const before = /(?:^|\s)(\p{Lu}[\p{L}-]*)\s$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before && start - before[1].length - 1 > 0) {
    const lower = before[1].toLowerCase();
    // ("No 3", "Number 1": a rank, as charts and tables write it, not a name's number)
    if (!isFunctionWord(lower) && !MONTHS.has(lower) && !WEEKDAYS.has(lower) && !/^(?:no|nos|number)$/.test(lower)) return true;
  }
  const after = /^\s((?:\p{Lu}[\p{L}-]*\s)*\p{Lu}[\p{L}-]*)/u.exec(text.slice(end, end + 60));
  const last = after?.[1].split(/\s+/).pop()!.toLowerCase() ?? '';
  return /^[a-z]{3,}$/.test(last) && isStructureOrPlace(last);
}

/** Counts said by their order of size (the numbers annotator's "hundreds of", "several thousand"). */
const VAGUE = /^(?:tens|hundreds|thousands|millions|several|a\s+few)\b/i;
const ROUGHLY = /\b(?:roughly|approximately|about|around|estimated|some|more\s+or\s+less)\b/i;

/** A year written as a bare number, 1800-2099 ("2017"): no count or amount, and no part of a name before it. */
const BARE_YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * A name with the model or edition number written after it ("PlayStation 3", "Rover 25", "Nokia 3220",
 * "Fahrenheit 9/11"): the number is part of the name by the reading a number question gives it (inName),
 * so a "which console" answer keeps it. A year after a name is left out ("the Brits 2005"), as a title's.
 */
export function withNumber(text: string, s: Span): Span {
  const m = /^\s(\d+(?:[./]\d+)*)(?![\p{L}\d%-]|[.,]\d)/u.exec(text.slice(s.end));
  if (!m || BARE_YEAR.test(m[1])) return s;
  const start = s.end + 1;
  const end = start + m[1].length;
  if (!inName(text, start, end)) return s;
  return { ...s, text: `${s.text} ${m[1]}`, end, key: undefined, ...(s.surface ? { surface: `${s.surface} ${m[1]}` } : {}) };
}

/** A noun whose first WordNet sense is a structure or a location ("street", "studio", "park"). */
function isStructureOrPlace(noun: string): boolean {
  const c = nounClasses(noun, 1);
  return c.includes('artifact') || c.includes('location');
}

/** A name of a building or site: its last word, or a lower-case noun right after it, is first a structure or a location. */
function isSite(name: string, after: string): boolean {
  const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  const next = /^\s+([a-z]+)/.exec(after)?.[1] ?? '';
  return [last, next].some((w) => /^[a-z]{3,}$/.test(w) && isStructureOrPlace(singularHead(w)));
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A time as the answer shows it: the words with the date they resolve to, written out for a reader
 * ("Wednesday (2 June 2004)"); just the date when it only adds the year ("24 January" → "24 January 2005").
 */
export function datedText(text: string, value: string | null | undefined): string {
  if (!value || value === text || !/^\d{4}/.test(value)) return text;
  const shown = readable(value);
  if (!shown) return `${text} (${value})`;
  return wordsOf(shown).includes(wordsOf(text)) ? shown : `${text} (${shown})`;
}

/** A date, a month or an interval of two of them as a reader writes it ("2 June 2004", "18 October – 1 November 2025"); null for other values. */
function readable(value: string): string | null {
  const one = (v: string) => {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v);
    return m ? (m[3] ? DAY : MONTH).format(new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1))) : null;
  };
  const [from, to, ...rest] = value.split('/');
  if (to === undefined) return one(from);
  const [a, b] = [one(from), one(to)];
  if (!a || !b || rest.length) return null;
  // the shared year once: "18 October – 1 November 2025"
  const year = / \d{4}$/.exec(a)?.[0];
  return year && b.endsWith(year) ? `${a.slice(0, -year.length)} – ${b}` : `${a} – ${b}`;
}

interface SpeakerAsked {
  /** The role word, for a speaker asked by role; null for a name. */
  role: RegExp | null;
  /** The asked name's words without honorifics, and its last (the surname) with its matcher (else the role's). */
  asked: string[];
  surname: string | null;
  surnameRe: RegExp | null;
}

/** Read once per question (candidates are gathered sentence by sentence). */
const speakerOf = new WeakMap<Question, SpeakerAsked>();

/** Who a quote question asks about: by name ("Michael Howard") or by role ("Liverpool's chief executive"). */
function speakerAsked(q: Question): SpeakerAsked {
  let s = speakerOf.get(q);
  if (!s) {
    const role = q.speaker ? roleOf(q.speaker) : null;
    const asked = q.speaker && !role ? personParts(trailingName(q.speaker)) : [];
    const surname = asked.length ? asked[asked.length - 1] : null;
    s = { role, asked, surname, surnameRe: surname ? new RegExp(`\\b${escapeRe(surname)}\\b`, 'i') : role };
    speakerOf.set(q, s);
  }
  return s;
}

/** The role word of a speaker asked by role ("Liverpool's chief executive" → /\bexecutive\b/), or null for a name. */
function roleOf(speaker: string): RegExp | null {
  const last = speaker.trim().split(/\s+/).pop() ?? '';
  if (!/^[a-z]{3,}$/.test(last) || /(?:ing|ed)$/.test(last)) return null;
  return new RegExp(`\\b${escapeRe(last.replace(/s$/, ''))}s?\\b`, 'i');
}

function trailingName(speaker: string): string {
  // "Mark Miller of HBOS Treasury Services", "Jane Doe at Acme": the person before their organisation
  const words = speakerForms(speaker)[0].split(/\s+/);
  let i = words.length;
  while (i > 0 && /^[A-Z\p{Lu}]/u.test(words[i - 1])) i--;
  return i < words.length ? words.slice(i).join(' ') : speaker;
}
