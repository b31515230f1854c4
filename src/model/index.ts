// Plain types shared by every layer. This folder imports nothing.

export * from './errors.js';

/** What ingest produces from any source: text plus metadata, before understanding. */
export interface Document {
  title: string;
  text: string;
  byline: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time; null when the source does not say. */
  published: string | null;
  canonicalUrl: string | null;
  /** The outlet ("BBC News", "Reuters"). */
  source: string | null;
  /** `Read also:` headlines and similar related-article hints found on the page. */
  relatedHints: string[];
  /** Where it came from: a file path, a URL, or `feed-url#item-guid`. */
  origin: string;
  /** ISO 639-1 code of the text's language ("en", "de"); ingest fills it, older callers may not. */
  language?: string;
  /** How sure the language is, in [0,1]; low when the text is too short to tell (then "en" is a default). */
  languageConfidence?: number;
  /** Where each metadata field came from, for `extract --json` and for judging a value. */
  provenance?: Provenance;
}

/**
 * Where a metadata value was found: `json-ld` (schema.org script), `meta` (head tags, `<html lang>`,
 * `<link rel=canonical>`), `url` (the address), `visible` (the page's text), `feed` (the feed item),
 * `file` (META.json or a command-line override), `detected` (computed from the text), `default`.
 */
export const META_ORIGINS = ['json-ld', 'meta', 'url', 'visible', 'feed', 'file', 'detected', 'default'] as const;
export type MetaOrigin = (typeof META_ORIGINS)[number];

/** The document fields whose origin is recorded. */
export const PROVENANCE_FIELDS = ['title', 'published', 'byline', 'source', 'canonicalUrl', 'language'] as const;
export type Provenance = Partial<Record<(typeof PROVENANCE_FIELDS)[number], MetaOrigin>>;

export interface Span {
  start: number;
  end: number;
}

