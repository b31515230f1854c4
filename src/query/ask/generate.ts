// Optional generation: a language model rewrites the extractive answer fluently from the cited
// sentences only; every [n] it writes is checked against the evidence.

import type { Answer, GeneratedAnswer } from '../../model/index.js';

/** Any chat model; the OpenAI-compatible adapter lives in interfaces/llm. */
export interface TextGenerator {
  readonly model: string;
  complete(system: string, user: string): Promise<string>;
}

const SYSTEM =
  'You answer questions about news articles using ONLY the numbered sentences given. ' +
  'Write 1-3 short sentences. After every claim put the number of the sentence that supports it, like [1] or [2]. ' +
  'If the sentences do not answer the question, reply exactly: The articles do not say.';

export function buildPrompt(ans: Answer): string {
  const lines = ans.citations.map((c) => `[${c.n}] ${c.sentence.trim()} (${c.source ?? 'unknown outlet'}, ${c.published ?? 'undated'})`);
  return `Question: ${ans.question}\n\nSentences:\n${lines.join('\n')}\n\nAnswer:`;
}

/** Checks a model's text against the evidence: strips citations to sentences it was not given, flags uncited sentences. */
export function checkCitations(text: string, valid: Set<number>): Omit<GeneratedAnswer, 'model'> {
  const invalid = new Set<number>();
  const cleaned = text
    .replace(/\[(\d+(?:\s*,\s*\d+)*)\]/g, (_m, list: string) => {
      const nums = list.split(',').map((x) => Number(x.trim()));
      const keep = nums.filter((n) => valid.has(n));
      for (const n of nums) if (!valid.has(n)) invalid.add(n);
      return keep.length ? `[${keep.join(', ')}]` : '';
    })
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  const sentences = cleaned.split(/(?<=[.!?])\s+(?=[A-Z“"])/).filter((s) => s.trim());
  const uncited = sentences.filter((s) => !/\[\d+/.test(s) && !/^the articles do not say\.?$/i.test(s.trim()));
  return { text: cleaned, uncited, invalidCitations: [...invalid].sort((a, b) => a - b) };
}

export async function generateAnswer(llm: TextGenerator, ans: Answer): Promise<GeneratedAnswer | null> {
  if (ans.abstained || ans.citations.length === 0) return null;
  const raw = await llm.complete(SYSTEM, buildPrompt(ans));
  const checked = checkCitations(raw, new Set(ans.citations.map((c) => c.n)));
  return { ...checked, model: llm.model };
}
