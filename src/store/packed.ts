// An article's mentions, coreference links, times, numbers and events as SQLite keeps them since
// migration 13: one deflated JSON value per article (`article_annotations`), not one row each.
//
// Those rows are only ever read by article (an article's view; a correction's articles), and as rows
// each repeated the 12-character article id and often a 12-character entity id: about 40 bytes a
// mention. Packed, an entity id is written once per article (the rows point into `e`), offsets are
// each span's distance from the previous span's start and its length, and the whole is deflated.
// Quotes keep their table: quote lists read them by speaker across articles.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { CAMEO_ACTOR_TYPES, CAMEO_ROOTS } from '../model/index.js';

type Row = Record<string, any>;

/** The rows as the article view reads them (the columns of the tables before migration 13, less article_id). */
export interface AnnotationRows {
  mentions: Row[];
  coref: Row[];
  times: Row[];
  numbers: Row[];
  events: Row[];
}

/**
 * The same rows as arrays, entity ids in place (null for an unfilled event role), in index order:
 * what the store writes and the migration reads from the old tables.
 */
export interface WideRows {
  /** entity, start, end, sentence */
  m: [string, number, number, number][];
  /** entity, start, end, sentence, kind, confidence */
  c: [string, number, number, number, string, number][];
  /** start, end, value, granularity, relative (0/1), sentence */
  t: [number, number, string | null, string, number, number][];
  /** start, end, kind, value, unit, counted, sentence */
  n: [number, number, string, number, string | null, string | null, number][];
  /**
   * start, end, cameo, trigger, actor, target, place, when, modality, sentence, and (since migration 15)
   * the actor's and the target's noun phrase and CAMEO actor type where no entity fills the role
   */
  v: [number, number, string, string, string | null, string | null, string | null, string | null, string, number, string | null, string | null, string | null, string | null][];
}

/** Packed form: `e` the article's entity ids; every row's start as a step from the row before's, its end as a length. */
interface Packed {
  e: string[];
  m: unknown[][];
  c: unknown[][];
  t: unknown[][];
  n: unknown[][];
  v: unknown[][];
}

