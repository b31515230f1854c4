// Cross-corpus entity resolution: one document's entity against the entities already stored.
// Pure: the backend fetches the candidates (see lookupKeys) and applies the decision, inside the
// same transaction as the article, so both backends link exactly alike.

import type { DocEntity, EntityType } from '../model/index.js';
import { shortHash } from './identity.js';
import { genderOfFirstName, isCommonWord, placeOf } from '../understand/gazetteer.js';
import { nounClasses, partyOfMember, properNameClasses } from '../understand/wordnet.js';

/** An entity already in the store, as resolution needs it. */
export interface Candidate {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
  place: string | null;
}

/** The entity as it should be stored after this document: `id` null means "create". */
export interface Resolution {
  id: string | null;
  /** Why: 'exact' name/alias, 'surname' (single token → unique person), 'upgrade', 'new'. */
  reason: 'exact' | 'alias' | 'first-last' | 'titled' | 'surname' | 'evidence' | 'upgrade' | 'variant' | 'other-type' | 'new' | 'ambiguous' | 'corrected';
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
  place: string | null;
  /**
   * A new full name shares its surname with these people: articles that named one of them only by
   * the bare surname were linked first-come, and the backend moves them to the bare-surname entity.
   */
  revise?: string[];
}

/**
 * A rule from a user's correction (store/corrections.ts): `pin`, a name with this key is the entity
 * (a merge); `ban`, a name with this key never links to the entity (a split).
 */
export interface Rule {
  key: string;
  type: EntityType;
  rule: 'pin' | 'ban';
  entityId: string;
}

/**
 * Leading honorifics dropped from person keys, so "President Trump" and "Trump" share a key even
 * when an annotator left the title in the name. Only dropped when a name token remains.
 */
const HONORIFICS = new Set(
  ('mr mrs ms miss mx dr prof sir dame lord lady president vice pres prime minister premier chancellor ' +
    'senator sen rep representative gov governor mayor gen general col colonel maj major capt captain lt ' +
    'adm admiral sgt king queen prince princess pope sheikh ayatollah rabbi rev reverend father judge justice ' +
    'secretary ambassador envoy minister')
    .split(' '),
);

/**
 * Alias key: lowercase, diacritics folded, periods and apostrophes removed ("U.S." → "us",
 * "O'Brien" → "obrien"), other punctuation as a space ("Jean-Claude" → "jean claude").
 */
export function aliasKey(name: string): string {
  // Most names are plain ASCII words with single spaces between them ("Tony Blair"): nothing to
  // decompose, strip or squeeze, only lower-case (resolution asks this of every candidate's aliases).
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’`´]+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Key used to compare names of this type: persons lose leading honorifics. */
export function nameKey(name: string, type: EntityType): string {
  const key = aliasKey(name);
  if (type !== 'PERSON') return key;
  const toks = key.split(' ');
  let i = 0;
  while (i < toks.length - 1 && HONORIFICS.has(toks[i])) i++;
  return toks.slice(i).join(' ');
}

/** Stable id of a new entity: short hash of `type:name key` (`attempt` > 0 only if that id is taken). */
export function entityId(type: EntityType, name: string, attempt = 0): string {
  const base = `${type}:${nameKey(name, type)}`;
  return shortHash(attempt === 0 ? base : `${base}#${attempt}`);
}

/** Surname key of a person name key (its last token), or null for other types. */
export function surnameKey(name: string, type: EntityType): string | null {
  if (type !== 'PERSON') return null;
  const toks = nameKey(name, type).split(' ');
  return toks[toks.length - 1] || null;
}

/** What the backend must look up: entities of `type` with one of `aliasKeys`, or (persons) this surname. */
export function lookupKeys(e: DocEntity): { type: EntityType; aliasKeys: string[]; surname: string | null } {
  return { type: e.type, aliasKeys: [...keysOf([e.name, ...e.aliases], e.type)], surname: surnameKey(e.name, e.type) };
}

/**
 * Every key an entity answers to: its name and aliases, raw and (persons) without honorifics; an
 * organisation also by its short forms (`orgVariantKeys`: the name less company designators, and the
 * prefixed keys that only find candidates for `variantMatch` to judge).
 */
export function keysOf(names: string[], type: EntityType): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const a = aliasKey(n);
    if (a) out.add(a);
    const k = nameKey(n, type);
    if (k) out.add(k);
    if (type === 'ORG') for (const v of orgVariantKeys(n)) out.add(v);
    if (type === 'NORP') {
      const m = memberKey(n);
      if (m) out.add(m);
    }
    if (type === 'GPE' || type === 'LOC') {
      const core = placeCore(n);
      if (core) out.add(core);
    }
  }
  return out;
}

