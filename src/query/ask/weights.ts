// Written by `npm run fit:ask` (bench/fit-ask.ts); do not edit by hand.
// Fitted on the dev split: 615 questions, 15495 candidates.
// ranker features: coverage, content, names, articleNames, articleScore, relatives, lead, rank, proximity, bonus, head, slot, prep, echo, kindName, kindNumber, kindPhrase, predicate, sameClause, before, ownClause, support
// confidence features: top, margin, coverage, content, names, articleNames, head, slot, predicate
export const FITTED = {
  fittedOn: 'dev split (615 questions)',
  ranker: {
    groups: {
      entity: { bias: 0.000, weights: [1.427, 1.318, 1.382, 2.454, 5.151, -1.085, -0.513, 2.036, 1.085, 2.626, 0.657, 1.921, 1.976, -2.632, 0.000, 0.000, 0.000, 2.478, -0.530, 0.082, -0.365, -0.456] },
      date: { bias: 0.000, weights: [2.346, 1.785, -0.220, 2.924, 3.371, -1.502, 0.059, 1.006, 2.665, 4.393, 0.000, -0.000, -1.053, -4.370, 0.000, 0.000, 0.000, -0.414, 0.656, -0.617, -1.105, -0.187] },
      number: { bias: 0.000, weights: [1.658, 0.465, 2.100, 2.902, 2.005, 0.497, 1.706, 2.230, 2.873, 3.137, 0.000, 0.905, 0.001, -0.846, 0.000, 0.559, 0.000, 0.973, 1.423, -0.181, -1.223, 0.301] },
      quote: { bias: 0.000, weights: [1.217, 2.371, 0.868, 0.816, 1.975, -0.263, -1.236, 2.888, 2.219, 1.143, 0.000, 3.805, 0.000, 3.385, 0.000, 0.000, 0.000, 1.960, -0.155, -3.569, -0.181, 0.000] },
      thing: { bias: 0.000, weights: [1.319, 2.040, 0.710, 3.658, 3.651, -0.440, -0.443, 2.459, 1.002, -0.805, 1.319, -0.000, 1.225, -3.551, 1.739, 1.503, -1.067, 0.465, -0.027, -0.935, -0.837, -0.306] },
      sentence: { bias: 0.000, weights: [1.749, 2.202, -1.213, 2.977, 5.003, -0.525, -0.970, 2.442, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000] },
    },
  },
  confidence: {
    groups: {
      entity: { bias: -2.819, weights: [1.697, 1.641, 0.328, 1.612, -0.426, -0.346, 0.306, 0.785, 0.388] },
      date: { bias: 0.764, weights: [0.306, 0.493, -0.600, 0.316, -0.202, 0.179, 0.000, 0.001, -0.308] },
      number: { bias: -4.040, weights: [0.739, 1.010, 0.776, 1.406, 0.424, 0.688, 0.000, 0.747, 0.827] },
      quote: { bias: 0.398, weights: [0.237, 0.294, 0.687, 1.129, -0.431, -0.781, 0.000, 0.536, 0.067] },
      thing: { bias: -2.779, weights: [1.379, 1.385, 0.104, 0.610, -0.493, 0.707, 0.779, -0.003, 0.296] },
      sentence: { bias: -0.815, weights: [0.344, 0.380, 0.319, 0.640, -0.703, 0.164, 0.000, 0.000, 0.000] },
    },
  },
};
