// Written by `npm run fit:ask` (bench/fit-ask.ts); do not edit by hand.
// Fitted on the dev split: 615 questions, 15461 candidates.
// ranker features: coverage, content, names, articleNames, articleScore, relatives, lead, rank, proximity, bonus, head, slot, prep, echo, kindName, kindNumber, kindPhrase, predicate, sameClause, before, ownClause, support
// confidence features: top, margin, coverage, content, names, articleNames, head, slot, predicate
export const FITTED = {
  fittedOn: 'dev split (615 questions)',
  ranker: {
    groups: {
      entity: { bias: 0.000, weights: [1.165, 1.712, 1.034, 2.706, 4.943, -1.019, -0.415, 1.992, 1.014, 2.211, 1.027, 2.301, 2.011, -2.824, 0.000, 0.000, 0.000, 2.371, -0.553, -0.021, 0.041, -0.519] },
      date: { bias: 0.000, weights: [1.830, 2.648, 0.885, 4.138, 4.586, 1.171, -0.286, 0.498, 4.324, 5.284, 0.000, 0.000, -1.294, -3.108, 0.000, 0.000, 0.000, -0.460, 0.476, -0.265, -1.996, -0.020] },
      number: { bias: 0.000, weights: [2.651, 0.331, 3.486, 3.016, 1.918, 1.447, 1.294, 2.381, 2.648, 1.779, 0.000, 0.204, 0.000, -0.336, 0.000, 0.433, 0.000, 0.629, 1.854, -0.425, -1.662, 0.769] },
      quote: { bias: 0.000, weights: [1.421, 2.403, 1.951, 0.519, 1.859, -0.130, -1.322, 2.928, 1.984, 0.979, 0.000, 3.712, 0.000, 3.197, 0.000, 0.000, 0.000, 1.965, 0.106, -3.578, 0.042, 0.000] },
      thing: { bias: 0.000, weights: [2.271, 1.382, 0.780, 3.003, 4.105, 0.420, -0.441, 2.156, 1.062, -0.451, 1.472, 0.000, 1.188, -2.766, 1.596, 1.385, -1.134, 0.412, -0.170, -0.957, -0.792, -0.261] },
      sentence: { bias: 0.000, weights: [0.095, 2.388, -0.688, 3.085, 5.445, -1.469, -0.827, 2.513, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, -0.000, 0.000] },
    },
  },
  confidence: {
    groups: {
      entity: { bias: -2.622, weights: [1.448, 1.638, 0.230, 1.222, -0.555, -0.369, 0.553, 0.878, 0.778] },
      date: { bias: 0.002, weights: [0.618, 1.034, -0.511, 0.425, -0.196, 0.101, 0.000, 0.000, -0.253] },
      number: { bias: -4.874, weights: [0.558, 1.207, 1.153, 1.002, 0.355, 0.866, 0.000, 1.073, 1.485] },
      quote: { bias: 0.199, weights: [0.263, 0.436, 0.668, 1.177, -0.400, -0.778, 0.000, 0.561, 0.128] },
      thing: { bias: -2.620, weights: [1.154, 1.217, -0.010, 0.845, -0.746, 0.701, 0.866, -0.003, 0.375] },
      sentence: { bias: -1.022, weights: [0.427, 0.719, 0.262, 0.596, -0.526, 0.095, 0.000, 0.000, 0.000] },
    },
  },
};