// What the tables' CHECK constraints refused before migration 13, refused here in their place.
const GRANULARITIES = new Set(['time', 'day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'range', 'duration', 'set', 'unknown']);
const NUMBER_KINDS = new Set(['count', 'money', 'percent', 'duration', 'ordinal', 'number']);
const MODALITIES = new Set(['happened', 'planned', 'hypothetical', 'negated', 'reported']);
const CAMEOS = new Set(Object.keys(CAMEO_ROOTS));
const ACTOR_TYPES = new Set(Object.keys(CAMEO_ACTOR_TYPES));

/** A whole number ≥ 0 (an offset or a sentence index). */
const isIndex = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

function check(w: WideRows): void {
  // (isIndex at module level: a function made inside this one, called for every row, was made anew for
  // each row, and tsx names every such function as it is made)
  const span = (what: string, i: number, start: unknown, end: unknown, sentence: unknown) => {
    if (!isIndex(start) || !isIndex(end) || (end as number) < (start as number) || !isIndex(sentence)) {
      throw new Error(`${what} ${i} has an invalid span (${String(start)}-${String(end)}, sentence ${String(sentence)})`);
    }
  };
  const bad = (what: string, i: number, field: string, v: unknown) => new Error(`${what} ${i} has an invalid ${field} (${String(v)})`);
  w.m.forEach((r, i) => {
    span('mention', i, r[1], r[2], r[3]);
    if (typeof r[0] !== 'string') throw bad('mention', i, 'entity', r[0]);
  });
  w.c.forEach((r, i) => {
    span('coreference link', i, r[1], r[2], r[3]);
    if (typeof r[0] !== 'string') throw bad('coreference link', i, 'entity', r[0]);
    if (r[4] !== 'pronoun' && r[4] !== 'role') throw bad('coreference link', i, 'kind', r[4]);
    if (!(r[5] >= 0 && r[5] <= 1)) throw bad('coreference link', i, 'confidence', r[5]);
  });
  w.t.forEach((r, i) => {
    span('time', i, r[0], r[1], r[5]);
    if (!GRANULARITIES.has(r[3])) throw bad('time', i, 'granularity', r[3]);
    if (r[4] !== 0 && r[4] !== 1) throw bad('time', i, 'relative flag', r[4]);
  });
  w.n.forEach((r, i) => {
    span('number', i, r[0], r[1], r[6]);
    if (!NUMBER_KINDS.has(r[2])) throw bad('number', i, 'kind', r[2]);
    if (!Number.isFinite(r[3])) throw bad('number', i, 'value', r[3]);
  });
  w.v.forEach((r, i) => {
    span('event', i, r[0], r[1], r[9]);
    if (!CAMEOS.has(r[2])) throw bad('event', i, 'CAMEO root', r[2]);
    if (typeof r[3] !== 'string') throw bad('event', i, 'trigger', r[3]);
    if (!MODALITIES.has(r[8])) throw bad('event', i, 'modality', r[8]);
    for (const [text, type, role] of [[r[10], r[11], 'actor'], [r[12], r[13], 'target']] as const) {
      // absent (rows from before migration 15) is none
      if (text != null && (typeof text !== 'string' || text.trim() === '')) throw bad('event', i, `${role} phrase`, text);
      if (type != null && (text == null || !ACTOR_TYPES.has(type))) throw bad('event', i, `${role} type`, type);
    }
  });
}

/** The rows packed for `article_annotations.data`; throws on a row the old tables would have refused. */
export function packAnnotations(w: WideRows): Buffer {
  check(w);
  const e: string[] = [];
  const at = new Map<string, number>();
  const ent = (id: string | null): number | null => {
    if (id === null || id === undefined) return null;
    let i = at.get(id);
    if (i === undefined) {
      i = e.length;
      e.push(id);
      at.set(id, i);
    }
    return i;
  };
  // each list's starts as steps from the start before (offsets grow through an article), ends as lengths
  const spans = <T extends unknown[]>(rows: T[], s: number, f: (r: T, start: number, length: number) => unknown[]) => {
    let prev = 0;
    return rows.map((r) => {
      const start = r[s] as number;
      const out = f(r, start - prev, (r[s + 1] as number) - start);
      prev = start;
      return out;
    });
  };
  const p: Packed = {
    e,
    m: spans(w.m, 1, (r, s, l) => [ent(r[0]), s, l, r[3]]),
    c: spans(w.c, 1, (r, s, l) => [ent(r[0]), s, l, r[3], r[4], r[5]]),
    t: spans(w.t, 0, (r, s, l) => [s, l, r[2], r[3], r[4], r[5]]),
    n: spans(w.n, 0, (r, s, l) => [s, l, r[2], r[3], r[4], r[5], r[6]]),
    // the four phrase fields only when an event has a phrase (most have none)
    v: spans(w.v, 0, (r, s, l) => [s, l, r[2], r[3], ent(r[4]), ent(r[5]), ent(r[6]), r[7], r[8], r[9], ...(r[10] != null || r[12] != null ? r.slice(10, 14).map((x) => x ?? null) : [])]),
  };
  return deflateRawSync(Buffer.from(JSON.stringify(p), 'utf8'));
}

export function unpackAnnotations(data: Buffer): WideRows {
  const p = JSON.parse(inflateRawSync(data).toString('utf8')) as Packed;
  const id = (i: unknown): string | null => (i === null ? null : p.e[i as number]);
  const spans = (rows: unknown[][], s: number, f: (r: unknown[], start: number, end: number) => any) => {
    let prev = 0;
    return rows.map((r) => {
      const start = prev + (r[s] as number);
      prev = start;
      return f(r, start, start + (r[s + 1] as number));
    });
  };
  return {
    m: spans(p.m, 1, (r, s, e) => [id(r[0]), s, e, r[3]]),
    c: spans(p.c, 1, (r, s, e) => [id(r[0]), s, e, r[3], r[4], r[5]]),
    t: spans(p.t, 0, (r, s, e) => [s, e, r[2], r[3], r[4], r[5]]),
    n: spans(p.n, 0, (r, s, e) => [s, e, r[2], r[3], r[4], r[5], r[6]]),
    v: spans(p.v, 0, (r, s, e) => [s, e, r[2], r[3], id(r[4]), id(r[5]), id(r[6]), r[7], r[8], r[9], r[10] ?? null, r[11] ?? null, r[12] ?? null, r[13] ?? null]),
  };
}

/** The spans of entity `id`'s mentions, in order, without unpacking the other lists (a correction asks this of many articles). */
export function mentionSpans(data: Buffer, id: string): [number, number][] {
  return spansOf(packedMentions(data), id);
}

/** A packed row's entity list and mention rows, for spansOf (read-only: callers may keep and share it). */
export type PackedMentions = Pick<Packed, 'e' | 'm'>;

export function packedMentions(data: Buffer): PackedMentions {
  const p = JSON.parse(inflateRawSync(data).toString('utf8')) as Packed;
  return { e: p.e, m: p.m };
}

/** mentionSpans of an already parsed row. */
export function spansOf(p: PackedMentions, id: string): [number, number][] {
  const i = p.e.indexOf(id);
  const out: [number, number][] = [];
  if (i < 0) return out;
  let start = 0;
  for (const r of p.m) {
    start += r[1] as number;
    if (r[0] === i) out.push([start, start + (r[2] as number)]);
  }
  return out;
}

/** The rows with the old tables' column names, as `articleView` reads them. */
export function annotationRows(w: WideRows): AnnotationRows {
  return {
    mentions: w.m.map(([entity_id, start_pos, end_pos, sentence], idx) => ({ idx, entity_id, start_pos, end_pos, sentence })),
    coref: w.c.map(([entity_id, start_pos, end_pos, sentence, kind, confidence], idx) => ({ idx, entity_id, start_pos, end_pos, sentence, kind, confidence })),
    times: w.t.map(([start_pos, end_pos, value, granularity, relative, sentence], idx) => ({ idx, start_pos, end_pos, value, granularity, relative, sentence })),
    numbers: w.n.map(([start_pos, end_pos, kind, value, unit, counted, sentence], idx) => ({ idx, start_pos, end_pos, kind, value, unit, counted, sentence })),
    events: w.v.map(([start_pos, end_pos, cameo, trigger, actor_id, target_id, place_id, when_value, modality, sentence, actor_text, actor_type, target_text, target_type], idx) =>
      ({ idx, start_pos, end_pos, cameo, trigger, actor_id, target_id, place_id, when_value, modality, sentence, actor_text, actor_type, target_text, target_type })),
  };
}

/** Every reference to entity `from` becomes `to` (a correction moving an article's links). */
export function moveEntity(w: WideRows, from: string, to: string): WideRows {
  const m = (x: string | null) => (x === from ? to : x);
  return {
    m: w.m.map((r) => [m(r[0])!, r[1], r[2], r[3]]),
    c: w.c.map((r) => [m(r[0])!, r[1], r[2], r[3], r[4], r[5]]),
    t: w.t,
    n: w.n,
    v: w.v.map((r) => [r[0], r[1], r[2], r[3], m(r[4]), m(r[5]), m(r[6]), r[7], r[8], r[9], r[10], r[11], r[12], r[13]]),
  };
}

export const EMPTY_ROWS: WideRows = { m: [], c: [], t: [], n: [], v: [] };
