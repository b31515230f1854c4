// Numbers: money (with currency and scale), percentages, durations ("36-hour trip"), counts with
// what they count ("20 living hostages"), ordinals, written numbers ("two", "a dozen").
// Years, dates and clock times are left to times.ts; so are spans of time that a time word
// governs ("within two weeks", "58 days ago").

import type { NumberExpr, NumberKind, Sentence } from '../model/index.js';
import { MONTHS, currencyOfWord, isCurrencyCode, isFunctionWord, posTags } from './gazetteer.js';
import { isPluralNoun, nounBase, nounClasses } from './wordnet.js';

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, millions: 1e6, bn: 1e9, b: 1e9, billion: 1e9, billions: 1e9,
  tn: 1e12, trillion: 1e12, trn: 1e12, lakh: 1e5, crore: 1e7,
};
const SYMBOLS: Record<string, string> = { $: 'USD', 'US$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', '₪': 'ILS' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', euro: 'EUR', euros: 'EUR', yen: 'JPY',
  yuan: 'CNY', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', shekel: 'ILS', shekels: 'ILS',
  hryvnia: 'UAH', francs: 'CHF', franc: 'CHF',
};
const CODES = new Set(['USD', 'GBP', 'EUR', 'JPY', 'CNY', 'INR', 'RUB', 'CHF', 'CAD', 'AUD', 'UAH', 'ILS']);
const UNITS: Record<string, string> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
};
const WORD_NUM: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
// "one" before a unit of measure, or before a time unit with a possessive ("one day's notice")
const ONE_UNIT = /^\s+(?:(millimet(?:re|er)|centimet(?:re|er)|met(?:re|er)|kilomet(?:re|er)|mile|inch|foot|yard|kilogram|gram|tonne|ounce|litre|liter|gallon|degree)\b|(second|minute|hour|day|week|month|year|decade)(?=['’]s?\s))/i;
// a number governed by one of these, with a time unit after it, is a time expression
const TIME_GOVERNORS = new Set(['within', 'in', 'for', 'after', 'over', 'next', 'last', 'past', 'since', 'before', 'around', 'about', 'nearly', 'almost', 'than', 'every', 'first', 'final']);

// one pass per sentence; alternatives are anchored on distinct first characters, so this is linear
const NUM =
  /(?:(US\$|A\$|C\$|HK\$|[$£€¥₹₽₴₪])\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(%|per\s?cent|percent)|(?:\s?|-)(k|m|mn|mln|bn|b|tn|trn|thousand|million|billion|trillion|lakh|crore)\b)?(st|nd|rd|th)?|\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?:\s(dozen|hundred|thousand|million|billion|trillion))?\b(?:\s(per\s?cent|percent)\b)?|\b(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b/giu;

// NUM matched at one position only: the first word of "three four-hour sessions" on its own
const NUM_AT = new RegExp(NUM.source, 'iuy');
// the words after "two hundred" or "three thousand" that complete the number ("and thirty four", "five hundred")
const WORD_REST = /^\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?:\s+(hundred))?\b/i;
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const ORDINALS: Record<string, number> = {
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
// Units written glued to a number ("1.8GB", "15Mbps", "25mm", "530p"): the number measures in them.
// "p" is pence; "m" stays the million scale above (it is one in "£4m", and "4.88m" is read as written).
const GLUED_UNIT = /^(p|GB|MB|TB|KB|kB|Gb|Mb|GHz|MHz|kHz|Mbps|Kbps|kbps|Gbps|kg|km|mm|cm|mph|kph|km\/h|ft|lbs?|mg|ml|kW|MW|GW|kWh|bhp|hp)(?![\p{L}\d])/u;

// Shares said in words: "one in eight", "nine out of 10", "one in every five" (a proportion), "two-thirds",
// "three-quarters" (a fraction), and "a third of", "half of" (a fraction of something). Each is a share,
// kept as a percentage (its value), and the numbers inside it are not read again on their own.
const SMALL = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})';
const PROPORTION = new RegExp(
  `\\b(${SMALL})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a\\s+hundred|\\d{1,4})\\b(?!\\s*(?:-|\\.\\d|,\\d|%|per\\s?cent|(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|games?|matches?|attempts?|races?|starts?)\\b))`,
  'giu',
);
const FRACTION =
  /\b(?:(one|two|three|four|five|six|seven|nine)-(halves|thirds|quarters|fifths|sixths|eighths|tenths)|(a|one)[- ](third|quarter|fifth|sixth|tenth)(?=\s+of\b)|(three|two)\s+(quarters|thirds)(?=\s+of\b)|(half)(?=\s+(?:of|the)\s))\b/giu;
const PARTS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighths: 8, tenth: 10, tenths: 10 };
const countOf = (w: string) => (/^\d/.test(w) ? Number(w) : /^a\s+hundred$/i.test(w) ? 100 : w.toLowerCase() === 'one' || w.toLowerCase() === 'a' ? 1 : WORD_NUM[w.toLowerCase()]);

