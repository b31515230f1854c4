// Events: who did what to whom, where, when, with what modality, typed by CAMEO root class.
//
// A trigger is a verb (any inflection of a lemma in the lexicon below) or an event noun
// ("talks", "ceasefire", "attack") outside quotes. Around it, in its sentence:
//   actor   the nearest entity before it that is not the object of a preposition, or the person a
//           pronoun subject points to; for nouns, "between X and Y" and "X's";
//   target  the first entity after it (skipping places after "in"/"at");
//   place   a GPE/LOC after "in"/"at"/"near";
//   when    the value of the time expression nearest to it in the sentence;
//   modality  negated > hypothetical > planned > reported > happened, from the words before it.

import type { CameoRoot, DocEntity, Event, Mention, Modality, Sentence, TimeExpr } from '../model/index.js';
import { tokenize, paragraphs, quoteSpans, type Token } from './tokens.js';
import { Coref } from './coref.js';

const VERBS: Record<CameoRoot, string[]> = {
  '01': ['say', 'declare', 'announce', 'state'],
  '02': ['urge', 'appeal', 'plead', 'request'],
  '03': ['promise', 'pledge', 'vow', 'agree', 'offer'],
  '04': ['meet', 'talk', 'host', 'visit', 'consult', 'discuss', 'negotiate', 'mediate'],
  '05': ['sign', 'recognise', 'recognize', 'endorse', 'praise', 'welcome', 'apologise', 'apologize'],
  '06': ['cooperate', 'co-operate'],
  '07': ['aid', 'fund', 'support', 'donate', 'supply', 'back'],
  '08': ['withdraw', 'release', 'free', 'retreat', 'concede', 'surrender', 'return', 'ease', 'lift'],
  '09': ['investigate', 'probe', 'question'],
  '10': ['demand'],
  '11': ['criticise', 'criticize', 'condemn', 'accuse', 'blame', 'denounce', 'deplore', 'attack-verbally'],
  '12': ['reject', 'refuse', 'veto', 'deny', 'dismiss', 'oppose', 'rebuff', 'block'],
  '13': ['threaten', 'warn'],
  '14': ['protest', 'demonstrate', 'boycott', 'rally'],
  '15': ['deploy', 'mobilise', 'mobilize', 'mass'],
  '16': ['sanction', 'suspend', 'sever', 'embargo'],
  '17': ['arrest', 'seize', 'expel', 'detain', 'deport', 'imprison', 'jail', 'raid', 'capture', 'abduct', 'kidnap', 'confiscate'],
  '18': ['attack', 'strike', 'bomb', 'kill', 'shoot', 'assassinate', 'wound', 'stab', 'ambush', 'shell'],
  '19': ['fight', 'invade', 'clash', 'battle', 'occupy'],
  '20': ['massacre', 'exterminate'],
};
const NOUNS: Record<string, CameoRoot> = {
  talks: '04', meeting: '04', summit: '04', visit: '04', negotiations: '04',
  ceasefire: '08', truce: '08', withdrawal: '08', release: '08',
  investigation: '09', inquiry: '09', probe: '09',
  threat: '13', threats: '13', ultimatum: '13',
  protest: '14', protests: '14', demonstration: '14', demonstrations: '14',
  deployment: '15', mobilisation: '15', mobilization: '15',
  sanctions: '16', embargo: '16', tariffs: '16',
  arrest: '17', arrests: '17', detention: '17', deportation: '17',
  attack: '18', attacks: '18', strike: '18', strikes: '18', airstrike: '18', airstrikes: '18', bombing: '18', assassination: '18',
  war: '19', invasion: '19', fighting: '19', clashes: '19', offensive: '19',
  massacre: '20', genocide: '20',
};
// phrasal triggers: the verb plus the particle that gives it its class
const PHRASAL: Array<[string, string, CameoRoot]> = [
  ['call', 'on', '02'], ['call', 'for', '02'], ['cut', 'ties', '16'], ['break', 'off', '16'], ['take', 'hostage', '17'],
  ['took', 'hostages', '17'], ['take', 'hostages', '17'], ['agree', 'to', '03'], ['plan', 'to', '03'], ['intend', 'to', '03'],
];
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], say: ['said'], fight: ['fought'], strike: ['struck'], shoot: ['shot'], withdraw: ['withdrew', 'withdrawn'],
  free: ['freed', 'freeing'], lift: [], deny: ['denied', 'denies'], back: [], hold: ['held'], seize: ['seized', 'seizing'],
  call: [], cut: ['cut', 'cutting'], break: ['broke', 'broken'], take: ['took', 'taken', 'taking'],
};