const placeCores = new Map<string, string | null>();

/**
 * A place name less a last word that WordNet's first sense makes a natural feature (noun.object:
 * "Guantanamo Bay" → guantanamo, "Gaza Strip" → gaza), or null: "New York City" and "Washington
 * State" keep theirs (a city or a state is a place of its own, noun.location).
 */
export function placeCore(name: string): string | null {
  const key = aliasKey(name);
  let core = placeCores.get(key);
  if (core === undefined) {
    const toks = key.split(' ');
    const last = toks[toks.length - 1];
    const rest = toks.slice(0, -1).join(' ');
    core = toks.length > 1 && toks[0] !== 'the' && /^[a-z]+$/.test(last) && nounClasses(last, 1)[0] === 'object' && properNameClasses(last).length === 0 && !oneCommonWord(rest) ? rest : null;
    if (placeCores.size > 50_000) placeCores.clear();
    placeCores.set(key, core);
  }
  return core;
}

// Resolution asks these of every candidate's names for every entity linked: each name is worked out once.
const cores = new Map<string, string | null>();
const acronyms = new Map<string, string | null>();
const variantKeys = new Map<string, string[]>();

function remembered<T>(memo: Map<string, T>, name: string, f: (name: string) => T): T {
  let v = memo.get(name);
  if (v === undefined && !memo.has(name)) {
    v = f(name);
    if (memo.size > 50_000) memo.clear();
    memo.set(name, v);
  }
  return v as T;
}

/** Company designators that may follow an organisation's name ("Walt Disney Co", "SoftBank Group Corp"). */
const DESIGNATORS = new Set('co company corp corporation inc incorporated ltd limited plc llc group holdings sa ag nv gmbh'.split(' '));
/** Words an acronym skips ("Securities and Exchange Commission" → SEC). */
const ACRONYM_SKIP = new Set('a an of the and for de la du des in on at to &'.split(' '));

/** The organisation's name without trailing company designators ("softbank group corp" → "softbank"), or null. */
export function orgCore(name: string): string | null {
  return remembered(cores, name, orgCoreOf);
}

function orgCoreOf(name: string): string | null {
  // "Amazon.com", "Tarnby.co.uk": a firm's web domain is the firm
  const site = name.replace(/\.(?:com|net|org|info|io|co\.uk|org\.uk|tv|biz)$/i, '');
  const toks = aliasKey(site).split(' ');
  let n = toks.length;
  while (n > 1 && DESIGNATORS.has(toks[n - 1])) n--;
  // "US Securities and Exchange Commission", "UK Financial Services Authority": a country's name before
  // an institution's name of two words or more says where the body is, not which body it is
  let from = 0;
  for (let k = 1; k <= 2 && n - k >= 2; k++) {
    if (placeOf(toks.slice(0, k).join(' '))?.kind === 'country' && !placeOf(toks.slice(0, k + 1).join(' '))) {
      from = k;
      break;
    }
  }
  const core = toks.slice(from, n).join(' ');
  // "World Group", "Retail Group": an ordinary word alone is no company's name
  return (n < toks.length || from > 0 || site !== name) && !oneCommonWord(core) ? core : null;
}

/** One word that is an ordinary English word ("south", "world", "river"). */
function oneCommonWord(key: string): boolean {
  return !key.includes(' ') && (isCommonWord(key) || (/^[a-z]+$/.test(key) && nounClasses(key, 1).length > 0 && properNameClasses(key).length === 0));
}

/** Initials of a name's capitalised words ("British Telecom" → bt), or a lone capitalised acronym's letters ("BT" → bt). */
export function acronymOf(name: string): string | null {
  return remembered(acronyms, name, acronymOfName);
}

function acronymOfName(name: string): string | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1) return /^\p{Lu}{2,6}$/u.test(words[0]) ? words[0].toLowerCase() : null;
  const caps = words.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  if (caps.length < 2 || !caps.every((w) => /^\p{Lu}/u.test(w))) return null;
  return caps.map((w) => w[0].toLowerCase()).join('');
}

const memberKeys = new Map<string, string | null>();

/**
 * `member:` key of the party a one-word name's members belong to by WordNet's definition ("Tories" →
 * member:conservative, as "Conservative Party" has), or null.
 */
export function memberKey(name: string): string | null {
  const w = name.trim().replace(/^the\s+/i, '');
  let k = memberKeys.get(w);
  if (k === undefined) {
    const party = w.includes(' ') ? null : partyOfMember(w);
    k = party ? 'member:' + aliasKey(party).replace(/ party$/, '') : null;
    if (memberKeys.size > 10_000) memberKeys.clear();
    memberKeys.set(w, k);
  }
  return k;
}

