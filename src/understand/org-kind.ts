// What kind of organisation a noun names ("the club", "the firm", "the ministry"), and what kind each
// organisation an article names is, so that "the club said" goes to a club rather than to whichever
// organisation was mentioned last (a sponsor, a league, the broadcaster).
//
// An organisation's kind comes from, in order: the words of its own name ("Labour Party", "Ministry
// of Defence", "Leeds United"), the lexicon's sports teams, and the nouns the article puts beside it
// ("Premiership club Chelsea", "Yukos, the Russian oil firm,"). A noun outside the seed lists takes the
// kind of a WordNet synonym that is in them ("house" → firm), so the lists name kinds, not every word.

import type { DocEntity, Mention } from '../model/index.js';
import { isSportsTeam } from './gazetteer.js';
import { lexicalRelatives, nounClasses } from './wordnet.js';
import { ALL_CAPS, ACRONYM } from './tokens.js';

export type OrgKind = 'sport' | 'company' | 'government' | 'party' | 'union' | 'media' | 'league';

// "group", "body", "organisation" name any kind, so they are in none
const SEEDS: Record<OrgKind, string> = {
  sport: 'club side team squad outfit franchise',
  company: 'company firm business corporation giant maker carrier operator retailer chain insurer lender brewer publisher developer manufacturer conglomerate startup start-up airline bank supermarket',
  government: 'government ministry department authority agency regulator watchdog council commission administration executive',
  party: 'party',
  union: 'union',
  media: 'broadcaster channel newspaper network station paper magazine',
  // the body a sport's clubs belong to: "the league" is not one of its clubs
  league: 'league federation confederation',
};
// nouns for any kind of organisation, which WordNet would otherwise file under one ("organisation" ~ administration)
const KINDLESS = new Set('organisation organization group body institution'.split(' '));
const KIND_OF = new Map<string, OrgKind>();
for (const [kind, words] of Object.entries(SEEDS) as [OrgKind, string][]) for (const w of words.split(' ')) KIND_OF.set(w, kind);

// the last word of a name that says what it is ("Leeds United", "Acme Holdings"); a one-word name says nothing
const NAME_ENDS: Record<string, OrgKind> = {
  fc: 'sport', united: 'sport', city: 'sport', rovers: 'sport', athletic: 'sport', wanderers: 'sport', albion: 'sport', hotspur: 'sport', rangers: 'sport', county: 'sport',
  inc: 'company', corp: 'company', corporation: 'company', plc: 'company', ltd: 'company', co: 'company', company: 'company', holdings: 'company', motors: 'company', airlines: 'company', airways: 'company', bank: 'company', technologies: 'company', systems: 'company', communications: 'company', pharmaceuticals: 'company',
  party: 'party', union: 'union', league: 'league', federation: 'league', confederation: 'league',
};
// a word anywhere in a name that says what it is ("Ministry of Defence", "Department for Transport")
const NAME_WORDS: Record<string, OrgKind> = { ministry: 'government', department: 'government', government: 'government', commission: 'government', council: 'government', authority: 'government', agency: 'government', administration: 'government', party: 'party', union: 'union' };

// the people a club has and a firm does not: "Leeds chairman" says little, "Chelsea striker" and "Liverpool fans" say club
const SPORT_MEMBERS = new Set('player players striker midfielder defender goalkeeper keeper winger squad'.split(' '));
// Members a company, a union or a fan club has too ("Worldcom boss", "fund manager", "Apple fans"): they
// say "club" only in an article that some other sign already puts in sport.
const SHARED_MEMBERS = new Set('coach fans supporters captain manager boss'.split(' '));

const cache = new Map<string, OrgKind | null>();

/** The kind of organisation a common noun names, or null ("group", "organisation": any kind). */
export function kindOfNoun(noun: string): OrgKind | null {
  const w = noun.toLowerCase();
  const seeded = KIND_OF.get(w);
  if (seeded) return seeded;
  if (KINDLESS.has(w)) return null;
  // "planemaker", "chipmaker", "drugmaker": news coins these faster than any word list
  if (/^[a-z]{3,}maker$/.test(w)) return 'company';
  if (cache.has(w)) return cache.get(w)!;
  let kind: OrgKind | null = null;
  // only a noun whose first sense is a group ("house" is a firm; "giant" as a person is not asked here)
  if (nounClasses(w, 1).includes('group')) {
    for (const s of lexicalRelatives(w).synonyms) {
      const k = KIND_OF.get(s);
      // (not a league by a synonym: "conference" is far more often a meeting)
      if (k && k !== 'league') {
        kind = k;
        break;
      }
    }
  }
  cache.set(w, kind);
  return kind;
}

