// Question analysis: what kind of answer is wanted, about whom, and with which words.

import type { AnswerType, EntityType } from '../../model/index.js';
import { queryTerms, tokens } from '../../understand/terms.js';
import { questionWhen, type When } from './when.js';
import { isPluralNoun, isVerbWord, lexicalRelatives, nounBase, nounClasses } from '../../understand/wordnet.js';
import nlp from 'compromise';
import { isCommonWord, isFirstName, isHonorific, isLastName, isOrgHead } from '../../understand/gazetteer.js';

export interface Question {
  text: string;
  type: AnswerType;
  /** Entity types that can fill the answer slot, best first. */
  slotTypes: EntityType[];
  /** The noun the question asks for ("missiles" in "What missiles ..."), lowercase, or null. */
  head: string | null;
  /** A preposition left at the end ("... support for?"): the answer tends to follow it. */
  stranded: string | null;
  /** Capitalised names in the question ("Trump", "Putin"). */
  names: string[];
  /** Index terms of the whole question, without question words. */
  terms: string[];
  /** Index terms that are not names: the words an answer sentence must share. */
  contentTerms: string[];
  /** The question's own words behind contentTerms (for inflection variants). */
  contentWords: string[];
  /** For "what did X say about Y": the speaker's name. */
  speaker: string | null;
  /** A duration is asked ("how long"). */
  duration: boolean;
  /**
   * The kind of quantity a number question asks for, when its words say: money ("how much did X pay"),
   * a percentage, a count of the asked noun ("how many people"), or a measure ("how much does it weigh").
   */
  quantity: Quantity;
  /** For date questions: the granularity asked for ("in what year" → year, "at what time" → a time of day). */
  granularity: 'year' | 'month' | 'day' | 'time' | null;
  /** A time the question is restricted to ("last week", "in October 2025"), or null. */
  when: When | null;
  /**
   * For "who <verb>s ...": the nouns for one who does it, by WordNet's derivations of the verb that name
   * a person ("coaches" → coach, "directing" → director, "founded" → founder); the answer is often called one.
   */
  agents?: string[];
  /**
   * For "who/which X <verb>" questions: the question's verb (its index term) and whether the answer does
   * it (agent: "who coaches", "which firm bought") or undergoes it (patient: "who was sacked", "which
   * firm did Google buy"); null when the question says neither (a copula, a stranded preposition).
   */
  role?: { verb: string; wants: 'agent' | 'patient' } | null;
  /**
   * The question's main verb as an index term ("born" in "in what year was X born", "sell" in "how many
   * cars does Ferrari sell"): what the asked date, number or name is of. Null when it has none (a copula).
   */
  verb?: string | null;
  /**
   * How many names the answer must hold when the question counts them ("which two firms", "who were the
   * three men", "both"): 2-4; absent otherwise.
   */
  items?: number;
}

const ITEM_COUNTS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };

/** The number of answers a who/which/what question counts: "which two clubs" → 2, "who are the three" → 3. */
export function itemsAsked(text: string): number | undefined {
  const m = /^(?:which|what|who|whom|name)\b(?:\s+(?:are|were|is|was))?(?:\s+the)?\s+(two|three|four|both)\b/i.exec(text.trim());
  return m ? ITEM_COUNTS[m[1].toLowerCase()] : undefined;
}

const QUESTION_WORDS = new Set(
  'what which who whom whose where when why how many much long did does do is are was were will would can could should has have had'.split(' '),
);

const PREPOSITIONS = new Set('for to with from about by at in on of against into toward towards over behind among amongst between under after before during near across through without within beside via beyond upon'.split(' '));

// Nouns that name the kind of thing a "which X" / "who is the X" question wants.
const PERSON_HEADS = new Set(
  ('person people man men woman women leader president minister secretary chancellor official envoy spokesman spokeswoman ' +
    'spokesperson player politician judge tycoon businessman businesswoman billionaire executive chief boss coach manager ' +
    'chairman chairwoman chair director actor actress singer star author writer mp senator governor mayor king queen prince ' +
    'princess general commander ambassador candidate lawyer prosecutor founder owner striker captain dancer musician ' +
    'economist analyst scientist doctor professor editor presenter head leader critic campaigner rapper premier mep peer')
    .split(' '),
);
const ORG_HEADS = new Set(
  ('court organisation organization group agency party company firm bank ministry department body institution union alliance ' +
    'newspaper network team club giant operator exchange magazine broadcaster channel carrier airline retailer supermarket ' +
    'manufacturer maker producer label studio charity council committee university regulator watchdog insurer publisher ' +
    'paper website service consortium business corporation conglomerate brand band militia movement force side')
    .split(' '),
);
const PLACE_HEADS = new Set('country state nation city capital town region province county village island continent'.split(' '));
const LOC_HEADS = new Set('place location area territory border venue stadium building hall prison site river sea port'.split(' '));
const NUMBER_HEADS = new Set(
  ('percentage percent share proportion amount sum number price cost fine bonus salary budget deficit stake profit revenue sales figure rate total ' +
    // measures, tallies and standings: answered by a number, a measure or an ordinal
    'age attendance crowd height weight length distance speed temperature capacity population valuation value level rating score ' +
    'margin majority debt loss income earning wage fee ratio tally toll worth position rank ranking growth ' +
    'minimum maximum turnout reward dividend reading low membership')
    .split(' '),
);
const MONEY_HEADS = new Set('price cost fine bonus salary budget deficit profit revenue sale valuation value debt loss income earning wage fee worth'.split(' '));
const MEASURE_HEADS = new Set('age height weight length distance speed temperature capacity power horsepower storage memory'.split(' '));
const AUX = new Set('is was are were did does do has have had will would can could should might may must'.split(' '));
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/**
 * An auxiliary right after "what" or "how many/much" opens the clause, and what follows is its
 * subject, not the asked noun: "what did Adrian Hughes predict", "how much did Ithaca Holdings pay",
 * "how much could Luis Aragones be fined". A copula is no such auxiliary after "what" ("what is the
 * capital"), nor after "how much" when an article follows ("how much is a monthly subscription").
 * `wh` is the question word ("what", "which", "many", "much"); `aux` and `next` the two words after it.
 */
function auxOpensClause(wh: string, aux: string | undefined, next: string | undefined): boolean {
  if (wh === 'which' || !aux || !AUX.has(aux)) return false;
  return !(COPULAS.has(aux) && (wh === 'what' || ['the', 'a', 'an'].includes(next ?? '')));
}

/**
 * The phrase's word that names a kind: its last word (an English noun phrase's head) when the lists or
 * WordNet give it one ("which prison officers": officers, not the prison); else a listed noun among the
 * other words, last first; else the last word itself when WordNet knows it as a noun (no kind: a thing);
 * else WordNet's guesses for the other words.
 */
function headOf(words: string[]): { w: string; k: { type: AnswerType; slots: EntityType[] } | null } | null {
  const last = words[words.length - 1];
  const lastKind = last === undefined ? null : headKind(last);
  if (lastKind) return { w: last, k: lastKind };
  const rev = [...words].reverse();
  for (const w of rev) {
    const k = headKind(w, true);
    if (k) return { w, k };
  }
  // A last word WordNet knows as a common noun of another kind heads the phrase before WordNet's guesses
  // for the words before it: "which white pigment" asks for a substance, though "white" is a person by
  // WordNet's first sense.
  if (last !== undefined && nounClasses(singularHead(last), 1).length > 0) return { w: last, k: null };
  for (const w of rev) {
    const k = headKind(w);
    if (k) return { w, k };
  }
  return null;
}

