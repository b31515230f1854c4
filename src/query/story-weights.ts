// The story model's weights. Written by `npm run fit:stories` (bench/fit-stories.ts) from the dev split
// of the labelled story set; edit by refitting, not by hand.

export interface StoryModel {
  /** Logistic weights over stories.ts featureVector: bias, terms, title, names, numbers. */
  weights: number[];
  /** The story model: logistic weights over stories.ts aggregateVector (an article against a story): bias, best member's pair log-odds, centroid terms, title, names, numbers, rare, log members. */
  aggregate: number[];
  /**
   * True: the model was fitted without dates, and the gap between publication dates is a fixed prior
   * (every week beyond a week's grace divides the odds by e). False: the date-gap feature (stories.ts
   * dateGap, last in both vectors) has fitted weights.
   */
  datePrior: boolean;
  /** With the prior: the days apart it forgives before every further week divides the odds by e (7 when absent). */
  dateGraceDays?: number;
  /** An article joins its best-scoring story at or above this story-model probability. */
  threshold: number;
  /** Where the numbers came from. */
  fitted: string;
}

export const STORY_MODEL: StoryModel = {
  weights: [-6.476,10.022,2.654,4.644,0.727],
  aggregate: [-10.508,-0.369,9.515,3.55,6.63,1.428,0.701,1.209],
  datePrior: true,
  threshold: 0.8,
  fitted: "npm run fit:stories on 2026-12-03: dev split, 362 articles, 10647 pairs; 5-fold CV pairwise F1 70.7 (pooled with wrong joins into training stories: 67.9)",
};