function inflect(lemma: string): string[] {
  const out = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
  out.add(/(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's');
  if (!IRREGULAR[lemma]?.length || lemma === 'withdraw') {
    out.add(lemma.endsWith('e') ? lemma + 'd' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : doubled + 'ed');
  }
  out.add((lemma.endsWith('e') && !lemma.endsWith('ee') ? stem : doubled) + 'ing');
  return [...out];
}

const TRIGGERS = new Map<string, { lemma: string; cameo: CameoRoot }>();
for (const [cameo, lemmas] of Object.entries(VERBS) as [CameoRoot, string[]][]) {
  for (const l of lemmas) for (const f of inflect(l)) if (!TRIGGERS.has(f)) TRIGGERS.set(f, { lemma: l, cameo });
}
const PHRASAL_FORMS = new Map<string, [string, string, CameoRoot]>();
for (const p of PHRASAL) for (const f of inflect(p[0])) PHRASAL_FORMS.set(f + ' ' + p[1], p);
// "meeting", "visit", "attack" are both; the noun table decides for nouns after a determiner

const PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'from', 'with', 'for', 'of', 'by', 'about', 'into', 'over', 'against', 'between', 'through', 'near', 'inside', 'across', 'toward', 'towards', 'under', 'after', 'before', 'within', 'without', 'than', 'like']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'new', 'upcoming', 'planned', 'proposed', 'next', 'latest', 'further', 'renewed', 'fresh']);
const NEGATION = /^(not|n't|never|no|refused|refuses|refuse|declined|declines|failed|fails)$/i;
const HYPOTHETICAL = /^(if|could|would|might|may|should|unless|whether|possibility|possible|potential)$/i;
const PLANNED = /^(will|'ll|’ll|plans|plan|planned|planning|intends|intend|intended|aims|aim|set|expected|going|scheduled|wants|want|hopes|hope|upcoming|proposed|prepares|preparing|due|next)$/i;
const REPORTED = /^(said|says|say|told|according|reportedly|allegedly|reports|reported|claimed|claims|believes|believe|thought|understood)$/i;

export function findEvents(text: string, sentences: Sentence[], entities: DocEntity[], mentions: Mention[], times: TimeExpr[]): Event[] {
  if (sentences.length === 0) return [];
  const tokens = tokenize(text, sentences);
  const coref = new Coref(sentences, tokens, entities, mentions);
  const type = new Map(entities.map((e) => [e.key, e.type]));
  const quoted = quotedRanges(text);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const arr = bySentence.get(m.sentence) ?? [];
    arr.push(m);
    bySentence.set(m.sentence, arr);
  }
  const timesBySentence = new Map<number, TimeExpr[]>();
  for (const t of times) {
    const arr = timesBySentence.get(t.sentence) ?? [];
    arr.push(t);
    timesBySentence.set(t.sentence, arr);
  }
  const out: Event[] = [];
  let qi = 0;
  let sStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (i === 0 || tokens[i - 1].sentence !== tok.sentence) sStart = i;
    while (qi < quoted.length && quoted[qi][1] <= tok.start) qi++;
    if (qi < quoted.length && quoted[qi][0] <= tok.start) continue; // inside a quote: speech, not narration
    const lower = tok.text.toLowerCase();
    const prev = i > sStart ? tokens[i - 1].text.toLowerCase() : '';
    const next = i + 1 < tokens.length && tokens[i + 1].sentence === tok.sentence ? tokens[i + 1].text.toLowerCase() : '';
    let cameo: CameoRoot | undefined;
    let trigger = tok.text;
    let end = tok.end;
    let noun = false;
    const phr = PHRASAL_FORMS.get(lower + ' ' + next);
    if (phr && /^(call|cut|break|take|took)$/.test(phr[0])) {
      cameo = phr[2];
      trigger = text.slice(tok.start, tokens[i + 1].end);
      end = tokens[i + 1].end;
    } else if (NOUNS[lower] && (DETERMINERS.has(prev) || /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') || /s$/.test(lower) && !TRIGGERS.has(lower) || !TRIGGERS.has(lower))) {
      cameo = NOUNS[lower];
      noun = true;
    } else if (TRIGGERS.has(lower) && !/^\p{Lu}/u.test(tok.text.slice(0, 1)) || (TRIGGERS.has(lower) && i === sStart)) {
      // a verb form after a determiner is a noun we do not know ("the support"): skip
      if (DETERMINERS.has(prev) && !/(ed|ing)$/.test(lower)) continue;
      cameo = TRIGGERS.get(lower)!.cameo;
    }
    if (!cameo) continue;
    // only the neighbourhood of the trigger: a clause, not a 5 MB run-on sentence
    const ms = within(bySentence.get(tok.sentence) ?? [], tok.start - 400, tok.end + 400).filter((m) => !isQuoted(quoted, m.start));
    const ev = roles(text, tokens, i, sStart, ms, type, coref, noun);
    if (cameo === '01') ev.target = null; // a statement has a speaker, not a target
    const when = nearestTime(timesBySentence.get(tok.sentence) ?? [], tok.start);
    out.push({
      start: tok.start,
      end,
      cameo,
      trigger,
      actor: ev.actor,
      target: ev.target,
      place: ev.place,
      when,
      modality: modality(tokens, i, sStart, noun),
      sentence: tok.sentence,
    });
  }
  return out;
}

function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [ps, pe] of paragraphs(text)) for (const q of quoteSpans(text, ps, pe)) if (q.closed) out.push([q.open, q.close + 1]);
  return out;
}