function headKind(word: string, listedOnly = false): { type: AnswerType; slots: EntityType[] } | null {
  const w = singularHead(word);
  if (PERSON_HEADS.has(w)) return { type: 'person', slots: ['PERSON'] };
  if (ORG_HEADS.has(w)) return { type: 'organisation', slots: ['ORG'] };
  if (PLACE_HEADS.has(w)) return { type: 'place', slots: ['GPE', 'LOC'] };
  if (LOC_HEADS.has(w)) return { type: 'place', slots: ['LOC', 'GPE', 'ORG'] };
  if (listedOnly) return null;
  // Nouns the lists do not name: WordNet's class of the noun's most frequent sense ("analyst" is a
  // person, "network" a group). Locations are left out: "position" and "side" are locations there too.
  const cls = nounClasses(w, 1)[0] ?? (w.includes('-') ? nounClasses(w.replace(/-/g, ''), 1)[0] : undefined) ?? compoundClass(w);
  if (cls === 'person') return { type: 'person', slots: ['PERSON'] };
  if (cls === 'group') return { type: 'organisation', slots: ['ORG', 'GPE'] };
  return null;
}

/**
 * A closed compound WordNet does not list is a kind of its last part ("goalscorer" a scorer,
 * "housebuilder" a builder): the class of its longest final part of at least five letters that WordNet
 * knows as a noun.
 */
function compoundClass(w: string): string | undefined {
  if (!/^[a-z]{8,}$/.test(w)) return undefined;
  for (let k = 3; k <= w.length - 5; k++) {
    const cls = nounClasses(w.slice(k), 1)[0];
    if (cls) return cls;
  }
  return undefined;
}

/**
 * The noun phrase the question asks about, from compromise's part-of-speech tags: the words after
 * "which"/"what"/"how many" up to the verb or preposition ("which Dresdner Kleinwort telecoms analyst
 * praised" → [dresdner, kleinwort, telecoms, analyst]); "what kind of drug" → [drug].
 */
function whPhrase(text: string): string[] {
  return whWords(text).map((x) => x.w);
}

/** The tagger's terms of the question last read: the wh-phrase, the role and the verb all read them. */
let tagged: { text: string; terms: unknown[] } | null = null;
function taggedTerms(text: string): unknown[] {
  if (tagged?.text !== text) tagged = { text, terms: nlp(text).terms().json() as unknown[] };
  return tagged.terms;
}

/** The question's words as the tagger reads them: the normal form, whether written capitalised, the tags. */
interface Token {
  w: string;
  proper: boolean;
  tags: Set<string>;
}

function questionTokens(text: string): Token[] {
  return (taggedTerms(text) as { terms: { normal: string; text: string; tags: string[] }[] }[]).map((t) => ({
    w: t.terms[0]?.normal ?? '',
    proper: /^\p{Lu}/u.test(t.terms[0]?.text ?? ''),
    tags: new Set(t.terms[0]?.tags ?? []),
  }));
}

/** A question word's index term when it is one of the question's content terms (a verb worth finding), else null. */
function contentVerb(w: string, contentTerms: string[]): string | null {
  const v = queryTerms(w, 1)[0];
  return v && contentTerms.includes(v) ? v : null;
}

