// Events: who did what to whom, where, when, with what modality, typed by CAMEO root class.
//
// A trigger is a verb (any inflection of a lemma in the lexicon below) or an event noun
// ("talks", "ceasefire", "attack") outside quotes; a verb or noun the lexicon does not list is
// classed through WordNet (hypernyms for verbs, derivation for nouns: see CLASS_FILES below), and kept
// only where its parties are found. Participants are names and what the coreference
// stage resolved ("he", "the club", "the prime minister"). Around the trigger, in its clause:
//   actor   the subject of the verb: the noun phrase before the verb group (a common noun names
//           nobody unless a name modifies it or coreference resolves it), past appositions and
//           parentheses, after a complementiser "that" but not before it; a relative clause's
//           antecedent; the main clause's subject for a participle clause; the "by" agent of a
//           passive (whose subject is then the target; "X's plan was attacked": X); the first of a
//           coordinated subject; for an infinitive, the object of the verb governing it ("urged X to
//           condemn Y": X, and the act is unrealised); past a reporting clause between commas ("X,
//           Tom said, had sued"); in the lead, a person described and named after ("The creator of
//           Buffy is to ..." then "Joss Whedon ..."). For
//           nouns: "between X and Y", "X's", a name before it, or the subject of the light verb
//           that carries it ("held talks", "imposed sanctions"; "faced X from Y" turns it round);
//   target  the object: the first participant after the verb in its clause that is not the place,
//           not inside a nested phrase ("to write the X movie"); for nouns the object of their own
//           preposition ("talks with X", "sanctions on X"); the partner of a coordinated subject
//           for joint acts (consult, cooperate, fight); "them" for names listed before it;
//   place   a GPE/LOC after "in"/"at"/"near";
//   when    the value of the time expression nearest to it in the sentence;
//   modality  negated > hypothetical > planned > reported > happened, from the words before it.
// A subject or object that no name fills but a common noun for people or a body of them does
// ("police said", "called on the government", "met the banks", "invited by championship organisers")
// is kept as a phrase with its CAMEO actor type (actor-type.ts): actorPhrase / targetPhrase.

import type { CameoRoot, CorefLink, DocEntity, Event, Mention, Modality, RolePhrase, Sentence, TimeExpr } from '../model/index.js';
import { bisect, tokenize, paragraphs, quoteSpans, recordLookup, rememberedByWord, startingWithin, type Token, UPPER_FIRST, LOWER_FIRST } from './tokens.js';
import { Coref } from './coref.js';
import { isRoleNoun, posTags } from './gazetteer.js';
import { derivedNouns, isKindOf, isPossessionVerb, isSpeechVerb, isVerbWord, nounClasses, nounFirstSenses, nounVerbs, verbAntonyms, verbChains, verbDescendants, verbLemmas, verbSenses } from './wordnet.js';
import { actorTypeOf, namesParticipant } from './actor-type.js';

const VERBS: Record<CameoRoot, string[]> = {
  '01': ['say', 'declare', 'announce', 'state', 'tell', 'confirm', 'claim', 'predict', 'forecast', 'insist', 'reveal', 'unveil', 'admit', 'testify', 'warn', 'comment', 'acknowledge'],
  '02': ['urge', 'appeal', 'plead', 'request', 'ask', 'seek', 'persuade', 'lobby'],
  '03': ['promise', 'pledge', 'vow', 'agree', 'offer', 'invite'],
  '04': ['meet', 'talk', 'host', 'visit', 'consult', 'discuss', 'negotiate', 'mediate'],
  '05': ['sign', 'recognise', 'recognize', 'endorse', 'praise', 'welcome', 'apologise', 'apologize', 'thank', 'congratulate', 'forgive'],
  '06': ['cooperate', 'co-operate', 'buy', 'acquire', 'sell', 'invest', 'commission', 'coordinate', 'co-ordinate', 'merge', 'hire'],
  '07': ['aid', 'fund', 'support', 'donate', 'supply', 'back', 'rescue', 'subsidise', 'subsidize', 'lend'],
  '08': ['withdraw', 'release', 'free', 'retreat', 'concede', 'surrender', 'return', 'ease', 'lift', 'resign', 'quit', 'cancel', 'abandon'],
  '09': ['investigate', 'probe', 'question', 'grill', 'examine', 'inspect', 'audit'],
  '10': ['demand', 'pressure', 'press'],
  '11': ['criticise', 'criticize', 'condemn', 'accuse', 'blame', 'denounce', 'deplore', 'attack-verbally', 'charge', 'indict', 'sue', 'slam', 'rebuke', 'taunt', 'mock', 'ridicule', 'overrule'],
  '12': ['reject', 'refuse', 'veto', 'deny', 'dismiss', 'oppose', 'rebuff', 'block'],
  '13': ['threaten'],
  '14': ['protest', 'demonstrate', 'boycott', 'rally', 'march', 'picket'],
  '15': ['deploy', 'mobilise', 'mobilize', 'mass'],
  '16': ['sanction', 'suspend', 'sever', 'embargo', 'withhold', 'sack'],
  '17': ['arrest', 'seize', 'expel', 'detain', 'deport', 'imprison', 'jail', 'raid', 'capture', 'abduct', 'kidnap', 'confiscate', 'fine', 'ban', 'oust', 'convict', 'sentence', 'quarantine', 'evict'],
  '18': ['attack', 'strike', 'bomb', 'kill', 'shoot', 'assassinate', 'wound', 'stab', 'ambush', 'shell', 'kick', 'punch', 'assault'],
  '19': ['fight', 'invade', 'clash', 'battle', 'occupy'],
  '20': ['massacre', 'exterminate', 'slaughter'],
};
const NOUNS: Record<string, CameoRoot> = {
  talks: '04', meeting: '04', summit: '04', visit: '04', negotiations: '04',
  ceasefire: '08', truce: '08', withdrawal: '08', release: '08',
  investigation: '09', inquiry: '09', probe: '09', hearing: '09', hearings: '09',
  agreement: '05', settlement: '05', apology: '05',
  takeover: '06', acquisition: '06', acquisitions: '06', merger: '06',
  rescue: '07', bailout: '07',
  resignation: '08',
  pressure: '10',
  criticism: '11', lawsuit: '11', charges: '11', accusations: '11',
  invitation: '03', offer: '03', overtures: '03',
  request: '02', appeal: '02',
  threat: '13', threats: '13', ultimatum: '13',
  protest: '14', protests: '14', demonstration: '14', demonstrations: '14',
  deployment: '15', mobilisation: '15', mobilization: '15',
  sanctions: '16', embargo: '16', tariffs: '16',
  arrest: '17', arrests: '17', detention: '17', deportation: '17', ban: '17', bans: '17',
  attack: '18', attacks: '18', strike: '18', strikes: '18', airstrike: '18', airstrikes: '18', bombing: '18', assassination: '18',
  war: '19', invasion: '19', fighting: '19', clashes: '19', offensive: '19',
  massacre: '20', genocide: '20', slaughter: '20',
};
/** NOUNS[word], asked of every token. */
const nounCameo = recordLookup(NOUNS);
// phrasal triggers: the verb plus the particle that gives it its class
const PHRASAL: Array<[string, string, CameoRoot]> = [
  ['call', 'on', '02'], ['call', 'for', '02'], ['cut', 'ties', '16'], ['break', 'off', '16'], ['take', 'hostage', '17'],
  ['took', 'hostages', '17'], ['take', 'hostages', '17'], ['agree', 'to', '03'], ['plan', 'to', '03'], ['intend', 'to', '03'],
  ['back', 'down', '08'], ['step', 'down', '08'], ['look', 'into', '09'], ['turn', 'down', '12'], ['push', 'for', '10'],
  ['send', 'off', '17'], ['walk', 'out', '16'], ['write', 'off', '07'], ['sign', 'up', '06'], ['bail', 'out', '07'],
  ['throw', 'punches', '18'],
  // criticism answered or voiced in public (CAMEO 11), withdrawal from a deal or a body (16), rejection
  // of a bill or proposal (12), a court's ruling against a party (11)
  ['hit', 'out', '11'], ['hit', 'back', '11'], ['pull', 'out', '16'], ['back', 'away', '16'], ['throw', 'out', '12'],
  ['vote', 'against', '12'], ['rule', 'against', '11'], ['rule', 'illegal', '11'], ['rule', 'unlawful', '11'],
];
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], say: ['said'], fight: ['fought'], strike: ['struck'], shoot: ['shot'], withdraw: ['withdrew', 'withdrawn'],
  free: ['freed', 'freeing'], lift: [], deny: ['denied', 'denies'], back: [], hold: ['held'], seize: ['seized', 'seizing'],
  call: [], cut: ['cut', 'cutting'], break: ['broke', 'broken'], take: ['took', 'taken', 'taking'],
  tell: ['told'], sell: ['sold'], buy: ['bought'], seek: ['sought'], quit: ['quit', 'quitting'], send: ['sent'],
  write: ['wrote', 'written', 'writing'], withhold: ['withheld'], throw: ['threw', 'thrown'], fine: [], beat: ['beat', 'beaten'],
  lend: ['lent'], hit: ['hit', 'hitting'], rule: [], vote: [], pull: [],
};
// irregular past participles: "was sent off", "was sold", "were held" are passives too
const PARTICIPLES = new Set(['sent', 'sold', 'held', 'told', 'bought', 'sought', 'struck', 'shot', 'cut', 'quit', 'lent', 'beaten', 'thrown', 'written', 'withheld', 'met', 'fought', 'taken', 'broken', 'withdrawn', 'freed']);
// lemmas whose bare form is mostly an adjective or a noun ("a fine", "press conference", "March",
// "the sentence"): only their inflected forms are triggers
const BARE_NOT = new Set(['fine', 'press', 'march', 'charge', 'sentence', 'claim', 'comment', 'pressure', 'quarantine', 'state', 'hire', 'audit']);

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
  for (const l of lemmas) for (const f of inflect(l)) if (!TRIGGERS.has(f) && !(f === l && BARE_NOT.has(l))) TRIGGERS.set(f, { lemma: l, cameo });
}
const PHRASAL_FORMS = new Map<string, [string, string, CameoRoot]>();
for (const p of PHRASAL) for (const f of inflect(p[0])) PHRASAL_FORMS.set(f + ' ' + p[1], p);
/** The words a phrasal form opens with: only after one of them is the next word looked at. */
const PHRASAL_FIRST = new Set([...PHRASAL_FORMS.keys()].map((k) => k.slice(0, k.indexOf(' '))));
// "meeting", "visit", "attack" are both; the noun table decides for nouns after a determiner

// CAMEO's verb classes as WordNet senses: each seed verb above stands for those of its senses (the
// four most frequent) whose lexicographer file is one the class's acts belong to (a protest is social
// or spoken, never a "demonstrate" that shows; an assault is contact or competition), and a verb the
// lexicon does not list takes the class of the nearest such sense its most frequent sense reaches up
// WordNet's hypernyms ("defended" → argue → present → state: 01; consulting is social only, never
// the "talk, speak" of any speech). An event noun the table does not
// list takes the class of the verb it derives from ("rejection" → reject: 12), never a statement.
const CLASS_FILES: Record<CameoRoot, number[]> = {
  '01': [32], '02': [32], '03': [32, 41, 40], '04': [41], '05': [32, 41], '06': [40, 41], '07': [40, 41], '08': [41, 40, 38], '09': [31, 32, 39], '10': [32],
  '11': [32, 41], '12': [32, 41], '13': [32], '14': [41, 32], '15': [41, 38], '16': [41, 40], '17': [41, 35, 40], '18': [33, 35], '19': [33], '20': [33, 35],
};
// the most frequent sense only, at most three steps up (a verb's rarer senses and the far ancestors
// of the frequent one class everything as everything)
const LEARN_SENSES = 1;
const LEARN_DEPTH = 3;
const SEED_ROOT = new Map(Object.entries(VERBS).flatMap(([c, ls]) => ls.map((l) => [l, c as CameoRoot] as const)).reverse());
const SEED_LEMMAS = new Set(SEED_ROOT.keys());
// The classes WordNet gives, inverted once on first use so that a word costs a lookup in WordNet's
// index, no synset read: every verb synset at most LEARN_DEPTH hyponym steps below a seed sense (the
// nearest seed's class; a top synset, "get", "move", "change", classes nothing: everything is below
// it), and every act, event or state noun (noun.act, noun.event, noun.state) derived from a seed verb
// other than a statement, keyed by its synset and word.
let learnedVerbSenses: Map<number, CameoRoot> | null = null;
let learnedNounSenses: Map<string, CameoRoot> | null = null;
function verbClasses(): Map<number, CameoRoot> {
  if (learnedVerbSenses) return learnedVerbSenses;
  const seeds = new Map<number, CameoRoot>();
  for (const [cameo, lemmas] of Object.entries(VERBS) as [CameoRoot, string[]][]) {
    for (const l of lemmas) for (const chain of verbChains(l, 4, 0)) for (const n of chain) if (CLASS_FILES[cameo].includes(n.lexFile) && !n.top && !seeds.has(n.offset)) seeds.set(n.offset, cameo);
  }
  const best = new Map<number, { step: number; cameo: CameoRoot }>();
  for (const [off, cameo] of seeds) {
    verbDescendants([off], LEARN_DEPTH, (o, step) => {
      const b = best.get(o);
      if (!b || step < b.step) best.set(o, { step, cameo });
    });
  }
  return (learnedVerbSenses = new Map([...best].map(([o, b]) => [o, b.cameo])));
}
function nounClassesByDerivation(): Map<string, CameoRoot> {
  if (learnedNounSenses) return learnedNounSenses;
  learnedNounSenses = new Map();
  for (const [cameo, lemmas] of Object.entries(VERBS) as [CameoRoot, string[]][]) {
    if (cameo === '01') continue;
    for (const l of lemmas) for (const n of derivedNouns(l)) if ((n.lexFile === 4 || n.lexFile === 11 || n.lexFile === 26) && !learnedNounSenses.has(`${n.offset}:${n.lemma}`)) learnedNounSenses.set(`${n.offset}:${n.lemma}`, cameo);
  }
  return learnedNounSenses;
}
/**
 * `/^[a-z]{4,}$/.test(w)`, by character codes: the only words the learned classes below can answer.
 * `plainOnly` answers null for any other word (most running words: short words, capitals, digits,
 * punctuation) without a lookup in the memo's large table, which costs its cache misses amid an
 * article's other work; the classes themselves are only ever asked through it, so they do not test again.
 */