// Words every PROPORTION, FRACTION and APPROX match holds: a sentence without them is not searched (the
// patterns try their alternatives at every word; these literal tests skip most sentences at once), with
// the patterns' flags, so that they fold case alike.
const MAY_PROPORTION = /\s(?:in|out)\s/iu;
const MAY_FRACTION = /hal(?:f|ves)|third|quarter|fifth|sixth|eighth|tenth/iu;
const MAY_APPROX = /hundred|thousand|million/iu;

function shares(slice: string, s: Sentence): NumberExpr[] {
  const out: NumberExpr[] = [];
  const push = (start: number, text: string, value: number) => {
    if (Number.isFinite(value) && value > 0 && value <= 100) out.push({ start: s.start + start, end: s.start + start + text.length, text, kind: 'percent', value: Math.round(value * 100) / 100, unit: null, counted: null, sentence: s.index });
  };
  if (MAY_PROPORTION.test(slice)) for (const m of slice.matchAll(PROPORTION)) {
    const [a, b] = [countOf(m[1]), countOf(m[2])];
    // "one in five", never "10 in 2004" or "three in one"
    if (a && b && a < b && !/^(?:1[89]|20)\d\d$/.test(m[2])) push(m.index, m[0], (100 * a) / b);
  }
  if (MAY_FRACTION.test(slice)) for (const m of slice.matchAll(FRACTION)) {
    const num = m[1] ?? m[3] ?? m[5] ?? (m[7] ? 'one' : undefined);
    const den = m[2] ?? m[4] ?? m[6] ?? m[7];
    if (!num || !den) continue;
    // "half" alone needs "half of", "half the": "the second half" is a period of play
    if (m[7] && /\b(?:first|second|the|a|one|and|each)\s+$/i.test(slice.slice(Math.max(0, m.index - 10), m.index))) continue;
    push(m.index, m[0], (100 * countOf(num)) / PARTS[den.toLowerCase()]);
  }
  return out;
}

// Counts said by their order of size: "hundreds of tasks", "thousands of people", "tens of thousands of
// fans", "several hundred people", "a few thousand". The value is the order (100, 1,000); the counted noun
// follows as for any count.
const APPROX = /\b(?:(?:(tens|hundreds)\s+of\s+)?(hundreds|thousands|millions)\s+of|(?:several|a\s+few)\s+(hundred|thousand|million))(?![\p{L}-])/giu;
const ORDER: Record<string, number> = { hundred: 100, hundreds: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, tens: 10 };

function approximate(slice: string, s: Sentence): NumberExpr[] {
  const out: NumberExpr[] = [];
  if (!MAY_APPROX.test(slice)) return out;
  for (const m of slice.matchAll(APPROX)) {
    const value = m[3] ? ORDER[m[3].toLowerCase()] : (m[1] ? ORDER[m[1].toLowerCase()] : 1) * ORDER[m[2].toLowerCase()];
    // "of" is read past as in "twenty of his films": "hundreds of cool erotic tasks" counts tasks, and a
    // determiner after it too ("thousands of their fans")
    const at = m.index + m[0].length;
    const det = /^\s+(?:the|his|her|their|its|our)(?=\s)/i.exec(slice.slice(at))?.[0].length ?? 0;
    const counted = countedAfter(slice, at) ?? (det ? countedAfter(slice, at + det) : null);
    const text = m[3] ? m[0] : m[0].replace(/\s+of$/i, '');
    out.push({ start: s.start + m.index, end: s.start + m.index + text.length, text, kind: counted ? 'count' : 'number', value, unit: null, counted, sentence: s.index });
  }
  return out;
}