/** A plural name's singular ("Conservatives" → conservative, "Tories" → tory), or null. */
function singular(word: string): string | null {
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/[^s]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return null;
}

/**
 * Keys that find an organisation's other forms, each for `variantMatch` to confirm:
 * - the name less company designators, as a plain key ("Walt Disney Co" answers to "walt disney");
 * - `acr:` its initials ("British Telecom", "BT"; "Liberal Democrats", "Lib Dems");
 * - `member:` the members a party is named by ("Conservative Party", "Conservatives"; "Democratic
 *   Party", "Democrats");
 * - `of:` the plural after "of" ("House of Lords", "the Lords").
 */
export function orgVariantKeys(name: string): string[] {
  return remembered(variantKeys, name, orgVariantKeysOf);
}

function orgVariantKeysOf(name: string): string[] {
  const out: string[] = [];
  const core = orgCore(name);
  if (core) out.push(core);
  const acr = acronymOf(name);
  if (acr) out.push('acr:' + acr);
  const toks = aliasKey(name).replace(/^the /, '').split(' ');
  const last = toks[toks.length - 1];
  if (toks.length > 1 && last === 'party') {
    const member = toks.slice(0, -1).join(' ');
    out.push('member:' + member);
    if (member.endsWith('ic')) out.push('member:' + member.slice(0, -2));
  } else {
    const one = singular(last);
    if (one) out.push('member:' + [...toks.slice(0, -1), one].join(' '));
    const party = memberKey(name);
    if (party) out.push(party);
  }
  if (toks.length === 1 && singular(last)) out.push('of:' + last);
  else if (toks.length === 3 && toks[1] === 'of' && singular(last)) out.push('of:' + last);
  return out;
}

/**
 * Whether two organisation names are one by a short form (`orgVariantKeys`): one is the other less
 * designators; one is the other's initials ("BT", "British Telecom") or abbreviates it word by word
 * ("Lib Dems", "Liberal Democrats"); one names a party's members, the other the party; or one is the
 * plural after "of" in the other ("Lords", "House of Lords").
 */
export function variantMatch(a: string, b: string, byInitials = true): boolean {
  const [ka, kb] = [aliasKey(a), aliasKey(b)];
  if (!ka || !kb || ka === kb) return false;
  if ((orgCore(a) ?? ka) === (orgCore(b) ?? kb)) return true;
  const [ta, tb] = [ka.split(' '), kb.split(' ')];
  const acrA = acronymOf(a);
  if (acrA && acrA === acronymOf(b)) {
    if (byInitials && (ta.length === 1) !== (tb.length === 1)) return true;
    if (ta.length > 1 && ta.length === tb.length && abbreviates(ta, tb)) return true;
  }
  const va = orgVariantKeys(a).filter((k) => k.startsWith('member:') || k.startsWith('of:'));
  const vb = new Set(orgVariantKeys(b));
  for (const k of va) {
    if (!vb.has(k)) continue;
    // a party and its members: exactly one of the two names ends in "party"
    if (k.startsWith('member:') && (ta[ta.length - 1] === 'party') !== (tb[tb.length - 1] === 'party')) return true;
    if (k.startsWith('of:') && ((ta.length === 1 && tb.length === 3 && tb[1] === 'of') || (tb.length === 1 && ta.length === 3 && ta[1] === 'of'))) return true;
  }
  // one name of several words, the other its plural, when the word names people (WordNet's noun.person):
  // the plural is the body's members ("Liberal Democrat", "Liberal Democrats"), where the plural of a
  // thing is another name ("Rolling Stone" the magazine, "Rolling Stones" the band); not one word
  // ("Time" is not "The Times")
  if (ta.length > 1 && ta.length === tb.length && ta.slice(0, -1).join(' ') === tb.slice(0, -1).join(' ')) {
    const [x, y] = [ta[ta.length - 1], tb[tb.length - 1]];
    const one = singular(x) === y ? y : singular(y) === x ? x : null;
    if (one && namesPeople(one)) return true;
    // and its clipped form in the other number ("Lib Dems", "Liberal Democrat")
  }
  if (acrA && acrA === acronymOf(b) && ta.length > 1 && ta.length === tb.length) {
    const [x, y] = [ta[ta.length - 1], tb[tb.length - 1]];
    const [sx, sy] = [singular(x) ?? x, singular(y) ?? y];
    if ((sx !== x) !== (sy !== y) && abbreviates([...ta.slice(0, -1), sx], [...tb.slice(0, -1), sy]) && namesPeople(sx.length >= sy.length ? sx : sy)) return true;
  }
  return false;
}

