// Question analysis: what kind of answer is wanted, about whom, and with which words.

import type { AnswerType, EntityType } from '../../model/index.js';
import { queryTerms, tokens } from '../../understand/terms.js';

export interface Question {
  text: string;
  type: AnswerType;
  /** Entity types that can fill the answer slot, best first. */
  slotTypes: EntityType[];
  /** The noun the question asks for ("missiles" in "What missiles ..."), lowercase, or null. */
  head: string | null;
  /** A preposition left at the end ("... support for?"): the answer tends to follow it. */
  stranded: string | null;
  /** Capitalised names in the question ("Trump", "Putin"). */
  names: string[];
  /** Index terms of the whole question, without question words. */
  terms: string[];
  /** Index terms that are not names: the words an answer sentence must share. */
  contentTerms: string[];
  /** For "what did X say about Y": the speaker's name. */
  speaker: string | null;
  /** A duration is asked ("how long"). */
  duration: boolean;
}

const QUESTION_WORDS = new Set(
  'what which who whom whose where when why how many much long did does do is are was were will would can could should has have had'.split(' '),
);

const PREPOSITIONS = new Set('for to with from about by at in on of against into toward towards over'.split(' '));

// Heads of "which/what X" questions that name the kind of entity wanted.
const HEAD_TYPES: [RegExp, EntityType[]][] = [
  [/^(country|countries|state|states|nation|nations|city|cities|capital|capitals|town|towns|region|regions|province|provinces)$/, ['GPE', 'LOC']],
  [/^(place|places|location|locations|area|areas|territory|territories|border|borders)$/, ['LOC', 'GPE']],
  [/^(court|courts|organisation|organisations|organization|organizations|group|groups|agency|agencies|party|parties|company|companies|firm|firms|bank|banks|ministry|ministries|department|departments|body|bodies|institution|institutions|union|alliance|newspaper|network|team|club)$/, ['ORG']],
  [/^(person|people|man|men|woman|women|leader|leaders|president|minister|official|officials|envoy|envoys|spokesman|spokeswoman|spokesperson|player|players|politician|politicians)$/, ['PERSON']],
];

export function analyseQuestion(raw: string): Question {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, 1000);
  const lower = text.toLowerCase();
  const words = tokens(lower);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const stranded = PREPOSITIONS.has(last) ? last : null;

  let type: AnswerType = 'thing';
  let slotTypes: EntityType[] = [];
  let head: string | null = null;
  let duration = false;
  let speaker: string | null = null;

  // "which court", "what missiles", "what is the capital of": the noun names what is wanted.
  const whichHead =
    /\b(?:which|what)\s+(?:is|was|are|were)\s+(?:the|a|an)\s+([a-z-]+)/.exec(lower) ??
    /\b(?:which|what)\s+(?:of\s+the\s+)?(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b)([a-z-]+)/.exec(lower);
  const names = questionNames(text);

  if (/\bhow\s+(many|much)\b/.test(lower)) {
    type = 'number';
    head = /\bhow\s+(?:many|much)\s+(?:[a-z]+\s+)?([a-z-]+)/.exec(lower)?.[1] ?? null;
    const m = /\bhow\s+(?:many|much)\s+([a-z-]+)(?:\s+([a-z-]+))?/.exec(lower);
    if (m) head = m[2] && !QUESTION_WORDS.has(m[2]) ? m[2] : m[1];
  } else if (/\bhow\s+long\b/.test(lower)) {
    type = 'number';
    duration = true;
  } else if (/^(when|what\s+(?:date|day|year|month|time))\b/.test(lower) || /\b(what|which)\s+(date|day|year|month)\b/.test(lower)) {
    type = 'date';
  } else if (/^where\b/.test(lower) || /^(from|in|to|at)\s+where\b/.test(lower)) {
    type = 'place';
    slotTypes = ['GPE', 'LOC'];
  } else if (/^why\b/.test(lower) || /\bwhat\s+(?:is|was|are|were)\s+the\s+reasons?\b/.test(lower)) {
    type = 'reason';
  } else if (/\bwhat\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|declare|claim|argue|warn|write)\b/.test(lower)) {
    type = 'quote';
    const m = /\bwhat\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|declare|claim|argue|warn|write)\b/i.exec(text);
    speaker = m ? m[1].replace(/^(the|a)\s+/i, '') : null;
  } else if (/^(who|whom|whose)\b/.test(lower) || /^(to|with|by|for|from)\s+whom\b/.test(lower)) {
    type = 'person';
    slotTypes = ['PERSON', 'ORG', 'GPE', 'NORP'];
  } else if (whichHead && /^(?:\w+\s+){0,2}(which|what)\b/.test(lower)) {
    head = singularHead(whichHead[1]);
    const found = HEAD_TYPES.find(([re]) => re.test(whichHead[1]));
    if (found) {
      slotTypes = found[1];
      type = found[1][0] === 'PERSON' ? 'person' : found[1][0] === 'ORG' ? 'organisation' : 'place';
    } else {
      type = 'thing';
    }
  } else if (/^(is|are|was|were|did|does|do|will|would|can|could|has|have|had|should)\b/.test(lower)) {
    type = 'yesno';
  } else if (/^what\s+(happened|is happening|has happened)\b/.test(lower) || /^(tell me about|describe|summari[sz]e)\b/.test(lower)) {
    type = 'summary';
  } else if (/^(list|name)\b/.test(lower)) {
    type = 'list';
  }

  const nameTerms = new Set(names.flatMap((n) => queryTerms(n)));
  const terms = queryTerms(words.filter((w) => !QUESTION_WORDS.has(w)).join(' '));
  const contentTerms = terms.filter((t) => !nameTerms.has(t));
  return { text, type, slotTypes, head, stranded, names, terms, contentTerms, speaker, duration };
}

const NAME_RE = /\b(?:[A-Z][\p{L}'’.-]*|[A-Z]{2,})(?:\s+(?:of\s+the\s+|of\s+|de\s+|al-)?(?:[A-Z][\p{L}'’.-]*))*/gu;
const NOT_NAMES = new Set(
  'What Which Who Whom Whose Where When Why How Did Does Do Is Are Was Were Will Would Can Could Should Has Have Had The A An In On At From To For With By Of And Or If Tell Name List Describe'.split(' '),
);

/** Capitalised word runs in a question, minus the leading question word. */
export function questionNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_RE)) {
    let parts = m[0].split(/\s+/);
    while (parts.length && NOT_NAMES.has(parts[0])) parts = parts.slice(1);
    const name = parts.join(' ').replace(/['’]s$/u, '').replace(/[.,]+$/, '');
    if (name.length > 1) out.push(name);
  }
  return out;
}

function singularHead(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|us)$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}