// A time taken, as results write it: minutes and seconds with hundredths ("1:47.97", "8:04.69") or hours,
// minutes and seconds ("2:04:55"). A clock time has neither hundredths nor a third field ("10:35").
const ELAPSED = /(?<![\d:.,])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?(?![\d:]|\.\d)/g;

// The same in words: "one minute, 47.97 seconds", "two hours 4 minutes 55 seconds" (one time, not two).
const BELOW_SIXTY = `\\d{1,2}|one|${Object.keys(WORD_NUM).filter((w) => WORD_NUM[w] < 60).join('|')}`;
const ELAPSED_WORDS = new RegExp(
  `\\b(?:(${BELOW_SIXTY})\\s+hours?,?\\s+(?:and\\s+)?)?(${BELOW_SIXTY})\\s+minutes?,?\\s+(?:and\\s+)?(\\d{1,2}(?:\\.\\d{1,3})?)\\s+seconds?\\b`,
  'gi',
);

function elapsed(slice: string, s: Sentence): NumberExpr[] {
  const out: NumberExpr[] = [];
  // every match of ELAPSED_WORDS writes "minute", of ELAPSED a colon
  if (/minute/i.test(slice)) for (const m of slice.matchAll(ELAPSED_WORDS)) {
    const value = Math.round(((m[1] ? countOf(m[1]) * 3600 : 0) + countOf(m[2]) * 60 + Number(m[3])) * 1000) / 1000;
    if (Number.isFinite(value)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], kind: 'duration', value, unit: 'second', counted: null, sentence: s.index });
  }
  if (slice.includes(':')) for (const m of slice.matchAll(ELAPSED)) {
    const [text, a, b, c, frac] = m;
    if (c === undefined && frac === undefined) continue;
    // "at 10:35:12 GMT", "10:35 a.m.": a time of day
    if (/^\s*(?:a\.?m\b|p\.?m\b|gmt\b|utc\b|bst\b|[ecmp][sd]t\b|local\b|hrs\b)/i.test(slice.slice(m.index + text.length, m.index + text.length + 8))) continue;
    const seconds = c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
    const value = Math.round((seconds + (frac ? Number(`0.${frac}`) : 0)) * 1000) / 1000;
    out.push({ start: s.start + m.index, end: s.start + m.index + text.length, text, kind: 'duration', value, unit: 'second', counted: null, sentence: s.index });
  }
  return out;
}

export function findNumbers(text: string, sentences: Sentence[]): NumberExpr[] {
  const out: NumberExpr[] = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    const taken = [...shares(slice, s), ...elapsed(slice, s), ...approximate(slice, s)];
    const inShare = (e: NumberExpr) => taken.some((t) => e.start < t.end && t.start < e.end);
    const from = out.length;
    NUM.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUM.exec(slice)) !== null) {
      // a second number word only completes a tens word ("seventy-eight"); "a seven-match ban" is "a", then "seven"
      if (m[7] !== undefined && !TENS.has(m[6].toLowerCase())) {
        NUM.lastIndex = m.index + m[6].length;
        if (/^(?:a|one)$/i.test(m[6])) continue;
        NUM_AT.lastIndex = m.index;
        const one = NUM_AT.exec(slice.slice(0, m.index + m[6].length));
        const e = one && build(slice, one, s);
        if (e) out.push(e);
        continue;
      }
      const e = build(slice, m, s);
      if (e) {
        out.push(e);
        // what build read past the match ("two hundred and thirty four") is not read again
        NUM.lastIndex = Math.max(NUM.lastIndex, e.end - s.start);
      }
    }
    if (taken.length) {
      const kept = out.splice(from).filter((e) => !inShare(e));
      out.push(...[...kept, ...taken].sort((a, b) => a.start - b.start));
    }
  }
  return out;
}