function isQuoted(ranges: Array<[number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] <= pos;
}

/** The last token of the sentence ending at or before `pos` (binary search: sentences can be huge). */
function tokenBefore(tokens: Token[], pos: number, sStart: number): Token | undefined {
  let lo = sStart;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1 >= sStart ? tokens[lo - 1] : undefined;
}

/** Mentions of a sorted list that start within [from, to). */
function within(ms: Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < ms.length && ms[k].start < to; k++) out.push(ms[k]);
  return out;
}

function roles(
  text: string,
  tokens: Token[],
  i: number,
  sStart: number,
  ms: Mention[],
  type: Map<string, string>,
  coref: Coref,
  noun: boolean,
): { actor: string | null; target: string | null; place: string | null } {
  const trig = tokens[i];
  const isPlace = (m: Mention) => type.get(m.entity) === 'GPE' || type.get(m.entity) === 'LOC';
  const prep = (m: Mention) => tokenBefore(tokens, m.start, sStart)?.text.toLowerCase() ?? '';
  let actor: string | null = null;
  let target: string | null = null;
  let place: string | null = null;
  // place: a GPE/LOC after in/at/near, nearest after the trigger, else before it
  const places = ms.filter((m) => isPlace(m) && /^(in|at|near|inside|outside)$/.test(prep(m)));
  place = (places.find((m) => m.start > trig.start) ?? places[places.length - 1])?.entity ?? null;
  if (noun) {
    // "meeting between Trump and Putin", "Trump's meeting with Xi", "the attack on Israel"
    const after = ms.filter((m) => m.start > trig.end && m.start - trig.end < 60);
    if (tokens[i + 1]?.text === 'between' && after.length >= 2) return { actor: after[0].entity, target: after[1].entity, place };
    const poss = ms.filter((m) => m.end <= trig.start && trig.start - m.end < 25 && /['’]s?\s*$/.test(text.slice(m.end, m.end + 3)));
    actor = poss.length ? poss[poss.length - 1].entity : null;
    const t = after.find((m) => /^(with|on|against|to|by|of)$/.test(prep(m)) && !(isPlace(m) && m.entity === place));
    target = t?.entity ?? null;
    if (!actor && t && prep(t) === 'by') {
      actor = t.entity;
      target = null;
    }
    return { actor, target, place };
  }
  // actor: walking back from the trigger, the first pronoun subject or the first mention that is
  // neither a prepositional object ("in Venezuela") nor a verb's object ("authorized CIA")
  const byEnd = new Map(ms.map((m) => [m.end, m]));
  for (let q = i - 1; q >= sStart && i - q < 40; q--) {
    const t = tokens[q];
    if (/^(he|she)$/i.test(t.text)) {
      actor = coref.pronoun(t.text, trig.sentence, t.start);
      break;
    }
    if (t.text === ';') break;
    const m = byEnd.get(t.end);
    if (!m) continue;
    const before = prep(m);
    if (PREPOSITIONS.has(before)) continue;
    if (TRIGGERS.has(before) || /(ed|ing)$/.test(before) && !/^(had|has)$/.test(before)) continue;
    actor = m.entity;
    break;
  }
  // target: the first mention after the trigger, within reach, that is not the place
  for (const m of ms) {
    if (m.start <= trig.end) continue;
    if (m.start - trig.end > 60) break;
    if (m.entity === place && isPlace(m) && /^(in|at|near)$/.test(prep(m))) continue;
    if (m.entity === actor) continue;
    target = m.entity;
    break;
  }
  return { actor, target, place };
}

function nearestTime(ts: TimeExpr[], at: number): string | null {
  let best: TimeExpr | null = null;
  for (const t of ts) {
    // a date, week, month, season or range; not a duration ("36-hour") or an unanchored reference
    if (t.value === null || !/^\d{4}/.test(t.value)) continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best?.value ?? null;
}

function modality(tokens: Token[], i: number, sStart: number, noun: boolean): Modality {
  const from = Math.max(sStart, i - 6);
  const window = tokens.slice(from, i).map((t) => t.text.toLowerCase());
  // the clause before the trigger, at most 30 tokens back (sentences can be megabytes long)
  const clause = tokens.slice(Math.max(sStart, i - 30), i).map((t) => t.text.toLowerCase());
  if (window.some((w) => NEGATION.test(w))) return 'negated';
  if (window.some((w) => HYPOTHETICAL.test(w)) || clause.slice(-14).includes('if')) return 'hypothetical';
  if (window.some((w) => PLANNED.test(w))) return 'planned';
  if (!noun && window.length > 0 && window[window.length - 1] === 'to' && window.some((w) => /^(plans?|planned|agreed?|wants?|hopes?|aims?|intends?|expected|set|going|seeks?|trying|tries|promised|vowed|pledged|due)$/.test(w))) return 'planned';
  if (clause.some((w) => REPORTED.test(w)) && !REPORTED.test(tokens[i].text)) return 'reported';
  return 'happened';
}
