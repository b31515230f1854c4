// Gradient-boosted regression trees on top of a linear score, for ask's learned models (score.ts).
// A linear model over ask's features cannot say "a high proximity matters only when the span is a name"
// or "coverage counts less for a date than for a person"; small trees fitted to what the linear score
// still gets wrong add those interactions. Each tree is fitted by Newton boosting (the leaf value is
// -G / (H + lambda) of the loss's gradients and second derivatives, as in XGBoost) on feature values
// cut at up to 32 quantiles. Written here rather than taken from a library: the npm tree-boosting
// packages either bind native code or fit only plain regression or classification, and ask needs the
// conditional logit (a softmax over one question's candidates) as its loss.

export interface Tree {
  /** Feature index, threshold: x[f] <= t goes left. */
  f: number;
  t: number;
  l: Tree | number;
  r: Tree | number;
}

export interface Boosted {
  rate: number;
  trees: Tree[];
}

export function treeValue(t: Tree | number, x: readonly number[]): number {
  while (typeof t !== 'number') t = x[t.f] <= t.t ? t.l : t.r;
  return t;
}

/**
 * A model's trees as flat arrays, built once per model: node n splits on feature `feature[n]` at
 * `value[n]` (x <= value goes to `left[n]`, else `right[n]`), or is a leaf (feature -1) worth `value[n]`.
 * Ask scores every candidate and every evidence sentence with hundreds of trees; walking typed arrays
 * instead of nested objects makes that several times cheaper, with the same leaves summed in the same order.
 */
interface FlatTrees {
  roots: Int32Array;
  feature: Int32Array;
  value: Float64Array;
  left: Int32Array;
  right: Int32Array;
}

const flattened = new WeakMap<Boosted, FlatTrees>();

function flatten(b: Boosted): FlatTrees {
  const feature: number[] = [];
  const value: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const add = (t: Tree | number): number => {
    const n = feature.length;
    feature.push(-1), value.push(0), left.push(-1), right.push(-1);
    if (typeof t === 'number') value[n] = t;
    else {
      feature[n] = t.f;
      value[n] = t.t;
      left[n] = add(t.l);
      right[n] = add(t.r);
    }
    return n;
  };
  const roots = Int32Array.from(b.trees.map(add));
  return { roots, feature: Int32Array.from(feature), value: Float64Array.from(value), left: Int32Array.from(left), right: Int32Array.from(right) };
}

/** The trees' contribution to a score: rate × the sum of their leaf values. */
export function boostedValue(b: Boosted | undefined, x: readonly number[]): number {
  if (!b) return 0;
  let flat = flattened.get(b);
  if (!flat) flattened.set(b, (flat = flatten(b)));
  const { roots, feature, value, left, right } = flat;
  let s = 0;
  for (let k = 0; k < roots.length; k++) {
    let n = roots[k];
    while (feature[n] >= 0) n = x[feature[n]] <= value[n] ? left[n] : right[n];
    s += value[n];
  }
  return b.rate * s;
}

export interface BoostOptions {
  rounds?: number;
  depth?: number;
  rate?: number;
  /** Fewest rows in a leaf. */
  leaf?: number;
  /** L2 penalty on leaf values. */
  lambda?: number;
  /**
   * Stochastic boosting (Friedman 2002): the share of groups each tree is grown on, drawn afresh each
   * round (1: all rows, the default). A group is one question's candidates (`groups`), else one row.
   */
  subsample?: number;
  /** The share of features each tree may split on, drawn afresh each round (1: all). */
  colsample?: number;
  /** Sizes of consecutive row groups that are sampled together (a question's candidates). */
  groups?: readonly number[];
  /** Seed of the draws, so that a fit is repeatable. */
  seed?: number;
}

/** mulberry32: a small seeded generator, enough for drawing rows and columns (and the bench's corpora). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fits trees to the rows' loss, starting from the scores `start` (the linear model's). `gradients`
 * returns, for the current scores, each row's gradient of the log-likelihood (ascent direction) and its
 * second derivative's magnitude.
 */
