// Verification before answering: what the cited sentence, with the one before it and its article,
// leaves unmet of the question's constraints. An unmet name or predicate is a feature of the confidence
// model (verificationFlags), weighed against the rest of the evidence; an unmet attribute or owner vetoes
// the answer (ask.ts). When the desk abstains it says which were unmet.
//   names:     every person, place or organisation the question names is in the article;
//   predicate: the sentence holds at least one of the question's own words or a WordNet relative of one;
//   attribute: the noun the question asks for ("the capital of", "which striker") or a relative of it
//              stands in the sentence or the one before, or inside the answer itself.

import { escapeRe, type Evidence } from './evidence.js';
import { clauseAt } from './clause.js';
import type { Question } from './question.js';
import { indexTerms, queryTerms, tokens } from '../../understand/terms.js';
import { lexicalRelatives } from '../../understand/wordnet.js';
import { demonymOf, isCommonWord, isFunctionWord, isHonorific, isOrgHead, isTitleWord, placeForms, posTags } from '../../understand/gazetteer.js';

export interface Verification {
  names: boolean;
  predicate: boolean;
  attribute: boolean;
  /** The answer's clause is about what the question names, not about someone else (a pledge belongs to its pledger). */
  owner: boolean;
  /** The constraints not met, as words a reader recognises ("capital", "Argentina"). */
  missing: string[];
}

// Heads that only say "a thing / a person" carry no attribute to check; a work's title is its name
// ("the title of Fightstar's EP": the sentence names the EP, it need not say "title").
const EMPTY_HEADS = new Set(['thing', 'person', 'people', 'one', 'name', 'title', 'kind', 'type', 'sort', 'number', 'amount', 'time']);

export function verify(q: Question, e: Evidence, answer: string, span?: { start: number; end: number } | null): Verification {
  const art = e.article.article;
  // The outlet counts as named ("according to the BBC report" of a BBC article).
  const missing = q.names.filter((n) => !nameInText(n, `${art.title}\n${art.source ?? ''}\n${art.text}`));
  // A yes/no answer is a claim about what the question names: its sentence, the one before it, its resolved
  // pronouns or the headline must name one of them ("Did X get the money?" is not answered by "it will be a
  // great honour to get it done" paragraphs away). Widened to every sentence answer it cost 5 of 1,596
  // right dev answers and saved no trap, so it stays with yes/no (which no dev question is).
  if (q.type === 'yesno' && q.names.length > 0 && e.names === 0 && missing.length === 0) missing.push(q.names[0]);
  const names = missing.length === 0;
  // The sentence must share something with the question beyond its type: one of its own words (or a
  // relative), or every name it gives. How much it shares is left to the confidence model, so a
  // paraphrase the lexicon misses ("quitting" for "stand down") lowers confidence instead of silencing.
  const predicate = q.contentTerms.length === 0 || e.content > 0 || (q.names.length > 0 && e.names >= 1);
  if (!predicate) missing.push(...q.contentWords.slice(0, 3));
  let attribute = true;
  // Numbers and dates carry their attribute in the span's own kind ("how many", "when").
  // Only a relational noun is an attribute to check ("the capital of Argentina", "Labour's deputy leader");
  // a class noun ("which firm bought ...") is checked by the answer's type instead.
  const head = q.head ? escapeRe(q.head) : '';
  const relational =
    !!q.head && (new RegExp(`\\b${head}(?:e?s)?\\s+of\\b`, 'i').test(q.text) || new RegExp(`['’]s?\\s+(?:[\\w-]+\\s+){0,2}${head}(?:e?s)?\\b`, 'i').test(q.text));
  if (q.head && relational && !EMPTY_HEADS.has(q.head) && q.type !== 'number' && q.type !== 'date') {
    const wanted = new Set(queryTerms(q.head));
    const rel = lexicalRelatives(q.head);
    for (const w of [...rel.synonyms, ...rel.derived]) for (const t of indexTerms(w)) wanted.add(t);
    const near = new Set([...e.hit.terms.split(' '), ...indexTerms(e.article.sentenceText(e.hit.index - 1)), ...indexTerms(answer)]);
    attribute = [...wanted].some((t) => near.has(t));
    if (!attribute) missing.push(q.head);
  }
  // Whose answer it is (see ownerRival).
  const rival = span ? ownerRival(q, e, span) : null;
  const owner = rival === null;
  if (rival !== null) missing.push(rival);
  return { names, predicate, attribute, owner, missing: [...new Set(missing)] };
}

/** The unmet constraints as numbers, 1 each when unmet: the confidence model reads lacksName and lacksPredicate (ConfidenceFeatures). */
export type VerificationFlags = { lacksName: number; lacksPredicate: number; lacksAttribute: number; otherOwner: number };
export function verificationFlags(v: Verification): VerificationFlags {
  return { lacksName: v.names ? 0 : 1, lacksPredicate: v.predicate ? 0 : 1, lacksAttribute: v.attribute ? 0 : 1, otherOwner: v.owner ? 0 : 1 };
}

/**
 * The unmet constraints that withhold an answer whatever its confidence: the asked relational noun ("the
 * capital of") and whose clause the answer is in; without them it answers another question. (The other
 * two are the confidence model's to weigh.) One rule for ask and for fitting the confidence model.
 */
export function vetoed(f: Pick<VerificationFlags, 'lacksAttribute' | 'otherOwner'>): boolean {
  return f.lacksAttribute === 1 || f.otherOwner === 1;
}

