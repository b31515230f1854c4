// Story signatures of format 3 (rows.ts) read as term ids, not as records of strings.
//
// Story placement compares an article with up to 50 candidate members a turn. Once the corpus outgrows
// the parsed-signature cache, nearly every member is read anew, and making its records (a few hundred
// fresh strings, each internalised, in dictionaries) was the per-article cost that still grew with the
// corpus (~2-3 ms an article at 8,000 articles). Here a member's strings are looked up by their UTF-8
// bytes in one process-wide table of ids (no string is made), and its vectors are kept as ids and
// weights side by side: `packedStorySignature` gives a signature whose fields are made (from the same
// bytes, by rows.ts) only when something reads them, and `signatureView` gives placement the ids to
// compare with. Same weights, same order: rows.ts writes each vector in its record's key order and
// reads it back in that order, which is also the order `for…in` gives the record read back (array-index
// keys first, ascending, then the others as written), so sums over the view add the same products in
// the same order as sums over the records.

import type { StoryAggregate, StorySignature } from '../model/index.js';
import { isPackedStorySignature } from './rows.js';

/** Ids of terms by their UTF-8 bytes (open addressing over an arena of bytes). */
class TermIds {
  /** Bumped when the table is emptied: ids of an older epoch are stale. */
  epoch = 0;
  count = 0;
  private bytes = new Uint8Array(1 << 20);
  private used = 0;
  private start = new Int32Array(1 << 14);
  private length = new Int32Array(1 << 14);
  private hash = new Int32Array(1 << 14);
  /** id + 1 by slot, 0 for an empty slot. */
  private slots = new Int32Array(1 << 16);
  private readonly scratch = Buffer.alloc(1 << 12);

