// The language of a document: tinyld (pure JS, offline, ISO 639-1) over the text, with the page's
// own declaration (`<html lang>`, og:locale, JSON-LD inLanguage) as the tie-breaker and the
// fallback for texts too short to tell.
import { detectAll } from 'tinyld';
import type { MetaOrigin } from '../model/index.js';

export interface LanguageGuess {
  /** ISO 639-1 code ("en"). */
  language: string;
  /** In [0,1]; below 0.5 means "could not tell", and the language is then a declaration or the default. */
  confidence: number;
  origin: MetaOrigin;
}

// Below this many letters n-gram detectors confuse close languages (tinyld's own guidance).
const MIN_LETTERS = 120;
// How much text to look at: enough to be sure, bounded so a long page costs no more than a short one.
const SAMPLE_CHARS = 3000;

/** "en-GB", "en_US", "EN" → "en"; null for anything that is not a language tag. */
export function languageTag(raw: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(raw ?? '');
  if (!m) return null;
  const code = m[1].toLowerCase();
  // ISO 639-2 codes pages use for the common languages; others are kept as given.
  return THREE_TO_TWO[code] ?? code;
}

const THREE_TO_TWO: Record<string, string> = {
  eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', dut: 'nl',
  rus: 'ru', ukr: 'uk', pol: 'pl', jpn: 'ja', zho: 'zh', chi: 'zh', kor: 'ko', ara: 'ar', tur: 'tr', swe: 'sv',
};

/**
 * The language of `text`. `declared` is what the page says about itself, if anything. A long text
 * is judged by its words; the declaration wins when the detector's first two guesses are close
 * and the declaration is one of them (Norwegian/Danish, Spanish/Catalan). A short text takes the
 * declaration, else English, with a low confidence.
 */
export function detectLanguage(text: string, declared: { language: string; origin: MetaOrigin } | null = null): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  // only whether there are MIN_LETTERS letters is asked: counting stops there
  const letters = countUpTo(LETTER, sample, MIN_LETTERS);
  // English prose is told by its own function words (see englishShare), which the n-gram pass below
  // would only confirm or be overruled by: checked first, it spares that pass (about 1 CPU ms of the
  // understand thread an article; docs/SCALING.md). A page declaring another language still goes to the n-grams.
  const share = letters > 0 ? englishShare(sample) : 0;
  if (letters >= MIN_LETTERS && (!declared || declared.language === 'en') && share >= ENGLISH_SHARE) {
    return { language: 'en', confidence: round(Math.min(1, share / PROSE_SHARE)), origin: 'detected' };
  }
  // Scripts of their own are unambiguous even in a short text (CJK count one letter per word).
  const guesses = letters > 0 ? detectAll(sample) : [];
  const top = guesses[0];
  // (CJK letters are counted only for a text short of MIN_LETTERS letters)
  if (top && (letters >= MIN_LETTERS || countUpTo(CJK, sample, 31) > 30)) {
    const second = guesses[1];
    if (declared && declared.language !== top.lang && second?.lang === declared.language && second.accuracy >= 0.5 * top.accuracy) {
      return { language: declared.language, confidence: round(second.accuracy), origin: declared.origin };
    }
    // tinyld's n-grams call some plain English news Klingon, Irish or Portuguese ("VW considers opening
    // Indian plant": tlh 0.71, en 0.29): a text whose running words are English function words as often
    // as English prose has them is English, whatever the n-grams say
    if (top.lang !== 'en' && share >= ENGLISH_SHARE) {
      return { language: 'en', confidence: round(Math.max(0.5, guesses.find((g) => g.lang === 'en')?.accuracy ?? 0)), origin: 'detected' };
    }
    return { language: top.lang, confidence: round(Math.max(0.5, top.accuracy)), origin: 'detected' };
  }
  if (declared) return { language: declared.language, confidence: 0.4, origin: declared.origin };
  return { language: 'en', confidence: 0.1, origin: 'default' };
}

// Words only English writes, among its most frequent (no "a", "in", "on", "is": other languages have
// them too); about a fifth of English news prose, under one in a hundred words of other languages.
const ENGLISH_WORDS = new Set('the of and to that for with from said which were has have this will his would been their they but its by was'.split(' '));
const ENGLISH_SHARE = 0.12;
// The share English news prose has (the median of the BBC articles is 0.23): a text at or above it is
// surely English (confidence 1), one at the threshold less so (0.6).
const PROSE_SHARE = 0.2;

/** The share of `text`'s words (of letters only) that are ENGLISH_WORDS. */
function englishShare(text: string): number {
  let words = 0;
  let english = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    words++;
    if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++;
  }
  return words === 0 ? 0 : english / words;
}

const LETTER = /\p{L}/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** How many matches of the global regex `re` `text` holds, counting no further than `max`. */
function countUpTo(re: RegExp, text: string, max: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < max && re.exec(text) !== null) n++;
  return n;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
