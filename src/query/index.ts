// The query layer: the use cases the interfaces call. Depends on the Store contract, never a driver.

export { search, type SearchResult, type Snippet } from './search.js';
export { ask, answerQuestion, readMinConfidence, NOT_SAID, ABSTAIN_BELOW } from './ask/ask.js';
export { analyseQuestion } from './ask/question.js';
export { valueInterval } from './ask/when.js';
export { relatedArticles, type RelatedArticle } from './related.js';
export { addItems, type AddReport, type AddProgress } from './add.js';
export { summaryOf } from './articles.js';
export { Desk, type DeskDeps } from './desk.js';
export { generateAnswer, checkCitations, buildPrompt, type TextGenerator } from './ask/generate.js';
export { resolveFollowUp, turnOf, type Turn } from './ask/thread.js';
export type { CheckedQuestions } from './ask/related-questions.js';
export { exportRows, csvLine, EXPORT_KINDS, type ExportKind } from './export.js';
export { placeQueued, rebuildStories, pairFeatures, pairScore, type PlaceReport, type PairFeatures } from './stories.js';
export { storyView, storyBrief, type StoryView, type StoryArticle, type StoryBrief } from './story-view.js';
export { STORY_MODEL, type StoryModel } from './story-weights.js';
export { buildTimeline, roleLabel, type TimelineEntry, type TimelineOptions, type TimelineCitation, type TimelineNumber, type DateSource, type RevisionKind } from './timeline.js';
// Which annotators an article's language got, for pages that explain why nothing is highlighted.
export { ENGLISH_ONLY, fullPipeline } from '../understand/index.js';
