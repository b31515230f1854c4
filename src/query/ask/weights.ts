// Written by `npm run fit:ask` (bench/fit-ask.ts); do not edit by hand.
// Fitted on the dev split: 615 questions, 15491 candidates.
// ranker features: coverage, content, names, articleNames, articleScore, relatives, lead, rank, proximity, bonus, head, slot, prep, echo, kindName, kindNumber, kindPhrase, predicate, sameClause, before, ownClause, support
// confidence features: top, margin, coverage, content, names, articleNames, head, slot, predicate
export const FITTED = {
  fittedOn: 'dev split (615 questions)',
  ranker: {
    groups: {
      entity: { bias: 0.000, weights: [1.469, 1.294, 1.369, 2.483, 5.153, -1.209, -0.506, 2.035, 1.045, 2.610, 0.661, 1.951, 1.983, -2.622, -0.000, 0.000, 0.000, 2.506, -0.505, 0.105, -0.359, -0.469] },
      date: { bias: 0.000, weights: [2.240, 1.869, 0.036, 2.797, 3.422, -1.477, 0.065, 0.914, 2.601, 4.320, 0.000, -0.000, -1.055, -4.388, 0.000, 0.000, 0.000, -0.381, 0.637, -0.615, -1.159, -0.198] },
      number: { bias: 0.000, weights: [1.689, 0.566, 2.253, 2.868, 1.966, 0.446, 1.703, 2.207, 2.895, 3.165, 0.000, 0.886, 0.001, -0.797, 0.000, 0.682, 0.000, 0.982, 1.416, -0.173, -1.230, 0.294] },
      quote: { bias: 0.000, weights: [1.372, 2.318, 1.987, 0.517, 1.826, -0.160, -1.312, 2.998, 1.894, 0.966, 0.000, 3.714, 0.000, 3.127, 0.000, 0.000, 0.000, 1.901, 0.168, -3.503, 0.011, 0.000] },
      thing: { bias: 0.000, weights: [1.324, 2.039, 0.685, 3.669, 3.634, -0.422, -0.440, 2.467, 0.970, -0.831, 1.339, 0.000, 1.220, -3.535, 1.716, 1.488, -1.072, 0.472, -0.026, -0.935, -0.834, -0.262] },
      sentence: { bias: 0.000, weights: [0.118, 2.443, -0.427, 2.746, 4.875, -1.723, -0.804, 2.451, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, 0.000, -0.000, 0.000] },
    },
  },
  confidence: {
    groups: {
      entity: { bias: -2.666, weights: [1.691, 1.718, 0.248, 1.581, -0.550, -0.376, 0.230, 0.791, 0.429] },
      date: { bias: 0.679, weights: [0.303, 0.492, -0.659, 0.328, -0.029, 0.155, 0.000, 0.001, -0.296] },
      number: { bias: -4.227, weights: [0.704, 0.963, 0.838, 1.439, 0.450, 0.688, 0.000, 0.917, 0.817] },
      quote: { bias: 0.167, weights: [0.338, 0.569, 0.613, 1.073, -0.395, -0.741, 0.000, 0.558, 0.033] },
      thing: { bias: -2.790, weights: [1.370, 1.379, 0.103, 0.609, -0.490, 0.712, 0.776, -0.003, 0.318] },
      sentence: { bias: -1.412, weights: [0.518, 0.734, 0.444, 0.767, -0.435, 0.057, 0.000, 0.000, 0.000] },
    },
  },
};
