// Entity corrections both backends apply alike: what a merge or a split changes, decided here from
// the entities as stored; the backend moves the rows, inside one transaction, under the writers' lock.
//
// merge A B  B is folded into A: every reference to B (mentions, coreference links, quote speakers,
//            event actors, targets and places, article links) becomes A; A takes B's name, aliases and
//            titles as aliases and titles; B is deleted. Rule: B's keys are pinned to A, so a later
//            article naming B links to A.
// split E F  The articles that name E only by the form F (every mention of E there has F's key) move to
//            the entity named F (an existing one of E's type, else a new one). E loses F as an alias.
//            Rule: F's keys are banned from E, so a later article naming only F never links to E.
//            Articles that also name E otherwise keep their F mentions with E: their own full-name
//            context says who F is there.

import { DeskError, type EntityCorrection, type EntityType } from '../model/index.js';
import { aliasKey, keysOf, mergeNames, nameKey, type Candidate, type Rule } from './resolve.js';

/** An entity as a correction reads it: the stored entity as resolution reads it. */
export type StoredEntity = Candidate;

/** What a merge writes: the survivor's new names, and the rules to keep. */
export interface MergePlan {
  name: string;
  aliases: string[];
  titles: string[];
  place: string | null;
  /** Keys the survivor answers to from now on (entity_aliases rows). */
  keys: string[];
  /** B's keys, pinned to A under B's type. */
  pins: Rule[];
}

export function planMerge(into: StoredEntity, from: StoredEntity): MergePlan {
  if (into.id === from.id) throw new DeskError('CORRECTION_INVALID', `cannot merge entity ${into.id} (${into.name}) into itself`, into.id);
  const aliases = mergeNames(mergeNames([into.name], into.aliases), [from.name, ...from.aliases]);
  const pins = [...keysOf([from.name, ...from.aliases], from.type)].map((key) => ({ key, type: from.type, rule: 'pin' as const, entityId: into.id }));
  return {
    name: into.name,
    aliases,
    titles: mergeNames(into.titles, from.titles),
    place: into.place ?? from.place,
    keys: [...keysOf(aliases, into.type)],
    pins,
  };
}

/** What a split writes: the entity's aliases without the form, the keys it stops answering to, the bans. */
export interface SplitPlan {
  /** The form as the entity knew it (its stored spelling). */
  alias: string;
  aliasKeys: Set<string>;
  /** The entity's aliases without the form. */
  aliases: string[];
  /** Keys to take off the entity (not also given by its name or its other aliases). */
  dropKeys: string[];
  bans: Rule[];
}

export function planSplit(e: StoredEntity, form: string): SplitPlan {
  const trimmed = form.trim();
  if (!aliasKey(trimmed)) throw new DeskError('CORRECTION_INVALID', `the form to split off entity ${e.id} (${e.name}) is empty`, e.id);
  const same = (a: string) => aliasKey(a) === aliasKey(trimmed) || nameKey(a, e.type) === nameKey(trimmed, e.type);
  if (same(e.name)) {
    throw new DeskError('CORRECTION_INVALID', `"${trimmed}" is the name of entity ${e.id}, not an alias to split off (merge or rename instead)`, e.id);
  }
  const alias = e.aliases.find(same);
  if (alias === undefined) {
    throw new DeskError('CORRECTION_INVALID', `entity ${e.id} (${e.name}) has no alias "${trimmed}"; its aliases: ${e.aliases.map((a) => `"${a}"`).join(', ') || 'none'}`, e.id);
  }
  const aliases = e.aliases.filter((a) => !same(a));
  // every spelling of the form goes ("Trump" and "Mrs Trump"), with all the keys it was known by
  const aliasKeys = keysOf(e.aliases.filter(same), e.type);
  const kept = keysOf([e.name, ...aliases], e.type);
  const dropKeys = [...aliasKeys].filter((k) => !kept.has(k));
  const bans = dropKeys.map((key) => ({ key, type: e.type, rule: 'ban' as const, entityId: e.id }));
  return { alias, aliasKeys, aliases, dropKeys, bans };
}

/** True when every surface names the entity only by the form: the article has no other name for it. */
export function onlyNamedAs(surfaces: string[], aliasKeys: Set<string>, type: EntityType): boolean {
  return surfaces.length > 0 && surfaces.every((s) => aliasKeys.has(aliasKey(s)) || aliasKeys.has(nameKey(s, type)));
}

/** Titles of one article's link, merged as prepare.ts merges them (case-insensitive, first spelling kept). */
export function mergeTitles(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const t of b) if (!out.some((x) => x.toLowerCase() === t.toLowerCase())) out.push(t);
  return out;
}

/** The unknown-id error every correction gives, naming the id. */
export function noEntity(id: string): DeskError {
  return new DeskError('NOT_FOUND', `No entity with id "${id}"`, id);
}

/** Row → EntityCorrection (both backends select the same columns). */
export function correctionRow(r: Record<string, any>): EntityCorrection {
  return {
    kind: r.kind,
    entityId: r.entity_id,
    otherId: r.other_id ?? null,
    otherName: r.other_name ?? null,
    alias: r.alias ?? null,
    articles: Number(r.articles),
    at: r.at,
  };
}
