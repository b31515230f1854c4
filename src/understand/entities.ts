// Named entities: PERSON, ORG, GPE, LOC, NORP, one DocEntity per real-world thing in a document.
//
// Layers, in order (order here matters):
//   1. chunks     runs of capitalised tokens in a sentence (with "of"/"the" inside institution names,
//                 name particles), a sentence-initial ordinary word dropped;
//   2. titles     leading title words ("U.S. President", "Mr") and a lower-case role before the name
//                 ("special peace envoy") or after it (", the Archbishop of Westminster,") are peeled off;
//   3. evidence   each chunk collects typed evidence: gazetteer (places, demonyms, known organisations,
//                 first names), form (org head word, acronym, compass words), and context ("Hamas
//                 fighters", "the group", "said in a statement", "in X", "X said");
//   4. document   evidence is summed per name over the whole document; a short name joins the person
//                 whose full name contains it ("Trump" → "Donald Trump"), an acronym joins the
//                 organisation with those initials, country aliases join one country.
// compromise's tagger is not run (about 8k words/s here, too slow for the budget); its lexicon is used.

import type { DocEntity, EntityType, Mention, Sentence } from '../model/index.js';
import { bisect, tokenize, isCapitalised, isWord, paragraphs, quoteSpans, rememberedByWord, type Token, UPPER_FIRST, LOWER_FIRST, LOWER_WORD, UPPER_THEN_LOWER, TITLE_WORD, LOWER_HYPHENED, LOWER_HYPHENED_ANY, ALL_CAPS, ACRONYM } from './tokens.js';
import {
  demonymOf,
  genderOfFirstName,
  isCommonWord,
  isCountryCodeOnly,
  isFirstName,
  isFunctionWord,
  isHonorific,
  isKnownOrg,
  isKnownPerson,
  isLastName,
  isOrgHead,
  isRoleNoun,
  isSportsTeam,
  isTitleWord,
  lookupForm,
  MONTHS,
  placeOf,
  posTags,
  townOf,
  WEEKDAYS,
} from './gazetteer.js';
import { isGroupMemberWord, isKindOf, nounClasses, properNameClasses } from './wordnet.js';
import { kindOfNoun } from './org-kind.js';
import { HOLIDAY } from './time-rules.js';

// Made once: see UPPER_FIRST in tokens.ts for why these are module constants
/** "anti-Israel", "pro-Russian": a lower-case prefix, a hyphen, a capitalised word. */
const HYPHENED_NAME_TAIL = /^[\p{Ll}]+-(\p{Lu}[\p{L}]+)$/u;
/** "d'Ivoire", "d'Estaing": an elided particle glued to a capitalised word. */
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}\p{L}+$/u;
/** "PCs", "DVDs": an acronym with a lower-case plural s. */
const ACRONYM_PLURAL = /^\p{Lu}{2,6}s$/u;
/** The lower-case word after the spaces. */
const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;
/** Two or three upper-case letters only. */
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;

const HOLIDAY_NAME = new RegExp(`^${HOLIDAY}$`);

const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'di']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'middle', 'far', 'near', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower']);
/** Last words of places built by people: "Tower Bridge", "Heathrow Airport", "Downing Street" are no organisations. */
const FACILITY_HEADS = new Set(['street', 'road', 'avenue', 'lane', 'square', 'bridge', 'airport', 'station', 'palace', 'park', 'hall', 'stadium', 'arena', 'castle', 'cathedral', 'abbey', 'tower', 'harbour', 'port', 'centre', 'center', 'hospital', 'prison', 'court', 'gate', 'gardens', 'green', 'common', 'hill', 'lake', 'beach', 'mall', 'market', 'house', 'building', 'camp', 'base', 'hotel']);
const GEO_HEADS = new Set(['east', 'west', 'strip', 'bank', 'sea', 'ocean', 'gulf', 'river', 'valley', 'peninsula', 'coast', 'island', 'islands', 'mountains', 'desert', 'basin', 'heights', 'region', 'province', 'county', 'state']);
const ORG_CONTEXT_AFTER = new Set(['leader', 'government', 'party', 'manifesto', 'campaign', 'conference', 'candidate', 'peer', 'peers', 'councillor', 'supporters', 'politicians', 'fighters', 'militants', 'militia', 'militias', 'gunmen', 'rebels', 'insurgents', 'group', 'movement', 'leadership', 'members', 'activists', 'mps', 'meps', 'councillors', 'candidates', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'officials', 'executives', 'shareholders', 'board', 'chief', 'boss', 'shares', 'profits', 'customers', 'staff', 'employees', 'subsidiary', 'takeover']);
const ORG_CONTEXT_BEFORE = new Set(['organisation', 'organization', 'group', 'movement', 'militia', 'party', 'faction', 'firm', 'company', 'agency', 'network', 'band', 'club', 'charity', 'union', 'newspaper', 'broadcaster', 'carrier', 'bank', 'regulator']);
const PLACE_CONTEXT_BEFORE = new Set(['in', 'at', 'from', 'near', 'across', 'throughout', 'inside', 'outside', 'to', 'towards', 'into', 'visit', 'visited', 'visiting']);
// a team's people and parts ("Tarnby's striker", "Dorvik coach Ann Lee"): a name that has them is a team
// ("side" is a party's as often: "the GB side", "the Israeli side")
const TEAM_AFTER = new Set(['striker', 'strikers', 'manager', 'managers', 'coach', 'coaches', 'captain', 'captains', 'skipper', 'boss', 'bosses', 'midfielder', 'midfielders', 'defender', 'defenders', 'defence', 'goalkeeper', 'keeper', 'winger', 'squad', 'forwards', 'back-row', 'fly-half', 'scrum-half', 'full-back', 'lineup', 'line-up', 'team-mates', 'teammates']);
// what teams do to each other: "Dorvik beat Tarnby", "Tarnby drew with Dorvik", "lost to Dorvik"
// ("drew" and "lost" only with "with"/"to": "Tarnby drew criticism"); facing, hosting or
// playing against a name is a team's only where some name of the article is one for sure ("they can play
// Kaka forward": a team plays its players)
const TEAM_VERB_SUBJ = /^(beat|beats|thrashed|defeated|edged|hammered|trounced|overcame|outplayed)$/;
const TEAM_VERB_OBJ = /^(beat|beating|beaten|thrashed|defeated|edged|hammered|trounced|overcame|outplayed)$/;
const TEAM_VERB_WEAK = /^(against|face|faces|faced|facing|host|hosts|hosted|hosting|v|vs)$/;
// the head of a competition's or a prize-giving's name ("the Dorvik Open", "the Tarnby Cup", "the Music
// Awards"): an event, no body and no one ("League" is a body's as often: "Arab League", "National Football League")
const COMPETITION_HEADS = new Set(['Open', 'Cup', 'Championship', 'Championships', 'Awards', 'Festival', 'Trophy', 'Prix', 'Olympics', 'Games', 'Tournament', 'Marathon', 'Masters']);
// a work named right after the kind of work it is ("the film Quiet Harbour", "his album Blue Noon")
// (no word that is a verb as often: "they can play Rui Costa", "polls show Labour ahead")
const WORK_BEFORE = new Set(['film', 'films', 'movie', 'album', 'song', 'book', 'novel', 'musical', 'documentary', 'sitcom', 'drama', 'opera', 'series', 'programme', 'comedy', 'thriller', 'biopic', 'epic', 'memoir', 'painting', 'poem']);
// what an actor does in a work: "her role in Quiet Harbour", "starred in Quiet Harbour"
const ROLE_IN = /^(role|roles|performance|performances|starred|starring|stars|appeared|appears|appearance|cameo|acting|turn)$/;
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'adds', 'insisted', 'argued', 'warned', 'wrote', 'claimed', 'stressed', 'explained', 'replied', 'declared', 'quipped', 'believes', 'thinks', 'denied', 'admitted']);
const NOT_ORG_ACRONYMS = new Set(['mp', 'mps', 'mep', 'meps', 'pm', 'ceo', 'cfo', 'tv', 'gdp', 'aids', 'hiv', 'dna', 'ok', 'pc', 'it', 'am', 'fm', 'vat', 'id', 'pr', 'uk', 'us', 'usa', 'ad', 'bc', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'cd', 'dvd', 'sms', 'gm', 'pin', 'pdf', 'faq', 'asbo', 'asbos', 'qc', 'mr', 'dr', 'st']);
/** Short forms of street words, written after a name ("Downing St", "Tarnby Rd"). */
const STREET_SHORT = new Map([['St', 'Street'], ['Rd', 'Road'], ['Ave', 'Avenue'], ['Sq', 'Square'], ['Ln', 'Lane']]);
const NOT_NAME_END = new Set(['’', "'"]);
/** After "X's": nouns that belong to a person ("Napier's lawyer", "Blunkett's resignation"). */
const PERSON_POSS_AFTER = new Set(['wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'father', 'mother', 'brother', 'sister', 'widow', 'widower', 'parents', 'family', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'partner', 'lawyer', 'lawyers', 'solicitor', 'biographer', 'aides', 'predecessor', 'successor', 'resignation', 'premiership', 'presidency', 'birthday', 'funeral', 'death', 'career', 'agent']);
/** What only a body has, as the head after a name's "'s" (see the evidence rules). */
const ORG_POSS_AFTER = new Set(['customers', 'clients', 'shareholders', 'shares', 'profits', 'revenues', 'earnings', 'turnover', 'subsidiary', 'subsidiaries', 'headquarters', 'workforce', 'employees', 'staff', 'stores', 'branches', 'factories', 'procedures', 'founder', 'co-founder', 'chairman', 'chairwoman', 'board', 'executives', 'directors', 'takeover', 'offices', 'operations', 'products', 'spokesman', 'spokeswoman']);
/** Where a clause (and so a subject) can begin. */
const CLAUSE_START = new Set([',', ';', ':', '—', '–', 'and', 'but', 'as', 'when', 'while', 'if', 'that', 'because', 'although', 'though', 'after', 'before', 'since', 'so', 'then', 'until', 'unless', 'whether', 'where', 'once', 'meanwhile', 'however']);
const PERSON_PRONOUN = /^(he|she|his|him|her|himself|herself)$/i;
/** Titles of peers, which belong to the name itself: "Baroness Scotland", "Lord Nicholls of Birkenhead". */
const PEERAGE = /^(Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)$/;
/** Nouns a capitalised brand or model name modifies ("Tomahawk missiles", "Airbus planes"): the plural names things. */
const PRODUCT_NOUNS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'jet', 'jets', 'fighter', 'fighters', 'drone', 'drones', 'tank', 'tanks', 'plane', 'planes', 'aircraft', 'helicopter', 'helicopters', 'launcher', 'launchers', 'system', 'systems', 'warship', 'warships', 'submarine', 'submarines', 'rifle', 'rifles', 'phone', 'phones', 'handset', 'handsets', 'console', 'consoles', 'car', 'cars', 'truck', 'trucks', 'device', 'devices', 'chip', 'chips', 'vaccine', 'vaccines']);
/** Verbs whose object is a thing handed over: "deliver the Tomahawks", "bought Airbuses". */
const SUPPLY_VERB = /^(deliver|delivers|delivered|delivering|delivery|supply|supplies|supplied|supplying|send|sends|sent|sending|sell|sells|sold|selling|buy|buys|bought|buying|provide|provides|provided|providing|give|gives|gave|given|giving|receive|receives|received|ship|ships|shipped|transfer|transfers|transferred|order|orders|ordered|acquire|acquired|fire|fired|firing|launch|launched)$/i;

type Evidence = Partial<Record<EntityType, number>>;

interface Candidate {
  start: number;
  end: number;
  form: string;
  lookup: string;
  words: string[];
  sentence: number;
  titles: string[];
  evidence: Evidence;
  norpPlace?: string | null;
  /** WordNet calls the word a member of a people, creed or party ("Catholic", "Arabs"): see resolve(). */
  groupWord?: boolean;
  placeName?: string;
  /** From a title-case line (a headline): only gazetteer evidence counts. */
  titleCase?: boolean;
  /** A plural product name ("Tomahawks"): a thing; every mention of the name is dropped. */
  thing?: boolean;
  /** Numbered ("Number 10") or a street ("Downing Street"): never a person, whatever the context says. */
  noPerson?: boolean;
  /** An organisation noun stands in apposition right before it ("drugs group Eli Lilly", "airline, Aer Lingus,"). */
  orgApposed?: boolean;
  /** Said to be a person by a title or honorific ("Mr", "Sir"), or known as one. */
  personSure?: boolean;
  /** How often it was used as only a body is (its customers, its founder, "said in a statement"): see resolve(). */
  orgSure?: number;
  /** Used as a sports team ("Dorvik beat Tarnby", "Tarnby's striker", "Dorvik 2-1"): see resolve(). */
  team?: boolean;
  /** After "against": a team's opponent, in an article where some name is a team. */
  against?: boolean;
  /** The object of a team's verb for its players ("play Kaka forward"): a person, where some name is a team and nothing else is known. */
  player?: boolean;
  /** Names a work or a competition ("the film Quiet Harbour", "her role in Quiet Harbour", "the Dorvik Open"): see resolve(). */
  work?: boolean;
  /** Opens a list drawn from organisations ("carmakers including Hyundai, Toyota and Ford"): see resolve(). */
  listOfOrgs?: boolean;
  /** Letters usually no organisation's ("GM", "PR") kept only because a name in the article has them as initials: see resolve(). */
  initialsOnly?: boolean;
}

/**
 * The initials of every run of two to six capitalised words in the article ("General Motors" → GM),
 * computed once by findEntities and handed to classify: letters that are usually no organisation's ("GM": genetically
 * modified) may be one where the article names it in full.
 */
// (initialsOfRuns tests every token: a regex literal there is a new object each time)
const RUN_JOINER = /^(of|for|the|and)$/;

function initialsOfRuns(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  let run: string[] = [];
  // (called at nearly every token: an empty run is left as it is, not replaced by a new array)
  const flush = () => {
    if (run.length === 0) return;
    for (let a = 0; a < run.length; a++) for (let b = a + 2; b <= Math.min(run.length, a + 6); b++) out.add(run.slice(a, b).map((w) => w[0]).join('').toUpperCase());
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].sentence !== tokens[i - 1].sentence) flush();
    if (isNameToken(tokens[i]) && UPPER_THEN_LOWER.test(tokens[i].text)) run.push(tokens[i].text);
    else if (!RUN_JOINER.test(tokens[i].text) || run.length === 0) flush();
  }
  flush();
  return out;
}

function add(ev: Evidence, t: EntityType, w: number): void {
  ev[t] = (ev[t] ?? 0) + w;
}

/** Where the run of name tokens starting at `k` within `sentence` ends (the first index past it). */
function nameRunEnd(tokens: Token[], k: number, sentence: number): number {
  while (k < tokens.length && tokens[k].sentence === sentence && isNameToken(tokens[k])) k++;
  return k;
}

function isNameToken(tok: Token): boolean {
  if (!isWord(tok.text) || !isCapitalised(tok.text)) return false;
  if (tok.text === 'I' || /^I['’]/.test(tok.text)) return false;
  return true;
}

/** A single-letter initial written after `before` is the middle of a person's name (see findEntities' middle initials). */
function initialInName(before: string): boolean {
  if (isFirstName(before)) return true;
  return !isTitleWord(before) && !isCommonWord(before) && !isOrgHead(before) && !placeOf(before) && !ALL_CAPS.test(before);
}

/** Whether token `k` opens an age in apposition (", 23," after a name): news gives people an age, not places or bodies. */
function ageAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.text !== ',' || tokens[k + 2]?.sentence !== t.sentence) return false;
  const n = tokens[k + 1].text;
  return /^\d{1,3}$/.test(n) && Number(n) <= 110 && /^[,;]$/.test(tokens[k + 2].text);
}

