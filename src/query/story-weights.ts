// The story model's weights. Written by `npm run fit:stories` (bench/fit-stories.ts) from the dev split
// of the labelled story set; edit by refitting, not by hand.

export interface StoryModel {
  /** Logistic weights over stories.ts featureVector: bias, terms, title, jaccard, shared, terms×title. */
  weights: number[];
  /** An article joins its best-scoring member's story at or above this probability. */
  threshold: number;
  /** Where the numbers came from. */
  fitted: string;
}

export const STORY_MODEL: StoryModel = {
  weights: [-6, 12, 3, 2, 2, 0],
  threshold: 0.5,
  fitted: 'initial guess, not fitted',
};
