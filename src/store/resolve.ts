// Cross-corpus entity resolution: one document's entity against the entities already stored.
// Pure: the backend fetches the candidates (see lookupKeys) and applies the decision, inside the
// same transaction as the article, so both backends link exactly alike.

import type { DocEntity, EntityType } from '../model/index.js';
import { shortHash } from './identity.js';
import { genderOfFirstName, placeOf } from '../understand/gazetteer.js';

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
  reason: 'exact' | 'alias' | 'first-last' | 'titled' | 'surname' | 'upgrade' | 'other-type' | 'new' | 'ambiguous' | 'corrected';
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
  const keys = new Set<string>();
  for (const n of [e.name, ...e.aliases]) {
    const k = nameKey(n, e.type);
    if (k) keys.add(k);
    const raw = aliasKey(n);
    if (raw) keys.add(raw);
  }
  return { type: e.type, aliasKeys: [...keys], surname: surnameKey(e.name, e.type) };
}

/** Every key an entity answers to: its name and aliases, raw and (persons) without honorifics. */
export function keysOf(names: string[], type: EntityType): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const a = aliasKey(n);
    if (a) out.add(a);
    const k = nameKey(n, type);
    if (k) out.add(k);
  }
  return out;
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
export function resolveEntity(e: DocEntity, given: Candidate[], rules: Rule[] = []): Resolution {
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
      const bare = same.find((c) => nameKeyOf(c) === nk);
      return bare ? link(bare, 'exact') : create('ambiguous');
    }
    return create('new');
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
  if (bare.length === 1 && full.length === 0) return link(bare[0], 'upgrade', e.name.trim());
  return full.length > 0 ? { ...create('new'), revise: full.map((c) => c.id) } : create('new');
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
): Promise<{ idOf: Map<string, string>; writes: Map<string, EntityWrite>; revise: Revision[] }> {
  const idOf = new Map<string, string>();
  const writes = new Map<string, EntityWrite>();
  const revise: Revision[] = [];
  for (const e of entities) {
    const look = lookupKeys(e);
    const candidates = [...known.values()].filter(
      (k) => look.aliasKeys.some((x) => k.keys.has(x)) || (k.type === look.type && look.surname !== null && k.surname === look.surname),
    );
    const res = resolveEntity(e, candidates, rules.filter((r) => look.aliasKeys.includes(r.key)));
    for (const from of res.revise ?? []) revise.push({ from, surname: look.surname! });
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
  }
  return { idOf, writes, revise };
}

/** Articles of `from` that name it only by `surname` are to move to the bare-surname entity. */
export interface Revision {
  from: string;
  surname: string;
}