  /** The id of bytes [from, to) of `b`, given one if they have none. */
  of(b: Uint8Array, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ b[i], 0x01000193);
    const mask = this.slots.length - 1;
    const n = to - from;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s];
      if (at === 0) break;
      const id = at - 1;
      if (this.hash[id] !== h || this.length[id] !== n) continue;
      const o = this.start[id] - from;
      let same = true;
      for (let i = from; i < to; i++) {
        if (this.bytes[o + i] !== b[i]) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
    return this.add(b, from, to, h);
  }

  /** The id of a string (-1 for one that is not well-formed UTF-16: its bytes would stand for another). */
  ofString(s: string): number {
    if (LONE_SURROGATE.test(s)) return -1;
    let b: Uint8Array = this.scratch;
    let n: number;
    if (s.length * 3 <= b.length) n = this.scratch.write(s, 0, 'utf8');
    else {
      b = Buffer.from(s, 'utf8');
      n = b.length;
    }
    return this.of(b, 0, n);
  }

  private add(b: Uint8Array, from: number, to: number, h: number): number {
    const n = to - from;
    if (this.count >= MAX_TERMS || this.used + n > MAX_BYTES) this.clear();
    if (this.used + n > this.bytes.length) this.bytes = grown(this.bytes, Math.max(this.bytes.length * 2, this.used + n));
    if (this.count === this.start.length) {
      this.start = grown(this.start, this.count * 2);
      this.length = grown(this.length, this.count * 2);
      this.hash = grown(this.hash, this.count * 2);
    }
    const id = this.count++;
    this.bytes.set(b.subarray(from, to), this.used);
    this.start[id] = this.used;
    this.length[id] = n;
    this.hash[id] = h;
    this.used += n;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let s = this.hash[id] & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.count; id++) this.place(id);
  }

  /** Emptied (a new epoch): bounds the table's memory on a desk that ingests for ever (and tests the epochs). */
  clear(): void {
    this.epoch++;
    this.count = 0;
    this.used = 0;
    this.slots.fill(0);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Terms (and figures and dates) the table holds before it is emptied, and their bytes: with its slots and
 * placement's scratch arrays (stories.ts), ~40 MB when full. A desk's vocabulary grows more slowly than
 * its articles (a few hundred thousand terms at 100,000 articles), so it is rarely emptied.
 */
const MAX_TERMS = 1_000_000;
const MAX_BYTES = 16 << 20;

function grown<T extends Uint8Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export const TERM_IDS = new TermIds();

/**
 * A weighted vector as ids and weights, in the record's key order: entries [start, end) of the two
 * arrays (a view's vectors share them), with its Euclidean length (1 when empty).
 */
export interface IdVector {
  ids: Int32Array;
  weights: Float64Array;
  start: number;
  end: number;
  norm: number;
}

/** A list of strings (figures) as ids: entries [start, end) of `ids`. */
export interface IdList {
  ids: Int32Array;
  start: number;
  end: number;
}

/** A story aggregate as ids (StoryAggregate's fields). */
export interface IdAggregate {
  members: number;
  terms: IdVector;
  names: IdVector;
  title: IdVector;
  numbers: IdList;
  first: string | null;
  last: string | null;
}

/** What placement reads of a member, as ids. */
export interface SignatureView {
  epoch: number;
  terms: IdVector;
  title: IdVector;
  names: IdVector;
  numbers: IdList;
  minhash: Uint32Array;
  published: string | null;
  /** The members of the story aggregate as of this member (1 for one that started a story). */
  members: number;
  /** The aggregate, read when first asked for (null for an article that started a story; see viewAggregate). */
  story: IdAggregate | null;
  /** Where the aggregate's vectors start in the row (-1: none). */
  storyAt: number;
  raw: Buffer;
  strings: Int32Array;
  flags: number;
}

interface Lazy {
  raw: Buffer;
  view: SignatureView;
  unpack: (raw: Buffer) => StorySignature;
  full: StorySignature | null;
}
const STATE = Symbol('packed signature');
type Packed = StorySignature & { [STATE]: Lazy };

/**
 * The view of a signature read by packedStorySignature (undefined for any other): its ids are those of
 * the table's current epoch (read again from the stored bytes after the table was emptied).
 */
export function signatureView(sig: StorySignature): SignatureView | undefined {
  const v = (sig as Partial<Packed>)[STATE];
  if (!v) return undefined;
  if (v.view.epoch !== TERM_IDS.epoch) v.view = readView(v.raw);
  return v.view;
}

/**
 * A candidate member's stored signature as both stores give it to placement: format 3 read as term ids
 * (packedStorySignature), any other format read whole by `read` (which also unpacks format 3 when a
 * field is read).
 */
export function memberSignature(raw: unknown, read: (raw: unknown) => StorySignature): StorySignature {
  return isPackedStorySignature(raw) ? packedStorySignature(raw, read) : read(raw);
}

/**
 * A format 3 signature whose fields are made by `unpack` (the records rows.ts reads) the first time one
 * is read: the same keys in the same order, frozen (its view is a property of its own that is not
 * enumerable, so that no copy, listing or JSON of it shows it). Placement compares it through signatureView.
 * (No function is made per signature: tsx names each one it makes, an Object.defineProperty a closure.)
 */
export function packedStorySignature(raw: Buffer, unpack: (raw: Buffer) => StorySignature): StorySignature {
  const view = readView(raw);
  const sig = Object.defineProperties({}, view.storyAt >= 0 ? WITH_STORY : OWN) as Packed;
  Object.defineProperty(sig, STATE, { value: { raw, view, unpack, full: null } satisfies Lazy });
  return Object.freeze(sig);
}

function fullOf(sig: StorySignature): StorySignature {
  const v = (sig as Packed)[STATE];
  return (v.full ??= v.unpack(v.raw));
}
const OWN: PropertyDescriptorMap = {
  terms: { enumerable: true, get(this: StorySignature) { return fullOf(this).terms; } },
  title: { enumerable: true, get(this: StorySignature) { return fullOf(this).title; } },
  names: { enumerable: true, get(this: StorySignature) { return fullOf(this).names; } },
  numbers: { enumerable: true, get(this: StorySignature) { return fullOf(this).numbers; } },
  minhash: { enumerable: true, get(this: StorySignature) { return fullOf(this).minhash; } },
  published: { enumerable: true, get(this: StorySignature) { return fullOf(this).published; } },
};
const WITH_STORY: PropertyDescriptorMap = { ...OWN, story: { enumerable: true, get(this: StorySignature) { return fullOf(this).story; } } };

/** Where a read is in a row: its bytes, string ids, index width, offset, and the arrays its vectors fill. */
interface Cursor {
  b: Buffer;
  strings: Int32Array;
  wide: boolean;
  o: number;
  count: number;
  ids: Int32Array;
  weights: Float64Array;
  /** Entries of ids (and weights) filled. */
  used: number;
}

/** The view of a format 3 row (layout: rows.ts, packStorySignature): its own part; the aggregate when asked for. */
function readView(b: Buffer): SignatureView {
  const flags = b[1];
  const count = b[2] | (b[3] << 8);
  const end = 8 + b.readUInt32LE(4);
  const strings = new Int32Array(count);
  // (all in one epoch: were the table emptied half-way, the strings are looked up again)
  let epoch: number;
  do {
    epoch = TERM_IDS.epoch;
    let k = 0;
    let from = 8;
    if (count > 0) {
      for (let i = 8; i <= end; i++) {
        if (i === end || b[i] === 10) {
          if (k === count) throw new Error(`story signature: more strings than the header's ${count}`);
          strings[k++] = TERM_IDS.of(b, from, i);
          from = i + 1;
        }
      }
    }
    if (k !== count) throw new Error(`story signature: ${k} strings where the header says ${count}`);
  } while (epoch !== TERM_IDS.epoch);
  const c = cursor(b, strings, (flags & 16) === 0, end, 3, 1);
  const terms = vectorAt(c);
  const title = vectorAt(c);
  const names = vectorAt(c);
  const numbers = listAt(c);
  const n = b[c.o] | (b[c.o + 1] << 8);
  const minhash = new Uint32Array(n);
  for (let i = 0, p = c.o + 2; i < n; i++, p += 4) minhash[i] = (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
  c.o += 2 + 4 * n;
  const published = (flags & 2) !== 0 ? dateAt(c) : null;
  let members = 1;
  let storyAt = -1;
  if (flags & 1) {
    members = b.readUInt32LE(c.o);
    storyAt = c.o + 4;
  } else if (c.o !== b.length) throw new Error(`story signature: ${b.length - c.o} bytes left over`);
  return { epoch, terms, title, names, numbers, minhash, published, members, story: null, storyAt, raw: b, strings, flags };
}

function cursor(b: Buffer, strings: Int32Array, wide: boolean, o: number, vectors: number, lists: number): Cursor {
  // the entries the next vectors and lists hold, counted first, so that their ids and weights fill two arrays
  let entries = 0;
  let p = o;
  for (let i = 0; i < vectors + lists; i++) {
    const n = b[p] | (b[p + 1] << 8);
    entries += n;
    p += 2 + (wide ? 2 : 1) * n;
    if (i < vectors) p += 1 + (WEIGHT_BYTES[b[p]] ?? 0) * n;
  }
  return { b, strings, wide, o, count: strings.length, ids: new Int32Array(entries), weights: new Float64Array(entries), used: 0 };
}

/** The aggregate of a view as ids (aggregateOf's: its own vectors for a member that started a story). */
export function viewAggregate(v: SignatureView): IdAggregate {
  if (v.storyAt < 0) return { members: 1, terms: v.terms, names: v.names, title: v.title, numbers: v.numbers, first: v.published, last: v.published };
  if (!v.story) {
    const b = v.raw;
    const c = cursor(b, v.strings, (v.flags & 16) === 0, v.storyAt, 3, 1);
    const terms = vectorAt(c);
    const names = vectorAt(c);
    const title = vectorAt(c);
    const numbers = listAt(c);
    const first = (v.flags & 4) !== 0 ? dateAt(c) : null;
    const last = (v.flags & 8) !== 0 ? dateAt(c) : null;
    if (c.o !== b.length) throw new Error(`story signature: ${b.length - c.o} bytes left over`);
    v.story = { members: v.members, terms, names, title, numbers, first, last };
  }
  return v.story;
}

function vectorAt(c: Cursor): IdVector {
  const b = c.b;
  const n = b[c.o] | (b[c.o + 1] << 8);
  let k = c.o + 2;
  const kindAt = k + (c.wide ? 2 : 1) * n;
  const kind = b[kindAt];
  const size = WEIGHT_BYTES[kind];
  let w = kindAt + 1;
  c.o = w + n * size;
  if (size === undefined || c.o > b.length) throw new Error(`story signature: a vector of ${n} weights of kind ${kind} does not fit`);
  const start = c.used;
  const ids = c.ids;
  const weights = c.weights;
  let sq = 0;
  for (let i = start; i < start + n; i++, w += size) {
    if (c.wide) {
      ids[i] = c.strings[b[k] | (b[k + 1] << 8)];
      k += 2;
    } else ids[i] = c.strings[b[k++]];
    // k / 10^4 for an int16 or int32 k, as rows.ts reads them
    const x = kind === 2 ? (((b[w] | (b[w + 1] << 8)) << 16) >> 16) / 1e4 : kind === 0 ? (b[w] | (b[w + 1] << 8) | (b[w + 2] << 16) | (b[w + 3] << 24)) / 1e4 : b.readDoubleLE(w);
    weights[i] = x;
    sq += x * x;
  }
  c.used += n;
  return { ids, weights, start, end: start + n, norm: Math.sqrt(sq) || 1 };
}

function listAt(c: Cursor): IdList {
  const b = c.b;
  const n = b[c.o] | (b[c.o + 1] << 8);
  const start = c.used;
  for (let i = 0, k = c.o + 2; i < n; i++) {
    if (c.wide) {
      c.ids[start + i] = c.strings[b[k] | (b[k + 1] << 8)];
      k += 2;
    } else c.ids[start + i] = c.strings[b[k++]];
  }
  c.used += n;
  c.o += 2 + (c.wide ? 2 : 1) * n;
  return { ids: c.ids, start, end: start + n };
}

/** A date (a list of one): its string, found again in the run. */
function dateAt(c: Cursor): string {
  const b = c.b;
  const want = c.wide ? b[c.o + 2] | (b[c.o + 3] << 8) : b[c.o + 2];
  c.o += 2 + (c.wide ? 2 : 1);
  let s = 8;
  for (let j = 0; j < want; j++) s = b.indexOf(10, s) + 1;
  const e = want === c.count - 1 ? 8 + b.readUInt32LE(4) : b.indexOf(10, s);
  return b.toString('utf8', s, e);
}
const WEIGHT_BYTES = [4, 8, 2];

export type { StoryAggregate };
