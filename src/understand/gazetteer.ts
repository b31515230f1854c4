// Word knowledge for the annotators, built once from installed, maintained data:
// world-countries (countries, capitals, alternative spellings, demonyms, regions) and the
// lexicon of compromise (cities, regions, first names, role nouns, organisation words,
// parts of speech). Only generic words are written here (title words, institution heads,
// compass words); no names of people or organisations.

import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import nlp from 'compromise';
import { recordLookup, rememberedByWord } from './tokens.js';

export type PlaceKind = 'country' | 'city' | 'region' | 'continent';

export interface Place {
  /** Canonical name ("United States"). */
  name: string;
  kind: PlaceKind;
}

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]>; frozenLex: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = (nlp as unknown as { model(): CompromiseModel }).model();
const LEX = model.one.lexicon;
// LEX[word] through a Map: asked of most tokens, with fresh strings (compromise changes its lexicon
// only when words or plugins are added, which nothing here does)
const lexEntry = recordLookup(LEX);
const frozenEntry = recordLookup(model.one.frozenLex);

function tagsOf(word: string): string[] {
  const t = lexEntry(word);
  if (t === undefined) return [];
  return Array.isArray(t) ? t : [t];
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Lower-case, dots removed, curly apostrophes straightened: the lookup form of a name. */
export function lookupForm(s: string): string {
  // most words and names are plain ASCII: nothing to straighten, drop or squeeze, only lower-case
  if (PLAIN_FORM.test(s)) return s.toLowerCase();
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

const PLAIN_FORM = /^[A-Za-z0-9'-]*$/;

// ---- places ----

const PLACES = new Map<string, Place>();
/** A capital city's name → its country's ("Seoul" → South Korea). */
const CAPITAL_OF = new Map<string, string>();
/** Demonym (lookup form, singular) → place name. */
const DEMONYMS = new Map<string, string | null>();

function addPlace(alias: string, place: Place): void {
  const k = lookupForm(alias);
  if (!k || k.length < 2) return;
  const old = PLACES.get(k);
  // a country name wins over a city of the same spelling
  if (old && old.kind === 'country') return;
  PLACES.set(k, place);
}

/** Three-letter country codes that are no name the country goes by ("MDA", "IDN"; not "USA"). */
const CODE_ONLY = new Set<string>();

/** A country's ISO code that news does not write for the country: as an acronym it is more often an organisation's. */
export function isCountryCodeOnly(form: string): boolean {
  return CODE_ONLY.has(form);
}

const CONTINENTS = ['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Oceania', 'Antarctica', 'Americas'];

for (const c of countries as unknown as Array<{
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  cca2: string;
  cca3: string;
  subregion: string;
}>) {
  const place: Place = { name: c.name.common, kind: 'country' };
  addPlace(c.name.common, place);
  addPlace(c.name.official, place);
  addPlace(c.cca3, place);
  if (!c.altSpellings.includes(c.cca3)) CODE_ONLY.add(c.cca3);
  for (const a of c.altSpellings) {
    // two-letter codes other than well-known ones (US, UK) collide with words ("IN", "IS")
    if (a.length <= 2 && !/^(US|UK|GB)$/.test(a)) continue;
    if (/[,(]/.test(a)) continue;
    addPlace(a, place);
  }
  for (const cap of c.capital ?? []) {
    const city: Place = { name: cap.replace(/\s+D\.C\.$/, ''), kind: 'city' };
    addPlace(cap, city);
    addPlace(city.name, city);
    CAPITAL_OF.set(city.name, c.name.common);
  }
  const d = c.demonyms?.eng;
  if (d) for (const dm of [d.m, d.f]) if (dm && !/\s/.test(dm)) DEMONYMS.set(lookupForm(dm), c.name.common);
}
// country names without the article ("Netherlands", "Gambia") and common short forms
for (const [k, v] of [...PLACES]) {
  if (k.startsWith('the ')) addPlace(k.slice(4), v);
  if (v.kind === 'country' && k.startsWith('republic of ')) addPlace(k.slice(12), v);
}
/** GeoNames towns, read on first use by townOf() (declared here: the lexicon's places are sorted with it at load). */
let towns: Map<string, Town> | null = null;

// the everyday English short forms news uses for two countries whose names are long
for (const [short, long] of [['Britain', 'united kingdom'], ['America', 'united states']]) {
  const p = PLACES.get(long);
  if (p) addPlace(short, p);
}
for (const name of CONTINENTS) PLACES.set(lookupForm(name), { name, kind: 'continent' });
for (const [w] of Object.entries(LEX)) {
  const tags = tagsOf(w);
  if (PLACES.has(w)) continue;
  if (tags.includes('Country')) PLACES.set(w, { name: titleCase(w), kind: 'country' });
  else if (tags.includes('City')) PLACES.set(w, { name: titleCase(w), kind: 'city' });
  else if (tags.includes('Region')) PLACES.set(w, { name: titleCase(w), kind: 'region' });
  // the lexicon's other places are areas ("Siberia", "Patagonia"), but a town GeoNames knows is a town
  // ("Cambridge", "Taunton"), a political place
  else if (tags.includes('Place') && tags.includes('ProperNoun')) PLACES.set(w, { name: titleCase(w), kind: townOf(titleCase(w)) ? 'city' : 'continent' });
}
// compromise demonyms not tied to a country by world-countries: derive the place by suffix
for (const [w] of Object.entries(LEX)) {
  if (!tagsOf(w).includes('Demonym') || DEMONYMS.has(w)) continue;
  DEMONYMS.set(w, placeFromDemonym(w));
}

function placeFromDemonym(d: string): string | null {
  const stems = [d.replace(/ian$/, 'ia'), d.replace(/an$/, 'a'), d.replace(/an$/, ''), d.replace(/ese$/, ''), d.replace(/i$/, ''), d.replace(/ean$/, 'e'), d.replace(/ish$/, 'land'), d.replace(/ian$/, 'y'), d.replace(/n$/, ''), d + 'n'];
  for (const s of stems) {
    if (s !== d && PLACES.has(s)) return PLACES.get(s)!.name;
  }
  return null;
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

export function placeOf(name: string): Place | undefined {
  return PLACES.get(lookupForm(name));
}

/** Place name → every form that names it (its aliases and demonyms, lookup forms); built on first use. */
let formsOfPlace: Map<string, string[]> | null = null;

/**
 * The other forms of a country or place the lexicon knows ("UK" → united kingdom, britain, gb, british,
 * ...): lookup forms, the name itself included; empty for a name that is no known place. A capital
 * also stands for its country, as news writes it ("Seoul's budget", "Moscow denied"): its country's forms follow.
 */
export function placeForms(name: string): string[] {
  const place = placeOf(name);
  if (!place) return [];
  const country = place.kind === 'city' ? CAPITAL_OF.get(place.name) : undefined;
  if (country && placeOf(country)) return [...new Set([...ownForms(place, name), ...ownForms(placeOf(country)!, country)])];
  return ownForms(place, name);
}

function ownForms(place: Place, name: string): string[] {
  if (!formsOfPlace) {
    formsOfPlace = new Map();
    const add = (placeName: string, form: string) => {
      const list = formsOfPlace!.get(placeName) ?? [];
      if (!list.includes(form)) list.push(form);
      formsOfPlace!.set(placeName, list);
    };
    for (const [form, p] of PLACES) add(p.name, form);
    for (const [d, placeName] of DEMONYMS) if (placeName) add(placeName, d);
  }
  return formsOfPlace.get(place.name) ?? [lookupForm(name)];
}

// ---- towns (GeoNames) ----

/** A populated place of GeoNames beyond the lexicon's: its country (ISO code) and population. */
export interface Town {
  country: string;
  population: number;
}


/**
 * The most populous town or city of 20,000+ people with this exact name, from GeoNames
 * (data/cities.tsv, built by scripts/build-cities.ts): "Maidenhead", "Bilbao", "Sugar Land". Read on
 * first use (18,700 names); undefined for names it does not hold.
 */
export function townOf(name: string): Town | undefined {
  if (!towns) {
    towns = new Map();
    const file = new URL('./data/cities.tsv', import.meta.url);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [n, country, population] = line.split('\t');
      towns.set(n, { country, population: Number(population) });
    }
  }
  return towns.get(name);
}

/** "Israeli" / "Israelis" → { place: "Israel" }; undefined when not a demonym. */
export function demonymOf(word: string): { place: string | null; singular: string } | undefined {
  const k = lookupForm(word);
  if (DEMONYMS.has(k)) return { place: DEMONYMS.get(k) ?? null, singular: word };
  if (k.endsWith('s') && DEMONYMS.has(k.slice(0, -1))) return { place: DEMONYMS.get(k.slice(0, -1)) ?? null, singular: word.slice(0, -1) };
  return undefined;
}

// ---- people ----

// The tests of one word below read its tags through posTags' cache: tagsOf(lookupForm(word)), kept by
// the word as given (a token's own string, asked again by stage after stage).
export function isFirstName(word: string): boolean {
  const t = posTags(word);
  return t.includes('MaleName') || t.includes('FemaleName') || t.includes('FirstName');
}

/**
 * First names the lexicon tags only as FirstName, with no gender, because they are also words
 * ("Mark", "Bill", "Grant", "Rose", "Hope"): common in news, so a he/she would otherwise weigh them
 * as unknown. Names given to both sexes ("Robin", "Lee", "Pat", "Jean") are left out.
 */
const WORD_NAMES: Record<string, 'm' | 'f'> = Object.fromEntries([
  ...'Mark Bill Jack Will Grant Rob Frank Dean Drew Nick Ray Guy Rod Bob Buck Chuck Rex Lance Chase Cliff Miles Wade Reed Dick Max Ronaldo Arsene Lleyton Rio Rhodri Dai Iwan Huw'.split(' ').map((n) => [n, 'm' as const]),
  ...'Rose Hope Joy Faith Grace Holly Ivy Iris Daisy Ruby Pearl Dawn Olive Violet Penny Sue Gail Belle Crystal Melody Victoria Glenys Cherry Ginger Kitty Venus Amelie Svetlana'.split(' ').map((n) => [n, 'f' as const]),
]);

export function genderOfFirstName(word: string): 'm' | 'f' | null {
  if (Object.hasOwn(WORD_NAMES, word)) return WORD_NAMES[word];
  const t = posTags(word);
  if (t.includes('MaleName') && !t.includes('FemaleName')) return 'm';
  if (t.includes('FemaleName') && !t.includes('MaleName')) return 'f';
  return null;
}

export function isLastName(word: string): boolean {
  return posTags(word).includes('LastName');
}

export function isKnownPerson(name: string): boolean {
  return posTags(name).includes('Person');
}

/** Honorifics that are not roles: dropped from names and not kept as titles. */
const HONORIFICS = new Set(words('mr mrs ms miss mx messrs mme mlle dr prof sir dame lord lady rev reverend'));

/** Capitalised words that, before a name, are a title or part of one. */
const TITLE_WORDS = new Set(
  words(
    'president vice prime minister secretary chancellor deputy foreign home defence defense interior finance ' +
      'justice health education trade economy energy transport culture culture environment shadow acting former ' +
      'senator sen rep representative congressman congresswoman governor gov mayor king queen prince princess ' +
      'emperor pope cardinal archbishop bishop ayatollah sheikh emir crown general gen lt lieutenant col colonel ' +
      'major maj capt captain sgt sergeant admiral adm commander chief judge speaker ambassador envoy leader ' +
      'chairman chairwoman chair commissioner director spokesman spokeswoman spokesperson minister ministers ' +
      'head detective inspector superintendent constable officer premier chief-executive executive attorney ' +
      'solicitor lady lord baroness baron earl duke duchess special supreme first most right honourable very',
  ),
);

/**
 * Role nouns isRoleNoun answers true for whatever their tags: a set, not a regex literal of the same
 * words (made again at each call, ~180 calls an article from the entity and coreference stages).
 */
const ROLE_NOUNS = new Set(words('envoy spokesman spokeswoman spokesperson chancellor premier mp mep mps negotiator mediator minister president leader chief secretary secretary-general adviser advisor aide ambassador governor senator official commander general chairman executive director head'));

/** Lower-case role nouns that end a title ("special peace envoy"); from compromise's Actor tag plus politics. */
export function isRoleNoun(word: string): boolean {
  const k = lookupForm(word);
  if (ROLE_NOUNS.has(k) || ROLE_NOUNS.has(titleBase(k))) return true;
  const t = posTags(word);
  return t.includes('Actor') && !t.includes('Plural');
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(lookupForm(word));
}

export function isTitleWord(word: string): boolean {
  const k = lookupForm(word);
  return TITLE_WORDS.has(k) || HONORIFICS.has(k) || TITLE_WORDS.has(titleBase(k));
}

/**
 * A title chosen but not yet taken up is the title ("President-elect", "prime minister-designate"):
 * the lower-case word without its -elect or -designate (itself when it has neither). Asked of nearly
 * every capitalised token through isTitleWord, so a word with no hyphen is answered without the regex.
 */
export function titleBase(k: string): string {
  if (!k.includes('-')) return k;
  const m = /^(.+)-(?:elect|designate)$/.exec(k);
  return m ? m[1] : k;
}

// ---- organisations ----

const ORG_HEADS = new Set([
  ...Object.keys(model.two.orgWords),
  ...words(
    'court courts party parties treasury union organisation organisations parliament assembly senate congress ' +
      'cabinet tribunal authority commission council ministry agency corporation inc ltd plc group bank ' +
      'office service services forces force army navy guard police front movement brigade brigades league ' +
      'alliance federation institute university school college fund foundation trust society association ' +
      'exchange executive board committee airlines company co corp bureau department directorate assembly ' +
      'coalition network networks times post news journal press television tv radio channel fc afc',
  ),
]);
// words compromise files as organisation heads that in news are mostly ordinary capitalised words
for (const w of words('international financial capital power energy care data design development education entertainment management marine military mobile news post power press reserve resources')) ORG_HEADS.delete(w);
for (const w of words('news post press')) ORG_HEADS.add(w);

export function isOrgHead(word: string): boolean {
  return ORG_HEADS.has(lookupForm(word));
}

/** A team the lexicon knows ("Chelsea", "Yankees"): the kind "the club" and "the side" want. */
export function isSportsTeam(name: string): boolean {
  return posTags(name).includes('SportsTeam');
}

export function isKnownOrg(name: string): boolean {
  const t = posTags(name);
  if (t.includes('Organization') || t.includes('SportsTeam')) return true;
  const f = frozenEntry(lookupForm(name));
  return f === 'Organization' || (Array.isArray(f) && f.includes('Organization'));
}

// ---- common words ----

const PROPER_TAGS = new Set(['ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym']);

/** True when the word is an ordinary word of English (so a capital may only mark a sentence start). */
export function isCommonWord(word: string): boolean {
  const t = posTags(word);
  if (t.length > 0) return !t.some((x) => PROPER_TAGS.has(x));
  return false;
}

/** Closed-class words: never part of a name, never the start of one. */
const FUNCTION_WORDS = new Set(
  words(
    'a an the and or but nor so yet if then than that this these those there here it its he she they we i you ' +
      'his her their our my your him them us me who whom whose which what when where why how as at by for from ' +
      'in into of on onto to with within without about above across after against along among around before ' +
      'behind below beneath beside between beyond during except inside near off out outside over since through ' +
      'throughout till toward towards under until up upon via is are was were be been being am do does did has ' +
      'have had will would shall should can could may might must not no yes all any both each every few many ' +
      'more most much other some such only also even just still already however meanwhile despite although ' +
      'though while whereas because unless whether today yesterday tomorrow tonight',
  ),
);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

export const posTags: (word: string) => string[] = rememberedByWord((word) => tagsOf(lookupForm(word)), 50_000);

export const MONTHS = new Set(words('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'));
export const WEEKDAYS = new Set(words('monday tuesday wednesday thursday friday saturday sunday'));

// Currencies from world-countries: every ISO 4217 code in use, and the noun of each currency's name
// ("Indian rupee" → rupee, "South African rand" → rand). Where a noun is shared (dollar, pound, franc,
// peso), the most traded currency keeps it.
const MAJOR: Record<string, string> = { dollar: 'USD', pound: 'GBP', franc: 'CHF', peso: 'MXN', rupee: 'INR', euro: 'EUR', yen: 'JPY', yuan: 'CNY', krona: 'SEK', krone: 'NOK', dinar: 'KWD', riyal: 'SAR', won: 'KRW' };
const CURRENCY_NOUNS = new Map<string, string>();
const CURRENCY_CODES = new Set<string>();
for (const c of countries as unknown as { currencies?: Record<string, { name: string }> }[]) {
  for (const [code, { name }] of Object.entries(c.currencies ?? {})) {
    CURRENCY_CODES.add(code);
    const noun = name.toLowerCase().split(/\s+/).pop() ?? '';
    // "won" and "real" are English words first: only with a scale or a code do they name money.
    if (noun.length < 3 || noun === 'won' || noun === 'real' || noun === 'mark') continue;
    if (!CURRENCY_NOUNS.has(noun)) CURRENCY_NOUNS.set(noun, MAJOR[noun] ?? code);
  }
}
for (const [noun, code] of Object.entries(MAJOR)) if (noun !== 'won') CURRENCY_NOUNS.set(noun, code);
CURRENCY_NOUNS.set('sterling', 'GBP');

/** The ISO code a currency noun names ("rupees" → INR, "rand" → ZAR), or null. */
export function currencyOfWord(word: string): string | null {
  const w = word.toLowerCase();
  return CURRENCY_NOUNS.get(w) ?? (w.endsWith('s') ? CURRENCY_NOUNS.get(w.slice(0, -1)) : undefined) ?? null;
}

/** An ISO 4217 code that is not also an ordinary English word ("ALL", "TOP", "CUP" are words first). */
export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODES.has(code) && !isCommonWord(code.toLowerCase()) && !isFunctionWord(code.toLowerCase());
}