/**
 * Whether a document's organisation (its name and forms) is a short or long form of candidate `c`:
 * any form pair by designators, word abbreviation, party members or "of" plural; by initials only
 * the document's name against the candidate's, or its lone acronym against any of the candidate's
 * full forms, never through an acronym the candidate or the document was only called by. A full name
 * meets a stored acronym only when the acronym's entity has no other full form with those initials.
 */
function orgVariantOf(forms: string[], c: Candidate): boolean {
  const cforms = [c.name, ...c.aliases];
  return forms.some((n) => cforms.some((cn) => variantMatch(n, cn, false)));
}

/** A noun whose first sense in WordNet is a person ("democrat", "farmer"; not "stone"). */
function namesPeople(word: string): boolean {
  return nounClasses(word, 1)[0] === 'person';
}

/** Each word of one a prefix of the other's word there, at least one shortened ("lib dems", "liberal democrats"). */
function abbreviates(a: string[], b: string[]): boolean {
  let shorter = false;
  for (let i = 0; i < a.length; i++) {
    const plural = a[i].endsWith('s') && b[i].endsWith('s');
    const [x, y] = plural ? [a[i].slice(0, -1), b[i].slice(0, -1)] : [a[i], b[i]];
    const [s, l] = x.length <= y.length ? [x, y] : [y, x];
    if (s === l) continue;
    // a clipped word ("lib", "dem", "bro"), not a word that begins another ("new" of "newcastle" is)
    if (s.length < 3 || s.length > 4 || l.length < s.length + 2 || !l.startsWith(s) || isCommonWord(s)) return false;
    shorter = true;
  }
  return shorter;
}

