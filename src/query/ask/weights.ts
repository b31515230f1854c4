// Written by `npm run fit:ask` (bench/fit-ask.ts); do not edit by hand.
// Fitted on the dev split: 615 questions, 23151 candidates.
// ranker features: coverage, content, names, articleNames, articleScore, relatives, lead, rank, proximity, bonus, head, slot, prep, echo, kindName, kindNumber, kindPhrase, predicate, sameClause, before, support
// confidence features: top, margin, coverage, content, names, articleNames, head, slot, predicate
export const FITTED = {
  fittedOn: 'dev split (615 questions)',
  ranker: {
    groups: {
      entity: { bias: 0.000, weights: [1.260, 1.285, 0.823, 2.514, 5.131, -0.984, -0.546, 2.069, 0.904, 2.795, 0.816, 2.157, 2.051, -2.162, 0.000, 0.000, 0.000, 2.256, -0.453, 0.132, -0.353] },
      date: { bias: 0.000, weights: [0.321, 1.685, -1.311, 5.035, 5.047, 0.612, -0.860, 2.052, 2.756, 4.278, 0.000, 0.000, -0.902, -3.023, 0.000, 0.000, 0.000, -0.457, 0.961, -1.132, -0.591] },
      number: { bias: 0.000, weights: [0.492, 0.883, 1.804, 3.194, 2.648, 0.622, 1.493, 2.322, 2.434, 2.627, 0.000, 1.038, 0.002, -0.056, 0.000, 0.245, 0.000, 1.416, 0.890, -0.122, 0.116] },
      quote: { bias: 0.000, weights: [1.241, 2.449, 0.823, 0.785, 1.950, -0.259, -1.236, 2.835, 2.166, 1.239, 0.000, 3.833, 0.000, 3.433, 0.000, 0.000, 0.000, 1.980, -0.061, -3.668, 0.000] },
      thing: { bias: 0.000, weights: [0.880, 2.784, 0.266, 3.657, 4.062, 0.481, -0.722, 2.296, 0.151, -0.165, 1.288, -0.000, 1.599, -1.115, 1.405, 1.424, -1.384, 1.037, 0.025, -0.991, -0.056] },
      sentence: { bias: 0.000, weights: [1.589, 2.034, -1.549, 3.511, 5.261, -0.797, -0.856, 2.620, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000] },
    },
  },
  confidence: {
    groups: {
      entity: { bias: -2.678, weights: [1.737, 1.522, 0.123, 1.312, -0.380, -0.450, 0.342, 1.188, 0.136] },
      date: { bias: 0.867, weights: [0.353, 0.685, -0.534, 0.265, -0.259, 0.331, 0.000, 0.001, -0.693] },
      number: { bias: -4.806, weights: [1.070, 1.379, 0.603, 1.495, 0.287, 0.972, 0.000, 0.741, 1.015] },
      quote: { bias: 0.657, weights: [0.205, 0.232, 0.706, 1.063, -0.441, -0.785, 0.000, 0.593, -0.103] },
      thing: { bias: -3.318, weights: [1.299, 1.204, 0.333, 0.879, -0.160, 0.539, 0.824, -0.003, 0.413] },
      sentence: { bias: -0.631, weights: [0.432, 0.350, 0.302, 0.395, -0.679, 0.115, 0.000, 0.000, 0.000] },
    },
  },
};
