// Confidence: a logistic model over a handful of evidence features, fitted on the QA sets by
// bench/fit-confidence.ts (re-run it and paste the weights when the features change).

export interface Features {
  /** idf-weighted share of the question's terms in the evidence sentence. */
  coverage: number;
  /** The same over the non-name terms. */
  content: number;
  /** Share of the question's names present. */
  names: number;
  /** Closeness of the answer span to the matched words (0 for sentence answers). */
  proximity: number;
  /** Type, head-noun and preposition priors that fired for the span. */
  bonus: number;
  /** 1 when the answer is a span of the asked type, 0 for a whole-sentence answer. */
  span: number;
  /** log(1 + other sentences giving the same answer). */
  support: number;
  /** Margin over the next different candidate (0..1). */
  margin: number;
}

export const FEATURE_NAMES: (keyof Features)[] = ['coverage', 'content', 'names', 'proximity', 'bonus', 'span', 'support', 'margin'];

// Fitted weights (bias first, then FEATURE_NAMES order).
export const WEIGHTS = [-1.00, 0.97, 0.64, 0.89, 0.48, 0.28, 0.28, -0.54, 0.70];

export function confidence(f: Features, weights: number[] = WEIGHTS): number {
  let z = weights[0];
  FEATURE_NAMES.forEach((k, i) => (z += weights[i + 1] * f[k]));
  return 1 / (1 + Math.exp(-z));
}