/** Adds strings not yet present by alias key (first spelling wins). */
export function mergeNames(into: string[], more: string[]): string[] {
  const seen = new Set(into.map(aliasKey));
  const out = [...into];
  for (const m of more) {
    const t = m.trim();
    const k = aliasKey(t);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/**
 * Decides whether `e` is an entity already in the corpus.
 *
 * - Same type only. An exact key match of the name (then of any alias) links.
 * - PERSON, one token ("Trump"): links to the unique person whose surname or alias it is, and
 *   whose first name fits the honorific the document gave ("Mr Trump" skips Melania Trump); when
 *   several people share it, links only to an existing bare entity of that name (the ambiguous
 *   one), else creates it — never guesses between two people.
 * - PERSON, several tokens: same first and last token as a unique person ("Donald J. Trump") links;
 *   a lone bare-surname entity with no other person of that surname is upgraded: its id stays,
 *   its name becomes the fuller one.
 * - PERSON, several tokens: a unique person whose full name ends this one, or which this one ends,
 *   links: the words before a full name are a role the annotator left in ("Industry Secretary
 *   Patricia Hewitt", "MEP Robert Kilroy-Silk"); the shorter name is kept.
 * - No match of its own type: a name of two or more words that is exactly the name or alias of one
 *   stored PERSON, ORG, GPE or LOC of another type links to it, keeping the stored type (an
 *   annotator's type guess for one article must not split "Ray Charles" in two); a one-word name
 *   only between ORG and GPE/LOC and only when the gazetteer knows no such place ("Gazprom"), so
 *   "Jordan" the person and the country stay two.
 * - NORP only links by exact name; its place is kept.
 * - A user's corrections come first (`rules`): a name pinned by a merge links to the survivor; an
 *   entity a name was split from is no candidate for it, and never takes that form as an alias again.
 * - A new full name that shares its surname with people already known asks for their bare-surname-only
 *   articles to be revised (`revise`): they were linked first-come, before the name was ambiguous.
 */
export function resolveEntity(e: DocEntity, given: Candidate[], rules: Rule[] = [], evidence?: Map<string, number>): Resolution {
  const type = e.type;
  const bans = rules.filter((r) => r.rule === 'ban');
  const banned = (id: string, name: string) =>
    bans.length > 0 && bans.some((r) => r.entityId === id && (r.key === aliasKey(name) || r.key === nameKey(name, type)));
  const candidates = bans.length ? given.filter((c) => !banned(c.id, e.name)) : given;
  const pool = candidates.filter((c) => c.type === type);
  const nk = nameKey(e.name, type);
  const docAliases = mergeNames([e.name.trim()], e.aliases);
  const keysById = new Map(pool.map((c) => [c.id, keysOf([c.name, ...c.aliases], type)]));
  const nameKeyOf = (c: Candidate) => nameKey(c.name, type);
  const link = (c: Candidate, reason: Resolution['reason'], name = c.name): Resolution => ({
    id: c.id,
    reason,
    type,
    name,
    aliases: mergeNames(mergeNames([c.name], c.aliases), docAliases.filter((a) => !banned(c.id, a))),
    titles: mergeNames(c.titles, e.titles),
    place: c.place ?? e.place ?? null,
  });
  const create = (reason: Resolution['reason']): Resolution => ({
    id: null,
    reason,
    type,
    name: e.name.trim(),
    aliases: docAliases,
    titles: mergeNames([], e.titles),
    place: e.place ?? null,
  });
  // Several matches: prefer the one whose own name is this name, then the lowest id (deterministic).
  const pick = (cs: Candidate[]): Candidate =>
    cs.find((c) => nameKeyOf(c) === nk) ?? [...cs].sort((a, b) => (a.id < b.id ? -1 : 1))[0];

  // a merge the user made: this name is the survivor's, whatever the rules below would say
  const pin = rules.find((r) => r.rule === 'pin' && r.type === type && (r.key === nk || r.key === aliasKey(e.name)));
  const pinned = pin && candidates.find((c) => c.id === pin.entityId);
  if (pinned) return { ...link(pinned, 'corrected'), type: pinned.type };

  const exact = pool.filter((c) => keysById.get(c.id)!.has(nk));
  const toks = nk.split(' ');
  const linkOtherType = (): Resolution | null => {
    if (!CROSS_TYPE.has(type)) return null;
    // one word: only between organisations and places, and only a word the gazetteer does not know as
    // a place ("Gazprom" typed a place in one article), so Jordan the country never takes Jordan the man
    const oneWord = toks.length < 2;
    if (oneWord && (type === 'PERSON' || placeOf(e.name))) return null;
    const others = candidates.filter((c) => c.type !== type && CROSS_TYPE.has(c.type) && !(oneWord && c.type === 'PERSON') && keysOf([c.name, ...c.aliases], c.type).has(aliasKey(e.name)));
    if (others.length !== 1) return null;
    const c = others[0];
    return { ...link(c, 'other-type'), type: c.type, aliases: mergeNames(mergeNames([c.name], c.aliases), docAliases) };
  };

  if (type === 'PERSON' && toks.length === 1) {
    // "Mr Trump" is not Melania Trump: an honorific the document used must fit the first name
    const sex = honorificGender(e.aliases);
    const fits = (c: Candidate) => sex === null || genderOfFirstName(nameKeyOf(c).split(' ')[0]) !== (sex === 'm' ? 'f' : 'm') || nameKeyOf(c) === nk;
    const same = pool.filter((c) => (exact.includes(c) || lastToken(nameKeyOf(c)) === nk) && fits(c));
    if (same.length === 1) return link(same[0], exact.includes(same[0]) ? 'exact' : 'surname');
    if (same.length > 1) {
      // several people answer to it: the one the document's company points to, when it clearly does
      const full = same.filter((c) => nameKeyOf(c).includes(' '));
      const chosen = evidence ? chooseByEvidence(full.map((c) => c.id), evidence) : null;
      if (chosen) return link(full.find((c) => c.id === chosen)!, 'evidence');
      const bare = same.find((c) => nameKeyOf(c) === nk);
      return bare ? link(bare, 'exact') : create('ambiguous');
    }
    return create('new');
  }

  if (type === 'NORP' || (type === 'ORG' && toks.length === 1)) {
    // the members WordNet defines by a party ("Tories", "Democrats"): the party, when one is stored,
    // before a people or group entity of that name ("Tories" typed NORP in one article, the party in another)
    const m = memberKey(e.name);
    const parties = m ? candidates.filter((c) => c.type === 'ORG' && [c.name, ...c.aliases].some((n) => / party$/.test(aliasKey(n))) && keysOf([c.name, ...c.aliases], 'ORG').has(m)) : [];
    if (parties.length === 1) {
      const c = parties[0];
      return { ...link(c, 'variant'), type: c.type, place: c.place, aliases: mergeNames(mergeNames([c.name], c.aliases), docAliases) };
    }
  }
  if (exact.length > 0) return link(pick(exact), 'exact');
  if (type === 'NORP') return create('new');
  const other = linkOtherType();

  // Multi-token aliases only: a bare surname alias says nothing about which person it is.
  const aliasKeys = new Set(
    e.aliases.map((a) => nameKey(a, type)).filter((k) => k && (type !== 'PERSON' || k.includes(' '))),
  );
  const byAlias = pool.filter((c) => [...aliasKeys].some((k) => keysById.get(c.id)!.has(k)));
  if (byAlias.length > 0) return link(pick(byAlias), 'alias');
  if (type === 'GPE' || type === 'LOC') {
    // "Guantanamo Bay" and a stored "Guantanamo": the feature word left out (placeCore)
    const cores = docAliases.map(placeCore).filter((k): k is string => k !== null);
    const near = pool.filter((c) => cores.some((k) => keysById.get(c.id)!.has(k)));
    if (near.length === 1) return link(near[0], 'variant');
  }
  if (type === 'ORG') {
    // a short form of one stored organisation ("Lib Dems" ~ Liberal Democrats, "Conservatives" ~
    // Conservative Party; see variantMatch). Not by initials alone: across articles nothing attests
    // which full name an acronym stands for, and the first one seen was often not it ("NHS" took a
    // Norfolk High School, "AOL" An Open Letter, "JP Morgan" January-to-March on the eval:roles store).
    const variants = pool.filter((c) => orgVariantOf(docAliases, c));
    if (variants.length === 1) return link(variants[0], 'variant');
  }
  if (other) return other;

  if (type !== 'PERSON' || toks.length < 2) return create('new');

  const first = toks[0];
  const last = toks[toks.length - 1];
  const sameSurname = pool.filter((c) => lastToken(nameKeyOf(c)) === last);
  const full = sameSurname.filter((c) => nameKeyOf(c).includes(' '));
  const firstLast = full.filter((c) => firstToken(nameKeyOf(c)) === first);
  if (firstLast.length === 1) return link(firstLast[0], 'first-last');
  const titled = full.filter((c) => {
    const ct = nameKeyOf(c).split(' ');
    return endsWith(toks, ct) || endsWith(ct, toks);
  });
  if (titled.length === 1) {
    const c = titled[0];
    return link(c, 'titled', nameKeyOf(c).split(' ').length <= toks.length ? c.name : e.name.trim());
  }
  const bare = sameSurname.filter((c) => !nameKeyOf(c).includes(' '));
  // the bare entity becomes this person unless its honorifics say the other sex ("Mrs Quill" is not Tom Quill)
  const sex = genderOfFirstName(first);
  const fitsBare = (c: Candidate) => sex === null || honorificGender(c.aliases) !== (sex === 'm' ? 'f' : 'm');
  if (bare.length === 1 && full.length === 0 && fitsBare(bare[0])) return link(bare[0], 'upgrade', e.name.trim());
  // with other people of that surname known, the bare-surname articles linked before are weighed again:
  // the full names' first-come ones, and the bare entity's, which this person's company may claim
  return full.length > 0 ? { ...create('new'), revise: [...full, ...bare].map((c) => c.id) } : create('new');
}

/**
 * The full-name people a bare surname could be, when more than one person answers to it (or a bare
 * entity of that name competes): the backend gathers their co-mentions (`coMentionScores`) for
 * `resolveEntity` to weigh. Empty for anything else (no query needed).
 */
export function surnameRivals(e: DocEntity, candidates: Candidate[]): string[] {
  if (e.type !== 'PERSON') return [];
  const nk = nameKey(e.name, 'PERSON');
  if (nk.includes(' ')) return [];
  const same = candidates.filter((c) => c.type === 'PERSON' && (lastToken(nameKey(c.name, 'PERSON')) === nk || keysOf([c.name, ...c.aliases], 'PERSON').has(nk)));
  const full = same.filter((c) => nameKey(c.name, 'PERSON').includes(' '));
  return same.length > 1 && full.length > 0 ? full.map((c) => c.id) : [];
}

/** One stored co-mention: candidate `cand` and the document's entity `other` named in one article, `other` in `n` articles in all. */
export interface CoMention {
  cand: string;
  other: string;
  n: number;
}

/**
 * Evidence per candidate: the document's other entities it was named with elsewhere, each weighted by
 * how rare it is in the corpus of `total` articles (ln(total / n): "Chelsea" says more than "UK").
 */
export function coMentionScores(rows: CoMention[], total: number): Map<string, number> {
  const seen = new Set<string>();
  const out = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.cand}\u0000${r.other}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.set(r.cand, (out.get(r.cand) ?? 0) + Math.log(Math.max(total, 2) / Math.max(r.n, 1)));
  }
  return out;
}

