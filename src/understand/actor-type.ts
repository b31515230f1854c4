// Who a common noun stands for, as CAMEO codes it: "police" COP, "the government" GOV, "rebels" REB,
// "workers" LAB, "the banks" BUS, ... (GDELT's actor type codes). A role that no name fills keeps the
// noun phrase ("creditors", "tube workers"), typed by where its head noun sits in WordNet's hypernym
// tree: a policeman is a lawman, a creditor a person owed money, a firm a business. Each kind below is
// a WordNet sense ("lemma" its most frequent sense, "lemma#2" its second); of the noun's two most
// frequent senses, the kind nearest above one of them decides (the more frequent sense on a tie), so
// "officer" is a policeman as much as a soldier, and a "minister" of government rather than a cleric.

import type { CameoActorType } from '../model/index.js';
import { nounAncestors, nounClasses, nounSense } from './wordnet.js';
import { rememberedByWord } from './tokens.js';

const KINDS: Array<[CameoActorType, string[]]> = [
  ['COP', ['police', 'policeman', 'lawman', 'detective']],
  ['JUD', ['court', 'judge', 'jury', 'judiciary', 'prosecutor', 'lawyer', 'tribunal']],
  ['SPY', ['spy', 'intelligence#2', 'secret_agent']],
  ['MIL', ['military', 'armed_forces', 'army', 'soldier', 'serviceman', 'military_unit', 'navy', 'air_force']],
  ['REB', ['rebel#2', 'rebel', 'insurgent', 'guerrilla', 'terrorist', 'militia', 'extremist']],
  ['REF', ['refugee', 'asylum_seeker', 'migrant']],
  ['MED', ['journalist', 'reporter', 'newspaper#2', 'press', 'broadcaster', 'news_agency', 'editor']],
  ['EDU', ['school', 'university', 'student', 'educator', 'academic', 'scholar']],
  ['HLH', ['medical_practitioner', 'nurse', 'health_professional', 'hospital', 'medical_institution']],
  ['CRM', ['criminal', 'gang', 'thief', 'smuggler', 'gunman']],
  ['REL', ['clergyman', 'church#2', 'religious_person']],
  ['AGR', ['farmer', 'peasant']],
  ['LEG', ['legislature', 'legislator', 'lawmaker', 'parliament', 'congress', 'senate']],
  ['GOV', ['government', 'authority#2', 'administration#2', 'government_department', 'regime', 'official', 'politician', 'minister#2', 'council', 'diplomat', 'civil_servant', 'agency']],
  ['OPP', ['protester', 'dissident', 'opposition', 'activist']],
  ['BUS', ['company', 'business#2', 'firm', 'corporation', 'businessman', 'financier', 'depository_financial_institution', 'creditor', 'investor', 'industry', 'employer', 'executive', 'shareholder', 'lender']],
  ['LAB', ['labor_union', 'worker', 'employee', 'workforce', 'staff']],
  ['CVL', ['civilian', 'citizen', 'inhabitant', 'people', 'public', 'consumer', 'pensioner', 'voter', 'population', 'passenger', 'fan#2', 'customer']],
];

let kindOf: Map<number, CameoActorType> | null = null;
/** The kinds' synsets, each with its code (a synset listed twice keeps the first). */
function kinds(): Map<number, CameoActorType> {
  if (!kindOf) {
    kindOf = new Map();
    for (const [code, ks] of KINDS) {
      for (const k of ks) {
        const [lemma, n] = k.split('#');
        const off = nounSense(lemma, n ? Number(n) : 1);
        if (off !== null && !kindOf.has(off)) kindOf.set(off, code);
      }
    }
  }
  return kindOf;
}

// British spellings WordNet (American) lists under the other form ("organisers", "labour", "defence")
const american = (w: string) => w.replace(/is(e|es|er|ers|ation|ations)$/, 'iz$1').replace(/our(s?)$/, 'or$1').replace(/ence$/, 'ense');

/** The WordNet form of a word: itself when WordNet knows it as a noun, else its American spelling. */
function known(word: string): string | null {
  const w = word.toLowerCase();
  if (nounClasses(w, 1).length) return w;
  const a = american(w);
  return a !== w && nounClasses(a, 1).length ? a : null;
}

let SOCIAL: number[] | null = null;
/** Whether a group noun is a group of people (WordNet's social group or people: "police", "the public"), not of things ("series", "economy"). */
function social(word: string): boolean {
  SOCIAL ??= ['social_group', 'people'].map((l) => nounSense(l, 1)).filter((x): x is number => x !== null);
  return nounAncestors(word, 2).some((senses) => SOCIAL!.some((o) => senses.has(o)));
}

/**
 * Whether a noun names people or a body of them: WordNet's most frequent sense is in noun.person or
 * noun.group, or the second is a person's after a thing's: "police", "creditors", "banks", "fans" —
 * not "measures", "shares", "plan" or "hand".
 */
export function namesParticipant(word: string): boolean {
  return participant(word.toLowerCase());
}
const participant = rememberedByWord((w) => {
  const k = known(w);
  const first = k ? nounClasses(k, 1) : [];
  const two = k ? nounClasses(k, 2) : [];
  // a second sense counts after a thing's ("fans": the device, then the devotees), not after a
  // body part's, an act's or an idea's ("hand", "administration")
  const base = (k ?? '').replace(/s$/, '');
  return ((KINDLESS.has(k ?? '') || KINDLESS.has(base)) && base !== 'body') || first.includes('person') || (first.includes('group') && social(k!)) || (two.includes('person') && first.every((c) => c === 'artifact' || c === 'object'));
}, 20_000);

// nouns for any kind of body, which WordNet files under one sense or another ("organisation" ~ the
// administration): they type nothing by themselves (as in org-kind.ts)
const KINDLESS = new Set(['organisation', 'organization', 'group', 'body', 'institution', 'association']);

/** The CAMEO actor type of one noun by WordNet's hypernyms, or null when no kind lies above it. */
export function actorTypeOfNoun(word: string): CameoActorType | null {
  return nounType(word.toLowerCase());
}
const nounType = rememberedByWord((w): CameoActorType | null => {
  const k = known(w);
  if (k && (KINDLESS.has(k) || KINDLESS.has(k.replace(/s$/, '')))) return null;
  let v: CameoActorType | null = null;
  let best = Infinity;
  const ks = kinds();
  for (const senses of k ? nounAncestors(k, 2) : []) {
    for (const [off, steps] of senses) {
      const code = ks.get(off);
      if (code && steps < best) {
        best = steps;
        v = code;
      }
    }
  }
  return v;
}, 20_000);

/**
 * The CAMEO actor type of a noun phrase's words (modifiers then head, lower-case): a noun modifier that
 * names a kind decides ("police officers" COP, "government officials" GOV, "hospital doctors" HLH),
 * else the head ("officials" GOV, "creditors" BUS); null when neither does.
 */
export function actorTypeOf(words: string[]): CameoActorType | null {
  if (words.length === 0) return null;
  const head = words[words.length - 1];
  for (const m of words.slice(0, -1)) {
    if (!/^[a-z][a-z-]*$/.test(m)) continue;
    const t = actorTypeOfNoun(m);
    if (t) return t;
  }
  return actorTypeOfNoun(head);
}
