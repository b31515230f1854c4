// Quotes in the article's title (headline). The title is stored outside the annotated text, so these
// quotes carry sentence TITLE_SENTENCE and offsets into the title; the body's sentences are untouched.
//
// Headline conventions, and who speaks (in this order):
//   'Blair: "We will win"'            the words before the colon;
//   '"Quote here", says minister'     the phrase after a verb of saying that follows the quote
//                                     ('"...", minister says' alike);
//   'Howard denies "racist" claims'   the subject of a verb of saying before the quote;
//   'Brown "will not quit"', 'Call centre users 'lose patience'', 'Brainwave' cap ...: the headline
//                                     names nobody (the quoted words are often a source's claim about
//                                     the subject, not the subject's), so the speaker is the body's
//                                     speaker of the same words (a full body quote that holds them),
//                                     or none.
// A named speaker is resolved to one of the body's entities by name (a person by surname, anything by
// an alias); a role or group ("Ministers", "Worldcom boss") keeps its words and no entity.

import type { DocEntity, Quote } from '../model/index.js';
import { TITLE_SENTENCE } from '../model/index.js';
import { quoteSpans, type QuoteSpan } from './tokens.js';
import { withSingleQuotes } from './quotes.js';
import { isFunctionWord, posTags } from './gazetteer.js';

