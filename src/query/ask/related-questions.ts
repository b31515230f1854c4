// "Explore related questions": built from the quotes, events and entities around the answer,
// each one asked for real and kept only when the corpus answers it with confidence.

import type { ArticleView, EntityRef, StoredEvent } from '../../model/index.js';
import type { Store } from '../../store/contract.js';
import type { ArticleCache } from '../articles.js';
import { tokens } from '../../understand/terms.js';
import { answerQuestion, type Resolved } from './ask.js';

const MAX_TRIES = 12;
const KEEP = 5;
const MIN_CONFIDENCE = 0.5;

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
    if (seen.some((s) => jaccard(s, w) >= 0.6)) continue;
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
  for (const ev of a.events) out.push(...fromEvent(ev));
  const bySpeaker = new Map<string, { speaker: EntityRef; topics: EntityRef[] }>();
  for (const q of a.quotes) {
    if (q.partial || !q.speaker || q.speaker.type !== 'PERSON') continue;
    const topics = a.entities.filter(
      (e) => e.id !== q.speaker!.id && e.type !== 'NORP' && e.mentions.some((m) => m.sentence === q.sentence),
    );
    const entry = bySpeaker.get(q.speaker.id) ?? { speaker: q.speaker, topics: [] };
    entry.topics.push(...topics);
    bySpeaker.set(q.speaker.id, entry);
  }
  for (const { speaker, topics } of bySpeaker.values()) {
    const topic = topics.find((t) => t.id !== speaker.id);
    out.push(topic ? `What did ${short(speaker)} say about ${short(topic)}?` : `What did ${short(speaker)} say?`);
  }
  return out;
}

function fromEvent(ev: StoredEvent): string[] {
  const A = ev.actor ? short(ev.actor) : null;
  const T = ev.target ? short(ev.target) : null;
  if (!A) return [];
  const planned = ev.modality === 'planned';
  const verb = lemma(ev.trigger);
  const out: string[] = [];
  if (ev.cameo === '04' && T) {
    out.push(planned ? `Where will ${A} meet ${T}?` : `Where did ${A} meet ${T}?`);
    if (ev.when) out.push(planned ? `When will ${A} meet ${T}?` : `When did ${A} meet ${T}?`);
  } else if (T && ['18', '19', '20', '17', '13', '12', '11', '07', '06', '05'].includes(ev.cameo) && verb) {
    if (ev.when && !planned) out.push(`When did ${A} ${verb} ${T}?`);
    if (ev.place && !planned) out.push(`Where did ${A} ${verb} ${T}?`);
    if (!ev.when && !ev.place) out.push(`Who did ${A} ${verb}?`);
  }
  return out;
}

function short(e: EntityRef): string {
  return e.type === 'PERSON' ? e.name.split(/\s+/).pop()! : e.name;
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

function words(s: string): string[] {
  return [...new Set(tokens(s))];
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
