// First person inside quotes: the words of a quote are its speaker's, so "I", "me", "my", "mine" and
// "myself" there are the speaker, and "we", "us", "our", "ours" and "ourselves" the body the speaker
// speaks for. This runs after quote attribution (the speaker is only known then) and adds coreference
// links to the ones the salience pass made (coref.ts), which never links a first-person pronoun.
//
//   I/me/my/mine/myself       the quote's speaker, when it is a person the article names;
//   we/us/our/ours/ourselves  the speaker itself when it is an organisation ("a spokesman for the
//                             club said: "We ...""); for a person, the organisation the article gave
//                             as theirs (below), else nothing: "we" may be a family, a team of
//                             colleagues, a country or people in general, and a wrong entity is worse
//                             than none.
//
// A person's organisation, from the article's own words, outside quotes (the nearest before the quote
// wins, else the first after it):
//   "Tesco chief executive Terry Leahy", "Chelsea manager Jose Mourinho"   an organisation right
//       before one of the person's mentions, with only role nouns (and honorifics) between;
//   "Labour's Alan Milburn", "Tesco's Terry Leahy"                          an organisation's possessive;
//   "Terry Leahy, chief executive of Tesco," / "..., Tesco's chairman"     a role in apposition.
//   "Steelers defensive captain" kept as the person's title                  an organisation named in it.
// A national side's coach or captain ("France coach Bernard Laporte") speaks for the side: a place
// counts only before a team role.
// Words inside a quote nested in the quote ('...') are someone else's and are left alone.

import type { CorefLink, DocEntity, Mention, Quote, Sentence } from '../model/index.js';
import { bisect } from './tokens.js';
import { isCommonWord, isHonorific, isRoleNoun, isTitleWord } from './gazetteer.js';

const SINGULAR = /^(?:I|me|my|mine|myself)$/i;
const PLURAL = /^(?:we|us|our|ours|ourselves)$/i;
/** Roles that make a place's name a national side's: "England coach", "Wales captain". */
const TEAM_ROLE = /^(?:coach|manager|captain|skipper|boss|head coach|team manager|selector|player|striker|forward|goalkeeper|keeper)$/i;

