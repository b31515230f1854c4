// "Explore related questions": built from the quotes, events and entities around the answer,
// each one asked for real and kept only when the desk answers it right: with confidence, citing the
// sentence the question was built from, and giving the answer that sentence holds (the place of the
// meeting, the person with the role), so "Where will Trump meet Xi?" is not offered with the Putin
// summit's city.

import { isTitleQuote, type ArticleView, type EntityRef, type StoredEvent } from '../../model/index.js';
import type { Store } from '../../store/contract.js';
import type { ArticleCache } from '../articles.js';
import { indexTerms } from '../../understand/terms.js';
import { answerQuestion, type Resolved } from './ask.js';

const MAX_TRIES = 12;
const KEEP = 5;
const MIN_CONFIDENCE = 0.6;

/** A question built from one sentence of one article, with the answer that sentence gives when known. */
export interface Proposal {
  question: string;
  articleId: string;
  sentence: number;
  /** Words the right answer must contain (the place's or person's name), or null. */
  expect: string | null;
}

/** Checked questions, and whether every proposal was tried (false: `stop` ended the checking first). */
export interface CheckedQuestions {
  questions: string[];
  complete: boolean;
}

export interface CheckOptions {
  /** Asked before each check (an ask's worth of work); true ends the checking with what is kept so far. */
  stop?: () => boolean;
}

export async function relatedQuestions(store: Store, r: Resolved, cache: ArticleCache): Promise<string[]> {
  return (await checkedRelated(store, r, cache)).questions;
}

/** The related questions of an answer, checked until `stop` says so. */
export async function checkedRelated(store: Store, r: Resolved, cache: ArticleCache, opts: CheckOptions = {}): Promise<CheckedQuestions> {
  const articleIds = [...new Set([...r.answer.citations.map((c) => c.articleId), ...r.evidence.map((e) => e.hit.articleId)])].slice(0, 3);
  const proposals: Proposal[] = [];
  for (const id of articleIds) {
    const a = (await cache.get(id))?.article;
    if (a) proposals.push(...proposeFrom(a));
  }
  return keepAnswerable(store, proposals, [r.answer.question], cache, opts.stop);
}

async function keepAnswerable(store: Store, proposals: Proposal[], asked: string[], cache: ArticleCache, stop?: () => boolean): Promise<CheckedQuestions> {
  const kept: string[] = [];
  const seen: string[][] = asked.map(words);
  let tries = 0;
  for (const p of proposals) {
    if (kept.length >= KEEP || tries >= MAX_TRIES) break;
    const w = words(p.question);
    if (seen.some((s) => jaccard(s, w) >= 0.5)) continue;
    // Unchecked questions are never offered: out of time, the list is what was checked.
    if (stop?.()) return { questions: kept, complete: false };
    seen.push(w);
    tries++;
    const got = await answerQuestion(store, p.question, { cache });
    if (answersRight(got, p)) kept.push(p.question);
  }
  return { questions: kept, complete: true };
}

/** Right by the proposal's own source: confident, citing the sentence it came from, with its answer. */
export function answersRight(got: Resolved, p: Proposal): boolean {
  const a = got.answer;
  if (a.abstained || !a.answer || a.confidence < MIN_CONFIDENCE) return false;
  if (!a.citations.some((c) => c.articleId === p.articleId && c.sentenceIndex === p.sentence)) return false;
  if (!p.expect) return true;
  const want = p.expect.toLowerCase().split(/\s+/).pop()!;
  return a.answer.toLowerCase().includes(want);
}

/** Candidate questions from one article's annotations, most specific first. */
export function proposeFrom(a: ArticleView): Proposal[] {
  const out: Proposal[] = [];
  for (const ev of a.events) out.push(...fromEvent(ev, a));
  // "What did Zelensky say about Tomahawks?": a speaker and a name inside what they said.
  const seen = new Set<string>();
  for (const q of a.quotes) {
    // a quote in the title has no sentence to answer from, and its offsets are into the title
    if (q.partial || !q.speaker || q.speaker.type !== 'PERSON' || isTitleQuote(q)) continue;
    const inQuote = a.entities.filter(
      (e) =>
        e.id !== q.speaker!.id &&
        (e.type === 'PERSON' || e.type === 'GPE' || e.type === 'ORG' || e.type === 'LOC') &&
        e.mentions.some((m) => m.start >= q.start && m.end <= q.end),
    );
    for (const topic of inQuote.slice(0, 1)) {
      const text = `What did ${short(q.speaker, a)} say about ${withArticle(topic, a)}?`;
      // The answer is the quote, and it must be about the topic: the topic's name is in the words quoted.
      if (!seen.has(text)) out.push({ question: text, articleId: a.id, sentence: q.sentence, expect: short(topic, a) });
      seen.add(text);
    }
  }
  // "Who is the special peace envoy?": a role the article names, answered by the person who holds it.
  for (const e of a.entities) {
    if (e.type !== 'PERSON') continue;
    for (const title of e.titles) {
      const t = title.replace(/^(the|a|an)\s+/i, '').trim();
      if (t.split(/\s+/).length < 2 || /^(mr|mrs|ms|dr|sir|dame|lord|lady)\b/i.test(t)) continue;
      const text = `Who is the ${t}?`;
      const at = e.mentions.find((m) => a.text.slice(Math.max(0, m.start - 80), m.end).toLowerCase().includes(t.toLowerCase())) ?? e.mentions[0];
      if (!seen.has(text) && at) out.push({ question: text, articleId: a.id, sentence: at.sentence, expect: e.name });
      seen.add(text);
    }
  }
  return out;
}

