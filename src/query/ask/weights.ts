// Written by `npm run fit:ask` (bench/fit-ask.ts); do not edit by hand.
// Fitted on the dev split: 615 questions, 10326 candidates.
// ranker features: coverage, content, names, articleNames, articleScore, relatives, lead, rank, proximity, bonus, head, typed, support
// confidence features: top, margin, coverage, content, names, articleNames
export const FITTED = {
  fittedOn: 'dev split (615 questions)',
  ranker: {
    bias: { entity: -8.293, date: -6.561, number: -6.803, quote: -6.531, thing: -7.914, sentence: -6.784 },
    weights: [-0.528, 0.750, 0.135, 1.183, 2.986, 0.292, -0.358, 2.548, 0.513, 3.948, 0.656, 1.541, 0.665],
  },
  confidence: {
    bias: { entity: -2.652, date: -2.604, number: -2.415, quote: -1.524, thing: -3.669, sentence: -2.945 },
    weights: [1.683, 2.441, 0.174, 1.055, -0.066, 1.082],
  },
};