/**
 * Whose answer it is: when the sentence names one of the question's names outside the answer's clause
 * and another of the same kind inside it ("Germany pledged $2bn, while France said ..."; asked where
 * Trump meets Xi: "Trump plans to meet Putin in Budapest, then Xi in Asia"), the answer belongs to the
 * other one. Returns the question's name the span does not belong to, or null when nothing says so.
 */
export function ownerRival(q: Question, e: Evidence, span: { start: number; end: number }): string | null {
  if (!q.names.length || q.type === 'quote') return null;
  const c = clauseAt(e.hit.text, span.start, span.end);
  const inClause = (m: { start: number; end: number }) => m.start >= c.start && m.end <= c.end;
  const outsideSpan = (m: { start: number; end: number }) => m.end <= span.start || m.start >= span.end;
  const ofName = (n: string) => e.mentions.filter((m) => nameInText(n, m.text));
  const ours = new Set(q.names.flatMap(ofName));
  for (const n of q.names) {
    const mine = ofName(n);
    if (!mine.length || mine.some(inClause)) continue;
    const kinds = new Set(mine.map((m) => m.type));
    if (e.mentions.some((m) => inClause(m) && kinds.has(m.type) && outsideSpan(m) && !ours.has(m))) return n;
  }
  return null;
}

/**
 * A name the question gives is in the text when one of its distinctive words is, as written or with
 * another ending ("Europe" in "European", "Dreamliners" in "Dreamliner"), or when it is an acronym of a
 * run of capitalised words there (RFU, Rugby Football Union). Titles, demonyms ("British"), adverbs
 * opening the question ("Roughly") and ordinary words are no constraint.
 */
export function nameInText(name: string, text: string): boolean {
  // A country or place is named by any of its forms ("UK" by "Britain" or "British"); a short form or
  // code only in capitals ("US", never "us").
  // "South Korean" is South Korea's (the place's name must open with the words before the demonym).
  const parts = name.split(/\s+/);
  const dem = parts.length > 1 ? demonymOf(parts[parts.length - 1])?.place : null;
  const ofPlace = dem && dem.toLowerCase().startsWith(`${parts.slice(0, -1).join(' ').toLowerCase()} `) ? dem : name;
  const forms = placeForms(ofPlace);
  if (forms.length > 1 && forms.some((f) => (f.length <= 3 ? asWord(f.toUpperCase(), 'u') : asWord(f, 'iu')).test(text))) return true;
  // "Lib Dem": each short capitalised word opens a word of the text, in order ("Liberal Democrats")
  if (parts.length > 1 && parts.every((w) => /^\p{Lu}\p{Ll}{1,3}$/u.test(w)) && new RegExp(`(?<![\\p{L}])${parts.map((w) => `${escapeRe(w)}\\p{L}*`).join('\\s+')}`, 'u').test(text)) return true;
  const words = name.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}&'’-]+/gu, '')).filter(Boolean);
  const distinctive = words.filter(
    (w) =>
      w.length > 1 &&
      !isTitleWord(w) &&
      !isHonorific(w) &&
      !demonymOf(w) &&
      !isFunctionWord(w.toLowerCase()) &&
      !posTags(w.toLowerCase()).some((t) => t === 'Adverb') &&
      !(isCommonWord(w.toLowerCase()) && w !== w.toUpperCase()),
  );
  // A name made of ordinary words ("World Cup") must appear as written, or with a demonym as its place
  // ("Northern Irish" runner: "Northern Ireland").
  if (distinctive.length === 0) {
    if (words.length < 2) return true;
    const asPlace = words.map((w) => demonymOf(w)?.place ?? w);
    if ([words, asPlace].some((ws) => asWord(ws.join(' '), 'iu').test(text))) return true;
    // "the Labour Party" is "Labour" once named: the words before an organisation's head, as capitalised there
    const owner = words.slice(0, -1);
    return isOrgHead(words[words.length - 1]) && owner.every((w) => /^\p{Lu}/u.test(w)) && asWord(owner.join(' '), 'u').test(text);
  }
  const seen = new Set<string>();
  // Another ending of the same word: the first letters of a long word ("Europe"/"European", "English"/"England").
  const stemOf = (t: string) => (t.length >= 6 ? `${t.slice(0, 4)}…` : t);
  for (const t of tokens(text)) {
    seen.add(t);
    seen.add(stemOf(t));
  }
  for (const w of distinctive) {
    const ts = tokens(w);
    if (ts.length && ts.every((t) => seen.has(t) || seen.has(stemOf(t)))) return true;
    // "U.S." is tokenised as "u", "s": the letters of an acronym written with dots.
    if (/^[A-Z]{2,4}$/.test(w) && new RegExp(`(?<![\\p{L}])${w.split('').join('\\.\\s?')}\\.?(?![\\p{L}])`, 'u').test(text)) return true;
    if (/^[A-Z]{2,6}$/.test(w) && acronyms(text).has(w)) return true;
  }
  return false;
}

/** `s` written as it is, between non-letters ("US" in "US troops", not in "USB"). */
function asWord(s: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRe(s)}(?![\\p{L}])`, flags);
}

function acronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:[A-Z][\p{L}-]+\s+(?:(?:of|for|and|the)\s+)?){1,5}[A-Z][\p{L}-]+/gu)) {
    out.add(m[0].split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join(''));
  }
  return out;
}