const ATTACK_VERBS = new Set(['attack', 'strike', 'bomb', 'shell', 'invade', 'raid', 'kill', 'shoot']);

function fromEvent(ev: StoredEvent, a: ArticleView): Proposal[] {
  const A = ev.actor;
  const T = ev.target;
  if (!A || !T || ev.modality === 'hypothetical' || ev.modality === 'negated') return [];
  const planned = ev.modality === 'planned';
  const out: Proposal[] = [];
  const from = (question: string, expect: string | null): Proposal => ({ question, articleId: a.id, sentence: ev.sentence, expect });
  // Meetings between people: where and when are what readers ask.
  if (ev.cameo === '04' && A.type === 'PERSON' && T.type === 'PERSON') {
    if (ev.place) out.push(from(planned ? `Where will ${short(A, a)} meet ${short(T, a)}?` : `Where did ${short(A, a)} meet ${short(T, a)}?`, ev.place.name));
    if (ev.when) out.push(from(planned ? `When will ${short(A, a)} meet ${short(T, a)}?` : `When did ${short(A, a)} meet ${short(T, a)}?`, null));
  }
  const verb = lemma(ev.trigger);
  if ((ev.cameo === '18' || ev.cameo === '19') && verb && ATTACK_VERBS.has(verb) && A.type !== 'NORP' && ev.when && !planned) {
    out.push(from(`When did ${short(A, a)} ${verb} ${short(T, a)}?`, null));
  }
  return out;
}

/** "the Middle East", "the White House": the article's own usage decides. */
function withArticle(e: ArticleView['entities'][number], a: ArticleView): string {
  const name = short(e, a);
  if (e.type === 'PERSON') return name;
  const usesThe = e.mentions.some((m) => /\bthe\s+$/i.test(a.text.slice(Math.max(0, m.start - 4), m.start)));
  return usesThe ? `the ${name}` : name;
}

/** How the text itself shortens a person ("Trump", "Xi"), else the surname; other names in full. */
function short(e: EntityRef, article?: ArticleView): string {
  if (e.type !== 'PERSON') return e.name;
  const parts = e.name.split(/\s+/);
  const counts = new Map<string, number>();
  for (const m of article?.entities.find((x) => x.id === e.id)?.mentions ?? []) {
    if (parts.includes(m.text)) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
  return best ? best[0] : parts[parts.length - 1];
}

/** The plain form of a trigger verb, good enough to phrase a question ("attacked" → "attack"). */
function lemma(trigger: string): string | null {
  const w = trigger.toLowerCase().split(/\s+/)[0];
  if (!/^[a-z]+$/.test(w)) return null;
  if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|us)$/.test(w)) return w;
  if (/([^aeiou])\1ed$/.test(w)) return w.slice(0, -3);
  if (/(at|iz|is|ag|ov|ur|ac|uc|ed|id|in|iv)ed$/.test(w)) return w.slice(0, -1);
  if (/ed$/.test(w)) return w.slice(0, -2);
  if (/(sh|ch|x|s)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Content words, stemmed: "Where will Trump meet Putin?" and "Where does Trump plan to meet Putin?" overlap. */
function words(s: string): string[] {
  return [...new Set(indexTerms(s))];
}

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const inter = b.filter((x) => A.has(x)).length;
  return inter / (A.size + b.length - inter || 1);
}

/** Questions about one article that the corpus answers with confidence (the article page's "Explore"). */
export async function questionsAbout(store: Store, article: ArticleView, cache: ArticleCache, opts: CheckOptions = {}): Promise<CheckedQuestions> {
  return keepAnswerable(store, proposeFrom(article), [], cache, opts.stop);
}