/** whPhrase with each word's capitalisation: a name inside the phrase ("which Luis Bunuel film") is no head. */
function whWords(text: string): { w: string; proper: boolean; adjective?: boolean }[] {
  const terms = (taggedTerms(text) as { terms: { normal: string; text: string; tags: string[]; post?: string }[] }[]).map((t) => ({
    normal: t.terms[0]?.normal ?? '',
    text: t.terms[0]?.text ?? '',
    tags: new Set(t.terms[0]?.tags ?? []),
    post: t.terms[0]?.post ?? '',
  }));
  // "team-mate": compromise splits a hyphenated word; it is one word here.
  for (let k = terms.length - 2; k >= 0; k--) {
    if (terms[k].post === '-' && terms[k].tags.has('Hyphenated')) {
      const next = terms[k + 1];
      terms.splice(k, 2, { normal: `${terms[k].normal}-${next.normal}`, text: `${terms[k].text}-${next.text}`, tags: next.tags, post: next.post });
    }
  }
  let at = terms.findIndex((t, i) => i <= 6 && (t.normal === 'which' || t.normal === 'what' || ((t.normal === 'many' || t.normal === 'much') && terms[i - 1]?.normal === 'how')));
  if (at < 0) at = inSituAt(terms.map((t) => t.normal.replace(/[^\p{L}\p{N}'’-]+/gu, '')));
  if (at < 0) return [];
  let i = at + 1;
  if (auxOpensClause(terms[at].normal, terms[i]?.normal, terms[i + 1]?.normal)) return [];
  // "what is the capital of": the copula and article are not the phrase.
  if (AUX.has(terms[i]?.normal) && ['the', 'a', 'an'].includes(terms[i + 1]?.normal)) i += 2;
  // "what were Google's revenues": the copula before an owner's name.
  else if (AUX.has(terms[i]?.normal) && terms[i + 1]?.tags.has('Possessive')) i += 1;
  // "what were Electronic Arts' revenues", "what was France's growth rate": an owner named in several
  // words, or one the tagger reads as "France is"; the possessive ends the name, the phrase goes on.
  else if (COPULAS.has(terms[i]?.normal) && ownerRunEnd(terms, i + 1) > 0) i = ownerRunEnd(terms, i + 1);
  // "what was voter turnout", "what was UK GDP growth": the copula before a phrase with no article, when
  // a common noun follows it after any names ("what is Blair planning" has none: no phrase).
  else if (COPULAS.has(terms[i]?.normal) && terms[at].normal === 'what' && bareNounAfter(terms, i + 1)) i += 1;
  // after an owner's name the phrase is what the owner has ("Rusedski's world ranking")
  let owned = i > at + 1 && isPossessive(terms[i - 1]);
  const out: { w: string; proper: boolean; adjective?: boolean }[] = [];
  for (; i < terms.length && out.length < 6; i++) {
    const t = terms[i];
    const tags = t.tags;
    const w = t.normal.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]+/gu, '');
    if (!w) continue;
    // "what kind of drug", "what is the name of the software", "which piece of legislation": the phrase
    // is what follows "of".
    if ((KIND_WORDS.has(w) || ((w === 'name' || w === 'piece' || w === 'item') && out.length === 0)) && terms[i + 1]?.normal === 'of') {
      out.length = 0;
      i++;
      continue;
    }
    // "which work and pensions minister", "which environment and rural affairs secretary": "and" between
    // two modifiers of the phrase joins them (a noun or adjective follows it, and a noun after that).
    if (w === 'and' && out.length > 0 && !out[out.length - 1].proper && (terms[i + 1]?.tags.has('Noun') || terms[i + 1]?.tags.has('Adjective')) && terms[i + 2]?.tags.has('Noun') && !/^\p{Lu}/u.test(terms[i + 1]?.text ?? '')) continue;
    // a determiner once the phrase has begun opens the next one ("what is the largest fine the man ...")
    if (w === 'the' || w === 'a' || w === 'an') {
      if (out.length) {
        verbEnd(out, terms, i);
        break;
      }
      continue;
    }
    // "which radio DJ", "the combined PC": an acronym WordNet knows as a common noun is one.
    // (A person or a made thing: "US", "UN", "IT" are places, bodies, fields.)
    const acronymNoun = /^\p{Lu}{2,4}s?$/u.test(t.text) && !tags.has('Person') && nounClasses(w.replace(/s$/, ''), 1).some((c) => c === 'person' || c === 'artifact');
    const proper = !acronymNoun && (/^\p{Lu}/u.test(t.text) || tags.has('ProperNoun'));
    // "which Dresdner Kleinwort analyst": names may lead the phrase; after its common noun a name
    // starts the rest of the question ("which singer beat James Van Der Beek").
    // An adjective is no common noun yet ("which popular BitTorrent links website": the phrase goes on).
    if (proper && out.some((x) => !x.proper && !x.adjective && !NUMBER_WORD.test(x.w))) {
      // ...unless a common noun follows the name: then the name modifies it inside the phrase ("how many
      // home Old Firm games", "which second Joss Stone album").
      let j = i;
      while (j < terms.length && /^\p{Lu}/u.test(terms[j].text) && !isPossessive(terms[j])) j++;
      const after = terms[j];
      // (A plural the tagger read as a verb counts when the question's verb follows it: "games had".)
      const noun = after && ((after.tags.has('Noun') && !after.tags.has('Verb')) || (/[^s]s$/.test(after.normal) && isPluralNoun(after.normal) && (AUX.has(terms[j + 1]?.normal ?? '') || !!terms[j + 1]?.tags.has('PastTense'))));
      if (after && noun && j > i && j - i <= 4 && /^\p{Ll}/u.test(after.text) && !after.tags.has('Pronoun') && !QUESTION_WORDS.has(after.normal) && nounClasses(singularHead(after.normal), 1).length > 0) {
        for (let k = i; k < j; k++) out.push({ w: terms[k].normal.replace(/[^\p{L}\p{N}-]+/gu, ''), proper: true });
        out.push({ w: after.normal.replace(/[^\p{L}\p{N}-]+/gu, ''), proper: false });
        i = j;
        continue;
      }
      verbEnd(out, terms, i);
      break;
    }
    // "anti-clotting pill": a hyphenated modifier, not the verb.
    if (w.includes('-') || /-/.test(t.text)) {
      out.push({ w, proper });
      continue;
    }
    // "which country's respondents": the possessor is what is asked for.
    // A named owner ("Google's revenues") is not: the phrase goes on to what it owns.
    if (isPossessive(t)) {
      // After "what", no possessor is asked ("what were the firm's sales"): the phrase goes on to what it owns.
      if ((proper && !out.some((x) => !x.proper)) || (terms[at].normal === 'what' && terms[i + 1]?.tags.has('Noun'))) {
        out.length = 0;
        owned = true;
        continue;
      }
      if (tags.has('Noun') || tags.has('Adjective') || tags.has('Acronym')) out.push({ w, proper });
      break;
    }
    // "which Shaun of the Dead star", "which Bank of England official": "of (the)" inside a name that
    // leads the phrase joins it; the phrase goes on to its common noun.
    const nameOf = (k: number) => /^\p{Lu}/u.test(terms[k]?.text ?? '');
    if (w === 'of' && out.length > 0 && out.every((x) => x.proper) && (nameOf(i + 1) || (terms[i + 1]?.normal === 'the' && nameOf(i + 2)))) {
      if (terms[i + 1]?.normal === 'the') i++;
      continue;
    }
    // "which US state was ...": after the names that lead the phrase, the tagger may read its noun as a
    // verb; a word WordNet knows as a noun, followed by the question's auxiliary or a verb in the past
    // ("which Borders substitute scored": two verbs cannot stand side by side), is the phrase's head.
    // "which two English clubs could": the count before the names leaves the phrase as it is.
    const after = terms[i + 1];
    const verbNext = !AUX.has(w) && (AUX.has(after?.normal ?? '') || (!!after?.tags.has('PastTense') && !after.tags.has('Noun') && !tags.has('PastTense')));
    if (tags.has('Verb') && out.some((x) => x.proper) && out.every((x) => x.proper || x.adjective || NUMBER_WORD.test(x.w)) && nounClasses(w, 1).length > 0 && verbNext) {
      out.push({ w, proper: false });
      break;
    }
    // "which Winnipeg police inspector": a bare verb form right after a singular name cannot be its verb
    // (that would be "polices"); a noun WordNet knows, before a noun that names a person or group, it
    // modifies that noun.
    const prev = terms[i - 1];
    if (tags.has('Verb') && tags.has('PresentTense') && !tags.has('Auxiliary') && !/s$/.test(w) && out.length > 0 && out[out.length - 1].proper && prev?.tags.has('Singular') && terms[i + 1]?.tags.has('Noun') && nounClasses(w, 1).length > 0 && headKind(terms[i + 1].normal) !== null) {
      out.push({ w, proper: false });
      continue;
    }
    // "which Spokane and Seattle agency": names joined before the common noun.
    if (w === 'and' && out.length > 0 && out.every((x) => x.proper) && /^\p{Lu}/u.test(terms[i + 1]?.text ?? '')) continue;
    // "which sound engineer": right after "which", a bare verb form before a noun is its modifier;
    // "which two firms": after a number comes what it counts, whatever the tagger read.
    const counted = out.length > 0 && out.every((x) => NUMBER_WORD.test(x.w)) && !AUX.has(w);
    // "France's estimated growth rate": a participle opening the phrase before an adjective or noun modifies it.
    // So does one after the phrase's adjectives ("what new elected post").
    const participle = out.every((x) => x.adjective) && (tags.has('PastTense') || tags.has('Participle')) && /ed$/.test(w) && (terms[i + 1]?.tags.has('Noun') || terms[i + 1]?.tags.has('Adjective'));
    const modifier = (out.length === 0 && tags.has('Infinitive') && terms[i + 1]?.tags.has('Noun')) || participle || counted;
    if (modifier) {
      // a verb form before the noun modifies it like an adjective ("which two imprisoned Iranian bloggers")
      out.push({ w, proper, adjective: !tags.has('Noun') });
      continue;
    }
    // "how many investment firms signed": a verb in the past cannot follow a verb, so a word in -s that
    // WordNet knows as a plural noun, after the counted phrase's first words and before such a verb, is
    // the phrase's noun ("which artist teams up" keeps its verb).
    if ((terms[at].normal === 'many' || terms[at].normal === 'much') && tags.has('Verb') && /[^s]s$/.test(w) && out.length > 0 && !AUX.has(w) && isPluralNoun(w) && terms[i + 1]?.tags.has('PastTense') && !terms[i + 1]?.tags.has('Auxiliary')) {
      out.push({ w, proper: false });
      break;
    }
    // "Rusedski's world ranking when he lost", "the UK's mortgage approvals figure in November": a verb
    // form (not past) after an owner's common noun, where the question's verb cannot be (before a question
    // word, preposition or conjunction, or at the end), is a noun WordNet knows.
    const next = terms[i + 1];
    if (owned && !/,/.test(terms[i - 1]?.post ?? '') && (tags.has('Gerund') || (tags.has('Verb') && !tags.has('PastTense') && !tags.has('Auxiliary') && !tags.has('Copula'))) && out.length > 0 && !out[out.length - 1].proper && !out[out.length - 1].adjective && (!next || next.tags.has('QuestionWord') || next.tags.has('Preposition') || next.tags.has('Conjunction')) && nounClasses(w, 1).length > 0) {
      out.push({ w, proper: false });
      break;
    }
    // (a preposition the tagger read as an adjective, "lead over Italy", ends it too)
    if (tags.has('Verb') || tags.has('Preposition') || (PREPOSITIONS.has(w) && out.length > 0) || tags.has('QuestionWord') || tags.has('Conjunction') || AUX.has(w)) break;
    if (!(tags.has('Noun') || tags.has('Adjective') || tags.has('Value') || tags.has('Acronym'))) break;
    out.push({ w, proper, adjective: tags.has('Adjective') && !tags.has('Noun') });
  }
  return out;
}

/**
 * After the names from `from` on (within five words), lower-case nouns not read as verbs, and then no
 * verb: "voter turnout at", "UK GDP growth in"; not "Greek prosecutors accusing" (their clause's verb).
 */
function bareNounAfter(terms: { text: string; tags: Set<string> }[], from: number): boolean {
  let k = from;
  while (k < terms.length && k < from + 5 && /^\p{Lu}/u.test(terms[k].text)) k++;
  const noun = (t: { tags: Set<string> } | undefined) => !!t && t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Pronoun') && !t.tags.has('Determiner');
  if (k >= from + 5 || !noun(terms[k])) return false;
  while (noun(terms[k + 1])) k++;
  return !terms[k + 1]?.tags.has('Verb');
}

/**
 * The phrase's last word is the question's verb when the tagger read it as a noun: after a singular
 * common noun and before the name or determiner that opens its object, a verb in -s or -ed ("which
 * Brazilian city hosts the forum", "which firm acquired the"), or a bare or irregular form when no
 * finite verb follows ("which Irish runner beat Kenenisa Bekele over 3,000m"; but "which drug test Rio
 * Ferdinand missed" keeps its noun). Drops it from `out`.
 */
function verbEnd(out: { w: string; proper: boolean; adjective?: boolean }[], terms: { normal: string; tags: Set<string> }[], at: number): void {
  if (out.length < 2) return;
  const [prev, last] = [out[out.length - 2], out[out.length - 1]];
  if (last.proper || prev.proper || prev.adjective || NUMBER_WORD.test(prev.w) || isPluralNoun(prev.w)) return;
  const inflected = /[^s]s$/.test(last.w) ? isVerbWord(last.w.slice(0, -1)) : /ed$/.test(last.w) && isVerbWord(last.w);
  const bare = !inflected && isVerbWord(last.w) && !terms.slice(at).some((t) => AUX.has(t.normal) || (t.tags.has('Verb') && !t.tags.has('Gerund')));
  if (inflected || bare) out.pop();
}

/**
 * Where a run of capitalised words opening at `from` ends in a possessive ("Electronic Arts'",
 * "Internet Explorer's"), at most five words long: the index after it, or 0 when the run is no owner.
 */
function ownerRunEnd(terms: { text: string; tags: Set<string>; post: string }[], from: number): number {
  const capital = (k: number) => /^\p{Lu}/u.test(terms[k].text);
  if (!terms[from] || !capital(from)) return 0;
  for (let k = from; k < terms.length && k < from + 5; k++) {
    if (isPossessive(terms[k])) return capital(k) ? k + 1 : 0;
    // "Gartner analyst Alexander Linden's": a common noun may stand between the names
    if (!capital(k) && !(terms[k].tags.has('Noun') && !terms[k].tags.has('Verb'))) return 0;
  }
  return 0;
}

/** "France's", "Arts'" (the tagger keeps a plural's apostrophe apart, after the word). */
function isPossessive(t: { text: string; tags: Set<string>; post: string }): boolean {
  return t.tags.has('Possessive') || /['’]s$/u.test(t.text) || /^['’]/u.test(t.post);
}
/** "where" with a verb of standing used on its own ("finish in", "rank among", "close on"), not "finish his studies". */
const STANDING = /^where\s+(?:did|does|do|will|would|has|have|had|is|was|are|were)\s+[^?]+?\s+(?:finish|finished|rank|ranked|close|closed)\s*(?:(?:in|among|on|at|after|behind|ahead|overall|in the)\b|\?|$)/;
/** Verbs of a standing in a table or chart: "what place did the film slip to", "lift Ulster to": a rank, not a location. */
const RANKING_MOVE = /\b(?:finish|finished|slip|slipped|slips|lift|lifted|lifts|climb|climbed|climbs|rise|rose|risen|fall|fell|fallen|drop|dropped|drops|come|came|end|ended|move|moved|reach|reached|rank|ranked|debut|debuted|enter|entered)\b/;
const NUMBER_WORD = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/;
const KIND_WORDS = new Set(['kind', 'type', 'sort', 'form', 'brand', 'variety']);
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'season']);