/** Evidence needed for a bare surname to take one of several people: at least this much, and this many times the runner-up's. */
export const EVIDENCE_MIN = 3;
export const EVIDENCE_RATIO = 2;

/** The candidate the evidence clearly points to (enough of it, well ahead of the next), or null. */
export function chooseByEvidence(ids: string[], scores: Map<string, number>): string | null {
  const ranked = ids.map((id) => [id, scores.get(id) ?? 0] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length === 0) return null;
  const [best, second] = [ranked[0][1], ranked[1]?.[1] ?? 0];
  return best >= EVIDENCE_MIN && best >= EVIDENCE_RATIO * second ? ranked[0][0] : null;
}

/**
 * Where an article that named a person only by the surname belongs once several people share it:
 * the rival (a full-name person of that surname) its other entities clearly point to, among those
 * whose first name fits the honorific it used, or null (the bare-surname entity). `rows`: the rivals'
 * co-mentions elsewhere with that article's other entities.
 */
export function reviseTarget(rivals: { id: string; name: string }[], surfaces: string[], rows: CoMention[], total: number): string | null {
  const sex = honorificGender(surfaces);
  const fit = rivals.filter((c) => sex === null || genderOfFirstName(firstToken(nameKey(c.name, 'PERSON'))) !== (sex === 'm' ? 'f' : 'm'));
  return chooseByEvidence(fit.map((c) => c.id), coMentionScores(rows, total));
}

