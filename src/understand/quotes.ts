// Quotes: every double-quoted span of a paragraph (curly or straight; one that never closes
// ends at the paragraph end), told apart as speech or a partial quote, with its speaker.
//
// Speaker search, in order (order here matters):
//   1. after the quote:  `"...," he said` / `"...," said Mr Hogg` / `"..." Trump said.`
//   2. before the quote, in its sentence: `Trump said: "..."`, `X told the BBC: "..."`,
//      `..., saying: "..."` (the sentence's subject), `According to X, "..."`;
//   3. continuation: a quote with no cue of its own goes on the speaker of the quote just before
//      (BBC prints a multi-paragraph quote as `"...said. "Next paragraph...`).
// The speaker as written is resolved to an entity: a name by its mention, "he"/"she" through
// coreference, a role ("the president") through titles; plural or anonymous sources stay unresolved.

import type { CorefLink, DocEntity, Mention, Quote, Sentence } from '../model/index.js';
import { bisect, paragraphs, quoteSpans, rememberedByWord, startingWithin, tokenize, isCapitalised, isWord, type QuoteSpan, type Token, UPPER_FIRST, LOWER_FIRST, LOWER_WORD, UPPER_THEN_LOWER, LOWER_HYPHENED_ANY, LOWER_ING } from './tokens.js';
import { Coref, isReferringNoun, partyMembers } from './coref.js';
import { isFunctionWord, isHonorific, isOrgHead, isRoleNoun, isTitleWord, MONTHS, posTags, WEEKDAYS } from './gazetteer.js';
import { kindOfNoun } from './org-kind.js';
import { isKindOf, isSpeechVerb, isVerbWord, nounClasses } from './wordnet.js';

const CUES = new Set(
  (
    'said says say told tells tell added adds quipped quips declared declares warned warns insisted insists ' +
    'wrote writes explained explains stated states claimed claims argued argues asked asks replied replies ' +
    'responded noted notes stressed stresses continued remarked admitted admits acknowledged announced ' +
    'conceded concedes joked jokes commented complained suggested suggests predicted recalled observed ' +
    'cautioned concluded vowed confirmed confirms urged urges tweeted posted saying adding telling writing ' +
    'declaring warning insisting arguing asking explaining noting stressing countered counters remembered ' +
    'promised pledged maintains maintained revealed confessed denied denies weighed tweeted wrote'
  ).split(' '),
);
/**
 * Verbs that report what someone said or thinks without introducing the words themselves: a partial
 * quote in such a sentence (`Dimension Data calls it an "alarming development"`) is the subject's.
 */
const REPORTING = new Set([
  ...CUES,
  ...'accused accuses accusing call calls called calling described describes describing dubbed dubs branded brands labelled labeled views viewed believes believed thinks thought reckons reckoned felt feels introduced alleged alleges alleging hopes hoped fears feared criticised criticized condemned praised promises deny called urged welcomed welcomes hailed hails slammed slams dismissed dismisses rejected rejects'.split(' '),
]);
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'telling', 'writing', 'declaring', 'warning', 'insisting', 'arguing', 'asking', 'explaining', 'noting', 'stressing']);
const DOCUMENTS = /^(report|reports|lawsuit|suit|letter|statement|study|survey|poll|complaint|filing|writ|claim|memo|document|paper|review|submission|website|blog|account|book|memoir|autobiography|minutes|findings|ruling|judgment|judgement|verdict|transcript|bulletin|communique|assessment|analysis|research)$/;
/** Who speaks for the person or body owning them ("his office", "her representative", "their campaign"). */
const AGENTS = /^(office|campaign|camp|representative|representatives|rep|reps|publicist|spokespeople)$/;
/** Verbs a document reports with ("the minutes show", "the study found"): a cue only after a document noun. */
const DOCUMENT_VERBS = new Set('show shows showed shown found finds find'.split(' '));
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Heads of a speaker phrase that keep the speaker unnamed, whoever they are close to ("a source close to Mr Blair"). */
const ANONYMOUS = /^(source|sources|insider|insiders|people|person|someone|one|witness|witnesses|observers|critics)$/;
const SKIP_BEFORE_CUE = new Set(['also', 'then', 'later', 'earlier', 'again', 'recently', 'has', 'had', 'have', 'himself', 'herself', 'reportedly', 'simply', 'once', 'previously', 'just', 'repeatedly', 'did', 'does']);
/**
 * A word between a speaker and the cue that the speaker phrase leaves out: the listed ones, or any adverb
 * ("Ed Davey meanwhile said", "the minister separately told"): a word the lexicon knows only as an
 * adverb, or an -ly word it does not know.
 */
const skipsBeforeCue = rememberedByWord((w: string): boolean => {
  const lower = w.toLowerCase();
  if (SKIP_BEFORE_CUE.has(lower)) return true;
  if (!LOWER_WORD.test(w)) return false;
  const tags = posTags(lower);
  return (tags.length === 1 && tags[0] === 'Adverb') || (tags.length === 0 && /^[a-z]{3,}ly$/.test(lower));
}, 20_000);

interface RawQuote {
  open: number;
  close: number;
  closed: boolean;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export function findQuotes(
  text: string,
  sentences: Sentence[],
  entities: DocEntity[],
  mentions: Mention[],
  links: CorefLink[] = [],
  unnamed?: Set<number>,
  tokens: Token[] = tokenize(text, sentences),
): Quote[] {
  if (sentences.length === 0) return [];
  const coref = new Coref(sentences, tokens, entities, mentions, links, unnamed);
  const raw: RawQuote[] = [];
  let si = 0;
  for (const [ps, pe] of paragraphs(text)) {
    for (const q of withSingleQuotes(text, ps, pe, quoteSpans(text, ps, pe))) {
      let start = q.open + 1;
      let end = q.close;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /[\s,]/.test(text[end - 1])) end--;
      if (end <= start) continue;
      while (si + 1 < sentences.length && sentences[si].end <= q.open) si++;
      raw.push({ open: q.open, close: q.close, closed: q.closed, start, end, text: text.slice(start, end), sentence: sentences[si].index });
    }
  }
  const out: Quote[] = [];
  const tokAt = new TokenIndex(tokens, mentions, coref);
  // whether a position lies inside quoted words (raw quotes are in text order and do not overlap)
  const quoted = (pos: number) => {
    const lo = bisect(0, raw.length, (k) => raw[k].open < pos);
    return lo > 0 && pos < raw[lo - 1].close;
  };
  let prev: Quote | null = null;
  // where each quote's own attribution was found ([start, end) of the speaker phrase), if it had one
  const attribution: Array<[number, number] | null> = [];
  // the attribution of quote k lies between it and the next quote: a split quote ('"A," said X, "B"')
  const between = (k: number) => {
    const a = attribution[k];
    return !!a && a[0] >= raw[k].close && k + 1 < raw.length && a[1] <= raw[k + 1].open;
  };
  const sameSpeakerPhrase = new Map<string, { speaker: string; sentence: number }>();
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const partial = isPartial(text, r, sentences[r.sentence]);
    const prevClose = i > 0 ? raw[i - 1].close : -1;
    // (a partial quote the sentence runs on from with no punctuation, 'instead of the "bonfire of quangos"
    // New Labour had promised', is followed by its own clause, not by a reporting one)
    // (the quote's own closing comma, '"...," as NPR's Debbie Elliot reported', does open a reporting clause)
    const runsOn = partial && !/[,.;:!?]\W*$/.test(text.slice(r.open, r.close)) && /^\s+[\p{L}\p{N}]/u.test(text.slice(r.close + 1, r.close + 3));
    let found = (runsOn ? null : speakerAfter(text, r, tokens, tokAt, raw[i + 1]?.open ?? Infinity)) ?? speakerBefore(text, r, tokens, tokAt, prevClose, sentences[r.sentence], partial);
    // a partial quote inside the reporter's sentence is the words of whoever the sentence reports
    // and a full one whose sentence has a speech verb outside the quotes ('"...," Trump said at a rally')
    if (!found) found = reportedIn(text, sentences[r.sentence], tokens, tokAt, raw, !partial, r);
    // a quote opening its sentence right after indirect speech ("Evans said it was ... . "I've sold")
    if (!found && !partial && r.sentence > 0 && startsSentence(text, r, sentences[r.sentence]) && !(prev && prev.sentence >= r.sentence - 1)) {
      found = reportedIn(text, sentences[r.sentence - 1], tokens, tokAt, raw, true);
    }
    // a partial quote in a sentence that goes on with the indirect speech of the one before ("Nestle
    // said that ... dented sales. A poor summer ... "severely affected" demand"): the speech goes on
    // only when the sentence brings in nobody else who could speak (no person or organisation named or
    // pointed at outside quotes), the sentence before reports without quoting whole sentences, and the
    // quoted words are not a term (a short noun phrase, or a phrase filling a noun slot: "the "care
    // development group"", "decide to "offshore"")
    if (!found && partial && r.sentence > 0 && !out.some((q) => q.sentence === r.sentence - 1 && !q.partial) && !nounSlot(tokens, tokAt, r) && !termLike(r.text) && namesNobody(sentences[r.sentence], tokens, tokAt, mentions, coref, quoted)) {
      found = reportedIn(text, sentences[r.sentence - 1], tokens, tokAt, raw, true);
    }
    let speaker: string | null = null;
    let speakerText: string | null = null;
    let cue: string | null = null;
    if (found) widenAnonymous(text, found);
    if (found) {
      speaker = resolve(text, sentences, found, coref, mentions, r.sentence, quoted);
      speakerText = found.text || null;
      cue = found.cue || null;
      // animacy: a phrase that resolved to nobody and whose head can speak for nobody (a thing, a
      // time: 'spam continued', 'in December 2001 alleging') is no speaker at all
      if (!speaker && speakerText && !canSpeak(speakerText)) speakerText = cue = null;
      // "the statement said ... the statement concluded": the same definite document or spokesman a few
      // sentences on is the same one, speaking for the same issuer
      const same = /^the\s+/i.test(found.text) && sameSpeakerPhrase.get(found.text.toLowerCase());
      if (same && r.sentence - same.sentence <= 12) speaker = same.speaker;
      // '"...," the statement said. ... It added:' / '... they said': "it" and "they" unresolved go on
      // with the organisation (or the document's issuer) that spoke just before, not with a person
      if (!speaker && /^(it|they)$/i.test(found.text) && prev?.speaker && r.sentence - prev.sentence <= 3) {
        const head = (prev.speakerText ?? '').split(/\s+/).pop()?.toLowerCase() ?? '';
        if (coref.entity(prev.speaker)?.type === 'ORG' || DOCUMENTS.test(head)) speaker = prev.speaker;
      }
      // '"...," a company spokesman said. He added:' — "he" unresolved right after an organisation's
      // spokesman spoke is that spokesman, speaking for the same organisation
      if (!speaker && /^(he|she)$/i.test(found.text) && prev?.speaker && r.sentence - prev.sentence <= 2 && /\bspokes(?:man|woman|person)$/i.test(prev.speakerText ?? '') && coref.entity(prev.speaker)?.type === 'ORG') speaker = prev.speaker;
      if (found.subjectOf !== undefined && prev && prev.sentence === r.sentence && (prev.speaker ? speaker !== prev.speaker : !speaker && !!prev.speakerText)) {
        // '"...," Benioff weighed in, telling Cook: "..."': the one who spoke the first part goes on
        speaker = prev.speaker;
        speakerText = prev.speakerText;
      }
    } else if (prev && prev === out[i - 1] && prev.sentence === r.sentence && (prev.speaker || prev.speakerText) && between(i - 1)) {
      // the second part of a quote split in one sentence, with no cue of its own: '"...," Cook said,
      // but instead "..."', '"...," said X, "..."'
      speaker = prev.speaker;
      speakerText = prev.speakerText;
      cue = prev.cue;
    } else if (prev && !partial && (prev.speaker || prev.speakerText) && r.sentence - prev.sentence <= 3 && startsSentence(text, r, sentences[r.sentence])) {
      // a continued quote: same speaker as the quote before
      speaker = prev.speaker;
      speakerText = prev.speakerText;
      cue = prev.cue;
    }
    if (speaker) coref.setSubject(r.sentence, speaker);
    if (speaker && found && /^the\s+(?:\S+\s+)?(\S+)$/i.test(found.text)) {
      const head = found.text.split(/\s+/).pop()!.toLowerCase();
      if (DOCUMENTS.test(head) || /^spokes(?:man|woman|person)$/.test(head)) sameSpeakerPhrase.set(found.text.toLowerCase(), { speaker, sentence: r.sentence });
    }
    attribution[i] = found && found.text ? [found.start, found.end] : null;
    const q: Quote = { start: r.start, end: r.end, text: r.text, speakerText, speaker, cue, partial, sentence: r.sentence };
    out.push(q);
    if (speaker || speakerText) prev = q;
  }
  // a quote left open where the next one opens ('"It's his first year ... season. "I don't think ...,"
  // he said') is one speech printed in two paragraphs' style: the attribution after the second holds
  // for the first when the first has none
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i];
    const next = out[i + 1];
    if (q.speaker || q.speakerText || q.partial || raw[i].closed || raw[i].close !== raw[i + 1].open) continue;
    // (the second's own attribution, after it: '"A. "B," he said')
    const a = attribution[i + 1];
    if (!next.speaker && !next.speakerText || !a || a[0] < raw[i + 1].close) continue;
    q.speaker = next.speaker;
    q.speakerText = next.speakerText;
    q.cue = next.cue;
  }
  return out;
}

