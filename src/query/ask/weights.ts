// Written by `npm run fit:ask` (bench/fit-ask.ts); do not edit by hand.
// Fitted on the dev split: 615 questions, 15495 candidates.
// ranker features: coverage, content, names, articleNames, articleScore, relatives, lead, rank, proximity, bonus, head, slot, prep, echo, kindName, kindNumber, kindPhrase, predicate, sameClause, before, ownClause, support
// confidence features: top, margin, coverage, content, names, articleNames, head, slot, predicate
export const FITTED = {
  fittedOn: 'dev split (615 questions)',
  ranker: {
    groups: {
      entity: { bias: 0.000, weights: [1.448, 1.268, 1.360, 2.452, 5.134, -1.083, -0.532, 1.985, 0.985, 2.947, 0.693, 1.847, 1.969, -2.032, 0.000, 0.000, 0.000, 2.534, -0.528, 0.093, -0.379, -0.424] },
      date: { bias: 0.000, weights: [2.346, 1.785, -0.220, 2.924, 3.371, -1.502, 0.059, 1.006, 2.665, 4.393, 0.000, -0.000, -1.053, -4.370, 0.000, 0.000, 0.000, -0.414, 0.656, -0.617, -1.105, -0.187] },
      number: { bias: 0.000, weights: [1.655, 0.474, 2.091, 2.926, 2.034, 0.511, 1.726, 2.236, 2.827, 3.136, 0.000, 1.011, 0.001, 0.051, 0.000, 0.622, 0.000, 0.909, 1.427, -0.142, -1.223, 0.227] },
      quote: { bias: 0.000, weights: [1.217, 2.371, 0.868, 0.816, 1.975, -0.263, -1.236, 2.888, 2.219, 1.143, 0.000, 3.805, 0.000, 3.385, 0.000, 0.000, 0.000, 1.960, -0.155, -3.569, -0.181, 0.000] },
      thing: { bias: 0.000, weights: [1.239, 2.200, 0.739, 3.766, 3.558, -0.405, -0.384, 2.331, 0.705, -0.843, 1.624, -0.000, 1.361, -1.356, 1.727, 1.553, -0.851, 0.548, -0.029, -0.826, -0.808, -0.276] },
      sentence: { bias: 0.000, weights: [1.749, 2.202, -1.213, 2.977, 5.003, -0.525, -0.970, 2.442, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000] },
    },
  },
  confidence: {
    groups: {
      entity: { bias: -2.656, weights: [1.631, 1.523, 0.251, 1.582, -0.435, -0.275, 0.231, 0.849, 0.311] },
      date: { bias: 0.764, weights: [0.306, 0.493, -0.600, 0.316, -0.202, 0.179, 0.000, 0.001, -0.308] },
      number: { bias: -3.999, weights: [0.700, 0.897, 0.813, 1.387, 0.425, 0.661, 0.000, 0.792, 0.851] },
      quote: { bias: 0.398, weights: [0.237, 0.294, 0.687, 1.129, -0.431, -0.781, 0.000, 0.536, 0.067] },
      thing: { bias: -2.988, weights: [1.273, 1.179, 0.333, 0.725, -0.317, 0.704, 0.691, -0.003, 0.298] },
      sentence: { bias: -0.815, weights: [0.344, 0.380, 0.319, 0.640, -0.703, 0.164, 0.000, 0.000, 0.000] },
    },
  },
};