/** The kinds the article and the name give each entity (any type: a club may be typed as its town). */
export function orgKinds(text: string, entities: DocEntity[], mentions: Mention[]): Map<string, Set<OrgKind>> {
  const out = new Map<string, Set<OrgKind>>();
  const add = (key: string, k: OrgKind | null) => {
    if (!k) return;
    const s = out.get(key) ?? new Set<OrgKind>();
    s.add(k);
    out.set(key, s);
  };
  for (const e of entities) {
    if (e.type === 'PERSON') continue;
    const words = e.name.toLowerCase().replace(/\./g, '').split(/\s+/);
    if (words.length > 1) add(e.key, NAME_ENDS[words[words.length - 1]] ?? null);
    for (const w of words) add(e.key, NAME_WORDS[w] ?? null);
    if (isSportsTeam(e.name)) add(e.key, 'sport');
  }
  const types = new Map(entities.map((e) => [e.key, e.type]));
  const memberAfter = (m: Mention) => /^\s+([a-z]+)/.exec(text.slice(m.end, m.end + 20))?.[1] ?? '';
  const shared: Mention[] = [];
  for (const m of mentions) {
    if (types.get(m.entity) === 'PERSON') continue;
    // a mention longer than the entity's name ("Leeds United" of a club typed as its town)
    const own = m.text.toLowerCase().split(/\s+/);
    if (own.length > 1) add(m.entity, NAME_ENDS[own[own.length - 1]] ?? null);
    const member = memberAfter(m);
    if (SPORT_MEMBERS.has(member)) add(m.entity, 'sport');
    else if (SHARED_MEMBERS.has(member)) shared.push(m);
    // "Premiership club Chelsea", "software giant Microsoft", "the French club Biarritz"
    const before = /\b([a-z][a-z-]+)\s+$/.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (before) add(m.entity, kindOfNoun(before[1]));
    // "Yukos, the Russian oil firm,", "Leeds as a great club", "Wasps are the only side": the first kind noun
    // ("Ubisoft, one of Europe's biggest video game publishers,": one of a plural of the kind)
    const after = /^(?:,|\s+(?:as|is|was|are|were))\s+(?:the|a|an|one\s+of\s+(?:the|[\p{Lu}][\w.-]*['’]s?))\s+((?:[\w'-]+\s+){0,3}[\w'-]+)/u.exec(text.slice(m.end, m.end + 70));
    if (after) {
      const plural = /^,\s+one\s/.test(text.slice(m.end, m.end + 6));
      for (const w of after[1].split(/\s+/)) {
        const lw = w.toLowerCase();
        const k = KIND_OF.get(lw) ?? (plural && /[^s]s$/.test(lw) ? KIND_OF.get(lw.slice(0, -1)) : undefined) ?? null;
        if (k) {
          add(m.entity, k);
          break;
        }
      }
    }
  }
  if ([...out.values()].some((ks) => ks.has('sport'))) for (const m of shared) add(m.entity, 'sport');
  // an acronym the article uses for a name it also spells out ("UKIP" of "UK Independence Party",
  // "CBI"): the same organisation, so the same kind, when the two are separate entities
  for (const e of entities) {
    if (e.type === 'PERSON' || out.has(e.key) || !ACRONYM.test(e.name)) continue;
    for (const f of entities) {
      const ks = out.get(f.key);
      if (ks && f !== e && f.type !== 'PERSON' && initialsOf(f.name) === e.name.toLowerCase()) for (const k of ks) add(e.key, k);
    }
  }
  return out;
}

/** A name's initials, an all-capital word counting whole ("UK Independence Party" → "ukip"; store/resolve.ts's acronymOf gives "uip"); "" for one word. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(of|for|and|the|&)$/i.test(w));
  return words.length < 2 ? '' : words.map((w) => (ALL_CAPS.test(w) ? w : w[0] ?? '')).join('').toLowerCase();
}