/** A sentence, as offsets into Document.text. */
export interface Sentence extends Span {
  index: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP';

export interface Mention extends Span {
  /** The surface text, as written ("President Donald Trump"'s name part: "Donald Trump"). */
  text: string;
  /** Key of the DocEntity this mention belongs to (unique within one document). */
  entity: string;
  sentence: number;
}

/** One real-world thing within one document; the store links it across the corpus. */
export interface DocEntity {
  key: string;
  /** Best full name in this document, without titles or punctuation ("Donald Trump"). */
  name: string;
  type: EntityType;
  /** Every distinct surface form used in the document ("Trump", "Donald Trump"). */
  aliases: string[];
  /** Titles and roles seen with the name ("U.S. President", "special peace envoy"). */
  titles: string[];
  /** For NORP ("Israeli"): the place name it points to ("Israel"), a weaker link. */
  place?: string | null;
}

/**
 * A pronoun, role noun or description ("he", "the chancellor", "the company") that the coreference
 * stage resolved to a DocEntity. Names are Mentions; these are the words that point at one.
 */
export interface CorefLink extends Span {
  text: string;
  entity: string;
  sentence: number;
  kind: 'pronoun' | 'role';
  /** How sure the resolver is, in [0,1]: the winner's share of the candidates' salience. */
  confidence: number;
}

/**
 * The `sentence` of a quote in the article's title (headline), which is stored outside the annotated
 * text: such a quote's start and end are offsets into the title, not the text, and it cites no body
 * sentence (body sentence indices stay as they are). See isTitleQuote.
 */
export const TITLE_SENTENCE = -1;

/** Whether a quote stands in the article's title (its offsets are into the title; it has no body sentence). */
export const isTitleQuote = (q: { sentence: number }): boolean => q.sentence === TITLE_SENTENCE;

/**
 * A quoted span and who said it. start and end are offsets into Document.text, or, for a quote in the
 * title (`sentence` is TITLE_SENTENCE), into Document.title.
 */
export interface Quote extends Span {
  /** The quoted words, without the quote marks. */
  text: string;
  /** The speaker as written ("he", "U.S. officials", "Trump"), or null when unstated. */
  speakerText: string | null;
  /** DocEntity key of the resolved speaker, or null. */
  speaker: string | null;
  /** The cue verb ("said", "quipped", "declared"), or null. */
  cue: string | null;
  /** A fragment inside the author's sentence (“momentum”), not a full utterance. */
  partial: boolean;
  /** The body sentence it stands in, or TITLE_SENTENCE (-1) for a quote in the title. */
  sentence: number;
}

export type TimeGranularity =
  | 'time'
  | 'day'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'year'
  | 'decade'
  | 'range'
  | 'duration'
  | 'set'
  | 'unknown';

export interface TimeExpr extends Span {
  text: string;
  /**
   * ISO 8601 value: a date (2025-10-18), a week (2025-W42), a month (2025-09), a season
   * (2025-SU), a year, an interval (2025-10-18/2025-11-01), a duration (P2W); null when it
   * is relative and no anchor is known.
   */
  value: string | null;
  granularity: TimeGranularity;
  /** True when the value depends on the publication date (or would, if one were known). */
  relative: boolean;
  sentence: number;
}

export type NumberKind = 'count' | 'money' | 'percent' | 'duration' | 'ordinal' | 'number';

export interface NumberExpr extends Span {
  text: string;
  kind: NumberKind;
  value: number;
  /** Currency code for money (USD), unit for durations (hour), null otherwise. */
  unit: string | null;
  /** What is counted ("living hostages"), when the text says. */
  counted: string | null;
  sentence: number;
}

/** CAMEO root classes, so exported events line up with GDELT. */
export const CAMEO_ROOTS = {
  '01': 'MAKE PUBLIC STATEMENT',
  '02': 'APPEAL',
  '03': 'EXPRESS INTENT TO COOPERATE',
  '04': 'CONSULT',
  '05': 'ENGAGE IN DIPLOMATIC COOPERATION',
  '06': 'ENGAGE IN MATERIAL COOPERATION',
  '07': 'PROVIDE AID',
  '08': 'YIELD',
  '09': 'INVESTIGATE',
  '10': 'DEMAND',
  '11': 'DISAPPROVE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'EXHIBIT FORCE POSTURE',
  '16': 'REDUCE RELATIONS',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'FIGHT',
  '20': 'USE UNCONVENTIONAL MASS VIOLENCE',
} as const;
export type CameoRoot = keyof typeof CAMEO_ROOTS;

export type Modality = 'happened' | 'planned' | 'hypothetical' | 'negated' | 'reported';

/**
 * CAMEO actor type codes (the CAMEO manual's "agent" codes, as GDELT's Actor1Type1Code) for a role
 * filled by a common noun rather than a name: police, government, military, rebels, labour, ...
 */
export const CAMEO_ACTOR_TYPES = {
  COP: 'police',
  GOV: 'government',
  LEG: 'legislature',
  JUD: 'judiciary',
  MIL: 'military',
  REB: 'rebels',
  SPY: 'intelligence',
  OPP: 'opposition',
  LAB: 'labour',
  BUS: 'business',
  MED: 'media',
  EDU: 'education',
  HLH: 'health',
  CRM: 'criminal',
  REF: 'refugees',
  AGR: 'agriculture',
  REL: 'religion',
  CVL: 'civilians',
} as const;
export type CameoActorType = keyof typeof CAMEO_ACTOR_TYPES;

/**
 * A role that no entity fills but a common-noun phrase does ("police", "the creditors", "striking
 * workers"): the phrase as the text writes it, and its CAMEO actor type when WordNet tells one.
 */
export interface RolePhrase {
  text: string;
  type: CameoActorType | null;
}

export interface Event extends Span {
  cameo: CameoRoot;
  /** The trigger word or phrase ("meet", "attacked"). */
  trigger: string;
  /** DocEntity keys, or null when no entity fills the role. */
  actor: string | null;
  target: string | null;
  /** When no entity fills the role, the common-noun phrase that does, if any (absent: none). */
  actorPhrase?: RolePhrase | null;
  targetPhrase?: RolePhrase | null;
  /** DocEntity key of the place, or null. */
  place: string | null;
  /** Normalised time value of the sentence's time expression, or null. */
  when: string | null;
  modality: Modality;
  sentence: number;
}

/** Everything the understand pipeline finds in one document. */
export interface Annotations {
  sentences: Sentence[];
  entities: DocEntity[];
  mentions: Mention[];
  quotes: Quote[];
  times: TimeExpr[];
  numbers: NumberExpr[];
  events: Event[];
  /** Coreference links (pronouns, role nouns → entities); absent means none. */
  coref?: CorefLink[];
}

// ---- Stored views (what the store returns) ----

export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  canonicalUrl: string | null;
  byline: string | null;
  /** ISO 639-1 code; null for articles stored before languages were detected. */
  language: string | null;
  addedAt: string;
}