/**
 * Whether a speaker phrase can name one who speaks: a pronoun, a name (a capitalised head that is no
 * date), a document, an agent or an anonymous source, a common noun WordNet files (in its two most
 * frequent senses) under people or groups, or a written message ("newsletter", "proposal"); a noun
 * WordNet knows only as something else ("spam", "announcement", "showroom", "quarter") cannot. Words WordNet does not know get the benefit of the doubt.
 */
function canSpeak(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const head = (words[words.length - 1] ?? '').replace(/['’]s?$/, '');
  if (!head) return false;
  const lower = head.toLowerCase();
  if (PRONOUNS.has(lower) || /^(we|you|us|them|him|her)$/.test(lower)) return true;
  if (/^\d/.test(head) || MONTHS.has(lower) || WEEKDAYS.has(lower)) return false;
  if (UPPER_FIRST.test(head)) return true;
  const singular = lower.replace(/s$/, '');
  if (DOCUMENTS.test(lower) || DOCUMENTS.test(singular) || AGENTS.test(lower) || ANONYMOUS.test(lower) || /^spokes(?:man|woman|person|men|women|people)$/.test(lower)) return true;
  const classes = nounClasses(lower, 2);
  if (classes.length === 0 || classes.includes('person') || classes.includes('group')) return true;
  // a written message speaks for its issuer like the listed documents ("the newsletter", "the proposal")
  return ['document', 'writing', 'message'].some((k) => isKindOf(lower, k));
}

/**
 * A paragraph's double-quoted spans with its closed single-quoted ones outside them added, in text
 * order: BBC prints a scare quote or a short phrase in single marks ('download and play'). A single
 * mark opens after a space, a bracket, a dash or the paragraph start and before a letter or digit,
 * and is no elision ('90s, 'em, 'til); it closes at the first mark after it that follows a letter, a
 * digit or a stop and comes before a space, a stop or the end, and is no plural possessive ("the
 * players' union": s' before a lower-case word). At most 120 characters, no double mark inside.
 */
export function withSingleQuotes(text: string, ps: number, pe: number, doubles: QuoteSpan[]): QuoteSpan[] {
  const seg = text.slice(ps, pe);
  if (!/['‘’]/.test(seg)) return doubles;
  const singles: QuoteSpan[] = [];
  const inDouble = (i: number) => doubles.some((d) => d.open < i && i < d.close);
  for (let i = ps; i < pe; i++) {
    const ch = text[i];
    if (ch !== "'" && ch !== '‘') continue;
    const prev = i > ps ? text[i - 1] : ' ';
    if (!/[\s(\[—–-]/.test(prev) || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    if (/^['‘](?:em|n|til|cause|tis|twas|\d0s|\d\ds|\d{2}\b)/i.test(text.slice(i, i + 6)) || inDouble(i)) continue;
    let close = -1;
    for (let j = i + 2; j < pe && j - i <= 120; j++) {
      const c = text[j];
      if (c === '"' || c === '“' || c === '”') break;
      if (c !== "'" && c !== '’') continue;
      const before = text[j - 1];
      const after = j + 1 < pe ? text[j + 1] : ' ';
      if (!/[\p{L}\p{N}.!?,]/u.test(before) || !/[\s.,;:!?)\]—–-]/.test(after)) continue;
      if (/['‘’]n$/.test(text.slice(j - 2, j))) continue; // "rock 'n' roll"
      if (before === 's' && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 4)) && !/^\s+(?:and|or|but|to|in|on|at|for|of|is|are|was|were|has|have|said|says|as|by|with|from)\b/.test(text.slice(j + 1, j + 10))) continue;
      close = j;
      break;
    }
    if (close < 0) continue;
    singles.push({ open: i, close, closed: true });
    i = close;
  }
  if (singles.length === 0) return doubles;
  return [...doubles, ...singles.filter((q) => !doubles.some((d) => d.open < q.close && q.open < d.close))].sort((a, b) => a.open - b.open);
}

/** The quote fills a noun phrase's slot: right after a determiner, a possessive or a preposition ("the "care group"", "by "an eminent person"", "decide to "offshore""). */
function nounSlot(tokens: Token[], idx: TokenIndex, r: RawQuote): boolean {
  const k = idx.at(r.open) - 1;
  if (k < 0 || tokens[k].sentence !== r.sentence) return false;
  const w = tokens[k].text.toLowerCase();
  return /^(the|a|an|this|that|these|those|such|his|her|its|their|our|my|your|whose|of|for|to|by|from|with|in|on|at|as|about|into|over|under|against|between|among|without|within|via|than|like)$/.test(w) || /['’]s$/.test(w);
}

/** No one the sentence names or points at outside quotes: no name of any kind, no pronoun, no noun coreference linked. */
function namesNobody(s: Sentence, tokens: Token[], idx: TokenIndex, mentions: Mention[], coref: Coref, quoted: (pos: number) => boolean): boolean {
  const speaks = (key: string) => /^(PERSON|ORG)$/.test(coref.entity(key)?.type ?? '');
  if (startingWithin(mentions, s.start, s.end).some((m) => !quoted(m.start) && speaks(m.entity))) return false;
  if (coref.linksWithin(s.start, s.end).some((l) => !quoted(l.start) && speaks(l.entity))) return false;
  for (let k = idx.at(s.start); k < tokens.length && tokens[k].sentence === s.index; k++) if (PRONOUNS.has(tokens[k].text.toLowerCase()) && !quoted(tokens[k].start)) return false;
  return true;
}

/**
 * Quoted words that read as a term, not a claim: a short noun phrase (at most three words) whose last
 * word WordNet knows as a noun, with no adverb and no word that is only a verb ("inclusive citizenship",
 * "bot computers", "little prospect"; not "enormous", "augment and support", "badly hurt").
 */
function termLike(quote: string): boolean {
  const words = quote.replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  const last = words[words.length - 1].toLowerCase();
  if (nounClasses(last).length === 0 || posTags(last).includes('Adjective')) return false;
  // an adverb modifies a verb or an adjective, never a noun: "badly hurt" is a predicate
  if (words.some((w) => posTags(w.toLowerCase()).includes('Adverb') || (/[a-z]ly$/.test(w) && nounClasses(w.toLowerCase()).length === 0))) return false;
  return words.every((w) => isFunctionWord(w) || !isVerbWord(w.toLowerCase()) || nounClasses(w.toLowerCase()).length > 0);
}

/**
 * A token lower-cased for the cue lists, or '' when it is capitalised inside its sentence (not after a
 * quote mark or a colon): "the United States' ..." holds no cue "states", "Claims Direct" no "claims".
 */
function cueLower(tokens: Token[], j: number): string {
  const w = tokens[j].text;
  if (UPPER_THEN_LOWER.test(w) && j > 0 && tokens[j - 1].sentence === tokens[j].sentence && !/^["“”‘’'(:—–-]$/.test(tokens[j - 1].text)) return '';
  return w.toLowerCase();
}

/** A continued quote opens its sentence; one introduced by a colon without a cue ("The question is:") is not speech. */
function startsSentence(_text: string, r: RawQuote, s: Sentence): boolean {
  return r.open <= s.start + 1;
}

function isPartial(text: string, r: RawQuote, s: Sentence): boolean {
  const before = text.slice(Math.max(s.start, r.open - 3), r.open);
  if (/:\s*$/.test(before)) return false;
  const t = r.text.replace(/^[.…\s]+/, '');
  const words = t.split(/\s+/).filter(Boolean);
  const upper = /^[\p{Lu}\p{N}'‘]/u.test(t);
  if (!upper) return true;
  const terminal = /[.!?…]["'’]?$/.test(t);
  // a title in quotes ("High Heeled Vote"): every word capitalised, no sentence end
  if (!terminal && words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || isFunctionWord(w))) {
    if (r.open > s.start + 1) return true;
  }
  if (words.length >= 4) return false;
  // a short quote inside the sentence is partial even when it ends with a full stop: American style
  // prints the sentence's own stop inside the marks ("... sees it as its "Achilles heel."")
  if (terminal && /[!?…]["'’]?$/.test(t)) return false;
  return r.open > s.start + 1;
}

class TokenIndex {
  /** Person and organisation name mentions by their start offset. */
  private names = new Map<number, Mention>();
  private persons = new Set<number>();
  private ends: Map<number, Mention> | null = null;
  constructor(
    private tokens: Token[],
    mentions: Mention[] = [],
    coref?: Coref,
  ) {
    for (const m of mentions) {
      const type = coref?.entity(m.entity)?.type ?? '';
      if (/^(PERSON|ORG)$/.test(type)) this.names.set(m.start, m);
      if (type === 'PERSON') this.persons.add(m.start);
    }
  }
  /** The person named up to `pos` (spaces between allowed), if a person's name mention ends there. */
  nameEndingAt(pos: number): Mention | undefined {
    if (!this.ends) {
      this.ends = new Map();
      for (const m of this.names.values()) if (this.persons.has(m.start)) this.ends.set(m.end, m);
    }
    return this.ends.get(pos) ?? this.ends.get(pos - 1);
  }

  /** The person or organisation named from `pos`, if a name mention starts there. */
  nameAt(pos: number): Mention | undefined {
    return this.names.get(pos);
  }
  /** Index of the first token starting at or after `pos`. */
  at(pos: number): number {
    return bisect(0, this.tokens.length, (i) => this.tokens[i].start < pos);
  }
}

interface Found {
  text: string;
  start: number;
  end: number;
  cue: string;
  /** The speaker is the subject of the sentence ("..., saying:"). */
  subjectOf?: number;
  sentence: number;
}

function speakerAfter(text: string, r: RawQuote, tokens: Token[], idx: TokenIndex, nextOpen: number): Found | null {
  if (!r.closed) return null;
  let i = idx.at(r.close + 1);
  let sent = r.sentence;
  // `"...?" Schiff asked.`: a question or exclamation ends the sentence before its cue, which is then
  // a short sentence of its own (a name or pronoun, the cue, a few words)
  if (i < tokens.length && tokens[i].sentence === sent + 1 && /[?!]\W*$/.test(text.slice(r.open, r.close)) && shortCueSentence(tokens, i)) sent = tokens[i].sentence;
  // skip punctuation right after the closing mark, and "as" in `"...," as he said`
  while (i < tokens.length && tokens[i].sentence === sent && /^[,.—–-]$/.test(tokens[i].text) && tokens[i].start - r.close < 4) i++;
  if (i < tokens.length && tokens[i].text.toLowerCase() === 'as') i++;
  if (i >= tokens.length || tokens[i].sentence !== sent || tokens[i].start >= nextOpen) return null;
  // `"...," according to a statement from Boeing`
  if (tokens[i].text.toLowerCase() === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to') {
    const np = nounPhraseAfter(tokens, i + 2, sent, nextOpen);
    return np ? { ...np, text: text.slice(np.start, np.end), cue: 'according to', sentence: sent } : null;
  }
  // cue first: `said Mr Hogg`, `said the spokesman`, `recounted Lopes`
  // ('"...," comments Robin Biesbroek': a speech verb the lexicon also takes for a noun, right after the
  // quote and before a capitalised name, is the inverted cue)
  const inverted = () => /^\p{Ll}+s$/u.test(tokens[i].text) && tokens[i + 1]?.sentence === sent && UPPER_THEN_LOWER.test(tokens[i + 1].text) && !isFunctionWord(tokens[i + 1].text) && isSpeechVerb(tokens[i].text);
  if ((CUES.has(tokens[i].text.toLowerCase()) || speechVerbAt(tokens, i) || inverted()) && !PARTICIPLE_CUES.has(tokens[i].text.toLowerCase())) {
    const np = nounPhraseAfter(tokens, i + 1, sent, nextOpen);
    if (!np) return null;
    // `said BA director of commercial planning, Robert Boyle.`: the name in apposition is the speaker
    let c = idx.at(np.end);
    while (c < tokens.length && c - idx.at(np.end) < 3 && tokens[c].sentence === sent && LOWER_WORD.test(tokens[c].text)) c++;
    if (tokens[c]?.text === ',' && tokens[c].sentence === sent) {
      let k = c + 1;
      while (k < tokens.length && tokens[k].sentence === sent && k - c <= 4 && isCapitalised(tokens[k].text)) k++;
      if (k > c + 2 && (k >= tokens.length || tokens[k].sentence !== sent || /^[.,;]$/.test(tokens[k].text))) {
        return { start: tokens[c + 1].start, end: tokens[k - 1].end, text: text.slice(tokens[c + 1].start, tokens[k - 1].end), cue: tokens[i].text, sentence: sent };
      }
    }
    return { ...np, text: text.slice(np.start, np.end), cue: tokens[i].text, sentence: sent };
  }
  // `"...," Kurinji Selvaraj, a research analyst at the Council on Energy, told`: the name before the aside
  const appositive = appositiveSpeaker(text, tokens, idx, i, nextOpen);
  if (appositive) return appositive;
  // speaker first: `he said`, `the MPs said`, `Trump said`
  for (let j = i; j < Math.min(tokens.length, i + 10); j++) {
    const t = tokens[j];
    if (t.sentence !== sent || t.start >= nextOpen) return null;
    const lower = cueLower(tokens, j);
    // `"...," AP quoted prosecutor Russell McGuire as saying`: the one quoted is the speaker, not the
    // outlet that quotes; `"...," Mr Khodorkovsky was quoted as saying`: the subject
    const as = j > i && lower === 'quoted' ? quotedAs(tokens, j) : -1;
    if (as > j + 1) return { start: tokens[j + 1].start, end: tokens[as - 1].end, text: text.slice(tokens[j + 1].start, tokens[as - 1].end), cue: 'quoted as saying', sentence: sent };
    const quotedPassive = j > i && /^(was|were|is|are)$/.test(lower) && tokens[j + 1]?.text === 'quoted' && quotedAs(tokens, j + 1) === j + 2;
    if (j > i && (quotedPassive || CUES.has(lower) || speechVerbAt(tokens, j) || goesOn(tokens, j))) {
      let e = j;
      while (e > i && skipsBeforeCue(tokens[e - 1].text)) e--;
      if (e === i) return null;
      return { text: text.slice(tokens[i].start, tokens[e - 1].end), start: tokens[i].start, end: tokens[e - 1].end, cue: quotedPassive ? 'quoted as saying' : t.text, sentence: sent };
    }
    if (!npToken(t, j === i)) return null;
  }
  return null;
}

/**
 * "quoted X as saying" (token `j` is "quoted"): the index of its "as" before a verb of saying, a few
 * words on in the same sentence (`j + 1` for the passive "was quoted as saying"), else -1.
 */
function quotedAs(tokens: Token[], j: number): number {
  for (let k = j + 1; k < tokens.length && k - j <= 12 && tokens[k].sentence === tokens[j].sentence; k++) {
    if (/^[,;:"“”]$/.test(tokens[k].text)) return -1;
    if (tokens[k].text === 'as' && /^(saying|telling|writing|adding|stating|warning|describing)$/i.test(tokens[k + 1]?.text ?? '')) return k;
  }
  return -1;
}

/**
 * "went on", "goes on" ending its clause or before a colon ('He went on: "..."', '"...," the Tory leader
 * went on.'): to go on is to go on speaking there, a cue (token `j` is "went"/"goes").
 */
function goesOn(tokens: Token[], j: number): boolean {
  if (!/^(went|goes|go)$/.test(tokens[j]?.text ?? '') || tokens[j + 1]?.text !== 'on' || tokens[j + 1].sentence !== tokens[j].sentence) return false;
  const next = tokens[j + 2];
  return !next || next.sentence !== tokens[j].sentence || /^[:,.;"“”]$/.test(next.text);
}

/**
 * A finite verb of speech that is not among the listed cues, right after a quote: `"...," Mr Trump
 * recounted`, `"...," McDowell laughed` (WordNet's verb.communication and body sounds, wordnet.ts).
 * Not a noun after a determiner ("the reports said"), nor a word the lexicon takes for a noun or adjective.
 */
function speechVerbAt(tokens: Token[], j: number): boolean {
  const w = tokens[j].text;
  if (!LOWER_WORD.test(w) || PARTICIPLE_CUES.has(w)) return false;
  if (j > 0 && /^(the|a|an|his|her|their|its|these|those|this|our|my|such|whose)$/i.test(tokens[j - 1].text)) return false;
  // "company networks are left": a verb is not followed by an auxiliary
  if (/^(is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did)$/i.test(tokens[j + 1]?.text ?? '')) return false;
  // "did note", "does say": after do-support the verb's base form is the finite verb, whatever a
  // lexicon says of the word as a noun
  if (j > 0 && /^(do|does|did)$/i.test(tokens[j - 1].text)) return isSpeechVerb(w);
  const tags = posTags(w);
  const finite = tags.includes('PastTense') || tags.includes('PresentTense') || (/[a-z]ed$/.test(w) && tags.length === 0);
  if (!finite || tags.some((x) => /Adjective|Plural|Singular|ProperNoun/.test(x))) return false;
  return isSpeechVerb(w);
}

/**
 * A quote introduced by a person's name and a colon, with no verb between the clause start and the
 * colon (a label, as match reports and transcripts print them): the person speaks; the cue is null.
 */
function labelSpeaker(text: string, r: RawQuote, tokens: Token[], idx: TokenIndex, stop: number, sent: number): Found | null {
  const colon = idx.at(r.open) - 1;
  if (colon < stop || tokens[colon].text !== ':' || tokens[colon].sentence !== sent) return null;
  const name = idx.nameEndingAt(tokens[colon].start);
  if (!name || name.start < (tokens[stop]?.start ?? Infinity)) return null;
  for (let k = stop; k < colon && tokens[k].start < name.start; k++) {
    const w = tokens[k].text;
    if (/^["“”;]$/.test(w) || CUES.has(w.toLowerCase()) || (LOWER_FIRST.test(w) && posTags(w).some((x) => x === 'PastTense' || x === 'PresentTense' || x === 'Copula' || x === 'Modal'))) return null;
  }
  return { start: name.start, end: name.end, text: text.slice(name.start, name.end), cue: '', sentence: sent };
}

/** A sentence of at most 8 tokens with a speech verb among its first four, opening with no quote mark. */
function shortCueSentence(tokens: Token[], i: number): boolean {
  const sent = tokens[i].sentence;
  let n = 0;
  let cue = false;
  for (let k = i; k < tokens.length && tokens[k].sentence === sent; k++, n++) {
    if (n === 0 && /^["“”']$/.test(tokens[k].text)) return false;
    if (n < 4 && (CUES.has(tokens[k].text.toLowerCase()) || speechVerbAt(tokens, k))) cue = true;
  }
  return cue && n <= 8;
}

/** Words that open a clause before its subject ("But Smith, ..., said"). */
const CLAUSE_OPENERS = /^(but|and|so|yet|then|however|meanwhile|still|now|,)$/i;

/**
 * A subject set off by an aside: `Name, <aside>, [has] said|told|recounted`, where the clause opens
 * (from token `i`) with a person's or organisation's name followed by a comma and the cue follows the
 * aside's closing comma. The aside may hold other names ("the younger brother of ..., Charles,", "a
 * fellow at the Max Planck Institute in Munich, Germany,"): the subject is the name the clause opens
 * with. Null unless the clause has exactly that shape (no quote mark, no semicolon inside).
 */
function appositiveSpeaker(text: string, tokens: Token[], idx: TokenIndex, i: number, stopAt: number, cueAt?: number): Found | null {
  let k = i;
  const sent = tokens[i]?.sentence;
  while (k < tokens.length && tokens[k].sentence === sent && CLAUSE_OPENERS.test(tokens[k].text)) k++;
  // a title before the name ("Prince Andrew", "Gov. Kristi Noem") is no part of the mention
  while (k + 1 < tokens.length && k - i < 4 && tokens[k + 1].sentence === sent && (isTitleWord(tokens[k].text) || tokens[k].text === '.') && !idx.nameAt(tokens[k].start)) k++;
  if (k >= tokens.length || tokens[k].sentence !== sent) return null;
  const name = idx.nameAt(tokens[k].start);
  if (!name) return null;
  const comma = idx.at(name.end);
  if (tokens[comma]?.text !== ',' || tokens[comma].sentence !== sent) return null;
  for (let j = comma + 2; j < tokens.length && j - comma < 45; j++) {
    const t = tokens[j];
    if (t.sentence !== sent || t.start >= stopAt || /^["“”;]$/.test(t.text)) return null;
    const lower = cueLower(tokens, j);
    // ("X, a fellow at Y, has written": the perfect of "write" reports words too; alone "written" seldom does)
    const hasWritten = lower === 'written' && /^(has|have|had)$/i.test(tokens[j - 1]?.text ?? '');
    if (!(CUES.has(lower) || hasWritten || speechVerbAt(tokens, j)) || PARTICIPLE_CUES.has(lower)) continue;
    let e = j;
    while (e > comma && skipsBeforeCue(tokens[e - 1].text)) e--;
    // the aside closes with a comma, or (a comma left out) is one noun phrase with no verb of its own:
    // "Kurinji Selvaraj, a research analyst at the Council on Energy think tank told CBS News"
    const closed = e - 1 > comma + 1 && tokens[e - 1].text === ',';
    const unclosed = !closed && e - comma > 3 && /^(a|an|the)$/i.test(tokens[comma + 1].text) && tokens.slice(comma + 1, e).every((x) => !/^(who|which|that|but)$/i.test(x.text) && !posTags(x.text.toLowerCase()).some((tag) => tag === 'PastTense' || tag === 'PresentTense' || tag === 'Copula' || tag === 'Modal'));
    if (closed || unclosed) return cueAt === undefined || cueAt === j ? { start: name.start, end: name.end, text: text.slice(name.start, name.end), cue: t.text, sentence: sent } : null;
    // the first verb after the aside decides: "Smith, who ..., was quoted as saying" is not this shape
    if (tokens[e - 1].text === ',') return null;
  }
  return null;
}

/** May this token be part of a speaker noun phrase? */
function npToken(t: Token, first: boolean): boolean {
  const w = t.text;
  const lower = w.toLowerCase();
  if (/^['’]s$/.test(w)) return !first;
  if (w === '-') return !first; // "the 19-year-old" is tokenised 19 - year-old
  if (!isWord(w)) return false;
  if (PRONOUNS.has(lower)) return first;
  if (/^(the|a|an|his|her|their|its)$/.test(lower)) return true;
  if (/^(of|for)$/.test(lower)) return !first;
  if (isCapitalised(w)) return true;
  if (SKIP_BEFORE_CUE.has(lower) || (!first && skipsBeforeCue(w))) return true;
  if (isFunctionWord(w)) return false;
  if (isRoleNoun(w) || isTitleWord(w) || isReferringNoun(w) || DOCUMENTS.test(lower)) return true;
  const tags = posTags(w);
  // ("the former chat show host", "the party chairman", "a transport union": inside a phrase, a bare
  // word the tagger reads as a verb's base form is a noun when WordNet has it as one)
  if (!first && LOWER_WORD.test(w) && tags.length > 0 && tags.every((x) => x === 'Infinitive') && nounClasses(lower, 1).length > 0) return true;
  if (tags.some((x) => /Verb|Tense|Gerund|Infinitive|Preposition|Conjunction|Adverb/.test(x))) return false;
  return true;
}

/** A title's abbreviation that a full stop follows inside a name ("Rep.", "Sen.", "Gov.", "Dr.", "Lt. Col."). */
const TITLE_ABBREV = /^(?:mr|mrs|ms|dr|prof|gen|sen|rep|gov|lt|col|capt|sgt|rev|hon|adm|maj|cmdr|insp|supt|st|atty|amb|pres|sec|cpl|pvt|det|ofc)$/i;

function nounPhraseAfter(tokens: Token[], i: number, sent: number, nextOpen: number): { start: number; end: number } | null {
  let j = i;
  // ("said Rep. Robert Aderholt": the full stop of a title's abbreviation before a capitalised word goes on with the name)
  const titleStop = (k: number) => tokens[k].text === '.' && k > i && TITLE_ABBREV.test(tokens[k - 1].text) && tokens[k].start === tokens[k - 1].end && UPPER_FIRST.test(tokens[k + 1]?.text ?? '');
  while (j < tokens.length && tokens[j].sentence === sent && tokens[j].start < nextOpen && j - i < 12 && (npToken(tokens[j], j === i) || titleStop(j))) j++;
  if (j === i) return null;
  return { start: tokens[i].start, end: tokens[j - 1].end };
}

function speakerBefore(text: string, r: RawQuote, tokens: Token[], idx: TokenIndex, prevClose: number, s: Sentence, partial = false): Found | null {
  const from = Math.max(s.start, prevClose + 1);
  let j = idx.at(r.open) - 1;
  const stop = idx.at(from);
  // "Blackburn boss Mark Hughes: "...", "BBC Two controller Roly Keating: "...": a name and a colon, no verb
  const label = labelSpeaker(text, r, tokens, idx, stop, s.index);
  if (label) return label;
  for (let n = 0; j >= stop && n < 25; j--, n++) {
    const t = tokens[j];
    const lower = cueLower(tokens, j);
    if (lower === 'to' && j - 1 >= stop && tokens[j - 1].text.toLowerCase() === 'according') {
      const np = nounPhraseAfter(tokens, j + 1, s.index, r.open);
      if (np) return { start: np.start, end: np.end, text: text.slice(np.start, np.end), cue: 'according to', sentence: s.index };
      return null;
    }
    // the cue must be in the quote's own clause
    if (lower === ';' || ((lower === 'while' || lower === 'whereas' || lower === 'but') && j - 1 >= stop && tokens[j - 1].text === ',')) return null;
    // "..., joking:", "..., quipping:": a participle of a speech verb before a colon is a cue too
    const participle = PARTICIPLE_CUES.has(lower) || (LOWER_ING.test(t.text) && /:\s*$/.test(text.slice(t.end, r.open)) && isSpeechVerb(lower));
    // a partial quote reported by a relative clause's verb, naming verbs too, is that clause's ("a
    // report which branded the law as "a mess"" is the report's, not "The home secretary confirmed"'s)
    const reporting = partial && REPORTING.has(lower) && j - 1 > stop && /^(which|who)$/i.test(tokens[j - 1].text);
    if ((!CUES.has(lower) && !participle && !reporting && !goesOn(tokens, j)) || nounUse(tokens, j, stop)) continue;
    // (a partial quote in a noun phrase of a clause of its own: "urged X to apologise for his "Nazi" comment")
    if (partial && embeddedObject(tokens, idx, j, r)) return null;
    if (participle) {
      // `..., with Foreign Minister Ayman Safadi warning of "..."`: the person named right before it
      const named = j - 1 >= stop ? idx.nameEndingAt(t.start) : undefined;
      if (named && named.end >= tokens[j - 1].start) return { start: named.start, end: named.end, text: text.slice(named.start, named.end), cue: t.text, sentence: s.index };
      // "Mr Blair has failed, he claimed, saying he has the "wrong solution"", "Sullivan has said that
      // Mr Ebbers ordered adjustments, telling him to "hit our books"": a participle after a comma goes
      // on with the nearest clause before it whose verb a person (a name or a pronoun) is the subject of,
      // not with the sentence's first subject (an auxiliary or a copula is no such verb: "said Mr X was
      // wrong, adding" goes on with "said")
      if (j - 1 > stop && tokens[j - 1].text === ',') {
        const by = clauseSubjectBefore(text, tokens, idx, j - 1, stop);
        if (by) return { start: by.start, end: by.end, text: text.slice(by.start, by.end), cue: t.text, sentence: s.index };
      }
      // "Downing Street defended the decision, with a spokesperson saying:": the unnamed spokesman the
      // "with" clause brings in is the speaker (and speaks for the sentence's subject: documentOwner)
      let d = j - 2;
      if (d > stop && !/^(a|an|the)$/i.test(tokens[d].text)) d--;
      if (d > stop && /^spokes(?:man|woman|person)$/i.test(tokens[j - 1].text) && /^(a|an|the)$/i.test(tokens[d].text) && /^with$/i.test(tokens[d - 1].text)) {
        return { start: tokens[d].start, end: tokens[j - 1].end, text: text.slice(tokens[d].start, tokens[j - 1].end), cue: t.text, sentence: s.index };
      }
      // `..., saying: "..."`: whoever the sentence is about
      return { start: t.start, end: t.start, text: '', cue: t.text, subjectOf: s.index, sentence: s.index };
    }
    const appositive = appositiveSpeaker(text, tokens, idx, stop, r.open, j);
    if (appositive) return appositive;
    const inverted = CUES.has(lower) ? invertedAside(text, tokens, idx, j, stop) : null;
    if (inverted) return inverted;
    let e = j;
    while (e > stop && skipsBeforeCue(tokens[e - 1].text)) e--;
    // a relative clause's verb speaks for the noun it hangs on: "a Law Commission report which branded"
    if (e - 1 > stop && /^(which|who)$/i.test(tokens[e - 1].text)) {
      if (/^\p{L}/u.test(tokens[e - 2].text) && npToken(tokens[e - 2], false)) e--;
      // (its noun past a dash or a number: "critics in the US - where ... - who described" is left alone)
      else if (reporting && !CUES.has(lower) && tokens[e - 2].text !== ',') return null;
    }
    e = skipTimeBefore(tokens, e, stop);
    e = skipParenthesis(tokens, e, stop);
    e = skipAside(tokens, e, stop);
    let b = suffixed(tokens, e, stop);
    while (b > stop && e - b < 10 && npToken(tokens[b - 1], false) && !phraseStart(tokens, b, stop)) b--;
    if (b > stop && b === e && PRONOUNS.has(tokens[b - 1].text.toLowerCase())) b--;
    // trim leading words that cannot start a phrase ("of", "'s")
    while (b < e && !npToken(tokens[b], true)) b++;
    if (b >= e) {
      // `Mr Smith, the chief executive, said` — a subject set off by commas: take the sentence subject
      return { start: t.start, end: t.start, text: '', cue: t.text, subjectOf: s.index, sentence: s.index };
    }
    // an ordinary sentence opener is not part of the speaker ("But he said")
    while (b < e - 1 && /^(but|and|so|yet|then|however|when|while|if|as)$/i.test(tokens[b].text)) b++;
    // "so that it can press claims for ...": one lower-case singular word that names no speaker makes
    // the cue word a noun ("claims"); the clause goes on further back
    if (e - b === 1 && LOWER_HYPHENED_ANY.test(tokens[b].text) && !posTags(tokens[b].text).includes('Plural') && !speakerLike(tokens, b, e)) continue;
    // an age set off by commas ("King, 30, who describes") names nobody
    if (reporting && !/\p{L}/u.test(text.slice(tokens[b].start, tokens[e - 1].end))) return null;
    return { start: tokens[b].start, end: tokens[e - 1].end, text: text.slice(tokens[b].start, tokens[e - 1].end), cue: t.text, sentence: s.index };
  }
  // no cue: "The Steelers released a statement: "..."", "Trump posted a tweet: "..."": a document right
  // before the colon is the sentence subject's
  const c = idx.at(r.open) - 1;
  if (c - 1 >= stop && tokens[c].text === ':' && tokens[c].start - (tokens[c - 1]?.end ?? 0) <= 1 && (DOCUMENTS.test(tokens[c - 1].text.toLowerCase()) || /^(tweet|post|message|note|email|e-mail)$/i.test(tokens[c - 1].text)) && /^(a|an|the|his|her|its|their)$/i.test(tokens[c - 2]?.text ?? '')) {
    return { start: tokens[c].start, end: tokens[c].start, text: '', cue: tokens[c - 1].text, subjectOf: s.index, sentence: s.index };
  }
  return colonSubject(text, r, tokens, idx, stop, s.index);
}

/** "went on to" (goes, going, gone) right before token `j`: the verb after it is the clause's own ("Trump went on to assert"). */
function wentOnTo(tokens: Token[], j: number, from: number): boolean {
  return j - 3 >= from && tokens[j - 1].text === 'to' && tokens[j - 2].text === 'on' && /^(went|goes|go|going|gone)$/i.test(tokens[j - 3].text);
}

/** Where the backward scan for a speaker starts: before a name's "Jr." or "Sr." full stop ("J. David Cox Sr. warned"), else at `e`. */
function suffixed(tokens: Token[], e: number, stop: number): number {
  return e - 2 > stop && tokens[e - 1].text === '.' && /^(?:Jr|Sr)$/.test(tokens[e - 2].text) && tokens[e - 1].start === tokens[e - 2].end ? e - 1 : e;
}

/**
 * "the government, suggests Mr Davies, could act as a "middleman"": a cue set off by commas with a name
 * after it is an inverted reporting clause inside the sentence it reports, and the name speaks.
 */
function invertedAside(text: string, tokens: Token[], idx: TokenIndex, j: number, stop: number): Found | null {
  if (j - 1 < stop || tokens[j - 1].text !== ',' || !tokens[j + 1] || tokens[j + 1].sentence !== tokens[j].sentence) return null;
  const name = idx.nameAt(tokens[j + 1].start) ?? (isHonorific(tokens[j + 1].text) && tokens[j + 2] ? idx.nameAt(tokens[j + 2].start) : undefined);
  if (!name) return null;
  const after = tokens[idx.at(name.end)];
  if (after?.text !== ',' || after.sentence !== tokens[j].sentence) return null;
  const start = Math.min(name.start, tokens[j + 1].start);
  return { start, end: name.end, text: text.slice(start, name.end), cue: tokens[j].text, sentence: tokens[j].sentence };
}

/**
 * The subject of the nearest finite verb before token `k` (back to `stop`, outside quotes): a person's
 * name or a subject pronoun right before a verb that is no auxiliary or copula. Null when there is none.
 */
function clauseSubjectBefore(text: string, tokens: Token[], idx: TokenIndex, k: number, stop: number): { start: number; end: number } | null {
  let inQuote = false;
  for (let v = k - 1; v > stop && k - v <= 25; v--) {
    const w = tokens[v].text;
    if (/^["“”]$/.test(w)) inQuote = !inQuote;
    if (inQuote || w === ';') {
      if (w === ';') return null;
      continue;
    }
    if (!LOWER_WORD.test(w) || /^(is|was|are|were|be|been|being|has|had|have|do|does|did|will|would|can|could|may|might|must|should|shall)$/.test(w)) continue;
    const tags = posTags(w);
    const finite = tags.includes('PastTense') || tags.includes('PresentTense') || (/[a-z]ed$/.test(w) && !tags.some((x) => /Noun|Adjective/.test(x)));
    if (!finite || tags.some((x) => /Plural|Singular|Adjective/.test(x))) continue;
    let b = v - 1;
    while (b > stop && /^(has|had|have|also|then|later|reportedly|allegedly)$/.test(tokens[b].text)) b--;
    const subj = tokens[b];
    if (PRONOUNS.has(subj.text.toLowerCase()) && subj.text.toLowerCase() !== 'it' && subj.text.toLowerCase() !== 'i') return { start: subj.start, end: subj.end };
    const name = idx.nameEndingAt(subj.end);
    if (name && name.end === subj.end) return { start: name.start, end: name.end };
  }
  return null;
}

/**
 * "Smith agreed: "...", "Brown hit back: "...", "He went on: "...": a colon introduces the words of the
 * one a short verb phrase before it is said of. The colon comes right before the quote; before it, one
 * to four lower-case words opening with a finite verb (no comma, quote mark or name among them); before
 * those, a person's or organisation's name, or a subject pronoun. The verb is the cue.
 */
function colonSubject(text: string, r: RawQuote, tokens: Token[], idx: TokenIndex, stop: number, sent: number): Found | null {
  const c = idx.at(r.open) - 1;
  if (c - 2 < stop || tokens[c].text !== ':' || tokens[c].sentence !== sent) return null;
  for (let v = c - 1; v >= stop && c - v <= 4; v--) {
    const w = tokens[v].text;
    if (!LOWER_HYPHENED_ANY.test(w)) return null;
    const k = v - 1;
    if (k < stop) return null;
    const subj = tokens[k].text;
    const pronoun = /^(he|she|they|it|we)$/i.test(subj) && (k === stop || /^(and|but|so|,)$/i.test(tokens[k - 1].text));
    const name = pronoun ? undefined : idx.nameEndingAt(tokens[k].end);
    // "The firm went on:", "the chancellor hit back:": a definite role or organisation noun
    const role = !pronoun && !name && k - 1 >= stop && /^the$/i.test(tokens[k - 1].text) && (isReferringNoun(subj) || isRoleNoun(subj));
    if (!pronoun && !name && !role) continue;
    const tags = posTags(w);
    const finite = tags.includes('PastTense') || tags.includes('PresentTense') || /^(has|had|was|is|were|are|went|hit)$/.test(w) || (/[a-z]ed$/.test(w) && !tags.some((x) => /Noun|Adjective/.test(x)));
    if (!finite || tags.includes('Plural') && !tags.includes('PresentTense')) return null;
    const start = name ? name.start : role ? tokens[k - 1].start : tokens[k].start;
    const end = name ? name.end : tokens[k].end;
    return { start, end, text: text.slice(start, end), cue: w, sentence: sent };
  }
  return null;
}

/**
 * The speaker a sentence reports, found from its reporting verbs outside quotes: the noun phrase
 * before the verb ("Dimension Data calls it", "he accused them of"), or, after it, the one a
 * speech verb opens with ("..., said Mr Hogg"). `speechOnly` keeps to speech verbs (for indirect speech).
 */
function reportedIn(text: string, s: Sentence, tokens: Token[], idx: TokenIndex, raw: RawQuote[], speechOnly = false, quote?: RawQuote): Found | null {
  // raw quotes are in text order and do not overlap: the last one opening before pos decides
  const inQuote = (pos: number) => {
    const lo = bisect(0, raw.length, (i) => raw[i].open < pos);
    return lo > 0 && pos < raw[lo - 1].close;
  };
  // only the quote's own clause: "Zelensky said ..., while Trump returned to "where the lines are now""
  // (a clause opened by ";" or ", but/while" is its own only when it opens with a new subject, a name or
  // a definite role: "said the cost
  // was being evaluated, but it was an "increasingly high priority"", "said ..., but would rise to the
  // "challenge"" go on with the reported speech; on unlabelled BBC and web pages 17 of the 20 quotes the
  // plain boundary took from their speaker were that speaker's)
  let from = idx.at(s.start);
  let to = tokens.length;
  if (quote) {
    // a new subject: a name, titles allowed before it ("Minister Paul Okafor"), or a definite role or body ("the Tory leader", "the company")
    const newSubject = (k: number) => {
      const the = /^the$/i.test(tokens[k]?.text ?? '');
      for (let j = the ? k + 1 : k; j < tokens.length && j - k < 5 && tokens[j].sentence === s.index; j++) {
        const w = tokens[j].text;
        if (idx.nameAt(tokens[j].start) || (the && (isRoleNoun(w) || isReferringNoun(w)))) return true;
        if (!isTitleWord(w) && !isRoleNoun(w) && !isCapitalised(w)) return false;
      }
      return false;
    };
    const boundary = (k: number) => (tokens[k].text === ';' || (/^(while|whereas|but|although|though)$/i.test(tokens[k].text) && k > 0 && tokens[k - 1].text === ',')) && newSubject(k + 1);
    const q0 = idx.at(quote.open);
    for (let k = q0 - 1; k >= from; k--) if (!inQuote(tokens[k].start) && boundary(k)) {
      from = k + 1;
      break;
    }
    for (let k = idx.at(quote.close + 1); k < tokens.length && tokens[k].sentence === s.index; k++) if (!inQuote(tokens[k].start) && boundary(k)) {
      to = k;
      break;
    }
  }
  for (let j = from; j < to && tokens[j].sentence === s.index; j++) {
    const t = tokens[j];
    const lower = cueLower(tokens, j);
    // a reporting verb listed, or any finite verb of communication (WordNet: "indicated", "expressed", "blamed")
    // (a verb known only from WordNet reports what follows it: "Mr Bush indicated there would be "...""))
    // ("did note", "does say": do-support makes the base form the clause's reporting verb, and so does
    // "went on to assert")
    const listed = (speechOnly ? CUES : REPORTING).has(lower) || (DOCUMENT_VERBS.has(lower) && documentBefore(tokens, j, from)) || (!speechOnly && j > from && (/^(did|does)$/i.test(tokens[j - 1].text) || wentOnTo(tokens, j, from)) && isSpeechVerb(lower));
    // (only for a partial quote a few words after it: a full quote after indirect speech goes on with
    // the speaker before unless a listed cue says otherwise — "the ambassador dialed up the president")
    const wordnetCue = !speechOnly && !!quote && t.start < quote.open && idx.at(quote.open) - j <= 7 && speechVerbAt(tokens, j) && !afterModifier(tokens, j, from) && !/^(which|that)$/i.test(tokens[j - 1]?.text ?? '');
    // "Jaime Vargas lauding the manner in which "..."", "TV Guide magazine describing the series as "..."":
    // a verb of communication as a participle right after a person's name, or an organisation's or a
    // document's head noun, is that one's clause, and a partial quote a few words on is its words
    const ingCue = !!quote && t.start < quote.open && idx.at(quote.open) - j <= 10 && j > from && /^[a-z]{3,}ing$/.test(t.text) && !PARTICIPLE_CUES.has(lower) && (!!idx.nameEndingAt(tokens[j - 1].end) || (LOWER_WORD.test(tokens[j - 1].text) && (isOrgHead(tokens[j - 1].text) || DOCUMENTS.test(tokens[j - 1].text)))) && isSpeechVerb(t.text);
    if (!(listed || wordnetCue || ingCue) || PARTICIPLE_CUES.has(lower) || inQuote(t.start) || nounUse(tokens, j, from)) continue;
    if (quote && namingParticiple(tokens, j, quote, idx)) continue;
    // a partial quote in a noun phrase of a clause the cue does not report: "urged Ken Livingstone to
    // apologise for his "Nazi" comment", "called on Mr Brown to ... see if he had met his "golden rule""
    if (quote && !speechOnly && t.start < quote.open && embeddedObject(tokens, idx, j, quote)) continue;
    // a passive ("has been branded a "disgraceful waste" by MPs"): the speaker is the "by" agent, and the
    // subject is the one spoken of, never the speaker
    if (j > from && /^(been|was|were|is|are|be|being)$/i.test(tokens[j - 1].text)) {
      for (let k = j + 1; k < to && k - j < 30 && tokens[k].sentence === s.index; k++) {
        if (tokens[k].text !== 'by' || inQuote(tokens[k].start)) continue;
        const np = nounPhraseAfter(tokens, k + 1, s.index, Infinity);
        // ("by his friend and fellow broadcaster Michael Pointon": a name that the agent's description
        // goes on to, past "and", is the agent)
        const and = np ? idx.at(np.end) : -1;
        if (np && /^and$/i.test(tokens[and]?.text ?? '')) {
          for (let q = and + 1; q < tokens.length && tokens[q].sentence === s.index && q - and < 6 && isWord(tokens[q].text); q++) {
            const named = idx.nameAt(tokens[q].start);
            if (named) {
              np.end = named.end;
              break;
            }
          }
        }
        if (np && speakerLike(tokens, k + 1, idx.at(np.end))) return { ...np, text: text.slice(np.start, np.end), cue: t.text, sentence: s.index };
        break;
      }
      continue;
    }
    const appositive = appositiveSpeaker(text, tokens, idx, from, quote && quote.open > t.start ? quote.open : Infinity, j);
    if (appositive) return appositive;
    let e = j;
    const stop = from;
    if (wentOnTo(tokens, e, stop)) e -= 3;
    while (e > stop && skipsBeforeCue(tokens[e - 1].text)) e--;
    e = skipTimeBefore(tokens, e, stop);
    e = skipParenthesis(tokens, e, stop);
    e = skipAside(tokens, e, stop);
    let b = suffixed(tokens, e, stop);
    while (b > stop && e - b < 8 && npToken(tokens[b - 1], false) && !inQuote(tokens[b - 1].start) && !phraseStart(tokens, b, stop)) b--;
    if (b > stop && b === e && PRONOUNS.has(tokens[b - 1].text.toLowerCase())) b--;
    while (b < e && !npToken(tokens[b], true)) b++;
    while (b < e - 1 && /^(but|and|so|yet|then|however|when|while|if|as)$/i.test(tokens[b].text)) b++;
    // a reporting verb that is not a speech verb needs a speaker-like subject ("phone calls" is not one)
    if (b < e && (CUES.has(lower) || speakerLike(tokens, b, e))) return { start: tokens[b].start, end: tokens[e - 1].end, text: text.slice(tokens[b].start, tokens[e - 1].end), cue: t.text, sentence: s.index };
    if (b < e) continue;
    // "Kirsten Pfeifer from the CEA, told the BBC News website": what follows "told" is whom it was
    // told to; the speaker is the clause's subject
    if (/^(told|tells|tell)$/.test(lower)) return { start: t.start, end: t.start, text: '', cue: t.text, subjectOf: s.index, sentence: s.index };
    // ", said Mr Hogg" / ", says the company"
    if (CUES.has(lower)) {
      const np = nounPhraseAfter(tokens, j + 1, s.index, Infinity);
      if (np && np.end - np.start > 3) return { ...np, text: text.slice(np.start, np.end), cue: t.text, sentence: s.index };
    }
  }
  return null;
}

/**
 * The quote opens a noun phrase owned by a third person ("his "Nazi" comment", "his "golden rule"")
 * in the object of a verb of its own, an infinitive between the cue and the quote ("urged X to
 * apologise for his "..."") with words between that verb and the quote: the words are a label in the
 * reporter's clause, not what the cue's subject said. Kept: "urged them to "stand firm"", "asked the
 * court to order ... over a "campaign of ..."", "stressed that ... to ensure they do not become a "..."".
 */
function embeddedObject(tokens: Token[], idx: TokenIndex, j: number, quote: RawQuote): boolean {
  const q0 = idx.at(quote.open);
  const det = tokens[q0 - 1]?.text ?? '';
  if (!/^(his|her|their|its)$/i.test(det)) return false;
  for (let k = j + 1; k < q0 - 2; k++) {
    if (tokens[k].text.toLowerCase() !== 'to') continue;
    const v = tokens[k + 1].text;
    if (!LOWER_WORD.test(v) || isFunctionWord(v) || REPORTING.has(v)) continue;
    const tags = posTags(v);
    if (tags.some((x) => /Determiner|Pronoun|Possessive|Adjective|Plural|Value|Preposition/.test(x))) continue;
    return true;
  }
  return false;
}

/**
 * "Mr Barber, who said", "A spokesman for X, which tracks press freedom, described": the subject
 * ends before a relative clause or an aside set off by commas.
 */
function skipAside(tokens: Token[], e: number, stop: number): number {
  if (e - 2 > stop && /^(who|which)$/i.test(tokens[e - 1].text) && tokens[e - 2].text === ',') return e - 2;
  if (e - 1 > stop && tokens[e - 1].text === ',') {
    for (let k = e - 2; k > stop && e - k < 20; k--) {
      // "The film's director, Peter Jackson, said": a name in apposition is the better speaker
      if (tokens[k].text === ',') return e - 2 - k <= 4 && tokens.slice(k + 1, e - 1).every((x) => isCapitalised(x.text)) ? e - 1 : k;
      if (tokens[k].text === '"' || tokens[k].text === '“' || tokens[k].text === '”') break;
    }
  }
  return e;
}

/**
 * "The prime minister on Sunday said", "the firm yesterday warned": a time between the subject and
 * its verb is no part of the subject; returns the index the subject ends at.
 */
function skipTimeBefore(tokens: Token[], e: number, stop: number): number {
  const w = (k: number) => (k >= stop ? tokens[k].text.toLowerCase() : '');
  const when = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|weekend|morning|evening|night)$/;
  if (/^(yesterday|today|tonight|earlier)$/.test(w(e - 1))) return e - 1;
  if (when.test(w(e - 1)) && /^(on|last|this|next|at)$/.test(w(e - 2))) return e - 2;
  return e;
}

/**
 * Walking a subject back from its verb, the phrase starts at a determiner unless a preposition or a
 * possessive ties it to what comes before: "In a filing to US regulators the airline warned" is "the
 * airline"; "a spokesman for the party said" goes on past "the".
 */
function phraseStart(tokens: Token[], b: number, stop: number): boolean {
  return b - 1 >= stop && /^(the|a|an)$/i.test(tokens[b].text) && !/^(of|for|at|from|with|to|in|on|by|and|&)$/i.test(tokens[b - 1].text) && /^[\p{L}]/u.test(tokens[b - 1].text) && !/['’]s$/.test(tokens[b - 1].text);
}

/** A phrase that can name a speaker: a capitalised word, a pronoun, or a role noun. */
function speakerLike(tokens: Token[], b: number, e: number): boolean {
  for (let k = b; k < e; k++) {
    const w = tokens[k].text;
    if (PRONOUNS.has(w.toLowerCase()) || isReferringNoun(w) || isRoleNoun(w) || DOCUMENTS.test(w.toLowerCase()) || (isCapitalised(w) && !/^(the|a|an)$/i.test(w))) return true;
  }
  // ("the carmaker blamed": a head noun WordNet knows for people or a group)
  return e - b >= 2 && /^(the|a|an)$/i.test(tokens[b].text) && LOWER_WORD.test(tokens[e - 1].text) && agentNoun(tokens[e - 1].text);
}

/** A document noun heads the phrase right before token `j` ("The minutes show", "the study also found"). */
function documentBefore(tokens: Token[], j: number, stop: number): boolean {
  let k = j - 1;
  while (k >= stop && skipsBeforeCue(tokens[k].text)) k--;
  return k >= stop && DOCUMENTS.test(tokens[k].text.toLowerCase());
}

/** "the claims", "his calls": a cue word after a determiner is a noun, not the verb. */
function nounUse(tokens: Token[], j: number, stop: number): boolean {
  return j > stop && /^(the|a|an|his|her|their|its|these|those|this|our|my|such|whose)$/i.test(tokens[j - 1].text);
}

/**
 * A naming verb as a participle: "a show called "Ask Dr Mike"", "sets known as the "X"": the quote
 * follows the verb at once (an article at most between) and no subject of the verb stands right
 * before it (an auxiliary, a pronoun or a relative pronoun would: "they have dubbed "X"") — the quoted
 * words are the name given, not anyone's speech.
 */
function namingParticiple(tokens: Token[], j: number, quote: RawQuote, idx: TokenIndex): boolean {
  if (!/^(called|dubbed|named|titled|entitled|nicknamed|labelled|labeled|branded|termed)$/i.test(tokens[j].text)) return false;
  let k = j + 1;
  if (/^(the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
  if (k !== idx.at(quote.open)) return false;
  const prev = tokens[j - 1];
  if (!prev || prev.sentence !== tokens[j].sentence) return false;
  // (a lower-case noun right before: "sets called", "a show called"; a name or pronoun there is the
  // subject of an active verb: "which Variety called", "what Mr Gates called", "they have dubbed")
  return LOWER_HYPHENED_ANY.test(prev.text) && !PRONOUNS.has(prev.text) && !isFunctionWord(prev.text) && !/^(also|then|later|once|just|often|widely|originally|first)$/.test(prev.text);
}

/** "two highly critical reports": after an adjective or a number a word read as a verb is a noun. */
function afterModifier(tokens: Token[], j: number, stop: number): boolean {
  if (j <= stop) return false;
  const prev = tokens[j - 1].text;
  if (/^\p{N}/u.test(prev)) return true;
  if (!LOWER_FIRST.test(prev) || !posTags(prev).includes('Adjective') || posTags(prev).some((x) => /Verb|Tense|Adverb/.test(x))) return false;
  // ("The firm blamed": a word that is also a noun for people or a group, right after a determiner,
  // heads the subject)
  return !(j - 1 > stop && /^(the|a|an|this|that)$/i.test(tokens[j - 2].text) && agentNoun(prev));
}

/** A noun whose most frequent WordNet senses name a person or a group ("carmaker", "firm", "retailer"). */
function agentNoun(word: string): boolean {
  const classes = nounClasses(word.toLowerCase(), 1);
  return classes.includes('person') || classes.includes('group');
}

/** "The Confederation of British Industry (CBI) said": the subject ends before the bracket. */
function skipParenthesis(tokens: Token[], e: number, stop: number): number {
  if (e - 1 > stop && tokens[e - 1].text === ')') {
    for (let k = e - 2; k > stop && e - k < 8; k--) if (tokens[k].text === '(') return k;
  }
  return e;
}

function resolve(text: string, sentences: Sentence[], f: Found, coref: Coref, mentions: Mention[], sentence: number, quoted: (pos: number) => boolean = () => false): string | null {
  if (f.subjectOf !== undefined) {
    const key = coref.subject(sentence, f.start);
    const sm = key ? mentions.find((m) => m.sentence === sentence && m.entity === key && m.start < f.start) : undefined;
    f.text = sm ? sm.text : key ? coref.entity(key)?.name ?? '' : '';
    return key;
  }
  const words = f.text.split(/\s+/);
  if (words.length === 1 && PRONOUNS.has(words[0].toLowerCase())) return coref.pronoun(words[0], sentence, f.start);
  const head = words[words.length - 1].toLowerCase();
  // "sources said", "a source close to the club said", "people familiar with the talks": unnamed, whoever they are near
  const headWord = (f.text.split(/\s(?:close|familiar|of|for|at|from|with|in|near)\s/i)[0].split(/\s+/).pop() ?? '').toLowerCase();
  if (ANONYMOUS.test(headWord)) return null;
  // "The magazine's music editor Mark Robertson": a person named at the end of the phrase is its head
  const headName = mentions.find((m) => m.end === f.end && m.start > f.start && coref.entity(m.entity)?.type === 'PERSON');
  if (headName) return headName.entity;
  // "the Liverpool player", "the organisation": what coreference made of the phrase comes first
  if (/^(the|a|an)\s/i.test(f.text)) {
    const linked = coref.linkAt(f.start);
    if (linked) return linked;
  }
  // "Her lawsuit said", "his spokesman said": a document or a spokesman speaks for its owner
  // ("his office said", "her representative told", "their campaign said": who speaks for the owner)
  if (words.length >= 2 && /^(his|her|its|their)$/i.test(words[0]) && (DOCUMENTS.test(head) || /^spokes(man|woman|person)$/.test(head) || AGENTS.test(head))) {
    return coref.pronoun(words[0], sentence, f.start);
  }
  // a possessive before a role: "Mr Blair's spokesman" speaks for Mr Blair; "his lawyer" is someone else,
  // unless the role is set off after a name ("Mr Prettejohn, Lloyd's chief executive, said"): that person
  const possessiveRole = /['’]s\s+(?:\S+\s+){0,3}\S+$/.test(f.text) && isRoleNoun(words[words.length - 1]);
  if (possessiveRole && !/^spokes(man|woman|person)$/.test(head)) return appositivePerson(text, f, mentions, coref);
  let key: string | null = null;
  // "ING analyst Gerard Rijk of Inbev's ...": a person named before "of"/"for" is the speaker;
  // "a spokesman for the Treasury": nobody is, so what follows speaks. Of the people before it, the
  // last is the phrase's head: "Conservative shadow chancellor Oliver Letwin", "Lib Dem spokesman Mark Oaten".
  const cut = f.text.search(/\s(?:of|for|at|from|with)\s/);
  const headEnd = cut > 0 ? f.start + cut : f.end;
  let person: string | null = null;
  for (const m of mentions) {
    if (m.start >= f.end) break;
    if (m.end > f.start) {
      const e = coref.entity(m.entity);
      if (!e) continue;
      if (e.type === 'PERSON' && m.end <= headEnd) person = m.entity;
      // (a place named alone that speaks is its club, firm or government: "Tottenham said in a
      // statement", "Amazon, based in Seattle, said")
      // ("The Tories said", "a spokesman for the Democrats": a party's members speak for the party)
      else if (e.type === 'PERSON' || e.type === 'ORG' || partyMembers(e) || (key === null && (e.type === 'GPE' || (e.type === 'LOC' && m.start === f.start && m.end === f.end)))) key = m.entity;
    }
  }
  // "Robin Biesbroek of the CDF": a person's name before "of" that the entity stage missed is still the
  // speaker, not the organisation after it (no entity, the text kept)
  // (two or three capitalised words no mention covers and that end in no organisation's head word)
  if (!person && cut > 0 && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(f.text.slice(0, cut)) && !isOrgHead(f.text.slice(0, cut).split(/\s+/).pop()!) && !mentions.some((m) => m.start < f.start + cut && m.end > f.start)) return null;
  key = person ?? key;
  // "The Tory leader", "the Harbour Trust chairman": an office holder whom the organisation before the
  // role only qualifies is a person (the one coreference gives the role, else nobody named), not the
  // organisation; its spokesman, official or representative does speak for it
  if (!person && key && coref.entity(key)?.type === 'ORG') {
    const pre = (cut > 0 ? f.text.slice(0, cut) : f.text).split(/\s+/);
    const roleHead = pre[pre.length - 1];
    const headAt = headEnd - roleHead.length;
    const modifier = pre.length >= 2 && mentions.some((m) => m.entity === key && m.start >= f.start && m.end <= headAt);
    if (modifier && officeHolder(roleHead)) return appositivePerson(text, f, mentions, coref) ?? coref.role(f.text, f.start);
  }
  if (key && coref.entity(key)?.type === 'GPE' && words.length > 1) {
    // "U.S. officials": a place with a plural head is not the place speaking, nor is it
    // before an organisation ("Russia's foreign ministry"), which is not a name we have
    if (/s$/.test(words[words.length - 1]) || isReferringNoun(head) || kindOfNoun(head)) return null;
  }
  if (key) return key;
  const appositive = appositivePerson(text, f, mentions, coref);
  if (appositive) return appositive;
  // "a spokesman for the club": whom coreference made of the organisation noun inside the phrase
  if (cut > 0) {
    const inner = f.text.slice(cut).search(/\b(?:the|a|an)\s/i);
    const linked = inner >= 0 ? coref.linkAt(f.start + cut + inner) : null;
    if (linked) return linked;
  }
  // "according to a statement from the Pentagon", "a letter by Mr Smith said": a document is its issuer's,
  // named right after it (the phrase found stops before "from")
  if (DOCUMENTS.test(head) || /^spokes(man|woman|person)$/.test(head)) {
    const by = /^\s+(?:from|by|of|for)\s+(?:the\s+)?/i.exec(text.slice(f.end, f.end + 14));
    const issuer = by ? mentions.find((m) => m.start === f.end + by[0].length && /^(PERSON|ORG)$/.test(coref.entity(m.entity)?.type ?? '')) : undefined;
    if (issuer) return issuer.entity;
  }
  // "the report warned": whoever the article said issued the report; "the spokesman said": whom the
  // spokesman the article introduced speaks for ("a BaFin spokeswoman" ... "the spokeswoman")
  if (words.length === 2 && ((/^the$/i.test(words[0]) && DOCUMENTS.test(head)) || (/^(the|a|an)$/i.test(words[0]) && /^spokes(man|woman|person)$/.test(head)))) {
    return documentOwner(text, sentences, head, f.start, coref, mentions, quoted);
  }
  return null;
}

/** "Rory O' Neill, editor of Hazards magazine, ... said": a role in apposition is the person named right before it. */
function appositivePerson(text: string, f: Found, mentions: Mention[], coref: Coref): string | null {
  const lo = bisect(0, mentions.length, (k) => mentions[k].start < f.start) - 1;
  const before = lo >= 0 ? mentions[lo] : undefined;
  return before && before.end <= f.start && /^\s*,\s*$/.test(text.slice(before.end, f.start)) && coref.entity(before.entity)?.type === 'PERSON' ? before.entity : null;
}

/**
 * A role noun for one person who holds an office ("leader", "chairman", "MP"), not one who speaks for
 * an organisation ("spokesman", "official", "representative", "office") nor a group ("MPs").
 */
function officeHolder(word: string): boolean {
  const w = word.toLowerCase();
  if (/^spokes/.test(w) || /^(official|officials|source|sources|aide|aides|mps|meps)$/.test(w) || AGENTS.test(w)) return false;
  return isRoleNoun(w) && !posTags(word).includes('Plural');
}

/**
 * "a source close to Chelsea said": the phrase found stops at "close to"; it is the unnamed source's,
 * so it is widened to the whole description (and resolve leaves it unnamed).
 */
function widenAnonymous(text: string, f: Found): void {
  if (!f.text) return;
  const m = /(?:\b(?:an?|the|one|two|several|some)\s+)?(?:[a-z-]+\s+)?\b(?:sources?|insiders?|people|person|someone)\s+(?:close to|familiar with|near|inside|within|at|in)\s+$/i.exec(text.slice(Math.max(0, f.start - 50), f.start));
  if (!m) return;
  f.start -= m[0].length;
  f.text = text.slice(f.start, f.end);
}

/**
 * Who issued a document the article names again only by its noun ("the report", "the suit"), or whom
 * a spokesman speaks for ("the spokeswoman" after "a BaFin spokeswoman"): at the
 * nearest earlier mention of the noun ("a report by X", "X's lawsuit", "Her lawsuit", "X filed a suit"),
 * the named owner after "by/from/of", else the possessor before it, else the subject of that sentence
 * or the one before. Null when the noun was never introduced.
 */
function documentOwner(text: string, sentences: Sentence[], head: string, at: number, coref: Coref, allMentions: Mention[], quoted: (pos: number) => boolean): string | null {
  // a bounded look back, so a long text of such quotes stays linear
  const from = Math.max(0, at - DOCUMENT_LOOKBACK);
  const re = new RegExp(`\\b(\\w*${head})\\b`, 'gi');
  re.lastIndex = from;
  let last: RegExpExecArray | null = null;
  // the noun and its issuer in the narrative, not inside someone's quoted words ("her tumblr statement")
  // (and whether any of them introduced it: "a report", "Mr X's lawsuit", not only "the lawsuit")
  let first: RegExpExecArray | null = null;
  let introduced = false;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
    if (quoted(m.index)) continue;
    last = m;
    first ??= m;
    if (!/\bthe\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) || /^\s+(?:by|from|of|for)\s/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) introduced = true;
  }
  // a document the article only ever calls "the lawsuit" is read as brought in where it first says so
  if (last && !introduced && DOCUMENTS.test(head)) {
    at = first!.index;
    last = null;
  }
  // a spokesman the article brings in here with no one named beside him ("The Department of Health
  // has defended the plan. A spokesman said") speaks for the organisation the sentence before is about:
  // its first person or organisation named as a subject, not as a noun's modifier ("The ex-Big Breakfast
  // presenters"); an organisation only (a person's spokesman is named so, "Mr Blair's spokesman")
  // (so does a document the article brings in with "the" and never named before: "The Bank of Lorvia kept
  // rates on hold. The minutes show ...")
  if (!last && (/^spokes/.test(head) || DOCUMENTS.test(head))) {
    // ("The ministry defended the plan, with a spokesman saying": a spokesman brought in by "with" speaks
    // for the organisation or the place the sentence opens with)
    const cur = sentences[sentenceAt(sentences, at)];
    if (/,\s*with\s+$/i.test(text.slice(cur.start, at))) {
      const opener = startingWithin(allMentions, cur.start, at).find((x) => !quoted(x.start));
      if (opener && opener.start - cur.start <= 8 && /^(ORG|GPE|LOC)$/.test(coref.entity(opener.entity)?.type ?? '')) return opener.entity;
    }
    const s = sentenceAt(sentences, at) - 1;
    if (s < 0) return null;
    let m: { start: number; end: number; entity: string } | undefined = startingWithin(allMentions, sentences[s].start, sentences[s].end).find((x) => !quoted(x.start) && /^(PERSON|ORG)$/.test(coref.entity(x.entity)?.type ?? ''));
    // ("The company did not respond to a request for comment. A spokesperson told CNN": a role noun
    // coreference linked to the organisation counts as its name, when it comes first)
    const role = coref.linksWithin(sentences[s].start, sentences[s].end).find((l) => l.kind === 'role' && !quoted(l.start) && /^(PERSON|ORG)$/.test(coref.entity(l.entity)?.type ?? ''));
    if (role && (!m || role.start < m.start)) m = role;
    if (m && coref.entity(m.entity)?.type === 'ORG') {
      const next = /^\s+([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? '';
      const modifier = LOWER_FIRST.test(next) && !posTags(next).some((x) => /Verb|Tense|Copula|Modal|Adverb/.test(x)) && !isFunctionWord(next);
      return modifier ? null : m.entity;
    }
    // (a document, not a spokesman, is a person's too when the sentence before reports that person's
    // words: "Mr Houston is alleged to have said that ... . The document reportedly said", "Willis said
    // he was hit ... . The lawsuit said")
    if (m && DOCUMENTS.test(head) && coref.entity(m.entity)?.type === 'PERSON' && /\b(?:said|says|say|saying|claimed|claims|alleged|alleges|wrote|writes|argued|argues|stated|states)\b/.test(text.slice(m.end, sentences[s].end))) return m.entity;
    // a spokesman only: else the organisation that last spoke in the narrative, a few sentences back
    // ("..., Downing Street has indicated. Officials have confirmed ... , said a spokesman")
    return /^spokes/.test(head) ? orgThatSpoke(text, sentences, s, allMentions, coref, quoted) : null;
  }
  if (!last) return null;
  const pos = last.index;
  const mentions = startingWithin(allMentions, from, at).filter((x) => !quoted(x.start));
  const end = pos + last[0].length;
  const speakerType = (key: string) => /^(PERSON|ORG)$/.test(coref.entity(key)?.type ?? '');
  // "a report by the Fraser of Allander Institute", "a letter from Mr Smith"
  const after = /^\s+(?:by|from|of|for)\s+(?:the\s+)?/i.exec(text.slice(end, end + 12));
  if (after) {
    // the name may start a word or two in ("by the Fraser of Allander Institute" is found as "Allander Institute")
    const gap = (x: Mention) => text.slice(end + after[0].length, x.start);
    const m = mentions.find((x) => x.start >= end + after[0].length && speakerType(x.entity) && /^[\p{Lu}\w\s-]{0,20}$/u.test(gap(x)) && !/(?:^|\s)[a-z]{3,}\s/.test(gap(x)));
    if (m) return m.entity;
  }
  // "Ms Clarkson's legal action", "Her lawsuit", "a BaFin spokeswoman"
  const before = text.slice(Math.max(0, pos - 40), pos);
  const adjacent = mentions.find((x) => x.end === pos - 1 && /\s/.test(text[pos - 1]) && speakerType(x.entity));
  if (adjacent) return adjacent.entity;
  const poss = /(\S+)['’]s\s+(?:[a-z-]+\s+){0,2}$/.exec(before);
  if (poss) {
    const pStart = pos - poss[0].length;
    const m = mentions.find((x) => x.end === pStart + poss[1].length && speakerType(x.entity));
    if (m) return m.entity;
  }
  const pron = /\b(his|her|its|their)\s+(?:[a-z-]+\s+){0,2}$/i.exec(before);
  const sentence = sentenceAt(sentences, pos);
  if (pron) return coref.pronoun(pron[1], sentence, pos - pron[0].length);
  // otherwise the subject: the first person or organisation named before the noun in its sentence,
  // else in the sentence before ("X did not accept the offer. A spokesperson ... told NBC News")
  // ("The company denied it in a statement": a role noun coreference linked counts as a name)
  const firstIn = (si: number, to: number) => {
    const s = sentences[si];
    if (!s) return undefined;
    const named = mentions.find((x) => x.sentence === si && x.start < to && speakerType(x.entity));
    const linked = coref.linksWithin(Math.max(s.start, from), Math.min(s.end, to)).find((l) => l.kind === 'role' && !quoted(l.start) && speakerType(l.entity));
    return named && (!linked || named.start < linked.start) ? named.entity : linked?.entity;
  };
  // "In a statement, the party said": a document named before the subject is the subject's
  const opening = /^\W*(?:in|through|via)\s+(?:a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(sentences[sentence]?.start ?? pos, pos));
  const owner = firstIn(sentence, pos) ?? (opening ? firstIn(sentence, Infinity) : undefined) ?? firstIn(sentence - 1, Infinity);
  if (owner) return owner;
  if (!DOCUMENTS.test(head)) return null;
  // none at the nearest mention ("According to the report"): the issuer is where the article brought the
  // document in
  if (first && first !== last) return documentOwner(text, sentences, head, first.index + first[0].length, coref, allMentions, quoted);
  // a document brought in with no issuer ("..., a report says.") is the one whose issuer the next
  // sentence opens with as its subject ("The National Audit Office praised ministers for ...")
  if (!/\ban?\s+(?:[a-z-]+\s+){0,2}$/i.test(before)) return null;
  const next = sentences[sentence + 1];
  const opener = next ? startingWithin(allMentions, next.start, next.end).find((x) => !quoted(x.start)) : undefined;
  return opener && opener.start - next.start <= 8 && coref.entity(opener.entity)?.type === 'ORG' && verbAfterName(text, opener.end) ? opener.entity : null;
}

/** Whether a finite verb follows a name ending at `end` (its clause's subject: "The National Audit Office praised"). */
function verbAfterName(text: string, end: number): boolean {
  const w = /^\s+(?:has\s+|have\s+|had\s+)?([a-z]+)/.exec(text.slice(end, end + 30))?.[1] ?? '';
  const tags = posTags(w);
  return tags.includes('PastTense') || tags.includes('PresentTense') || /[a-z]ed$/.test(w);
}

const DOCUMENT_LOOKBACK = 4000;

/**
 * The organisation that spoke last in the narrative, in sentence `s` or the three before it: one named
 * outside quotes and followed by a speech verb ("the TUC said"); a place that speaks stands for its
 * institution ("Downing Street has indicated").
 */
function orgThatSpoke(text: string, sentences: Sentence[], s: number, allMentions: Mention[], coref: Coref, quoted: (pos: number) => boolean): string | null {
  for (let k = s; k >= 0 && s - k <= 3; k--) {
    // (a place that speaks is its government or its institution: "Downing Street has indicated")
    const ms = startingWithin(allMentions, sentences[k].start, sentences[k].end).filter((x) => !quoted(x.start) && /^(ORG|GPE|LOC)$/.test(coref.entity(x.entity)?.type ?? ''));
    for (let j = ms.length - 1; j >= 0; j--) {
      const verb = /^\s+(?:has\s+|have\s+|had\s+)?(\p{Ll}+)/u.exec(text.slice(ms[j].end, ms[j].end + 40))?.[1] ?? '';
      if (verb && (CUES.has(verb) || (/(?:ed|s)$/.test(verb) && isSpeechVerb(verb)))) return ms[j].entity;
    }
  }
  return null;
}

/** The index of the sentence holding `pos` (sentences are in text order). */
function sentenceAt(sentences: Sentence[], pos: number): number {
  const lo = bisect(0, sentences.length, (i) => sentences[i].end <= pos);
  return sentences[Math.min(lo, sentences.length - 1)].index;
}
