// Who "he", "she" and "the president" are: the small amount of coreference that quotes and
// events need. A sentence's subject is the person named at its start (after "But", "However,");
// a pronoun points to the nearest such subject before it, skipping people of the other gender
// when a first name tells; a role ("the president") points to the person titled so.

import type { CorefLink, DocEntity, Mention, Sentence } from '../model/index.js';
import { bisect, isWord, paragraphs, quoteSpans, recordLookup, rememberedByWord, type Token, UPPER_FIRST, LOWER_FIRST, LOWER_WORD, TITLE_WORD, DIGITS, LOWER_HYPHENED, LOWER_HYPHENED_ANY, ALL_CAPS, LOWER_ING } from './tokens.js';
import { demonymOf, placeOf, genderOfFirstName, isHonorific, isRoleNoun, isTitleWord, posTags, titleBase } from './gazetteer.js';
import { kindOfNoun, orgKinds, type OrgKind } from './org-kind.js';
import { isGroupMemberWord, isKindOf, isSpeechVerb, isVerbWord, nounClasses, partyOfMember } from './wordnet.js';

// Made once: see UPPER_FIRST in tokens.ts for why these are module constants
/** Three or more lower-case letters and hyphens, a letter first. */
const LOWER_HYPHENED_3 = /^\p{Ll}[\p{Ll}-]{2,}$/u;
/** A lower-case word ending in "ed" or "s". */
const LOWER_ED_S = /^\p{Ll}+(?:ed|s)$/u;
/** A lower-case word ending in "ed", "s", "ing" or "ld". */
const LOWER_VERB_FORM = /^\p{Ll}+(?:ed|s|ing|ld)$/u;

const OPENERS = new Set(['but', 'and', 'however', 'meanwhile', 'earlier', 'later', 'then', 'so', 'yet', 'now', 'thus', 'still', 'also', 'instead', ',', '—', '–', '-', '"', '“']);
const PRONOUNS_M = new Set(['he', 'him', 'his', 'himself']);
const PRONOUNS_F = new Set(['she', 'her', 'hers', 'herself']);

/** A third person's pronoun for a man or a woman ("he", "his", "herself"), in any case. */
export function isGenderedPronoun(word: string): boolean {
  const w = word.toLowerCase();
  return PRONOUNS_M.has(w) || PRONOUNS_F.has(w);
}

/** `role`: a role nobody is named for; `for`: the organisation an unnamed spokesman speaks for. */
export type Subject = { key: string; quoted?: boolean } | { role: true; for?: string } | { pronoun: string; at: number } | null;

export class Coref {
  private subjects: Subject[];
  private byKey: Map<string, DocEntity>;
  private bySentence = new Map<number, Mention[]>();
  private startsOf = new Map<string, number[]>();
  private linkAt_ = new Map<number, CorefLink>();

  constructor(
    private sentences: Sentence[],
    private tokens: Token[],
    private entities: DocEntity[],
    private mentions: Mention[],
    links: CorefLink[] = [],
    private unnamed: Set<number> = new Set(),
  ) {
    this.byKey = new Map(entities.map((e) => [e.key, e]));
    // (a pronoun keeps its own link where a longer phrase starts with it: "his" of "his side")
    for (const l of links) if (!this.linkAt_.has(l.start)) this.linkAt_.set(l.start, l);
    for (const m of mentions) {
      const a = this.bySentence.get(m.sentence) ?? [];
      a.push(m);
      this.bySentence.set(m.sentence, a);
      const b = this.startsOf.get(m.entity) ?? [];
      b.push(m.start);
      this.startsOf.set(m.entity, b);
    }
    this.subjects = sentences.map(() => null);
    this.findSubjects();
  }

  entity(key: string | null): DocEntity | undefined {
    return key ? this.byKey.get(key) : undefined;
  }

  /** Coreference links starting in [from, to), in text order. */
  linksWithin(from: number, to: number): CorefLink[] {
    return [...this.linkAt_.values()].filter((l) => l.start >= from && l.start < to).sort((a, b) => a.start - b.start);
  }

  /** The entity of the coreference link starting at `at`, if any. */
  linkAt(at: number): string | null {
    return this.linkAt_.get(at)?.entity ?? null;
  }

  /** Record what a quote taught us: the speaker of a sentence is its subject too. */
  setSubject(sentence: number, key: string | null): void {
    const cur = this.subjects[sentence];
    if (key && (cur === null || 'pronoun' in cur)) this.subjects[sentence] = { key, quoted: true };
  }

  private findSubjects(): void {
    let ti = 0;
    let mi = 0;
    for (const s of this.sentences) {
      while (ti < this.tokens.length && this.tokens[ti].sentence < s.index) ti++;
      while (mi < this.mentions.length && this.mentions[mi].start < s.start) mi++;
      let k = ti;
      while (k < this.tokens.length && this.tokens[k].sentence === s.index && OPENERS.has(this.tokens[k].text.toLowerCase())) k++;
      if (k >= this.tokens.length || this.tokens[k].sentence !== s.index) continue;
      const first = this.tokens[k];
      if (/^(he|she)$/i.test(first.text)) {
        this.subjects[s.index] = { pronoun: first.text, at: first.start };
        continue;
      }
      // "The president said" → the person titled so; "A Home Office spokesman": a role nobody is named for
      if (/^(the|a|an)$/i.test(first.text)) {
        let role = false;
        for (let q = k + 1; q < Math.min(k + 6, this.tokens.length) && this.tokens[q].sentence === s.index; q++) {
          const t = this.tokens[q].text;
          if (isRoleNoun(t)) {
            role = true;
            const m = this.mentions[mi];
            if (!(m && m.sentence === s.index && m.start < this.tokens[q].start && this.entity(m.entity)?.type === 'PERSON')) {
              const key = this.role(this.tokens.slice(k, q + 1).map((x) => x.text).join(' '), first.start);
              this.subjects[s.index] = key ? { key } : { role: true, for: this.spokesmanFor(s.index, k, q) };
            }
            break;
          }
          if (/^[,.;:]$/.test(t)) break;
        }
        // "The Steelers released", "The Kremlin said": a name after the article is the subject (below)
        const m = this.mentions[mi];
        if (role || !(m && m.sentence === s.index && m.start === this.tokens[k + 1]?.start)) continue;
      }
      // the first mention, within the opening few tokens, is the subject when it is a person
      const m = this.mentions[mi];
      if (m && m.sentence === s.index) {
        let pos = k;
        let n = 0;
        while (pos < this.tokens.length && this.tokens[pos].start < m.start && n < 7) {
          pos++;
          n++;
        }
        const type = this.entity(m.entity)?.type;
        if (n < 7 && (type === 'PERSON' || type === 'ORG')) this.subjects[s.index] = { key: m.entity };
      }
    }
  }

  /** The person a pronoun at `at` (in sentence `sentence`) refers to, or null. */
  pronoun(word: string, sentence: number, at: number): string | null {
    const link = this.linkAt_.get(at);
    if (link) return link.entity;
    // the coreference stage gave it to a person the article does not name ("one dealer"): nobody,
    // unless that person is a spokesman for a named organisation
    if (this.unnamed.has(at)) {
      for (let s = sentence; s >= 0 && sentence - s <= 6; s--) {
        const sub = this.subjects[s];
        if (sub && 'role' in sub) return sub.for ?? null;
      }
      return null;
    }
    const w = word.toLowerCase();
    // '*' asks for the subject whatever its gender ("..., saying:")
    const gender = PRONOUNS_M.has(w) ? 'm' : PRONOUNS_F.has(w) ? 'f' : null;
    if (!gender && w !== '*') return null;
    const fits = (key: string) => {
      const e = this.byKey.get(key);
      if (!e || e.type !== 'PERSON') return false;
      const g = genderOfFirstName(e.name.split(' ')[0]);
      return g === null || gender === null || g === gender;
    };
    // the subject of the current sentence, when it is named before the pronoun
    const cur = this.subjects[sentence];
    if (cur && 'key' in cur && fits(cur.key) && (cur.quoted || this.firstMentionBefore(cur.key, sentence, at))) return cur.key;
    // "A spokesman for the club said ... He added": the spokesman speaks for the club
    if (cur && 'role' in cur) return gender ? cur.for ?? null : null;
    for (let s = sentence - 1; s >= 0 && sentence - s <= 6; s--) {
      const sub = this.subjects[s];
      if (sub && 'role' in sub) return gender ? sub.for ?? null : null;
      if (sub && 'key' in sub && fits(sub.key)) return sub.key;
    }
    // no subject found: the last person mentioned before it
    for (let i = lastBefore(this.mentionStarts(), at); i >= 0; i--) {
      const m = this.mentions[i];
      if (m.sentence < sentence - 3) break;
      if (fits(m.entity)) return m.entity;
    }
    return null;
  }

  /**
   * The organisation an unnamed spokesman opening sentence `si` speaks for: "A Home Office spokesman"
   * (named inside the phrase, tokens k..q), "A spokesman for the British Casino Association" (named
   * after "for"/"of"/"at"); undefined for other roles or when no organisation is named there.
   */
  private spokesmanFor(si: number, k: number, q: number): string | undefined {
    if (!/^spokes(?:man|woman|person)$/i.test(this.tokens[q].text)) return undefined;
    const org = (m: Mention | undefined) => (m && this.entity(m.entity)?.type === 'ORG' ? m.entity : undefined);
    const ms = this.bySentence.get(si) ?? [];
    const inside = ms.find((m) => m.start > this.tokens[k].start && m.end <= this.tokens[q].start);
    if (inside) return org(inside);
    const next = this.tokens[q + 1];
    if (!next || next.sentence !== si || !/^(for|of|at)$/i.test(next.text)) return undefined;
    const after = ms.find((m) => m.start > next.end && m.start - next.end <= 5);
    return org(after);
  }

  /** Whoever the sentence is about ("..., saying:"): its subject, a person or an organisation. */
  subject(sentence: number, at: number): string | null {
    const cur = this.subjects[sentence];
    if (!cur || 'role' in cur) return null;
    // (at the pronoun itself, so what the coreference stage made of it: "However, she did say")
    if ('pronoun' in cur) return this.pronoun(cur.pronoun, sentence, cur.at);
    if (cur.quoted || this.firstMentionBefore(cur.key, sentence, at)) return cur.key;
    return null;
  }

  private firstMentionBefore(key: string, sentence: number, at: number): boolean {
    return (this.bySentence.get(sentence) ?? []).some((m) => m.entity === key && m.start < at);
  }

  private starts: number[] | null = null;
  private mentionStarts(): number[] {
    this.starts ??= this.mentions.map((m) => m.start);
    return this.starts;
  }

  /**
   * "the two sides", "both companies": the two entities of one type named last before `at`, within
   * three sentences (the first type to have two; places only with places), the one the article
   * named first leading; null when no such pair is in reach.
   */
  pair(at: number, sentence: number): [string, string] | null {
    // the nearest of each type: a lone name of another type in between ("the United States and China
    // had reached a Phase 1 deal") does not hide the pair
    const first = new Map<string, Mention>();
    for (let i = lastBefore(this.mentionStarts(), at); i >= 0; i--) {
      const m = this.mentions[i];
      if (m.sentence < sentence - 3) break;
      const type = this.entity(m.entity)?.type;
      if (type !== 'PERSON' && type !== 'ORG' && type !== 'GPE') continue;
      const f = first.get(type);
      if (!f) {
        first.set(type, m);
        continue;
      }
      if (m.entity === f.entity) continue;
      const [a, b] = [f.entity, m.entity];
      // "the United States and China": a pair the article just coordinated keeps its order
      if (m.sentence === f.sentence && m.end < f.start && f.start - m.end < 12) {
        const between = this.tokens.filter((t) => t.start >= m.end && t.end <= f.start).map((t) => t.text.toLowerCase());
        if (between[0] === 'and' && between.slice(1).every((w) => w === 'the')) return [b, a];
      }
      const since = (k: string) => this.startsOf.get(k)?.[0] ?? Infinity;
      return since(a) <= since(b) ? [a, b] : [b, a];
    }
    return null;
  }