function build(slice: string, m: RegExpExecArray, s: Sentence): NumberExpr | null {
  const [all, sym, digits, digitPct, scaleWord, ordSuffix, word1, word2, wordScale, wordPct, wordOrdinal] = m;
  const pct = digitPct ?? wordPct;
  let start = m.index;
  let end = m.index + all.length;
  const before = slice.slice(Math.max(0, start - 30), start);
  let after = slice.slice(end, end + 40);
  let value: number;
  let written = false;
  if (wordOrdinal !== undefined) {
    // "fourth in the list", "their ninth win"; "the fourth of July" is a date
    if (isDateContext(before, after) || /^\s+of\s+[A-Z]/.test(after)) return null;
    return { start: s.start + start, end: s.start + end, text: all, kind: 'ordinal', value: ORDINALS[wordOrdinal.toLowerCase()], unit: null, counted: null, sentence: s.index };
  }
  if (digits !== undefined) {
    // digits glued to letters ("G8", "MI5", "A4") are names, not numbers
    if (/[\p{L}]$/u.test(before) && !sym) return null;
    const glued = !sym && !pct && !scaleWord && !ordSuffix ? GLUED_UNIT.exec(after) : null;
    if (glued) {
      value = Number(digits.replace(/,/g, ''));
      if (!Number.isFinite(value)) return null;
      end += glued[0].length;
      const text = slice.slice(start, end);
      // pence are money: "530p a share" is £5.30; a standard video resolution ("1080p", "720p") is not
      if (glued[1] === 'p' && !VIDEO_LINES.has(digits)) return { start: s.start + start, end: s.start + end, text, kind: 'money', value: value / 100, unit: 'GBP', counted: null, sentence: s.index };
      return { start: s.start + start, end: s.start + end, text, kind: 'number', value, unit: glued[1], counted: null, sentence: s.index };
    }
    if (/^[\p{L}]/u.test(after) && !ordSuffix && !/^(bn|m|k|tn)\b/i.test(after)) return null;
    value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
  } else {
    const w1 = word1.toLowerCase();
    if (w1 === 'a' || w1 === 'one') {
      // "one millimetre", "one day's notice": one of a unit of measure, or one of a time unit owned by
      // what it measures (a bare "one day" is as often "some day")
      const one = w1 === 'one' && !wordScale ? ONE_UNIT.exec(after) : null;
      if (one) {
        const time = one[2] ? UNITS[one[2].toLowerCase()] : undefined;
        const stop = end + one[0].length;
        return { start: s.start + start, end: s.start + stop, text: slice.slice(start, stop), kind: time ? 'duration' : 'number', value: 1, unit: time ?? one[1].toLowerCase(), counted: null, sentence: s.index };
      }
      // "a dozen", "a million", "one million": only with a scale word
      if (!wordScale) return null;
      value = 1;
    } else value = WORD_NUM[w1] + (word2 ? WORD_NUM[word2.toLowerCase()] ?? 0 : 0);
    written = true;
  }
  let scaleKey = (scaleWord ?? wordScale ?? '').toLowerCase();
  // "two and a half million", "three-and-a-half years": the half joins the number, and a scale may follow it
  const half = written && !scaleKey ? /^[- ]and[- ]a[- ]half\b/i.exec(after) : null;
  if (half) {
    value += 0.5;
    end += half[0].length;
    const scale = /^\s(thousand|million|billion|trillion)\b/i.exec(slice.slice(end));
    if (scale) {
      scaleKey = scale[1].toLowerCase();
      end += scale[0].length;
    }
    after = slice.slice(end, end + 40);
  }
  if (scaleKey === 'dozen') value *= 12;
  else if (scaleKey === 'hundred') value *= 100;
  else if (scaleKey) value *= SCALES[scaleKey] ?? 1;
  // "two hundred and thirty four", "three thousand five hundred": the rest of a number written in words
  if (written && (scaleKey === 'hundred' || scaleKey === 'thousand')) {
    const rest = WORD_REST.exec(after);
    const first = rest?.[1].toLowerCase() ?? '';
    // ("one" is read apart from WORD_NUM elsewhere; a tens word takes the unit after it: "thirty four")
    const more = rest ? (WORD_NUM[first] ?? 1) + (TENS.has(first) && rest[2] ? WORD_NUM[rest[2].toLowerCase()] : 0) : 0;
    if (rest && more > 0 && more < (scaleKey === 'hundred' ? 100 : 1000)) {
      value += rest[3] ? more * 100 : more;
      end += rest[0].length;
      after = slice.slice(end, end + 40);
    }
  }

  let kind: NumberKind = 'number';
  let unit: string | null = null;
  let counted: string | null = null;
  let currency = sym ? SYMBOLS[sym] ?? null : null;
  // "20 billion dollars", "£3bn pounds", "5m euros", "USD 20m"
  // the currency's noun after the number: the listed ones, then any currency world-countries names ("rand")
  const cw = /^\s+(\p{L}+)/u.exec(after);
  // The won, an English word first, names money only after a scale ("12 trillion won of debt").
  const cwCode = cw ? CURRENCY_WORDS[cw[1].toLowerCase()] ?? currencyOfWord(cw[1]) ?? (scaleKey && scaleKey !== 'dozen' && scaleKey !== 'hundred' && cw[1] === 'won' && !/^\s+by\b/.test(after.slice(cw[0].length)) ? 'KRW' : null) : null;
  if (cw && cwCode) {
    currency ??= cwCode;
    end += cw[0].length;
  } else if (cw && !currency && /^pence$/i.test(cw[1])) {
    // "530 pence": pounds, as "530p" is
    currency = 'GBP';
    value /= 100;
    end += cw[0].length;
  } else if (cw && !currency && !scaleKey && /^cents?$/i.test(cw[1])) {
    // "17 cents a share": a hundredth of the sentence's currency, the euro's where it names only that
    currency = /€|\beuros?\b/i.test(slice) && !/\$|\bdollars?\b/i.test(slice) ? 'EUR' : 'USD';
    value /= 100;
    end += cw[0].length;
  }
  const code = /([A-Z]{3})\s?$/.exec(before);
  if (!currency && code && (CODES.has(code[1]) || isCurrencyCode(code[1]))) {
    currency = code[1];
    start -= code[0].length;
  }
  // "Rs 299", "Rs. 24 lakh": the rupee's abbreviation
  const rs = /\bRs\.?\s?$/.exec(before);
  if (!currency && rs) {
    currency = 'INR';
    start -= rs[0].length;
  }
  // "the 800m", "60m hurdles", "50m taller": a length in metres, not 800 million
  if (!currency && scaleWord === 'm' && isRaceMetres(digits ?? '', after) && !MONEY_IN_SENTENCE.test(slice)) {
    return { start: s.start + start, end: s.start + end, text: slice.slice(start, end), kind: 'number', value: Number(digits!.replace(/,/g, '')), unit: 'm', counted: null, sentence: s.index };
  }
  if (currency) {
    kind = 'money';
    unit = currency;
  } else if (pct) {
    kind = 'percent';
    unit = null;
  } else if (ordSuffix) {
    if (isDateContext(before, after)) return null;
    kind = 'ordinal';
  } else {
    if (!written && isDateContext(before, after)) return null;
    if (!written && /^\s?:\s?\d/.test(after)) return null; // 10:30
    if (!written && /\d[.:]$/.test(before)) return null;
    if (!written && digits.length === 4 && value >= 1800 && value <= 2100 && !/^\s*(?:-\s*)?\p{Ll}/u.test(after.replace(/^\s*(?:per\s?cent|%)/, ''))) return null; // a year
    if (!written && digits.length === 4 && value >= 1800 && value <= 2100 && /\b(in|since|by|until|from|of|during|before|after)\s*$/i.test(before)) return null;
    // durations: "36-hour trip", "a five-year plan", "24 weeks"
    const dur = /^(?:-|\s)(second|minute|hour|day|week|month|year|decade)s?\b(-long|-old)?/i.exec(after);
    if (dur) {
      const hyphen = after[0] === '-';
      // the governing word, looking past an article: "within two weeks", "for the three months"
      const gov = /(\p{L}+)\s+(?:the|a|an)\s*$/iu.exec(before)?.[1]?.toLowerCase() ?? /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      const timeAfter = /^\s*(ago|later|earlier|before|after|from now|old)\b/i.test(after.slice(dur[0].length));
      if (dur[2] === '-old' || (!hyphen && /^\s*old\b/i.test(after.slice(dur[0].length)))) {
        kind = 'number';
        unit = 'year';
        end += dur[0].length;
      } else if (!hyphen && (TIME_GOVERNORS.has(gov) || timeAfter)) return null;
      else {
        kind = 'duration';
        unit = UNITS[dur[1].toLowerCase()];
        end += dur[0].length;
      }
    } else {
      // "a seven-match ban", "an 11-game run", "a 25-yard shot": the noun joined to the number is what it counts
      const joined = /^-(\p{L}[\p{L}']*)(?![\p{L}-])/u.exec(after);
      // "five times", "twenty of his films", "nine of their 14 matches"
      const partitive = written ? /^\s+of\s+(?:the|his|her|their|its|our|your|these|those)(?:\s+\d+)?(?=\s)/i.exec(after) : null;
      const c = joined ? null : partitive ? countedAfter(slice, end + partitive[0].length) : countedAfter(slice, end);
      if (joined && !/^(?:old|odd|plus|something|strong)$/i.test(joined[1])) {
        kind = 'count';
        counted = joined[1];
        end += joined[0].length;
      } else if (c) {
        kind = 'count';
        counted = c;
      } else if (/^\s+times\b/i.test(after)) {
        kind = 'count';
        counted = 'times';
      } else if (written && /\b(?:aged|age\s+of)\s*$/i.test(before)) {
        // "blind from the age of seven": an age in years
        unit = 'year';
      } else if (written) {
        // A bare "two" is too vague to keep, but not the first end of a range: "between four to six
        // services", "two or three times" count what the second number counts.
        const next = /^\s*(?:-|–|to|or)\s*(\d[\d,.]*|\p{L}+)(?![\p{L}\d])/u.exec(after);
        const second = next && (/^\d/.test(next[1]) || WORD_NUM[next[1].toLowerCase()] !== undefined) ? countedAfter(slice, end + next[0].length) : null;
        if (!second) return null;
        kind = 'count';
        counted = second;
      }
    }
  }
  if (kind === 'money' || kind === 'percent') {
    // "$20 billion in U.S. Treasury support": what the money is for is not counted
  }
  return { start: s.start + start, end: s.start + end, text: slice.slice(start, end), kind, value, unit, counted, sentence: s.index };
}

function isDateContext(before: string, after: string): boolean {
  const nextWord = /^\s*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  const prevWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  return MONTHS.has(nextWord) && nextWord !== 'may' || MONTHS.has(prevWord) || (nextWord === 'may' && /^\s*May\b/.test(after));
}

/** The standard video resolutions, in lines, as written before "p" ("1080p"): no pence. */
const VIDEO_LINES = new Set(['240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

/** The standard track and pool distances, in metres (the events of athletics and swimming). */
const RACE_METRES = new Set(['50', '60', '100', '110', '200', '300', '400', '800', '1000', '1500', '1,500', '1600', '3000', '3,000', '5000', '5,000', '10000', '10,000']);

/**
 * "800m" with no currency is a race's length when it is one of the standard distances and is not
 * followed by what a million counts: a plural noun that names people, groups, quantities, possessions
 * or animals by WordNet's classes ("50m passengers", "110m tons"). "100m hurdles", "200m titles",
 * "the 800m." stay metres; "4.88m" (not a whole standard distance) stays a million.
 */
function isRaceMetres(digits: string, after: string): boolean {
  if (!RACE_METRES.has(digits)) return false;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  if (!next) return true;
  const base = nounBase(next);
  const plural = (base !== null && base !== next) || posTags(next).includes('Plural');
  return !plural || !nounClasses(base ?? next, 1).some((c) => COUNTED_IN_MILLIONS.has(c));
}
/** A sentence that speaks of money elsewhere ("£1bn, up from 800m") reads a bare "800m" as an amount. */
const MONEY_IN_SENTENCE = /[$£€¥]|\b(?:dollars?|pounds?|euros?|sterling|yen|yuan)\b/i;
const COUNTED_IN_MILLIONS = new Set(['person', 'group', 'quantity', 'possession', 'animal']);

/**
 * The noun phrase a count counts: up to three words, ending at the first plural, or at a noun unless a
 * plural follows it ("14,000 new net jobs": jobs, not "new net"). A name that modifies the counted noun
 * is read through, "of" inside it included ("Five Bank of America subsidiaries").
 */
function countedAfter(slice: string, end: number): string | null {
  const named = nameThenPlural(slice, end);
  if (named) return named;
  const re = /\s+([\p{L}][\p{L}'’-]*)/uy;
  re.lastIndex = end;
  const words: string[] = [];
  for (let n = 0; n < 3; n++) {
    const m = re.exec(slice);
    if (!m) break;
    const w = m[1];
    const lower = w.toLowerCase();
    if (isFunctionWord(lower) || /^(of|per|to|and|or|more|less|fewer|times)$/.test(lower)) break;
    const tags = posTags(lower);
    // right after a number, a word in -s is a plural noun even if it could be a verb ("20 ships")
    if (n === 0 && /[^s]s$/.test(lower) && !tags.includes('Copula') && !isFunctionWord(lower)) return w;
    // and after the nouns and adjectives before it, a word in -s that WordNet knows as a plural noun is
    // the counted noun, not a verb: "Eighteen investment firms involved", "15 Premiership clubs voted"
    if (n > 0 && /[^s]s$/.test(lower) && isPlural(lower)) return [...words, w].join(' ');
    if (tags.some((t) => /Verb|Tense|Infinitive|Adverb|Preposition|Determiner|Conjunction|Pronoun|Modal|Copula/.test(t)) && !tags.includes('Plural') && !tags.includes('Adjective')) break;
    words.push(w);
    const pluralNext = () => {
      const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(slice.slice(re.lastIndex))?.[1].toLowerCase();
      return !!next && n < 2 && isPlural(next);
    };
    if (tags.includes('Plural') || (tags.includes('Singular') && n > 0 && !pluralNext()) || (/s$/.test(lower) && !/ss$/.test(lower) && tags.length === 0)) {
      return words.join(' ');
    }
    if (tags.includes('Uncountable') || tags.includes('Actor')) return words.join(' ');
  }
  return words.length > 0 && words.length < 3 && isPlural(words[words.length - 1].toLowerCase()) ? words.join(' ') : null;
}

/** A plural by the lexicon or by WordNet's morphology ("jobs" → job, "subsidiaries" → subsidiary). */
function isPlural(word: string): boolean {
  return posTags(word).includes('Plural') || isPluralNoun(word);
}

/** A capitalised name of at most five words ("of", "and", "&" inside it) right after `end`, then a plural noun: the name and the noun. */
function nameThenPlural(slice: string, end: number): string | null {
  const m = /^\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}'’.-]*){0,4})\s+(\p{Ll}[\p{L}'’-]*)/u.exec(slice.slice(end));
  // One capitalised word is left to the loop ("two Labour MPs"), which reads it the same way, but not an
  // abbreviation the loop would take for a word ("three US vessels" is not "us").
  if (!m || (m[1].split(/\s+/).length < 2 && !/^\p{Lu}{2,}$/u.test(m[1]))) return null;
  return isPlural(m[2].toLowerCase()) ? `${m[1]} ${m[2]}` : null;
}