export interface ArticleRecord extends ArticleSummary {
  text: string;
  origin: string;
  relatedHints: string[];
  /** How sure the stored language is, in [0,1]; null when it was never detected. */
  languageConfidence: number | null;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface ArticleEntity extends EntityRef {
  titles: string[];
  mentions: (Span & { text: string; sentence: number })[];
}

/** A quote as stored; offsets and `sentence` as in Quote (TITLE_SENTENCE: in the title, offsets into it). */
export interface StoredQuote extends Span {
  text: string;
  speaker: EntityRef | null;
  speakerText: string | null;
  cue: string | null;
  partial: boolean;
  sentence: number;
}

export interface StoredEvent extends Omit<Event, 'actor' | 'target' | 'place' | 'actorPhrase' | 'targetPhrase'> {
  actor: EntityRef | null;
  target: EntityRef | null;
  /** The common-noun phrase filling a role no entity fills ("police", COP), else null. */
  actorPhrase: RolePhrase | null;
  targetPhrase: RolePhrase | null;
  place: EntityRef | null;
}

/** A coreference link as stored: the pronoun or role noun, and the corpus entity it points at. */
export interface StoredCorefLink extends Span {
  text: string;
  entity: EntityRef;
  sentence: number;
  kind: CorefLink['kind'];
  confidence: number;
}

/** An article with all of its annotations, entity keys resolved to corpus-wide ids. */
export interface ArticleView extends ArticleRecord {
  sentences: Sentence[];
  entities: ArticleEntity[];
  /**
   * Pronouns and role nouns resolved to the article's entities. Both stores always set it (empty for
   * articles stored before migration 7); optional so views built by hand need not.
   */
  coref?: StoredCorefLink[];
  quotes: StoredQuote[];
  times: TimeExpr[];
  numbers: NumberExpr[];
  events: StoredEvent[];
}

export interface EntitySummary extends EntityRef {
  titles: string[];
  aliases: string[];
  articleCount: number;
  mentionCount: number;
}

/**
 * A user's correction of entity resolution (`merge`, `split`), or the store's own revision of a
 * first-come link (`revise`) or fold of an acronym-only entity into the name an article spelt it out
 * for (`merge` with the acronym as `alias`), as the store keeps it; ingest respects it from then on.
 */
export interface EntityCorrection {
  kind: 'merge' | 'split' | 'revise';
  /** merge: the survivor; split and revise: the entity the articles left. */
  entityId: string;
  /** merge: the entity folded in (gone now); split and revise: where the articles went (null: none moved). */
  otherId: string | null;
  /** The other entity's name when the correction was made. */
  otherName: string | null;
  /** split and revise: the form whose articles moved. */
  alias: string | null;
  /** Articles whose references moved. */
  articles: number;
  at: string;
}

/** A quote with the article it came from, for the quotes browser and "what did X say". */
export interface QuoteHit extends StoredQuote {
  article: ArticleSummary;
}

/** A sentence found by full-text recall; ranking happens in query/. */
export interface SentenceHit extends Span {
  articleId: string;
  index: number;
  text: string;
  /** The index terms of the sentence, as stored (space-separated). */
  terms: string;
}

export interface TermStats {
  /** Number of sentences in the corpus. */
  sentences: number;
  /** Number of articles in the corpus. */
  articles: number;
  /** Mean number of index terms per sentence. */
  avgTerms: number;
  /** Sentences containing each term. */
  df: Record<string, number>;
  /** Articles containing each term. */
  adf: Record<string, number>;
}

export type IngestStatus = 'added' | 'duplicate' | 'failed';

export interface IngestLogEntry {
  item: string;
  status: IngestStatus;
  articleId: string | null;
  code: string | null;
  message: string | null;
  at: string;
}

// ---- Stories ----

/**
 * What story clustering keeps of an article, frozen when it joins a story: its most distinctive
 * terms weighted by how rare they were then, its title terms, and a MinHash of its wording. Later
 * articles are compared with it; rebuilding from scratch recomputes the same values.
 */
export interface StorySignature {
  /** term → weight, L2-normalised: (1 + log tf) × idf as of the article's turn. */
  terms: Record<string, number>;
  /** Title terms → idf weight, L2-normalised. */
  title: Record<string, number>;
  /** Terms of capitalised words inside sentences (names, mostly) → (1 + log tf) × idf, L2-normalised. */
  names: Record<string, number>;
  /** The figures it gives ("4.75", "30", "2-0"), distinct, at most 40: one event's numbers recur in its coverage. */
  numbers: string[];
  /** MinHash of the text's word 5-shingles (near-duplicates share most values). */
  minhash: number[];
  published: string | null;
  /**
   * The story as of this article's joining, itself included (absent for an article that starts one):
   * the summed term, name and title vectors of its members so far (the heaviest kept) and their
   * figures, so a later article can be compared with the story as a whole, not only with one member.
   */
  story?: StoryAggregate;
}

export interface StoryAggregate {
  /** Members summed (this article included). */
  members: number;
  terms: Record<string, number>;
  names: Record<string, number>;
  title: Record<string, number>;
  numbers: string[];
  /** The earliest and latest publication dates of its members (null when none has one). */
  first: string | null;
  last: string | null;
}

export interface StoryMember {
  article: ArticleSummary;
  /** Position in the story, in the order articles joined it (0 = the article that started it). */
  position: number;
  /** How sure the desk was that it belongs (1 for the first article). */
  score: number;
  /** Why it joined, or why it started a story ("no earlier article shares …"). */
  reason: string;
  /** The earlier article it is a copy or near-duplicate of, or null. */
  duplicateOf: string | null;
}

export interface StorySummary {
  id: string;
  /** The headline of the article that started it (never renamed as the story grows). */
  title: string;
  articleCount: number;
  /** Publication dates (or the add dates when an article has none) of its first and last articles. */
  first: string | null;
  last: string | null;
  /** When it last gained an article (ISO), for "moved most recently". */
  updatedAt: string;
}

export interface StoryEntity extends EntityRef {
  /** Articles of the story that mention it. */
  articles: number;
}

// ---- Answers ----

export interface Citation {
  n: number;
  articleId: string;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  sentence: string;
  sentenceIndex: number;
  start: number;
  end: number;
}

export type AnswerType =
  | 'person'
  | 'organisation'
  | 'place'
  | 'date'
  | 'number'
  | 'quote'
  | 'reason'
  | 'yesno'
  | 'list'
  | 'thing'
  | 'summary';

export interface Answer {
  question: string;
  /** A follow-up rewritten to stand alone ("Where will he meet Putin?" → "Where will Trump meet Putin?"). */
  resolvedQuestion?: string;
  answer: string | null;
  abstained: boolean;
  confidence: number;
  answerType: AnswerType;
  /** When the answer is a named entity: its type (a "who" answer may be a country). */
  answerEntityType?: EntityType;
  citations: Citation[];
  related: string[];
  /** When it abstains: the question's constraints the best evidence did not support ("capital", "Argentina"). */
  missing?: string[];
  /** When it abstains: the closest sentences the articles do have, so the reader sees what they say. */
  nearby?: Citation[];
  /**
   * When it abstains only because the reader asked for sure answers: the bar that held back an answer the
   * desk would otherwise give (its confidence is `confidence`).
   */
  belowBar?: number;
  /** Present when an LLM endpoint wrote a fluent answer from the cited sentences. */
  generated?: GeneratedAnswer;
  /** The latest publication date among the citations: the answer holds as of then. */
  asOf?: string | null;
  /** When another source gives a different answer almost as well supported: that answer and its citations. */
  disagreement?: { answer: string; citations: Citation[] };
}

export interface GeneratedAnswer {
  /** The model's text, with citations that point outside the evidence removed. */
  text: string;
  /** Sentences of `text` that cite nothing: claims the evidence may not support. */
  uncited: string[];
  /** Citation numbers the model used that were not in the evidence (removed from `text`). */
  invalidCitations: number[];
  model: string;
}