/**
 * The co-mentions the document being added gives, which the store does not hold yet: it counts as one
 * more article naming each of the `current` rivals with each of the article's `current` other entities
 * (`articleCount`: that entity's stored article count).
 */
export function currentCoMentions(rivals: string[], others: string[], current: Set<string>, articleCount: (id: string) => number): CoMention[] {
  const here = others.filter((x) => current.has(x));
  return rivals.filter((x) => current.has(x)).flatMap((cand) => here.map((other) => ({ cand, other, n: articleCount(other) + 1 })));
}

/**
 * Where one article that named `from` only by its surname goes when that surname is revised: a rival
 * its company points to (reviseTarget), '' for the bare-surname person, or null to stay with `from`
 * (the evidence points to it, or it is the bare entity itself and no person's company claims the article).
 */
export function revisionDestination(from: { id: string; name: string }, surname: string, rivals: { id: string; name: string }[], surfaces: string[], rows: CoMention[], total: number): string | null {
  const to = reviseTarget(rivals, surfaces, rows, total) ?? '';
  return to === from.id || (to === '' && nameKey(from.name, 'PERSON') === surname) ? null : to;
}

/**
 * Stored entities this document shows to be the one it names (`id`): of its type, known only by a lone
 * acronym ("BT") that is the initials of the document's name of several words ("British Telecom"), which
 * the document itself gives beside that name. Across articles initials alone never link (orgVariantOf);
 * a document that spells one out is evidence, which the backend weighs with the acronym entity's
 * co-mentions (at least EVIDENCE_MIN) before folding it in.
 */
export function acronymFolds(e: DocEntity, id: string, candidates: Candidate[]): string[] {
  if (e.type === 'PERSON' || e.type === 'NORP' || !e.name.trim().includes(' ')) return [];
  const acr = acronymOf(e.name);
  if (!acr || !e.aliases.some((a) => /^\p{Lu}{2,6}$/u.test(a.trim()) && aliasKey(a) === acr)) return [];
  return candidates.filter((c) => c.id !== id && c.type === e.type && [c.name, ...c.aliases].every((n) => aliasKey(n) === acr)).map((c) => c.id);
}

/** An acronym entity to fold into the entity a document spelt it out for (acronymFolds). */
export interface Fold {
  from: string;
  into: string;
}

/** A document's entities in the order to resolve them: bare person names last, so their company is linked first. */
export function resolutionOrder(entities: DocEntity[]): DocEntity[] {
  const bare = (e: DocEntity) => e.type === 'PERSON' && !nameKey(e.name, 'PERSON').includes(' ');
  return [...entities.filter((e) => !bare(e)), ...entities.filter(bare)];
}

/** A name's tokens end with another name of at least two tokens and fewer tokens ("prime minister tony blair", "tony blair"). */
const endsWith = (long: string[], short: string[]) => short.length >= 2 && short.length < long.length && long.slice(-short.length).join(' ') === short.join(' ');

/** The same strings in the same order. */
const sameStrings = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** True when linking changed nothing stored (the common case once an entity is known): skip the writes. */
export function unchanged(res: Resolution, before: Candidate | undefined): boolean {
  if (!before || res.id !== before.id) return false;
  return res.name === before.name && res.place === before.place && sameStrings(res.aliases, before.aliases) &&
    sameStrings(res.titles, before.titles);
}

