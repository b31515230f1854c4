// Who "he", "she" and "the president" are: the small amount of coreference that quotes and
// events need. A sentence's subject is the person named at its start (after "But", "However,");
// a pronoun points to the nearest such subject before it, skipping people of the other gender
// when a first name tells; a role ("the president") points to the person titled so.

import type { DocEntity, Mention, Sentence } from '../model/index.js';
import type { Token } from './tokens.js';
import { genderOfFirstName, isRoleNoun } from './gazetteer.js';

const OPENERS = new Set(['but', 'and', 'however', 'meanwhile', 'earlier', 'later', 'then', 'so', 'yet', 'now', 'thus', 'still', 'also', 'instead', ',', '—', '–', '-', '"', '“']);
const PRONOUNS_M = new Set(['he', 'him', 'his', 'himself']);
const PRONOUNS_F = new Set(['she', 'her', 'hers', 'herself']);

export type Subject = { key: string; quoted?: boolean } | { role: true } | { pronoun: string } | null;

export class Coref {
  private subjects: Subject[];
  private byKey: Map<string, DocEntity>;
  private bySentence = new Map<number, Mention[]>();
  private startsOf = new Map<string, number[]>();

  constructor(
    private sentences: Sentence[],
    private tokens: Token[],
    private entities: DocEntity[],
    private mentions: Mention[],
  ) {
    this.byKey = new Map(entities.map((e) => [e.key, e]));
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
        this.subjects[s.index] = { pronoun: first.text };
        continue;
      }
      // "The president said" → the person titled so; "A Home Office spokesman": a role nobody is named for
      if (/^(the|a|an)$/i.test(first.text)) {
        for (let q = k + 1; q < Math.min(k + 6, this.tokens.length) && this.tokens[q].sentence === s.index; q++) {
          const t = this.tokens[q].text;
          if (isRoleNoun(t)) {
            const m = this.mentions[mi];
            if (!(m && m.sentence === s.index && m.start < this.tokens[q].start && this.entity(m.entity)?.type === 'PERSON')) {
              const key = this.role(this.tokens.slice(k, q + 1).map((x) => x.text).join(' '), first.start);
              this.subjects[s.index] = key ? { key } : { role: true };
            }
            break;
          }
          if (/^[,.;:]$/.test(t)) break;
        }
        continue;
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
    if (cur && 'role' in cur) return null;
    for (let s = sentence - 1; s >= 0 && sentence - s <= 6; s--) {
      const sub = this.subjects[s];
      if (sub && 'role' in sub) return null;
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

  /** Whoever the sentence is about ("..., saying:"): its subject, a person or an organisation. */
  subject(sentence: number, at: number): string | null {
    const cur = this.subjects[sentence];
    if (!cur || 'role' in cur) return null;
    if ('pronoun' in cur) return this.pronoun(cur.pronoun, sentence, this.sentences[sentence].start);
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

  /** "the president", "the home secretary" → the person whose titles end with that role. */
  role(phrase: string, at: number): string | null {
    const words = phrase.toLowerCase().replace(/[’']s\b/g, ' ').split(/\s+/).filter((w) => w && !/^(the|a|an|former|new)$/.test(w));
    if (words.length === 0 || words.length > 4) return null;
    const head = words[words.length - 1];
    if (/^(spokesman|spokeswoman|spokesperson|official|officials|source|sources|aide|aides)$/.test(head)) return null;
    const wanted = words.join(' ');
    let bestKey: string | null = null;
    let bestAt = -1;
    for (const e of this.entities) {
      if (e.type !== 'PERSON') continue;
      if (!e.titles.some((t) => t.toLowerCase() === wanted || t.toLowerCase().endsWith(' ' + wanted))) continue;
      const starts = this.startsOf.get(e.key) ?? [];
      const k = lastBefore(starts, at);
      if (k >= 0 && starts[k] > bestAt) {
        bestAt = starts[k];
        bestKey = e.key;
      }
    }
    return bestKey;
  }
}

/** Index of the last value < at in a sorted array, or -1. */
function lastBefore(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