function isPlainWord4(w: string): boolean {
  if (w.length < 4) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
/** A memo of one of the learned classes below, asked only of the words it can answer (see isPlainWord4). */
function plainOnly<V>(memo: (w: string) => V | null): (w: string) => V | null {
  return (w) => (isPlainWord4(w) ? memo(w) : null);
}
/** A verb form the lexicon does not list, classed through WordNet's hypernyms; null when no class is reached. */
function learnVerb(w: string): { lemma: string; cameo: CameoRoot } | null {
  // (a form the tagger reads as a verb, or an -ed form it does not know; a word read first as a modal,
  // an adjective, a noun or a number is no verb here: "will", "willing", "champion", "help", "second")
  if (TRIGGERS.has(w)) return null;
  const tags = posTags(w);
  if (tags.some((x) => !/^(PastTense|PresentTense|Infinitive|Gerund|Verb|Participle|PerfectTense)$/.test(x)) || tags.length === 0 && !/ed$/.test(w)) return null;
  for (const lemma of verbLemmas(w)) {
    // (a seed verb's forms are the lexicon's to give or withhold: "claim" bare is a noun there)
    if (SEED_LEMMAS.has(lemma)) return null;
    for (const off of verbSenses(lemma, LEARN_SENSES)) {
      const cameo = verbClasses().get(off);
      if (cameo) return { lemma, cameo };
    }
  }
  return null;
}
/** An event noun the table does not list, classed by the seed verb it derives from; null otherwise. */
function learnNoun(w: string): CameoRoot | null {
  // (not a gerund: "in selling", "for shooting" are the verb's act, read as the verb; nor a seed
  // verb's own form, which the lexicon reads as the verb or the noun or leaves be: "I welcome", "the
  // support", "in charge")
  if (/ing$/.test(w) || TRIGGERS.has(w) || SEED_LEMMAS.has(w)) return null;
  // (the nominalisation of a seed verb only: "rejection" → reject, "quarantine" → quarantine)
  for (const n of nounFirstSenses(w, 2)) {
    const cameo = nounClassesByDerivation().get(`${n.offset}:${n.lemma}`);
    if (cameo) return cameo;
  }
  return null;
}
/**
 * Both learned classes of a word, in one memo: the event loop asks both of nearly every plain word
 * (`nounRootOf` and `triggerOf`), and one lookup in one large table costs about half of two.
 */
const learnedOf = plainOnly(rememberedByWord((w: string) => ({ verb: learnVerb(w), noun: learnNoun(w) }), 50_000));
const learnedVerb = (w: string) => learnedOf(w)?.verb ?? null;
const learnedNoun = (w: string) => learnedOf(w)?.noun ?? null;
/**
 * The class of a noun a support verb carries ("issued a warning", "instituted a quarantine", "laid
 * siege"): the class of the verb sense its own frequent senses derive from by WordNet (warning →
 * warn, quarantine → quarantine), as a learned verb of that sense would take; null when none is classed.
 */
const supportedNoun = plainOnly(rememberedByWord((w: string): CameoRoot | null => {
  // (the noun's most frequent sense only: "evidence" is first a basis for belief, no testimony)
  for (const v of nounVerbs(w, 1)) {
    // (an act, a message, an event or a state: noun.act, noun.communication, noun.event, noun.state;
    // not a thing made or owned, "made a poster", "raise capital", nor a person, "make voters aware")
    if (v.nounFile !== 4 && v.nounFile !== 10 && v.nounFile !== 11 && v.nounFile !== 26) continue;
    // (a seed verb's sense in its class's files, or its most frequent sense: "quarantine" is a change
    // of state to WordNet, and a top synset classes no descendants but is its own seed's act)
    const seed = SEED_ROOT.get(v.lemma);
    const cameo = verbClasses().get(v.offset) ?? (seed && (CLASS_FILES[seed].includes(v.lexFile) || verbSenses(v.lemma, 1)[0] === v.offset) ? seed : undefined);
    if (cameo) return cameo;
  }
  return null;
}, 50_000));
/**
 * A verb whose negation is a seed act by WordNet's antonyms ("did not accept" → reject: 12, "would
 * not allow" → deny): the antonym's class, for a verb the lexicon does not list.
 */
const antonymTrigger = plainOnly(rememberedByWord((w: string): { lemma: string; cameo: CameoRoot } | null => {
  if (TRIGGERS.has(w) || posTags(w).some((x) => /Modal|Adjective|Noun|Singular|Plural|Determiner|Preposition|Adverb/.test(x))) return null;
  if (verbLemmas(w).some((l) => SEED_LEMMAS.has(l))) return null;
  for (const a of verbAntonyms(w, 2)) {
    const c = SEED_ROOT.get(a);
    if (c && c !== '01') return { lemma: a, cameo: c };
  }
  return null;
}, 50_000));
/** Whether the verb at `i` is negated: "not", "n't" or "never" within three words before, over auxiliaries and adverbs ("would not then accept"). */
function negatedVerb(tokens: Token[], i: number, sStart: number): boolean {
  for (let q = i - 1; q >= sStart && i - q <= 3; q--) {
    const w = tokens[q].text.toLowerCase();
    if (/^(not|n't|never)$/.test(w)) return true;
    if (!(AUX.test(w) || /^[a-z]+ly$/.test(w) || /^(then|yet|ever)$/.test(w))) return false;
  }
  return false;
}

/** A trigger verb form: the lexicon's, else WordNet's. */
const triggerOf = (w: string) => TRIGGERS.get(w) ?? learnedVerb(w) ?? undefined;
/** An event noun's class: the table's, else WordNet's. */
const nounRootOf = (w: string) => nounCameo(w) ?? learnedNoun(w) ?? undefined;

// roots whose act two parties do together (consult, cooperate, fight)
const SYMMETRIC = new Set<CameoRoot>(['03', '04', '05', '06', '19']);
// adjectives of willingness that, before an infinitive, state an intent ("willing to", "prepared to")
const READINESS = /^(willing|prepared)$/i;
const PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'from', 'with', 'for', 'of', 'by', 'about', 'into', 'over', 'against', 'between', 'through', 'near', 'inside', 'across', 'toward', 'towards', 'under', 'after', 'before', 'within', 'without', 'than', 'like']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'new', 'upcoming', 'planned', 'proposed', 'next', 'latest', 'further', 'renewed', 'fresh']);
const NEGATION = /^(not|n't|never|no|refused|refuses|refuse|declined|declines|failed|fails|unable|denied|denies|deny|denying)$/i;
const HYPOTHETICAL = /^(if|could|would|might|may|should|must|ought|considering|mulling|unless|whether|possibility|possible|potential|likely|unlikely|threaten|threatens|threatened|threatening)$/i;
const PLANNED = /^(will|'ll|’ll|plans|plan|planned|planning|intends|intend|intended|aims|aim|set|expected|going|scheduled|wants|want|hopes|hope|upcoming|proposed|prepares|preparing|due|next|imminent|forthcoming|impending)$/i;
// words of intent that are as often nouns or other senses ("the plan", "set up", "due to the rain")
const PLAN_NOUNISH = /^(plans|plan|aims|aim|hopes|hope|wants|want|set|due|expected|intends|intend|going|next)$/i;
const REPORTED = /^(said|says|say|told|according|announced|announces|announcement|reportedly|allegedly|alleged|accused|reports|reported|claimed|claims|believes|believe|thought|understood)$/i;

export function findEvents(
  text: string,
  sentences: Sentence[],
  entities: DocEntity[],
  mentions: Mention[],
  times: TimeExpr[],
  links: CorefLink[] = [],
  tokens: Token[] = tokenize(text, sentences),
): Event[] {
  if (sentences.length === 0) return [];
  const coref = new Coref(sentences, tokens, entities, mentions, links);
  const type = new Map(entities.map((e) => [e.key, e.type]));
  const quoted = quotedRanges(text);
  const bySentence = new Map<number, Mention[]>();
  const parts = participants(text, mentions, links);
  const np = new NounPhrases(text, tokens, parts, type, entities, mentions);
  for (const m of parts) {
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
  // each token lower-cased once: the loop reads it as the word, the word before and the word after
  const lowers = tokens.map((t) => t.text.toLowerCase());
  // the last support verb ("issued", "made") at or before each token: supportBefore finds one within
  // three words before a noun or answers -1, so a noun with none there is not walked back over (the
  // walk asks the lexicon's tags of each word, at every plain word of the article)
  const lastSupport = new Int32Array(tokens.length);
  for (let j = 0, last = -1; j < tokens.length; j++) lastSupport[j] = last = SUPPORT.test(tokens[j].text) ? j : last;
  let qi = 0;
  let sStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (i === 0 || tokens[i - 1].sentence !== tok.sentence) sStart = i;
    while (qi < quoted.length && quoted[qi][1] <= tok.start) qi++;
    // inside a quote: speech, not narration; a scare quote of a word or two ('victims of an "unprovoked
    // attack"') is the reporter's phrase, read for an event noun only (below)
    const scare = qi < quoted.length && quoted[qi][0] <= tok.start && quoted[qi][1] - quoted[qi][0] <= 25;
    if (qi < quoted.length && quoted[qi][0] <= tok.start && !scare) continue;
    // the second word of a phrasal trigger ("threw punches") is no trigger of its own
    if (out.length && out[out.length - 1].end > tok.start) continue;
    const lower = lowers[i];
    const prev = i > sStart ? lowers[i - 1] : '';
    const next = i + 1 < tokens.length && tokens[i + 1].sentence === tok.sentence ? lowers[i + 1] : '';
    let cameo: CameoRoot | undefined;
    let trigger = tok.text;
    let end = tok.end;
    let noun = false;
    // the lexicon's trigger or event noun, else the class WordNet gives the word (learned: kept only
    // where a participant is found, below)
    const nr = nounRootOf(lower);
    // ("did not accept": the act is the rejection, which happened)
    const direct = triggerOf(lower);
    const flip = !nr && !direct && negatedVerb(tokens, i, sStart) ? antonymTrigger(lower) : null;
    const tr = direct ?? flip ?? undefined;
    const learned = !TRIGGERS.has(lower) && !!tr;
    const phr = PHRASAL_FIRST.has(lower) ? PHRASAL_FORMS.get(lower + ' ' + next) : undefined;
    // "issued an official warning", "instituted a quarantine": a noun a support verb carries
    // (the head of the object, not a modifier of the noun after it: "raise fuel taxes")
    // (a noun: not an adjective, nor an -ing form but after a determiner: "make clear", "make finding
    // it easier"; and the direct object, not an indirect one before it: "give the hosts a lead")
    const carried = i > sStart && /^[a-z]{4,}$/.test(tok.text) && !phr && lastSupport[i - 1] >= Math.max(sStart, i - 3) && supportBefore(tokens, i, sStart) >= 0 && !modifiesNext(next) && !/^(a|an|the|his|her|its|their|our|my|your|\d.*)$/.test(next) && !posTags(lower).includes('Adjective') && (!/ing$/.test(lower) || DETERMINERS.has(prev)) ? nr ?? supportedNoun(lower) ?? undefined : undefined;
    // "declined to comment", "refused to answer questions": CAMEO 011, a statement that happened
    // (declining comment), not a refusal nor a negated statement
    const declined = lower.startsWith('decl') || lower.startsWith('refus') ? declinesComment(tokens, i) : -1;
    if (declined > i) {
      cameo = '01';
      trigger = text.slice(tok.start, tokens[declined].end);
      end = tokens[declined].end;
    } else if (phr && /^(call|cut|break|take|took|back|step|look|turn|push|send|walk|write|sign|bail|throw|hit|pull|vote|rule)$/.test(phr[0]) && (phr[0] !== 'hit' || /^(at|against)$/i.test(tokens[i + 2]?.text ?? ''))) {
      // ("hit back at X" criticises; "hit back to win 2-1" is a comeback in a match)
      cameo = phr[2];
      trigger = text.slice(tok.start, tokens[i + 1].end);
      end = tokens[i + 1].end;
    } else if (carried) {
      // the object of a support verb: the event its noun names, classed by the verb it derives from
      cameo = carried;
      noun = true;
    } else if (nr && !gerundClause(lower, prev, next) && (i === sStart && PREPOSITIONS.has(next) || DETERMINERS.has(prev) || LIGHT.test(prev) || PREPOSITIONS.has(prev) && prev !== 'to' || /^['’]s?$/.test(prev) || UPPER_FIRST.test(tokens[i - 1]?.text ?? '') || /s$/.test(lower) && !tr || !tr)) {
      cameo = nr;
      noun = true;
    } else if (tr && !UPPER_FIRST.test(tok.text.slice(0, 1)) || (tr && i === sStart)) {
      // a verb form after a determiner is a noun or an adjective ("the support", "a negotiated
      // settlement"); after a preposition other than "to" a bare form is a noun ("of mass
      // destruction"); a plural-looking form after an adjective or number is a noun ("Certain states")
      if (DETERMINERS.has(prev)) continue;
      if (PREPOSITIONS.has(prev) && prev !== 'to' && !/(ed|ing)$/.test(lower)) continue;
      // a support verb is no act of its own: its object noun is ("struck a deal" is no assault)
      if (SUPPORT.test(lower) && carriesEvent(tokens, i)) continue;
      if (/s$/.test(lower) && (posTags(prev).includes('Adjective') || /^\d/.test(prev)) && !posTags(prev).some((x) => /Verb|Tense|Adverb/.test(x))) continue;
      // "bring back", "rolling back", "hit back": a particle after a verb, not "back" as support
      if (lower === 'back' && i > sStart && !AUX.test(prev) && (/^[a-z]+ing$/.test(prev) || posTags(prev).some((x) => /^(Verb|Infinitive|Gerund|PastTense|PresentTense)$/.test(x)))) continue;
      // "global demand", "supply problems", "a pension fund", "tempered demand for": a bare or -s form
      // of a verb that is as often a noun is the verb only where a verb group can stand
      // (an event noun there is read as the noun: "under near-constant attack")
      // ("Moscow's support for Iran": after a possessive, a verb's bare form is its event noun)
      const slot = verbSlot(tokens, i, sStart, lower);
      const owned = !slot && /^(['’]s?|his|its|their)$/i.test(prev);
      if (!slot && !nr && !owned) continue;
      cameo = slot || owned && !nr ? tr!.cameo : nr;
      if (!slot) noun = true;
      // "U.S. Treasury support for Argentina": a bare verb form between a name and for/of is a noun
      const lemma = tr!.lemma;
      if (lower === lemma && /^(for|of)$/.test(next) && i > sStart && UPPER_FIRST.test(tokens[i - 1].text)) noun = true;
    }
    // "had been willing to buy the firm", "is prepared to accept": a stated willingness to act is an
    // intent to cooperate (CAMEO 03), aimed at whom the act is (as "agreed to", "pledged to")
    if (!cameo && READINESS.test(lower) && next === 'to' && i > sStart && /^(is|are|was|were|be|been|being|am)$/.test(prev)) cameo = '03';
    if (!cameo || scare && !noun) continue;
    // only the neighbourhood of the trigger: a clause, not a 5 MB run-on sentence
    const ms = startingWithin(bySentence.get(tok.sentence) ?? [], tok.start - 400, tok.end + 400).filter((m) => !isQuoted(quoted, m.start));
    // "Brown was arrested at his hotel but released without charge": a participle coordinated with a
    // passive before it in the clause shares its "be", so its subject is what it was done to
    const sharedBe = !noun && coordinated(tokens, i, sStart) && participleForm(lower) && passiveConjunctBefore(tokens, i, sStart);
    const ev = roles(text, tokens, i, sStart, ms, type, coref, noun, quoted, end, np, sharedBe);
    // (what was done to the first conjunct's subject is done to it again; so is a report of it)
    const conjunct = sharedBe && out.length && out[out.length - 1].sentence === tok.sentence ? out[out.length - 1] : null;
    if (conjunct && conjunct.target !== null) ev.target = conjunct.target;
    // "I'Anson said ... and predicted": a verb coordinated with the one before shares its subject
    // ("Mr Kennedy will highlight the anger over the Iraq war and call for": the subject of the first
    // verb, found from it, not a name inside its object)
    const first = !noun && coordinated(tokens, i, sStart) ? firstConjunct(tokens, i, sStart) : -1;
    if (first >= 0) {
      // (a first verb that is itself an event already has its actor, coordination included: "officers
      // found and rescued her and arrested Webb")
      const done = out.length && out[out.length - 1].start === tokens[first].start ? out[out.length - 1] : null;
      const sub = done ?? roles(text, tokens, first, sStart, ms, type, coref, false, quoted, tokens[first].end, np);
      if (sub.actor !== null && sub.actor !== ev.target) ev.actor = sub.actor;
    }
    // (", arresting 210 people": a participle clause after a comma whose main subject is no name
    // takes the actor the main verb was given)
    if (!noun && ev.actor === null && (coordinated(tokens, i, sStart) || /ing$/.test(lower) && i > sStart && tokens[i - 1].text === ',')) {
      const prevEv = out.length && out[out.length - 1].sentence === tok.sentence ? out[out.length - 1] : null;
      // (not across a clause of its own: "prosecutors released the footage when officers found and rescued her")
      const across = prevEv && tokens.slice(bisect(sStart, i, (x) => tokens[x].start < prevEv.end), i).some((x) => /^(when|while|after|before|because|who|which|that|as|since|until|if|where)$/i.test(x.text));
      if (prevEv && !across && prevEv.actor !== ev.target) ev.actor = prevEv.actor;
    }
    // "an approach to the board by X was turned down": the board turned it down
    if (cameo === '12' && ev.actor === null && ev.receiver) ev.actor = ev.receiver;
    // "Israel and Hamas agreed", "the US and China met": one party of a joint act is the other's target
    if (ev.target === null && ev.partner && SYMMETRIC.has(cameo)) ev.target = ev.partner;
    // a noun with no participant named ("the attack emboldened", "ceasefire talks") says nothing
    // about who did what to whom: not an event here
    if (noun && ev.actor === null && ev.target === null) continue;
    // a verb classed by WordNet alone is an event only between named parties: its subject and its
    // object (a statement: its speaker), and not a verb whose object is told to do another act
    // (an -ing form only in a verb group or a participle clause: "was arguing", ", alleging that"; not
    // "UK advertising giant")
    if (learned && /ing$/.test(lower) && !(AUX.test(prev) || BE.test(prev) || prev === ',')) continue;
    if (learned && !noun && (ev.actor === null || np.phrase(ev.actor) || cameo !== '01' && (ev.target === null || np.phrase(ev.target) || governsInfinitive(tokens, i)))) continue;
    // (a noun classed by WordNet alone, its actor: "the opposition to X" with nobody opposing is no event)
    if (noun && (nr || carried) && !nounCameo(lower) && ev.actor === null) continue;
    const lemma = tr?.lemma;
    // "denied that he had met", "denies attacking", "rejected the accusations": denying a claim is a
    // statement (CAMEO 016), refusing a request stays a rejection (12)
    if (!noun && cameo === '12' && deniesClaim(tokens, i, lemma)) cameo = '01';
    // "thanks to its acquisition": a preposition, no thanks given; "returned to first-team action",
    // "Parliament returns from its break": to come back is no return of someone or something (08)
    if (!noun && (lower === 'thanks' && next === 'to' || lemma === 'return' && (next === '' || /^(to|from|home|after|in|on|for|as|with|[,.;:])$/.test(next)))) continue;
    // "as demonstrated by his departure", "rallying opposition": to demonstrate or rally something
    // is to show or gather it; only intransitive they are a protest
    if (!noun && (lemma === 'demonstrate' || lemma === 'rally') && (BE.test(prev) || /^(as|by)$/.test(prev) || (/^(that|how|the|a|an|its|his|her|their|our)$/.test(next) || plainWord(next) && !TRIGGERS.has(next) && nounClasses(next, 1).length > 0 && !nounClasses(next, 1).includes('time') && !posTags(next).some((x) => /Adjective|Preposition|Adverb/.test(x))) || next === 'by' && /ed$/.test(lower))) continue;
    // "agreed a rescue plan with creditors", "agreed on a ceasefire": agreeing to a thing settles an
    // agreement (CAMEO 05); agreeing to do something only states an intent to (03)
    if (!noun && lemma === 'agree' && cameo === '03' && /^(a|an|the|its|their|his|her|on|upon)$/.test(next)) cameo = '05';
    // "signed a three-year deal with Warner", "agreed a kit deal with adidas", "would consider signing
    // Mutu": a contract of exchange between firms or people (a transfer, a hire, a supply) is economic
    // cooperation (CAMEO 06); an agreement between states, or one that settles a dispute, stays 05
    if (!noun && cameo === '05' && (lemma === 'sign' || lemma === 'agree') && !/^(GPE|NORP|LOC)$/.test(type.get(ev.actor ?? '') ?? '') && !/^(GPE|NORP|LOC)$/.test(type.get(ev.target ?? '') ?? '')) {
      const hired = lemma === 'sign' && ev.target !== null && type.get(ev.target) === 'PERSON' && ms.some((m) => m.entity === ev.target && m.start === tokens[i + 1]?.start);
      if (hired || commercialDeal(tokens, i, lemma === 'sign')) cameo = '06';
    }
    // "backed the plan", "supports that view", "back Mr Flight": to back a statement, a plan or a
    // person is to endorse it (CAMEO 05); material backing goes to a country or a body (07)
    // ("a move Wenger has backed.": with no object, what is backed is a thing said before, endorsed)
    if (!noun && cameo === '07' && (lemma === 'back' || lemma === 'support') && (endorsedThing(tokens, i) || ev.target !== null && type.get(ev.target) === 'PERSON' || /^([.,;:!?)—–]|)$/.test(next))) cameo = '05';
    // "withdrew from the talks", "pulled out of the deal": leaving a body, a deal or talks reduces
    // relations (CAMEO 16); leaving a place is a military withdrawal, a yielding (08)
    if (!noun && (lemma === 'withdraw' || /^pull(s|ed|ing)? out$/i.test(trigger)) && /^(from|of)$/.test(lemma === 'withdraw' ? next : lowers[i + 2] ?? '')) {
      // (out of a contest, "withdrew from the tournament", no party is left: no event between actors)
      let h = lemma === 'withdraw' ? i + 2 : i + 3;
      while (h < tokens.length && h - i <= 8 && tokens[h].sentence === tok.sentence && (SKIPPABLE.test(lowers[h]) || /^[a-z-]+$/.test(tokens[h].text) && /^[a-z-]+$/.test(tokens[h + 1]?.text ?? '') && !PREPOSITIONS.has(lowers[h + 1]))) h++;
      if (ev.target === null && h < tokens.length && /^[a-z]+$/.test(tokens[h].text) && nounClasses(lowers[h], 2).includes('event')) continue;
      cameo = ev.target !== null && /^(GPE|LOC)$/.test(type.get(ev.target) ?? '') ? '08' : '16';
    }
    // a statement has a speaker, not a target, unless it is told to someone ("told the FT")
    // ("testified before the committee", "said to reporters": the one it is made to)
    // (a statement verb WordNet alone classed names nobody it is made to)
    if (cameo === '01' && !(lemma === 'tell' || lemma === 'warn') ) ev.target = learned ? null : ev.addressee ?? null;
    // "warned ... unless/if": a conditional threat
    if (lemma === 'warn' && conditionalAfter(tokens, i)) cameo = '13';
    // "attacked Mr Smith's record": an attack on a person (or by one, in words) is criticism
    if (cameo === '18' && /^attack/.test(lower) && [ev.actor, ev.target].some((k) => k !== null && (type.get(k) === 'PERSON' || np.person(k)))) cameo = '11';
    const when = nearestTime(timesBySentence.get(tok.sentence) ?? [], tok.start);
    // a demanded act is unrealised; a second verb shares the first's modal ("will highlight ... and call for")
    const ownModality = (): Modality => {
      const m = modality(tokens, i, sStart, noun);
      if (ev.demanded && (m === 'happened' || m === 'planned' || m === 'reported')) return 'hypothetical';
      if (m !== 'happened') return m;
      return first >= 0 ? modality(tokens, first, sStart, false) : m;
    };
    out.push({
      start: tok.start,
      end,
      cameo,
      trigger,
      actor: ev.actor,
      target: ev.target,
      place: ev.place,
      when,
      modality: declined > i || flip ? 'happened' : conjunct && conjunct.modality === 'reported' && ownModality() === 'happened' ? 'reported' : ownModality(),
      sentence: tok.sentence,
    });
  }
  // "threatened to impose sanctions on Iran", "pledged to back the Kurds": a threat or a promise is
  // aimed at whom the act it announces is aimed at, and its subject does that act
  for (let k = 0; k + 1 < out.length; k++) {
    const e = out[k];
    const f = out[k + 1];
    // ("an offer to Chelsea": a noun's "to" names whom it is made to, no infinitive)
    const inf = /^\s+to\s+([a-z]+)/.exec(text.slice(e.end, e.end + 30))?.[1];
    if ((e.cameo !== '13' && e.cameo !== '03') || f.sentence !== e.sentence || f.start - e.end > 60 || !inf || !isVerbToken(inf)) continue;
    if (f.actor === null) f.actor = e.actor;
    if (e.target === null && f.target !== e.actor) e.target = f.target;
  }
  // "Creditors agreed on Friday to suspend payments": an infinitive with no subject of its own found
  // takes the subject of the event whose verb governs it (over a short adjunct, within its clause)
  for (let k = 1; k < out.length; k++) {
    const f = out[k];
    const e = out[k - 1];
    if (f.actor !== null || e.actor === null || e.sentence !== f.sentence || e.cameo === '01' && !/^\s+to\b/.test(text.slice(e.end, e.end + 4))) continue;
    const gap = text.slice(e.end, f.start);
    if (gap.length > 30 || !/\bto\s+$/.test(gap) || /[,;:()"“”—–]|\b(and|but|or|that|which|who|when|while|after|before|because|if)\b/.test(gap)) continue;
    // an object between the verb and "to" does it instead (object control, read in the clause)
    if (e.target !== null && /^\s+\S+(\s+\S+)?\s+to\s+$/.test(gap) && !/^\s+(on|in|at|last|this|next|yesterday|today)\b/i.test(gap)) continue;
    f.actor = e.actor;
  }
  // "said it would fight any move", "will arrest anyone who": a violent or coercive act its actor
  // announces for later is a threat (CAMEO 13), not yet done
  for (const e of out) {
    if (!/^(17|18|19|20)$/.test(e.cameo) || e.modality === 'happened' || e.modality === 'negated') continue;
    const k = bisect(0, tokens.length, (x) => tokens[x].start < e.start);
    if (!reportedBy(tokens, k, Math.max(0, k - 30)) || !/\b(would|will|'ll|’ll)\s+$/.test(text.slice(Math.max(0, e.start - 12), e.start))) continue;
    // ("told Jane that Germany would invade Poland": another's act foretold is no threat of the speaker's)
    const speaker = out.filter((x) => x.sentence === e.sentence && x.cameo === '01' && x.end <= e.start).pop();
    if (speaker && speaker.actor !== null && e.actor !== null && speaker.actor !== e.actor) continue;
    e.cameo = '13';
    e.modality = 'hypothetical';
  }
  // "The RAC welcomed the news", "Tutu criticised the measures": praise, criticism or rejection of
  // a definite statement, act or plan with no owner named is aimed at whoever the article last
  // had act or speak before it (within three sentences), another than the one judging
  for (let k = 0; k < out.length; k++) {
    const e = out[k];
    if (!/^(05|11|12)$/.test(e.cameo) || e.target !== null || e.actor === null || e.actor.startsWith('\u0000')) continue;
    const t = bisect(0, tokens.length, (x) => tokens[x].start < e.end);
    // ("The idea was rejected by X", "This argument has been criticised": the thing judged is the
    // passive's subject)
    if (!judgedThing(tokens, t) && !judgedThing(tokens, passiveSubject(tokens, t - 1))) continue;
    for (let j = k - 1; j >= 0 && e.sentence - out[j].sentence <= 3; j--) {
      const a = out[j].actor;
      if (a === null || a === e.actor || a.startsWith('\u0000')) continue;
      e.target = a;
      break;
    }
  }
  // "the US had agreed to release the four", "pledged to write off the debt": agreeing or pledging
  // to do an act that is itself an event is that act's modality (planned), not a second event
  // (an intent with no act of its own found stays one: "agreed to a ceasefire", "promised a cut")
  const absorbed = new Set<Event>();
  for (let k = 0; k + 1 < out.length; k++) {
    const e = out[k];
    const f = out[k + 1];
    if (e.cameo !== '03' || f.sentence !== e.sentence || !/^(agree|pledge|promise|vow)$/.test(TRIGGERS.get(e.trigger.toLowerCase())?.lemma ?? '')) continue;
    if (!/^\s+to\s+$/.test(text.slice(e.end, f.start)) || f.cameo === '03') continue;
    absorbed.add(e);
    if (f.actor === null && !f.actorPhrase) f.actor = e.actor;
    if (f.modality === 'happened') f.modality = 'planned';
  }
  if (absorbed.size) out.splice(0, out.length, ...out.filter((e) => !absorbed.has(e)));
  // nobody does a non-reflexive act to themselves: a target equal to the actor was misread
  for (const e of out) if (e.actor !== null && e.actor === e.target) e.target = null;
  // a role a noun phrase fills: no entity key, the phrase and its type
  for (const e of out) {
    const a = e.actor !== null ? np.phrase(e.actor) : undefined;
    const t = e.target !== null ? np.phrase(e.target) : undefined;
    if (a) (e.actor = null, (e.actorPhrase = a));
    if (t) (e.target = null, (e.targetPhrase = t));
    if (e.actorPhrase && e.targetPhrase && e.actorPhrase.text.toLowerCase() === e.targetPhrase.text.toLowerCase()) e.targetPhrase = undefined;
  }
  return out;
}

// entity types whose name, modifying a noun for people, makes a phrase rather than the participant
const MODIFIER_TYPES = /^(NORP|GPE|LOC)$/;
// words that may open a noun phrase before its modifiers ("almost all the banks", "its creditors")
const NP_DET = /^(the|a|an|some|many|all|both|several|most|few|other|its|their|our|these|those|this|that|almost|nearly|two|three|four|five|six|ten|hundreds|thousands|dozens|of|\d[\d,.]*)$/i;

const plainWord = (w: string) => /^[a-z][a-z-]*$/.test(w) && !PREPOSITIONS.has(w) && !CLAUSE_WORDS.test(w) && !AUX.test(w) && !SKIPPABLE.test(w) && !NP_DET.test(w) && !SUBJECT_PRONOUN.test(w) && !/^(and|or|but|nor|than|who|which|them|him|her|us|me)$/.test(w);
const nounishWord = (w: string) => plainWord(w) && !TRIGGERS.has(w) && !/(ed|ing|ly)$/.test(w) && nounClasses(w, 1).length > 0 && !posTags(w).some((x) => /Verb|Tense|Adverb|Gerund|Infinitive|Copula|Modal/.test(x));

/**
 * Common-noun phrases that name people or a body of them (actor-type.ts: "police", "the creditors",
 * "tube workers", "an officer"): a head noun that WordNet makes a person or a group, not followed by
 * another noun it modifies ("police investigation"), by a possessive or by a name it titles ("striker
 * Wayne Rooney"), with the lower-case modifiers before it. A phrase touching a name or a resolved
 * pronoun or role noun is none: the name is the participant ("Borussia officials"), unless the name is
 * a nationality or a place, which never acts by itself ("Democratic lawmakers", "the American public").
 * Read lazily: only the few tokens around a trigger are ever asked about (WordNet is read per word).
 */
class NounPhrases {
  private readonly memo = new Map<number, string | null>();
  private readonly phrases = new Map<string, { text: string; words: string[]; type?: RolePhrase['type'] }>();
  private readonly people = new Set<string>();
  private readonly nameOf = new Map<string, number>();
  private readonly isName = new Set<number>();
  private readonly nameEnds = new Map<number, Mention>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly parts: Mention[],
    private readonly type: Map<string, string>,
    private readonly entities: DocEntity[] = [],
    private readonly mentions: Mention[] = [],
  ) {
    for (const m of parts) (this.isName.add(m.start), this.nameEnds.set(m.end, m));
  }

  /**
   * A delayed identification: news leads often describe a person ("The creator of Buffy is to...",
   * "A man is facing charges", "the singer's agent has confirmed") and name them after
   * ("Joss Whedon described...", "The Californian man, Nicholas Lee Jacobsen, was arrested"). For a
   * singular noun for a person heading a subject in the article's first two sentences: the first
   * person the article names for the first time in the next three sentences whose titles end with
   * that noun, else the first person named for the first time in the very next sentence. Null when
   * nobody fits.
   */
  identify(head: string, sentence: number): string | null {
    if (sentence > 1 || /[^s]s$/.test(head) || !nounClasses(head, 2).includes('person')) return null;
    const first = new Map<string, Mention>();
    for (const m of this.mentions) if (!first.has(m.entity)) first.set(m.entity, m);
    const fresh = this.entities
      .filter((e) => e.type === 'PERSON' && first.get(e.key)!.sentence > sentence && first.get(e.key)!.sentence <= sentence + 3)
      .sort((a, b) => first.get(a.key)!.start - first.get(b.key)!.start);
    const titled = fresh.find((e) => e.titles.some((t) => t.toLowerCase().split(/\s+/).pop() === head));
    if (titled) return titled.key;
    const next = fresh[0];
    return next && first.get(next.key)!.sentence === sentence + 1 ? next.key : null;
  }

  /** The key standing for the phrase whose head noun is the token starting at `start`, or null. */
  at(start: number): string | null {
    let v = this.memo.get(start);
    if (v === undefined) {
      const k = bisect(0, this.tokens.length, (x) => this.tokens[x].start < start);
      v = k < this.tokens.length && this.tokens[k].start === start ? this.headAt(k) : null;
      this.memo.set(start, v);
    }
    return v;
  }

  /** The key of the phrase that a name starting at `start` opens ("Democratic" in "Democratic lawmakers"), or null. */
  openedBy(start: number): string | null {
    const m = this.parts[bisect(0, this.parts.length, (x) => this.parts[x].start < start)];
    if (!m || m.start !== start || !MODIFIER_TYPES.test(this.type.get(m.entity) ?? '')) return null;
    let k = bisect(0, this.tokens.length, (x) => this.tokens[x].start < m.end);
    for (const end = k + 5; k < this.tokens.length && k < end && this.tokens[k].sentence === this.tokens[Math.max(0, k - 1)].sentence; k++) {
      const key = this.at(this.tokens[k].start);
      if (key && this.nameOf.get(key) === start) return key;
    }
    return null;
  }

  /** Whether the phrase a key stands for names people ("critics"), not a body of them ("the court"). */
  person(key: string): boolean {
    return this.people.has(key);
  }

  /** The phrase a key stands for, typed (only roles are: WordNet's tree is walked per head noun); undefined for an entity key. */
  phrase(key: string): RolePhrase | undefined {
    const p = key.startsWith('\u0000np:') ? this.phrases.get(key) : undefined;
    if (!p) return undefined;
    if (p.type === undefined) p.type = actorTypeOf(p.words);
    return { text: p.text, type: p.type };
  }

  /** Whether a participant covers the token: the last one starting before its end ends after its start. */
  private covered(t: Token): boolean {
    const j = bisect(0, this.parts.length, (x) => this.parts[x].start < t.end) - 1;
    return j >= 0 && this.parts[j].end > t.start;
  }

  private headAt(k: number): string | null {
    const { text, tokens } = this;
    const t = tokens[k];
    const first = k === 0 || tokens[k - 1].sentence !== t.sentence;
    const w = first && /^\p{Lu}[a-z-]+$/u.test(t.text) ? t.text.toLowerCase() : t.text;
    // the cheap tests first: WordNet is read from disk for a word not asked before
    if (!plainWord(w) || TRIGGERS.has(w) || nounCameo(w) || /(ing|ly)$/.test(w) || this.covered(t)) return null;
    // a word read as an adjective is a noun after an article or a name ("the public", "the American public")
    const pt = k > 0 && tokens[k - 1].sentence === t.sentence ? tokens[k - 1] : null;
    const nounSlot = !!pt && (/^(the|a|an)$/i.test(pt.text) || this.nameEnds.has(pt.end));
    if (posTags(w).some((x) => /Verb|Tense|Adverb|Gerund|Infinitive|Adjective|Pronoun|Determiner/.test(x)) && !posTags(w).some((x) => /Noun/.test(x)) && !(nounSlot && posTags(w).every((x) => x === 'Adjective'))) return null;
    const next = tokens[k + 1];
    if (next && next.sentence === t.sentence && (/^['’]s?$/.test(next.text) || this.isName.has(next.start))) return null;
    if (!namesParticipant(w)) return null;
    if (next && next.sentence === t.sentence && nounishWord(next.text) && !/^['’]/.test(text.slice(t.end, t.end + 1))) return null;
    // back over the modifiers: lower-case adjectives and nouns; a nationality or a place opens the
    // phrase ("the Ukrainian president" excepted: a titled person, for the roles to resolve)
    let from = k;
    let start = -1;
    while (from - 1 >= 0 && tokens[from - 1].sentence === t.sentence && k - (from - 1) <= 4) {
      const p = tokens[from - 1];
      const m = this.nameEnds.get(p.end);
      if (m && MODIFIER_TYPES.test(this.type.get(m.entity) ?? '') && !isRoleNoun(w) && /^\s+$/.test(text.slice(m.end, tokens[from].start))) {
        start = m.start;
        break;
      }
      if (m || this.covered(p)) return null;
      const pw = p.text;
      if (!plainWord(pw) || TRIGGERS.has(pw) || /(ing|ly)$/.test(pw) && !posTags(pw).includes('Adjective')) break;
      if (posTags(pw).some((x) => /Verb|Tense|Adverb|Gerund|Infinitive|Copula|Modal|Pronoun|Determiner|Preposition|Conjunction/.test(x)) && !posTags(pw).some((x) => /Noun|Adjective/.test(x))) break;
      from--;
    }
    const words = tokens.slice(from, k + 1).map((x) => x.text.toLowerCase());
    const key = `\u0000np:${t.start}`;
    this.phrases.set(key, { text: text.slice(start >= 0 ? start : tokens[from].start, t.end), words });
    if (nounClasses(w, 1).includes('person')) this.people.add(key);
    if (start >= 0) this.nameOf.set(key, start);
    return key;
  }
}


const NOUN_TOO = new Map<string, boolean>();
const SUBJECT_NOUN = new Map<string, boolean>();

/**
 * Whether a bare or -s form of a trigger verb that WordNet also knows as a noun ("demand", "supply",
 * "fund", "attack") stands where a verb can: after an auxiliary, a modal or "to", a subject pronoun, a
 * relative pronoun, a conjunction or an adverb, a name ("Tories reject"), or a noun for people, bodies
 * or places ("officials meet", "the company supplies", "two countries sign"); not at the sentence's
 * start, nor after an adjective, another verb or a noun for a thing ("global demand", "tempered
 * demand", "pension fund"). Forms in -ed and -ing, and verbs that are no noun, always can.
 */
function verbSlot(tokens: Token[], i: number, sStart: number, lower: string): boolean {
  const lemma = triggerOf(lower)?.lemma ?? lower;
  if (/(ed|ing)$/.test(lower) || PARTICIPLES.has(lower) || IRREGULAR[lemma]?.includes(lower) && !/s$/.test(lower) && lower !== lemma) return true;
  let noun = NOUN_TOO.get(lemma);
  if (noun === undefined) NOUN_TOO.set(lemma, (noun = nounClasses(lemma, 1).length > 0));
  if (!noun) return true;
  if (i === sStart) return false;
  const p = tokens[i - 1].text;
  // (a comma, a bracket or a dash closes an apposition or a parenthesis: "Sands, a QC, says")
  if (AUX.test(p) || /^(to|who|which|that|he|she|it|they|we|i|you|and|or|but|not|n't|either|neither|nor|jointly|both|all|each)$/i.test(p) || /^[a-z]+ly$/.test(p) || /^[,)—–]$/.test(p)) return true;
  // ("Lynn said", "Tories reject"; not "Global demand" at the sentence's start)
  if (UPPER_FIRST.test(p) && (i - 1 > sStart || !DETERMINERS.has(p.toLowerCase()) && !posTags(p.toLowerCase()).some((x) => /Adjective|Determiner|Preposition|Conjunction/.test(x)))) return true;
  if (!/^[a-z][a-z-]*$/.test(p) || DETERMINERS.has(p) || PREPOSITIONS.has(p)) return false;
  let subj = SUBJECT_NOUN.get(p);
  if (subj === undefined) {
    const c = nounClasses(p, 1);
    // ("the two tech giants coordinate": a plural noun ends a subject whatever it names)
    subj = (c.includes('person') || c.includes('group') || c.includes('location') || /[^s]s$/.test(p) && c.length > 0) && !posTags(p).some((x) => /Adjective|Verb|Tense|Infinitive/.test(x));
    SUBJECT_NOUN.set(p, subj);
  }
  return subj;
}

/**
 * "after meeting Anna Kovacs", "before visiting Poland", "by attacking the plan": an -ing form after a
 * subordinating preposition with an object of its own (not "of", no preposition) heads a participle
 * clause, a verb, not the event noun it may also be ("after the meeting").
 */
function gerundClause(lower: string, prev: string, next: string): boolean {
  return /ing$/.test(lower) && !!triggerOf(lower) && /^(after|before|since|while|when|by|without|upon|on)$/.test(prev) && next !== '' && !PREPOSITIONS.has(next) && !/^[,.;:]$/.test(next);
}

// possessive pronouns modify a noun ("his decision"): the noun phrase, not the pronoun, is the participant
const POSSESSIVE = /^(his|its|their|hers)$/i;

/**
 * The names of the text and what the coreference stage resolved ("he", "the club", "the prime
 * minister"), as one list in text order: a resolved pronoun or role noun is a subject or an object
 * like a name, so the clause reading below sees the entity it stands for. A link overlapping a name
 * ("the Tory leader Michael Howard") gives way to the name; "her" is taken only as an object ("met her").
 */
function participants(text: string, mentions: Mention[], links: CorefLink[]): Mention[] {
  if (links.length === 0) return mentions;
  const extra: Mention[] = [];
  let mi = 0;
  for (const l of links) {
    if (POSSESSIVE.test(l.text)) continue;
    if (/^her$/i.test(l.text) && /^\s+[a-z]/.test(text.slice(l.end, l.end + 3)) && !/^\s+(to|for|with|on|in|at|by|and|as|that|from|of|after|before|over|about)\b/.test(text.slice(l.end, l.end + 10))) continue;
    while (mi < mentions.length && mentions[mi].end <= l.start) mi++;
    if (mi < mentions.length && mentions[mi].start < l.end) continue;
    extra.push({ start: l.start, end: l.end, text: l.text, entity: l.entity, sentence: l.sentence });
  }
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * "declined to comment", "refuses to say when", "refused to answer questions": a form of decline or
 * refuse, "to" and a verb of speaking (WordNet's verb.communication, or a statement trigger) with no
 * determined object after it ("refused to sign the treaty" is a refusal); the index of the speech
 * verb, or -1.
 */
function declinesComment(tokens: Token[], i: number): number {
  if (!/^(declin|refus)(e|es|ed|ing)$/i.test(tokens[i].text)) return -1;
  const to = tokens[i + 1];
  const v = tokens[i + 2];
  if (!to || !v || v.sentence !== tokens[i].sentence || !/^to$/i.test(to.text) || !/^[a-z]+$/.test(v.text)) return -1;
  if (!(isSpeechVerb(v.text) || TRIGGERS.get(v.text)?.cameo === '01')) return -1;
  const after = tokens[i + 3];
  if (after && after.sentence === v.sentence && (SKIPPABLE.test(after.text) || /^(him|her|them|it|us|me)$/i.test(after.text) || UPPER_FIRST.test(after.text))) return -1;
  return i + 2;
}

/**
 * Whether a verb of rejection at `i` denies a claim: "deny" with a that-clause or a gerund after it
 * ("denied that", "denies attacking"), or any of deny/reject/dismiss/rebuff with an object that
 * WordNet makes a kind of statement ("the claims", "these accusations", "the charges").
 */
function deniesClaim(tokens: Token[], i: number, lemma: string | undefined): boolean {
  if (!lemma || !/^(deny|reject|dismiss|rebuff)$/.test(lemma)) return false;
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i].sentence) return false;
  if (lemma === 'deny' && (/^that$/i.test(next.text) || /^[a-z]+ing$/.test(next.text) && isVerbWord(next.text))) return true;
  for (let k = i + 1; k < tokens.length && k - i <= 4 && tokens[k].sentence === tokens[i].sentence; k++) {
    const w = tokens[k].text;
    if (BOUNDARY.test(w) || PREPOSITIONS.has(w.toLowerCase()) || CLAUSE_WORDS.test(w)) return false;
    if (/^[a-z]+$/.test(w) && !SKIPPABLE.test(w) && isKindOf(w, 'statement', 1)) return true;
  }
  return false;
}

const participleForm = (w: string) => /^[a-z]+(ed|en|wn)$/.test(w) || PARTICIPLES.has(w);

/**
 * Whether the verb at `i`, after "and"/"but"/"or", closes a coordination whose first verb is a passive
 * participle ("was arrested at his hotel after the show but released"): back over the conjunction to
 * the nearest participle of a trigger in the clause (within 20 words, no clause of its own between:
 * no relative, complementiser, subordinator or verb of saying), right after a form of "be" (over
 * adverbs and auxiliaries).
 */
function passiveConjunctBefore(tokens: Token[], i: number, sStart: number): boolean {
  let q = i - 1;
  while (q >= sStart && !/^(and|but|or)$/i.test(tokens[q].text)) q--;
  for (let k = q - 1; k >= sStart && q - k <= 20; k--) {
    const w = tokens[k].text;
    if (/^[;:"“”]$/.test(w) || /^(who|which|that|when|while|because|if|although|though|whereas|said|says|and|but|or)$/i.test(w)) return false;
    if (!/^[a-z]+$/.test(w) || !participleForm(w) || !TRIGGERS.has(w)) continue;
    let b = k - 1;
    while (b >= sStart && (/^[a-z]+ly$/.test(tokens[b].text) || AUX.test(tokens[b].text) && !BE.test(tokens[b].text))) b--;
    return b >= sStart && BE.test(tokens[b].text);
  }
  return false;
}

/** Whether the verb at `i` follows "and"/"but"/"or" (over auxiliaries and adverbs): a second verb of one subject. */
function coordinated(tokens: Token[], i: number, sStart: number): boolean {
  let q = i - 1;
  while (q >= sStart && (AUX.test(tokens[q].text) || /^[a-z]+ly$/.test(tokens[q].text))) q--;
  return q >= sStart && /^(and|but|or)$/i.test(tokens[q].text);
}

/**
 * The first verb of a coordination the verb at `i` closes ("will highlight the anger ... and call
 * for"): back over the "and" and the first verb's object to the verb after the nearest auxiliary or
 * modal of the clause ("will", "has"), or a past-tense verb; -1 past a comma, a semicolon or a clause
 * word, or beyond 25 words.
 */
function firstConjunct(tokens: Token[], i: number, sStart: number): number {
  let q = i - 1;
  while (q >= sStart && !/^(and|but|or)$/i.test(tokens[q].text)) q--;
  for (let k = q - 1; k >= sStart && q - k <= 25; k--) {
    const w = tokens[k].text;
    if (/^[,;:()]$/.test(w) || CLAUSE_WORDS.test(w) && !/^(and|that)$/i.test(w)) return -1;
    if (/^(will|would|shall|should|can|could|may|might|must|has|have|had|did|does|do)$/i.test(w)) {
      let v = k + 1;
      while (v < q && (AUX.test(tokens[v].text) || /^[a-z]+ly$/.test(tokens[v].text))) v++;
      return v < q && /^[a-z]+$/.test(tokens[v].text) ? v : -1;
    }
    if ((/^[a-z]+ed$/.test(w) || /^[a-z]+$/.test(w) && posTags(w).includes('PastTense')) && k - 1 >= sStart && !DETERMINERS.has(tokens[k - 1].text.toLowerCase()) && isVerbWord(w) && byEndOf(tokens, k)) return k;
  }
  return -1;
}

/** Whether the token before `k` could end a subject (a capitalised word or a noun-ish lower-case one), not a preposition. */
function byEndOf(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1]?.text ?? '';
  return !PREPOSITIONS.has(p.toLowerCase()) && !BE.test(p);
}

/** Whether "if" or "unless" follows the trigger in its sentence, within a dozen words. */
function conditionalAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === tokens[i].sentence && k - i <= 12; k++) {
    if (/^(if|unless)$/i.test(tokens[k].text)) return true;
  }
  return false;
}

function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [ps, pe] of paragraphs(text)) for (const q of quoteSpans(text, ps, pe)) if (q.closed) out.push([q.open, q.close + 1]);
  return out;
}

/** Whether the quote holding `pos` is a scare quote of a word or two (at most 25 characters). */
function scareQuoted(ranges: Array<[number, number]>, pos: number): boolean {
  const lo = bisect(0, ranges.length, (i) => ranges[i][1] <= pos);
  return lo < ranges.length && ranges[lo][0] <= pos && ranges[lo][1] - ranges[lo][0] <= 25;
}

function isQuoted(ranges: Array<[number, number]>, pos: number): boolean {
  const lo = bisect(0, ranges.length, (i) => ranges[i][1] <= pos);
  return lo < ranges.length && ranges[lo][0] <= pos;
}

/** The last token of the sentence ending at or before `pos` (binary search: sentences can be huge). */
function tokenBefore(tokens: Token[], pos: number, sStart: number): Token | undefined {
  const i = tokenIndexBefore(tokens, pos, sStart);
  return i >= 0 ? tokens[i] : undefined;
}

/** Index of the last token of the sentence ending at or before `pos`, or -1. */
function tokenIndexBefore(tokens: Token[], pos: number, sStart: number): number {
  const lo = bisect(sStart, tokens.length, (i) => tokens[i].end <= pos);
  return lo - 1 >= sStart ? lo - 1 : -1;
}


const CLAUSE_WORDS = /^(and|but|while|whereas|which|who|whom|whose|that|when|where|as|because|after|before|if|although|though|saying|adding|until|unless|so|then)$/i;
const BOUNDARY = /^[,;:—–()"“”]$/;
const BE = /^(been|was|were|is|are|be|being|got|get)$/i;
const SKIPPABLE = /^(the|a|an|its|his|her|their|our|this|that|these|those)$/i;

function roles(
  text: string,
  tokens: Token[],
  i: number,
  sStart: number,
  ms: Mention[],
  type: Map<string, string>,
  coref: Coref,
  noun: boolean,
  quoted: Array<[number, number]>,
  trigEnd: number,
  np: NounPhrases,
  sharedBe = false,
): { actor: string | null; target: string | null; place: string | null; partner?: string | null; demanded?: boolean; receiver?: string | null; addressee?: string | null } {
  const trig = tokens[i];
  // whether after[n] is a demonym with a name in apposition after it (then the name is the participant)
  const apposedTo = (n: number) => n === apposedAt && n + 1 < after.length;
  const isPlace = (m: Mention) => type.get(m.entity) === 'GPE' || type.get(m.entity) === 'LOC';
  // "for US phone firm MCI", "German carmaker Brolmar": a place or nationality modifying a title that
  // a name closes is no participant; the name is
  const titleModifier = (n: number): boolean => {
    const x = after[n];
    const nx = after[n + 1];
    if (!x?.m || !nx?.m || !(isPlace(x.m) || type.get(x.key) === 'NORP') || !modifies(text, x.m) || nx.m.start - x.m.end >= 40) return false;
    const gap = text.slice(x.m.end, nx.m.start);
    // (the title's head a noun for people or a body: "phone firm", "carmaker"; not a verb: "Iran worries Germany")
    const head = /([a-z-]+)\s+$/.exec(gap)?.[1] ?? '';
    return /^(\s+[a-z][a-z-]*)+\s+$/.test(gap) && !/\s(of|for|in|to|with|and|or|by|from|on|at|who|which|that)\s/.test(gap + ' ') && nounClasses(head, 1).some((c) => c === 'person' || c === 'group');
  };
  // the word before a mention, skipping determiners ("for the Liberal Democrats" → "for")
  const prepIdx = (m: Mention) => prepIdxOf(tokens, m.start, sStart);
  const prep = (m: Mention) => {
    const k = prepIdx(m);
    return k >= 0 ? tokens[k].text.toLowerCase() : '';
  };
  const byStart = new Map(ms.map((m) => [m.start, m]));
  const byEnd = new Map(ms.map((m) => [m.end, m]));
  let actor: string | null = null;
  let target: string | null = null;
  // place: a GPE/LOC after in/at/near, nearest after the trigger, else before it
  const places = ms.filter((m) => isPlace(m) && /^(in|at|near|inside|outside)$/.test(prep(m)));
  const place = (places.find((m) => m.start > trig.start) ?? places[places.length - 1])?.entity ?? null;

  // after the trigger, within its clause: the first mention (or him/her), with the word before it
  const after: Array<{ m: Mention | null; key: string; prep: string; nested?: boolean; k?: number }> = [];
  let nested = false;
  let preps = 0;
  const between = tokens[i + 1]?.text === 'between';
  // "by the media watchdog, Reporters Without Borders": the name after the comma is the agent
  let byOpen = false;
  let byApposition = false;
  // "his Chinese counterpart, Xi Jinping": a demonym's person named after the comma
  let apposed = false;
  let apposedAt = -1;
  // a finite verb or a complementiser between the trigger and a phrase ("investigating whether lyrics
  // incite ... gay people"): the phrase belongs to a clause of its own
  let embedded = false;
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === trig.sentence && k - i <= 18; k++) {
    const t = tokens[k];
    if (t.start < trigEnd) continue;
    if (/^by$/i.test(t.text)) byOpen = true;
    // a name two prepositions deep belongs to a modifier of the object ("calls for the publication
    // of advice on the Iraq war"), not to the event
    // (a "by" agent is a sibling of the object, not above it: "the visit by X to Y")
    if (PREPOSITIONS.has(t.text.toLowerCase()) && !/^by$/i.test(t.text) && ++preps >= 2) nested = true;
    // (the name after the comma may follow an article: "Britain's watchdog, the FSA")
    const nextName = t.text === ',' ? byStart.get(tokens[k + 1]?.start ?? -1) ?? (/^the$/i.test(tokens[k + 1]?.text ?? '') ? byStart.get(tokens[k + 2]?.start ?? -1) : undefined) : undefined;
    if (t.text === ',' && !apposed && nextName) {
      const last = after[after.length - 1];
      // a name owning the noun before the comma ("Britain's financial watchdog, the FSA", "Russia's
      // foreign minister, Sergei Lavrov"): the name after it, when it closes an apposition (no verb
      // follows it: "Poland's plan, Anna Kovacs said" is a report), is that noun, the participant
      const ownerAt = (j: number) => {
        const o = after[j];
        return !!o?.m && o.k !== undefined && k - o.k <= 6 && /^['’]s?\s+[a-z]/.test(text.slice(o.m.end, o.m.end + 4)) && tokens.slice(o.k + 1, k).every((x) => x.end <= o.m!.end || /^(['’]s?|[a-z][a-z-]*)$/.test(x.text) && !PREPOSITIONS.has(x.text) && !CLAUSE_WORDS.test(x.text) && !AUX.test(x.text));
      };
      const closes = /^\s*([,.;:)]|$|(in|on|at|for|with|to|from|who|which|and|over|about)\b)/.test(text.slice(nextName.end, nextName.end + 12));
      // "by the media watchdog, Reporters Without Borders": the name in apposition to a phrase is the participant
      if (last && !last.m && np.phrase(last.key) && last.k === k - 1) {
        after.pop();
        apposed = true;
        byApposition = last.prep === 'by';
        if (closes && ownerAt(after.length - 1)) apposedAt = after.length - 1;
        continue;
      }
      if (last?.m && closes && ownerAt(after.length - 1)) {
        apposed = true;
        apposedAt = after.length - 1;
        continue;
      }
      if (byOpen && !after.some((x) => x.prep === 'by')) {
        apposed = byApposition = true;
        continue;
      }
      if (last?.m && type.get(last.key) === 'NORP') {
        apposed = true;
        apposedAt = after.length - 1;
        continue;
      }
    }
    if (BOUNDARY.test(t.text) && !(/^["“”]$/.test(t.text) && scareQuoted(quoted, t.start)) || (CLAUSE_WORDS.test(t.text) && k > i + 1 && after.length === 0 && !/^(and)$/i.test(t.text))) break;
    // another verb or event after the object starts a phrase of its own ("the debt owed to Britain",
    // "called for the release of inmates at ...")
    // ("the debt owed to Britain", "called for the release of inmates at ..."): names there are no
    // target, though a passive's "by" agent may still come
    if (k > i + 1 && /^[a-z]/.test(t.text) && ((TRIGGERS.has(t.text) || posTags(t.text).includes('Infinitive')) && (/(ed|ing)$/.test(t.text) || tokens[k - 1].text === 'to') || /^[a-z]+ed$/.test(t.text) && !DETERMINERS.has(tokens[k - 1].text.toLowerCase()) && !PREPOSITIONS.has(tokens[k - 1].text.toLowerCase()))) nested = true;
    // "a meeting between Trump and Putin": the "and" joins the two participants
    if (CLAUSE_WORDS.test(t.text) && after.length > 0 && !(noun && between && after.length === 1 && /^and$/i.test(t.text))) break;
    // (a short scare-quoted word inside the object is passed over: 'called on the "interim" government')
    if (isQuoted(quoted, t.start) && !scareQuoted(quoted, t.start)) break;
    if (/^["“”]$/.test(t.text) || isQuoted(quoted, t.start)) continue;
    if (/^(whether|if|how|what|why|where)$/i.test(t.text) || k > i + 1 && (/^[a-z]+$/.test(t.text) && posTags(t.text).some((x) => /^(PresentTense|PastTense)$/.test(x)) && !posTags(t.text).some((x) => /Noun|Adjective/.test(x)) && !np.at(t.start))) embedded = true;
    const m = byStart.get(t.start);
    const p = k > i + 1 ? tokens[k - 1].text.toLowerCase() : '';
    const opened = m && !embedded ? np.openedBy(m.start) : null;
    if (opened) {
      // "urged the American public": the phrase a nationality or a place opens, not the name alone
      const key = opened;
      let h = k + 1;
      while (h < tokens.length && h - k <= 8 && np.at(tokens[h].start) !== key) h++;
      after.push({ m: null, key, prep: byApposition ? 'by' : headPrep(tokens, k, i), nested, k });
      byApposition = false;
      if (h < tokens.length && np.at(tokens[h].start) === key) k = h;
    } else if (m) {
      after.push({ m, key: m.entity, prep: byApposition ? 'by' : headPrep(tokens, k, i), nested, k });
      byApposition = false;
    } else if (/^(him|her)$/i.test(t.text) && after.length === 0) {
      const key = coref.pronoun(t.text, trig.sentence, t.start);
      if (key) after.push({ m: null, key, prep: p });
    } else if (/^(his|its|their)$/i.test(t.text) && after.length === 0 && !embedded && !nested && ownedThing(tokens, k + 1, Math.min(tokens.length, k + 6)) && ![1, 2, 3].some((d) => byStart.has(tokens[k + d]?.start ?? -1))) {
      // "attacking its ports", "criticised his record": what is done to a thing of theirs is done to
      // its owner, as with a name's possessive ("Smith's record"); whom the coreference stage linked
      const key = coref.linkAt(t.start) ?? (/^his$/i.test(t.text) ? coref.pronoun(t.text, trig.sentence, t.start) : null);
      if (key) after.push({ m: null, key, prep: headPrep(tokens, k, i), nested, k });
    } else if (/^them$/i.test(t.text) && after.length === 0) {
      // "other partners, including Europe, Japan, Canada and Mexico, publicly threatening them"
      const key = listBefore(tokens, i, sStart, byEnd);
      if (key) after.push({ m: null, key, prep: p });
    } else if (!embedded && np.at(t.start)) {
      // a common noun for people: "called on the government", "invited by championship organisers";
      // not one followed by its own verb ("stepped down and creditors have been pushing"): it opens a clause
      const nx = tokens[k + 1];
      if (nx && nx.sentence === t.sentence && (AUX.test(nx.text) && !/^to$/i.test(nx.text) || TRIGGERS.has(nx.text) && !/ing$/.test(nx.text) || /^(said|says)$/.test(nx.text))) break;
      after.push({ m: null, key: np.at(t.start)!, prep: byApposition ? 'by' : headPrep(tokens, k, i), nested, k });
      byApposition = false;
    }
  }
  // "Ukrainian president": the person the article titled so, when it did
  for (const x of after) {
    if (x.m && type.get(x.key) === 'NORP') {
      const role = /^\s+([a-z-]+)/.exec(text.slice(x.m.end, x.m.end + 25))?.[1];
      const who = role && isRoleNoun(role) ? coref.role(`${x.m.text} ${role}`, x.m.start) : null;
      if (who) x.key = who;
    }
  }

  // "Warren was under near-constant attack", "under pressure from Y", "they were victims of an
  // unprovoked attack", "the target of threats": the subject is the one it is done to
  for (let q = i - 1; q >= sStart && i - q <= 6; q--) {
    const victimOf = /^of$/i.test(tokens[q].text) && q > sStart && /^(victims?|targets?)$/i.test(tokens[q - 1].text);
    if (/^under$/i.test(tokens[q].text) && i - q <= 3 || victimOf && noun) {
      const subj = ms.filter((m) => m.end <= tokens[q].start && !PREPOSITIONS.has(prep(m)) && !/^['’]/.test(text.slice(m.end, m.end + 1))).pop();
      // "under pressure from Y": Y acts
      const agent = after.find((x) => /^(from|by)$/.test(x.prep) && !x.nested)?.key ?? null;
      return { actor: agent, target: subj?.entity ?? null, place };
    }
    if (/^["“”‘’']$/.test(tokens[q].text)) continue;
    if (BOUNDARY.test(tokens[q].text) || TRIGGERS.has(tokens[q].text.toLowerCase())) break;
  }
  if (noun) {
    // "meeting between Trump and Putin", "Trump's meeting with Xi", "his meeting", "Israeli strikes on Gaza"
    if (between && after.length >= 2) return { actor: after[0].key, target: (apposedTo(1) ? after[2] : after[1]).key, place };
    const poss = ms.filter((m) => m.end <= trig.start && trig.start - m.end < 25 && /^['’]s?\s*$/.test(text.slice(m.end, m.end + 3)) && /^['’]s?\s+(\S+\s+){0,2}$/.test(text.slice(m.end, trig.start)));
    actor = poss.length ? poss[poss.length - 1].entity : null;
    // a possessive pronoun within three words before the noun ("his visit", "its takeover list"):
    // what the coreference stage resolved it to
    for (let q = i - 1; !actor && q >= sStart && i - q <= 3; q--) {
      if (/^(his|her|its|their)$/i.test(tokens[q].text)) actor = coref.pronoun(tokens[q].text, trig.sentence, tokens[q].start);
      if (BOUNDARY.test(tokens[q].text)) break;
    }
    // a name right before the noun is its actor; "Russia-Ukraine war": the first fights the second
    const adj = byEnd.get(tokens[i - 1]?.end ?? -1);
    if (!actor && adj && i - 1 >= sStart && tokens[i - 1].end === adj.end && /^\s*$/.test(text.slice(adj.end, trig.start))) {
      const pair = byEnd.get(adj.start - 1);
      if (pair && /^[-–]$/.test(text.slice(adj.start - 1, adj.start))) return { actor: pair.entity, target: adj.entity, place };
      actor = adj.entity;
    }
    // "X held talks with Y", "reached an agreement": the noun is the object of a light verb, whose
    // subject acts; "X faced pressure from Y": the subject undergoes it
    const v = actor ? -1 : lightVerbBefore(tokens, i, sStart);
    let partner: string | null = null;
    if (v >= 0) {
      const sub = roles(text, tokens, v, sStart, ms, type, coref, false, quoted, tokens[v].end, np);
      if (/^fac/i.test(tokens[v].text)) {
        const from = after.find((x) => /^(from|by)$/.test(x.prep) && !x.nested);
        return { actor: from?.key ?? null, target: sub.actor, place };
      }
      actor = sub.actor;
      partner = sub.partner ?? null;
    }
    // the noun's own phrase: "talks with X", "strikes on the Y region", not a name further on
    const own = (x: (typeof after)[number]) => /^(with|on|against|to|by|of|for|into)$/.test(x.prep) && (!x.nested || x.prep === 'by') && (x.k ?? i) - i <= 6 && !(x.m && isPlace(x.m) && x.key === place);
    // ("the visit by X to Y": past the "by" agent to the noun's own object)
    const firstOwn = after.findIndex(own);
    const first = firstOwn >= 0 && titleModifier(firstOwn) ? after[firstOwn + 1] : after[firstOwn];
    const t = first?.prep === 'by' && !actor ? after.find((x) => own(x) && x !== first && x.prep !== 'by' && x.key !== first.key) ?? first : first;
    // "talks with his Israeli counterpart, Ariel Sharon": the name in apposition to the demonym
    target = (t && apposedTo(after.indexOf(t)) ? after[after.indexOf(t) + 1] : t)?.key ?? null;
    if (t && t.prep === 'by' && (!actor || actor === t.key)) {
      actor = t.key;
      target = null;
    }
    // "the attack on Ukraine by Russia": the noun's own "by" names who did it; "criticism from
    // Greenpeace", "sanctions from Poland": so does its "from", but for a withdrawal, made from a place
    if (!actor && t && t.prep !== 'by') actor = after.find((x) => x.prep === 'by' && (x.k ?? i) - i <= 8 && x.key !== target)?.key ?? null;
    if (!actor && nounCameo(trig.text.toLowerCase()) !== '08') actor = after.find((x) => x.prep === 'from' && !x.nested && (x.k ?? i) - i <= 6 && x.key !== target && !(x.m && (isPlace(x.m) && x.key === place || modifies(text, x.m))))?.key ?? null;
    // "Kovacs's arrest by police", "Poland's invasion by Germany": with a "by" agent, or for a coercion
    // done to someone (arrest, detention), the possessor is the one it is done to
    const possessor = poss.length ? poss[poss.length - 1].entity : null;
    if (possessor !== null && actor === possessor) {
      const by = after.find((x) => x.prep === 'by' && (x.k ?? i) - i <= 6 && x.key !== possessor);
      if (by) (actor = by.key, (target = possessor));
      else if (nounCameo(trig.text.toLowerCase()) === '17') (actor = null, (target = possessor));
    }
    if (target === actor) target = null;
    return { actor, target, place, partner };
  }

  // actor: walking back from the trigger within its clause, the first pronoun subject or the first
  // mention that is neither a prepositional object ("in Venezuela"), a verb's object ("authorized
  // CIA") nor a possessive modifier ("Tony Blair's government"); a parenthesis between dashes and an
  // apposition between commas ("Vincent Cable, for the Liberal Democrats, accused") are stepped over
  let passive = false;
  const participle = (w: string) => /^[a-z]+(ed|en|wn)$/.test(w) || PARTICIPLES.has(w);
  for (let q = i - 1; q >= sStart && i - q <= 5; q--) {
    const w = tokens[q].text;
    // "was arrested and charged", "were detained or deported": the second participle shares the
    // first's "be"
    // (the first an act the lexicon knows, not an adjective: "he was tired and predicted")
    if (/^(and|or)$/i.test(w) && q - 1 > sStart && participle(tokens[q - 1].text) && TRIGGERS.has(tokens[q - 1].text) && participle(trig.text.toLowerCase())) {
      q--;
      continue;
    }
    if (i - q > 3 && !tokens.slice(q + 1, i).some((x) => /^(and|or)$/i.test(x.text))) break;
    if (BE.test(w)) {
      passive = (/(ed|en|wn)$/.test(trig.text.toLowerCase()) || PARTICIPLES.has(trig.text.toLowerCase())) && !READINESS.test(trig.text);
      break;
    }
    if (!/ly$/.test(w) && !AUX.test(w)) break;
  }
  // (the "be" of a passive conjunct further back: see passiveConjunctBefore)
  if (sharedBe) passive = true;
  let reduced = false;
  // "two Britons detained by the US", "Smith, arrested by police in Paris,": a participle with no
  // auxiliary whose agent follows is a reduced passive (the noun before it is what it was done to)
  if (!passive && i > sStart && !AUX.test(tokens[i - 1].text) && (/^[a-z]+(ed|en|wn)$/.test(trig.text) || PARTICIPLES.has(trig.text))) {
    let k = i + 1;
    while (k < tokens.length && /^[a-z]+ly$/.test(tokens[k].text)) k++;
    if (tokens[k]?.sentence === trig.sentence && /^by$/.test(tokens[k].text) && !/^[a-z]+ing$/.test(tokens[k + 1]?.text ?? '')) passive = true;
    // ("the guests invited to an event by X", "girls supplied to him by X": a prepositional phrase of
    // the participle's own before its agent, after a noun it modifies (a name there opens a clause)
    const p = tokens[i - 1].text;
    if (!passive && tokens[k]?.sentence === trig.sentence && PREPOSITIONS.has(tokens[k].text) && tokens[k].text !== 'by' && (p === ',' || /^[a-z][a-z-]*$/.test(p) && !AUX.test(p) && !PREPOSITIONS.has(p) && !SUBJECT_PRONOUN.test(p) && !CLAUSE_WORDS.test(p) && !isVerbToken(p))) {
      for (let q = k + 1; q < tokens.length && q - k <= 6 && tokens[q].sentence === trig.sentence; q++) {
        const w = tokens[q].text;
        if (/^by$/.test(w)) {
          passive = reduced = !/^[a-z]+ing$/.test(tokens[q + 1]?.text ?? '');
          break;
        }
        if (BOUNDARY.test(w) || CLAUSE_WORDS.test(w) || PREPOSITIONS.has(w) || /^[a-z]+$/.test(w) && isVerbToken(w)) break;
      }
    }
  }
  // "urged Jane Brown to condemn X", "asked the court to block Y": the object of the verb governing
  // the infinitive is its subject (object control); what a verb of appeal or demand governs is unrealised
  const ctl = passive ? null : objectControl(text, tokens, i, sStart, byEnd, coref, np);
  // "..., with the union accusing the club of neglect": in an absolute clause the noun after "with"
  // does the -ing act, not the main clause's subject
  const absolute = !passive && /^[a-z]+ing$/.test(trig.text) && i - 1 > sStart ? withSubject(tokens, i, sStart, byEnd, np) : null;
  // "a decision by Anil - his brother's deputy - to resign": the "by" agent of an act noun does its infinitive
  const agentOfNoun = passive || ctl || absolute ? null : nounAgentBefore(tokens, i, sStart, byEnd, np);
  const subj = ctl ?? absolute ?? agentOfNoun ?? commonSubject(text, tokens, i, sStart, byEnd, coref, np) ?? clauseOpener(tokens, i, sStart, byEnd, byStart, prep, np);
  let subjectAt: Mention | null = null;
  let nounBy: string | null = null;
  let nounTo: string | null = null;
  if (subj) {
    actor = subj.key;
  }
  for (let q = i - 1; !subj && q >= sStart && i - q < 40; q--) {
    const t = tokens[q];
    if (isQuoted(quoted, t.start) || /^["“”]$/.test(t.text)) break;
    // "learnt that the club is unlikely to reject": the subject lies after the complementiser; a
    // name before it is the main clause's, not this verb's
    if (/^that$/i.test(t.text) && q + 1 < i) break;
    if (/^(he|she)$/i.test(t.text)) {
      actor = coref.pronoun(t.text, trig.sentence, t.start);
      break;
    }
    // "I welcome", "they would attack": a subject pronoun the coreference stage left unresolved right
    // before the verb group is the subject still; a name further back is not
    // ("Zantex said it would sue": "it" or "they" in what a name reports may be that name, for the walk on)
    if ((/^(i|we|you)$/i.test(t.text) || /^(they|it)$/i.test(t.text) && !tokens.slice(Math.max(sStart, q - 8), q).some((x) => REPORTED.test(x.text) || x.text === ',')) && (q + 1 === i || tokens.slice(q + 1, i).every((x) => AUX.test(x.text) || /^[a-z]+ly$/.test(x.text)))) {
      actor = coref.linkAt(t.start) ?? null;
      break;
    }
    if (t.text === ';') break;
    if (/^[—–]$/.test(t.text)) {
      // a parenthesis between dashes: jump to its opening dash
      let r = q - 1;
      while (r >= sStart && q - r < 30 && !/^[—–]$/.test(tokens[r].text)) r--;
      if (r >= sStart && /^[—–]$/.test(tokens[r].text)) q = r;
      continue;
    }
    if (t.text === ',') {
      // "X, <apposition or relative clause>, VERB": X is the subject
      let r = q - 1;
      while (r >= sStart && q - r < 15 && !/^[,;—–]$/.test(tokens[r].text)) r--;
      // "Jane Brown, Tom Evans said, had criticised X": a reporting clause set off by commas is no
      // part of the clause it interrupts
      if (r > sStart && tokens[r].text === ',' && q - r > 2 && q - r <= 6 && /^[a-z]+$/.test(tokens[q - 1].text) && (REPORTED.test(tokens[q - 1].text) || isSpeechVerb(tokens[q - 1].text)) && !/ing$/.test(tokens[q - 1].text)) {
        q = r;
        continue;
      }
      if (r > sStart && tokens[r].text === ',' && q - r > 1) {
        const m = byEnd.get(tokens[r - 1].end);
        const nextWord = tokens[r + 1].text.toLowerCase();
        if (m && !PREPOSITIONS.has(prep(m)) && (/^(who|which|whose|the|a|an|for|of|from|now|then|himself|herself)$/.test(nextWord) || !looksFinite(tokens.slice(r + 1, q)))) {
          actor = m.entity;
          break;
        }
        // "The Californian man, Nicholas Lee Jacobsen, was arrested": the name in apposition to a common noun
        const inside = byEnd.get(tokens[q - 1].end);
        if (!m && inside && inside.start === tokens[r + 1].start) {
          actor = inside.entity;
          break;
        }
        // ("two friends, Donna Small and Asha Jama, were shot": names coordinated there, the first)
        const opener = byStart.get(tokens[r + 1].start);
        if (!m && inside && opener && namesOnly(tokens, r + 1, q, byStart, byEnd)) {
          actor = opener.entity;
          break;
        }
        // "The Demos report, entitled X, was commissioned": names inside an apposition are not the subject
        // ("Certain states, including Iran, have backed": a member named there acts for the subject)
        if (!looksFinite(tokens.slice(r + 1, q)) && /^[A-Za-z]/.test(tokens[r + 1].text) && !/^(and|but|or|including|notably|especially|such|like|among)$/i.test(tokens[r + 1].text)) q = r;
      }
      continue;
    }
    const m = byEnd.get(t.end);
    if (!m) continue;
    // "Two councillors who back Mr Flight met X": a name inside a restrictive relative clause is no
    // subject of the verb after it; the noun the clause modifies is
    const rel = relativeAround(tokens, m, sStart);
    if (rel >= 0) {
      actor = np.at(tokens[rel - 1].start);
      break;
    }
    if (/^['’]s?$/.test(tokens[q + 1]?.text ?? '') && q + 1 < i) {
      // "Nair's adaptation of Vanity Fair has been attacked": what was done to a thing of hers was
      // done to its owner (not so for a person of hers: "his brother was arrested")
      if (passive && !PREPOSITIONS.has(prep(m)) && ownedThing(tokens, q + 2, i)) {
        actor = m.entity;
        subjectAt = m;
        break;
      }
      continue;
    }
    const before = prep(m);
    // "A previous approach to the United board by Mr Glazer was turned down": in a passive's subject,
    // the one a noun's "by" names made it (what is done to it is done to them), the one its "to"
    // names received it (who rejects a request is whom it was made to)
    const agentPrep = before;
    // "after Mr Brown threatened": a subordinator that is also a preposition opens a clause when a
    // finite verb group follows the name
    if (/^(after|before|since|until)$/.test(before) && q + 1 < i && finiteGroup(tokens.slice(q + 1, i)) && /^(has|have|had|is|are|was|were|will|would|could|should|did|does)$/i.test(tokens[q + 1].text) || /^(after|before|since|until)$/.test(before) && q + 1 === i && /^[a-z]+(ed|s)$/.test(trig.text) && !passive) {
      actor = m.entity;
      subjectAt = m;
      break;
    }
    if (passive && /^(by|to)$/.test(agentPrep) && !tokens.slice(q + 1, i).some((x) => BOUNDARY.test(x.text) || CLAUSE_WORDS.test(x.text) || /^[a-z]+$/.test(x.text) && !AUX.test(x.text) && !BE.test(x.text) && !PREPOSITIONS.has(x.text) && isVerbToken(x.text))) {
      if (agentPrep === 'by') nounBy ??= m.entity;
      else nounTo ??= m.entity;
    }
    // "a spokesman for Zantex", "representatives of the union": one who speaks for a body acts for it
    if (/^(for|of)$/.test(before) && spokesFor(tokens, prepIdx(m), sStart) && !tokens.slice(q + 1, i).some((x) => BOUNDARY.test(x.text) || CLAUSE_WORDS.test(x.text))) {
      actor = m.entity;
      subjectAt = m;
      break;
    }
    // "officials in Delhi banned", "police from Kent arrested": a noun for people that a place or a
    // body follows is the subject, right before the verb group
    if (/^(in|from|at)$/.test(before) && prepIdx(m) - 1 >= sStart && np.at(tokens[prepIdx(m) - 1].start) && (q + 1 === i || finiteGroup(tokens.slice(q + 1, i)))) {
      actor = np.at(tokens[prepIdx(m) - 1].start);
      break;
    }
    if (PREPOSITIONS.has(before)) continue;
    // "says Lord Goldsmith warned Tony Blair": a name right before the finite verb is its subject,
    // whatever verb governs the clause it opens
    // ("said Microsoft had agreed to sell": over a verb that controls the infinitive, too)
    const finite = finiteGroup(tokens.slice(q + 1, i));
    if (finite && before !== 'by' && !PREPOSITIONS.has(before) && !/ing$/.test(trig.text)) {
      actor = m.entity;
      subjectAt = m;
      break;
    }
    if (before !== 'including' && (TRIGGERS.has(before) || (/(ed|ing)$/.test(before) && !/^(had|has)$/.test(before)) || posTags(before).some((x) => /PastTense|Infinitive|Gerund/.test(x)))) continue;
    actor = m.entity;
    subjectAt = m;
    break;
  }
  // "the United States and China had reached": a coordinated subject; the first is the actor, the
  // second its partner (the target of a meeting or an agreement)
  if (passive && actor === null && nounBy !== null) actor = nounBy;
  let partner: string | null = passive ? null : (subj as { partner?: string } | null)?.partner ?? null;
  if (subjectAt && !passive) {
    const k = prepIdx(subjectAt);
    const x = k > sStart && /^and$/i.test(tokens[k].text) ? byEnd.get(tokens[k - 1].end) : undefined;
    if (x && x.entity !== subjectAt.entity && !PREPOSITIONS.has(prep(x))) {
      partner = actor;
      actor = x.entity;
    }
  }
  // target: the first mention after the trigger in its clause that is not the place; a demonym
  // ("his Chinese counterpart, Xi Jinping") gives way to a name after it
  for (const [n, x] of after.entries()) {
    if (x.m && x.key === place && isPlace(x.m) && /^(in|at|near)$/.test(x.prep)) continue;
    if (x.key === actor) continue;
    if (passive && x.prep === 'by') continue;
    if (apposedTo(n)) continue;
    if (x.nested) break;
    // "withheld US military aid to Ukraine": a name modifying the object yields to the one it goes to
    if (x.m && modifies(text, x.m) && after.slice(n + 1).some((y) => !y.nested && /^(to|with|against|from)$/.test(y.prep) && y.key !== actor)) continue;
    if (titleModifier(n)) continue;
    // "banned firecrackers ahead of Diwali", "arrested protesters in the capital": past a thing as
    // the direct object, a name in a time or place adjunct is no target
    if (!passive && x.k !== undefined && thingObjectBefore(tokens, i, trigEnd, x.k) && adjunctBefore(tokens, x.k, i)) break;
    target = x.key;
    break;
  }
  // "Gordon Brown, whom Tony Blair praised,": an object relative clause's antecedent is the object
  if (target === null && !passive && subjectAt) {
    const w = prepIdx(subjectAt);
    if (w > sStart && /^(whom|which)$/i.test(tokens[w].text)) {
      // ("the Guildford Four - for which Tony Blair apologised": a preposition may open the clause)
      // (one that marks an argument, not a place or a time: "the city in which they met")
      const p0 = /^(for|to|with|against|about|from)$/i.test(tokens[w - 1].text) && w - 1 > sStart ? w - 1 : w;
      const r = /^[,—–-]$/.test(tokens[p0 - 1].text) ? p0 - 2 : p0 - 1;
      const ante = r >= sStart ? byEnd.get(tokens[r].end) : undefined;
      if (ante && ante.entity !== actor) target = ante.entity;
    }
  }
  // "sold the striker to Aston Villa", "was sold to Aston Villa", "offered a deal to X": for a
  // transfer of possession (WordNet verb.possession) the party receiving is the target, not the thing
  const lemma = TRIGGERS.get(trig.text.toLowerCase())?.lemma;
  // ("deployed troops to Poland", "gave aid to Kenya": so for a deployment or aid, whom it goes to)
  const to = lemma && (transfers(lemma) || /^(07|15)$/.test(TRIGGERS.get(trig.text.toLowerCase())!.cameo)) ? after.find((x) => x.prep === 'to' && !x.nested && x.key !== actor && !(x.m && isPlace(x.m) && x.key === place)) : undefined;
  // "withdrew its ambassador from Russia", "pulled troops out from Iraq": for a yielding or a cut in
  // relations (CAMEO 08, 16) the party withdrawn from is the target, not the ones withdrawn
  const root = lemma ? TRIGGERS.get(trig.text.toLowerCase())?.cameo : undefined;
  if ((root === '08' || root === '16') && (target === null || target.startsWith('\u0000np:'))) {
    const from = after.find((x) => x.prep === 'from' && !x.nested && x.m && x.key !== actor);
    if (from) target = from.key;
  }
  if (passive) {
    // "Mr Blair has since been criticised by many": the subject is the one it was done to
    const by = after.find((x) => x.prep === 'by');
    // (a reduced passive's noun right before it is what it was done to: "the guests invited to ...")
    const before = reduced ? byEnd.get(tokens[i - 1].end)?.entity ?? np.at(tokens[i - 1].start) : null;
    return { actor: by?.key ?? null, target: to?.key ?? before ?? actor, place, receiver: actor === nounBy ? nounTo : null };
  }
  // "testified before the committee", "declined to comment to Reuters": whom a statement is made to
  // ("declined to comment on the pricing to Reuters", "spoke about the deal to the BBC": past the
  // topic's own phrase, the "to" is the verb's, not the topic's)
  const afterTopic = (x: (typeof after)[number]) => x.k !== undefined && topicThenTo(tokens, trigEnd, i, x.k);
  const addressee = after.find((x) => /^(to|before)$/.test(x.prep) && (!x.nested || afterTopic(x)) && x.key !== actor && !(x.m && isPlace(x.m) && x.key === place))?.key ?? null;
  return { actor, target: to?.key ?? target, place, partner, demanded: ctl?.demanded, addressee };
}

// WordNet's answer per trigger lemma, asked once (the lexicon is small and fixed)
const TRANSFERS = new Map<string, boolean>();
const transfers = (lemma: string): boolean => {
  let v = TRANSFERS.get(lemma);
  if (v === undefined) TRANSFERS.set(lemma, (v = isPossessionVerb(lemma)));
  return v;
};

/** Whether a mention is a modifier of a lower-case noun right after it ("US military aid", "Liverpool fans"). */
function modifies(text: string, m: Mention): boolean {
  const next = /^\s+([a-z]+)/.exec(text.slice(m.end, m.end + 30))?.[1];
  return !!next && !PREPOSITIONS.has(next) && !CLAUSE_WORDS.test(next) && !AUX.test(next) && !TRIGGERS.has(next) && !/^(and|or)$/.test(next);
}

/** Index of the token before `start`, over determiners ("in the Cuban camp" → in), or -1. */
function prepIdxOf(tokens: Token[], start: number, sStart: number): number {
  let k = tokenIndexBefore(tokens, start, sStart);
  if (k < 0) return -1;
  // "confirmed that the US Secret Service": "that" before a determiner or a name opens a clause;
  // an honorific the name left out is stepped over too ("by Mr Glazer" → by)
  while (k > sStart && (SKIPPABLE.test(tokens[k].text) && !(/^that$/i.test(tokens[k].text) && (SKIPPABLE.test(tokens[k + 1].text) || UPPER_FIRST.test(tokens[k + 1].text))) || /^(Mr|Mrs|Ms|Dr)\.?$/.test(tokens[k].text))) k--;
  return k;
}

/**
 * Whether the phrase at token `k` follows a topic phrase and its own "to" or "before": after the
 * trigger (ending at `trigEnd`), "on", "about", "over" or "regarding" opens a short phrase with no
 * other preposition, boundary or verb in it, then "to"/"before" (and a determiner) comes right before `k`.
 */
function topicThenTo(tokens: Token[], trigEnd: number, i: number, k: number): boolean {
  let q = i + 1;
  while (q < k && tokens[q].start < trigEnd) q++;
  if (q >= k || !/^(on|about|over|regarding)$/i.test(tokens[q].text)) return false;
  let p = k - 1;
  if (p > q && SKIPPABLE.test(tokens[p].text)) p--;
  if (p <= q + 1 || !/^(to|before)$/i.test(tokens[p].text)) return false;
  for (let r = q + 1; r < p; r++) {
    const w = tokens[r].text;
    if (PREPOSITIONS.has(w.toLowerCase()) || BOUNDARY.test(w) || CLAUSE_WORDS.test(w) || /^[a-z]+$/.test(w) && isVerbToken(w) && !SKIPPABLE.test(w)) return false;
  }
  return p - q <= 6;
}

/** The preposition heading the noun phrase that ends at token `k` ("by net provider AOL" → by), or ''. */
function headPrep(tokens: Token[], k: number, trigger: number): string {
  for (let q = k - 1; q > trigger && k - q <= 4; q--) {
    const w = tokens[q].text.toLowerCase();
    if (PREPOSITIONS.has(w)) return w;
    if (BOUNDARY.test(w) || CLAUSE_WORDS.test(w) || TRIGGERS.has(w) || /(ed|ing)$/.test(w) && !UPPER_FIRST.test(tokens[q].text)) return '';
  }
  return '';
}

// auxiliaries, modals, adverbs and "to" between a subject and its verb ("has since been", "is to")
const AUX = /^(has|have|had|is|are|was|were|be|been|being|will|would|can|could|may|might|must|shall|should|to|did|does|do|not|n't|also|already|never|now|just|still|then|since|recently|later|today|yesterday|finally|got|get|gets|'ve|’ve|'ll|’ll)$/i;

/**
 * A common noun heading the subject right before the verb group ("bankers said", "Borussia
 * officials met", "the chancellor warned"): the name that modifies it, or the person its role
 * names, or nobody — never a name further back in the sentence. Null when the subject is not
 * a common noun (a name, a pronoun, a comma), for the walk back to decide.
 */
function commonSubject(text: string, tokens: Token[], i: number, sStart: number, byEnd: Map<number, Mention>, coref: Coref, np: NounPhrases): { key: string | null; partner?: string } | null {
  let q = i - 1;
  // the verb group: auxiliaries and adverbs, and a control verb before "to" ("hopes to persuade")
  while (q >= sStart && (AUX.test(tokens[q].text) || /^[a-z]+ly$/.test(tokens[q].text))) {
    if (tokens[q].text.toLowerCase() === 'to' && q - 1 >= sStart && /^[a-z]+$/.test(tokens[q - 1].text) && !AUX.test(tokens[q - 1].text)) q--;
    q--;
  }
  if (q < sStart) return null;
  const head = tokens[q];
  // "Creditors agreed", "Police have said": a sentence's first word is capitalised
  if (q === sStart && np.at(head.start)) return { key: np.at(head.start) };
  const w = head.text;
  // "Fidel Castro's decision to ban": the possessor of the noun before "to" is the one who acts
  if (/^['’]s?$/.test(w) && q + 1 < i && /^to$/i.test(tokens[q + 2]?.text ?? '') && q - 1 >= sStart && byEnd.has(tokens[q - 1].end)) return { key: byEnd.get(tokens[q - 1].end)!.entity };
  if (!/^[a-z][a-z-]*$/.test(w) || byEnd.has(head.end)) return null;
  if (PREPOSITIONS.has(w) || CLAUSE_WORDS.test(w) || SKIPPABLE.test(w) || /^(he|she|it|they|we|i|you|who|which|there|and|or|but|nor|than)$/.test(w)) return null;
  if (/(ed|ing)$/.test(w) || TRIGGERS.has(w) || posTags(w).some((x) => /PastTense|Gerund|Adverb|Pronoun|Determiner|Conjunction|Preposition/.test(x))) return null;
  // "... by Mr Glazer in October last year was turned down": a time adjunct ends the subject, it is none
  if (posTags(w).includes('Duration') || nounClasses(w, 1).includes('time')) return null;
  // the noun phrase: back over modifiers to a determiner, punctuation or a verb
  let r = q - 1;
  let mod: Mention | null = null;
  while (r >= sStart && q - r <= 5) {
    const t = tokens[r];
    const m = byEnd.get(t.end);
    if (m) {
      // "Borussia officials", "Labour MPs": the name modifies the head (a possessive too: "Apple's chief")
      mod = m;
      break;
    }
    if (SKIPPABLE.test(t.text) || LOWER_FIRST.test(t.text) && !PREPOSITIONS.has(t.text) && !CLAUSE_WORDS.test(t.text) && !TRIGGERS.has(t.text) && !AUX.test(t.text)) {
      if (SKIPPABLE.test(t.text)) break;
      r--;
      continue;
    }
    if (/^['’]s?$/.test(t.text)) {
      r--;
      continue;
    }
    break;
  }
  // "the singer's agent confirmed", "Mr Lee's lawyer said": a person's possessive before a noun for
  // another person names someone else (the role may still name who; a spokesman speaks for the owner)
  if (mod && coref.entity(mod.entity)?.type === 'PERSON' && /^['’]s?$/.test(text.slice(mod.end, mod.end + 2).trim() || 'x') && !/^spokes/.test(w) && nounClasses(w, 2).includes('person')) {
    return { key: (isRoleNoun(w) ? coref.role(text.slice(tokens[r].start, head.end), -1) : null) ?? np.identify(w, head.sentence) };
  }
  // "held in the Cuban camp will be freed": a phrase after a preposition is its object, not the
  // subject, even when a name modifies its head
  if (mod) {
    const k = prepIdxOf(tokens, mod.start, sStart);
    if (k >= sStart && PREPOSITIONS.has(tokens[k].text.toLowerCase())) return null;
    // "Democratic lawmakers grilled": a nationality or a place with a noun for people is the phrase
    const headPhrase = np.at(head.start);
    return { key: headPhrase && np.openedBy(mod.start) === headPhrase ? headPhrase : mod.entity };
  }
  const from = r >= sStart && SKIPPABLE.test(tokens[r].text) ? r : r + 1;
  // a subject opens its clause: after a verb ("made a surprise visit") the phrase is an object
  const b = tokens[from - 1];
  // ("said the army would attack": after a verb of saying, a phrase with a finite verb group of its
  // own is the reported clause's subject)
  const reported = from - 1 >= sStart && (REPORTED.test(b.text) || isSpeechVerb(b.text)) && !/ing$/.test(b.text) && finiteGroup(tokens.slice(q + 1, i)) && (q + 1 < i && tokens.slice(q + 1, i).some((x) => AUX.test(x.text) && !/^to$/i.test(x.text)) || /^[a-z]+(ed|s)$/.test(tokens[i].text) || PARTICIPLES.has(tokens[i].text));
  if (from - 1 >= sStart && LOWER_FIRST.test(b.text) && !PREPOSITIONS.has(b.text) && !CLAUSE_WORDS.test(b.text) && !reported) return null;
  // after a preposition the phrase is the object of it ("one of its representatives declaring"):
  // the subject is further back, for the walk to find
  if (from - 1 >= sStart && PREPOSITIONS.has(b.text)) return null;
  // "the two sides continue to negotiate", "both companies agreed": the pair the article just named
  if (/^(two|both)$/i.test(tokens[from + (/^the$/i.test(tokens[from].text) ? 1 : 0)]?.text ?? '') && /s$/.test(w) && !isRoleNoun(w)) {
    const pair = coref.pair(tokens[from].start, tokens[from].sentence);
    return pair ? { key: pair[0], partner: pair[1] } : { key: null };
  }
  // "her office said", "his spokesman said": they speak for the one the pronoun names
  if (/^(his|her)$/i.test(tokens[from].text)) return { key: coref.pronoun(tokens[from].text, tokens[from].sentence, tokens[from].start) };
  // only a role noun can name a titled person ("the chancellor"); "bankers" names no entity but is a
  // phrase that acts, and asking costs a pass over the article's people
  if (!isRoleNoun(w)) return { key: np.identify(w, head.sentence) ?? np.at(head.start) };
  const phrase = text.slice(tokens[from].start, head.end);
  return { key: coref.role(phrase, tokens[from].start) ?? np.identify(w, head.sentence) ?? np.at(head.start) };
}

/**
 * Object control: "urged Jane Brown to condemn X", "asked the court to block Y", "called on him to
 * resign": an infinitive right after the object of another verb has that object for its subject
 * (a name, a pronoun the coreference stage resolved, or a common noun for people). The governing verb
 * is the word before the object (over determiners), a verb by the lexicon or the tagger, or the
 * particle of a phrasal trigger ("called on"). `demanded` when that verb appeals or demands (CAMEO
 * 02, 10): the act is asked for, not done. Null when the infinitive follows no such object.
 */
function objectControl(text: string, tokens: Token[], i: number, sStart: number, byEnd: Map<number, Mention>, coref: Coref, np: NounPhrases): { key: string | null; demanded: boolean } | null {
  let q = i - 1;
  while (q >= sStart && /^[a-z]+ly$/.test(tokens[q].text)) q--;
  // ("accused Russia of attacking", "blamed the banks for lending": a gerund after the object's "of" or "for")
  if (q - 2 < sStart || !(/^to$/i.test(tokens[q].text) || /^(of|for)$/i.test(tokens[q].text) && /^[a-z]+ing$/.test(tokens[i].text))) return null;
  const o = q - 1;
  let key: string | null = null;
  let from = o;
  const m = byEnd.get(tokens[o].end);
  if (m) {
    key = m.entity;
    from = bisect(sStart, o + 1, (x) => tokens[x].start < m.start);
  } else if (/^(him|her|them|us)$/i.test(tokens[o].text)) {
    key = /^(him|her)$/i.test(tokens[o].text) ? coref.pronoun(tokens[o].text, tokens[o].sentence, tokens[o].start) : null;
  } else if (np.at(tokens[o].start)) {
    key = np.at(tokens[o].start);
    while (from - 1 > sStart && o - from < 4 && LOWER_FIRST.test(tokens[from - 1].text) && !PREPOSITIONS.has(tokens[from - 1].text) && !SKIPPABLE.test(tokens[from - 1].text) && !isVerbToken(tokens[from - 1].text)) from--;
  } else return null;
  // over a determiner (and a scare-quoted word: 'the "interim" government') to the verb
  let v = from - 1;
  while (v > sStart && (SKIPPABLE.test(tokens[v].text) || /^["“”]$/.test(tokens[v].text) || /^["“”]$/.test(tokens[v + 1]?.text ?? '') && /^["“”]$/.test(tokens[v - 1]?.text ?? ''))) v--;
  if (v < sStart) return null;
  const w = tokens[v].text.toLowerCase();
  const phr = v - 1 >= sStart ? PHRASAL_FORMS.get(tokens[v - 1].text.toLowerCase() + ' ' + w) : undefined;
  if (!phr && (!/^[a-z]+$/.test(tokens[v].text) || PREPOSITIONS.has(w) || AUX.test(w) || BE.test(w) || !isVerbToken(w))) return null;
  const cameo = phr?.[2] ?? TRIGGERS.get(w)?.cameo;
  // ("wants Poland to withdraw": wanting someone else to act demands it)
  return { key, demanded: cameo === '02' || cameo === '10' || /^(want|wants|wanted|wanting)$/.test(w) };
}

/**
 * Whether tokens between a subject and its verb are a verb group: auxiliaries and adverbs ("has since
 * been"), and verbs that control an infinitive with their "to" ("had agreed to", "tried to"), a tensed
 * one or an auxiliary among them ("Microsoft to sell" is a headline's infinitive, not a clause).
 */
function finiteGroup(toks: Token[]): boolean {
  let tensed = false;
  let control = false;
  for (let k = 0; k < toks.length; k++) {
    const x = toks[k].text;
    if (/^[a-z]+ly$/.test(x)) continue;
    if (AUX.test(x) && !/^to$/i.test(x)) {
      tensed = true;
      continue;
    }
    if (/^to$/i.test(x) && k > 0 && toks[k - 1].text !== 'to' && !AUX.test(toks[k - 1].text)) continue;
    // ("was set to", "is expected to", "were due to", "is going to": after a form of "be", the word
    // before "to" is a predicate whose subject is the infinitive's, whatever the tagger calls it)
    if (/^[a-z]+$/.test(x) && k + 1 < toks.length && /^to$/i.test(toks[k + 1].text) && (isVerbToken(x) || k > 0 && BE.test(toks[k - 1].text) && !/^(get|got)$/i.test(toks[k - 1].text))) {
      control = true;
      if (posTags(x).some((t) => /^(PastTense|PresentTense)$/.test(t)) || /ed$/.test(x)) tensed = true;
      continue;
    }
    return false;
  }
  return !control || tensed;
}

/** Whether the noun phrase a possessive opens at `k` (before `end`) has a head noun for a thing, not a person. */
function ownedThing(tokens: Token[], k: number, end: number): boolean {
  let head = '';
  // ("Nair's Indian-style adaptation": a capitalised modifier on the way)
  for (; k < end && /^\p{L}[\p{L}-]*$/u.test(tokens[k].text) && !PREPOSITIONS.has(tokens[k].text) && !AUX.test(tokens[k].text) && !CLAUSE_WORDS.test(tokens[k].text); k++) if (/^[a-z][a-z-]*$/.test(tokens[k].text)) head = tokens[k].text;
  return head !== '' && !TRIGGERS.has(head) && nounClasses(head, 1).length > 0 && !nounClasses(head, 2).includes('person') && !nounClasses(head, 2).includes('group');
}

/**
 * Whether the object starting at token `k` is a definite statement, act or plan ("the news", "the
 * new targets", "these measures", "the latest plan"): the, this or these, up to three lower-case
 * modifiers, and a head noun WordNet files under communication, act or cognition, with no name or
 * "of"/"by" phrase after it saying whose it is.
 */
function judgedThing(tokens: Token[], k: number): boolean {
  const s = tokens[k]?.sentence;
  if (s === undefined || !/^(the|this|these)$/i.test(tokens[k].text)) return false;
  let h = k + 1;
  while (h + 1 < tokens.length && tokens[h + 1].sentence === s && h - k <= 3 && /^[a-z][a-z-]*$/.test(tokens[h + 1].text) && !PREPOSITIONS.has(tokens[h + 1].text) && !CLAUSE_WORDS.test(tokens[h + 1].text) && !AUX.test(tokens[h + 1].text)) h++;
  const head = tokens[h]?.text ?? '';
  if (!/^[a-z][a-z-]*$/.test(head) || TRIGGERS.has(head)) return false;
  const next = tokens[h + 1];
  if (next && next.sentence === s && /^(of|by|from)$/i.test(next.text)) return false;
  const classes = nounClasses(head, 1);
  return classes.some((c) => c === 'communication' || c === 'act' || c === 'cognition');
}

/** Whether the preposition at `k` follows a noun for one who speaks for others ("a spokesman for", "representatives of"). */
function spokesFor(tokens: Token[], k: number, sStart: number): boolean {
  return k - 1 >= sStart && /^(spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|spokeswomen|representative|representatives)$/i.test(tokens[k - 1].text);
}

/**
 * The index of the determiner opening the subject of a passive verb at `i` ("The idea was rejected":
 * "The"), over the "be" group and up to four lower-case words; -1 when the verb is no passive or its
 * subject opens otherwise.
 */
function passiveSubject(tokens: Token[], i: number): number {
  const s = tokens[i]?.sentence;
  if (s === undefined || !(/^[a-z]+(ed|en|wn)$/.test(tokens[i].text) || PARTICIPLES.has(tokens[i].text))) return -1;
  let q = i - 1;
  while (q >= 0 && tokens[q].sentence === s && /^[a-z]+ly$/.test(tokens[q].text)) q--;
  if (q < 0 || !BE.test(tokens[q].text)) return -1;
  while (q >= 0 && tokens[q].sentence === s && (AUX.test(tokens[q].text) || BE.test(tokens[q].text))) q--;
  for (let k = q; k >= 0 && tokens[k].sentence === s && q - k <= 4; k--) {
    if (/^(the|this|these)$/i.test(tokens[k].text)) return k;
    if (!/^[a-z][a-z-]*$/.test(tokens[k].text)) return -1;
  }
  return -1;
}

/**
 * The index of "who" or "which" opening a restrictive relative clause that holds the mention `m`
 * ("councillors who back Mr Flight"): the pronoun after a lower-case noun, a verb between it and the
 * mention, no comma or clause word between; -1 when there is none.
 */
function relativeAround(tokens: Token[], m: Mention, sStart: number): number {
  let k = tokenIndexBefore(tokens, m.start, sStart);
  let verb = false;
  for (let n = 0; k > sStart && n < 8; k--, n++) {
    const w = tokens[k].text;
    if (/^(who|which)$/i.test(w)) return verb && /^[a-z][a-z-]*$/.test(tokens[k - 1].text) && !PREPOSITIONS.has(tokens[k - 1].text) && !AUX.test(tokens[k - 1].text) && !isVerbToken(tokens[k - 1].text) ? k : -1;
    if (BOUNDARY.test(w) || CLAUSE_WORDS.test(w)) return -1;
    if (/^[a-z]+$/.test(w) && (isVerbToken(w) || AUX.test(w) && w !== 'to')) verb = true;
  }
  return -1;
}

/**
 * Whether a lower-case noun phrase (no name, no pronoun) follows the trigger directly, before token
 * `k`: the verb's direct object is a thing ("banned firecrackers", "seized 3 tons of drugs").
 */
function thingObjectBefore(tokens: Token[], i: number, trigEnd: number, k: number): boolean {
  let q = i + 1;
  while (q < k && tokens[q].start < trigEnd) q++;
  if (q < k && SKIPPABLE.test(tokens[q].text)) q++;
  const w = tokens[q]?.text ?? '';
  return q < k && /^[a-z][a-z-]*$/.test(w) && !PREPOSITIONS.has(w) && !AUX.test(w) && !CLAUSE_WORDS.test(w) && !/^(him|her|them|us|me|it|back|up|out|off|down)$/.test(w) && nounClasses(w, 1).length > 0 && !isVerbToken(w);
}

/**
 * Whether the phrase at token `k` hangs from a preposition of time, place or circumstance ("ahead of",
 * "in", "during", "amid"), searched back to the trigger: an adjunct, not whom the act is aimed at.
 */
function adjunctBefore(tokens: Token[], k: number, i: number): boolean {
  for (let q = k - 1; q > i && k - q <= 5; q--) {
    const w = tokens[q].text.toLowerCase();
    if (w === 'of') return /^(ahead|because|instead|front|spite|regardless)$/i.test(tokens[q - 1]?.text ?? '');
    if (/^(in|at|before|after|during|since|near|across|through|within|despite|amid|amidst|until|throughout|inside|outside)$/.test(w)) return true;
    if (PREPOSITIONS.has(w) || BOUNDARY.test(w)) return false;
  }
  return false;
}

/**
 * Whether the object after the verb at `i` is a statement, an idea or a course of action ("the plan",
 * "that view", "plans to end fees", "calls for a probe"): over a determiner and up to three lower-case
 * modifiers to a head noun WordNet files under communication, cognition or act.
 */
function endorsedThing(tokens: Token[], i: number): boolean {
  const s = tokens[i].sentence;
  let k = i + 1;
  if (k < tokens.length && tokens[k].sentence === s && /^(the|a|an|this|that|these|those|his|her|its|their|our|new)$/i.test(tokens[k].text)) k++;
  let head = '';
  // ("backed Tory demands": a name modifying the head is passed over)
  while (k < tokens.length && tokens[k].sentence === s && /^\p{Lu}[\p{L}-]*$/u.test(tokens[k].text) && /^[a-z]/.test(tokens[k + 1]?.text ?? '') && !PREPOSITIONS.has(tokens[k + 1].text) && !CLAUSE_WORDS.test(tokens[k + 1].text) && !AUX.test(tokens[k + 1].text)) k++;
  for (let n = 0; k < tokens.length && tokens[k].sentence === s && n < 4 && /^[a-z][a-z-]*$/.test(tokens[k].text) && !PREPOSITIONS.has(tokens[k].text) && !CLAUSE_WORDS.test(tokens[k].text) && !AUX.test(tokens[k].text); k++, n++) head = tokens[k].text;
  if (!head) return false;
  const classes = nounClasses(head, 1);
  return classes.some((c) => c === 'communication' || c === 'cognition' || c === 'act');
}

/**
 * Whether the object after the trigger at `i` is a contract of exchange: "a (new) three-year deal",
 * "a long-term agreement" (after "sign"), "the kit contract"; not a deal that settles or rescues
 * ("a rescue deal", "a peace agreement"), which is a settlement (CAMEO 05, or aid).
 */
function commercialDeal(tokens: Token[], i: number, signed: boolean): boolean {
  const s = tokens[i].sentence;
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === s && k - i <= 6; k++) {
    const w = tokens[k].text.toLowerCase();
    if (/^(deal|deals|contract|contracts|sponsorship)$/.test(w) || signed && /^(agreement|agreements)$/.test(w)) return true;
    if (/^(rescue|peace|ceasefire|settlement|compromise|debt|bailout|trade)$/.test(w)) return false;
    if (BOUNDARY.test(w) || PREPOSITIONS.has(w) || CLAUSE_WORDS.test(w) && !/^(a|an|the)$/.test(w) || AUX.test(w) || !/^[\p{L}\d][\p{L}\d'’-]*$/u.test(tokens[k].text) && !/^[$£€]/.test(w)) return false;
  }
  return false;
}

/**
 * The agent of an act noun whose infinitive the trigger at `i` is: "a decision by X to resign", "an
 * attempt by X - the firm's owner - to sell" (over a parenthesis between dashes). The noun is an act
 * or a communication in WordNet (decision, move, attempt, bid, offer) within five words before "by".
 */
function nounAgentBefore(tokens: Token[], i: number, sStart: number, byEnd: Map<number, Mention>, np: NounPhrases): { key: string | null } | null {
  if (i - 2 <= sStart || !/^to$/i.test(tokens[i - 1].text)) return null;
  let q = i - 2;
  if (/^[—–-]$/.test(tokens[q].text)) {
    let r = q - 1;
    while (r > sStart && q - r < 25 && !/^[—–-]$/.test(tokens[r].text)) r--;
    if (r <= sStart || !/^[—–-]$/.test(tokens[r].text)) return null;
    q = r - 1;
  }
  const m = byEnd.get(tokens[q].end);
  const key = m?.entity ?? np.at(tokens[q].start);
  if (!key) return null;
  let k = m ? bisect(sStart, q + 1, (x) => tokens[x].start < m.start) - 1 : q - 1;
  while (k > sStart && (SKIPPABLE.test(tokens[k].text) || !m && np.at(tokens[k].start) === key)) k--;
  if (k <= sStart || !/^by$/i.test(tokens[k].text)) return null;
  for (let h = k - 1; h >= sStart && k - h <= 5; h--) {
    const w = tokens[h].text;
    if (BOUNDARY.test(w) || CLAUSE_WORDS.test(w) || !/^[a-z]+$/.test(w)) return null;
    if (nounClasses(w, 1).some((c) => c === 'act' || c === 'communication')) return { key };
  }
  return null;
}

/** The noun right before an -ing trigger at `i` that "with" opens ("with the union accusing"), as a subject. */
function withSubject(tokens: Token[], i: number, sStart: number, byEnd: Map<number, Mention>, np: NounPhrases): { key: string | null } | null {
  const m = byEnd.get(tokens[i - 1].end);
  const key = m?.entity ?? np.at(tokens[i - 1].start);
  if (!key) return null;
  let k = m ? bisect(sStart, i, (x) => tokens[x].start < m.start) - 1 : i - 2;
  // over a determiner and the words of a common noun phrase ("with almost all the banks")
  while (k > sStart && !m && np.at(tokens[k].start) === key) k--;
  while (k > sStart && SKIPPABLE.test(tokens[k].text)) k--;
  return k >= sStart && /^with$/i.test(tokens[k].text) ? { key } : null;
}

/** Whether tokens [from, to) are names joined by commas and "and" only ("Donna Small and Asha Jama"). */
function namesOnly(tokens: Token[], from: number, to: number, byStart: Map<number, Mention>, byEnd: Map<number, Mention>): boolean {
  let k = from;
  let names = 0;
  while (k < to) {
    const m = byStart.get(tokens[k].start);
    if (!m) return false;
    names++;
    while (k < to && tokens[k].end <= m.end) k++;
    if (k < to && !/^(and|,)$/i.test(tokens[k].text)) return false;
    if (k < to) k++;
  }
  return names >= 2 && byEnd.has(tokens[to - 1].end);
}

/**
 * "challenged Mr Brown to deny", "forced the club to sell": the verb governs an infinitive after its
 * object (within five words, in its clause), whose act is the event the clause reports.
 */
function governsInfinitive(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 6 && tokens[k].sentence === tokens[i].sentence; k++) {
    if (/^[,;:.]$/.test(tokens[k].text)) return false;
    if (/^to$/i.test(tokens[k].text) && k > i + 1) return isVerbToken((tokens[k + 1]?.text ?? '').toLowerCase());
  }
  return false;
}

/** Whether a lower-case word is a verb form: a trigger, or a verb by the tagger and not a noun or an adjective. */
function isVerbToken(w: string): boolean {
  if (TRIGGERS.has(w)) return true;
  const tags = posTags(w);
  return tags.some((x) => /^(Verb|PastTense|PresentTense|Infinitive)$/.test(x)) && !tags.some((x) => /Noun|Adjective|Preposition|Determiner/.test(x));
}

/**
 * The subject of a clause that names it elsewhere: a participle or "by"-gerund clause takes the
 * main clause's subject (", publicly threatening them", "by warning candidates"); a relative
 * clause takes its antecedent ("Clare Short, who resigned"). Null when the verb is not so placed.
 */
function clauseOpener(tokens: Token[], i: number, sStart: number, byEnd: Map<number, Mention>, byStart: Map<number, Mention>, prep: (m: Mention) => string, np: NounPhrases): { key: string | null } | null {
  let q = i - 1;
  // over the verb group ("who later criticised", "who has since resigned")
  while (q >= sStart && (/^[a-z]+ly$/.test(tokens[q].text) || AUX.test(tokens[q].text) && !/^to$/i.test(tokens[q].text))) q--;
  // "After meeting X, Tom Evans criticised Y", "Criticising the plan, Tom Evans said": a participle
  // clause opening the sentence takes the subject of the main clause after its comma
  if (/ing$/i.test(tokens[i].text) && (q < sStart || q === sStart && /^(after|before|while|when|since|by|without|upon|on)$/i.test(tokens[q].text))) return { key: subjectAfterComma(tokens, i, byStart) };
  if (q < sStart) return null;
  const w = tokens[q].text.toLowerCase();
  if (/^(who|which|that)$/.test(w) && q - 1 >= sStart) {
    const r = tokens[q - 1].text === ',' ? q - 2 : q - 1;
    const m = r >= sStart ? byEnd.get(tokens[r].end) : undefined;
    // ("the man who attacked X": a noun for people the clause modifies)
    const head = !m && r >= sStart && /^(who|which)$/.test(w) ? np.at(tokens[r].start) : null;
    return m ? { key: m.entity } : head ? { key: head } : null;
  }
  if (!/ing$/.test(tokens[i].text) || !(w === ',' || /^(by|after|before|while|when|since)$/.test(w))) return null;
  // ", actually signing a deal has proved elusive": a gerund with a finite verb of its own after its
  // object is a subject, not a participle clause of the main one; whoever does it is not said here
  if (w === ',') {
    for (let k = i + 1; k < tokens.length && tokens[k].sentence === tokens[i].sentence && k - i <= 8; k++) {
      if (BOUNDARY.test(tokens[k].text) || CLAUSE_WORDS.test(tokens[k].text)) break;
      if (/^(has|have|had|is|was|are|were|will|would|can|could|may|might|remains|remained|seems|seemed|proved|appears)$/i.test(tokens[k].text)) return { key: null };
    }
  }
  // "The creator of Buffy ... is to take on X after signing": a common noun heads the main subject,
  // and names inside its modifiers are not it (what the coreference stage linked it to, if anything)
  if (/^(the|a|an)$/i.test(tokens[sStart].text) && LOWER_FIRST.test(tokens[sStart + 1]?.text ?? '') && q - sStart <= 40) {
    const m = byStart.get(tokens[sStart].start);
    if (m) return { key: m.entity };
    // else the phrase the sentence opens with, when its head names people ("The striking workers, ...")
    for (let k = sStart + 1; k < q && k - sStart <= 4 && LOWER_FIRST.test(tokens[k].text); k++) if (np.at(tokens[k].start)) return { key: np.identify(tokens[k].text, tokens[k].sentence) ?? np.at(tokens[k].start) };
    return { key: null };
  }
  // the main clause's subject: the first name of the sentence that no preposition or verb governs
  // (looked for in the clause's reach only: sentences can be megabytes long)
  for (let k = Math.max(sStart, q - 40); k < q; k++) {
    const m = byEnd.get(tokens[k].end);
    if (!m) continue;
    const before = prep(m);
    if (PREPOSITIONS.has(before) || /(ed|ing)$/.test(before) || TRIGGERS.has(before)) continue;
    if (/^['’]s?$/.test(tokens[k + 1]?.text ?? '')) continue;
    return { key: m.entity };
  }
  return null;
}

/**
 * The subject of the main clause after an opening participle clause: the name or resolved pronoun
 * right after the first comma following the trigger (over a determiner or a title), or null.
 */
function subjectAfterComma(tokens: Token[], i: number, byStart: Map<number, Mention>): string | null {
  const s = tokens[i].sentence;
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === s && k - i <= 25; k++) {
    if (/^[;:"“”]$/.test(tokens[k].text)) return null;
    if (tokens[k].text !== ',') continue;
    let h = k + 1;
    while (h < tokens.length && tokens[h].sentence === s && h - k <= 2 && SKIPPABLE.test(tokens[h].text)) h++;
    return h < tokens.length && tokens[h].sentence === s ? byStart.get(tokens[h].start)?.entity ?? null : null;
  }
  return null;
}

/**
 * The first of the names coordinated nearest before the trigger in its sentence ("Europe, Japan,
 * Canada and Mexico"): what a plural object pronoun with no resolved antecedent stands for. Null
 * when no such list of two or more names precedes it within its reach.
 */
function listBefore(tokens: Token[], i: number, sStart: number, byEnd: Map<number, Mention>): string | null {
  for (let q = i - 1; q >= sStart && i - q <= 30; q--) {
    if (!/^(and|or)$/i.test(tokens[q].text) || !byEnd.has(tokens[q - 1]?.end ?? -1)) continue;
    // back over "A, B, C and": names joined by commas
    let first = byEnd.get(tokens[q - 1].end)!;
    let k = tokenIndexBefore(tokens, first.start, sStart);
    while (k - 1 >= sStart && tokens[k].text === ',' && byEnd.has(tokens[k - 1].end)) {
      first = byEnd.get(tokens[k - 1].end)!;
      k = tokenIndexBefore(tokens, first.start, sStart);
    }
    return first.entity;
  }
  return null;
}

// support verbs of general English, whose meaning is their object's ("issued a warning", "gave
// approval", "expressed concern", "laid siege", "instituted proceedings", "struck a deal"): the object
// noun is the event, and the verb is none of its own
const SUPPORT = /^(give|gives|gave|given|giving|issue|issues|issued|issuing|express|expresses|expressed|expressing|lay|lays|laid|laying|voice|voices|voiced|voicing|lodge|lodges|lodged|lodging|file|files|filed|filing|raise|raises|raised|raising|deliver|delivers|delivered|delivering|extend|extends|extended|extending|strike|strikes|struck|striking|institute|institutes|instituted|instituting|make|makes|made|making|hold|holds|held|holding|launch|launches|launched|launching|conduct|conducts|conducted|stage|stages|staged|mount|mounts|mounted)$/i;
// verbs that only carry an event noun ("held talks", "reached an agreement", "faced criticism")
// ("imposed sanctions on", "ordered strikes", "carried out attacks", "resumed talks"), and the support verbs
const LIGHT_ONLY = /^(cancel|cancels|cancelled|canceled|cancelling|canceling|scrap|scraps|scrapped|scrapping|postpone|postpones|postponed|postponing|delay|delays|delayed|delaying|hold|holds|held|holding|reach|reaches|reached|reaching|make|makes|made|making|launch|launches|launched|launching|begin|begins|began|begun|start|starts|started|conduct|conducts|conducted|open|opens|opened|stage|stages|staged|mount|mounts|mounted|lead|leads|led|impose|imposes|imposed|imposing|order|orders|ordered|ordering|resume|resumes|resumed|resuming|join|joins|joined|joining|propose|proposes|proposed|proposing|carry|carries|carried|carrying|escalate|escalates|escalated|escalating|face|faces|faced|facing)$/i;
const LIGHT = { test: (w: string) => LIGHT_ONLY.test(w) || SUPPORT.test(w) };
// the support verbs' irregular past forms
const IRREGULAR_PAST = /^(gave|given|laid|struck|made)$/;

/**
 * Whether the word at `i` heads the object of a support verb right before it, over a determiner and
 * up to two modifiers ("issued an official warning", "instituted a quarantine"): the verb's index, or -1.
 */
function supportBefore(tokens: Token[], i: number, sStart: number): number {
  for (let q = i - 1; q >= sStart && i - q <= 3; q--) {
    const w = tokens[q].text;
    // (a verb, not the noun of the same form: "the European launch date", "its first issue")
    // (not a passive, whose subject receives: "was given a test")
    if (SUPPORT.test(w)) return /^[a-z]+$/.test(w) && !(q > sStart && BE.test(tokens[q - 1].text)) && (/(ed|ing)$/.test(w) || PARTICIPLES.has(w) || IRREGULAR_PAST.test(w) || verbSlot(tokens, q, sStart, w) && !(q > sStart && (posTags(tokens[q - 1].text.toLowerCase()).includes('Adjective') || !/s$/.test(w) && UPPER_FIRST.test(tokens[q - 1].text)))) ? q : -1;
    if (!(DETERMINERS.has(w.toLowerCase()) || /^[a-z-]+$/.test(w) && posTags(w).includes('Adjective') && !posTags(w).some((x) => /Noun|Verb|Tense|Infinitive|Gerund/.test(x)))) return -1;
  }
  return -1;
}

/** Whether a word after a noun makes that noun its modifier: a plain word WordNet knows as a noun ("fuel taxes"). */
function modifiesNext(next: string): boolean {
  return /^[a-z][a-z-]*$/.test(next) && !PREPOSITIONS.has(next) && !CLAUSE_WORDS.test(next) && !AUX.test(next) && !NP_DET.test(next) && !/ly$/.test(next) && !posTags(next).some((x) => /Adjective|Adverb|Preposition|Conjunction|Determiner|Pronoun|Copula|Modal/.test(x)) && nounClasses(next, 1).length > 0;
}

/** Whether the support verb at `i` carries an event noun as its object ("issued a warning", "struck a deal"). */
function carriesEvent(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === tokens[i].sentence && k - i <= 3; k++) {
    const w = tokens[k].text;
    if (supportBefore(tokens, k, i) !== i) return false;
    if (/^[a-z]{4,}$/.test(w) && !modifiesNext(tokens[k + 1]?.sentence === tokens[i].sentence ? tokens[k + 1].text : '') && (nounRootOf(w) || supportedNoun(w))) return true;
  }
  return false;
}

const CANCELLED = /^(cancel|cancels|cancelled|canceled|cancelling|canceling|scrap|scraps|scrapped|scrapping|abandon|abandons|abandoned|abandoning)$/i;
const POSTPONED = /^(postpone|postpones|postponed|postponing|delay|delays|delayed|delaying|reschedule|rescheduled|reschedules|rescheduling)$/i;

/**
 * The modality an event noun takes from the verb it is the object or the subject of: "cancelled his
 * visit", "called off the talks", "the visit by X to Y was cancelled" (negated); "postponed a meeting"
 * (planned). Null when no such verb carries it.
 */
function nounFate(tokens: Token[], i: number, sStart: number): Modality | null {
  const v = lightVerbBefore(tokens, i, sStart);
  const fate = (w: string, particle = ''): Modality | null => (CANCELLED.test(w) || /^call/i.test(w) && /^off$/i.test(particle) ? 'negated' : POSTPONED.test(w) ? 'planned' : null);
  // ("slaughter is likely", "talks are expected to resume": a noun heading the subject of a
  // predicate of likelihood or of schedule is a hypothesis or a plan)
  const outlook = (w: string): Modality | null => (/^(likely|unlikely|possible|probable|feared)$/i.test(w) ? 'hypothetical' : /^(expected|set|due|scheduled|planned)$/i.test(w) ? 'planned' : null);
  if (v >= 0) return fate(tokens[v].text);
  // "called off the talks": the phrasal verb before the noun's determiner
  for (let q = i - 1; q > sStart && i - q <= 4; q--) {
    if (/^off$/i.test(tokens[q].text)) return fate(tokens[q - 1].text, 'off');
    if (BOUNDARY.test(tokens[q].text) || CLAUSE_WORDS.test(tokens[q].text)) break;
  }
  // the noun heads the subject: "The visit by X to Y was cancelled", "talks were called off"
  for (let k = i + 1; k + 1 < tokens.length && tokens[k].sentence === tokens[i].sentence && k - i <= 12; k++) {
    const w = tokens[k].text;
    if (BOUNDARY.test(w) || CLAUSE_WORDS.test(w)) return null;
    if (!BE.test(w)) continue;
    let h = k + 1;
    while (h < tokens.length && (BE.test(tokens[h].text) || /^[a-z]+ly$/.test(tokens[h].text) && !outlook(tokens[h].text))) h++;
    return h < tokens.length ? fate(tokens[h].text, tokens[h + 1]?.text ?? '') ?? outlook(tokens[h].text) : null;
  }
  return null;
}

/** Index of a light verb whose object the noun at `i` heads (over a determiner and up to three modifiers), or -1. */
function lightVerbBefore(tokens: Token[], i: number, sStart: number): number {
  for (let q = i - 1; q >= sStart && i - q <= 9; q--) {
    const w = tokens[q].text;
    if (LIGHT.test(w)) return q;
    if (/^["“”‘’']$/.test(w) || /^(out|up)$/i.test(w) && q - 1 >= sStart && LIGHT.test(tokens[q - 1].text)) continue;
    if (BOUNDARY.test(w) || PREPOSITIONS.has(w.toLowerCase()) || CLAUSE_WORDS.test(w) || AUX.test(w)) return -1;
  }
  return -1;
}

/** Whether a run of tokens holds a finite verb (then it is a clause, not an apposition). */
function looksFinite(toks: Token[]): boolean {
  return toks.some((t) => /^(is|was|are|were|has|had|have|will|would|said|says)$/.test(t.text) || (TRIGGERS.has(t.text) && !/ing$/.test(t.text)));
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

/**
 * Whether the trigger stands in what a source says ("police said Gallagher kicked", "is said to",
 * "according to"): a report word before it whose complement holds it. Not when the source's own
 * clause goes on ("Cook said while visiting") or the trigger is a second verb of the same subject
 * ("said ... and predicted").
 */
function reportedBy(tokens: Token[], i: number, from: number): boolean {
  if (i - 1 >= from && /^(and|but|or)$/i.test(tokens[i - 1].text)) return false;
  for (let q = i - 1; q >= from; q--) {
    const w = tokens[q].text.toLowerCase();
    if (!REPORTED.test(w)) continue;
    const next = q + 1 < i ? tokens[q + 1].text.toLowerCase() : '';
    // "Microsoft, Tom Evans said, had sued": a reporting clause between commas reports the clause it interrupts
    if (next === ',' && parenthetical(tokens, q, from)) return true;
    // ("said on Monday that it had ...": an adjunct before the reported clause's "that")
    if (/^(while|when|as|during|after|before|in|on|at|with|by|on|,)$/.test(next) && !tokens.slice(q + 2, Math.min(i, q + 7)).some((t) => /^that$/i.test(t.text))) continue;
    // "and" between the report word and the trigger coordinates the two verbs ("said ... and predicted")
    if (tokens.slice(q + 1, i).some((t) => /^(and|but)$/i.test(t.text)) && !tokens.slice(q + 1, i).some((t) => /^(that|to)$/i.test(t.text))) continue;
    // "claimed victory as the House concluded its hearing": the report word has its own object, and
    // the trigger lies in an adverbial clause of the report's clause, not in what is reported
    // (a noun object: "said he had been asked as ..." reports a clause, and all of it is reported)
    const sub = tokens.slice(q + 1, i).findIndex((t) => SUBORDINATOR.test(t.text));
    if (sub > 0 && /^[a-z]/.test(tokens[q + 1].text) && !SUBJECT_PRONOUN.test(next) && !tokens.slice(q + 1, q + 1 + sub).some((t) => /^that$/i.test(t.text) || t.text === ',')) continue;
    // "As Mr Brown announced the date, accountants urged him": the report word is inside an adverbial
    // clause still open at it, which a comma closes before the trigger's own clause
    // ("Tom Evans, who said he was tired, criticised": so does a relative clause)
    let open = false;
    for (let k = q - 1; k >= from && tokens[k].text !== ','; k--) if (SUBORDINATOR.test(tokens[k].text) || /^(who|which)$/i.test(tokens[k].text) && k - 1 >= from && tokens[k - 1].text === ',') open = true;
    if (open && tokens.slice(q + 1, i).some((t) => t.text === ',')) continue;
    return true;
  }
  return false;
}

/**
 * Whether the clause holding the trigger is what a source says in a reporting clause after it, at the
 * sentence's end: "Germany invaded Poland, Tom Evans said.", "..., said a spokesman.", "..., police
 * say.", "..., according to the BBC." The comma opens a short clause of a report word and its subject
 * (at most six words either side, no other verb), which closes the sentence.
 */
function reportedAfter(tokens: Token[], i: number): boolean {
  const s = tokens[i].sentence;
  let c = i + 1;
  for (; c < tokens.length && tokens[c].sentence === s && c - i <= 40; c++) {
    if (/^[;:"“”]$/.test(tokens[c].text)) return false;
    if (tokens[c].text === ',') break;
  }
  if (tokens[c]?.text !== ',' || tokens[c].sentence !== s) return false;
  let report = -1;
  let k = c + 1;
  for (; k < tokens.length && tokens[k].sentence === s && k - c <= 9; k++) {
    const w = tokens[k].text;
    if (/^[.!?]$/.test(w)) break;
    if (/^[,;:"“”]$/.test(w) || CLAUSE_WORDS.test(w) && !/^that$/i.test(w)) return false;
    if (report < 0 && /^(said|says|say|told|tells|added|adds|claimed|claims|reported|reports|according|alleged|alleges|insisted|insists|confirmed|confirms)$/i.test(w)) report = k;
    // ("reports say": the report word the subject of another)
    else if (report === k - 1 && /^(reports|sources)$/i.test(tokens[report].text) && /^(said|says|say|suggest|suggested|claim|claimed)$/i.test(w)) report = k;
    else if (/^[a-z]+$/.test(w) && isVerbToken(w) && !AUX.test(w) && w !== 'to') return false;
  }
  // the sentence ends there
  return report >= 0 && (k >= tokens.length || tokens[k].sentence !== s || /^[.!?]$/.test(tokens[k].text));
}

/** Whether the report word at `q` ends a short clause that a comma opens ("X, Tom Evans said, had ..."). */
function parenthetical(tokens: Token[], q: number, from: number): boolean {
  for (let k = q - 1; k >= from && q - k <= 5; k--) if (tokens[k].text === ',') return k < q - 1 && k > from;
  return false;
}

const SUBJECT_PRONOUN = /^(he|she|it|they|we|i|you|there)$/i;
const SUBORDINATOR = /^(as|while|when|whereas|after|before|because|since|although|though|despite|until|unless|once)$/i;

function modality(tokens: Token[], i: number, sStart: number, noun: boolean): Modality {
  const from = Math.max(sStart, i - 6);
  // "in May" is the month, not the modal
  const word = (t: Token) => (t.text === 'May' ? 'may-month' : t.text.toLowerCase());
  const window = tokens.slice(from, i).map(word);
  // the clause before the trigger, at most 30 tokens back (sentences can be megabytes long)
  const clause = tokens.slice(Math.max(sStart, i - 30), i).map(word);
  if (window.some((w) => NEGATION.test(w))) return 'negated';
  // "cancelled his visit", "the visit ... was called off", "postponed a meeting": an event noun takes
  // the fate the verb carrying it gives it (cancelled: not happening; postponed: still to come)
  if (noun) {
    const fate = nounFate(tokens, i, sStart);
    if (fate) return fate;
    // "is to begin talks", "could impose sanctions": the noun a light verb carries is as real as
    // that verb's act, read from the words before the verb
    const v = lightVerbBefore(tokens, i, sStart);
    if (v > sStart) return modality(tokens, v, sStart, false);
  }
  // "If they do not respond, they will be banned": a sentence that opens with a condition states
  // its main clause as a hypothesis
  if (/^(if|unless)$/i.test(tokens[sStart].text) && i > sStart + 1) return 'hypothetical';
  // "said he would seek": "would" in reported speech is the future of the past, a plan
  // ("said on Monday it would sue": the report verb a few words further back, over a time adjunct,
  // within the clause: no comma between)
  const wouldAt = clause.lastIndexOf('would');
  const reportBefore = (k: number) => {
    for (let q = k - 2; q >= 0 && k - q <= 6; q--) {
      if (/^[,;:]$/.test(clause[q])) return false;
      if (/^(said|says|told|announced|insisted|promised|pledged|vowed)$/.test(clause[q])) return true;
    }
    return false;
  };
  // ("would raise tariffs if ...": a condition after the act makes it a hypothesis, reported or not)
  const wouldReported = window.includes('would') && !clause.includes('if') && !clause.includes('unless') && !conditionalAfter(tokens, i) && !window.some((w) => w !== 'would' && HYPOTHETICAL.test(w)) && reportBefore(wouldAt);
  if (!wouldReported && (window.some((w) => HYPOTHETICAL.test(w)) || clause.slice(-14).includes('if'))) return 'hypothetical';
  if (wouldReported) return 'planned';
  // ("the plan was rejected", "hopes were dashed": a noun; only "plans to", "hopes to", "is set to"
  // say that the act is intended)
  if (window.some((w, k) => PLANNED.test(w) && (!PLAN_NOUNISH.test(w) || window[k + 1] === 'to' || k === window.length - 1))) return 'planned';
  // ("eager to withdraw", "poised to vote": an adjective of readiness before the infinitive, too)
  if (!noun && window.length > 0 && window[window.length - 1] === 'to' && window.some((w) => /^(plans?|planned|agreed?|wants?|hopes?|aims?|intends?|expected|set|going|seeks?|trying|tries|promised|vowed|pledged|due|eager|keen|ready|willing|poised|prepared|determined)$/.test(w))) return 'planned';
  // "is to resign", "were to meet": "be" with an infinitive is an arrangement for later
  if (!noun && window.length > 1 && window[window.length - 1] === 'to' && /^(is|are|was|were|am)$/.test(window[window.length - 2])) return 'planned';
  // an event noun in what a source says is taken as given ("told lawmakers that Trump's request was
  // inappropriate", "said the war was illegal"): reported only when called so ("the alleged attack")
  // (but the noun a light verb carries is the clause's own act: "said they had reached an agreement")
  // ("X is said to be on its takeover list", "according to Y": a report of the clause itself)
  const saidTo = clause.some((w, k) => /^(is|are|was|were)$/.test(w) && /^(said|reported|thought|believed|understood)$/.test(clause[k + 1] ?? '') && clause[k + 2] === 'to') || clause.includes('according');
  if (noun && lightVerbBefore(tokens, i, sStart) < 0) return saidTo || window.some((w) => /^(alleged|allegedly|reported|reportedly|suspected|purported|claimed)$/.test(w)) ? 'reported' : 'happened';
  if (!REPORTED.test(tokens[i].text) && (reportedBy(tokens, i, Math.max(sStart, i - 30)) || reportedAfter(tokens, i))) return 'reported';
  return 'happened';
}