/** The organisation the article names as person `key`'s, nearest before `at` (else first after), or null. */
export function affiliationOf(text: string, key: string, at: number, entities: DocEntity[], mentions: Mention[], quoted: (pos: number) => boolean): string | null {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const org = (k: string, team: boolean) => {
    const t = byKey.get(k)?.type;
    return t === 'ORG' || ((t === 'GPE' || t === 'NORP') && team);
  };
  let before: string | null = null;
  let after: string | null = null;
  const found = (k: string, pos: number) => {
    if (pos < at) before = k;
    else after ??= k;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.entity !== key || quoted(m.start)) continue;
    // "Tesco chief executive Terry Leahy", "Labour's Alan Milburn"
    const prev = mentions[i - 1];
    // (not an ordinary word that only opens the sentence with a capital: "New Home Secretary X")
    const opener = (p: Mention) => !/\s/.test(p.text) && isCommonWord(p.text) && /(?:^|[.!?]["”’]?\s+|\n)["“]?$/.test(text.slice(Math.max(0, p.start - 4), p.start));
    if (prev && prev.sentence === m.sentence && prev.entity !== key && !quoted(prev.start) && !opener(prev)) {
      const between = text.slice(prev.end, m.start);
      const words = between.replace(/^['’]s\b/, '').trim().split(/\s+/).filter(Boolean);
      const roles = words.filter((w) => !isHonorific(w));
      const possessive = /^['’]s\s+$/.test(between) || (/^['’]s\s/.test(between) && words.length <= 3 && words.every((w) => isHonorific(w) || isRoleNoun(w) || isTitleWord(w)));
      const roleRun = words.length >= 1 && words.length <= 3 && roles.length >= 1 && words.every((w) => isHonorific(w) || isRoleNoun(w) || isTitleWord(w) || /^(?:senior|managing|finance|deputy|vice)$/i.test(w));
      if ((possessive || roleRun) && org(prev.entity, roles.some((w) => TEAM_ROLE.test(w)) || TEAM_ROLE.test(roles.join(' ')))) found(prev.entity, m.start);
    }
    // "Terry Leahy, chief executive of Tesco," / "Terry Leahy, Tesco's chairman,"
    const next = mentions[i + 1];
    if (next && next.sentence === m.sentence && next.entity !== key && !quoted(next.start)) {
      const between = text.slice(m.end, next.start);
      const of = /^,\s+(?:the\s+|a\s+|its\s+)?([\p{Ll}\p{Lu}][\p{L}-]*(?:\s+[\p{L}-]+){0,3})\s+(?:of|at|for)\s+(?:the\s+)?$/u.exec(between);
      const ofRole = of && of[1].split(/\s+/).some((w) => isRoleNoun(w) || isTitleWord(w));
      const poss = /^,\s+(?:the\s+)?$/.test(between) && new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+`, 'u').test(text.slice(next.end, next.end + 40));
      const possRole = poss && text.slice(next.end, next.end + 40).replace(/^['’]s\s+/, '').split(/[\s,.;]+/).slice(0, 3).some((w) => isRoleNoun(w));
      if ((ofRole || possRole) && org(next.entity, !!of && of[1].split(/\s+/).some((w) => TEAM_ROLE.test(w)))) found(next.entity, m.start);
    }
  }
  if (before ?? after) return before ?? after;
  // "Steelers defensive captain" kept as the person's title: an organisation named in it (a place only
  // before a team role)
  const person = byKey.get(key);
  for (const title of person?.titles ?? []) {
    const words = title.split(/\s+/);
    for (const e of entities) {
      if (e.key === key || !org(e.key, words.some((w) => TEAM_ROLE.test(w)))) continue;
      // (not a name that is one ordinary word, which a title may hold as such: "New Home Secretary")
      if (e.aliases.some((a) => a.length > 1 && !(!/\s/.test(a) && isCommonWord(a)) && aliasInTitle(a).test(title))) return e.key;
    }
  }
  return null;
}

/**
 * The regex that finds alias `a` as whole words in a title (a possessive allowed), made once per alias:
 * affiliationOf asks it for every alias of every organisation, for each title of each quoted speaker.
 * Emptied at ALIAS_REGEXES aliases. Not global, so a kept regex holds no state between tests.
 */
function aliasInTitle(a: string): RegExp {
  let re = aliasRegexes.get(a);
  if (!re) {
    if (aliasRegexes.size >= ALIAS_REGEXES) aliasRegexes.clear();
    aliasRegexes.set(a, (re = new RegExp(`(?:^|\\s)${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s?)?(?:\\s|$)`)));
  }
  return re;
}
const aliasRegexes = new Map<string, RegExp>();
const ALIAS_REGEXES = 10_000;

/** Spans of quotes nested inside [start, end) ('...' or ‘...’): their words are not the speaker's. */
function nestedQuotes(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /(?<=^|[\s(—–-])(?:‘[^’]*’|'(?=\w)[^]*?\w[.,!?]?'(?=[\s.,;:!?)—–-]|$))/g;
  const inner = text.slice(start, end);
  for (let m = re.exec(inner); m; m = re.exec(inner)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

/** Coreference links for the first-person pronouns inside quotes whose speaker is known (see above), in text order. */
export function quotedPersonLinks(text: string, sentences: Sentence[], quotes: Quote[], entities: DocEntity[], mentions: Mention[]): CorefLink[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const spans = quotes.map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
  const quoted = (pos: number) => spans.some(([s, e]) => s <= pos && pos < e);
  const links: CorefLink[] = [];
  const orgOf = new Map<string, string | null>();
  for (const q of quotes) {
    const speaker = q.speaker ? byKey.get(q.speaker) : undefined;
    if (!speaker) continue;
    const nested = nestedQuotes(text, q.start, q.end);
    const words = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b/g;
    const body = text.slice(q.start, q.end);
    for (let m = words.exec(body); m; m = words.exec(body)) {
      const at = q.start + m.index;
      if (nested.some(([s, e]) => s <= at && at < e)) continue;
      const w = m[0];
      // ("US" in capitals is the country; "I" before a full stop of an initial, "World War I", is no pronoun)
      if (w === 'US' || (w === 'I' && /^\.\S/.test(text.slice(at + 1, at + 3)))) continue;
      if (w === 'I' && /\b(?:War|Class|Phase|Stage|Part|Division|Series|Act|Henry|Charles|Elizabeth|James|George|Edward|William)\s+$/.test(text.slice(Math.max(0, at - 12), at))) continue;
      let entity: string | null = null;
      let confidence = 0.9;
      if (SINGULAR.test(w)) entity = speaker.type === 'PERSON' ? speaker.key : null;
      else if (PLURAL.test(w)) {
        if (speaker.type === 'ORG') entity = speaker.key;
        else if (speaker.type === 'PERSON') {
          if (!orgOf.has(speaker.key)) orgOf.set(speaker.key, affiliationOf(text, speaker.key, q.start, entities, mentions, quoted));
          entity = orgOf.get(speaker.key) ?? null;
          confidence = 0.6;
        }
      }
      if (!entity) continue;
      const sentence = sentences[Math.max(0, bisect(0, sentences.length, (k) => sentences[k].start <= at) - 1)]?.index ?? q.sentence;
      links.push({ start: at, end: at + w.length, text: w, entity, sentence, kind: 'pronoun', confidence });
    }
  }
  return links.sort((a, b) => a.start - b.start);
}