export function boost(
  rows: readonly (readonly number[])[],
  start: readonly number[],
  gradients: (scores: readonly number[]) => { g: number[]; h: number[] },
  opts: BoostOptions = {},
): Boosted {
  const rounds = opts.rounds ?? 100;
  const depth = opts.depth ?? 2;
  const rate = opts.rate ?? 0.05;
  const leaf = opts.leaf ?? 50;
  const lambda = opts.lambda ?? 1;
  const d = rows[0]?.length ?? 0;
  const cuts = Array.from({ length: d }, (_, j) => quantileCuts(rows.map((r) => r[j])));
  // Each row's bin per feature, once, row by row in one flat array (at most 32 bins, so a byte each):
  // a node's histograms are then one pass over its rows' bytes, not one pass per feature.
  const bins = new Uint8Array(rows.length * d);
  rows.forEach((r, i) => r.forEach((v, j) => (bins[i * d + j] = binOf(cuts[j], v))));
  // feature j's histogram starts at off[j]; its cuts.length + 1 bins follow
  const off = new Int32Array(d + 1);
  for (let j = 0; j < d; j++) off[j + 1] = off[j] + cuts[j].length + 1;
  const gs = new Float64Array(off[d]);
  const hs = new Float64Array(off[d]);
  const cs = new Int32Array(off[d]);
  const scores = [...start];
  const trees: Tree[] = [];
  const all = rows.map((_, i) => i);
  const subsample = opts.subsample ?? 1;
  const colsample = opts.colsample ?? 1;
  const sizes = opts.groups ?? rows.map(() => 1);
  const random = mulberry32(opts.seed ?? 1);
  // the features a tree may split on (all unless colsample < 1)
  const allowed = new Uint8Array(d).fill(1);
  for (let it = 0; it < rounds; it++) {
    const { g, h } = gradients(scores);
    let grown = all;
    if (subsample < 1) {
      grown = [];
      let o = 0;
      for (const n of sizes) {
        if (random() < subsample) for (let i = o; i < o + n; i++) grown.push(i);
        o += n;
      }
    }
    if (colsample < 1) {
      for (let j = 0; j < d; j++) allowed[j] = random() < colsample ? 1 : 0;
      if (!allowed.includes(1)) allowed[Math.floor(random() * d)] = 1;
    }
    const grow = (idx: number[], level: number): Tree | number => {
      let G = 0;
      let H = 0;
      for (const i of idx) (G += g[i], H += h[i]);
      const value = G / (H + lambda);
      if (level === 0 || idx.length < 2 * leaf) return value;
      const parent = (G * G) / (H + lambda);
      gs.fill(0);
      hs.fill(0);
      cs.fill(0);
      for (const i of idx) {
        const gi = g[i];
        const hi = h[i];
        const base = i * d;
        for (let j = 0; j < d; j++) {
          const b = off[j] + bins[base + j];
          gs[b] += gi;
          hs[b] += hi;
          cs[b]++;
        }
      }
      let best = { gain: 1e-9, f: -1, k: -1 };
      for (let j = 0; j < d; j++) {
        if (!allowed[j]) continue;
        const n = cuts[j].length;
        let gl = 0;
        let hl = 0;
        let nl = 0;
        for (let k = 0; k < n; k++) {
          gl += gs[off[j] + k];
          hl += hs[off[j] + k];
          nl += cs[off[j] + k];
          if (nl < leaf || idx.length - nl < leaf) continue;
          const gain = (gl * gl) / (hl + lambda) + (G - gl) ** 2 / (H - hl + lambda) - parent;
          if (gain > best.gain) best = { gain, f: j, k };
        }
      }
      if (best.f < 0) return value;
      const left = idx.filter((i) => bins[i * d + best.f] <= best.k);
      const right = idx.filter((i) => bins[i * d + best.f] > best.k);
      return { f: best.f, t: cuts[best.f][best.k], l: grow(left, level - 1), r: grow(right, level - 1) };
    };
    const tree = grow(grown, depth);
    // (no split helps: done, unless it was only this round's draw of rows or features)
    if (typeof tree === 'number') {
      if (subsample < 1 || colsample < 1) continue;
      break;
    }
    trees.push(round(tree) as Tree);
    for (let i = 0; i < rows.length; i++) scores[i] += rate * treeValue(trees[trees.length - 1], rows[i]);
  }
  return { rate, trees };
}

/** Gradients of the conditional logit: rows come in groups (one question's candidates), y marks the right ones. */
export function softmaxGradients(sizes: readonly number[], y: readonly number[]) {
  return (scores: readonly number[]) => {
    const g = new Array<number>(scores.length);
    const h = new Array<number>(scores.length);
    let o = 0;
    for (const n of sizes) {
      let max = -Infinity;
      for (let i = o; i < o + n; i++) max = Math.max(max, scores[i]);
      let sum = 0;
      for (let i = o; i < o + n; i++) sum += Math.exp(scores[i] - max);
      let pos = 0;
      for (let i = o; i < o + n; i++) if (y[i]) pos += Math.exp(scores[i] - max) / sum;
      for (let i = o; i < o + n; i++) {
        const p = Math.exp(scores[i] - max) / sum;
        g[i] = (y[i] && pos > 0 ? p / pos : 0) - p;
        h[i] = Math.max(p * (1 - p), 1e-6);
      }
      o += n;
    }
    return { g, h };
  };
}

/** Gradients of the binary log-likelihood (logistic regression). */
export function logisticGradients(y: readonly number[]) {
  return (scores: readonly number[]) => {
    const p = scores.map((s) => 1 / (1 + Math.exp(-s)));
    return { g: p.map((q, i) => y[i] - q), h: p.map((q) => Math.max(q * (1 - q), 1e-6)) };
  };
}

function quantileCuts(values: number[]): number[] {
  const vs = [...new Set(values)].sort((a, b) => a - b);
  if (vs.length <= 32) return vs.slice(0, -1).map((v, k) => (v + vs[k + 1]) / 2);
  const out: number[] = [];
  for (let q = 1; q < 32; q++) out.push(vs[Math.floor((q * vs.length) / 32)]);
  return [...new Set(out)].filter((v) => v < vs[vs.length - 1]);
}

function binOf(cuts: readonly number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (v <= cuts[m]) hi = m;
    else lo = m + 1;
  }
  return lo;
}

/** Thresholds and leaves rounded to 4 decimals, so the written weights stay short and read back the same. */
function round(t: Tree | number): Tree | number {
  if (typeof t === 'number') return Math.round(t * 1e4) / 1e4;
  return { f: t.f, t: Math.round(t.t * 1e4) / 1e4, l: round(t.l), r: round(t.r) };
}