/** The gender the document's honorifics give a person ("Mr Smith" → m, "Mrs"/"Ms" → f), or null. */
function honorificGender(aliases: string[]): 'm' | 'f' | null {
  let m = false;
  let f = false;
  for (const a of aliases) {
    const h = /^(mr|sir|lord|mrs|ms|miss|lady|dame)\b/i.exec(a.trim())?.[1].toLowerCase();
    if (h === 'mr' || h === 'sir' || h === 'lord') m = true;
    else if (h) f = true;
  }
  return m === f ? null : m ? 'm' : 'f';
}

/** Types an annotator confuses for one another on a name it does not know (never NORP). */
const CROSS_TYPE = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC']);

function lastToken(key: string): string {
  const i = key.lastIndexOf(' ');
  return i < 0 ? key : key.slice(i + 1);
}

function firstToken(key: string): string {
  const i = key.indexOf(' ');
  return i < 0 ? key : key.slice(0, i);
}

/** A stored entity as resolving a whole document keeps it: a candidate, plus what lookups match on. */
export interface Known extends Candidate {
  /** Its `surnameKey` as stored (`last_key`). */
  surname: string | null;
  /** Alias keys it is known to answer to (at least those this document looks up). */
  keys: Set<string>;
}

/** The state to store for one entity the document created or changed, and the alias keys to add. */
export interface EntityWrite {
  id: string;
  created: boolean;
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
  place: string | null;
  keys: Set<string>;
}

/**
 * Resolves a document's entities in order against `known` (every stored entity any of them could be
 * linked to: read once, see `lookupKeys`), applying each decision to `known` before the next, so each
 * sees the ones before it exactly as linking them one by one against the store would. `taken` says
 * whether an id is used in the store (a new entity's id is salted until free). Returns each entity
 * key's corpus id and, per entity created or changed, its final state for the backend to write.
 */
export async function resolveDocument(
  entities: DocEntity[],
  known: Map<string, Known>,
  taken: (id: string) => boolean | Promise<boolean>,
  rules: Rule[] = [],
  evidence?: (rivals: string[], others: string[]) => Promise<Map<string, number>>,
): Promise<{ idOf: Map<string, string>; writes: Map<string, EntityWrite>; revise: Revision[]; folds: Fold[] }> {
  const idOf = new Map<string, string>();
  const writes = new Map<string, EntityWrite>();
  const revise: Revision[] = [];
  const folds: Fold[] = [];
  for (const e of resolutionOrder(entities)) {
    const look = lookupKeys(e);
    const candidates = [...known.values()].filter(
      (k) => look.aliasKeys.some((x) => k.keys.has(x)) || (k.type === look.type && look.surname !== null && k.surname === look.surname),
    );
    const rivals = evidence ? surnameRivals(e, candidates) : [];
    const scores = rivals.length ? await evidence!(rivals, [...new Set(idOf.values())].filter((id) => !rivals.includes(id))) : undefined;
    const res = resolveEntity(e, candidates, rules.filter((r) => look.aliasKeys.includes(r.key)), scores);
    for (const from of res.revise ?? []) revise.push({ from, surname: look.surname! });
    if (res.id) for (const from of acronymFolds(e, res.id, candidates)) folds.push({ from, into: res.id });
    if (unchanged(res, candidates.find((c) => c.id === res.id))) {
      idOf.set(e.key, res.id!);
      continue;
    }
    let id = res.id;
    if (id === null) {
      // a taken id belongs to an entity renamed since (an upgrade), here or in the store: salt until free
      for (let n = 0; ; n++) {
        id = entityId(res.type, res.name, n);
        if (!known.has(id) && !(await taken(id))) break;
      }
    }
    const keys = keysOf([res.name, ...res.aliases], res.type);
    const before = known.get(id!);
    const { type, name, aliases, titles, place } = res;
    known.set(id!, { id: id!, type, name, aliases, titles, place, surname: surnameKey(name, type), keys: new Set([...(before?.keys ?? []), ...keys]) });
    const w = writes.get(id!);
    writes.set(id!, { id: id!, created: w ? w.created : res.id === null, type, name, aliases, titles, place, keys: new Set([...(w?.keys ?? []), ...keys]) });
    idOf.set(e.key, id!);
    if (res.id === null) for (const from of acronymFolds(e, id!, candidates)) folds.push({ from, into: id! });
  }
  return { idOf, writes, revise, folds };
}

/** Articles of `from` that name it only by `surname` are to move to the bare-surname entity. */
export interface Revision {
  from: string;
  surname: string;
}