/** A sentence-initial (or after an opening mark) ordinary word that is capitalised only by position. */
function positionalCapital(tokens: Token[], i: number, sentStartIdx: number, midCaps: Set<string>): boolean {
  const tok = tokens[i];
  let j = i - 1;
  while (j >= sentStartIdx && /^["“‘'(\[—–-]$/.test(tokens[j].text)) j--;
  const initial = j < sentStartIdx || tokens[j].text === ':' ;
  if (!initial) return false;
  if (isTitleWord(tok.text) || isHonorific(tok.text)) return false;
  // "Downing Street said": a word before a street's head is the street's name
  if (tokens[i + 1]?.sentence === tok.sentence && /^(Street|Road|Avenue|Square|Palace|St|Rd|Ave|Sq)$/.test(tokens[i + 1].text)) return false;
  // "Number 10 said": numbered, the word is a name
  if (tokens[i + 1]?.sentence === tok.sentence && /^\d{1,3}$/.test(tokens[i + 1].text)) return false;
  // "Boeing issued ...": a name the lexicon knows keeps its capital wherever it stands
  if (isKnownOrg(tok.text)) return false;
  // "Labour MPs have ..." at a sentence start, "Labour" mid-sentence elsewhere: the capital is the word's own
  if (midCaps.has(tok.text) && !isFunctionWord(tok.text)) return false;
  if (/\./.test(tok.text) || ALL_CAPS.test(tok.text)) return false; // "U.S.", "NATO"
  // "Amnesty International said", "Clemency Watch says": an English word before capitalised English words
  // that are no one's and no place's name opens a name made of ordinary words (what follows alone,
  // "International", would name nothing)
  if (!isFunctionWord(tok.text) && isCommonWord(tok.text) && !/ly$/.test(tok.text)) {
    let k = i + 1;
    k = nameRunEnd(tokens, k, tok.sentence);
    const rest = tokens.slice(i + 1, k).map((t) => t.text);
    if (rest.length > 0 && rest.every((w) => TITLE_WORD.test(w) && (posTags(w.toLowerCase()).length > 0 || nounClasses(w.toLowerCase(), 1).length > 0) && !isCommonWord(w) && !placeOf(w) && !demonymOf(w) && !isFirstName(w) && !isLastName(w) && !isKnownOrg(w) && !isTitleWord(w) && !isOrgHead(w) && !isGroupMemberWord(w))) return false;
  }
  // "Hazel Gilbert, 23, an information manager": a word before a name given an age opens that name
  if (!isFunctionWord(tok.text) && isCommonWord(tok.text)) {
    const k = nameRunEnd(tokens, i + 1, tok.sentence);
    if (k > i + 1 && ageAfter(tokens, k)) return false;
  }
  if (isFunctionWord(tok.text) || isCommonWord(tok.text)) return true;
  // "Munich-based research institute Ifo said": a name before -based, -born, ... keeps its capital
  if (SUFFIXED_NAME.test(tok.text) && !isCommonWord(tok.text.split('-')[0])) return false;
  const head = /^([\p{L}]+)-/u.exec(tok.text)?.[1];
  if (head && (isCommonWord(head) || /^(anti|pro|non|ex|post|pre|co|self|well|mid|semi|neo)$/i.test(head))) return true;
  const lower = tok.text.toLowerCase();
  // "Boeing said": a gerund or adverb is never the one who speaks
  const next = tokens[i + 1]?.sentence === tok.sentence ? tokens[i + 1].text : '';
  if (SPEECH_AFTER.has(next)) return false;
  // "Profits at Barclaycard rose": the plural of a noun for a thing, never capitalised mid-sentence
  if (/[^s]s$/.test(lower) && isThingNoun(tok.text)) return true;
  return /(?:ly|ing|ed)$/.test(lower) && !placeOf(tok.text) && !isFirstName(tok.text);
}

/**
 * An ordinary noun for a thing, not a name: the lexicon's common words, or a noun WordNet knows
 * that names no person, place or group ("Radio", "Profits"); names the lexicon knows are not.
 */
function isThingNoun(word: string): boolean {
  if (isKnownOrg(word) || placeOf(word) || isFirstName(word) || demonymOf(word)) return false;
  // "About 53 million", "Some 20 people", "The 50 songs": a function word opening a sentence numbers
  // nothing ("No" before a numeral is the abbreviation of "Number": "No 10" is numbered as "Number 10" is)
  const lower = word.toLowerCase();
  if (lower !== 'no' && (isFunctionWord(lower) || posTags(lower).some((t) => t === 'Adverb'))) return false;
  if (isCommonWord(word)) return true;
  const cls = nounClasses(lower);
  return cls.length > 0 && !cls.some((c) => c === 'person' || c === 'location' || c === 'group' || c === 'animal');
}

export function findEntities(
  text: string,
  sentences: Sentence[],
  tokens: Token[] = tokenize(text, sentences),
): { entities: DocEntity[]; mentions: Mention[] } {
  const cands: Candidate[] = [];
  const initials = initialsOfRuns(tokens);
  const headline = titleCaseSentences(tokens);
  // words written with a capital away from any sentence start, outside headlines
  const midCaps = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const p = tokens[i - 1];
    if (p.sentence !== t.sentence || headline.has(t.sentence) || !isNameToken(t)) continue;
    if (/^["“‘'(\[—–:.!?-]$/.test(p.text)) continue;
    midCaps.add(t.text);
  }
  let s0 = 0;
  for (let i = 0; i < tokens.length; ) {
    if (i > 0 && tokens[i].sentence !== tokens[i - 1].sentence) s0 = i;
    if (i === 0) s0 = 0;
    const tok = tokens[i];
    // "3G", "4K", "3D": one or two capitals glued to a numeral are a technical term's, not a name
    const glued = i > 0 && tokens[i - 1].end === tok.start && /^\d+$/.test(tokens[i - 1].text) && /^\p{Lu}{1,2}$/u.test(tok.text);
    if (isNameToken(tok) && !glued) {
      let j = i + 1;
      // where an institution's name went on past "of"/"for" ("Department for Work"), if it did
      let ofJoin = -1;
      while (j < tokens.length && tokens[j].sentence === tok.sentence) {
        const t = tokens[j];
        if (isNameToken(t)) {
          j++;
          continue;
        }
        // "Sonya A. Zoghlin", "Steny H. Hoyer": a middle initial and its full stop stay inside the name
        // when the word before it is a first name or no word of English at all (not "World War I.",
        // "Plan B.", nor a title's: "President J. David Cox")
        // "President J. David Cox", "Union leader H. Ross Perot": a first initial after a title, with a
        // first name after it, opens the person's name; the title's words end where it starts
        // (and one that opens the run is kept with the name: "J. David Cox said")
        if (t.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1].text) && t.start === tokens[j - 1].end && tokens[j + 1]?.sentence === tok.sentence) {
          const next = tokens[j + 1].text;
          if ((j - 1 > i && isNameToken(tokens[j + 1]) && initialInName(tokens[j - 2].text)) || (j - 1 === i && isFirstName(next))) {
            j++;
            continue;
          }
          if (isFirstName(next) && isTitleWord(tokens[j - 2].text)) {
            j--;
            break;
          }
        }
        // "Amazon.com", "Polygraph.info", "Tarnby.co.uk": a web domain written after a name is part of it
        if (t.text === '.' && t.start === tokens[j - 1].end) {
          const k = domainEnd(tokens, j, /^(com|net|org|info|io|co|uk|tv|biz|ac|gov)$/);
          if (k > j && DOMAIN_END.test(tokens[k - 1].text)) {
            j = k;
            break;
          }
        }
        // "Ernst & Young", "Marks & Spencer": an ampersand between names joins them
        if (t.text === '&' && j + 1 < tokens.length && tokens[j + 1].sentence === tok.sentence && isNameToken(tokens[j + 1])) {
          j++;
          continue;
        }
        // "Rory O' Neill": an Irish O' written apart from the name
        if (/^['’]$/.test(t.text) && tokens[j - 1].text === 'O' && tokens[j + 1]?.sentence === tok.sentence && isNameToken(tokens[j + 1]) && tokens[j + 1].start === t.end + 1) {
          j += 2;
          continue;
        }
        // "Information Commissioner's Office", "Children's Society": an office's or a common noun's
        // possessive inside a name whose last word is an institution's is part of that name (not
        // "Britain's Home Office": a name before the possessive owns the rest)
        if (/^['’]s$/.test(t.text) && t.start === tokens[j - 1].end && (isTitleWord(tokens[j - 1].text) || isCommonWord(tokens[j - 1].text)) && !isHonorific(tokens[j - 1].text) && !placeOf(tokens[j - 1].text)) {
          let k = j + 1;
          k = nameRunEnd(tokens, k, tok.sentence);
          if (k > j + 1 && isOrgHead(tokens[k - 1].text)) {
            j = k;
            continue;
          }
        }
        // "Côte d'Ivoire", "Giscard d'Estaing": an elided particle glued to a capitalised word
        if (ELIDED_PARTICLE.test(t.text)) {
          j++;
          continue;
        }
        // "Number 10", "Radio 4", "Channel 4 News": an ordinary word numbered is one name (a score
        // after a team, "Leeds 2", is not: the word before must be a common noun)
        if (/^\d{1,3}$/.test(t.text) && isThingNoun(tokens[j - 1].text) && !/s$/.test(tokens[j - 1].text)) {
          const nx = tokens[j + 1]?.sentence === tok.sentence ? tokens[j + 1] : undefined;
          if (!nx || !(/^[-–:%/\d]/.test(nx.text) || isNameToken(nx))) j++;
          break;
        }
        // "Bristol West, Holborn and St Pancras, Oldham East and Saddleworth, Taunton": an "and" inside an item
        // of a comma list (a name and a comma follow it, so it is not the list's own last "and") joins one
        // name, a constituency's or a firm's (not two people's: no first name on either side)
        if (t.text === 'and' && i > 0 && tokens[i - 1].text === ',' && tokens[i - 1].sentence === tok.sentence && !isFirstName(tok.text) && !isHonorific(tok.text)) {
          let k = j + 1;
          k = nameRunEnd(tokens, k, tok.sentence);
          if (k > j + 1 && !isFirstName(tokens[j + 1].text) && !isHonorific(tokens[j + 1].text) && tokens[k]?.text === ',' && tokens[k].sentence === tok.sentence && tokens[k + 1]?.sentence === tok.sentence && isNameToken(tokens[k + 1])) {
            j = k;
            continue;
          }
        }
        // "Securities and Exchange Commission", "Food and Drug Administration", "Transport and General
        // Workers' Union": ordinary words joined by "and" before an institution's head are its remit, one
        // name (not "Microsoft and Apple Computer", "Blair and Home Office", "Royal Bank of X and National
        // Bank": a name or a whole institution's name before the "and" is a name's own, and only a
        // body's head word ends the run after it)
        // "Marks and Spencer has reported", "Procter and Gamble is": two names joined by "and" opening a
        // clause whose verb is singular are one name, a firm's (two people or two bodies take "have", "are")
        if (t.text === 'and' && ofJoin < 0 && j - i <= 2 && singularPair(tokens, i, j, s0)) {
          j = nameRunEnd(tokens, j + 1, tok.sentence);
          continue;
        }
        if (t.text === 'and' && ofJoin < 0 && !tokens.slice(i, j).some((x) => /^(of|for|&|and)$/.test(x.text)) && andJoinsRemit(tokens, j)) {
          j = orgRunEnd(tokens, j + 1, tok.sentence);
          continue;
        }
        const lower = t.text.toLowerCase();
        const nextIsName = j + 1 < tokens.length && tokens[j + 1].sentence === tok.sentence && isNameToken(tokens[j + 1]);
        if (PARTICLES.has(lower) && nextIsName && t.text === lower) {
          j++;
          continue;
        }
        if ((lower === 'of' || lower === 'for') && t.text === lower && j + 1 < tokens.length) {
          const prev = tokens[j - 1].text;
          // "Lord Nicholls of Birkenhead": a peer's territorial designation is part of the name
          const peer = j - 2 >= i && PEERAGE.test(tokens[j - 2].text);
          const joinable = peer || isOrgHead(prev) || /^(house|isle|isles|bay|gulf|cape|straits?|republic|university|church|bank|court|department|ministry|office|secretary|chancellor|chief|minister|director|governor|commissioner|archbishop|bishop|duke|duchess|earl|prince|princess|king|queen|state|states|council|union|league|federation|association|commission|institute|school|college)$/i.test(prev);
          let k = j + 1;
          if (k < tokens.length && tokens[k].text === 'the' && k + 1 < tokens.length && isNameToken(tokens[k + 1])) k++;
          if (joinable && tokens[k].sentence === tok.sentence && isNameToken(tokens[k])) {
            if (!peer) ofJoin = k;
            j = k + 1;
            continue;
          }
        }
        // "Department for Work and Pensions", "Department of Trade and Industry": after an institution's
        // "of"/"for", one capitalised word joined by "and" to another that ends the name is its remit,
        // one name (not "the Ministry of Defence and John Reid": no first name or honorific after "and")
        if (t.text === 'and' && ofJoin >= 0 && j - ofJoin === 1 && j + 1 < tokens.length && tokens[j + 1].sentence === tok.sentence && isNameToken(tokens[j + 1]) && !isFirstName(tokens[j + 1].text) && !isHonorific(tokens[j + 1].text) && !placeOf(tokens[j + 1].text)) {
          const after = tokens[j + 2];
          if (!after || after.sentence !== tok.sentence || !isNameToken(after)) {
            j += 2;
            break;
          }
        }
        break;
      }
      if (headline.has(tok.sentence)) {
        // a headline capitalises every word: each word stands alone and only the gazetteer counts
        for (let q = i; q < j; q++) {
          const before = cands.length;
          handleChunk(text, tokens, q, q + 1, s0, cands, midCaps, initials);
          for (let r = before; r < cands.length; r++) cands[r].titleCase = true;
        }
      } else handleChunk(text, tokens, i, j, s0, cands, midCaps, initials);
      i = j;
      continue;
    }
    // "totallyradio.com", "polygraph.info": a web domain written in lower case names the site's owner
    // (not inside an address, a path or a host: "jane@quill.com", "news.bbc.co.uk")
    if (tokens[i + 1]?.text === '.' && tokens[i + 1].start === tok.end && /^[a-z0-9][a-z0-9-]{2,}$/.test(tok.text) && (i === 0 || tokens[i - 1].end !== tok.start)) {
      const k = domainEnd(tokens, i + 1, /^(com|net|org|info|io|co|uk|tv|biz)$/);
      // (what follows is apart, or a closing mark: "from totallyradio.com.")
      const apart = tokens[k]?.start !== tokens[k - 1].end || (/^[.,;:!?)]$/.test(tokens[k].text) && tokens[k + 1]?.start !== tokens[k].end);
      if (k > i + 1 && DOMAIN_END.test(tokens[k - 1].text) && apart) {
        const ev: Evidence = {};
        add(ev, 'ORG', 3);
        cands.push(mk(text, tok.start, tokens[k - 1].end, tok.sentence, [], ev));
        i = k;
        continue;
      }
    }
    // "anti-Israel", "pro-Russian": the capitalised tail of a hyphenated word
    const hy = HYPHENED_NAME_TAIL.exec(tok.text);
    if (hy) {
      const part = hy[1];
      const start = tok.end - part.length;
      const ev: Evidence = {};
      const dm = demonymOf(part);
      const pl = placeOf(part);
      const c = mk(text, start, tok.end, tok.sentence, [], ev);
      if (dm || (!pl && isGroupMemberWord(part))) {
        add(ev, 'NORP', 3);
        c.norpPlace = dm ? dm.place : null;
        cands.push(c);
      } else if (pl) {
        add(ev, pl.kind === 'continent' ? 'LOC' : 'GPE', 3);
        c.placeName = pl.name;
        cands.push(c);
      }
    }
    i++;
  }
  contextCues(text, tokens, cands);
  return resolve(text, tokens, cands);
}

/**
 * Whether the names from `i` to the "and" at `j` and the name run after it are one firm's name by the
 * verb that follows: singular (has, is, was, says, ...) right after the second run, with the first run
 * opening the clause and neither run a person's full name or holding an honorific, a place or an
 * organisation's head.
 */
function singularPair(tokens: Token[], i: number, j: number, s0: number): boolean {
  const sentence = tokens[j].sentence;
  if (!tokens[j + 1] || tokens[j + 1].sentence !== sentence || !isNameToken(tokens[j + 1])) return false;
  const k = nameRunEnd(tokens, j + 1, sentence);
  if (k - (j + 1) > 2 || !tokens[k] || tokens[k].sentence !== sentence || !/^(has|is|was|says|does|plans|expects|wants|hopes|reports)$/.test(tokens[k].text)) return false;
  const p = i - 1;
  if (!(p < s0 || CLAUSE_START.has(tokens[p].text.toLowerCase()) || /^(the|["“‘'(])$/i.test(tokens[p].text))) return false;
  // (a first name alone is a surname here, "Spencer"; before another name it opens a person's)
  const runs = [tokens.slice(i, j).map((x) => x.text), tokens.slice(j + 1, k).map((x) => x.text)];
  if (runs.some((r) => r.length > 1 && isFirstName(r[0]))) return false;
  return runs.flat().every((w) => !isHonorific(w) && !isTitleWord(w) && !isOrgHead(w) && !placeOf(w) && !demonymOf(w) && !isKnownOrg(w));
}

/** The all-capital words of an article ("SEC", "FSA"), worked out once per token list. */
const capitalWords = new WeakMap<Token[], Set<string>>();

/**
 * Where the institution's name starts after a country's name opening the chunk [a, b) ("US Securities
 * and Exchange Commission" → the index of "Securities"), or -1: the rest is one word for a body of
 * people, or two words or more ending in an organisation's head, of ordinary words, that the article
 * writes elsewhere without the country, in full or as its initials.
 */
function placePrefix(text: string, tokens: Token[], a: number, b: number): number {
  if (b - a < 2 || (b - a < 3 && !isOrgHead(tokens[b - 1].text))) return -1;
  for (let k = a + 1; k <= a + 2 && b - k >= 1; k++) {
    const place = placeOf(text.slice(tokens[a].start, tokens[k - 1].end));
    if (!place || place.kind !== 'country') continue;
    const rest = tokens.slice(k, b).map((t) => t.text);
    // "UK Treasury", "US Embassy", "Iraqi Army": one singular word naming a body of people (WordNet) is
    // the country's institution of that kind, not a name of its own ("US Airways", "China Mobile")
    if (rest.length === 1) {
      const w = rest[0];
      return TITLE_WORD.test(w) && !/s$/.test(w) && isOrgHead(w) && nounClasses(w.toLowerCase(), 2).includes('group') && !isKnownOrg(text.slice(tokens[a].start, tokens[b - 1].end)) ? k : -1;
    }
    if (!(isOrgHead(rest[rest.length - 1]) || isKnownOrg(rest.join(' '))) || !rest.slice(0, -1).every((w) => /^(of|for|and|the|['’])$/.test(w) || remitWord(w) || isTitleWord(w))) return -1;
    let caps = capitalWords.get(tokens);
    if (!caps) {
      caps = new Set(tokens.filter((t) => ACRONYM.test(t.text)).map((t) => t.text));
      capitalWords.set(tokens, caps);
    }
    const letters = rest.filter((w) => UPPER_FIRST.test(w)).map((w) => w[0]).join('');
    if (letters.length >= 2 && caps.has(letters)) return k;
    // the rest alone elsewhere: more uses of it than of the whole name
    const name = text.slice(tokens[k].start, tokens[b - 1].end);
    const whole = text.slice(tokens[a].start, tokens[b - 1].end);
    return text.split(name).length > text.split(whole).length ? k : -1;
  }
  return -1;
}

/** An ordinary word of English capitalised inside a name ("Securities", "Food", "Transport"), no one's and no place's name. */
function remitWord(w: string): boolean {
  if (!TITLE_WORD.test(w) || isFunctionWord(w) || nounClasses(w.toLowerCase(), 1)[0] === 'group' || isFirstName(w) || isLastName(w) || isHonorific(w) || placeOf(w) || demonymOf(w) || isKnownOrg(w) || isGroupMemberWord(w)) return false;
  return isCommonWord(w) || nounClasses(w.toLowerCase(), 1).length > 0 || posTags(w.toLowerCase()).includes('Adjective');
}

/**
 * Where a run of name tokens from `k` ends, with a plural's possessive apostrophe inside it ("General
 * Workers' Union").
 */
function orgRunEnd(tokens: Token[], k: number, sentence: number): number {
  for (;;) {
    k = nameRunEnd(tokens, k, sentence);
    const ap = tokens[k];
    if (ap && ap.sentence === sentence && /^['’]$/.test(ap.text) && ap.start === tokens[k - 1].end && /s$/.test(tokens[k - 1].text) && tokens[k + 1]?.sentence === sentence && isNameToken(tokens[k + 1])) {
      k++;
      continue;
    }
    return k;
  }
}

/**
 * Whether the "and" at `j` joins two ordinary capitalised words inside one institution's name: the
 * word before it is a remit word, and the capitalised run after it holds only remit words (or a
 * plural's possessive) up to an organisation's head word that ends the run.
 */
function andJoinsRemit(tokens: Token[], j: number): boolean {
  const sentence = tokens[j].sentence;
  if (j < 1 || tokens[j - 1].sentence !== sentence || !remitWord(tokens[j - 1].text)) return false;
  if (!tokens[j + 1] || tokens[j + 1].sentence !== sentence || !isNameToken(tokens[j + 1])) return false;
  const end = orgRunEnd(tokens, j + 1, sentence);
  const run = tokens.slice(j + 1, end).map((t) => t.text).filter((w) => !/^['’]$/.test(w));
  if (run.length < 2 || !isOrgHead(run[run.length - 1])) return false;
  return run.slice(0, -1).every((w) => remitWord(w) || isTitleWord(w));
}

/** A lower-case word that can be a finite verb ("said", "had", "looked", "plans"). */
function looksVerb(w: string): boolean {
  if (!LOWER_WORD.test(w)) return false;
  if (SPEECH_AFTER.has(w) || /^(has|had|have|is|was|are|were|will|would|does|did|could|can|may|might|must|should)$/.test(w)) return true;
  return /ed$/.test(w) || posTags(w).some((x) => /Tense|Modal|Copula|Verb|Infinitive|Auxiliary/.test(x));
}

/**
 * Evidence that needs more than the words around one name:
 *  - a name in subject position that a later he/she/his/her in its clause (or the next sentence's
 *    first word) points back to is a person ("Napier said that ... breached his rights"); "its", or
 *    "said (that) it" + verb, points to an organisation ("Boeing said it expected");
 *  - a plural capitalised word whose singular names a product ("Tomahawk missiles") or that is the
 *    object of a handing-over verb ("deliver the Tomahawks") is a thing, not an entity.
 * Pronouns inside quotes are someone else's words and are skipped.
 */
function contextCues(text: string, tokens: Token[], cands: Candidate[]): void {
  if (cands.length === 0) return;
  const byStart = new Map<number, Candidate>();
  for (const c of cands) if (!c.titleCase) byStart.set(c.start, c);
  const tokAt = new Map<number, number>();
  tokens.forEach((t, i) => tokAt.set(t.end, i));
  const quoted: Array<[number, number]> = [];
  for (const [ps, pe] of paragraphs(text)) for (const q of quoteSpans(text, ps, pe)) if (q.closed) quoted.push([q.open, q.close + 1]);
  let qi = 0;
  const products = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isCapitalised(tokens[i].text) && PRODUCT_NOUNS.has(tokens[i + 1].text) && tokens[i + 1].sentence === tokens[i].sentence) products.add(lookupForm(tokens[i].text));
  }
  // a word seen capitalised only at sentence starts may be capitalised by position alone
  const mid = new Set<string>();
  {
    let z0 = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence) z0 = i;
      const c = byStart.get(tokens[i].start);
      if (!c) continue;
      let p = i - 1;
      while (p >= z0 && /^["“‘'(\[]$/.test(tokens[p].text)) p--;
      if (p >= z0 && tokens[p].text !== ':') mid.add(c.lookup);
    }
  }
  const gazetteer = (c: Candidate) => c.placeName !== undefined || c.norpPlace !== undefined || isKnownOrg(c.form);
  let subj: { c: Candidate; tok: number; sentence: number } | null = null;
  const credited = new Set<Candidate>();
  let s0 = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === 0 || tokens[i - 1].sentence !== t.sentence) s0 = i;
    const c = byStart.get(t.start);
    if (c) {
      // a thing, not a name: the plural of a product name, or the object of a handing-over verb
      // (an owner is no thing handed over: "sold Yukos' main arm", "bought Barclays's stake")
      if (c.words.length === 1 && /[^s]s$/.test(c.form) && !gazetteer(c) && !/^['’]/.test(text.slice(c.end, c.end + 1))) {
        let k = i - 1;
        while (k >= s0 && /^(the|a|more|new|its|their|of|any|some|those|these|\d+)$/i.test(tokens[k].text)) k--;
        // ("Xboxes": a plural in -es after a sibilant)
        if (products.has(lookupForm(c.form.slice(0, -1))) || (/(?:x|ch|sh|ss)es$/.test(c.form) && products.has(lookupForm(c.form.slice(0, -2)))) || (k >= s0 && k < i - 0 && SUPPLY_VERB.test(tokens[k].text))) {
          c.thing = true;
          continue;
        }
      }
      const endTok = tokAt.get(c.end);
      let p = i - 1;
      while (p >= s0 && /^["“‘'(\[]$/.test(tokens[p].text)) p--;
      const next = endTok !== undefined && endTok + 1 < tokens.length && tokens[endTok + 1].sentence === t.sentence ? tokens[endTok + 1].text : '';
      // "and keeper Manuel Almunia had": lower-case role nouns may stand between the clause start and the name
      let q = p;
      while (q >= s0 && p - q < 4 && LOWER_WORD.test(tokens[q].text) && !isFunctionWord(tokens[q].text) && !CLAUSE_START.has(tokens[q].text) && !looksVerb(tokens[q].text)) q--;
      const opens = p < s0 || CLAUSE_START.has(tokens[p].text.toLowerCase()) || q < s0 || CLAUSE_START.has(tokens[q].text.toLowerCase());
      // the next word must look like a verb: "Tory proposals", "Cabinet allies" are modifiers
      // (a plural verb, "Portsmouth were", is a team or a group, never one person)
      const verbNext = (looksVerb(next) && !/^(were|are|have)$/.test(next)) || /^[—–-]$/.test(next);
      // "Inflation would be", "Convention should be": a sentence-initial word never capitalised
      // elsewhere that has the shape of a common noun is no one's name
      const nounShape = p < s0 && !mid.has(c.lookup) && c.words.length === 1 && /(tion|sion|ment|ness|ity|ism|ance|ence|ure|ship|hood|age|ogy|ics|ing|ers|ists)$/.test(c.lookup);
      // "Chelsea boss Jose Mourinho": a name right after the subject with only a noun between heads it
      let apposed = false;
      if (subj && subj.sentence === t.sentence) {
        const se = tokAt.get(subj.c.end);
        apposed = se !== undefined && i - se <= 6 && tokens.slice(se + 1, i).every((x) => LOWER_WORD.test(x.text) && !isFunctionWord(x.text) && !looksVerb(x.text));
      }
      // a place, a known organisation or a noun-shaped word in subject position takes the pronouns itself
      if ((opens && verbNext) || apposed) subj = nounShape || gazetteer(c) || isFunctionWord(c.words[0]) || /['’]/.test(c.form) ? null : { c, tok: i, sentence: t.sentence };
      // ("Veritas was formed by Mr Kilroy-Silk after he quit": a person titled as one, named after the
      // subject, is nearer to the pronoun and the likelier one it stands for)
      else if (subj && subj.c !== c && subj.sentence === t.sentence && (isHonorific(c.words[0]) || /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?$/.test(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.text === '.' && /^(?:Mr|Mrs|Ms|Dr)$/.test(tokens[i - 2]?.text ?? '')))) subj = null;
      continue;
    }
    if (!subj) continue;
    // ("Shell is to pay $1m to the ex-finance chief who stepped down from her post": a person named by a
    // noun in the subject's own clause, past its verb, is nearer to the pronoun and the likelier one it
    // stands for, as a titled name is above)
    if (t.sentence === subj.sentence && LOWER_HYPHENED.test(t.text)) {
      // (its determiner right before it or one modifier back: "the chief", "the ex-finance chief")
      const det = (k: number) => k > subj!.tok && /^(the|a|an|his|her|its|their)$/i.test(tokens[k].text);
      if ((det(i - 1) || (det(i - 2) && LOWER_HYPHENED_ANY.test(tokens[i - 1].text))) && personNoun(t.text) && tokens.slice(subj.tok + 1, i).some((x) => looksVerb(x.text))) {
        subj = null;
        continue;
      }
    }
    const near = (t.sentence === subj.sentence && i - subj.tok <= 30) || (t.sentence === subj.sentence + 1 && i === s0);
    if (!near) {
      if (t.sentence > subj.sentence) subj = null;
      continue;
    }
    while (qi < quoted.length && quoted[qi][1] <= t.start) qi++;
    if (qi < quoted.length && quoted[qi][0] <= t.start) continue;
    if (credited.has(subj.c)) continue;
    if (PERSON_PRONOUN.test(t.text) && (t.text === t.text.toLowerCase() || i === s0)) {
      add(subj.c.evidence, 'PERSON', 1.2);
      credited.add(subj.c);
    } else if (/^(said|says|added|stated|announced|that)$/i.test(tokens[i - 1]?.text ?? '') && (t.text === 'its' || (t.text === 'it' && i + 1 < tokens.length && /^(would|will|had|has|expected|expects|plans|planned|intends|wanted|wants|could|can|hoped|hopes|aims)$/.test(tokens[i + 1].text)))) {
      add(subj.c.evidence, 'ORG', 1.5);
      credited.add(subj.c);
    }
  }
}

// (titleCaseSentences tests every token: a regex literal there is a new object each time)
const CLOSING_MARK = /^["“”'’)\]]$/;
const SENTENCE_END = /^[.!…:;,]$/;

function titleCaseSentences(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let sent = -1;
  let words = 0;
  let caps = 0;
  let last = '';
  // a headline: most longer words capitalised and no closing full stop
  const flush = () => {
    if (words >= 4 && caps / words >= 0.7 && !SENTENCE_END.test(last)) out.add(sent);
  };
  for (const t of tokens) {
    if (t.sentence !== sent) {
      flush();
      sent = t.sentence;
      words = 0;
      caps = 0;
    }
    if (!CLOSING_MARK.test(t.text)) last = t.text;
    if (t.text.length >= 4 && isWord(t.text)) {
      words++;
      if (isCapitalised(t.text)) caps++;
    }
  }
  flush();
  return out;
}

function mk(text: string, start: number, end: number, sentence: number, titles: string[], evidence: Evidence): Candidate {
  const form = text.slice(start, end);
  return { start, end, form, lookup: lookupForm(form), words: form.split(/\s+/), sentence, titles, evidence };
}

/** The last part of a web domain that makes it a site's name ("amazon.com", "tarnby.co.uk"). */
const DOMAIN_END = /^(com|net|org|info|io|uk|tv|biz)$/;

/**
 * Where a web domain that starts at the "." at `k` ends: past each ".part" written with no space whose
 * part `parts` allows (k itself when there is none).
 */
function domainEnd(tokens: Token[], k: number, parts: RegExp): number {
  while (tokens[k]?.text === '.' && tokens[k].start === tokens[k - 1].end && tokens[k + 1]?.start === tokens[k].end && parts.test(tokens[k + 1].text)) k += 2;
  return k;
}

/** Honours and post-nominal letters a person's name may end with ("Elton John CBE", "Jane Quill QC"). */
const HONOURS = /^(?:OBE|MBE|CBE|KBE|DBE|GBE|KC|QC|MP|MEP|MSP|AM|JP|PhD|FRS|VC|GC|JR|SR|II|III|IV)$/;

/** A name before a participle suffix: "Paris-based", "Munich-born", "Oscar-nominated". */
const SUFFIXED_NAME = /^(\p{Lu}[\p{L}.]*)-(based|born|headquartered|listed|owned|registered|bred|nominated|winning|backed|led|funded|sponsored|controlled|dominated|run|held|supported|affiliated|allied|linked|made|built|educated|trained)$/u;

/** Months' short forms, as written before a day ("Jan 5"); not the full names that are as short ("May", "June"). */
const MONTH_SHORT = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/**
 * Token `a`, a month's name before a name, is a first name: "May", or a month's short form written
 * without its full stop before one ("Jan Egeland", "Mar Roxas": a date in short form carries a day
 * number). (A function of the module, not a closure made at each chunk: tsx names each closure it
 * makes, with an Object.defineProperty, ~0.26 us.)
 */
function monthAsFirstName(tokens: Token[], a: number): boolean {
  const t = tokens[a];
  return t.text === 'May' || (MONTH_SHORT.has(t.text) && tokens[a + 1]?.start !== t.end);
}

function handleChunk(text: string, tokens: Token[], a: number, b: number, s0: number, cands: Candidate[], midCaps: Set<string>, initials: Set<string>): void {
  // drop a positional capital ("However", "The", "Achieving") from the front
  while (a < b && positionalCapital(tokens, a, s0, midCaps)) a++;
  // months and weekdays belong to times; but "May" before a name, or a month's short form written
  // without its full stop before one, is a first name (monthAsFirstName)
  while (a < b && (MONTHS.has(tokens[a].text.toLowerCase()) || WEEKDAYS.has(tokens[a].text.toLowerCase())) && !(b - a > 1 && isNameToken(tokens[a + 1]) && monthAsFirstName(tokens, a))) a++;
  while (b > a && (MONTHS.has(tokens[b - 1].text.toLowerCase()) || WEEKDAYS.has(tokens[b - 1].text.toLowerCase())) && b - a === 1) b--;
  if (a >= b) return;
  // "the New Year", "Christmas": a holiday is a time
  if (HOLIDAY_NAME.test(text.slice(tokens[a].start, tokens[b - 1].end))) return;

  // "Paris-based IEA", "Munich-born conductor", "the Oscar-nominated Owen": the name before the suffix is a mention of its own,
  // the rest of the chunk another
  // ("the Democratic Party-controlled House": the suffix closes a name of several words, which is the
  // mention, and the rest of the chunk is another)
  for (let q = a + 1; q < b; q++) {
    const inner = SUFFIXED_NAME.exec(tokens[q].text);
    if (!inner) continue;
    const fake: Token = { text: inner[1], start: tokens[q].start, end: tokens[q].start + inner[1].length, sentence: tokens[q].sentence };
    classify(text, [...tokens.slice(a, q), fake], 0, q - a + 1, [], false, tokens, a, q + 1, cands, initials);
    if (q + 1 < b) handleChunk(text, tokens, q + 1, b, s0, cands, midCaps, initials);
    return;
  }
  const suffixed = SUFFIXED_NAME.exec(tokens[a].text);
  if (suffixed) {
    const fake: Token = { text: suffixed[1], start: tokens[a].start, end: tokens[a].start + suffixed[1].length, sentence: tokens[a].sentence };
    classify(text, [fake], 0, 1, [], false, tokens, a, a + 1, cands, initials);
    a++;
    if (a >= b) return;
  }

  // "the US Securities and Exchange Commission (SEC)", "the US Federal Reserve ... the Federal Reserve":
  // a country before an institution's name the article also uses without it (whole or by its initials)
  // is a mention of its own, and the institution is named by the rest (not "UK Independence Party
  // (UKIP)": the initials are the whole name's)
  const country = placePrefix(text, tokens, a, b);
  if (country > a) {
    handleChunk(text, tokens, a, country, s0, cands, midCaps, initials);
    handleChunk(text, tokens, country, b, s0, cands, midCaps, initials);
    return;
  }

  // "the London Metal Exchange CMAL3", "Tested by: John Milbank RRP": a market code (capitals and
  // digits) closing a name is none of it; capitals after a person's full name are another mention (not
  // an honour or a seat, "QC", "MP", "OBE", which NOT_ORG_ACRONYMS and HONOURS keep out)
  if (b - a >= 2 && /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(tokens[b - 1].text) && /\d/.test(tokens[b - 1].text) && UPPER_THEN_LOWER.test(tokens[b - 2].text)) b--;
  else if (b - a >= 3 && isFirstName(tokens[a].text) && /^\p{Lu}{2,5}$/u.test(tokens[b - 1].text) && !HONOURS.test(tokens[b - 1].text) && !NOT_ORG_ACRONYMS.has(tokens[b - 1].text.toLowerCase()) && tokens.slice(a, b - 1).every((t) => UPPER_THEN_LOWER.test(t.text) && !isOrgHead(t.text))) {
    handleChunk(text, tokens, a, b - 1, s0, cands, midCaps, initials);
    handleChunk(text, tokens, b - 1, b, s0, cands, midCaps, initials);
    return;
  }

  // "Russia-Ukraine": hyphenated places are two mentions
  if (b - a === 1 && tokens[a].text.includes('-')) {
    const parts = tokens[a].text.split('-');
    if (parts.length > 1 && parts.every((p) => placeOf(p) || demonymOf(p))) {
      let off = tokens[a].start;
      for (const p of parts) {
        const fake: Token = { text: p, start: off, end: off + p.length, sentence: tokens[a].sentence };
        off += p.length + 1;
        classify(text, [fake], 0, 1, [], false, tokens, a, a + 1, cands, initials);
      }
      return;
    }
  }

  // a role alone ("the Cardinal") or a role phrase ("Roman Catholic Archbishop of Cardiff") names no one
  if (b - a === 1 && isTitleWord(tokens[a].text)) return;
  // "The Conservative Party Co-Chairman", "Labour Leader": a chunk ending in an office, with no first
  // name or honorific in it, is a role; what comes before the office may still be a name
  const office = tokens[b - 1].text.replace(/^(?:Co|Vice|Deputy)-/, '');
  // (not an institution named after the office it serves: "Office of the Inspector General")
  const officeOf = isOrgHead(tokens[a].text) && !isTitleWord(tokens[a].text) && /^(of|for)$/.test(tokens[a + 1]?.text ?? '');
  if (b - a > 1 && !officeOf && isTitleWord(office) && !isHonorific(office) && !isOrgHead(office) && !/^(of|for)$/.test(tokens[b - 2].text) && !tokens.slice(a, b).some((t) => isFirstName(t.text) || isHonorific(t.text))) {
    handleChunk(text, tokens, a, b - 1, s0, cands, midCaps, initials);
    return;
  }
  for (let q = a + 1; q < b - 1; q++) {
    if (/^(of|for)$/.test(tokens[q].text) && isTitleWord(tokens[q - 1].text) && !isOrgHead(tokens[q - 1].text)) {
      let r = q + 1;
      if (tokens[r].text === 'the') r++;
      // "Secretary of State Mike Pompeo", "Chancellor of the Exchequer Gordon Brown": a first name and a
      // surname after the office are its holder, titled with the whole office
      for (let p = r + 1; p + 1 < b; p++) {
        if (isFirstName(tokens[p].text) && !isTitleWord(tokens[p].text) && !placeOf(tokens[p].text)) {
          classify(text, tokens, p, b, [text.slice(tokens[a].start, tokens[p - 1].end)], true, tokens, a, b, cands, initials);
          return;
        }
      }
      // (a holder whose first name the lexicon does not know, "Chief of Staff Reince Priebus", "Secretary of
      // State Rex Tillerson": the last two words, when the office has its own word before them, neither
      // is an office or a place, and the surname is no word of English)
      const h = b - 2;
      if (h > r && !isCommonWord(tokens[b - 1].text) && tokens.slice(h, b).every((t) => !isTitleWord(t.text) && !isOrgHead(t.text) && !placeOf(t.text)) && !placeOf(text.slice(tokens[h].start, tokens[b - 1].end))) {
        classify(text, tokens, h, b, [text.slice(tokens[a].start, tokens[h - 1].end)], true, tokens, a, b, cands, initials);
        return;
      }
      // the office's place or institution is a mention of its own ("Governor of Texas", "Governor of the
      // Reserve Bank")
      if (r < b && (placeOf(text.slice(tokens[r].start, tokens[b - 1].end)) || isOrgHead(tokens[b - 1].text))) classify(text, tokens, r, b, [], false, tokens, r, b, cands, initials);
      return;
    }
  }
  // titles at the front, unless the chunk is an institution ("Home Office", "Supreme Court")
  const titles: string[] = [];
  let honorific = false;
  const lastIsOrgHead = isOrgHead(tokens[b - 1].text) && b - a > 1;
  let n = a;
  // "SoftBank CEO Masayoshi Son", "Labour MP Jane Doe", "US President George Bush": a name, a role and
  // a person's name are three things; the role (with the name before it) is the person's title and the
  // name before the role a mention of its own (the organisation, party or place the person serves)
  // (a former, acting or deputy office's words before the name are the title's, not the name's: "Former
  // Tottenham Manager X"; but "Home Office Minister X": a name ending in an institution's head is whole)
  const role = lastIsOrgHead || b - a < 3 ? null : innerRole(tokens, a, b) ?? (b - a >= 4 ? innerAffiliation(tokens, a, b) : null);
  if (role) {
    let from = a;
    if (!isOrgHead(tokens[role[0] - 1].text)) while (from < role[0] && isTitleWord(tokens[from].text)) from++;
    const before = cands.length;
    handleChunk(text, tokens, from, role[0], s0, cands, midCaps, initials);
    // whom the person serves: a place or a people the gazetteer knows, else an organisation (as
    // "Zantrex analyst Carl Brodin" in classify)
    for (let k = before; k < cands.length; k++) {
      const ev = cands[k].evidence;
      if (!ev.GPE && !ev.LOC && !ev.NORP && !cands[k].groupWord) add(ev, 'ORG', 2);
    }
    titles.push(text.slice(tokens[a].start, tokens[role[1]].end));
    n = role[1] + 1;
  } else if (!lastIsOrgHead) {
    let titleStart = -1;
    while (n < b) {
      const t = tokens[n].text;
      // a peer is named with the title ("Baroness Scotland" is no one's surname, and no country)
      if (PEERAGE.test(t) && (b - n === 2 || (b - n > 3 && tokens[n + 2].text === 'of'))) {
        honorific = true;
        break;
      }
      if (isHonorific(t) || (t.endsWith('.') && isHonorific(t.slice(0, -1)))) {
        honorific = true;
        n++;
        continue;
      }
      if (isTitleWord(t) && n + 1 < b) {
        if (titleStart < 0) titleStart = n;
        n++;
        continue;
      }
      // "Broadcaster Chris Evans", "CEO Tim Cook", "Browns DL Sheldon Richardson", "Defenseman Jonas
      // Brodin": a job word (WordNet's first sense a person) or an all-capital role before a first name
      // and a surname is a title, not part of the name
      if (n + 2 < b && (isRoleNoun(t) || /^\p{Lu}{2,4}$/u.test(t) || (n === a && (isCommonWord(t) || /^\p{Lu}\p{Ll}+(?:er|or|ist|ian|man|woman)$/u.test(t) || (nounClasses(t.toLowerCase(), 1)[0] === 'person' && !isLastName(t))))) && isFirstName(tokens[n + 1].text) && !isFirstName(t)) {
        if (titleStart < 0) titleStart = n;
        n++;
        continue;
      }
      if (n + 3 < b && n === a && isFirstName(tokens[n + 2].text) && /^\p{Lu}{2,4}$/u.test(tokens[n + 1].text) && !isFirstName(t)) {
        if (titleStart < 0) titleStart = n;
        n += 2;
        continue;
      }
      // "Tory Liam Fox", "Republican John McCain": a party or people before a first name and a surname
      // is an affiliation, kept as a title
      // ("Labour Leader Neil Kinnock", "Opposition Leader Jane Smith": any word before an office and a full name)
      // (the full name may open with an honorific: "Auditor General Sir John Bourn")
      const officeNext = isTitleWord(tokens[n + 1]?.text ?? '') && !isHonorific(tokens[n + 1].text) && n + 3 < b && (isFirstName(tokens[n + 2].text) || (n + 4 < b && isHonorific(tokens[n + 2].text) && isFirstName(tokens[n + 3].text)));
      if (n === a && n + 2 < b && !isFirstName(t) && (officeNext || (isFirstName(tokens[n + 1].text) && (demonymOf(t) || isGroupMemberWord(t) || (isKnownOrg(t) && !isSportsTeam(t)) || (nounClasses(t.toLowerCase(), 1)[0] === 'person' && !isLastName(t)))))) {
        if (titleStart < 0) titleStart = n;
        n++;
        continue;
      }
      // "U.S. President", "Russian President": a place or demonym before a title word
      if ((placeOf(t) || demonymOf(t)) && n + 2 < b + 1 && n + 1 < b && isTitleWord(tokens[n + 1].text) && !isHonorific(tokens[n + 1].text)) {
        if (titleStart < 0) titleStart = n;
        n++;
        continue;
      }
      break;
    }
    if (titleStart >= 0 && n > titleStart) titles.push(text.slice(tokens[titleStart].start, tokens[n - 1].end));
    // "the Archbishop of Westminster": the title owns the rest
    if (n < b && /^(of|for)$/.test(tokens[n].text)) return;
  }
  if (n >= b) return;
  const hadTitle = honorific || titles.length > 0;
  // a lower-case role right before the name: "special peace envoy Steve Witkoff"
  const pre = roleBefore(text, tokens, a, s0);
  if (pre) titles.push(pre);
  classify(text, tokens, n, b, titles, hadTitle, tokens, a, b, cands, initials);
}

/**
 * A word for an office or a job that a person holds ("CEO", "MP", "President", "Chairman", "Coach"):
 * a role noun of the lexicon, or a noun WordNet puts under leader, official or executive. Not the words
 * that only qualify one ("Foreign", "Shadow", "Deputy"), which are titles but no role.
 */
const isRoleWord = rememberedByWord((word: string): boolean => {
  // (not a member of a party or a people: "Liberal Democrat Leader", "Republican Senator")
  if (isHonorific(word) || isGroupMemberWord(word)) return false;
  if (isRoleNoun(word)) return true;
  const w = word.toLowerCase();
  return /^[a-z]+$/.test(w) && ['leader', 'official', 'executive'].some((k) => isKindOf(w, k, 1));
}, 20_000);

/**
 * Where a role stands inside a chunk between a name and a person's name ("SoftBank CEO Masayoshi Son":
 * [1, 1], the first and last index of the role's words; "UN Secretary General Kofi Annan": [1, 2]), or
 * null. What comes before the role must hold a word that is no title or role (so "Prime Minister Tony
 * Blair", "Shadow Home Secretary David Davis" stay titles) and no one's first name (that would begin a
 * person: "Tony Blair Aide ..."; "Chelsea Chairman", a first name right before a role, is no one's), and
 * a person's name must follow the role: a first name, or two capitalised words or more, none a title
 * and the last no organisation's head ("Bill Gates", "Masayoshi Son").
 */
function innerRole(tokens: Token[], a: number, b: number): [number, number] | null {
  let named = false;
  let run = -1;
  for (let q = a; q + 1 < b; q++) {
    const w = tokens[q].text;
    if (isHonorific(w) || /^(of|for|and|&)$/.test(w)) return null;
    const role = isRoleWord(w);
    if (role || isTitleWord(w)) {
      if (run < 0) run = q;
    } else run = -1;
    if (q > a && named && role) {
      const next = tokens[q + 1].text;
      if (isTitleWord(next) || isRoleWord(next)) continue;
      const rest = tokens.slice(q + 1, b).map((t) => t.text);
      const person = isFirstName(next) || (rest.length >= 2 && rest.every((x) => /^\p{Lu}(?:\p{Ll}+|\.?)$/u.test(x) && !isTitleWord(x)) && !isOrgHead(rest[rest.length - 1]) && !placeOf(rest.join(' ')));
      return person ? [run, q] : null;
    }
    if (isFirstName(w) && !placeOf(w) && !isKnownOrg(w) && !isRoleWord(tokens[q + 1].text)) return null;
    if (!role && !isTitleWord(w)) named = true;
  }
  return null;
}

/**
 * Where a body's name of two words or more ends right before a person's full name in one chunk ("Lib
 * Dems David Laws", "Virginia Democrats Tim Kaine", "Deutsche Bank Josef Ackermann"): [p, p - 1] with p
 * the index of the first name (the body's name ends before p, the title at p - 1: a role of no words,
 * in innerRole's terms); or null. The body's name holds no first
 * name, honorific or title and ends in a plural (no surname: "Jones"), a party's or a people's member word or an
 * organisation's head; a first name and a surname follow it.
 */
function innerAffiliation(tokens: Token[], a: number, b: number): [number, number] | null {
  for (let p = a + 2; p + 2 <= b; p++) {
    if (!isFirstName(tokens[p].text) || isTitleWord(tokens[p].text)) continue;
    const body = tokens.slice(a, p).map((t) => t.text);
    if (body.some((w) => !/^\p{Lu}[\p{L}.]*$/u.test(w) || isHonorific(w) || isTitleWord(w) || (isFirstName(w) && !placeOf(w) && !isKnownOrg(w)))) return null;
    const last = body[body.length - 1];
    const bodyEnd = (/[^s']s$/.test(last) && !isLastName(last)) || isGroupMemberWord(last) || isOrgHead(last) || isKnownOrg(body.join(' '));
    return bodyEnd && tokens.slice(p, b).every((t) => UPPER_FIRST.test(t.text)) ? [p, p - 1] : null;
  }
  return null;
}

function roleBefore(text: string, tokens: Token[], a: number, s0: number): string | null {
  let k = a - 1;
  if (k < s0 || !isRoleNoun(tokens[k].text) || isCapitalised(tokens[k].text)) return null;
  const end = tokens[k].end;
  let first = k;
  while (k - 1 >= s0 && a - k < 5) {
    const t = tokens[k - 1].text;
    if (!isWord(t) || isFunctionWord(t)) break;
    const tags = posTags(t);
    if (tags.some((x) => /Verb|Tense|Gerund|Infinitive|Adverb|Preposition|Determiner|Conjunction|Pronoun|Possessive/.test(x))) break;
    if (/(?:ing|ed)$/.test(t) && !tags.includes('Adjective')) break;
    k--;
    first = k;
  }
  return text.slice(tokens[first].start, end);
}

function roleAfter(text: string, tokens: Token[], b: number): string | null {
  // "Anne Weyman, chief executive of the Family Planning Association," / ", the Archbishop of X,"
  if (b >= tokens.length || tokens[b].text !== ',') return null;
  const sent = tokens[b].sentence;
  let k = b + 1;
  if (k < tokens.length && /^(the|a|an)$/i.test(tokens[k].text)) k++;
  const from = k;
  let sawRole = false;
  while (k < tokens.length && tokens[k].sentence === sent && k - from < 8) {
    const t = tokens[k].text;
    if (t === ',' || t === '.' || t === ';' || t === ')') break;
    if (!isWord(t) && t !== '-' && !/^['’]s$/.test(t)) return null;
    if (/^(who|which|that|said|says|is|was|has|had|and)$/i.test(t)) return null;
    if (k - from < 4 && (isRoleNoun(t) || isTitleWord(t))) sawRole = true;
    k++;
  }
  if (!sawRole || k === from || k >= tokens.length || !/^[,.;)]$/.test(tokens[k].text)) return null;
  return text.slice(tokens[from].start, tokens[k - 1].end);
}

/**
 * A definite role phrase set off by commas right before a name, the name closing the apposition ("The
 * prime minister, Tony Blair, said", "Britain's foreign secretary, Jack Straw, told", "..., said the
 * party's deputy leader, Harriet Harman."): the phrase (without its determiner) is the person's title.
 * The phrase is at most six words, opens with "the" or an owner's name with 's, holds no verb or
 * function word, and ends in a role or title word; the name is followed by a comma or the sentence's end.
 */
function roleFronted(text: string, tokens: Token[], a: number, b: number): string | null {
  if (a < 3 || tokens[a - 1].text !== ',') return null;
  const sent = tokens[a].sentence;
  if (b < tokens.length && tokens[b].sentence === sent && !/^[,.;]$/.test(tokens[b].text)) return null;
  const last = a - 2;
  const head = tokens[last];
  if (head.sentence !== sent || !isWord(head.text) || !(isRoleNoun(head.text) || isTitleWord(head.text))) return null;
  for (let k = last - 1; k >= 0 && last - k <= 6 && tokens[k].sentence === sent; k--) {
    const t = tokens[k].text;
    if (/^the$/i.test(t)) return k < last ? text.slice(tokens[k + 1].start, head.end) : null;
    // an owner: "Britain's", "the BBC's", "Labour's" (capitalised name words before the 's)
    if (/^['’]s$/.test(t)) {
      let o = k - 1;
      while (o >= 0 && tokens[o].sentence === sent && k - o <= 4 && isCapitalised(tokens[o].text)) o--;
      // ("the party's deputy leader, Harriet Harman": a common noun owner after "the")
      if (o === k - 1) return k >= 2 && LOWER_WORD.test(tokens[k - 1].text) && /^the$/i.test(tokens[k - 2].text) ? text.slice(tokens[k - 1].start, head.end) : null;
      if (o >= 0 && tokens[o].sentence === sent && /^the$/i.test(tokens[o].text)) o--;
      return text.slice(tokens[o + 1].start, head.end).replace(/^the\s+/i, '');
    }
    if (!isWord(t) && t !== '-') return null;
    if (isFunctionWord(t) && !/^(of|for)$/i.test(t)) return null;
    if (posTags(t).some((x) => /PastTense|Gerund|Adverb|Preposition|Conjunction|Pronoun|Determiner/.test(x)) && !isRoleNoun(t) && !isTitleWord(t) && !/^(of|for)$/i.test(t)) return null;
  }
  return null;
}

/**
 * The last word of a firm's or a body's name more than of a person's: a noun whose most frequent sense
 * is a group, a message or work, a skill, an activity or an asset ("Nation", "Software", "Technologies",
 * "Money"), or a plural of made things ("Pictures", "Records"); not a substance, an animal or a single
 * object, which surnames often are ("Musk", "Fox", "Bell").
 */
function firmNoun(word: string): boolean {
  const w = word.toLowerCase();
  const [c] = nounClasses(w, 1);
  if (c === 'group' || c === 'communication' || c === 'cognition' || c === 'act' || c === 'possession') return true;
  return c === 'artifact' && w.endsWith('s') && nounClasses(w.slice(0, -1), 1)[0] === 'artifact';
}

/**
 * The head noun of a phrase in apposition after a name, from the comma at `comma`: the phrase closes
 * with a comma or the sentence's end within twelve tokens and holds no verb or relative pronoun; its
 * head is the last lower-case word before a preposition ("chief executive of the X Association" →
 * "executive"), or after "one of" the noun it picks from ("one of the net's iconic companies" →
 * "companies"). Null when there is none.
 */
function appositionHead(tokens: Token[], comma: number): string | null {
  const sent = tokens[comma]?.sentence;
  let k = comma + 1;
  const words: string[] = [];
  for (; k < tokens.length && tokens[k].sentence === sent && k - comma <= 12; k++) {
    const w = tokens[k].text;
    if (/^[,;.)—–]$/.test(w)) break;
    if (/^(who|which|that|and|or|but|said|says|is|was|are|were|has|had|have|will|would)$/i.test(w) || /^["“”(:]$/.test(w)) return null;
    if (LOWER_FIRST.test(w) && looksVerb(w) && !/^(one)$/.test(w)) return null;
    words.push(w);
  }
  if (words.length === 0 || (k < tokens.length && tokens[k].sentence === sent && !/^[,;.)—–]$/.test(tokens[k].text))) return null;
  let from = 0;
  if (/^one$/i.test(words[0]) && /^of$/i.test(words[1] ?? '')) from = 2;
  let to = words.length;
  for (let j = from; j < words.length; j++) if (/^(of|at|in|for|with|from|on|based|to)$/.test(words[j])) {
    to = j;
    break;
  }
  for (let j = to - 1; j >= from; j--) if (LOWER_HYPHENED.test(words[j])) return words[j];
  return null;
}

/** "companies" → "company", "firms" → "firm" (plain English plurals only). */
function singularNoun(w: string): string {
  return /ies$/.test(w) ? w.slice(0, -3) + 'y' : /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}

/** The last word of an event's or a building's name ("War", "Summit", "Crisis", "Hotel", "Stadium"). */
function notABody(word: string): boolean {
  const w = word.toLowerCase();
  if (FACILITY_HEADS.has(w)) return true;
  const [c] = nounClasses(w, 1);
  return c === 'act' || c === 'event' || c === 'state';
}

/**
 * The last word of an event's name ("War", "Marathon", "Olympics", "Crisis"): every one of its first two
 * WordNet senses an act, an event or a state, and no organisation head ("Service" is one).
 */
function eventHead(word: string): boolean {
  const w = word.toLowerCase();
  if (isOrgHead(word) || !TITLE_WORD.test(word) || isFunctionWord(w)) return false;
  // a word the lexicon reads as other than a noun ("Out", "Up") ends a title, no event
  if (posTags(w).some((x) => /Preposition|Adverb|Adjective|Verb|Particle/.test(x))) return false;
  const cls = nounClasses(w, 2);
  return cls.length > 0 && cls.every((c) => c === 'act' || c === 'event' || c === 'state');
}

/** properNameClasses, remembered by name (a name comes back in sentence after sentence). */
const properClasses = rememberedByWord(properNameClasses, 50_000);

function classify(
  text: string,
  nameToks: Token[],
  n: number,
  b: number,
  titles: string[],
  hadTitle: boolean,
  tokens: Token[],
  chunkStart: number,
  chunkEnd: number,
  cands: Candidate[],
  initials: Set<string>,
): void {
  // trailing possessive apostrophe ("Hamas’") is not part of the name
  while (b > n && NOT_NAME_END.has(nameToks[b - 1].text)) b--;
  if (b <= n) return;
  // a function word or a pronoun's contraction alone ("There", "The", "We've") names nothing
  // (written as a word, not in capitals: "US" and "WHO" are names)
  if (b - n === 1 && /^\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?$/u.test(nameToks[n].text) && isFunctionWord(nameToks[n].text.replace(/['’](?:ve|ll|re|d|s|m)$/i, ''))) return;
  // a plural role ("MPs", "Ministers") names a group of people, not an entity
  // (unless the article names an organisation with those initials: "General Motors ... GM", see resolve())
  const initialsOnly = b - n === 1 && NOT_ORG_ACRONYMS.has(nameToks[n].text.replace(/\./g, '').toLowerCase()) && !placeOf(nameToks[n].text);
  if (initialsOnly && !(ACRONYM.test(nameToks[n].text) && initials.has(nameToks[n].text))) return;
  const start = nameToks[n].start;
  const end = nameToks[b - 1].end;
  const ev: Evidence = {};
  const c = mk(text, start, end, nameToks[n].sentence, titles, ev);
  if (initialsOnly) c.initialsOnly = true;
  const words = nameToks.slice(n, b).map((t) => t.text);
  const count = words.length;
  const first = words[0];
  // "Downing St", "Tarnby Rd", "Marlow Ave": a street word's short form after a name is that word
  // (first, "St Pancras", it is a saint's)
  const last = count > 1 ? STREET_SHORT.get(words[count - 1].replace(/\.$/, '')) ?? words[count - 1] : words[count - 1];
  const before = chunkStart > 0 && tokens[chunkStart - 1].sentence === c.sentence ? tokens[chunkStart - 1].text : '';
  const before2 = chunkStart > 1 && tokens[chunkStart - 2].sentence === c.sentence ? tokens[chunkStart - 2].text : '';
  const after = chunkEnd < tokens.length && tokens[chunkEnd].sentence === c.sentence ? tokens[chunkEnd].text : '';
  const after1 = chunkEnd + 1 < tokens.length && tokens[chunkEnd + 1].sentence === c.sentence ? tokens[chunkEnd + 1].text : '';
  const afterWord = /^['’]s$/.test(after) ? after1 : after;

  if (hadTitle) add(ev, 'PERSON', 3);
  // "Steelers defensive captain Cam Heyward", "special peace envoy Steve Witkoff": a lower-case noun for a
  // person's role right before the name (the only title then) says it is a person's, more weakly
  else if (titles.length > 0) add(ev, 'PERSON', 1.5);
  // a web domain names the firm or the site that runs it
  if (/\.(?:com|net|org|info|io|uk|tv|biz)$/.test(c.form)) add(ev, 'ORG', 3);
  // "Ernst & Young", "Marks & Spencer": partners in a firm's name, not one person
  if (count > 1 && words.includes('&')) add(ev, 'ORG', 3);
  const place = placeOf(c.form);
  if (place) {
    add(ev, place.kind === 'continent' ? 'LOC' : 'GPE', 3);
    c.placeName = place.name;
  }
  // "South African", "Latin American", "North Korean": compass or region words before a demonym are a
  // people too (of "South Africa" when the gazetteer knows it), not an organisation
  const regional = count > 1 && count <= 3 && words.slice(0, -1).every((w) => /^(North|South|East|West|Central|Latin|Northern|Southern|Eastern|Western)$/.test(w)) ? demonymOf(last) : undefined;
  if (regional && !place) {
    add(ev, 'NORP', 4);
    c.norpPlace = placeOf(c.form.replace(/n$/, ''))?.name ?? placeOf(c.form.replace(/an$/, ''))?.name ?? null;
  }
  const dm = count === 1 ? demonymOf(first) : undefined;
  if (dm && !place) {
    add(ev, 'NORP', 3);
    c.norpPlace = dm.place;
  } else if (count === 1 && !place && isGroupMemberWord(first)) {
    // religions, peoples and parties that are no country's demonym ("Catholic", "Arabs", "Democrats"):
    // a prior counted once per name in resolve(), so context can outweigh it for a club named after a
    // people ("Scottish club Rangers", "Celtic manager")
    c.groupWord = true;
  }
  // What WordNet knows the name as, by its proper-noun senses ("Las Vegas", "Hanoi", "Inner Mongolia"
  // are places; "Monroe" a person first, a town second): a place sense is evidence of a place, weak when
  // the name is also a person's (surnames that are towns: "Jackson", "Houston"); a river or a mountain
  // (noun.object first) a location; a body of people first ("Congress", "Nato") an organisation.
  // (streets and buildings that speak for an institution are read below: "Downing Street said")
  const unplaced = !place && !dm && !regional && !FACILITY_HEADS.has(last.toLowerCase());
  const wn = unplaced ? properClasses(c.form) : [];
  // A town of GeoNames the lexicon lacks ("Maidenhead", "Bilbao"): a place; weakly when the name is also
  // a person's first name or surname ("Murray", "Chelsea"), or when WordNet knows the name only as
  // something else ("Jupiter", a planet and a god)
  const town = unplaced ? townOf(c.form) : undefined;
  if (town) add(ev, 'GPE', wn.length > 0 && !wn.includes('location') ? 0.3 : isFirstName(first) || isLastName(last) || wn.includes('person') ? 0.5 : town.population >= 100_000 ? 1.5 : 1);
  // (a natural object first, a planet or a river, "Earth", "Jupiter", is a location whatever else it is;
  // not when the word as a common noun is first something else: "the Dragons", a team, are not Draco)
  const natural = wn[0] === 'object' && (nounClasses(c.lookup, 1)[0] ?? 'object') === 'object';
  if (wn.length > 0) {
    const person = wn.includes('person');
    if (natural) add(ev, 'LOC', 1);
    else if (wn.includes('location')) add(ev, 'GPE', person ? 0.5 : wn[0] === 'location' ? 2 : 1);
    else if (wn[0] === 'group') add(ev, 'ORG', 1);
  }
  if (isKnownOrg(c.form)) add(ev, 'ORG', 3);
  if (isKnownPerson(c.form)) add(ev, 'PERSON', 3);
  // "BBC Radio Sheffield", "Bank Negara Malaysia": an organisation word before a place is the institution there
  for (let k = 0; k < count - 1; k++) {
    if (isOrgHead(words[k]) && !isFirstName(words[k]) && placeOf(words.slice(k + 1).join(' '))) {
      add(ev, 'ORG', 3);
      break;
    }
  }
  // "AC Milan", "FC Porto", "PSV Eindhoven": a short capital-letter word before a place's name is a club's
  // (the place's own abbreviations, "US", "UK", are listed as no organisation's)
  if (count === 2 && SHORT_ACRONYM.test(first) && UPPER_THEN_LOWER.test(last) && !NOT_ORG_ACRONYMS.has(first.toLowerCase()) && !placeOf(first) && (placeOf(last) || townOf(last))) add(ev, 'ORG', 4);
  // "BBC Radio 4": the head is the word numbered
  const headWord = /^\d+$/.test(last) && count > 1 ? words[count - 2] : last;
  if (/^\d+$/.test(last) && count > 1) add(ev, 'ORG', 1);
  if (isOrgHead(headWord) && (count > 1 || before.toLowerCase() === 'the') && !(headWord !== last && count === 2)) add(ev, 'ORG', 3);
  // "at the Grand Hotel", "in Dorvik Center", "yards from the Cathedral": a building's name after a
  // preposition of place names where something is, not the body that runs it ("Tarnby Hospital said")
  // (not a head one of whose first two WordNet senses is a body of people: "at Waverley Local Court",
  // "at the White House", a hospital, a palace speak for the institution inside)
  if (count > 1 && FACILITY_HEADS.has(last.toLowerCase()) && !nounClasses(last.toLowerCase(), 2).includes('group') && (PLACE_CONTEXT_BEFORE.has(before) || (before === 'the' && PLACE_CONTEXT_BEFORE.has(before2)))) add(ev, 'LOC', 5);
  else if (count > 2 && words.some((w, k) => k > 0 && /^(of|for)$/.test(w) && isOrgHead(words[k - 1])) && !PEERAGE.test(first)) add(ev, 'ORG', 3); // "Royal Bank of Scotland"
  const bare = c.form.replace(/\./g, '');
  // an acronym pluralised with a lower-case s ("PCs", "DVDs", "ISPs") names a kind of thing or person:
  // no organisation's name is pluralised, so every mention of it is dropped (see resolve())
  if (ACRONYM_PLURAL.test(bare) && count === 1 && !place) c.thing = true;
  // "the Anti-Terrorism Bill", "the Human Rights Act": a law's name (the word before is no first name,
  // "Bill" is not the last of a person's names; "X of Y Act" has its "of" inside)
  if (count > 1 && /^(Bill|Act)$/.test(last) && !isFirstName(words[count - 2]) && !isHonorific(first) && !hadTitle) c.thing = true;
  else if (ACRONYM.test(bare) && (!NOT_ORG_ACRONYMS.has(bare.toLowerCase()) || c.initialsOnly) && !place) add(ev, 'ORG', 2);
  // a month's short form opening a name is a first name (handleChunk kept it only before a name)
  // ("J. David Cox": the first name after a first initial)
  const given = count > 3 && /^\p{Lu}$/u.test(first) && words[1] === '.' ? words[2] : first;
  if (count > 1 && (isFirstName(given) || MONTH_SHORT.has(first)) && !place) add(ev, 'PERSON', 2);
  if (count > 1 && isLastName(last) && !place) add(ev, 'PERSON', 1);
  else if (count === 1 && isLastName(last) && !place && !dm && !isCommonWord(last)) add(ev, 'PERSON', 0.8);
  // "Leeds United", "Washington Post", "London Stock Exchange": a place's name opening a longer name that
  // is no place itself names something based there (a street, a bridge or an airport aside)
  if (count > 1 && !place && !GEO_HEADS.has(last.toLowerCase()) && !FACILITY_HEADS.has(last.toLowerCase())) {
    for (let k = Math.min(count - 1, 4); k >= 1; k--) {
      if (!placeOf(words.slice(0, k).join(' '))) continue;
      if (words.slice(k).every((w) => UPPER_FIRST.test(w)) && !eventHead(last)) add(ev, 'ORG', 1.5);
      break;
    }
  }
  // "Bristol West", "Leeds North West", "Sheffield Central": a place and compass words after it name a
  // part of that place (a district, a constituency), no organisation based there
  if (count > 1 && !place && COMPASS.has(last.toLowerCase())) {
    let k = count - 1;
    while (k > 1 && COMPASS.has(words[k - 1].toLowerCase())) k--;
    const head = words.slice(0, k).join(' ');
    if (placeOf(head) || townOf(head) || properClasses(head)[0] === 'location') add(ev, 'GPE', 3);
  }
  if (count > 1 && COMPASS.has(first.toLowerCase()) && !place) {
    const rest = words.slice(1).join(' ');
    if (placeOf(rest) || words.slice(1).every((w) => COMPASS.has(w.toLowerCase()) || GEO_HEADS.has(w.toLowerCase()))) add(ev, 'LOC', 3);
  }
  // context
  const aw = afterWord.toLowerCase();
  if (/^['’]s?$/.test(after) && PERSON_POSS_AFTER.has(aw) && !place && !dm && !isOrgHead(last)) add(ev, 'PERSON', 1.5);
  if (ORG_CONTEXT_AFTER.has(aw) && !dm && !place) add(ev, 'ORG', 2);
  // "Merrill's most important customers", "Apple's chief executive", "Yukos's main production unit": what
  // only a body has (customers, shareholders, a board, a founder), owned past a few modifiers (the head
  // of the lower-case run after "'s"; ORG_CONTEXT_AFTER reads only the word right after)
  if (/^['’]s?$/.test(after) && !dm && !place && !hadTitle) {
    let k = chunkEnd + 1;
    let head = '';
    while (k < tokens.length && k - chunkEnd <= 4 && tokens[k].sentence === c.sentence && LOWER_HYPHENED_ANY.test(tokens[k].text) && (!isFunctionWord(tokens[k].text) || /^(most|more|main|biggest|largest)$/.test(tokens[k].text))) head = tokens[k++].text;
    if (head && ORG_POSS_AFTER.has(head)) c.orgSure = (c.orgSure ?? 0) + 1;
    if (head && head !== aw && ORG_POSS_AFTER.has(head)) add(ev, 'ORG', 1.5);
  }
  // "Apple founder Steve Jobs", "Cook said Apple employs 450": a founder, or employing, is a body's
  if (/^(founder|co-founder|employs)$/.test(after) && !dm && !place && !hadTitle) {
    add(ev, 'ORG', 2);
    c.orgSure = (c.orgSure ?? 0) + 1;
  }
  // "Liberal Democrats", "Young Conservatives": a name ending in the plural of a word for a member of a
  // party or creed is that party, no one person ("the Democrats" alone is its members, see groupWord)
  if (count > 1 && !hadTitle && /^\p{Lu}\p{Ll}+s$/u.test(last) && !isLastName(last) && isGroupMemberWord(last.slice(0, -1)) && !isFirstName(first)) add(ev, 'ORG', 2);
  // ("Boca Juniors", "Kaiser Chiefs": a name that ends in the plural of a common noun no surname list
  // knows, opening with no first name, is a body of people, not one person; weaker than the party rule
  // above. Not a surname that only looks plural: "Cesc Fabregas", "Rinus Michels")
  else if (count > 1 && !hadTitle && /^\p{Lu}\p{Ll}+[^s's]s$/u.test(last) && !isLastName(last) && !isFirstName(first) && !isFirstName(last.slice(0, -1)) && !place && nounClasses(last.slice(0, -1).toLowerCase(), 1).length > 0) add(ev, 'ORG', 1);
  if (ORG_CONTEXT_BEFORE.has(before.toLowerCase()) && before === before.toLowerCase() && !(count > 1 && isFirstName(first) && personNoun(before))) add(ev, 'ORG', 2);
  // "Roy Asher of Hibernian Investment Managers", "Nick Van den Brul of BNP Paribas", "analysts at NCB
  // Stockbrokers": a name after "of" or "at" right after a person's full name, or after a noun for people
  // by their work, is where they work (a place the gazetteer or GeoNames knows aside: "Mr Hill of Leeds")
  if ((before === 'of' || before === 'at') && !place && !dm && !town && !hadTitle && chunkStart >= 2) {
    const prev = cands[cands.length - 1];
    const personBefore = prev !== undefined && prev.sentence === c.sentence && prev.end === tokens[chunkStart - 2].end && prev.words.length > 1 && isFirstName(prev.words[0]) && !placeOf(prev.form);
    const job = before2.toLowerCase();
    const opens = chunkStart < 3 || tokens[chunkStart - 3].sentence !== c.sentence;
    const jobBefore = (before2 === job || opens) && (personNoun(job) || (/[^s]s$/.test(job) && personNoun(job.slice(0, -1))));
    if (personBefore || (jobBefore && before === 'at')) add(ev, 'ORG', 2);
  }
  // "rivals such as Yahoo", "firms including Quorvia", "companies like Zantrex": the noun a list is
  // drawn from says what its names are (the others take it from the list, see resolve())
  {
    const cue = before === 'as' && before2 === 'such' ? 3 : /^(including|like)$/.test(before) ? 2 : 0;
    let at = chunkStart - cue;
    if (cue > 0 && tokens[at]?.text === ',') at--;
    const noun = cue > 0 && at >= 0 && tokens[at].sentence === c.sentence ? tokens[at].text.toLowerCase() : '';
    if (noun && !place && !dm && (orgNoun(noun) || orgNoun(singularNoun(noun)))) {
      add(ev, 'ORG', 2);
      c.listOfOrgs = true;
    }
  }
  // the article says what the name is: an organisation noun right before it ("drugs group Eli Lilly"), or
  // set off by commas ("Ireland's state-owned airline, Aer Lingus, ..."); see resolve()
  // (set off by commas, only a name with no known first name: in "his counterpart on the committee, Alan
  // Beith," the noun before the comma is not what the name names)
  // (not a noun for a person as well before a first name: "comedian and broadcaster Cyril Fletcher")
  if (!place && !dm && ((orgNoun(before) && !(count > 1 && isFirstName(first) && personNoun(before))) || (before === ',' && orgNoun(before2) && (after === ',' || after === '') && !isFirstName(first)))) c.orgApposed = true;
  // (a title inside a phrase quoted whole is a coinage, no office: the firm's "Chief Yahoo")
  const quotedWhole = /^["“‘']$/.test(before) && /^["”’']/.test(text.slice(c.end, c.end + 1)) && !isHonorific(tokens[chunkStart]?.text ?? '');
  if ((hadTitle && !quotedWhole) || isKnownPerson(c.form) || (/^(Mr|Mrs|Ms|Dr)$/.test(before2) && before === '.')) c.personSure = true;
  if (after === ',' && /^(the|a)$/.test(after1)) {
    const k = chunkEnd + 2;
    for (let q = k; q < Math.min(tokens.length, k + 3); q++) {
      if (ORG_CONTEXT_BEFORE.has(tokens[q].text)) add(ev, 'ORG', 2);
      if (tokens[q].text === ',') break;
    }
  }
  // "Wipro, India's third-biggest software firm, has", "Yahoo, one of the net's best-known companies,":
  // the head of a noun phrase in apposition after the name says what it names; see resolve()
  if (after === ',' && !place && !dm && !hadTitle) {
    const head = appositionHead(tokens, chunkEnd);
    if (head && (orgNoun(head) || orgNoun(singularNoun(head)))) {
      c.orgApposed = true;
      add(ev, 'ORG', 2);
    }
  }
  // "Amnesty International", "Clemency Watch": English words only, none a first name, a surname or a
  // place's name, name a body, not a person
  const ordinaryWords = count > 1 && !hadTitle && words.every((w) => TITLE_WORD.test(w) && !isFirstName(w) && !isLastName(w) && !placeOf(w) && !isTitleWord(w) && (isCommonWord(w) || nounClasses(w.toLowerCase(), 1).length > 0));
  if (SPEECH_AFTER.has(aw) || (after === ',' && SPEECH_AFTER.has(after1))) {
    const statement = chunkEnd + 4 < tokens.length && /^in$/.test(tokens[chunkEnd + 1].text) && /^(a|its)$/.test(tokens[chunkEnd + 2].text) && tokens[chunkEnd + 3].text === 'statement';
    // (that speaks, when its last word's first senses are a body of people: "Amnesty International said")
    if (statement && !place && !dm) c.orgSure = (c.orgSure ?? 0) + 1;
    if (statement || (ordinaryWords && nounClasses(last.toLowerCase(), 2).includes('group'))) add(ev, 'ORG', 1.5);
    else if (count > 1) add(ev, 'PERSON', 1.5);
    else add(ev, 'PERSON', 0.6);
  }
  // (not a word for members of a people, a creed or a party: "the Tories", "the Catholics" are its members)
  if (before.toLowerCase() === 'the' && !isFirstName(first) && !dm && !c.groupWord && !natural && !(count > 1 && eventHead(last))) add(ev, 'ORG', 1);
  // whom a name employs: "Zantrex analyst Carl Brodin", "Quorvia striker Anna Pellet" (a role noun
  // between the name and a person's first name), "a strategist at Zantrex" (a role noun before at/with):
  // the name is the organisation the person works for (no place, no people, no party: "Texas governor
  // Rick Perry", "Republican senator John Doe" are read by the gazetteer)
  if (!place && !town && !dm && !regional && !c.groupWord && !hadTitle && !isFirstName(first)) {
    let k = chunkEnd;
    while (k < tokens.length && k - chunkEnd < 3 && tokens[k].sentence === c.sentence && LOWER_HYPHENED.test(tokens[k].text) && !isFunctionWord(tokens[k].text) && !looksVerb(tokens[k].text)) k++;
    const nx = k < tokens.length && tokens[k].sentence === c.sentence ? tokens[k].text : '';
    const nx2 = k + 1 < tokens.length && tokens[k + 1].sentence === c.sentence ? tokens[k + 1] : undefined;
    // the person: a known first name, or two capitalised words ("Carsten Fritsch")
    const personNext = !isTitleWord(nx) && (isFirstName(nx) || (TITLE_WORD.test(nx) && nx2 !== undefined && TITLE_WORD.test(nx2.text) && !isCommonWord(nx)));
    const employer = (k > chunkEnd && personNoun(tokens[k - 1].text) && personNext) || (/^(at|with)$/.test(before) && personNoun(before2));
    if (employer) add(ev, 'ORG', 2);
  }
  // number agreement: one person takes "has", "is", "was"; a name taking "have", "are", "were" as its
  // own verb is a team, a firm or a band ("Chelsea have sacked", "Boeing are"), unless another name is
  // joined to it ("Blair and Brown have") or it names a people or a place's people
  // (only a name that is its clause's subject: not "the region of Darfur are", "Vivendi and its chief
  // executive Jean-Marie Messier were"; nor an ordinary word capitalised as the sentence's first, "We",
  // "Shareholders")
  const sentenceFirst = before === '' || /^["“‘'(]$/.test(before);
  const opensClause = sentenceFirst || before.toLowerCase() === 'the' || (CLAUSE_START.has(before.toLowerCase()) && !/^(and|or)$/i.test(before));
  if (/^(have|are|were)$/.test(after) && opensClause && !place && !dm && !regional && !c.groupWord && !(sentenceFirst && ordinaryFirstWord(count, first))) add(ev, 'ORG', 2);
  // a capitalised common noun mid-sentence names an institution ("Labour", "Parliament", "Treasury")
  // (or a noun one of whose first two WordNet senses is a body of people, which the lexicon may not tag:
  // "so Parliament could", "the Senate", "Treasury"; not at a sentence's start, where any word has a capital)
  if (count === 1 && !place && !dm && (posTags(first).some((x) => x === 'Singular' || x === 'Uncountable' || x === 'Noun') || (!sentenceFirst && !c.groupWord && TITLE_WORD.test(first) && nounClasses(first.toLowerCase(), 2).includes('group')))) add(ev, 'ORG', 1);
  // "shares in Barclays", "a stake in Yukos": what is owned in part is a company
  if (before === 'in' && /^(shares|stake|stakes|holding|holdings|investors)$/i.test(before2) && !place && !dm) add(ev, 'ORG', 2);
  else if (PLACE_CONTEXT_BEFORE.has(before.toLowerCase()) && count === 1 && !isFirstName(first)) add(ev, natural ? 'LOC' : 'GPE', 0.8);
  if (/^(Mr|Mrs|Ms|Dr)$/.test(before2) && before === '.') add(ev, 'PERSON', 3);
  if (ageAfter(tokens, chunkEnd) && !dm) add(ev, 'PERSON', 2);
  if (count > 1 && Object.keys(ev).length === 0) {
    // (a lower-case particle inside a name is a person's, not an English word: "Ruud van Nistelrooy")
    const common = words.filter((w) => isCommonWord(w) && !isFirstName(w) && !isLastName(w) && !(PARTICLES.has(w) && w === w.toLowerCase())).length;
    // "Lisbon Marathon", "Burma War": an event's name, no one's and no body's ("BBC Wales Sport" is a body's)
    const event = eventHead(last) && !isFirstName(first) && !words.some((w) => ALL_CAPS.test(w) || isKnownOrg(w));
    if (!event) {
      // a name ending in a noun of English that is no surname names a thing people made or run
      // ("Paramount Pictures", "Sybari Software", "Rockstar Games"), not a person
      if (common === 0 && !isFirstName(first) && !properClasses(first).includes('person') && !isLastName(last) && !properClasses(last).includes('person') && firmNoun(last)) add(ev, 'ORG', 0.5);
      else if (common === 0) add(ev, 'PERSON', 0.5);
      // "Ray Charles", "Dylan Thomas": two words ending in a first name, the first no office, place or
      // body's word, are a first name the lexicon lacks and a surname that is a first name too
      else if (count === 2 && isFirstName(last) && !isCommonWord(last) && TITLE_WORD.test(first) && !isTitleWord(first) && !isOrgHead(first) && !COMPASS.has(first.toLowerCase()) && !GEO_HEADS.has(first.toLowerCase()) && !FACILITY_HEADS.has(first.toLowerCase())) add(ev, 'PERSON', 0.5);
      else if (count > 2) add(ev, 'ORG', 0.5);
      else if (ordinaryWords) add(ev, 'ORG', 0.5);
    }
  }
  // a numbered name or a street that speaks is the institution there ("Number 10 said", "Downing Street said")
  if (words.some((w) => /^\d+$/.test(w)) || (count > 1 && /^(street|road|avenue|square|palace|stadium|arena|airport|station|cathedral|abbey|castle|hospital|prison)$/i.test(last) && !isFirstName(first))) {
    c.noPerson = true;
    if (SPEECH_AFTER.has(aw) || (after === ',' && SPEECH_AFTER.has(after1))) add(ev, 'ORG', 1.5);
    else if (!/^\d+$/.test(last)) add(ev, 'LOC', 0.4); // a street is a place unless it acts
  }
  // a work or a competition: its head word, the kind of work before it, or an actor's part in it
  // (not a person titled or known: "Dr Quill", and not a name in the gazetteer)
  if (!hadTitle && !place && !dm && !isKnownOrg(c.form) && !isKnownPerson(c.form) && ((count > 1 && COMPETITION_HEADS.has(last)) || (WORK_BEFORE.has(before) && before === before.toLowerCase()) || (before === 'in' && ROLE_IN.test(before2)))) c.work = true;
  // a team: its people after it ("Tarnby striker", "Tarnby's manager"), a score after it ("Dorvik 2-1",
  // "Dorvik 2 Tarnby 1"), or what teams do to each other on either side of it
  const scoreAfter = /^\d{1,2}$/.test(after) && (/^[-–]$/.test(after1) || (after1 !== '' && isNameToken(tokens[chunkEnd + 1])));
  if (TEAM_AFTER.has(aw) || scoreAfter || TEAM_VERB_SUBJ.test(after) || (/^(drew|draw|draws|drawn)$/.test(after) && after1 === 'with') || (/^(lost|lose|loses|losing)$/.test(after) && after1 === 'to') || TEAM_VERB_OBJ.test(before) || (before === 'with' && /^(drew|draw|drawn|draws)$/.test(before2)) || (before === 'to' && /^(lost|lose|loses|losing|defeat)$/.test(before2))) c.team = true;
  // (weak: "Friday's game with Ulster", "Scotland players", only where some name is a team for sure)
  // ("Ireland and Scotland players": the word after a name joined by "and" is the first name's too)
  let coordAfter = '';
  if (after === 'and' && isNameToken(tokens[chunkEnd + 1] ?? tokens[chunkEnd]) && tokens[chunkEnd + 1].sentence === c.sentence) {
    let k = chunkEnd + 1;
    k = nameRunEnd(tokens, k, c.sentence);
    if (k < tokens.length && tokens[k].sentence === c.sentence) coordAfter = tokens[k].text;
  }
  if (coordAfter && TEAM_AFTER.has(coordAfter)) c.team = true;
  else if (TEAM_VERB_WEAK.test(before) || (before === 'with' && /^(game|games|match|matches|clash|fixture|tie|derby)$/.test(before2)) || aw === 'players' || coordAfter === 'players') c.against = true;
  // a team plays, brings on, starts or drops its players: "they can play Kaka forward", "bring Serginho in"
  if (/^(play|plays|played|playing|bring|brings|brought|start|starts|started|field|fields|fielded|drop|drops|dropped|sign|signs|signed|recall|recalled)$/.test(before) && count === 1 && !place && !town && !dm) c.player = true;
  const post = roleAfter(text, tokens, chunkEnd);
  if (post && (ev.PERSON ?? 0) > 0) titles.push(post);
  // ("The prime minister, Tony Blair, said", "Britain's foreign secretary, Jack Straw,": the role set off
  // before the name is the person's title as much as one set off after it)
  const fronted = (ev.PERSON ?? 0) > 0 ? roleFronted(text, tokens, chunkStart, chunkEnd) : null;
  if (fronted) titles.push(fronted);
  cands.push(c);
}

// ---- document level ----

interface Group {
  type: EntityType;
  name: string;
  words: string[];
  aliases: Set<string>;
  titles: Set<string>;
  cands: Candidate[];
  place?: string | null;
  first: number;
  /** Sorted starts of the full-name mentions, fixed once short names start joining. */
  anchors?: number[];
}

/** A one-word name that is an ordinary word capitalised as its sentence's first ("We", "Shareholders"). */
function ordinaryFirstWord(count: number, first: string): boolean {
  return count === 1 && (isCommonWord(first) || isFunctionWord(first) || /['’]/.test(first) || (/s$/.test(first) && nounClasses(first.toLowerCase(), 1).length > 0));
}

/** Group `o` is a club whose name is candidate `c`'s after a short capital-letter word ("AC Milan" for "Milan"). */
function isClubOf(o: Group, c: Candidate): boolean {
  return o.type === 'ORG' && o.words.length === c.words.length + 1 && SHORT_ACRONYM.test(o.words[0]) && c.words.every((w, k) => o.words[k + 1].toLowerCase() === w.toLowerCase());
}

/** A lower-case noun for someone in a job or a role ("analyst", "founder", "striker"): a role noun, or a noun whose most frequent WordNet sense is a person. */
function personNoun(word: string): boolean {
  if (!LOWER_HYPHENED.test(word) || /s$/.test(word) && !/ss$/.test(word)) return false;
  // (an agent noun with a person among its first two senses: "founder", whose first is to founder)
  return isRoleNoun(word) || nounClasses(word, 1)[0] === 'person' || (/(?:er|or|ist)$/.test(word) && nounClasses(word, 2).includes('person'));
}

/**
 * A lower-case noun that names an organisation: one the context lists know, or one org-kind.ts gives a
 * kind whose most frequent WordNet sense is no person ("airline", "team"; not "executive", "developer",
 * which name a person before a name as often as a firm).
 */
function orgNoun(word: string): boolean {
  if (!LOWER_HYPHENED.test(word)) return false;
  if (ORG_CONTEXT_BEFORE.has(word)) return true;
  return kindOfNoun(word) !== null && !nounClasses(word, 1).includes('person');
}

function best(ev: Evidence): [EntityType | null, number] {
  let bt: EntityType | null = null;
  let bw = 0;
  for (const [t, w] of Object.entries(ev) as [EntityType, number][]) {
    if (w > bw) {
      bt = t;
      bw = w;
    }
  }
  return [bt, bw];
}

function resolve(text: string, _tokens: Token[], cands: Candidate[]): { entities: DocEntity[]; mentions: Mention[] } {
  // 1. sum evidence per surface name (places by their canonical name)
  // a work's or a competition's name, and no person's for sure, is no entity in any of its mentions
  const sure = new Set(cands.filter((c) => c.personSure).map((c) => c.lookup));
  const things = new Set(cands.filter((c) => c.thing || (c.work && !sure.has(c.lookup))).map((c) => c.lookup));
  cands = cands.filter((c) => !things.has(c.lookup));
  const byName = new Map<string, Evidence>();
  // a name used as a team anywhere in the article is the team in its other mentions too, but after a
  // preposition of place ("fans in Dorvik"); where some name is a team for sure, a name played against,
  // faced or hosted is one too
  const teamNames = new Set(cands.filter((c) => c.team && !c.titleCase && !c.norpPlace).map((c) => c.lookup));
  if (teamNames.size > 0) for (const c of cands) if (c.against && !c.titleCase && !c.norpPlace) teamNames.add(c.lookup);
  const teamUse = new Set(cands.filter((c) => teamNames.has(c.lookup) && !c.titleCase && !/\b(?:in|at|from|near|across|into|throughout|inside|outside)\s+$/i.test(text.slice(Math.max(0, c.start - 14), c.start))));
  const nameKey = (c: Candidate) => (teamUse.has(c) ? 'team:' + c.lookup : c.placeName ? 'place:' + lookupForm(c.placeName) : c.lookup);
  for (const c of cands) {
    const k = nameKey(c);
    const ev = byName.get(k) ?? {};
    for (const [t, w] of Object.entries(c.evidence) as [EntityType, number][]) if ((!c.titleCase || w >= 3) && !(c.noPerson && t === 'PERSON')) add(ev, t, w);
    byName.set(k, ev);
  }
  for (const k of new Set(cands.filter((c) => c.groupWord).map(nameKey))) add(byName.get(k)!, 'NORP', 1.5);
  // "Merrill Lynch": a name shaped like a person's (a first name, a surname) that the article uses twice
  // or more as only a body is used (its customers, its founder, "said in a statement"), in full or by its
  // first word, is that body, whatever its shape says at each mention; not with a title or the lexicon's
  // word for a person anywhere (a person has no customers, but "Mr X's staff" happens)
  // (the full names so retyped: their first word alone may join them below, "Merrill" → "Merrill Lynch")
  const usedAsBody = new Set<string>();
  {
    const sure = new Map<string, number>();
    const personal = new Set<string>();
    for (const c of cands) {
      if (c.orgSure) sure.set(c.lookup, (sure.get(c.lookup) ?? 0) + c.orgSure);
      if (c.personSure) personal.add(c.lookup);
    }
    const pooled = new Set<string>();
    for (const c of cands) {
      if (c.words.length < 2 || c.titleCase || c.placeName !== undefined || personal.has(c.lookup)) continue;
      const short = lookupForm(c.words[0]);
      // ("Inter are reported to ...", after "Inter Milan's star": the first word's evidence of a body is
      // the full name's too, once per name, where the full name has a person's shape)
      // (only where the full name would be a person: "Barclays Capital", a body already, is another one)
      const sev = short !== c.lookup ? byName.get(short) : undefined;
      if (sev?.ORG && (byName.get(nameKey(c))!.PERSON ?? 0) > 0 && !personal.has(short) && !sev.GPE && !sev.LOC && !pooled.has(nameKey(c))) {
        pooled.add(nameKey(c));
        add(byName.get(nameKey(c))!, 'ORG', sev.ORG);
      }
      if (personal.has(short) || (sure.get(c.lookup) ?? 0) + (short !== c.lookup ? sure.get(short) ?? 0 : 0) < 2) continue;
      for (const k of [nameKey(c), short]) {
        const ev = byName.get(k);
        if (!ev || ev.GPE || ev.LOC) continue;
        ev.ORG = Math.max(ev.ORG ?? 0, ev.PERSON ?? 0) + 1;
      }
      usedAsBody.add(c.lookup);
    }
  }
  // (a person beats a person too, "Ivo Dorman beat Karl Reis": a name with evidence of a person that is
  // no place's is left to it)
  const placey = new Set([...teamUse].filter((c) => c.placeName !== undefined || townOf(c.form) !== undefined).map(nameKey));
  if (teamNames.size > 0) for (const c of cands) if (c.player && !c.titleCase && !teamNames.has(c.lookup) && Object.keys(byName.get(nameKey(c))!).length === 0) add(byName.get(nameKey(c))!, 'PERSON', 0.5);
  for (const k of new Set([...teamUse].map(nameKey))) {
    const ev = byName.get(k)!;
    if ((ev.PERSON ?? 0) >= 3 || ((ev.PERSON ?? 0) > 0 && !placey.has(k))) continue;
    ev.ORG = Math.max(ev.ORG ?? 0, ev.GPE ?? 0, ev.LOC ?? 0, ev.PERSON ?? 0) + 1;
  }
  // a name the article calls an organisation in apposition is one, whatever its first word or bare
  // repetitions suggest, unless a title or the lexicon makes it a person somewhere
  // (a title on the surname alone counts: "Mr Quell" keeps "Jon Quell" a person)
  const surname = (c: Candidate) => c.words[c.words.length - 1].toLowerCase();
  const personSure = new Set(cands.filter((c) => c.personSure).map(surname));
  const apposed = new Map(cands.filter((c) => c.orgApposed).map((c) => [nameKey(c), c] as const));
  for (const [k, c] of apposed) {
    const ev = byName.get(k)!;
    if (personSure.has(surname(c)) || !ev.PERSON) continue;
    add(ev, 'ORG', ev.PERSON);
    delete ev.PERSON;
  }
  // "on Facebook, Twitter and Quorbly", "Inter, AC Milan and Juventus": a name with no evidence of its
  // own, listed with at least two names of one type and none of another, is of that type (weakly)
  const listed = cands.filter((c) => !c.titleCase).sort((x, y) => x.start - y.start);
  let chain: Candidate[] = [];
  // (in a longer list, "Bristol West, Manchester Gorton, Holborn and St Pancras, Taunton, Orpington", the
  // type of two thirds of the names typed for sure is also that of the names typed only weakly, below 2,
  // and not said to be people for sure)
  const flushChain = () => {
    const evs = chain.map((m) => byName.get(nameKey(m))!);
    const bests = evs.map(best);
    const typed = bests.filter(([, w]) => w >= 1).map(([t]) => t);
    const empty = chain.filter((_, k) => Object.keys(evs[k]).length === 0);
    // (two names joined by "and"/"or", "Yahoo and Microsoft": one organisation for sure is enough for
    // the other)
    // (organisations only: "at Old Trafford and Ancelotti said" joins two clauses, not two people)
    const pair = chain.length === 2 && bests.some(([t, w]) => w >= 2 && t === 'ORG');
    // a list drawn from organisations: every name in it is one, unless a title, the lexicon or the
    // gazetteer's countries say otherwise ("Hyundai, Toyota, Suzuki and Ford": not a town and a surname)
    if (chain[0]?.listOfOrgs) chain.forEach((m, k) => {
      if (k > 0 && !m.personSure && !m.placeName && !m.norpPlace && !isKnownPerson(m.form)) add(evs[k], 'ORG', 2);
    });
    if ((typed.length >= 2 || pair) && empty.length > 0 && typed.every((t) => t === typed[0])) for (const m of empty) add(byName.get(nameKey(m))!, typed[0]!, 0.5);
    const sureTyped = bests.filter(([, w]) => w >= 2).map(([t]) => t);
    if (sureTyped.length >= 4) {
      const top = [...new Set(sureTyped)].map((t) => [t, sureTyped.filter((x) => x === t).length] as const).sort((x, y) => y[1] - x[1])[0];
      if (top[1] * 3 >= sureTyped.length * 2) {
        chain.forEach((m, k) => {
          const [t, w] = bests[k];
          if (w >= 2 || t === top[0] || m.personSure) return;
          const ev = evs[k];
          ev[top[0]!] = Math.max(ev[top[0]!] ?? 0, w) + 0.5;
        });
      }
    }
    chain = [];
  };
  for (const c of listed) {
    const last = chain[chain.length - 1];
    if (last && (last.sentence !== c.sentence || !/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(text.slice(last.end, c.start)))) flushChain();
    chain.push(c);
  }
  flushChain();
  // repeated unknown names mid-sentence are more likely organisations than nothing
  const seen = new Map<string, number>();
  for (const c of cands) if (!c.titleCase) seen.set(c.lookup, (seen.get(c.lookup) ?? 0) + 1);

  // a name used as a place: after a preposition of place, or owning something
  const asPlace = (c: Candidate): boolean =>
    /^['’]s?\b/.test(text.slice(c.end, c.end + 3)) || /\b(?:in|at|from|near|across|to|into|of|throughout|inside|outside|over|visit\w*|the)\s+$/i.test(text.slice(Math.max(0, c.start - 14), c.start));

  // 2. people with several words first, so single words can join them
  const groups: Group[] = [];
  const personByWord = new Map<string, Group[]>();
  const ordered = [...cands].sort((x, y) => nameWords(y.words).length - nameWords(x.words).length || x.start - y.start);
  const groupOf = new Map<Candidate, Group>();
  const byKey = new Map<string, Group>();
  for (const c of ordered) {
    const ev = byName.get(nameKey(c))!;
    let [type, w] = best(ev);
    // a short name that is part of a person's full name joins that person
    // A place's name that closes a club's name after a short capital-letter word is that club, in any use
    // but after a preposition of place: "Milan beat Juventus", "Milan's front line" after "AC Milan".
    const inPlace = /\b(?:in|at|from|near|across|into|throughout|inside|outside)\s+$/i.test(text.slice(Math.max(0, c.start - 14), c.start));
    const clubs = c.placeName !== undefined && !c.titleCase && !inPlace ? groups.filter((o) => isClubOf(o, c)) : [];
    if (clubs.length === 1) {
      clubs[0].cands.push(c);
      groupOf.set(c, clubs[0]);
      continue;
    }
    // "Texas, which makes chips, said it": a place's name that opens the name of the article's one
    // organisation so named, used other than as a place (no "in"/"from" before it), is that organisation
    // (nor as a modifier: "the US company", "the New York team"; a possessive is the place's own,
    // "Vietnam's coast guard"; and an event or a building named after the place, "the Vietnam War",
    // "the Hanoi Central Hotel", is no body that acts)
    const nextWord = NEXT_LOWER_WORD.exec(text.slice(c.end, c.end + 30))?.[1];
    if (c.placeName !== undefined && (!nextWord || looksVerb(nextWord)) && !asPlace(c)) {
      const owners = groups.filter((o) => o.type === 'ORG' && o.words.length > c.words.length && c.words.every((w, k) => o.words[k].toLowerCase() === w.toLowerCase()) && !notABody(o.words[o.words.length - 1]));
      if (owners.length === 1) {
        owners[0].cands.push(c); // not an alias: elsewhere the word is the place
        groupOf.set(c, owners[0]);
        continue;
      }
    }
    // "Lord Coe" may join Sebastian Coe: a peer's title is no part of the words compared
    const core = nameWords(c.words);
    const parts = personByWord.get(core[core.length - 1].toLowerCase()) ?? personByWord.get(core[0].toLowerCase());
    // only the gazetteer may keep a word apart from a person's name; context ("the Netanyahu government") may not
    const strongOther = c.placeName !== undefined || c.norpPlace !== undefined || isKnownOrg(c.form);
    if (parts && !strongOther && core.length < 3) {
      // "Mr Blair" never joins Cherie Blair: an honorific's gender must fit the first name
      const sex = honorificGender(text, c.start);
      const g = nearest(parts.filter((p) => containsWords(p.words, core) && (sex === null || p.words.length < 2 || genderOfFirstName(p.words[0]) !== (sex === 'm' ? 'f' : 'm'))), c.start);
      if (g) {
        attach(g, c, text);
        groupOf.set(c, g);
        continue;
      }
    }
    // "Menatep" after "Group Menatep", "Cisco" after "Cisco Systems": a single word that is the one
    // distinctive word of the one organisation so named (its other words are words a firm's name ends
    // or opens with: "Group", "Systems", "Capital", or a plural firmNoun takes, "Resources", after a word that is no town; not a product's, "Quorra TV") is that organisation, whatever its context suggests (not a place or a person the
    // gazetteer or a title knows)
    if (c.words.length === 1 && !strongOther && !c.personSure && !c.titleCase) {
      const w0 = c.words[0].toLowerCase();
      const owners = groups.filter((o) => o.type === 'ORG' && o.words.length >= 2 && o.words.some((x) => x.toLowerCase() === w0) && o.words.every((x) => x.toLowerCase() === w0 || FIRM_ENDS.test(x) || (/^\p{Lu}\p{Ll}+s$/u.test(x) && firmNoun(x) && !townOf(c.form))));
      // ("Merrill" after "Merrill Lynch": the first word alone of a name retyped a body above, itself used
      // as one, or opening a name of two words whose second is a body's head or a place, "Tory Party", "Inter
      // Milan"; not every name a word opens, "BT Retail" and "Barclays Capital" are parts of BT and Barclays)
      if (owners.length === 0 && type === 'ORG' && !isCommonWord(c.words[0])) owners.push(...groups.filter((o) => o.type === 'ORG' && o.words.length >= 2 && o.words[0].toLowerCase() === w0 && (o.cands.some((x) => usedAsBody.has(x.lookup)) || (o.words.length === 2 && (isOrgHead(o.words[1]) || placeOf(o.words[1]) !== undefined)))));
      if (owners.length === 1) {
        attach(owners[0], c, text);
        groupOf.set(c, owners[0]);
        continue;
      }
    }
    // a surname alone spelt one letter off the surname of the one person named in full with one like it
    // ("Mr Mukerjee" after "Pranab Mukherjee", "Kudja" after "Jarek Kujda"): the same person, misspelt
    // (not a surname of its own, "Browne" beside "Kelly Brown", nor a family's plural, "the Beckhams")
    if (c.words.length === 1 && !strongOther && !c.titleCase && c.words[0].length >= 5 && !byKey.has('PERSON:' + lookupForm(c.form)) && !isLastName(c.words[0])) {
      const w0 = c.words[0].toLowerCase();
      const near = groups.filter((o) => o.type === 'PERSON' && o.words.length >= 2 && oneEditApart(o.words[o.words.length - 1].toLowerCase(), w0) && w0 !== o.words[o.words.length - 1].toLowerCase() + 's');
      if (near.length === 1) {
        attach(near[0], c, text);
        groupOf.set(c, near[0]);
        continue;
      }
    }
    if (type === null && (seen.get(c.lookup) ?? 0) >= 2 && c.words.length === 1 && !isFirstName(c.words[0]) && !c.titleCase && !posTags(c.words[0]).includes('Adjective')) {
      type = 'ORG';
      w = 0.3;
    }
    if (type === null || w < 0.3) continue;
    const name = type === 'GPE' || type === 'LOC' ? c.placeName ?? c.form : type === 'NORP' ? singularNorp(c.form) : c.form;
    const key = type + ':' + lookupForm(name);
    let g = byKey.get(key);
    if (!g) {
      g = { type, name, words: name.split(/\s+/), aliases: new Set(), titles: new Set(), cands: [], first: c.start, place: type === 'NORP' ? c.norpPlace ?? null : undefined };
      byKey.set(key, g);
      groups.push(g);
      if (type === 'PERSON') {
        for (const wd of g.words) {
          const k = wd.toLowerCase();
          const arr = personByWord.get(k) ?? [];
          arr.push(g);
          personByWord.set(k, arr);
        }
      }
    }
    attach(g, c, text);
    groupOf.set(c, g);
  }

  const orgs = groups.filter((g) => g.type === 'ORG');
  // 2c. a country's ISO code that news does not write for the country ("MDA" is Moldova's) and that spells
  //    an organisation the article names ("the Mobile Data Association (MDA)") is that organisation's: the
  //    article's own spelling-out outranks the gazetteer (not when the organisation is named after the
  //    country: "United States Army")
  for (const g of [...groups]) {
    if (g.type !== 'GPE') continue;
    const coded = g.cands.filter((c) => isCountryCodeOnly(text.slice(c.start, c.end)));
    if (coded.length === 0) continue;
    const acr = text.slice(coded[0].start, coded[0].end);
    const country = g.name.toLowerCase();
    const full = orgs.find((o) => o.words.length >= 2 && initials(o.words) === acr && !o.words.join(' ').toLowerCase().includes(country));
    if (!full) continue;
    for (const c of coded) attach(full, c, text);
    for (const c of coded) groupOf.set(c, full);
    g.cands = g.cands.filter((c) => !coded.includes(c));
    if (g.cands.length === 0) groups.splice(groups.indexOf(g), 1);
  }
  // 3. an organisation's acronym joins the organisation ("ICC" → "International Criminal Court"; "BoE",
  //    "DfES": the small letters are the initials of "of" and "for", as British usage writes them)
  for (const g of [...orgs]) {
    const acr = g.name.replace(/\./g, '');
    const plain = ACRONYM.test(acr);
    if (!plain && !MIXED_ACRONYM.test(acr)) continue;
    const full = orgs.find((o) => o !== g && initials(o.words, !plain) === acr);
    if (full) {
      for (const c of g.cands) attach(full, c, text);
      for (const c of g.cands) groupOf.set(c, full);
      groups.splice(groups.indexOf(g), 1);
    }
  }
  // 3b. an acronym in brackets right after an organisation's name is that organisation's, whatever its
  //     initials spell ("Hindustan Aeronautics (HAL)": Limited is left out of the name), when its first
  //     letter is the name's
  for (const g of [...groups]) {
    if (g.type !== 'ORG' || !groups.includes(g) || !ACRONYM.test(g.name.replace(/\./g, ''))) continue;
    let full: Group | undefined;
    for (const c of g.cands) {
      const open = /\s*\($/.exec(text.slice(Math.max(0, c.start - 3), c.start));
      if (!open || text[c.end] !== ')') continue;
      const at = c.start - open[0].length;
      const named = cands.find((x) => x.end === at && x !== c);
      const o = named ? groupOf.get(named) : undefined;
      if (o && o !== g && o.type === 'ORG' && o.words.length >= 2 && o.words[0][0] === g.name[0]) full = o;
    }
    if (!full) continue;
    for (const c of g.cands) attach(full, c, text);
    for (const c of g.cands) groupOf.set(c, full);
    groups.splice(groups.indexOf(g), 1);
  }
  // 4. a body's name less the word coordinated into its remit is that body ("the Foreign Office" after
  // "the Foreign and Commonwealth Office"), when one body alone has it so
  for (const g of [...groups]) {
    if (g.type !== 'ORG' || g.words.length < 2) continue;
    const key = g.words.join(' ').toLowerCase();
    const longer = groups.filter((o) => o !== g && o.type === 'ORG' && o.words.some((w, k) => w === 'and' && k > 0 && k + 2 < o.words.length && [...o.words.slice(0, k), ...o.words.slice(k + 2)].join(' ').toLowerCase() === key));
    if (longer.length !== 1) continue;
    for (const c of g.cands) attach(longer[0], c, text);
    for (const c of g.cands) groupOf.set(c, longer[0]);
    groups.splice(groups.indexOf(g), 1);
  }
  // letters usually no organisation's that joined no organisation of those initials name nothing
  for (const g of [...groups]) {
    if (!g.cands.every((c) => c.initialsOnly)) continue;
    for (const c of g.cands) groupOf.delete(c);
    groups.splice(groups.indexOf(g), 1);
  }

  // 3b. an institution's head word alone is that institution ("the Bank" → "Bank of England", "the
  //     Commission" → "Law Commission"): the one named with the word first, else the only one with it
  //     (the short "Reserve Bank" joins "Reserve Bank of Australia" first); else the one named most
  const ofForm = (o: Group, g: Group) => o.words.length > g.words.length + 1 && /^(of|for)$/.test(o.words[g.words.length]) && g.words.every((x, k) => x.toLowerCase() === o.words[k].toLowerCase());
  for (const g of [...groups]) {
    if (g.type !== 'ORG' || g.words.length < 2 || !isOrgHead(g.words[g.words.length - 1])) continue;
    const longer = groups.filter((o) => o.type === 'ORG' && ofForm(o, g));
    if (longer.length !== 1) continue;
    for (const c of g.cands) {
      longer[0].cands.push(c);
      groupOf.set(c, longer[0]);
    }
    groups.splice(groups.indexOf(g), 1);
  }
  for (const g of [...groups]) {
    if (g.type !== 'ORG' || g.words.length !== 1 || !isOrgHead(g.name)) continue;
    const w = g.name.toLowerCase();
    const having = groups.filter((o) => o !== g && o.type === 'ORG' && o.words.length > 1 && o.words.some((x) => x.toLowerCase() === w));
    const leading = having.filter((o) => o.words[0].toLowerCase() === w);
    const most = [...having].sort((x, y) => y.cands.length - x.cands.length);
    const full = leading.length === 1 ? leading[0] : having.length === 1 ? having[0] : most.length > 1 && most[0].cands.length > most[1].cands.length ? most[0] : undefined;
    if (!full) continue;
    // not kept as an alias: across articles "Bank" is any bank
    for (const c of g.cands) {
      full.cands.push(c);
      groupOf.set(c, full);
    }
    groups.splice(groups.indexOf(g), 1);
  }

  // 3c. a firm's first word alone is that firm ("Walbrook said" after "Walbrook Capital Partners",
  //     "Merrill" after "Merrill Lynch"): a one-word name, typed an organisation or a person only by
  //     weak evidence, that opens the name of exactly one organisation of two to four words the article
  //     named, and that the gazetteer does not know as a place, a people, a first name or a known person
  //     (those keep their own entity), nor a common word ("British" of "British Airways" is a people's)
  for (const g of [...groups]) {
    if ((g.type !== 'ORG' && g.type !== 'PERSON') || g.words.length !== 1 || g.titles.size > 0) continue;
    const w = g.name.toLowerCase();
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(g.name) || isFirstName(g.name) || isCommonWord(g.name) || isKnownPerson(g.name)) continue;
    if (g.cands.some((c) => c.placeName !== undefined || c.norpPlace !== undefined || /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$/.test(text.slice(Math.max(0, c.start - 5), c.start)))) continue;
    // (a firm's name ends in a word that says it is one; "Apple TV", "Google News" are its products)
    const owners = groups.filter((o) => o !== g && o.type === 'ORG' && o.words.length >= 2 && o.words.length <= 4 && o.words[0].toLowerCase() === w && FIRM_ENDS.test(o.words[o.words.length - 1]));
    if (owners.length !== 1 || groups.some((o) => o !== g && o.type === 'PERSON' && o.words.some((x) => x.toLowerCase() === w))) continue;
    // not kept as an alias: across articles the word alone may be another firm's
    for (const c of g.cands) {
      owners[0].cands.push(c);
      groupOf.set(c, owners[0]);
    }
    groups.splice(groups.indexOf(g), 1);
  }

  // 3d. a clipped form of a longer name is that name ("Lib Dems", "Lib Dem" → "Liberal Democrats"):
  //     as many words, each (a plural s aside) the first three or more letters of the longer name's word,
  //     and only one longer name fits (not a word with a capital inside: "Mac Pro" is no "MacBook Pro")
  const stem = (w: string) => w.toLowerCase().replace(/s$/, '');
  const clips = (short: string[], long: string[]) => short.length === long.length && short.some((w, k) => stem(w) !== stem(long[k])) && short.every((w, k) => stem(w).length >= 3 && stem(long[k]).startsWith(stem(w)) && !/^.\p{Ll}*\p{Lu}/u.test(long[k]));
  for (const g of [...groups]) {
    if ((g.type !== 'ORG' && g.type !== 'NORP') || g.words.length < 2) continue;
    const longer = groups.filter((o) => o !== g && (o.type === 'ORG' || o.type === 'NORP') && o.name.length > g.name.length && clips(g.words, o.words));
    if (longer.length !== 1) continue;
    for (const c of g.cands) {
      attach(longer[0], c, text);
      groupOf.set(c, longer[0]);
    }
    groups.splice(groups.indexOf(g), 1);
  }

  // 3e. an organisation's first word alone, or its clipped form after "the", is that organisation
  //     ("Amnesty said" after "Amnesty International", "the Fed" after "Federal Reserve"): a one-word
  //     name with no title that opens (as an English word: a name's first word is 3c's) or, three letters
  //     or more, clips the first word of exactly one organisation of two to four words the article named,
  //     whose first word is no place's or first name (a one-word people's name, "Conservative", may
  //     only be clipped); not a word of a person named in the article
  for (const g of [...groups]) {
    if ((g.type !== 'ORG' && g.type !== 'PERSON' && g.type !== 'NORP') || g.words.length !== 1 || g.titles.size > 0) continue;
    const w = g.name.toLowerCase();
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(g.name) || isFirstName(g.name) || isKnownPerson(g.name)) continue;
    if (g.cands.some((c) => c.placeName !== undefined || typeof c.norpPlace === 'string' || c.titleCase || honorificGender(text, c.start) !== null)) continue;
    const afterThe = g.cands.some((c) => /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start)));
    const owners = groups.filter((o) => {
      if (o === g || o.type !== 'ORG' || o.words.length < 2 || o.words.length > 4 || placeOf(o.words[0]) || isFirstName(o.words[0])) return false;
      const f = o.words[0].toLowerCase();
      if (f === w) return g.type !== 'NORP' && isCommonWord(g.name);
      return afterThe && f.length > w.length && f.startsWith(w);
    });
    if (owners.length !== 1 || groups.some((o) => o.type === 'PERSON' && o !== g && o.words.some((x) => x.toLowerCase() === w))) continue;
    // not kept as an alias: across articles the word alone may be another's
    for (const c of g.cands) {
      owners[0].cands.push(c);
      groupOf.set(c, owners[0]);
    }
    groups.splice(groups.indexOf(g), 1);
  }

  // 4. a place is named as the text writes it ("Turkey", "Burma", "Ivory Coast"), not by the
  //    gazetteer's current name ("Türkiye", "Myanmar"), which stays an alias so the store still
  //    links the two spellings across articles. Codes and abbreviations ("US", "U.S.") never name it.
  const placeNames = new Map<string, string>();
  for (const g of groups) {
    if (g.type !== 'GPE' && g.type !== 'LOC') continue;
    const canonical = g.name;
    const count = new Map<string, number>();
    for (const c of g.cands) if (/\p{Ll}/u.test(c.form) && !c.form.includes('.') && !c.titleCase) count.set(c.form, (count.get(c.form) ?? 0) + 1);
    let bestForm = '';
    let bestN = 0;
    for (const [f, n] of count) if (n > bestN) [bestForm, bestN] = [f, n];
    if (bestForm && bestForm !== canonical) {
      g.name = bestForm;
      g.words = bestForm.split(/\s+/);
      g.aliases.add(canonical);
      placeNames.set(canonical, bestForm);
    }
  }
  for (const g of groups) if (g.type === 'NORP' && g.place && placeNames.has(g.place)) g.place = placeNames.get(g.place)!;

  // 5. output: entities in order of first mention, keys unique
  groups.sort((x, y) => x.first - y.first);
  const entities: DocEntity[] = [];
  const keyOf = new Map<Group, string>();
  const used = new Set<string>();
  for (const g of groups) {
    let key = g.type + ':' + lookupForm(g.name);
    for (let i = 2; used.has(key); i++) key = g.type + ':' + lookupForm(g.name) + '#' + i;
    used.add(key);
    keyOf.set(g, key);
    const e: DocEntity = { key, name: g.name, type: g.type, aliases: [...g.aliases], titles: [...g.titles] };
    if (g.type === 'NORP') e.place = g.place ?? null;
    entities.push(e);
  }
  const mentions: Mention[] = [];
  for (const c of cands) {
    const g = groupOf.get(c);
    if (!g) continue;
    mentions.push({ start: c.start, end: c.end, text: c.form, entity: keyOf.get(g)!, sentence: c.sentence });
  }
  mentions.sort((x, y) => x.start - y.start);
  return { entities, mentions };
}

/**
 * Two words of at least five letters with the same first letter, one insertion, deletion or swap of
 * neighbours apart ("Mukerjee"/"Mukherjee", "Kudja"/"Kujda"); not equal words.
 */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** Last words of a firm's or institution's name that say it is one ("Walbrook Capital Partners", "Riggs Bank"). */
const FIRM_ENDS = /^(?:bank|banks|group|holdings|partners|capital|motors|airways|airlines|society|corporation|corp|inc|plc|ltd|llc|co|company|industries|investments|securities|insurance|pharmaceuticals|technologies|systems|brothers|bros|associates|university|college|institute|foundation|trust)\.?$/i;

function attach(g: Group, c: Candidate, text: string): void {
  g.cands.push(c);
  g.aliases.add(c.form);
  // "Mr Blair" kept as written: the honorific tells the store which Blair a bare surname can be
  const h = g.type === 'PERSON' && c.words.length === 1 ? /\b(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, c.start - 6), c.start)) : null;
  if (h) g.aliases.add(`${h[1]} ${c.form}`);
  for (const t of c.titles) g.titles.add(t);
  if (c.start < g.first) g.first = c.start;
  // the longest full name is the canonical one
  if (g.type === 'PERSON' && nameWords(c.words).length > nameWords(g.words).length) {
    g.name = c.form;
    g.words = c.words;
  }
}

/** The words of a person's name that tell people apart: a peer's title and territory are not ("Baron Kinnock of Bedwellty" → Kinnock). */
function nameWords(words: string[]): string[] {
  return words.length > 1 && PEERAGE.test(words[0]) ? [words[1]] : words;
}

function containsWords(full: string[], part: string[]): boolean {
  const f = full.map((w) => w.toLowerCase());
  const p = part.map((w) => w.toLowerCase());
  for (let i = 0; i + p.length <= f.length; i++) if (p.every((w, k) => f[i + k] === w)) return true;
  return false;
}

/** The gender an honorific right before `at` gives ("Mr " → m, "Mrs "/"Ms " → f), or null. */
function honorificGender(text: string, at: number): 'm' | 'f' | null {
  const m = /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s+$/.exec(text.slice(Math.max(0, at - 7), at));
  if (!m) return null;
  return /^(Mr|Sir|Lord)$/.test(m[1]) ? 'm' : 'f';
}

/** The group with a full-name mention nearest before `at` (after counts four times the distance). */
function nearest(groups: Group[], at: number): Group | undefined {
  if (groups.length === 1) return groups[0];
  let bestG: Group | undefined;
  let bestD = Infinity;
  for (const g of groups) {
    const anchors = (g.anchors ??= g.cands.map((c) => c.start).sort((x, y) => x - y));
    const lo = bisect(0, anchors.length, (i) => anchors[i] <= at);
    const d = Math.min(lo > 0 ? at - anchors[lo - 1] : Infinity, lo < anchors.length ? (anchors[lo] - at) * 4 : Infinity);
    if (d < bestD) {
      bestD = d;
      bestG = g;
    }
  }
  return bestG;
}

/** Two to six letters, capitals but for an "o" or "f" between them: "BoE", "DfES", "DoH". */
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Lu}|[of](?=\p{Lu})){1,5}$/u;

/**
 * A name's initials, small words left out: "International Criminal Court" → "ICC". With `smallOfFor`,
 * "of" and "for" keep theirs in lower case, as British usage writes them: "Bank of England" → "BoE",
 * "Department for Education and Skills" → "DfES".
 */
function initials(words: string[], smallOfFor = false): string {
  return words
    .filter((w) => !/^(the|and|de|&)$/.test(w) && (smallOfFor || !/^(of|for)$/.test(w)))
    .map((w) => (/^(of|for)$/.test(w) ? w[0] : w[0].toUpperCase()))
    .join('');
}

function singularNorp(form: string): string {
  const d = demonymOf(form);
  if (d) return d.singular;
  return /[^s]s$/.test(form) && isGroupMemberWord(form.slice(0, -1)) ? form.slice(0, -1) : form;
}