/** The role a who-question names after its copula, up to a verb: "who is the chief executive of" → [chief, executive]; "who is directing" → []. */
function roleWords(lowerWords: string[], nameWords: ReadonlySet<string> = new Set()): string[] {
  const phrase = headPhrase(lowerWords, 1);
  const verb = phrase.findIndex((w) => /ing$/.test(w));
  const role = verb >= 0 ? phrase.slice(0, verb) : phrase;
  // The role ends at its last word for a person ("the UK e-University chief executive paid a bonus",
  // "the Leicester Tigers boss cautious about"): words after it are the question's verb or object,
  // words before it its modifiers.
  // (A word of a name the question writes is no role: "manager Martin O'Neill", "the Muslim Association".)
  for (let i = role.length - 1; i >= 0; i--) {
    const w = role[i];
    if (nameWords.has(w)) continue;
    if (headKind(w, true)?.type === 'person' || personOnly(singularHead(w))) return role.slice(0, i + 1);
  }
  return role;
}

/** The words after "which"/"what" up to the verb: "which Scottish football club signed" → [scottish, football, club]. */
function headPhrase(lowerWords: string[], at: number): string[] {
  const out: string[] = [];
  // "what did the panel recommend": the subject of the clause, not the thing asked for.
  if (lowerWords[at] === 'what' && auxOpensClause('what', lowerWords[at + 1], lowerWords[at + 2])) return out;
  // "what is the capital of": skip the copula and article.
  if (AUX.has(lowerWords[at + 1]) && ['the', 'a', 'an'].includes(lowerWords[at + 2])) at += 2;
  for (let i = at + 1; i < lowerWords.length && out.length < 6; i++) {
    const w = lowerWords[i];
    // "the newly appointed commissioner": an adverb and the participle it modifies are not the noun
    if (/ly$/.test(w) && /ed$/.test(lowerWords[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (AUX.has(w) || QUESTION_WORDS.has(w) || PREPOSITIONS.has(w) || (out.length > 0 && /ed$/.test(w))) break;
    if (w === 'the' || w === 'of') continue;
    out.push(w);
  }
  return out;
}

/**
 * A question that opens with a prepositional phrase before its question word ("In the CBI's survey of
 * small manufacturers, what percentage said ...", "According to Roy Hodgson, which aspect ...") is read
 * as the same question with the phrase moved to its end ("What percentage said ... in the CBI's survey of
 * small manufacturers?"): the question word then opens it, where every reading of the question looks for
 * it. The words are the same; only their order changes.
 */
const FRONTED = /^((?:according\s+to|in|at|on|by|of|during|after|before|for|from|under|with|among|besides|since|amid|despite|following|over|within|throughout|unlike|ahead\s+of|as\s+of|apart\s+from|aside\s+from|other\s+than|compared\s+(?:with|to))\s[^?]*?),\s+((?:what|which|who|whom|whose|where|when|why|how)\s[^?]*?)\s*(\?*)$/i;
function frontQuestionWord(text: string): string {
  const m = FRONTED.exec(text);
  // (a question word inside the phrase makes it the question: "In which city does X, who ..., live?")
  if (!m || /\b(?:what|which|who|whom|whose|where|when|why|how)\b/i.test(m[1])) return text;
  return `${m[2].charAt(0).toUpperCase()}${m[2].slice(1)} ${m[1].charAt(0).toLowerCase()}${m[1].slice(1)}${m[3]}`;
}

/**
 * A question word left where its answer would stand, at the end ("Steve Gallagher ... is chief US
 * economist at which firm?", "... to face trial under which US corporate law?"): the index of the last
 * "which"/"what" when at most six words follow it and none is an auxiliary or another question word; -1
 * otherwise. Asked only when no question word opens the question.
 */
function inSituAt(words: string[]): number {
  const at = Math.max(words.lastIndexOf('which'), words.lastIndexOf('what'));
  if (at < 0 || words.length - at - 1 > 6) return -1;
  return words.slice(at + 1).some((w) => AUX.has(w) || QUESTION_WORDS.has(w)) ? -1 : at;
}

/** A reporting verb, then "that"/"whether"/"if" before the question's time: the time is in the reported clause. */
const REPORTED_BEFORE = /\b(?:say|said|says|warn|warned|warns|predict|predicted|predicts|expect|expected|expects|forecast|forecasts|believe|believed|believes|claim|claimed|claims|think|thinks|thought|fear|feared|fears|hope|hoped|hopes|told|tell|tells|argue|argued|argues|suggest|suggested|suggests|estimate|estimated|estimates)\s+(?:[^?]*?\s)?(?:that|whether|if)\s/i;

/** `today` (YYYY-MM-DD) anchors relative times in the question ("last week"); null leaves them unresolved. */
export function analyseQuestion(raw: string, today: string | null = null): Question {
  const text = frontQuestionWord(raw.replace(/\s+/g, ' ').trim().slice(0, 1000));
  const lower = text.toLowerCase();
  const words = tokens(lower);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  // A preposition with no object ("... support for?", "a summit with in Asia?"): the answer follows it in the text.
  const stranded = PREPOSITIONS.has(last) ? last : words.find((w, i) => PREPOSITIONS.has(w) && PREPOSITIONS.has(words[i + 1] ?? '') && i > 1) ?? null;

  let type: AnswerType = 'thing';
  let slotTypes: EntityType[] = [];
  let head: string | null = null;
  let duration = false;
  let speaker: string | null = null;
  let granularity: Question['granularity'] = null;
  const names = questionNames(text);
  const early = words.findIndex((w, i) => (w === 'which' || w === 'what') && i <= 6);
  const whichAt = early >= 0 || QUESTION_WORDS.has(first) ? early : inSituAt(words);
  // compromise's reading of the asked phrase (one parse serves "which X" and "how many X").
  let npWords = whWords(text);
  // Adjectives and names alone are no noun phrase: the tagger read its noun as a verb ("which popular
  // BitTorrent links website closed" stops at "links"); then the words up to the verb are the phrase.
  if (whichAt >= 0 && npWords.some((x) => x.adjective) && npWords.every((x) => x.proper || x.adjective)) {
    const plain = headPhrase(words, whichAt);
    if (plain.length > npWords.length) npWords = plain.map((w) => ({ w, proper: npWords.some((x) => x.proper && x.w === w) }));
  }
  const np = npWords.map((x) => x.w);
  const phrase = whichAt >= 0 ? (np.length ? np : headPhrase(words, whichAt)) : [];
  // Common nouns of the phrase: a name in it ("which Luis Bunuel film") never sets the kind.
  const common = np.length ? npWords.filter((x) => !x.proper).map((x) => x.w) : phrase;
  // The phrase's last common word: a name after it is the rest of the question ("what is the largest
  // fine Labour could face": fine).
  const asked = common.length ? common[common.length - 1] : phrase[phrase.length - 1];
  // "which Tory figure", "which Chelsea figures": a figure named by its party or club is a person ("what
  // was the approvals figure" asks a number).
  const personFigure = asked !== undefined && singularHead(asked) === 'figure' && npWords.some((x) => x.proper);
  const quoteVerb = /\b(?:what|how)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|declare|claim|argue|warn|write|call|describe|dub|label|term)\b/i.exec(text);

  if (/\bhow\s+(many|much)\b/.test(lower)) {
    type = 'number';
    const m = /\bhow\s+(?:many|much)\s+([a-z-]+)(?:\s+([a-z-]+))?/.exec(lower);
    // "how many living hostages" → hostages; "how many students signed" → students.
    if (m) head = m[2] && !QUESTION_WORDS.has(m[2]) && !AUX.has(m[2]) && !PREPOSITIONS.has(m[2]) && !/ed$/.test(m[2]) ? m[2] : m[1];
    if (head && (AUX.has(head) || QUESTION_WORDS.has(head))) head = null;
    // "how many of its own common shares did", "how many of Sale's 31-man squad": what is counted is the
    // noun that ends the phrase after "of", before a verb or preposition.
    if (m?.[1] === 'of') {
      const partitive = /\bhow\s+(?:many|much)\s+of\s+(?:(?:the|its|his|her|their|our|these|those|[a-z-]+['’]s?)\s+)?(?:own\s+)?((?:[a-z0-9'’-]+\s+){0,4}?)([a-z'’-]+)\s+(?:did|do|does|were|was|are|is|had|have|has|will|would|could|can|after|before|in|on|at|for|from|to|with|by|that|which)\b/.exec(lower);
      head = partitive ? partitive[2].replace(/['’]s?$/, '') : null;
    }
    // compromise's reading of the phrase wins where it found one ("how much is Ferrovial paying": none).
    const counted = head;
    head = np.length ? np[np.length - 1] : m && AUX.has(m[1]) ? null : head;
    // "how many of Britain's 659 MPs came from": a verb in the past tense (as the tagger reads it) ends
    // the phrase; what is counted is the word before it (or the partitive's noun).
    const toks = questionTokens(text);
    const verbAt = toks.findIndex((t) => t.w === head && t.tags.has('PastTense') && !t.tags.has('Noun'));
    if (head && verbAt > 0) head = np.length > 1 ? np[np.length - 2] : counted !== head ? counted : toks[verbAt - 1].tags.has('Noun') ? toks[verbAt - 1].w : null;
    // "How many years": a duration.
    if (head && TIME_UNITS.has(singularHead(head))) duration = true;
  } else if (/\bhow\s+long\b/.test(lower)) {
    type = 'number';
    duration = true;
  } else if (/\bhow\s+(big|large|small|high|low|old|far|wide|tall|deep|heavy|powerful|hot|cold|warm|fast|quickly|rapidly|steeply|sharply)\b/.test(lower) || (asked !== undefined && [asked, singularHead(asked)].some((w) => NUMBER_HEADS.has(w)) && !personFigure && !/\bin\s+(?:what|which)\s+capacity\b/.test(lower)) || (phrase[phrase.length - 1] === 'place' && RANKING_MOVE.test(lower))) {
    type = 'number';
    head = asked !== undefined ? singularHead(asked) : null;
  } else if (timeTaken(lower)) {
    // "What time did Merritt run?", "his winning time": how long a race took, not when it was run.
    type = 'number';
    head = 'time';
  } else if (/^(?:(?:until|till|from|since|by|before|after)\s+)?(when|what\s+(?:date|day|year|month|time|deadline))\b/.test(lower) || /\b(what|which)\s+(date|day|year|month)\b/.test(lower)) {
    type = 'date';
    granularity = /\byear\b/.test(lower) ? 'year' : /\bmonth\b/.test(lower) ? 'month' : /\b(date|day)\b/.test(lower) ? 'day' : /\b(?:what|which)\s+time\b/.test(lower) ? 'time' : null;
  } else if (STANDING.test(lower)) {
    // "Where did Franz Ferdinand finish in the vote?", "Where does the UK rank among ...?", "Where did the
    // Dow Jones close on the day?": a standing in a list, a race or a market, told by a number or an ordinal.
    type = 'number';
    head = 'position';
  } else if (/^where\b/.test(lower) || /^(from|in|to|at)\s+where\b/.test(lower)) {
    type = 'place';
    slotTypes = ['GPE', 'LOC'];
  } else if (/^why\b/.test(lower) || /\bwhat\s+(?:is|was|are|were)\s+the\s+reasons?\b/.test(lower) || /\bwhat\s+reason\b/.test(lower)) {
    type = 'reason';
  } else if (quoteVerb) {
    type = 'quote';
    speaker = quoteVerb[1].replace(/^(the|a)\s+/i, '');
  } else if (/^(who|whom|whose)\b/.test(lower) || /^(to|with|by|for|from)\s+whom\b/.test(lower)) {
    type = 'person';
    slotTypes = ['PERSON', 'ORG', 'NORP'];
    // The words of the question's names, which are never its role.
    const nameWords = new Set(names.flatMap((n) => tokens(n)));
    // "who is the chief executive of ...": the role is the head.
    if (/^who\s+(?:is|was|are|were)\s+(?:the|a|an)\b/.test(lower)) {
      const role = roleWords(words, nameWords);
      if (role.length) head = singularHead(role[role.length - 1]);
    } else if (/^who\s+(?:is|was|are|were|became|becomes|remains|remained)\b/i.test(text.trim()) && /^\p{Ll}/u.test(text.trim().split(/\s+/)[2] ?? '')) {
      // "who was chairman of Upjohn", "who became chief executive": a role written without its article
      // (a lower-case word: not "who was Tony Blair") heads the question when it names a person; a verb
      // is no role ("who is directing the film").
      const role = roleWords(words, nameWords);
      const last = role.length ? singularHead(role[role.length - 1]) : null;
      if (last && (headKind(last)?.type === 'person' || personOnly(last))) head = last;
    }
    // "who is Jarek Kujda's sister": the role after the owner's name.
    const owned = /^who\s+(?:is|was|are|were)\s+[^?]*?['’]s\s+([a-z-]+)/.exec(lower);
    if (!head && owned && (headKind(owned[1])?.type === 'person' || personOnly(singularHead(owned[1])))) head = singularHead(owned[1]);
    // "who is the justice minister": a person, not the country in the title.
    // A head WordNet files under persons and never under groups ("agent", "sister") asks for a person too.
    if (head && (PERSON_HEADS.has(head) || personOnly(head))) slotTypes = ['PERSON'];
  } else if (phrase.length > 0) {
    const known = headOf(common.length ? common : phrase);
    head = singularHead(known?.w ?? (common.length ? common : phrase)[(common.length ? common : phrase).length - 1]);
    if (/^(date|day|year|month|time|deadline)$/.test(head)) {
      type = 'date';
      granularity = head === 'year' ? 'year' : head === 'month' ? 'month' : head === 'time' ? 'time' : 'day';
      head = null;
    } else if (personFigure) {
      type = 'person';
      slotTypes = ['PERSON'];
    } else if (known?.k) {
      type = known.k.type;
      slotTypes = known.k.slots;
    } else {
      type = 'thing';
    }
  } else if (/^(is|are|was|were|did|does|do|will|would|can|could|has|have|had|should)\b/.test(lower)) {
    type = 'yesno';
  } else if (/^what\s+(happened|is happening|has happened)\b/.test(lower) || /^(tell me about|describe|summari[sz]e)\b/.test(lower)) {
    type = 'summary';
  } else if (/^(list|name)\b/.test(lower)) {
    type = 'list';
  }

  // "what kind of business": a kind, no named organisation or place.
  if ((type === 'organisation' || type === 'place') && /\b(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\b/.test(lower)) {
    type = 'thing';
    slotTypes = [];
  }
  // "what number star", "what size battery": a number or measure, whatever noun follows.
  if (type !== 'number' && type !== 'date' && /\bwhat\s+(?:number|size)\s+(?!of\b)[a-z]/.test(lower)) {
    type = 'number';
    slotTypes = [];
  }
  // "what does the Mac mini cost", "what is SBC paying", "what was the bid worth": no noun asked, and
  // the verb asks for a price ("worth" whatever the noun: "what was the club's offer worth").
  const price = type === 'thing' && (!head || /\bworth\b/.test(lower)) && /\bwhat\b[^?]*?\b(?:cost|costs|pay|pays|paying|worth)\b(?!\s+(?:tribute|attention|respects?|homage|heed|off|back)\b)/.test(lower);
  if (price) type = 'number';
  // "in October", "last week": a constraint on when, not words to search for.
  // A time inside what someone said, warned or expected ("which analyst warned that Germany could not
  // expect much from 2005") is part of the claim, not when the answer's sentence is about: it is searched
  // as words, not kept as a constraint.
  const said = questionWhen(text, today);
  const when = said && REPORTED_BEFORE.test(text.slice(0, said.start)) ? null : said;
  const termWords = when ? tokens(`${lower.slice(0, when.start)} ${lower.slice(when.end)}`) : words;
  const nameTerms = new Set(names.flatMap((n) => queryTerms(n)));
  const terms = queryTerms(termWords.filter((w) => !QUESTION_WORDS.has(w)).join(' '));
  const contentTerms = terms.filter((t) => !nameTerms.has(t));
  const contentWords = termWords.filter((w) => !QUESTION_WORDS.has(w) && contentTerms.includes(queryTerms(w, 1)[0] ?? ''));
  const quantity = type === 'number' && !duration ? (price ? 'money' : quantityAsked(lower, head)) : null;
  const agents = type === 'person' && !head ? agentNouns(words) : [];
  const role = type === 'person' || type === 'organisation' || type === 'place' || type === 'thing' ? whRole(text, stranded, contentTerms) : null;
  const verb = role?.verb ?? mainVerb(text, contentTerms);
  const items = type === 'person' || type === 'organisation' || type === 'place' || type === 'thing' ? itemsAsked(text) : undefined;
  return { text, type, slotTypes, head, stranded, names: when ? namesOutside(text, names, when) : names, terms, contentTerms, contentWords, speaker, duration, quantity, granularity, when, agents, role, verb, ...(items ? { items } : {}) };
}

/**
 * The names without the words of the question's time ("in March 1998": March is the time constraint, no
 * name an article must hold; "The World's January 1998 quiz": the name is "The World's"); a name that was
 * all time is dropped.
 */
function namesOutside(text: string, names: string[], when: { start: number; end: number }): string[] {
  const out: string[] = [];
  for (const name of names) {
    const at = text.indexOf(name);
    if (at < 0 || at + name.length <= when.start || at >= when.end) {
      out.push(name);
      continue;
    }
    const kept = [...name.matchAll(/\S+/g)].filter((w) => at + w.index! + w[0].length <= when.start || at + w.index! >= when.end).map((w) => w[0]);
    const rest = kept.join(' ').replace(/['’]s$/u, '');
    if (rest.length > 1) out.push(rest);
  }
  return out;
}

export type Quantity = 'money' | 'percent' | 'count' | 'measure' | 'age' | 'score' | 'elapsed' | null;

// The time a race, a lap or a swim took: "winning time", "what time did she run", "in what time did
// they win" (a verb of racing or a result's adjective); never "at what time", "by what time" or a
// kick-off time, which ask when.
const TIME_TAKEN_ADJ = /\b(?:winning|finishing|record|world[- ]record|personal[- ]best|season'?s?[- ]best|best|fastest|slowest|qualifying|lap|race)\s+times?\b/;
const RACE_VERB = /\b(?:run|runs|ran|running|swim|swims|swam|clock|clocks|clocked|record|records|recorded|post|posts|posted|finish|finishes|finished|win|wins|won|complete|completes|completed|cover|covered)\b/;

function timeTaken(lower: string): boolean {
  if (!/\btimes?\b/.test(lower) || /\b(?:at|by|until|till|from|since|before|after)\s+what\s+time\b/.test(lower) || /\bkick-?\s?off\b|\ball-time\b|\bhalf-time\b|\bfull-time\b/.test(lower)) return false;
  if (TIME_TAKEN_ADJ.test(lower)) return true;
  return /^(?:in\s+)?what\s+time\b/.test(lower) && RACE_VERB.test(lower);
}

// Words that make "how much" a sum of money: what is paid, cost, raised or owed.
const MONEY_WORDS =
  /\b(?:cost|costs|costing|pay|pays|paid|paying|price|priced|spend|spends|spent|spending|worth|raise|raised|raising|fine|fined|charge|charged|charging|sell\s+for|sold\s+for|bid|valued?|valuation|salary|earn|earns|earned|compensation|funding|invest|invested|investing|borrow|borrowed|owe|owes|owed|debt|loan|budget|donate|donated|pledge|pledged|damages|fee|fees|bill|tax|taxes|money|cash|revenue|profit|profits|turnover|sales)\b/;

function quantityAsked(lower: string, head: string | null): Quantity {
  // "how old is X", "at what age did she": an age in years.
  if (/\bhow\s+old\b/.test(lower) || /\bwhat\s+age\b/.test(lower)) return 'age';
  // "by what score did Wales win", "what was the score": a result, written "11-9" (a diving score is one number)
  if (head === 'score' || head === 'scoreline' || /\bby\s+what\s+margin\b/.test(lower)) return 'score';
  if (head === 'time') return 'elapsed';
  if (/\b(?:percentage|percent|per\s+cent|proportion)\b/.test(lower)) return 'percent';
  if ((head && MEASURE_HEADS.has(head)) || /\bwhat\s+size\b/.test(lower)) return 'measure';
  // "how much of the bonds' value could holders lose": a share of it, or an amount.
  if (/\bhow\s+much\s+of\b/.test(lower)) return null;
  if (head && MONEY_HEADS.has(head) && !/\bhow\s+many\b/.test(lower)) return 'money';
  // "by how much did it fall": a change, told as a percentage or an amount.
  if (/\bby\s+how\s+much\b/.test(lower) || /\bhow\s+much\s+(?:more|less|higher|lower|further)\b/.test(lower)) return null;
  // "how fast did the economy grow", "how quickly are prices rising": a rate of change, told as a
  // percentage or an amount, not a speed.
  // So is "how far did profits slide" and "how far above the offer price": a change, not a distance.
  if (/\bhow\s+far\s+(?:above|below|ahead|behind|up|down)\b/.test(lower)) return null;
  if (/\bhow\s+(?:fast|quickly|rapidly|steeply|sharply|far)\b/.test(lower) && /\b(?:gr[eo]w|grow(?:s|n|ing)|rise[sn]?|rising|rose|f[ae]ll|falls|falling|fallen|increas|decreas|declin|expand|shr[iau]nk|climb|drop|slow|jump|surg|soar|plung|tumbl|sli[dp])/.test(lower)) return null;
  if (/\bhow\s+(?:heavy|tall|high|wide|far|fast|deep|powerful|hot|cold|warm)\b/.test(lower) || /\bhow\s+much\b.*\bweigh/.test(lower)) return 'measure';
  // "how much power does the engine make", "how much storage does it have": a measure of that dimension.
  if (/\bhow\s+much\s+(?:power|horsepower|storage|memory|data)\b/.test(lower)) return 'measure';
  // "how much did retail sales drop", "how much have shares risen": a change, however the sales are counted.
  if (/\bhow\s+much\s+(?:did|does|do|has|have|had|will|would|could|is|are|was|were)\b[^?]*?\b(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop|drops|dropped|grow|grows|grew|grown|increase[sd]?|decrease[sd]?|decline[sd]?|climb(?:s|ed)?|jump(?:s|ed)?|slip(?:s|ped)?|slide|slid|shr[iau]nk|surge[sd]?|soar(?:s|ed)?|plunge[sd]?|tumble[sd]?|go\s+(?:up|down)|went\s+(?:up|down)|gone\s+(?:up|down))\b/.test(lower)) return null;
  if (/\bhow\s+much\b/.test(lower) && MONEY_WORDS.test(lower)) return 'money';
  if (/\bhow\s+many\b/.test(lower) && head) return 'count';
  return null;
}

export type Dimension = 'mass' | 'length' | 'speed' | 'power' | 'data' | 'temperature';

/** The dimension a measure question asks for ("how much does it weigh": a mass), or null. */
export function dimensionAsked(q: Pick<Question, 'quantity' | 'text'>): Dimension | null {
  if (q.quantity !== 'measure') return null;
  const lower = q.text.toLowerCase();
  if (/\b(?:weigh|weighs|weighed|weight|heavy|heavier)\b/.test(lower)) return 'mass';
  if (/\b(?:fast|speed|quick)\b/.test(lower)) return 'speed';
  // an engine's or a computer's power ("471 horsepower", "151 PS", "10.7 teraflops"), a store of data ("6GB")
  if (/\b(?:power|powerful|horsepower)\b/.test(lower)) return 'power';
  if (/\b(?:storage|memory|data|gigabytes?|megabytes?)\b/.test(lower)) return 'data';
  if (/\b(?:temperature|hot|hotter|cold|colder|warm|warmer)\b/.test(lower)) return 'temperature';
  if (/\b(?:tall|high|height|long|length|wide|width|deep|depth|far|distance)\b/.test(lower)) return 'length';
  return null;
}

// Units of measure (SI and imperial, as news writes them), by dimension.
const UNITS: Record<Dimension, RegExp> = {
  mass: /^(?:-|\s)?(?:kg|kgs|kilos?|kilograms?|grams?|g|lbs?|pounds?|ounces?|oz|tonnes?|tons?|stones?)\b/i,
  length: /^(?:-|\s)?(?:m|metres?|meters?|(?:milli|centi|kilo)met(?:re|er)s?|cm|mm|km|kilometres?|kilometers?|miles?|mi|feet|foot|ft|inch|inches|in|yards?|light[- ]years?)\b/i,
  // a connection's speed too: bits a second ("8Mbps", "2 megabits per second")
  speed: /^(?:-|\s)?(?:mph|km\/h|kph|kmh|knots?|miles per hour|metres per second|m\/s|[kmg]bps|[kmg]b\/s|(?:kilo|mega|giga)bits?(?:\s+(?:per|a)\s+second)?)\b/i,
  // mechanical and electrical power, and a computer's (floating-point operations a second)
  power: /^(?:-|\s)?(?:hp|bhp|horsepower|horse-power|ps|kw|kilowatts?|watts?|w|mw|megawatts?|gw|gigawatts?|(?:giga|tera|peta)flops?|[gtp]flops)\b/i,
  // bytes with their decimal prefixes, as news abbreviates them ("512mb", "1.8GB")
  data: /^(?:-|\s)?(?:bytes?|kb|kilobytes?|mb|megabytes?|gb|gigabytes?|tb|terabytes?|pb|petabytes?)\b/i,
  temperature: /^(?:-|\s)?(?:°|degrees?\b|celsius\b|fahrenheit\b|[cf]\b)/i,
};

/** The number is written with a unit of the asked dimension: "4.88m", "243 pounds", "1mm". */
export function hasUnit(dimension: Dimension, numberText: string, after: string): boolean {
  const tail = /[\d.,]+\s?([\p{L}/]+)$/u.exec(numberText)?.[1] ?? '';
  return UNITS[dimension].test(tail ? ` ${tail}` : '') || UNITS[dimension].test(after);
}

/** Whether a number of this kind can be the quantity asked for: never a percentage for "how many people". */
export function quantityFits(asked: Quantity, kind: string): boolean {
  switch (asked) {
    case 'percent':
      return kind === 'percent';
    case 'money':
      return kind === 'money';
    case 'count':
      return kind !== 'percent' && kind !== 'money' && kind !== 'ordinal';
    case 'measure':
      // "243 pounds" is a weight as well as a sum
      return kind !== 'percent' && kind !== 'ordinal';
    case 'age':
      return kind === 'number';
    case 'score':
      return kind !== 'money' && kind !== 'percent' && kind !== 'ordinal' && kind !== 'duration';
    case 'elapsed':
      // "1:47.97", "46.45 seconds", or a bare "44.93" of a race report
      return kind === 'duration' || kind === 'number';
    default:
      return true;
  }
}

const NAME_RE = /\b(?:[A-Z][\p{L}\p{N}'’.-]*|[A-Z]{2,})(?:\s+(?:of\s+the\s+|of\s+|de\s+|al-|&\s+)?(?:[A-Z][\p{L}\p{N}'’.-]*))*/gu;
const NOT_NAMES = new Set(
  'What Which Who Whom Whose Where When Why How Did Does Do Is Are Was Were Will Would Can Could Should Has Have Had The A An In On At From To For With By Of And Or If Tell Name List Describe'.split(' '),
);

/** Capitalised word runs in a question, minus the leading question word. */
export function questionNames(text: string): string[] {
  const out: string[] = [];
  // "Tarantino's Friday the 13th film": a possessive ends a name.
  for (const m of text.matchAll(NAME_RE)) {
    // The question's first word is capitalised by position, not because it is a name ("Roughly how many").
    const run = (m.index === 0 && !NOT_NAMES.has(m[0].split(/\s+/)[0]) ? m[0].split(/\s+/).slice(1).join(' ') : m[0]).replace(/^(?:of|the|de|al-)\s+(?:the\s+)?/i, '');
    // ... unless one ordinary word that is no surname follows it: then the possessive is inside a title
    // ("Schindler's List", "Ocean's Twelve"), where "Labour's Brown" names an owner and a person.
    const pieces: string[] = [];
    for (const piece of run.split(/(?<=['’]s)\s+/u)) {
      const prev = pieces[pieces.length - 1];
      if (prev && /['’]s$/u.test(prev) && /^\p{Lu}[\p{Ll}]+$/u.test(piece) && isCommonWord(piece.toLowerCase()) && !isLastName(piece)) pieces[pieces.length - 1] = `${prev} ${piece}`;
      else pieces.push(piece);
    }
    for (const piece of pieces) {
      let parts = piece.split(/\s+/);
      while (parts.length && NOT_NAMES.has(parts[0])) parts = parts.slice(1);
      // "Electronic Arts'": a plural's possessive is the apostrophe alone.
      const name = parts.join(' ').replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '').replace(/[.,]+$/, '');
      // "David Theriault of Ubisense": a person (a known first name and a surname) of an organisation
      // are two names, as the article writes them apart ("said David Theriault, ... for Ubisense").
      const of = /^(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)\s+(?:of|at)\s+(?:the\s+)?(.+)$/u.exec(name);
      if (of && isFirstName(of[1].toLowerCase())) out.push(`${of[1]} ${of[2]}`, of[3]);
      else if (name.length > 1) out.push(personAfterTitle(name));
    }
  }
  return out;
}

/**
 * The forms a quote question's speaker may be stored under, longest first: as asked without the organisation
 * after it ("Mark Miller of HBOS" → "Mark Miller"), then its last three and last two words, for the titles
 * and parties questions put before a name ("Culture Secretary Tessa Jowell", "Tory David Heathcoat-Amory").
 */
export function speakerForms(speaker: string): string[] {
  const own = /^(.*?\p{Lu}[\p{L}'’-]*)\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u.exec(speaker);
  const name = (own ? own[1] : speaker).trim();
  const words = name.split(/\s+/);
  const forms = [name];
  for (const n of [3, 2]) if (words.length > n && words.slice(-n).every((w) => /^\p{Lu}/u.test(w))) forms.push(words.slice(-n).join(' '));
  return [...new Set(forms)];
}

/**
 * "Culture Secretary Tessa Jowell", "Tory MP Jonathan Sayeed", "Indiana Governor Eric Holcomb": the
 * person, where the question puts a title, party or place before a first name and a surname. Articles
 * name the person that way and then by surname; the title's words still count as the question's terms.
 * An honorific stays ("Sir Nicholas Scott"), and so does a name whose last word heads an organisation
 * ("Wedbush Morgan Securities") or is no word ("Aston Martin DB9").
 */
function personAfterTitle(name: string): string {
  const t = name.split(/\s+/);
  if (t.length < 3) return name;
  const k = t.findIndex((w, i) => i >= 1 && i === t.length - 2 && isFirstName(w.toLowerCase()));
  if (k < 1 || t.slice(0, k).some((w) => isFirstName(w.toLowerCase()) || isHonorific(w))) return name;
  const last = t[t.length - 1];
  if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(last) || isOrgHead(last)) return name;
  return t.slice(k).join(' ');
}

export function singularHead(word: string): string {
  // An ex-minister is of the minister's kind: the prefix says when, not what.
  const w = word.replace(/^ex-(?=\p{L}{3})/u, '');
  // WordNet's morphology where it knows the noun ("businesses" → business, "lies" → lie, "news" stays);
  // suffix rules for the rest.
  if (/s$/.test(w)) {
    const base = nounBase(w);
    if (base) return base;
  }
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|us)$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

const BE = new Set('is are was were be been being'.split(' '));
const DO_AUX = new Set('did does do will would can could should might may must has have had'.split(' '));

/**
 * Whether a "who"/"which X" question asks for the doer of its verb or the one it is done to, read from
 * the tagger's parts of speech after the wh-phrase:
 * - a verb right after it is done by the answer: "who coaches", "which firm has bought", "who is going to direct";
 * - a form of "be" and a participle is done to it: "who was sacked" (unless "by" is left at the end);
 * - an auxiliary, a subject and then the verb ask for its object: "which firm did Google buy".
 * Null for a copula with a noun ("who is the chairman"), a preposition left at the end other than
 * "by" ("which firm did he sell shares in"), or a verb that is not among the question's content terms.
 */
export function whRole(text: string, stranded: string | null, contentTerms: string[]): Question['role'] {
  const terms = questionTokens(text);
  const at = terms.findIndex((t, i) => i <= 2 && (t.w === 'who' || t.w === 'which' || t.w === 'what' || t.w === 'whom'));
  if (at < 0) return null;
  const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !BE.has(t.w) && !DO_AUX.has(t.w);
  const verbTerm = (w: string) => contentVerb(w, contentTerms);
  // Past the wh-word's own noun phrase ("which Russian company", "which pop stars": the tagger may read a
  // noun in it as a verb), to the first verb or auxiliary.
  let i = at + 1;
  const phrase = whPhrase(text);
  const last = phrase[phrase.length - 1];
  if (last) {
    const end = terms.findIndex((t, k) => k > at && (t.w === last || t.w.endsWith(`-${last}`) || t.w.replace(/['’]s$/, '') === last));
    if (end > at) i = end + 1;
  }
  while (i < terms.length && !terms[i].tags.has('Verb') && !BE.has(terms[i].w) && !DO_AUX.has(terms[i].w)) i++;
  if (i >= terms.length) return null;
  const first = terms[i];
  const skipAdverbs = (k: number) => {
    while (k < terms.length && (terms[k].tags.has('Adverb') || terms[k].w === 'not')) k++;
    return k;
  };
  if (isVerb(first)) {
    const verb = verbTerm(first.w);
    return verb ? { verb, wants: 'agent' } : null;
  }
  let k = skipAdverbs(i + 1);
  if (BE.has(first.w)) {
    // "is going to direct", "was to lead": the verb after "to" is done by the answer.
    if (terms[k]?.w === 'going' && terms[k + 1]?.w === 'to') k += 2;
    if (terms[k]?.w === 'to') k += 1;
    const t = terms[k];
    if (!t || !isVerb(t)) return null;
    const verb = verbTerm(t.w);
    if (!verb) return null;
    const participle = t.tags.has('PastTense') || t.tags.has('Participle') || /(?:ed|en)$/.test(t.w);
    const going = terms[k - 1]?.w === 'to';
    if (going || !participle) return { verb, wants: 'agent' };
    return { verb, wants: stranded === 'by' ? 'agent' : 'patient' };
  }
  // An auxiliary: straight on to a verb is the answer's own ("who has won"); a subject first asks for the object.
  if (terms[k] && isVerb(terms[k]) && !terms[k].tags.has('Noun')) {
    const verb = verbTerm(terms[k].w);
    return verb ? { verb, wants: 'agent' } : null;
  }
  if (stranded && stranded !== 'by') return null;
  for (let j = k + 1; j < terms.length; j++) {
    if (isVerb(terms[j])) {
      const verb = verbTerm(terms[j].w);
      return verb ? { verb, wants: stranded === 'by' ? 'agent' : 'patient' } : null;
    }
  }
  return null;
}

/**
 * The first verb after the question word that is one of its content terms and no auxiliary: "born",
 * "sell", "cut", "impose". The wh-phrase's own words are skipped ("how many people used": "used").
 */
export function mainVerb(text: string, contentTerms: string[]): string | null {
  const terms = questionTokens(text);
  const phrase = whPhrase(text);
  const last = phrase[phrase.length - 1];
  let from = 0;
  if (last) from = Math.max(0, terms.findIndex((t) => t.w === last || t.w.replace(/['’]s$/, '') === last) + 1);
  for (let i = from; i < terms.length; i++) {
    const t = terms[i];
    const prev = terms[i - 1];
    if (t.tags.has('Auxiliary') || BE.has(t.w) || DO_AUX.has(t.w) || t.w === 'say' || t.w === 'said' || t.proper) continue;
    // A relative clause's verb is not the question's ("the hunter who caught the plague").
    if (/^(?:who|that|which)$/.test(prev?.w ?? '')) continue;
    // The tagger misreads a verb after a name as a noun ("did Norwich Union cut"): WordNet says it can be one.
    const verbal = t.tags.has('Verb') || (!!prev?.proper && !prev.tags.has('Possessive') && !/['’]s$/.test(prev.w) && isVerbWord(t.w));
    const v = verbal ? contentVerb(t.w, contentTerms) : null;
    if (v) return v;
  }
  return null;
}

/** "who (will|is ...) <verb>": the verb's derived nouns that WordNet files under persons, at most three. */
function agentNouns(words: string[]): string[] {
  if (words[0] !== 'who') return [];
  let i = 1;
  while (i < words.length && (AUX.has(words[i]) || words[i] === 'not' || words[i] === 'to' || words[i] === 'going' || words[i] === 'be')) i++;
  const verb = words[i];
  if (!verb || !/^[a-z]{3,}$/.test(verb)) return [];
  const rel = lexicalRelatives(verb);
  return [...new Set(rel.derived.filter((d) => d !== verb && nounClasses(d, 2).includes('person')))].slice(0, 3);
}

/** A noun whose two most frequent senses include a person and no group: what it names is a person. */
function personOnly(noun: string): boolean {
  const classes = nounClasses(noun, 2);
  return classes.includes('person') && !classes.includes('group');
}
