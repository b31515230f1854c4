// "Explore related questions": built from the quotes, events and entities around the answer,
// each one asked for real and kept only when the corpus answers it with confidence.

import type { ArticleView, EntityRef, StoredEvent } from '../../model/index.js';
import type { Store } from '../../store/contract.js';
import type { ArticleCache } from '../articles.js';
import { indexTerms } from '../../understand/terms.js';
import { answerQuestion, type Resolved } from './ask.js';

const MAX_TRIES = 12;
const KEEP = 5;
const MIN_CONFIDENCE = 0.6;

export async function relatedQuestions(store: Store, r: Resolved, cache: ArticleCache): Promise<string[]> {
  const articleIds = [...new Set([...r.answer.citations.map((c) => c.articleId), ...r.evidence.map((e) => e.hit.articleId)])].slice(0, 3);
  const proposals: string[] = [];
  for (const id of articleIds) {
    const a = (await cache.get(id))?.article;
    if (a) proposals.push(...proposeFrom(a));
  }
  return keepAnswerable(store, proposals, [r.answer.question], cache);
}

async function keepAnswerable(store: Store, proposals: string[], asked: string[], cache: ArticleCache): Promise<string[]> {
  const kept: string[] = [];
  const seen: string[][] = asked.map(words);
  let tries = 0;
  for (const p of proposals) {
    if (kept.length >= KEEP || tries >= MAX_TRIES) break;
    const w = words(p);
    if (seen.some((s) => jaccard(s, w) >= 0.5)) continue;
    seen.push(w);
    tries++;
    const got = await answerQuestion(store, p, { cache });
    if (!got.answer.abstained && got.answer.confidence >= MIN_CONFIDENCE) kept.push(p);
  }
  return kept;
}

/** Candidate questions from one article's annotations, most specific first. */
export function proposeFrom(a: ArticleView): string[] {
  const out: string[] = [];
  for (const ev of a.events) out.push(...fromEvent(ev, a));
  // "What did Zelensky say about Tomahawks?": a speaker and a name inside what they said.
  const seen = new Set<string>();
  for (const q of a.quotes) {
    if (q.partial || !q.speaker || q.speaker.type !== 'PERSON') continue;
    const inQuote = a.entities.filter(
      (e) =>
        e.id !== q.speaker!.id &&
        (e.type === 'PERSON' || e.type === 'GPE' || e.type === 'ORG' || e.type === 'LOC') &&
        e.mentions.some((m) => m.start >= q.start && m.end <= q.end),
    );
    for (const topic of inQuote.slice(0, 1)) {
      const text = `What did ${short(q.speaker, a)} say about ${withArticle(topic, a)}?`;
      if (!seen.has(text)) out.push(text);
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
      if (!seen.has(text)) out.push(text);
      seen.add(text);
    }
  }
  return out;
}

const ATTACK_VERBS = new Set(['attack', 'strike', 'bomb', 'shell', 'invade', 'raid', 'kill', 'shoot']);

function fromEvent(ev: StoredEvent, a: ArticleView): string[] {
  const A = ev.actor;
  const T = ev.target;
  if (!A || !T || ev.modality === 'hypothetical' || ev.modality === 'negated') return [];
  const planned = ev.modality === 'planned';
  const out: string[] = [];
  // Meetings between people: where and when are what readers ask.
  if (ev.cameo === '04' && A.type === 'PERSON' && T.type === 'PERSON') {
    if (ev.place) out.push(planned ? `Where will ${short(A, a)} meet ${short(T, a)}?` : `Where did ${short(A, a)} meet ${short(T, a)}?`);
    if (ev.when) out.push(planned ? `When will ${short(A, a)} meet ${short(T, a)}?` : `When did ${short(A, a)} meet ${short(T, a)}?`);
  }
  const verb = lemma(ev.trigger);
  if ((ev.cameo === '18' || ev.cameo === '19') && verb && ATTACK_VERBS.has(verb) && A.type !== 'NORP' && ev.when && !planned) {
    out.push(`When did ${short(A, a)} ${verb} ${short(T, a)}?`);
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
export async function questionsAbout(store: Store, article: ArticleView, cache: ArticleCache): Promise<string[]> {
  return keepAnswerable(store, proposeFrom(article), [], cache);
}