/** Verbs of saying as headlines write them (present tense, either number, and a few pasts). */
const HEADLINE_CUES = new Set(
  (
    'say says said tell tells told warn warns warned deny denies denied insist insists insisted claim claims claimed ' +
    'admit admits admitted vow vows vowed urge urges urged pledge pledges promise promises accuse accuses ' +
    'criticise criticises criticize criticizes attack attacks slam slams blast blasts condemn condemns praise praises ' +
    'hail hails reject rejects dismiss dismisses defend defends predict predicts argue argues ask asks ' +
    'call calls brand brands dub dubs describe describes label labels concede concedes confirm confirms ' +
    'reveal reveals declare declares question questions rubbish rubbishes decry decries'
  ).split(' '),
);
/** Words after the quote that name its speaker: '"...", says X' / '"..." - X says'. */
const AFTER = /^[\s,:;–—-]*(?:(says|said|warns|claims|insists|admits|tells|told|argues)\s+(.{2,60}?)|(.{2,60}?)\s+(says|said|warns|claims|insists|admits))[\s.!?]*$/i;
/** An opening mark that is an elision ('em, 'n', 'til, '90s), not a quote. */
const ELISION = /^['‘](?:(?:em|n|til|cause|tis|twas)(?!\p{L})|\d0s|\d\ds|\d{2}\b)/iu;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|prof)\.?$/i;

/**
 * The quotes of `title`, speakers found as the header says. `bodyQuotes` are the body's quotes (for the
 * speaker of the same words); `text` is the body, to tell a title that only repeats the text's first
 * sentence (no headline of its own), which gets none.
 */
export function findTitleQuotes(title: string, text: string, entities: DocEntity[], bodyQuotes: Quote[]): Quote[] {
  if (!title || !/["“”'‘’]/.test(title) || repeatsText(title, text)) return [];
  const out: Quote[] = [];
  for (const q of titleSpans(title)) {
    if (!q.closed) continue;
    let start = q.open + 1;
    let end = q.close;
    while (start < end && /\s/.test(title[start])) start++;
    while (end > start && /[\s,]/.test(title[end - 1])) end--;
    if (end <= start) continue;
    const words = title.slice(start, end);
    const before = title.slice(0, q.open);
    const after = title.slice(q.close + 1);
    let speakerText: string | null = null;
    let cue: string | null = null;
    let full = false;
    const colon = /^\s*(.{2,60}?)\s*:\s*$/.exec(before);
    const said = AFTER.exec(after);
    const colonWho = colon ? colonSpeaker(colon[1]) : null;
    if (colonWho) {
      ({ speakerText, cue } = colonWho);
      full = true;
    } else if (said && !before.trim() && namePhrase(said[2] ?? said[3])) {
      speakerText = (said[2] ?? said[3]).trim();
      cue = (said[1] ?? said[4]).toLowerCase();
      full = true;
    } else {
      const subject = subjectOfCue(before);
      if (subject) ({ speakerText, cue } = subject);
    }
    let speaker = speakerText ? entityNamed(speakerText, entities) : null;
    if (!speakerText) {
      const echo = bodySpeaker(words, bodyQuotes);
      if (echo) ({ speaker, speakerText, cue } = echo);
    }
    out.push({ start, end, text: words, speakerText, speaker, cue, partial: !full, sentence: TITLE_SENTENCE });
  }
  return out;
}

/**
 * The title's quoted spans, as the body's are found (quotes.ts), and one more: a single-quoted phrase
 * whose closing mark follows an s before a lower-case word ("US casino 'tricks' face ban"), which the
 * body reads as a plural possessive ("the players' union") and a headline, with its opening mark
 * before, rarely means.
 */
function titleSpans(title: string): QuoteSpan[] {
  const spans = withSingleQuotes(title, 0, title.length, quoteSpans(title, 0, title.length));
  const open = /(^|[\s(])['‘](?=[\p{L}\p{N}])/gu;
  for (let m = open.exec(title); m; m = open.exec(title)) {
    const at = m.index + m[1].length;
    if (spans.some((q) => q.open <= at && at <= q.close) || ELISION.test(title.slice(at, at + 6))) continue;
    const close = /[\p{L}\p{N}][’'](?=\s|$)/u.exec(title.slice(at + 2));
    if (!close) continue;
    const end = at + 2 + close.index + 1;
    if (end - at > 120 || /["“”]/.test(title.slice(at, end)) || spans.some((q) => q.open < end && at < q.close)) continue;
    spans.push({ open: at, close: end, closed: true });
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** A title made from the text's own first sentence (no headline line): its quotes are the body's. */
function repeatsText(title: string, text: string): boolean {
  const t = title.replace(/…$/, '').replace(/\s+/g, ' ').trim();
  return t.length > 0 && text.slice(0, t.length + 200).replace(/\s+/g, ' ').trimStart().startsWith(t);
}

/** A short phrase that can be a speaker: it starts with a capital and has at most six words. */
function namePhrase(s: string | undefined): boolean {
  if (!s) return false;
  const ws = s.trim().split(/\s+/);
  return ws.length <= 6 && /^[\p{Lu}\p{N}]/u.test(ws[0]);
}

/**
 * Who speaks in 'X: "..."': the subject of a verb of saying before the colon ('Blair tells MPs: ...'),
 * else the words before a preposition ('Blair on Iraq: ...' is Blair), when they can be a speaker.
 */
function colonSpeaker(prefix: string): { speakerText: string; cue: string | null } | null {
  const said = subjectOfCue(prefix);
  if (said) return said;
  const who = prefix.split(/\s+(?:on|over|about|in|at|to|for|after|before|of|from|with)\s+/)[0].trim();
  return namePhrase(who) ? { speakerText: who, cue: null } : null;
}

/** 'Howard denies "racist" claims': the words before the headline's verb of saying, when they start it. */
function subjectOfCue(before: string): { speakerText: string; cue: string } | null {
  const clause = before.slice(before.lastIndexOf(':') + 1);
  const ws = clause.trim().split(/\s+/).filter(Boolean);
  for (let k = 1; k < ws.length && k <= 6; k++) {
    const w = ws[k].toLowerCase().replace(/[^a-z]/g, '');
    if (!HEADLINE_CUES.has(w)) continue;
    const subject = ws.slice(0, k).join(' ').replace(/[,;]$/, '');
    // a bare form ("deny", "claim") is a verb after a plural subject ("Ministers deny"), a noun after a
    // singular one ("February poll claim 'speculation'")
    const bare = !/(?:s|ed|told|said)$/.test(w);
    if (bare && !/(?:s|people|police)$/i.test(ws[k - 1])) return null;
    return namePhrase(subject) ? { speakerText: subject, cue: w } : null;
  }
  return null;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]s$/i, '').toLowerCase();

/**
 * The body entity a headline's speaker phrase names: an entity one of whose names is the phrase, else a
 * person whose surname is the phrase's last name word (the most mentioned when several share it, none
 * on a tie), else none.
 */
export function entityNamed(phrase: string, entities: DocEntity[]): string | null {
  const p = fold(phrase.trim());
  const exact = entities.find((e) => fold(e.name) === p || e.aliases.some((a) => fold(a) === p));
  if (exact) return exact.key;
  const ws = phrase.trim().split(/\s+/).filter((w) => !HONORIFIC.test(w));
  // every word a name ("Gordon Brown", "Mr Blair", "Parry"), or a role before it ("Chancellor Brown")
  const last = ws[ws.length - 1];
  if (!last || !NAME_WORD.test(last)) return null;
  const surname = fold(last);
  const persons = entities.filter((e) => e.type === 'PERSON' && [e.name, ...e.aliases].some((n) => fold(n.split(/\s+/).pop() ?? '') === surname));
  if (persons.length === 0) return null;
  if (ws.length > 1 && NAME_WORD.test(ws[0]) && persons.length > 1) {
    const first = fold(ws[0]);
    const byFirst = persons.filter((e) => fold(e.name.split(/\s+/)[0]) === first);
    if (byFirst.length === 1) return byFirst[0].key;
  }
  return persons.length === 1 ? persons[0].key : null;
}

const wordsOf = (s: string): string[] => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The speaker of a full body quote that holds the headline's words (all of them, in order, as a run of
 * whole words), the first such quote with a speaker (an entity, or words other than a pronoun). Only for
 * a claim of two words or more ('above money', 'will not quit'): a single scare word ('tricks') or a
 * term ('state aid', 'Mac mini') is a label that any quote may use, not the words of whoever used it.
 */
function bodySpeaker(quoted: string, bodyQuotes: Quote[]): Pick<Quote, 'speaker' | 'speakerText' | 'cue'> | null {
  const w = wordsOf(quoted);
  if (w.length < 2 || !claimLike(w)) return null;
  const needle = ` ${w.join(' ')} `;
  for (const q of bodyQuotes) {
    const pronoun = !!q.speakerText && PRONOUN.test(q.speakerText);
    if (q.partial || !(q.speaker || (q.speakerText && !pronoun))) continue;
    if (` ${wordsOf(q.text).join(' ')} `.includes(needle)) return { speaker: q.speaker, speakerText: pronoun ? null : q.speakerText, cue: q.cue };
  }
  return null;
}

const PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;
// not Infinitive: a bare form is as often a noun ('state aid', 'cash call')
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Gerund', 'Modal', 'Copula', 'Auxiliary']);

/** Words that say something (a function word or a verb among them), not a bare noun phrase. */
function claimLike(words: string[]): boolean {
  return words.some((w) => isFunctionWord(w) || posTags(w).some((t) => VERB_TAGS.has(t)));
}