  /** "the president", "the home secretary" → the person whose titles end with that role. */
  role(phrase: string, at: number, ahead = -1): string | null {
    const link = this.linkAt_.get(at);
    if (link) return link.entity;
    const words = phrase.toLowerCase().replace(/[’']s\b/g, ' ').split(/\s+/).filter((w) => w && !/^(the|a|an|former|new)$/.test(w));
    if (words.length === 0 || words.length > 4) return null;
    const head = words[words.length - 1];
    if (/^(spokesman|spokeswoman|spokesperson|official|officials|source|sources|aide|aides)$/.test(head)) return null;
    const wanted = words.join(' ');
    const phraseMods = new Set(phrase.toLowerCase().split(/[\s-]+/).filter((w) => ROLE_MODIFIER.test(w)));
    // "the chancellor" is not the shadow chancellor, nor the former or deputy one
    const holds = (title: string) => {
      const t = title.toLowerCase();
      if (t !== wanted && !t.endsWith(' ' + wanted)) return false;
      return t.slice(0, t.length - wanted.length).split(/[\s-]+/).every((w) => !ROLE_MODIFIER.test(w) || phraseMods.has(w));
    };
    // "the South African archbishop" for "Archbishop Desmond Tutu": words before the head that are
    // capitalised in the phrase (a people, a party, a place) may be left out of the title
    const bare = phrase.replace(/^\S+\s+/, '').split(/\s+/);
    const headOnly = words.length > 1 && bare.length === words.length && bare.slice(0, -1).every((w) => UPPER_FIRST.test(w)) && !bare.some((w) => ROLE_MODIFIER.test(w.toLowerCase()));
    const holdsHead = (title: string) => holds(title) || (headOnly && title.toLowerCase().split(/[\s-]+/).pop() === head && title.toLowerCase().split(/[\s-]+/).every((w) => !ROLE_MODIFIER.test(w)));
    let bestKey: string | null = null;
    let bestAt = -1;
    // (with `ahead` ≥ 0, a role no one before holds goes to the first person titled so in the
    // next `ahead` characters: a lead names the office and the next paragraph the person)
    let nextKey: string | null = null;
    let nextAt = Infinity;
    for (const e of this.entities) {
      if (e.type !== 'PERSON') continue;
      if (!e.titles.some(holdsHead)) continue;
      const starts = this.startsOf.get(e.key) ?? [];
      const k = lastBefore(starts, at);
      if (k >= 0 && starts[k] > bestAt) {
        bestAt = starts[k];
        bestKey = e.key;
      }
      // (ahead, only a title that is the phrase itself: "the minister" is not "First Minister X")
      const n = starts[k + 1];
      if (ahead >= 0 && n !== undefined && n > at && n - at <= ahead && n < nextAt && e.titles.some((x) => x.toLowerCase() === wanted)) {
        nextAt = n;
        nextKey = e.key;
      }
    }
    return bestKey ?? nextKey;
  }
}

/**
 * A people entity that names a political party's members ("the Tories", "Democrats": WordNet defines the
 * word as a member of the Conservative Party, of the Democratic Party): it stands for the party when the
 * party acts or is meant ("the Tories said", "the party", "a Democrat spokesman").
 */
export function partyMembers(e: DocEntity | undefined): boolean {
  if (!e || e.type !== 'NORP') return false;
  const w = e.name.replace(/^the\s+/i, '');
  return !w.includes(' ') && partyOfMember(w) !== null;
}

/** Words before a role that make it another office: "shadow chancellor", "former president", "deputy leader". */
const ROLE_MODIFIER = /^(shadow|former|ex|deputy|vice|assistant|junior|acting|interim)$/;
/** Words before a role that say it is held no longer. */
const FORMER = /^(former|ex|erstwhile|onetime)$/;

/** Index of the last value < at in a sorted array, or -1. */
function lastBefore(sorted: number[], at: number): number {
  return bisect(0, sorted.length, (i) => sorted[i] < at) - 1;
}

// ---- the coreference stage: pronouns and role nouns → entities, by salience and agreement ----
//
// One left-to-right pass. Every name mention and every link made so far raises its entity's
// salience (recent sentences count most, a sentence's subject more); a pronoun or a definite role
// noun takes the most salient entity that agrees with it:
//   he/him/his     a person not known to be female (first name, "Mrs"/"Ms", an earlier "she");
//   she/her        a person not known to be male;
//   it/its         an organisation (a place weaker); "it" only as the subject of a verb, so
//                  "it is important to..." and "found it cheaper" are left alone;
//   they/their     an organisation (a club, a band, a company: news writes them plural), or a
//                  people named in the plural ("the Palestinians"), weaker;
//   the president  the person the article titled so, else the most salient person;
//   the company    the most salient organisation of the noun's kind (org-kind.ts): "the club" a
//                  club, "the firm" a company; one known to be of another kind is not a candidate,
//                  one of unknown kind is, below those that fit. "a club spokesman" links "a club".
//   himself/itself a reflexive is bound in its clause (binding principle A): the name right before it,
//                  the object controlling its infinitive, else its clause's subject; an exempt one
//                  ("between himself and the prime minister", coordinated) goes by salience;
//   I/we in quotes  not here: the quote's speaker is known only after quote attribution (coref-quoted.ts).
// Plural people ("they" for two named people), documents and unnamed sources are not linked.
//
// Salience is a weighted sum (SALIENCE, below best()): recency by sentence, mention count, subject
// role (and subject-to-subject parallelism), gender unknown, a modifier-only mention, a place or a
// people; then bonuses from the structure around the pronoun: a possessive's own clause subject, the
// object that controls an infinitive or a question ("asked Mr X if he"), the speaker whose turn goes
// on ("he said"), and a penalty for one the quote just spoken names ('"... Burger has played
// well," he said'). The weights are hand-set; bench/fit-coref.ts refits them by
// cross-validation over all the dev sets' labelled links and found no refit that does better on
// held-out articles, nor a nearest-mention bonus that helps every set.

const PRONOUN_FORMS: Record<string, { want: 'm' | 'f' | 'it' | 'they'; subject: boolean }> = {
  he: { want: 'm', subject: true },
  him: { want: 'm', subject: false },
  his: { want: 'm', subject: false },
  himself: { want: 'm', subject: false },
  she: { want: 'f', subject: true },
  her: { want: 'f', subject: false },
  hers: { want: 'f', subject: false },
  herself: { want: 'f', subject: false },
  it: { want: 'it', subject: true },
  its: { want: 'it', subject: false },
  they: { want: 'they', subject: true },
  them: { want: 'they', subject: false },
  their: { want: 'they', subject: false },
  theirs: { want: 'they', subject: false },
  itself: { want: 'it', subject: false },
  themselves: { want: 'they', subject: false },
};
/** Reflexives: bound in their own clause (binding principle A), so their clause's subject, not the most salient. */
const REFLEXIVE = /^(?:himself|herself|itself|themselves)$/;
/** PRONOUN_FORMS[word], asked of every token. */
const pronounForm = recordLookup(PRONOUN_FORMS);

const ORG_NOUNS = new Set(
  (
    'company firm group club party organisation organization union band bank giant side team league body agency ' +
    'government carrier operator retailer network institute council commission board charity airline maker ' +
    'manufacturer business corporation conglomerate regulator watchdog association federation province county ' +
    'outfit squad label studio broadcaster channel newspaper website chain supermarket startup start-up trust ' +
    'group firm insurer lender brewer publisher developer campaign movement ministry department authority'
  ).split(' '),
);
const PLACE_NOUNS = new Set('country nation city province county state region capital town island republic kingdom'.split(' '));
const PERSON_NOUNS = new Set(
  (
    'actor actress singer star player sprinter striker midfielder defender winger goalkeeper keeper coach manager ' +
    'boss chairman chairwoman captain veteran champion medallist musician rapper founder analyst economist ' +
    'chancellor minister president leader secretary premier governor senator director chief prince princess ' +
    'king queen judge lawyer businessman businesswoman tycoon billionaire entrepreneur designer author writer ' +
    'novelist producer presenter host comedian athlete batsman bowler forward quarterback guitarist drummer ' +
    'frontman star legend winner teenager veteran scientist professor academic campaigner activist ' +
    'blogger journalist broadcaster chef model officer mayor candidate mp mep peer lord congressman congresswoman ' +
    'councilman councilwoman'
  ).split(' '),
);
const UNNAMED = new Set('spokesman spokeswoman spokesperson official source aide adviser advisor insider'.split(' '));
const CLOSED = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here it its he she they we i you his her ' +
    'their our my your him them us me who whom whose which what when where why how as at by for from in into of on ' +
    'onto to with within without about after against among before between during over since through under until ' +
    'upon via is are was were be been being am do does did has have had will would shall should can could may might must not'
  ).split(' '),
);
/** isSpeechVerb, remembered: the coreference pass asks about the same few verb forms again and again. */
const speechVerb = rememberedByWord(isSpeechVerb, 50_000);

/** Verb forms that report speech, for finding who spoke in a sentence of the narrative. */
const SPEECH_FORMS = new Set(
  (
    'said says told tells telling saying added adds adding warned warns warning insisted insists insisting argued ' +
    'argues arguing claimed claims stated states explained explains explaining declared declares replied replies ' +
    'acknowledged acknowledges admitted admits noted notes noting stressed stresses stressing urged urges asked asks ' +
    'asking announced announces denied denies confirmed confirms revealed reveals predicted predicts'
  ).split(' '),
);

/** A finite verb of saying ("said", "admits", "indicated"): what follows it is reported speech. */
function reportingVerb(w: string): boolean {
  return LOWER_ED_S.test(w) && (SPEECH_FORMS.has(w) || speechVerb(w));
}

/** Token `i` opens reported speech in its sentence: right after a verb of saying, or after its "that" ("said that it"). */
function afterReportingVerb(tokens: Token[], i: number): boolean {
  if (i < 2 || tokens[i - 1].sentence !== tokens[i].sentence) return false;
  return reportingVerb(/^that$/i.test(tokens[i - 1].text) ? tokens[i - 2].text : tokens[i - 1].text);
}
const NOT_SUBJECT_VERBS = new Set("is was 's seems seemed appears appeared remains remained takes took matters mattered means meant looks looked happened emerged follows followed depends depended comes came goes went".split(' '));
const HE_TITLES = /\b(?:Mr|Sir|Lord|King|Prince|Baron|Duke|Earl|Father|Brother)\.?\s+$/;
const SHE_TITLES = /\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Baroness|Duchess|Sister)\.?\s+$/;
/** A noun for a man or a woman right before a name ("actress Imelda Staunton", "his wife Glenys"). */
const HE_NOUN = /\b(?:businessman|sportsman|congressman|father|husband|son|brother|widower|boyfriend|grandfather|nephew|uncle|king|prince|frontman)\s+$/i;
const SHE_NOUN = /\b(?:actress|businesswoman|sportswoman|congresswoman|spokeswoman|chairwoman|mother|wife|daughter|sister|widow|girlfriend|grandmother|niece|aunt|heiress|queen|princess|duchess|baroness|countess|singer-actress)\s+$/i;

/** A noun that names a person or an organisation by role ("the model", "the firm", "a spokesman"). */
export function isReferringNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_NOUNS.has(w) || ORG_NOUNS.has(w) || UNNAMED.has(w);
}

interface Salience {
  key: string;
  type: string;
  lastSentence: number;
  subjectSentence: number;
  count: number;
  gender: 'm' | 'f' | null;
  /** Token index just after its last mention, and whether that mention was a subject. */
  lastEnd: number;
  lastSubject: boolean;
  /** Token index just after its last mention as a subject (-1 if none): a possessive's own clause subject. */
  subjectEnd: number;
  /** Its last mention only modified another noun ("a Netflix documentary", "Apple shares"): less salient. */
  lastModifier: boolean;
  /** Named in the plural ("the Palestinians") or with a plural verb ("Ulster were"): "they" may point to it. */
  plural: boolean;
}

