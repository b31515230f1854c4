// Follow-up questions in a thread: "he", "they", "there" resolved against the previous turn.

import type { Answer } from '../../model/index.js';
import { analyseQuestion } from './question.js';

/** What a thread remembers of one turn. */
export interface Turn {
  question: string;
  answer: string | null;
  answerType: Answer['answerType'];
  answerEntityType?: Answer['answerEntityType'];
}

export function turnOf(a: Answer): Turn {
  return { question: a.question, answer: a.abstained ? null : a.answer, answerType: a.answerType, answerEntityType: a.answerEntityType };
}

const PERSON_PRONOUNS = /\b(he|she|him|her|his|hers)\b/gi;
const GROUP_PRONOUNS = /\b(they|them|their|theirs)\b/gi;
const PLACE_PRONOUN = /\bthere\b/gi;

/**
 * Rewrites a follow-up so it stands alone. The previous answer fills a pronoun of its kind
 * ("Who met Putin?" → "Trump"; "Where did he go?" → "Where did Trump go?"); otherwise the
 * previous question's own names do.
 */
export function resolveFollowUp(question: string, previous: Turn | null): string {
  if (!previous) return question;
  const prevNames = analyseQuestion(previous.question).names;
  const answerIs = (t: Answer['answerType'][]) => previous.answer && t.includes(previous.answerType) && previous.answer.length <= 80;
  const kind = previous.answerEntityType;
  const person = answerIs(['person']) && (!kind || kind === 'PERSON') ? previous.answer! : prevNames[0] ?? null;
  const group = answerIs(['organisation', 'person', 'list']) && kind !== 'PERSON' && kind !== 'GPE' && kind !== 'LOC' ? previous.answer! : prevNames.find((n) => n !== person) ?? prevNames[0] ?? null;
  const place = answerIs(['place']) || (previous.answer && (kind === 'GPE' || kind === 'LOC')) ? previous.answer! : null;
  let out = question;
  if (person) out = out.replace(PERSON_PRONOUNS, (w) => (/^(his|hers)$/i.test(w) ? `${person}'s` : person));
  if (group) out = out.replace(GROUP_PRONOUNS, (w) => (/^their/i.test(w) ? `${group}'s` : group));
  if (place) out = out.replace(PLACE_PRONOUN, `in ${place}`).replace(/\bin in\b/g, 'in');
  return out;
}