/** Resolves pronouns and definite role nouns to entities (see the comment above). Pure; linear in the text. */
export function findCoref(text: string, sentences: Sentence[], entities: DocEntity[], mentions: Mention[], tokens: Token[], unnamed?: Set<number>, w: SalienceWeights = SALIENCE, speakerAt?: (pos: number) => string | null): CorefLink[] {
  const links: CorefLink[] = [];
  if (entities.length === 0) return links;
  const byKey = new Map(entities.map((e) => [e.key, e]));
  // each organisation's head noun, for nameHeadOwner, which asks it at every earlier mention
  const orgHeads = new Map<string, string | null>();
  const state = new Map<string, Salience>();
  // entities mentioned in the last few sentences: the only candidates, so a long text stays linear
  const active = new Set<Salience>();
  // titles are looked up only when a person role noun turns up ("the president")
  let titledCache: Coref | null = null;
  const titled = () => (titledCache ??= new Coref(sentences, tokens, entities, mentions));
  // quoted words are the speaker's, not the narrative: names inside quotes do not raise salience
  const quoted: Array<[number, number]> = [];
  for (const [ps, pe] of paragraphs(text)) for (const q of quoteSpans(text, ps, pe)) quoted.push([q.open, q.close]);
  let qi = 0;
  const inQuote = (pos: number) => {
    while (qi < quoted.length && quoted[qi][1] < pos) qi++;
    return qi < quoted.length && quoted[qi][0] < pos && pos < quoted[qi][1];
  };
  // the same test for a position ahead of the walk (a name later in the sentence or inside a phrase),
  // which must not move inQuote's cursor past quotes the walk has yet to reach
  const quotedAhead = (pos: number) => {
    const q = bisect(0, quoted.length, (j) => quoted[j][1] <= pos);
    return q < quoted.length && quoted[q][0] < pos;
  };
  // what kind of organisation each entity is, read only when an organisation noun turns up
  let kindsCache: Map<string, Set<OrgKind>> | null = null;
  const kinds = () => (kindsCache ??= orgKinds(text, entities, mentions));
  // whom the latest quote named (outside its speaker's "I"), by the quote's index in `quoted`
  let thirdQuote = -1;
  const third = new Set<string>();
  const quoteIndex = (pos: number) => bisect(0, quoted.length, (j) => quoted[j][1] <= pos);
  const spokenOf = (pos: number, key: string) => {
    const q = quoteIndex(pos);
    if (q !== thirdQuote) {
      thirdQuote = q;
      third.clear();
    }
    third.add(key);
  };
  let lastSubject: string | null = null;
  // the person who last spoke in the narrative ("..., Michael Howard has said."): a role noun that
  // speaks next with nobody titled so ("the Conservative leader said") is most likely the same speaker
  let lastSpeaker: string | null = null;
  let turnSentence = -1;
  let mi = 0;
  let sentenceFirstWord = -1;
  let curSentence = -1;
  let firstMentionSeen = -1;
  let modifierLead = -1;
  let lastSpeakerSentence = -1;
  // the organisation that last spoke in the narrative, and the last sentence another was a subject in
  let lastOrgSpeaker: string | null = null;
  // (set inside controlledBy, so typed wide: the compiler does not follow assignments in closures)
  let controller = null as { key: string; sentence: number; from: number } | null;
  // the person (named at token i, ending at offset `end`) who is the object of a verb and the subject
  // of the infinitive, question or reason after it controls that clause's pronouns (see below)
  const controlledBy = (key: string, sentence: number, end: number, i: number) => {
    if (/^\s+(?:to\s+\p{Ll}|if\b|whether\b|for\s)/u.test(text.slice(end, end + 10)) && objectOfVerb(tokens, i)) controller = { key, sentence, from: bisect(0, tokens.length, (k) => tokens[k].start < end) };
  };
  let lastOrgSpeakerSentence = -1;
  let otherOrgSubject = -1;
  // the gender of the pronoun that last made someone the speaker ("she described"), if one did
  let lastSpeakerVia: 'm' | 'f' | null = null;
  // who had last spoken when the current sentence began
  let speakerBefore: string | null = null;
  let unnamedOrgSubject = -1;
  // the person each office noun phrase was linked to ("chancellor" → Gordon Brown), so a later "the
  // chancellor" is the same person, not whoever was named since (a correspondent, a critic)
  const officeHolder = new Map<string, string>();
  const officeOf = (phrase: string) => {
    const words = phrase.toLowerCase().split(/\s+/).slice(1);
    return words.length > 0 && words.length <= 3 && isTitleWord(words[words.length - 1]) ? words.join(' ') : null;
  };
  // a person's name starting within four tokens after mention `m`, in its sentence, after a role
  const personNamedNext = (m: Mention): boolean => {
    const n = mentions[mi];
    if (!n || n.sentence !== m.sentence || byKey.get(n.entity)?.type !== 'PERSON') return false;
    const a = bisect(0, tokens.length, (k) => tokens[k].start < m.end);
    const b = bisect(0, tokens.length, (k) => tokens[k].start < n.start);
    // with a role or title between: "Tory leader Michael Howard", "Labour's Mr Livingstone"
    // (or a noun for a person: "France coach Bernard Laporte")
    return b - a <= 4 && tokens.slice(a, b).some((x) => isRoleNoun(x.text) || isTitleWord(x.text) || personWord(x.text));
  };
  const touch = (key: string, sentence: number, subject: boolean, gender: 'm' | 'f' | null, at = -1, modifier = false) => {
    const e = byKey.get(key);
    let s = state.get(key);
    if (!e && !s) return;
    if (!s) {
      // "Lord Rennard", "Baroness Scotland": a title kept in the name tells the gender, else the first name
      const first = e!.name.split(' ')[0];
      const g = e!.type !== 'PERSON' ? null : HE_TITLES.test(`${first} `) ? 'm' : SHE_TITLES.test(`${first} `) ? 'f' : genderOfFirstName(first);
      s = { key, type: e!.type, lastSentence: sentence, subjectSentence: -1, count: 0, gender: g, lastEnd: -1, lastSubject: false, subjectEnd: -1, lastModifier: false, plural: false };
      state.set(key, s);
    }
    s.lastSentence = sentence;
    s.lastEnd = at;
    s.lastSubject = subject;
    s.lastModifier = modifier;
    s.count++;
    active.add(s);
    if (subject && s.type === 'ORG' && key !== lastOrgSpeaker) otherOrgSubject = sentence;
    if (subject) {
      s.subjectSentence = sentence;
      s.subjectEnd = at;
    }
    if (!s.gender && gender) s.gender = gender;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sentence !== curSentence) {
      curSentence = t.sentence;
      speakerBefore = lastSpeaker;
      for (const s of active) if (curSentence - s.lastSentence > 6) active.delete(s);
      sentenceFirstWord = i;
      while (sentenceFirstWord < tokens.length && tokens[sentenceFirstWord].sentence === curSentence && OPENERS.has(tokens[sentenceFirstWord].text.toLowerCase())) sentenceFirstWord++;
      // a sentence that opens with a quote goes on with the last main-clause subject's turn (who last
      // spoke a few sentences back is not preferred: "Federer said. ... Ljubicic was at a loss to
      // explain ... . "I didn't start badly ...," he said" is Ljubicic's)
      if (lastSubject && /^["“]$/.test(t.text)) touch(lastSubject, curSentence, true, null);
    }
    // name mentions that start before this token raise their entity's salience
    while (mi < mentions.length && mentions[mi].start <= t.start) {
      const m = mentions[mi++];
      if (inQuote(m.start)) {
        spokenOf(m.start, m.entity);
        continue;
      }
      const first = m.sentence !== firstMentionSeen;
      // "Tory leader Michael Howard", "Adriano's agent Gilmar Rinaldi": a name that only modifies or
      // owns the noun after it is not the subject; the head named after it still may be
      const nounMod = nounModifier(tokens, m.end);
      const modifier = (nounMod || /^['’]s\b/.test(text.slice(m.end, m.end + 2))) && personNamedNext(m);
      if (!modifier) firstMentionSeen = m.sentence;
      else if (first) modifierLead = m.sentence;
      const before = text.slice(Math.max(0, m.start - 12), m.start);
      const g = HE_TITLES.test(before) || HE_NOUN.test(before) ? 'm' : SHE_TITLES.test(before) || SHE_NOUN.test(before) ? 'f' : null;
      // a subject: the sentence's first mention near its start, the name a verb follows ("Cook said"),
      // or the name after a speech verb ('..., said Mr Hogg'), or a name whose verb follows an aside
      // set off by commas ("Michael Howard, asked about the remark, said")
      const afterPreposition = /\b(?:in|at|on|for|from|with|by|to|of|after|before|against|under|over|into|like)\s+(?:the\s+)?$/i.test(before);
      const opening = first && !modifier && i - sentenceFirstWord <= (modifierLead === m.sentence ? 6 : 3) && !afterPreposition;
      // ('"...," Fathi Bin Shatwan, Libya's oil minister, told Reuters': a name right after a quote is
      // the subject of a verb that follows its aside, like a name opening its sentence)
      // (and so is a name right after a verb of saying, the subject of what is reported across an aside:
      // "admits Gerrard, who has been linked with Chelsea, will have the final say on his future")
      const reportedBy = i > sentenceFirstWord && !inQuote(m.start) && reportingVerb(tokens[i - 1].text);
      // (and a name after the comma that closes a reported clause, with its aside, its speech verb and
      // the sentence's end after it: "The incident was a setback, Jim Cantrell, a founder of SpaceX, told
      // NBC News." reports Cantrell's words as a quote would)
      const aside = opening || (i - 2 > sentenceFirstWord && closesQuote(tokens, i - 1)) || reportedBy ? verbAfterAside(tokens, m.end) : i - 3 > sentenceFirstWord && tokens[i - 1].text === ',' && !inQuote(m.start) ? reportingTail(tokens, verbAfterAside(tokens, m.end)) : -1;
      // "The BBC's home affairs correspondent, Daniel Sandford, said": a name in apposition to the
      // role phrase that opens the sentence is that phrase's referent, the subject of the verb after it
      const apposed = opening ? -1 : apposedToOpening(tokens, sentenceFirstWord, i, m.end);
      const subject = opening || aside >= 0 || apposed >= 0 || verbAfter(tokens, m.end) || /\b(?:said|says|told|added)\s+$/.test(before);
      touch(m.entity, m.sentence, subject, g, i, !subject && nounMod);
      // the name after a speech verb speaks ('..., said Mr Hogg'; "told X": X listens)
      // (any finite verb of saying inverted after a comma or a quote: "..., observed Jack Boorman, an adviser")
      const after = bisect(0, tokens.length, (k) => tokens[k].start < m.end);
      const inverted = reportedBy && i >= 2 && /^[,"”]$/.test(tokens[i - 2].text) && (after >= tokens.length || tokens[after].sentence !== m.sentence || /^[,.;]$/.test(tokens[after].text));
      const saidBefore = /\b(?:said|says|added)\s+$/.test(before) || inverted;
      const type = byKey.get(m.entity)?.type;
      // an organisation that speaks in the narrative ("..., the TUC has said"): its "It said" after
      if (type === 'ORG' && (speechAfter(tokens, m.end) || saidBefore)) {
        lastOrgSpeaker = m.entity;
        lastOrgSpeakerSentence = m.sentence;
      }
      // "Blair urged London mayor Ken Livingstone to apologise for his comment", "called on Mr Brown to
      // open up his books": a person who is the object of a verb and the subject of the infinitive after
      // it controls the pronouns of that infinitive clause
      // (and so does the object a question or a reason is about: "asked Mr Myers if he ever knew",
      // "tipped Phil Davis for a prize for his role", "thanked her for her support")
      if (type === 'PERSON') controlledBy(m.entity, m.sentence, m.end, i);
      const speaker = type === 'PERSON' && (speechAfter(tokens, m.end) || (aside >= 0 && speechAfter(tokens, tokens[aside].end)) || (apposed >= 0 && speechAfter(tokens, tokens[apposed].end)) || saidBefore);
      if (speaker) {
        lastSpeaker = m.entity;
        lastSpeakerSentence = m.sentence;
        lastSpeakerVia = null;
      }
      // "the Palestinians"; a place taking a plural verb is its team or people ("Ulster were")
      const st = state.get(m.entity);
      if (st && ((st.type === 'NORP' && /s$/i.test(m.text)) || /^\s+(?:were|are|have)\b/.test(text.slice(m.end, m.end + 6)))) st.plural = true;
      // the turn a following quote goes on with is the main clause's: the sentence's first subject
      // (or the one the sentence reports speaking: "Blair has failed, Michael Howard has said.")
      if ((subject && byKey.get(m.entity)?.type === 'PERSON' && turnSentence !== m.sentence) || speaker) {
        lastSubject = m.entity;
        turnSentence = m.sentence;
      }
    }
    const lower = t.text.toLowerCase();
    // the main-clause subject of a sentence that reports speech outside quotes spoke in it ("Boudreau
    // gave his players a pep talk, telling them to ..."): the turn a following quote goes on with
    if (lastSubject && turnSentence === t.sentence && lastSpeakerSentence !== t.sentence && lastSpeaker !== lastSubject && LOWER_VERB_FORM.test(t.text) && !inQuote(t.start) && (SPEECH_FORMS.has(lower) || (/ing$/.test(lower) && speechVerb(lower)))) {
      lastSpeaker = lastSubject;
      lastSpeakerSentence = t.sentence;
      lastSpeakerVia = null;
    }
    // "Salesforce's CEO", "Corvane's chief executive": a role owned by an organisation is the person
    // the article titled so, at that organisation when several hold the title
    if (/^['’]s$/.test(t.text) && i > 0 && !inQuote(t.start)) {
      const owned = ownedRole(tokens, i);
      const owner = owned > 0 ? mentions[mi - 1] : undefined;
      if (owned > 0 && owner && owner.end === tokens[i - 1].end && byKey.get(owner.entity)?.type === 'ORG') {
        const phrase = text.slice(tokens[i + 1].start, tokens[owned].end);
        const key = titled().role(phrase, tokens[i + 1].start);
        const head = tokens[owned].text.toLowerCase();
        const orgWord = (byKey.get(owner.entity)?.name ?? '').toLowerCase().split(/\s+/)[0];
        const holders = entities.filter((e) => e.type === 'PERSON' && e.titles.some((x) => x.toLowerCase().split(/\s+/).pop() === head));
        if (key && (holders.length === 1 || byKey.get(key)?.titles.some((x) => x.toLowerCase().includes(orgWord)))) {
          links.push({ start: tokens[i + 1].start, end: tokens[owned].end, text: phrase, entity: key, sentence: t.sentence, kind: 'role', confidence: 0.8 });
          touch(key, t.sentence, owner.start <= tokens[sentenceFirstWord].start + 1 || verbAfter(tokens, tokens[owned].end), null);
          i = owned;
          continue;
        }
      }
    }
    const form = pronounForm(lower);
    if (form) {
      if (lower === 'it' && !subjectIt(tokens, i)) continue;
      // "In his pre-Budget report, Mr Brown said", "In its report, the Law Commission said": a possessive
      // in a phrase that opens the sentence points ahead to the subject named right after the comma
      const ahead = /^(his|her|its|their)$/.test(lower) && !inQuote(t.start) ? cataphor(tokens, mentions, mi, sentenceFirstWord, i) : null;
      if (ahead) {
        const e = byKey.get(ahead);
        const s0 = state.get(ahead);
        const g = s0?.gender ?? (e?.type === 'PERSON' ? genderOfFirstName(e.name.split(' ')[0]) : null);
        const fits = form.want === 'm' || form.want === 'f' ? e?.type === 'PERSON' && g !== (form.want === 'm' ? 'f' : 'm') : e?.type === 'ORG';
        if (fits) {
          links.push({ start: t.start, end: t.end, text: t.text, entity: ahead, sentence: t.sentence, kind: 'pronoun', confidence: 0.8 });
          continue;
        }
      }
      if ((form.want === 'it' || form.want === 'they') && unnamedOrgSubject === t.sentence) continue;
      const atStart = i === sentenceFirstWord;
      // "Jobs would leave work before him": an object pronoun is not the subject of its own clause
      const object = lower === 'him' || lower === 'them';
      // (only within its own clause: "He accused Liverpool of using him", "urged them to back him" put a
      // non-finite clause with a subject of its own between)
      const bound0 = (s: Salience) => object && s.lastSubject && s.lastSentence === t.sentence && s.lastEnd >= 0 && !clauseBreak(tokens, s.lastEnd, i) && !tokens.slice(s.lastEnd, i).some((x) => x.text === 'to' || /^\p{Ll}{3,}ing$/u.test(x.text));
      // "Mr Ebbers ordered adjustments, telling him to ...": the object of a participle is not the
      // participle's own subject, the last subject named in the sentence (principle B again)
      const participle = object && i > 1 && (/^\p{Ll}{3,}ing$/u.test(tokens[i - 1].text) || (/^(to|at|with|for|about)$/.test(tokens[i - 1].text) && /^\p{Ll}{3,}ing$/u.test(tokens[i - 2].text)));
      let lastSubj: Salience | null = null;
      if (participle) for (const s of active) if (s.subjectSentence === t.sentence && s.subjectEnd >= 0 && s.subjectEnd <= i && (!lastSubj || s.subjectEnd > lastSubj.subjectEnd)) lastSubj = s;
      const bound = (s: Salience) => bound0(s) || s === lastSubj;
      // "He said", "she added": the subject of a speech verb goes on with whoever spoke last in the
      // narrative, if recently ("..., elections chief Lord Rennard said. He said it was ...")
      // (not one known, or last called, by the other gender: "she described him ... he assures"; nor
      // when another has since been the subject of a main clause: "Davis welcomed ... But he argued")
      const speakerGender = lastSpeaker ? lastSpeakerVia ?? state.get(lastSpeaker)?.gender ?? null : null;
      const turn = form.subject && (form.want === 'm' || form.want === 'f') && lastSpeaker && t.sentence - lastSpeakerSentence <= 2 && (lastSubject === lastSpeaker || turnSentence <= lastSpeakerSentence) && (!speakerGender || speakerGender === form.want) && speechAfter(tokens, t.end) ? lastSpeaker : null;
      // "It said", "they added": only an organisation (or a people) speaks, so one named further back is
      // still in reach, and a place is not
      const speaking = (form.want === 'it' || form.want === 'they') && form.subject && speechAfter(tokens, t.end);
      const window = speaking ? 5 : form.want === 'they' || form.want === 'it' ? 2 : 4;
      // (a subject pronoun only as the subject of the question asked of the object: "asked X if he")
      const controls = controller && controller.sentence === t.sentence && (form.want === 'm' || form.want === 'f') && (!/^(he|she)$/.test(lower) || /^(if|whether)$/i.test(tokens[i - 1]?.text ?? '')) && !inQuote(t.start) && !clauseEnd(tokens, controller.from, i) ? controller.key : null;
      // "He urged Mr Trump to ...": a pronoun opening its sentence as the subject commands the whole
      // clause, and a name it commands is someone else (binding principle C); names inside quotes are the speaker's words
      // (not a name the pronoun is equated with, a predicate nominal: "He will be known as Baron Kinnock")
      const commanded = form.subject && atStart && (form.want === 'm' || form.want === 'f') ? namedLater(mentions, mi, t.sentence, (pos) => quotedAhead(pos) || PREDICATE_BEFORE.test(text.slice(Math.max(0, pos - 24), pos))) : null;
      // "Mr Blair has failed, he claimed", "The Tories, he said, can cut": the subject of a parenthetical
      // speech clause commands the words it reports, so a name there (outside quotes) is someone else
      // (binding principle C, as for a pronoun that opens its sentence; a person's pronoun only: news
      // writes "Piracy has cost the company billions, it says" of the company)
      const reports = form.subject && (form.want === 'm' || form.want === 'f') && !atStart && !inQuote(t.start) && parenthetical(tokens, i) ? namedBefore(mentions, links, mi, t.sentence, quotedAhead) : null;
      // a possessive's own clause subject: the agreeing subject named last before it in the sentence
      // (an infinitive's controller is that subject: "urged Ken Livingstone to apologise for his")
      let local: Salience | null = null;
      // (not an exempt one, coordinated or after "between", "like", "than": "meetings between himself and
      // the prime minister" is the reporting subject's, whoever the clause's subject is)
      const reflexive = REFLEXIVE.test(lower) && !/^(between|like|than|as|except|besides|including|and|or|nor)$/i.test(tokens[i - 1]?.text ?? '') && !/^(and|or|nor)$/i.test(tokens[i + 1]?.text ?? '');
      // ("Russia had indicated it would", "the firm said that they": the subject of reported speech is
      // most often the reporting clause's own subject, like a possessive's)
      const reportedSubject = (lower === 'it' || lower === 'they') && afterReportingVerb(tokens, i);
      if (w.localSubject && !controls && (/^(his|her|its|their)$/.test(lower) || reflexive || reportedSubject) && !inQuote(t.start))
        for (const s of active) if (s.subjectSentence === t.sentence && s.subjectEnd >= 0 && s.subjectEnd <= i && (!local || s.subjectEnd > local.subjectEnd) && agrees(s, form.want)) local = s;
      // "himself", "itself": the name it stands right after ("Mr Blair himself"), else its clause's
      // subject ("Brown defended himself", "the firm found itself"), else the object that controls an
      // infinitive ("urged Ken Livingstone to distance himself"); only then salience, like "him"
      if (reflexive) {
        const prevMention = mi > 0 ? mentions[mi - 1] : undefined;
        const emphatic = prevMention && i > 0 && prevMention.end === tokens[i - 1].end ? state.get(prevMention.entity) : undefined;
        let bound = emphatic && agrees(emphatic, form.want) ? emphatic : controls ? state.get(controls) ?? null : local;
        // ("He was protecting himself", in quotes too: a subject pronoun of its clause nearer than any
        // named subject binds it to what that pronoun was linked to)
        if (!emphatic && !controls) {
          const subjectWord = form.want === 'm' ? 'he' : form.want === 'f' ? 'she' : form.want === 'it' ? 'it' : 'they';
          for (let k = i - 1; k >= 0 && i - k <= 12 && tokens[k].sentence === t.sentence && !/^[;:"“”]$/.test(tokens[k].text); k--) {
            if (local && local.subjectEnd > k) break;
            if (tokens[k].text.toLowerCase() !== subjectWord) continue;
            const l = links.length && links[links.length - 1].start >= tokens[k].start ? links.find((x) => x.start === tokens[k].start) : undefined;
            const s = l ? state.get(l.entity) : undefined;
            if (s) bound = s;
            break;
          }
        }
        // ("dissuade journalists from expressing themselves": an agreeing object named after the subject,
        // before a non-finite verb, controls it, and a group the article never names is nobody)
        if (bound && bound === local)
          for (const s of active)
            if (s !== bound && s.lastSentence === t.sentence && s.lastEnd > bound.subjectEnd && s.lastEnd <= i && agrees(s, form.want) && tokens.slice(s.lastEnd, i).some((x) => x.text === 'to' || /^\p{Ll}{3,}ing$/u.test(x.text))) bound = s;
        // (no subject found: the nearest agreeing one named before it in its sentence; "itself" and
        // "themselves" go no further back)
        if (!bound) for (const s of active) if (s.lastSentence === t.sentence && s.lastEnd >= 0 && s.lastEnd <= i && agrees(s, form.want) && (!bound || s.lastEnd > bound.lastEnd)) bound = s;
        if (bound && !bound.key.startsWith(UNNAMED_KEY) && !bound.key.startsWith(GROUP_KEY)) links.push({ start: t.start, end: t.end, text: t.text, entity: bound.key, sentence: t.sentence, kind: 'pronoun', confidence: 0.9 });
        if (bound || form.want === 'it' || form.want === 'they') continue;
      }
      const reported = (s: Salience) => (s === local ? w.localSubject : 0);
      // the "he" of a quote's attribution right after it, in its sentence ('"...," he said', not
      // '"...." He said'), is not one the quote spoke of
      const attribution = form.subject && (form.want === 'm' || form.want === 'f') && !atStart && tokens[i - 1]?.sentence === t.sentence && !inQuote(t.start) && closesQuote(tokens, i - 1) && speechAfter(tokens, t.end) && thirdQuote >= 0 && thirdQuote === quoteIndex(tokens[i - 1].start) - 1;
      const spoken = (s: Salience) => (attribution && third.has(s.key) ? w.quotedThird : 0);
      // (a quote's he/she is someone its speaker speaks of, not the speaker: '"His ball carrying gives us
      // go-forward," Young said'; known once quotes are attributed, see annotate())
      const quoteSpeaker = speakerAt && (form.want === 'm' || form.want === 'f') && inQuote(t.start) ? speakerAt(t.start) : null;
      const pick = best(w, active, t.sentence, (s) => agrees(s, form.want) && !bound(s) && !commanded?.has(s.key) && !reports?.has(s.key) && !(speaking && s.type !== 'ORG' && !s.plural) && s.key !== quoteSpeaker, form.subject && atStart, window, (s) => reported(s) + spoken(s) + (controls ? (s.key === controls ? w.controller : 0) : turn ? (s.key === turn ? w.turn : 0) : speaking && lastOrgSpeakerSentence >= otherOrgSubject ? (s.key === lastOrgSpeaker ? w.orgSpeaker : 0) : 0));
      if (pick) {
        // the unnamed person the pronoun goes to ("one dealer ... he said") is nobody the article names
        if (pick.key.startsWith(UNNAMED_KEY) || pick.key.startsWith(GROUP_KEY)) unnamed?.add(t.start);
        else {
          links.push({ start: t.start, end: t.end, text: t.text, entity: pick.key, sentence: t.sentence, kind: 'pronoun', confidence: pick.confidence });
          // "France coach Bernard Laporte accepted his side had not played well": a person's side, team
          // or club is the organisation the article named as theirs, right before a role noun and their
          // name ("France coach", "Chelsea manager")
          const nx = tokens[i + 1];
          // "Mr Blair praised his chancellor", "the president and her deputy": an office owned by a
          // person is held by someone else, the person the article titled so (never the owner)
          const office = /^(his|her|their)$/.test(lower) && !inQuote(t.start) ? roleNoun(tokens, i, true) : null;
          if (office?.kind === 'person') {
            const phrase = text.slice(nx.start, tokens[office.end - 1].end);
            const holder = titled().role(`the ${phrase}`, t.start);
            if (holder && holder !== pick.key) {
              links.push({ start: t.start, end: tokens[office.end - 1].end, text: text.slice(t.start, tokens[office.end - 1].end), entity: holder, sentence: t.sentence, kind: 'role', confidence: 0.8 });
              // ("praised his chancellor for his role": the office holder controls the reason clause)
              controlledBy(holder, t.sentence, tokens[office.end - 1].end, i);
            }
          }
          if ((lower === 'his' || lower === 'her') && nx && nx.sentence === t.sentence && /^(side|team|club|squad)$/.test(nx.text) && !inQuote(t.start)) {
            const team = teamOf(text, mentions, pick.key, t.start, byKey);
            if (team) {
              links.push({ start: t.start, end: nx.end, text: text.slice(t.start, nx.end), entity: team, sentence: t.sentence, kind: 'role', confidence: 0.7 });
              // ("Ferguson admitted his side were well-beaten by the Turks, a result which meant they
              // finished second": the side is mentioned as much as a name would be, a subject before its verb)
              touch(team, t.sentence, verbAfter(tokens, nx.end), null, i + 2);
            }
          }
        }
        // a pronoun teaches the entity's gender only when nobody else was a candidate
        const learnt = pick.confidence >= 0.75 && (form.want === 'm' || form.want === 'f') ? form.want : null;
        // "Speaking on the radio, he said": a subject pronoun before its verb keeps its referent the subject
        if (!inQuote(t.start)) touch(pick.key, t.sentence, form.subject && (atStart || verbAfter(tokens, t.end)), learnt, i + 1);
        // (a parenthetical speech clause's subject takes the turn from the subject of the words it
        // reports: "Mr Blair has failed, he claimed. "The result is ..."" goes on with the speaker)
        if (form.subject && (form.want === 'm' || form.want === 'f') && ((atStart && turnSentence !== t.sentence) || reports !== null)) {
          lastSubject = pick.key;
          turnSentence = t.sentence;
        }
        // (a main clause's: at the sentence start or right after the quote, not "because she described him")
        // (or a parenthetical one, which is the main clause of what it reports: "..., he claimed, saying")
        const mainClause = atStart || reports !== null || (i > 0 && (/^["”]$/.test(tokens[i - 1].text) || (tokens[i - 1].text === ',' && /^["”]$/.test(tokens[i - 2]?.text ?? ''))));
        if ((turn !== null || (form.subject && (form.want === 'm' || form.want === 'f') && speechAfter(tokens, t.end))) && mainClause && !inQuote(t.start)) {
          lastSpeaker = pick.key;
          lastSpeakerSentence = t.sentence;
          lastSpeakerVia = form.want === 'm' || form.want === 'f' ? form.want : null;
        }
      }
      continue;
    }
    // "One dealer, who asked not to be named, told Reuters", '"...," a spokeswoman said': a person the
    // article does not name opens the clause; a pronoun after it may be that person's, not a named one's
    // (right after the quote, or after its cue: '"...," said one dealer', not "Mr Adams said one punter had")
    // "Terrorists have long memories. They ...", "Applicants will be tested in their ...": a plural noun
    // for people or a group heading its phrase is a candidate for "they" like any entity, so one the
    // article never names can win it; the pronoun it wins is linked to nobody (number and animacy
    // agreement: the organisation named before is not the only plural in reach)
    if (i > 0 && !inQuote(t.start) && peoplePlural(tokens, i, i === sentenceFirstWord)) {
      const key = `${GROUP_KEY}${t.start}`;
      const subject = i - sentenceFirstWord <= 3 || verbAfter(tokens, t.end);
      state.set(key, { key, type: 'GROUP', lastSentence: t.sentence, subjectSentence: -1, count: 0, gender: null, lastEnd: i + 1, lastSubject: subject, subjectEnd: -1, lastModifier: false, plural: true });
      touch(key, t.sentence, subject, null, i + 1);
      continue;
    }
    const determiner = UNNAMED_DETERMINER.test(lower);
    const afterQuote = determiner && i > 0 && (closesQuote(tokens, i - 1) || (SPEECH_FORMS.has(tokens[i - 1].text.toLowerCase()) && closesQuote(tokens, i - 2)));
    if (determiner && (i === sentenceFirstWord || afterQuote) && !inQuote(t.start)) {
      // only one who speaks: a lead's "A former executive ... has lost" is often named in the next sentence
      const head = unnamedPerson(tokens, i, afterQuote);
      // ("a company spokesman", "a club spokeswoman": the organisation noun inside is linked below, and
      // the spokesman speaks for what it is linked to)
      if (head >= 0 && !orgSpokesman(tokens, i)) {
        const key = `${UNNAMED_KEY}${t.start}`;
        const h = tokens[head].text.toLowerCase();
        const gender = /(?:man|men)$/.test(h) ? 'm' : /(?:woman|women)$/.test(h) ? 'f' : null;
        state.set(key, { key, type: 'PERSON', lastSentence: t.sentence, subjectSentence: t.sentence, count: 1, gender, lastEnd: head + 1, lastSubject: true, subjectEnd: -1, lastModifier: false, plural: false });
        touch(key, t.sentence, true, gender, head + 1);
        if (i === sentenceFirstWord && turnSentence !== t.sentence) {
          lastSubject = key;
          turnSentence = t.sentence;
        }
        lastSpeaker = key;
        lastSpeakerSentence = t.sentence;
        lastSpeakerVia = null;
        i = head;
        continue;
      }
    }
    // "the executive" after "the Scottish Executive", "the committee" after "the Public Accounts
    // Committee": the head noun of one organisation's name the article gave before is that organisation
    // (not a person's office, nor the organisation named last); only when one name has that head
    if (lower === 'the' && i + 1 < tokens.length && tokens[i + 1].sentence === t.sentence && !UPPER_FIRST.test(tokens[i + 2]?.sentence === t.sentence ? tokens[i + 2].text : '')) {
      const h = tokens[i + 1];
      // (not when the words are a name themselves: "The Coral", "Meet The Fockers")
      const named = mi > 0 && mentions[mi - 1].start <= t.start && mentions[mi - 1].end > t.start;
      const owner = !named && h.text.length > 3 && /^\p{L}+$/u.test(h.text) && !CLOSED.has(h.text.toLowerCase()) ? nameHeadOwner(text, t.start, h.text, mentions, mi, byKey, orgHeads) : null;
      if (owner) {
        links.push({ start: t.start, end: h.end, text: text.slice(t.start, h.end), entity: owner, sentence: t.sentence, kind: 'role', confidence: 0.85 });
        if (!inQuote(t.start)) touch(owner, t.sentence, i === sentenceFirstWord || verbAfter(tokens, h.end), null, i + 2);
        i = i + 1;
        continue;
      }
    }
    if (lower === 'the' || lower === 'a' || lower === 'an') {
      const np = roleNoun(tokens, i) ?? (lower === 'the' ? institutionSpeaking(tokens, i) : null);
      if (!np) continue;
      // an organisation named between the determiner and the noun (mentions not yet reached, by offset)
      const namedInside = (end: number) => {
        for (let k = mi; k < mentions.length && mentions[k].start < tokens[end - 1].start; k++) if (byKey.get(mentions[k].entity)?.type === 'ORG' && !quotedAhead(mentions[k].start)) return mentions[k];
        return undefined;
      };
      // "the cable channel ESPN", "the veteran striker Alan Shearer": an organisation or person named
      // right after the noun, in its sentence, is the one the phrase names (an organisation not in
      // quoted words ahead); mentions not yet reached, by offset
      const namedNext = (end: number, type: 'ORG' | 'PERSON') => {
        const next = tokens[end];
        if (!next || next.sentence !== t.sentence) return undefined;
        for (let k = mi; k < mentions.length && mentions[k].start <= next.start; k++) {
          const m = mentions[k];
          if (m.start === next.start && byKey.get(m.entity)?.type === type && !(type === 'ORG' && quotedAhead(m.start))) return m;
        }
        return undefined;
      };
      // an indefinite phrase introduces someone new, except an organisation's spokesman ("a club spokesman")
      if (lower !== 'the' && !(np.kind === 'org' && /^spokes(?:man|woman|person)$/i.test(tokens[np.end]?.text ?? ''))) continue;
      const phrase = text.slice(t.start, tokens[np.end - 1].end);
      let key: string | null = null;
      let confidence = 0.5;
      let inside: Mention | undefined;
      // the kind the noun names ("the club": a club), learnt for the entity it is linked to
      let nounKind: OrgKind | null = null;
      if (np.kind === 'person') {
        // "Sarah Teather, the most recent female MP, told": a role in apposition is the person named
        // before the comma (a mention ending at that word, among those starting within 40 characters before it)
        let appos: Mention | undefined;
        if (i >= 2 && tokens[i - 1].text === ',') {
          const near = tokens[i - 2].end;
          for (let k = Math.max(0, bisect(0, mentions.length, (x) => mentions[x].start < near - 40)); !appos && k < mentions.length && mentions[k].start <= near; k++) {
            if (mentions[k].end === near && byKey.get(mentions[k].entity)?.type === 'PERSON') appos = mentions[k];
          }
        }
        // ("the 17-year-old Murray": the person named right after the noun)
        key = namedNext(np.end, 'PERSON')?.entity ?? appos?.entity ?? titled().role(phrase, t.start, lower === 'the' ? 1000 : -1);
        const office = lower === 'the' ? officeOf(phrase) : null;
        if (key) confidence = 0.9;
        else if (office && officeHolder.has(office)) [key, confidence] = [officeHolder.get(office)!, 0.8];
        else {
          // nobody titled so: the most salient person, but not one the article gave another office
          // ("London mayor Ken Livingstone" is not "the prime minister")
          const phraseWords = phrase.toLowerCase().split(/[\s-]+/);
          const roleWords = phraseWords.filter((w) => isRoleNoun(w) || isTitleWord(w));
          const otherOffice = (key: string) => {
            if (roleWords.length === 0) return false;
            // (an office held before is none now: "Ex-chat show host X" may be "the MEP")
            const offices = (byKey.get(key)?.titles ?? [])
              .map((x) => x.toLowerCase().split(/[\s-]+/))
              .filter((ws) => ws.some((w) => isRoleNoun(w) || isTitleWord(w)) && !ws.some((w) => FORMER.test(w) && !phraseWords.includes(w)) && !relation(ws[ws.length - 1]));
            // (the same office shares its head and any title word the phrase puts before it: "the prime
            // minister" is not the "courts minister", "the foreign secretary" not the home secretary)
            const head = roleWords[roleWords.length - 1];
            const qualifiers = roleWords.slice(0, -1).filter((w) => !ROLE_MODIFIER.test(w) && !FORMER.test(w));
            return offices.length > 0 && !offices.some((ws) => roleWords.some((w) => ws.includes(w)) && !ws.some((w) => ROLE_MODIFIER.test(w) && !roleWords.includes(w)) && (!ws.includes(head) || qualifiers.every((q) => ws.includes(q))));
          };
          // "But the chancellor said Mr Baume was never at meetings": a role opening its sentence as the
          // subject commands the clause, so a person named later in it is someone else (principle C)
          const commandedRole = i === sentenceFirstWord ? namedLater(mentions, mi, t.sentence, quotedAhead) : null;
          // (not one who spoke earlier in the same sentence: "Mr Blair denied ..., and the chancellor told")
          const speaks = speechAfter(tokens, tokens[np.end - 1].end);
          // "Sir Alan Budd's inquiry linked the ex-home secretary to ...": the subject of the role's own
          // clause is someone else (unless the role is its predicate: "Brown is the chancellor")
          const copula = /^(is|was|are|were|be|been|became|becomes|remains|remained|as)$/i.test(tokens[i - 1]?.text ?? '');
          const boundRole = (s: Salience) => !copula && s.lastSubject && s.lastSentence === t.sentence && s.lastEnd >= 0 && s.lastEnd <= i && !clauseBreak(tokens, s.lastEnd, i);
          const pick = best(w, active, t.sentence, (s) => s.type === 'PERSON' && !s.key.startsWith(UNNAMED_KEY) && !otherOffice(s.key) && !boundRole(s) && !commandedRole?.has(s.key), i === sentenceFirstWord, 3, (s) => (speaks && s.key === speakerBefore ? w.roleSpeaker : 0));
          if (pick) [key, confidence] = [pick.key, pick.confidence * 0.8];
          // "The attorney general has again denied ... . Claims ... were unfounded, he insisted. Lord
          // Goldsmith said ...": a role with no person in reach at all (a story's lead names the office
          // first) is the first person the next two sentences name outside quotes, when the role opens its
          // sentence and that person speaks (a role in the middle of a sentence, or a person merely
          // mentioned next, is too often someone else: "has written to the culture minister")
          else if (i === sentenceFirstWord && ![...active].some((s) => s.type === 'PERSON' && !s.key.startsWith(UNNAMED_KEY))) {
            for (let k = mi; k < mentions.length && mentions[k].sentence <= t.sentence + 2; k++) {
              if (byKey.get(mentions[k].entity)?.type !== 'PERSON' || quotedAhead(mentions[k].start)) continue;
              if (speechAfter(tokens, mentions[k].end)) [key, confidence] = [mentions[k].entity, 0.6];
              break;
            }
          }
        }
      } else if (np.kind === 'org' && (inside = namedInside(np.end) ?? namedNext(np.end, 'ORG'))) {
        // "The RMT union", "the GMB union", "the Tesco chain": the organisation the phrase names itself
        // (it was read as an unnamed one, so a later "the union" went to nobody)
        key = inside.entity;
        confidence = 0.9;
      } else {
        const want = np.kind === 'org' ? kindOfNoun(tokens[np.end - 1].text) : null;
        nounKind = want;
        const sporting = want === 'sport';
        // 1 the article or the name says it is of the noun's kind, -1 of another kind, 0 unknown
        const fit = (s: Salience) => {
          const k = want ? kinds().get(s.key) : undefined;
          return !k || !want ? 0 : k.has(want) ? 1 : -1;
        };
        // a club named after its town is often typed as the place: a place may be "the club" when the article says it is one
        // ("the country", "the state", "the region" name a place: an organisation is no candidate, or
        // "the country" goes to the firm or broadcaster named last)
        // ("the Tories ... the party": a people named as a party's members, by WordNet's definition of the
        // word, is that party for "the party")
        const typeOk = (s: Salience) => (s.type === 'ORG' && np.kind !== 'place') || ((np.kind === 'place' || (sporting && fit(s) === 1)) && (s.type === 'GPE' || s.type === 'LOC')) || (want === 'party' && s.type === 'NORP' && partyMembers(byKey.get(s.key)));
        // one that fits may be a little further back: "the club" after a paragraph about a player
        // "the government", "the administration": rarely named as an organisation, so a party or a
        // company of unknown kind is a worse guess than none ("the agency" may well be one of unknown kind)
        const national = /^(government|administration)$/i.test(tokens[np.end - 1].text);
        // "the French foreign ministry", "the Russian government": a government body is known by its
        // country, so one named with another country's (or none) is a new referent, not the last ministry
        const country = want === 'government' ? countryWord(tokens, i + 1, np.end - 1) : null;
        const sameCountry = (s: Salience) => {
          if (!country) return true;
          const name = (byKey.get(s.key)?.name ?? '').toLowerCase();
          return country.some((w) => new RegExp(`\\b${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(name));
        };
        // "Electronic Arts announced plans to buy 19.9% of the firm", "DaimlerChrysler had been willing
        // to buy the firm": a role noun in its clause's object is not that clause's subject (binding
        // principle C, as for a person's role above); one that is a subject itself ("Tesco said the
        // firm would", "despite the club agreeing a plan") or a predicate ("X is the club") may be
        const copula = /^(is|was|are|were|be|been|became|becomes|remains|remained|as)$/i.test(tokens[i - 1]?.text ?? '');
        const nextWord = tokens[np.end]?.sentence === t.sentence ? tokens[np.end].text : '';
        const object = !copula && !verbAfter(tokens, tokens[np.end - 1].end) && !(/^[a-z]+ing$/.test(nextWord) && isVerbWord(nextWord));
        const boundOrg = (s: Salience) => object && s.lastSubject && s.lastSentence === t.sentence && s.lastEnd >= 0 && s.lastEnd <= i && !clauseBreak(tokens, s.lastEnd, i);
        const ok = (s: Salience) => typeOk(s) && sameCountry(s) && fit(s) >= (national ? 1 : 0) && (t.sentence - s.lastSentence <= 4 || fit(s) === 1) && !boundOrg(s);
        // an organisation the article has said is of the noun's kind stays in reach past the active
        // window: "the club" after eight sentences of its director's quotes is still the club
        let pool = active;
        if (want) {
          const extra: Salience[] = [];
          for (const s of state.values()) if (!active.has(s) && !s.key.startsWith(UNNAMED_KEY) && fit(s) === 1) extra.push(s);
          if (extra.length) pool = new Set([...active, ...extra]);
        }
        const pick = best(w, pool, t.sentence, (s) => ok(s) && (t.sentence - s.lastSentence <= 6 || fit(s) === 1), i === sentenceFirstWord, want ? 40 : 6, (s) => w.kindFit * fit(s));
        if (pick) [key, confidence] = [pick.key, pick.confidence * 0.8];
      }
      // a role noun is not linked to a person the article does not name ("a teacher ... the 42-year-old")
      if (key?.startsWith(UNNAMED_KEY)) key = null;
      if (key) {
        links.push({ start: t.start, end: tokens[np.end - 1].end, text: phrase, entity: key, sentence: t.sentence, kind: 'role', confidence });
        const office = np.kind === 'person' && lower === 'the' && confidence >= 0.4 && byKey.get(key)?.type === 'PERSON' ? officeOf(phrase) : null;
        if (office && (confidence >= 0.9 || !officeHolder.has(office))) officeHolder.set(office, key);
        // "The club ... the club": once the article has called an organisation a club, a later "the
        // club" fits it, not a league or a sponsor named since (the article says what it is by the link)
        // (only from a confident link, and not over a kind the article already gave it: "the military
        // side" said of an aircraft maker once does not make it a club)
        if (nounKind && confidence >= 0.5 && byKey.get(key)?.type === 'ORG' && !kinds().get(key)?.size) kinds().set(key, new Set([nounKind]));
        // a subject at the clause start, or before its verb ("According to the Times, the UK leader wants")
        // (a role inside quoted words is the speaker's, not the narrative's, like a name there)
        if (!inQuote(t.start)) touch(key, t.sentence, i === sentenceFirstWord || verbAfter(tokens, tokens[np.end - 1].end), null);
        // "The home secretary said": the person titled so speaks
        if (np.kind === 'person' && !inQuote(t.start) && speechAfter(tokens, tokens[np.end - 1].end)) {
          lastSpeaker = key;
          lastSpeakerSentence = t.sentence;
          lastSpeakerVia = null;
        }
        // "The firm said ...": the organisation it names speaks, as if named ("It added" goes on with it)
        if (np.kind === 'org' && !inQuote(t.start) && byKey.get(key)?.type === 'ORG' && speechAfter(tokens, tokens[np.end - 1].end)) {
          lastOrgSpeaker = key;
          lastOrgSpeakerSentence = t.sentence;
        }
      } else if (np.kind === 'org' && i === sentenceFirstWord && lower === 'the') {
        // "The French foreign ministry said it ...": the subject is an organisation the article never
        // named, so its "it" is no other organisation's
        unnamedOrgSubject = t.sentence;
        // and it stays in reach as an unnamed referent: "The US government denied the claims. In a
        // statement, it said" is nobody the article named
        const pseudo = `${UNNAMED_KEY}${t.start}`;
        state.set(pseudo, { key: pseudo, type: 'ORG', lastSentence: t.sentence, subjectSentence: t.sentence, count: 1, gender: null, lastEnd: np.end, lastSubject: true, subjectEnd: -1, lastModifier: false, plural: false });
        touch(pseudo, t.sentence, true, null, np.end);
      }
      i = np.end - 1;
    }
  }
  return links;
}

const UNNAMED_DETERMINER = /^(a|an|one|another|the)$/;

/** "a company spokesman": an organisation noun before a spokesman, after the determiner at `i`. */
function orgSpokesman(tokens: Token[], i: number): boolean {
  const np = roleNoun(tokens, i);
  return !!np && np.kind === 'org' && /^spokes(?:man|woman|person)$/i.test(tokens[np.end]?.text ?? '');
}

/** Prepositions that open a fronted phrase ("In his speech, ..."). */
const FRONTED = /^(in|at|during|after|before|despite|following|under|with|throughout|since|on|for|from|unlike|like|as)$/i;

/**
 * The entity a possessive at token `i` points ahead to: the sentence opens with a preposition, the
 * pronoun lies in that opening phrase (no comma before it, one within ten tokens after it), and right
 * after the comma (past "the" or a title) a person or organisation is named. Null otherwise.
 */
function cataphor(tokens: Token[], mentions: Mention[], mi: number, first: number, i: number): string | null {
  if (first >= tokens.length || i - first > 6 || !FRONTED.test(tokens[first].text)) return null;
  for (let k = first; k < i; k++) if (tokens[k].text === ',' || /^["“”]$/.test(tokens[k].text)) return null;
  let c = i + 1;
  while (c < tokens.length && c - i <= 10 && tokens[c].sentence === tokens[i].sentence && tokens[c].text !== ',') c++;
  if (c >= tokens.length || tokens[c].text !== ',' || tokens[c].sentence !== tokens[i].sentence) return null;
  let n = c + 1;
  if (/^the$/i.test(tokens[n]?.text ?? '')) n++;
  while (n < tokens.length && n - c <= 3 && isTitleWord(tokens[n].text) && UPPER_FIRST.test(tokens[n].text)) n++;
  const at = tokens[n]?.start;
  if (at === undefined) return null;
  for (let k = mi; k < mentions.length && mentions[k].start <= at; k++) if (mentions[k].start >= tokens[c].end && mentions[k].start <= at) return mentions[k].entity;
  return null;
}

/** Whether token `k` closes a quote: the closing mark, or a comma right after it. */
function closesQuote(tokens: Token[], k: number): boolean {
  return k >= 0 && (/^["”]$/.test(tokens[k].text) || (tokens[k].text === ',' && /^["”]$/.test(tokens[k - 1]?.text ?? '')));
}

/** Keys of the salience entries for unnamed people ("one dealer"): never linked, never an entity. */
const UNNAMED_KEY = '#unnamed@';
const GROUP_KEY = '#group@';

/** A plural noun whose first WordNet sense is a person or a group ("terrorists", "applicants", "people", "firms"). */
const peopleNoun = rememberedByWord((w: string): boolean => {
  const tags = posTags(w);
  if (!(tags.includes('Plural') || (/[^s]s$/.test(w) && !tags.some((x) => /Tense|Verb|Singular|Adjective/.test(x))))) return false;
  const cls = nounClasses(w, 1);
  return cls[0] === 'person' || cls[0] === 'group' || tags.includes('Actor');
}, 20_000);

/**
 * Whether token `i` is a lower-case plural noun for people or a group that heads its phrase: the next
 * word is no lower-case noun it modifies ("terrorists have", "critics say", "for applicants."), and no
 * name or possessive sits right before it ("Labour MPs", "Wasps players": those point at the name).
 */
function peoplePlural(tokens: Token[], i: number, first: boolean): boolean {
  // (capitalised only as the sentence's first word: "Critics say")
  const w = first ? tokens[i].text.toLowerCase() : tokens[i].text;
  if (!LOWER_HYPHENED_3.test(w) || CLOSED.has(w) || !peopleNoun(w)) return false;
  const prev = tokens[i - 1];
  // (a determiner capitalised as the sentence's first word is none of those: "The students wanted")
  if (prev.sentence === tokens[i].sentence && ((UPPER_FIRST.test(prev.text) && !/^(the|these|those|some|many|most|all|both|such|other)$/i.test(prev.text)) || /^['’]s$/.test(prev.text))) return false;
  const next = tokens[i + 1];
  if (next && next.sentence === tokens[i].sentence && LOWER_WORD.test(next.text) && !CLOSED.has(next.text)) {
    const tags = posTags(next.text);
    if (tags.some((x) => /Noun|Singular|Plural/.test(x)) && !tags.some((x) => /Verb|Tense|Modal|Copula|Adverb|Preposition/.test(x))) return false;
  }
  return true;
}

/**
 * "one dealer", "a spokeswoman", "another analyst", "the source": an indefinite phrase (or a definite
 * one headed by an anonymous-source noun) whose head is a person by WordNet and that names nobody
 * (no capitalised word, except an organisation's spokesman: "a Home Office spokesman"). Returns the
 * head's token index, or -1. Only a phrase that speaks counts: `speaks` (it follows a quote), or a
 * speech verb after it or after an aside set off by commas.
 */
function unnamedPerson(tokens: Token[], i: number, speaks: boolean): number {
  const det = tokens[i].text.toLowerCase();
  if (!UNNAMED_DETERMINER.test(det)) return -1;
  let named = false;
  for (let j = i + 1; j < tokens.length && j <= i + 4 && tokens[j].sentence === tokens[i].sentence; j++) {
    const w = tokens[j].text;
    if (!isWord(w)) return -1;
    if (UPPER_FIRST.test(w)) {
      named = true;
      continue;
    }
    const lw = w.toLowerCase();
    if (CLOSED.has(lw)) return -1;
    const next = tokens[j + 1];
    // the head: the last noun before a verb, a comma or a relative pronoun, not before a name
    const ends = !next || next.sentence !== tokens[i].sentence || !isWord(next.text) || /^(who|which|that|for|at|from|with|in|of|close|familiar)$/i.test(next.text) || verbAfter(tokens, w.length + tokens[j].start) || SPEECH_FORMS.has(next.text);
    if (!ends) continue;
    if (next && UPPER_FIRST.test(next.text) && next.sentence === tokens[i].sentence) return -1;
    if (det === 'the' && !UNNAMED.has(lw)) return -1;
    if (named && !/^spokes(?:man|woman|person)$/.test(lw)) return -1;
    // the phrase must speak (cheap) before WordNet is asked whether its head is a person
    const aside = verbAfterAside(tokens, tokens[j].end);
    if (!(speaks || speechAfter(tokens, tokens[j].end) || (aside >= 0 && speechAfter(tokens, tokens[aside].end)))) return -1;
    const person = UNNAMED.has(lw) || PERSON_NOUNS.has(lw) || nounClasses(lw, 1)[0] === 'person';
    return person ? j : -1;
  }
  return -1;
}

/**
 * Whether a mention ending at `end` only modifies the noun after it ("a Netflix documentary", "Apple
 * shares"): the next token is a lower-case word the lexicon takes for no verb, adverb or function word.
 * Such an embedded name is less salient than a head noun (Lappin and Leass 1994).
 */
function nounModifier(tokens: Token[], end: number): boolean {
  const t = tokens[bisect(0, tokens.length, (i) => tokens[i].start < end)];
  if (!t || t.start - end > 1 || !LOWER_HYPHENED_ANY.test(t.text) || CLOSED.has(t.text)) return false;
  // ("France coach", "Chelsea captain": a noun for a person, which the lexicon may take for a verb)
  if (personWord(t.text)) return true;
  const tags = posTags(t.text);
  if (tags.some((x) => /Verb|Tense|Infinitive|Gerund|Participle|Modal|Copula|Adverb|Preposition|Conjunction|Determiner|Pronoun/.test(x))) return false;
  return !/[a-z]ed$/.test(t.text);
}

/**
 * `aside` (verbAfterAside's comma) when the words after it are a reporting clause that ends its sentence:
 * a speech verb, at most a short object ("told NBC News", "said on Tuesday"), then the full stop. Else -1.
 */
function reportingTail(tokens: Token[], aside: number): number {
  if (aside < 0 || !speechAt(tokens, aside + 1)) return -1;
  for (let j = aside + 2; j < tokens.length && j - aside <= 6; j++) {
    if (tokens[j].sentence !== tokens[aside].sentence) return aside;
    if (/^[.!?]$/.test(tokens[j].text)) return j + 1 >= tokens.length || tokens[j + 1].sentence !== tokens[aside].sentence ? aside : -1;
    if (/^[,;:"“”]$/.test(tokens[j].text)) return -1;
  }
  return -1;
}

/**
 * "Michael Howard, asked about the remark by reporters, said": after a name ending at `end`, an aside
 * set off by commas (no quote mark or semicolon, at most 25 tokens) and then a finite verb. Returns the
 * index of the comma that closes the aside, or -1.
 */
function verbAfterAside(tokens: Token[], end: number): number {
  const k = bisect(0, tokens.length, (i) => tokens[i].start < end);
  if (tokens[k]?.text !== ',') return -1;
  for (let j = k + 2; j < tokens.length && j - k <= 25 && tokens[j].sentence === tokens[k].sentence; j++) {
    const w = tokens[j].text;
    if (/^["“”;:(]$/.test(w)) return -1;
    if (w === ',') return verbAfter(tokens, w.length + tokens[j].start) ? j : -1;
  }
  return -1;
}

/**
 * Whether the mention starting at token `i` is the object of a verb: a finite verb (or "called on",
 * "asked") comes right before it, or before a run of role and title words ("urged London mayor Ken
 * Livingstone").
 */
function objectOfVerb(tokens: Token[], i: number): boolean {
  let k = i - 1;
  const modifier = (w: string) => UPPER_FIRST.test(w) || isRoleNoun(w) || isTitleWord(w) || (LOWER_WORD.test(w) && !CLOSED.has(w) && posTags(w).includes('Singular') && !posTags(w).some((x) => /Verb|Tense|Adjective/.test(x)));
  while (k >= 0 && i - k <= 4 && tokens[k].sentence === tokens[i].sentence && modifier(tokens[k].text)) k--;
  if (k < 0 || tokens[k].sentence !== tokens[i].sentence) return false;
  const w = tokens[k].text.toLowerCase();
  if (w === 'on' && k > 0 && /^(called|calls|calling|call)$/i.test(tokens[k - 1].text)) return true;
  if (!LOWER_WORD.test(w) || CLOSED.has(w)) return false;
  const tags = posTags(w);
  return (tags.includes('PastTense') || tags.includes('PresentTense') || tags.includes('Gerund') || /[a-z]ed$/.test(w)) && !tags.some((x) => /Noun|Adjective/.test(x));
}

/** Whether a full stop of a clause (";", or a sentence-level conjunction after a comma) lies between tokens [from, to). */
function clauseEnd(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text === ';' || (tokens[k].text === ',' && /^(but|while|whereas|and)$/i.test(tokens[k + 1]?.text ?? ''))) return true;
  return false;
}

/** Whether a speech verb follows the phrase ending at `end`, after "has"/"have" ("Howard has said", "the leader told"). */
function speechAfter(tokens: Token[], end: number): boolean {
  return speechAt(tokens, bisect(0, tokens.length, (i) => tokens[i].start < end));
}

/** speechAfter for the phrase ending just before token `k`. */
function speechAt(tokens: Token[], k: number): boolean {
  if (/^(has|have|had|also|then|later)$/.test(tokens[k]?.text ?? '')) k++;
  const w = tokens[k]?.text ?? '';
  return /^(said|says|told|tells|added|adds|insisted|warned|argued|claimed|stated|explained|declared|replied)$/.test(w) || (LOWER_ED_S.test(w) && speechVerb(w));
}

/** Whether the token after a mention ending at `end` is a finite verb ("Cook said", "Heyward says"). */
function verbAfter(tokens: Token[], end: number): boolean {
  const t = tokens[bisect(0, tokens.length, (i) => tokens[i].start < end)];
  if (!t || !LOWER_FIRST.test(t.text)) return false;
  if (/^(has|had|have|will|would|could|should|may|might|must|is|was|also|then|later)$/.test(t.text)) return true;
  const tags = posTags(t.text);
  if (tags.includes('PastTense') || tags.includes('PresentTense')) return !tags.includes('Adjective') && !tags.includes('Plural');
  // the lexicon lists few inflected forms: an unknown word in -ed is a past tense ("tied", "vowed"),
  // and so is one read as an adjective when a determiner follows it, which no adjective takes
  // ("Laporte accepted his side had", "the firm welcomed the ruling")
  if (!/[a-z]ed$/.test(t.text)) return false;
  const k = bisect(0, tokens.length, (i) => tokens[i].start < end);
  if (tags.includes('Adjective') && /^(the|a|an|his|her|its|their|this|that|these|those)$/i.test(tokens[k + 1]?.sentence === t.sentence ? tokens[k + 1].text : '')) return true;
  return !tags.some((x) => /Noun|Adjective/.test(x));
}

const CLAUSE_BREAK = new Set([',', ';', ':', 'that', 'who', 'which', 'because', 'when', 'while', 'if', 'although', 'and', 'but', 'as', 'after', 'until', 'since', 'whether']);

/**
 * After a possessive "'s" at token `i`: the index of a person role noun ending a run of at most three
 * role or lower-case words ("CEO", "chief executive", "new finance director"), with no name right after
 * it ("Salesforce's CEO Marc Benioff" is the name's own apposition); -1 when there is none.
 */
function ownedRole(tokens: Token[], i: number): number {
  let found = -1;
  for (let j = i + 1; j <= i + 3 && j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
    const w = tokens[j].text;
    if (!LOWER_HYPHENED_ANY.test(w) && !(isRoleNoun(w) && /^\p{Lu}{2,4}$/u.test(w))) break;
    if (isRoleNoun(w) && !/^(spokesman|spokeswoman|spokesperson|official|source|aide)$/i.test(w)) found = j;
  }
  if (found < 0) return -1;
  const next = tokens[found + 1];
  return next && next.sentence === tokens[i].sentence && UPPER_FIRST.test(next.text) ? -1 : found;
}

/** A lower-case noun for a person: a listed one ("coach", "captain") or one WordNet files first under people. */
const personWord = rememberedByWord((w: string) => LOWER_HYPHENED.test(w) && !CLOSED.has(w) && (PERSON_NOUNS.has(w) || nounClasses(w, 1)[0] === 'person'), 20_000);

/**
 * "The BBC's home affairs correspondent, Daniel Sandford, said", "ITV's controller of entertainment,
 * Claudia Rosencrantz, said": the name starting at token `i` (ending at `end`) stands in apposition to
 * the noun phrase that opens the sentence, headed by a noun for a person, with no verb in it, and a
 * finite verb follows the comma that closes the apposition. Returns that comma's index, or -1.
 */
function apposedToOpening(tokens: Token[], first: number, i: number, end: number): number {
  if (i - 1 <= first + 1 || i - 1 - first > 10 || tokens[i - 1].text !== ',') return -1;
  let head = -1;
  for (let k = first; k < i - 1; k++) {
    const w = tokens[k].text;
    if (/^[,;:"“”()]$/.test(w)) return -1;
    if (LOWER_FIRST.test(w) && !CLOSED.has(w)) {
      const tags = posTags(w);
      if (tags.some((x) => x === 'PastTense' || x === 'PresentTense' || x === 'Modal' || x === 'Copula') && !tags.some((x) => /Noun|Singular|Plural|Adjective/.test(x))) return -1;
      if (isRoleNoun(w) || personWord(w)) head = k;
    }
  }
  // (the head noun before "of"/"at": "controller of entertainment", "analyst at Gartner")
  if (head < 0) return -1;
  const c = bisect(0, tokens.length, (k) => tokens[k].start < end);
  if (tokens[c]?.text !== ',' || tokens[c].sentence !== tokens[i].sentence || !verbAfter(tokens, tokens[c].end)) return -1;
  return c;
}

/** Whether a clause boundary lies between token indices [from, to). */
function clauseBreak(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_BREAK.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

function agrees(s: Salience, want: 'm' | 'f' | 'it' | 'they'): boolean {
  if (want === 'm' || want === 'f') return s.type === 'PERSON' && s.gender !== (want === 'm' ? 'f' : 'm');
  if (want === 'they') return s.type === 'ORG' || (s.type !== 'PERSON' && s.plural);
  return s.type === 'ORG' || s.type === 'GPE';
}

/** Right before a predicate nominal: a copula or a naming verb ("is", "became", "known as", "dubbed"). */
const PREDICATE_BEFORE = /\b(?:is|was|be|been|become|becomes|became|remains|remained|known|named|called|dubbed|titled)(?:\s+as)?\s+$/i;

/**
 * The organisation the article names as a person's own before `at`: at one of the person's name
 * mentions, an organisation's name right before it with only a lower-case noun for a person between
 * ("France coach Bernard Laporte", "Chelsea manager X"). Null when there is none.
 */
function teamOf(text: string, mentions: Mention[], person: string, at: number, byKey: Map<string, DocEntity>): string | null {
  let prev: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= at) break;
    if (m.entity === person && prev && prev.sentence === m.sentence && byKey.get(prev.entity)?.type === 'ORG') {
      const between = text.slice(prev.end, m.start).trim().split(/\s+/);
      // ("Manchester United manager Sir Alex Ferguson": an honorific may come between too)
      if (between.length >= 1 && between.length <= 3 && between.every((w) => personWord(w) || isRoleNoun(w) || isHonorific(w)) && between.some((w) => !isHonorific(w))) return prev.entity;
    }
    prev = m;
  }
  return null;
}

/**
 * The one organisation named before mention index `to` whose name of two or more words has `head` as
 * its head noun (the last word, or the last before "of"/"for": "Bank of England" → bank), or null when
 * none or several do.
 */
function nameHeadOwner(text: string, at: number, head: string, mentions: Mention[], to: number, byKey: Map<string, DocEntity>, heads: Map<string, string | null>): string | null {
  const h = head.toLowerCase();
  let found: string | null = null;
  let lastEnd = -1;
  for (let k = 0; k < to; k++) {
    const e = byKey.get(mentions[k].entity);
    if (!e || e.type !== 'ORG') continue;
    if (e.key === found) {
      lastEnd = mentions[k].end;
      continue;
    }
    let eh = heads.get(e.key);
    if (eh === undefined) heads.set(e.key, (eh = orgHead(e.name)));
    if (eh !== h) continue;
    if (found) return null;
    found = e.key;
    lastEnd = mentions[k].end;
  }
  // ("the European Court of Human Rights ... The US court's jurisdiction ... the court had backed"):
  // the noun used since for another referent makes the bare one ambiguous
  if (found && new RegExp(`\\b${h}s?\\b`, 'i').test(text.slice(lastEnd, at))) return null;
  return found;
}

/** An organisation's head noun, lower-cased: the word before its first "of"/"for" ("Court of Human Rights"), else its last; null for a one-word name. */
function orgHead(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const of = words.findIndex((w, j) => j > 0 && /^(of|for)$/i.test(w));
  return (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
}

/** Entities named (or given a role noun) before mention index `to` in sentence `sentence`, outside quotes. */
function namedBefore(mentions: Mention[], links: CorefLink[], to: number, sentence: number, quoted: (pos: number) => boolean): Set<string> {
  const out = new Set<string>();
  for (let k = to - 1; k >= 0 && mentions[k].sentence === sentence; k--) if (!quoted(mentions[k].start)) out.add(mentions[k].entity);
  for (let k = links.length - 1; k >= 0 && links[k].sentence === sentence; k--) if (links[k].kind === 'role' && !quoted(links[k].start)) out.add(links[k].entity);
  return out;
}

/**
 * Whether the pronoun at token `i` is the subject of a parenthetical speech clause: after a comma or a
 * closing quote mark, a speech verb ("has" allowed before it), and then the clause ends within three
 * words with no complement clause of its own ("..., he claimed, saying", "..., she told reporters.").
 */
function parenthetical(tokens: Token[], i: number): boolean {
  const sent = tokens[i].sentence;
  if (i === 0 || tokens[i - 1].sentence !== sent || !/^[,"”]$/.test(tokens[i - 1].text) || !speechAt(tokens, i + 1)) return false;
  let v = i + 1;
  if (/^(has|have|had|also|then|later)$/.test(tokens[v]?.text ?? '')) v++;
  for (let k = v + 1; k <= v + 4; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== sent || /^[,.;:!?]$/.test(w.text)) return true;
    if (/^(that|how|what|whether|if|why|when|who|to)$/i.test(w.text)) return false;
  }
  return false;
}

/** Entities named after mention index `from` in sentence `sentence`, outside quotes (or where `skip` says). */
function namedLater(mentions: Mention[], from: number, sentence: number, quoted: (pos: number) => boolean): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < mentions.length && mentions[k].sentence === sentence; k++) if (!quoted(mentions[k].start)) out.add(mentions[k].entity);
  return out;
}

/**
 * The weights of the salience score (see best()). Hand-set first; bench/fit-coref.ts refits them by
 * cross-validation over the dev articles' labelled coreference links and reports held-out figures.
 */
export interface SalienceWeights {
  /** A mention d sentences back scores `recent` × decay^d. */
  recent: number;
  decay: number;
  /** Each earlier mention (up to countCap) adds `count`. */
  count: number;
  countCap: number;
  /** Its last mention was its sentence's subject: `subjectToSubject` when the pronoun is a subject
   *  opening its sentence too (grammatical-role parallelism), else `subject`. */
  subjectToSubject: number;
  subject: number;
  /** A person whose gender nothing tells is a weaker candidate for he/she. */
  unknownGender: number;
  /** Its last mention only modified another noun ("a Netflix documentary"). */
  modifier: number;
  /** A place or a people: rarely what a pronoun or role noun means. */
  placeOrPeople: number;
  /** The agreeing candidate mentioned nearest before the pronoun (by token), whatever its role. */
  nearest: number;
  /** '"I don't think Burger has played that well," he said': one a quote names is not the one who
   *  said it, so not the "he" of its attribution. (By name only: a he/she inside the quote was tried
   *  and dropped, as its own link often goes to the speaker and then pushed the attribution away from
   *  the right one on 4 of 4 changed quotes of 200 unlabelled BBC articles.) */
  quotedThird: number;
  /** A possessive ("his", "its") goes with the subject of its own clause: the subject named last
   *  before it in the sentence ("Dwyer warned that Burger needed a break to maintain his standards"). */
  localSubject: number;
  /** Bonuses from the callers: the object who controls an infinitive, the speaker whose turn goes on
   *  ("he said"), the organisation that last spoke ("it said"), the last speaker for a speaking role. */
  controller: number;
  turn: number;
  orgSpeaker: number;
  roleSpeaker: number;
  /** "the club": an organisation the article said is a club (× 1), of another kind (× −1). */
  kindFit: number;
  /** Below this no candidate is taken. */
  floor: number;
}

export const SALIENCE: Readonly<SalienceWeights> = {
  recent: 100,
  decay: 0.55,
  count: 4,
  countCap: 6,
  subjectToSubject: 80,
  subject: 50,
  unknownGender: -25,
  modifier: -35,
  placeOrPeople: -30,
  nearest: 0,
  localSubject: 40,
  quotedThird: -120,
  controller: 90,
  turn: 30,
  orgSpeaker: 40,
  roleSpeaker: 40,
  kindFit: 60,
  floor: 20,
};

/** The most salient agreeing entity mentioned in the last `window` sentences, with its share of the salience. */
function best(w: SalienceWeights, active: Set<Salience>, sentence: number, ok: (s: Salience) => boolean, subject: boolean, window: number, bonus?: (s: Salience) => number): { key: string; confidence: number } | null {
  let top: Salience | null = null;
  let topScore = 0;
  let total = 0;
  // the candidate mentioned last before the pronoun (the one a nearest-mention rule would take)
  let near: Salience | null = null;
  if (w.nearest)
    for (const s of active) if (sentence - s.lastSentence <= window && s.lastEnd >= 0 && (!near || s.lastSentence > near.lastSentence || (s.lastSentence === near.lastSentence && s.lastEnd > near.lastEnd)) && ok(s)) near = s;
  for (const s of active) {
    const d = sentence - s.lastSentence;
    if (d > window || !ok(s)) continue;
    let score = w.recent * Math.pow(w.decay, d) + w.count * Math.min(s.count, w.countCap);
    if (s.subjectSentence === s.lastSentence) score += subject ? w.subjectToSubject : w.subject;
    if (s.gender === null && s.type === 'PERSON') score += w.unknownGender;
    if (s.lastModifier) score += w.modifier;
    if (s.type === 'GPE' || s.type === 'NORP') score += w.placeOrPeople;
    if (s === near) score += w.nearest;
    if (bonus) score += bonus(s);
    if (score <= 0) continue;
    total += score;
    if (score > topScore) {
      topScore = score;
      top = s;
    }
  }
  return top && topScore >= w.floor ? { key: top.key, confidence: Math.round((topScore / total) * 100) / 100 } : null;
}

/** "it" that is the subject of a verb with a meaning of its own ("it said", "it introduced"), not "it is ... to". */
function subjectIt(tokens: Token[], i: number): boolean {
  // ("It also has", "it now faces", "it has never ratified": adverbs after "it" are skipped)
  let n = i + 1;
  while (n < tokens.length && n - i <= 2 && /^(also|still|now|already|currently|never|only|just|then|later|again|recently|previously)$/i.test(tokens[n].text)) n++;
  const next = tokens[n];
  // "the company added it had opted": reported speech, so the "it" is the one who spoke
  if (i > 0 && /^(said|says|added|adds|warned|noted|insisted|claimed|argued|stated|announced|confirmed|revealed)$/i.test(tokens[i - 1].text)) return true;
  // (any verb of saying in -ed or -s, "Russia had indicated it would", and "said that it")
  if (afterReportingVerb(tokens, i)) return true;
  if (!next || next.sentence !== tokens[i].sentence) return false;
  const w = next.text.toLowerCase();
  // "allowing it to increase prices", "forced it to close": the object of a verb that is the subject of
  // the infinitive after it is someone (not "makes it hard to", where an adjective comes between)
  if (w === 'to' && i > 0 && LOWER_WORD.test(tokens[i - 1].text) && !CLOSED.has(tokens[i - 1].text) && posTags(tokens[i - 1].text).some((x) => /Verb|Tense|Gerund|Infinitive/.test(x))) {
    const v = tokens[n + 1]?.text ?? '';
    // (a word after "to" that WordNet knows as a verb: the lexicon reads "raise" as a noun)
    return LOWER_WORD.test(v) && !CLOSED.has(v) && (posTags(v).some((x) => x === 'Infinitive' || x === 'Verb' || x === 'PresentTense') || isVerbWord(v));
  }
  // "It is also looking", "It has the power to", "It was founded in": a copula or "has" before a
  // gerund or a noun phrase is said of something; "It is hard to see", "It is understood that",
  // "It was a shame that" are pleonastic (an adjective, participle or noun, then that/to/whether)
  if (/^(is|was|has|had|'s)$/.test(w)) {
    let k = n + 1;
    while (/^(also|still|now|already|currently|not|never|only|just)$/i.test(tokens[k]?.text ?? '')) k++;
    const x = tokens[k];
    const lx = x && x.sentence === tokens[i].sentence ? x.text.toLowerCase() : '';
    // ("It is one of a handful of survivors": "one of" picks from a noun phrase like a determiner)
    const determiner = /^(the|its|their|a|an|no|some|many|more)$/.test(lx) || (lx === 'one' && /^of$/i.test(tokens[k + 1]?.text ?? ''));
    const clauseAfter = tokens.slice(k + 1, k + 4).some((t) => /^(that|to|whether|if|how|why|what|for)$/i.test(t.text));
    if (/^(has|had)$/.test(w)) {
      if (determiner) return true;
      // ("it has never ratified it", "It has opened new missions", "It has growing businesses": only
      // "it has been ..." and "it has to ..." are said of nothing in particular)
      if (lx && LOWER_FIRST.test(lx) && !/^(been|to|become|got|come|emerged|happened|seemed|appeared)$/.test(lx)) return true;
    } else {
      if (LOWER_ING.test(x?.text ?? '') && !posTags(lx).includes('Adjective')) return true;
      if (determiner) return !clauseAfter;
      // ("It was founded in", "It was bought for $9bn by": a passive participle, regular or not)
      const participle = /[a-z]ed$/.test(lx) || posTags(lx).some((tag) => tag === 'Participle' || tag === 'PastTense');
      if (participle && /^(in|by|on|at|with|from|after|for)$/i.test(tokens[k + 1]?.text ?? '') && !tokens.slice(k + 2, k + 5).some((t) => /^(that|to|whether)$/i.test(t.text))) return true;
      return false;
    }
  }
  if (NOT_SUBJECT_VERBS.has(w) || /^(would|will|could|should|might|may|can|must|has|had|have)$/.test(w)) {
    // "it has launched", "it will cut": a modal or auxiliary before a verb other than be/seem
    // ("It will also include", "it could soon face": adverbs after the modal are skipped too)
    let a = n + 1;
    while (a < tokens.length && a - n <= 2 && /^(also|still|now|already|soon|never|only|just|then|again|probably|likely|eventually|finally)$/i.test(tokens[a].text)) a++;
    const after = tokens[a]?.text.toLowerCase() ?? '';
    return /^(would|will|could|should|might|may|can|must|has|had|have)$/.test(w) && !/^(be|been|seem|seemed|appear|take|not|make|mean)$/.test(after) && (posTags(after).some((x) => /Verb|Tense|Participle|Infinitive/.test(x)) || /[a-z]ed$/.test(after));
  }
  const tags = posTags(w);
  // (a word in -ed the lexicon reads as an adjective is a past tense after "it" at a clause's end or
  // before an object: "the prices it charged.")
  if (/[a-z]ed$/.test(w) && tags.includes('Adjective') && !/^(by|to|that|with|about|of)$/i.test(tokens[n + 1]?.text ?? '')) return i > 0 && !/^(is|was|be|been|being|are|were|seemed|seems|found|made|makes|make|keep|keeps|kept)$/i.test(tokens[i - 1].text);
  if (tags.some((x) => x === 'PastTense' || x === 'PresentTense') && !tags.includes('Adjective')) return true;
  // ("It advised users", "it now faces stiff competition": a word in -ed or -s the lexicon leaves
  // untagged or reads as a plural noun is a finite verb after "it" when WordNet knows it as a verb)
  return /^\p{Ll}{3,}(?:ed|s)$/u.test(w) && (tags.length === 0 || (tags.length === 1 && tags[0] === 'Plural')) && isVerbWord(w);
}

/**
 * A people's or country's word among tokens [from, to) ("the French foreign ministry", "the US
 * administration"), with the country it names: ["French", "France"]; null when there is none.
 */
function countryWord(tokens: Token[], from: number, to: number): string[] | null {
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    if (!UPPER_FIRST.test(w)) continue;
    const d = demonymOf(w);
    if (d) return d.place ? [w, d.place] : [w];
    const p = placeOf(w);
    if (p && p.kind === 'country') return [w];
  }
  return null;
}

/** "Frenchman", "Englishwoman": a people's name + man/woman; not a surname that ends so ("Schwartzman", "Goldman"). */
function demonymMan(w: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)(?:man|woman)$/u.exec(w);
  return !!m && !!demonymOf(m[1]);
}

/** Groups WordNet files under organisation that are no institution: "the family said" is nobody's body. */
const NOT_INSTITUTION = /^(family|families|household|couple|crowd|public|audience|relatives|parents|people)$/;
const isInstitution = rememberedByWord((w) => !NOT_INSTITUTION.test(w) && (isKindOf(w, 'organization', 2) || isKindOf(w, 'gathering', 1)) && !nounClasses(w, 1).includes('person'), 20_000);

/**
 * "The panel said", "the disciplinary tribunal ruled": a definite phrase whose lower-case head is an
 * institution by WordNet (a kind of organisation or of gathering: panel, committee, tribunal, court,
 * jury) and that speaks (a speech verb follows). It is the organisation in focus, like "the company".
 */
function institutionSpeaking(tokens: Token[], i: number): { end: number; kind: 'org' } | null {
  for (let j = i + 1; j < tokens.length && j <= i + 3 && tokens[j].sentence === tokens[i].sentence; j++) {
    const w = tokens[j].text;
    if (!LOWER_HYPHENED.test(w) || CLOSED.has(w)) return null;
    if (!speechAt(tokens, j + 1)) continue;
    return isInstitution(w) ? { end: j + 1, kind: 'org' } : null;
  }
  return null;
}

/** Kin are people, not an organisation (see organisationNoun). */
const KIN = new Set(['family', 'household', 'clan', 'dynasty', 'tribe', 'couple']);
/**
 * A word for a relation to someone, no office ("husband", "wife", "daughter", "girlfriend": WordNet
 * kinds of relative or lover): "husband Ozzy" does not make Ozzy Osbourne the holder of another office
 * than "the Black Sabbath singer".
 */
const relation = rememberedByWord((w) => /^\p{Ll}+$/u.test(w) && (isKindOf(w, 'relative', 1) || isKindOf(w, 'lover', 1)), 5_000);
/**
 * A singular common noun whose most frequent WordNet sense is a kind of organisation ("the cartel", "the
 * committee", "the consortium"), beyond the listed ones; kin ("the family") are people, not an organisation,
 * and a country ("the state") is a place. Plurals ("the two companies") are pairs, read elsewhere.
 */
const organisationNoun = rememberedByWord((w) => !KIN.has(w) && !PERSON_NOUNS.has(w) && !PLACE_NOUNS.has(w) && !posTags(w).includes('Plural') && !/[^siu]s$/.test(w) && isKindOf(w, 'organization', 1), 20_000);
/** A title word outside the seed list ("archbishop", "cardinal", "sheikh") that WordNet takes first for a person: an office, not an honorific, a plain noun for a person ("man") nor a word of a title's ("first"). */
const titledRole = rememberedByWord((w) => !ORG_NOUNS.has(w) && !PLACE_NOUNS.has(w) && !UNNAMED.has(w) && isTitleWord(w) && !isHonorific(w) && nounClasses(w, 1)[0] === 'person', 20_000);

/** Whether token `j` ends its noun phrase: what follows is no lower-case word that could go on with it ("the consumer computing giant"). */
function headAt(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || next.sentence !== tokens[j].sentence || !isWord(next.text) || !LOWER_FIRST.test(next.text) || CLOSED.has(next.text)) return true;
  return posTags(next.text).some((x) => x === 'PastTense' || x === 'PresentTense' || x === 'Adverb' || x === 'Modal');
}

/** "the company", "the 40-year-old", "the Irish province": a definite noun phrase whose head names a role. */
function roleNoun(tokens: Token[], i: number, possessive = false): { end: number; kind: 'person' | 'org' | 'place' } | null {
  let found: { end: number; kind: 'person' | 'org' | 'place' } | null = null;
  for (let j = i + 1; j < tokens.length && j <= i + 5 && tokens[j].sentence === tokens[i].sentence; j++) {
    const w = tokens[j].text;
    const lw = w.toLowerCase();
    if (w === '-' || DIGITS.test(w)) continue; // "The 40-year-old" is tokenised 40 - year-old
    // ("The US company", "the IT firm": a capitalised abbreviation is a name, not the pronoun "us"/"it")
    if (!isWord(w) || (CLOSED.has(lw) && !ALL_CAPS.test(w))) break;
    // "the club spokesman": the club, who speaks through him
    if (UNNAMED.has(lw)) return found?.kind === 'org' && /^spokes/.test(lw) ? found : null;
    const lowerHead = !UPPER_FIRST.test(w);
    // "the Frenchman", "the Scot": a person named by nationality
    if (!lowerHead && (demonymMan(w) || /^(Scot|Briton|Dane|Swede|Spaniard|Argentine|Brazilian|Australian|American|Italian|German|Dutchman|Pole|Finn|Czech|Croat|Serb|Russian|Ukrainian|Kenyan|Nigerian|Ghanaian|Canadian|Belgian|Swiss|Portuguese|Frenchman|New Zealander|Kiwi|Aussie|Englishman|Welshman|Irishman|Scotsman)$/.test(w))) {
      // only as the head: "the Russian oil firm" is a firm
      const next = tokens[j + 1];
      const head = !next || next.sentence !== tokens[i].sentence || !isWord(next.text) || CLOSED.has(next.text.toLowerCase()) || posTags(next.text).some((x) => x === 'PastTense' || x === 'PresentTense' || x === 'Adverb');
      if (head) found = { end: j + 1, kind: 'person' };
      if (head) break;
      continue;
    }
    // "the Chancellor", "the Prime Minister": an office is often capitalised
    const office = titleBase(lw.replace(/^(?:co|vice|deputy)-/, ''));
    // (not when a name goes on: "the Premier League", "the President Hotel")
    const nameGoesOn = !lowerHead && UPPER_FIRST.test(tokens[j + 1]?.sentence === tokens[i].sentence ? tokens[j + 1].text : '');
    // ("the CEO", "the Labour MP": an office in capitals; "the Democrat", "the Tory": a party's member)
    const capsOffice = /^(?:CEO|CFO|COO|CTO|MP|MEP|MSP|AM)$/.test(w) && !nameGoesOn;
    // (only as the head before a past tense, a modal or a function word: "the Tory plans", "the Tory
    // backed inquiry", "the Liberal Democrat's" are no person)
    const nx = tokens[j + 1]?.sentence === tokens[i].sentence ? tokens[j + 1].text : '.';
    const member = !lowerHead && TITLE_WORD.test(w) && !/s$/.test(w) && !nameGoesOn && (!isWord(nx) && !/^['’]/.test(nx) || (CLOSED.has(nx) && !/^(and|or)$/.test(nx)) || /^(said|says|told|added|insisted|warned|argued|claimed|admitted|denied)$/.test(nx)) && isGroupMemberWord(w) && !demonymOf(w);
    if (capsOffice || member || ((lowerHead || (isTitleWord(office) && !isHonorific(office) && !nameGoesOn)) && (PERSON_NOUNS.has(office) || /^(?:\d+-)?year-old$/.test(lw) || (lowerHead && titledRole(lw) && headAt(tokens, j))))) found = { end: j + 1, kind: 'person' };
    else if (lowerHead && (ORG_NOUNS.has(lw) || kindOfNoun(lw) || organisationNoun(lw))) found = { end: j + 1, kind: 'org' };
    else if (lowerHead && PLACE_NOUNS.has(lw)) found = { end: j + 1, kind: 'place' };
    else if (found) break;
    // a plural or a verb ends the phrase (a lower-case word, while nothing is found yet: the tags are
    // asked only then)
    if (!found && LOWER_FIRST.test(w)) {
      const tags = posTags(lw);
      // (a plural that only modifies an office after it is no end: "the courts minister", "the sports editor")
      const officeNext = tags.includes('Plural') && j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence && PERSON_NOUNS.has(tokens[j + 1].text.toLowerCase());
      if (!officeNext && tags.some((x) => x === 'PastTense' || x === 'PresentTense' || x === 'Plural')) return null;
    }
  }
  // "the president of France": named by what follows; "accused the chancellor of using" is not
  // (after a possessive the owner names it: "praised his chancellor for his role")
  if (found && !possessive && found.end < tokens.length && /^(of|for)$/.test(tokens[found.end].text) && !LOWER_ING.test(tokens[found.end + 1]?.text ?? '')) return null;
  return found;
}
