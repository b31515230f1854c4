// Unit tests for findTimes, one block per phrase family, then the no-anchor behaviour and
// robustness. Publication dates: 2025-10-18 is a Saturday (ISO week 42), 2025-03-18 a Tuesday.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { findTimes } from '../../src/understand/times.js';
import { RULES, RULE_NEEDS, rulesThatMayMatch } from '../../src/understand/time-rules.js';
import type { Sentence } from '../../src/model/index.js';

const PUB = '2025-10-18';
const GOLDEN = new URL('../../src/understand/testdata/times/', import.meta.url);

/** The one expression whose text is `phrase` (fails if it is missing). */
function one(text: string, phrase: string, published: string | null = PUB) {
  const all = findTimes(text, [], published);
  const hit = all.find((t) => t.text === phrase);
  assert.ok(hit, `"${phrase}" not found in ${JSON.stringify(all.map((t) => t.text))}`);
  assert.equal(text.slice(hit.start, hit.end), hit.text, 'offsets match the text');
  return hit;
}

const val = (text: string, phrase: string, published: string | null = PUB) => {
  const t = one(text, phrase, published);
  return [t.value, t.granularity];
};

test('N units ago: the date, at the unit granularity', () => {
  // "just" stays outside the span: TimeML's mod has no value for it (TimeBank: 0 of 5 inside)
  assert.deepEqual(val('The ceasefire collapsed just 58 days ago.', '58 days ago', '2025-03-18'), ['2025-01-19', 'day']);
  assert.deepEqual(val('It began nearly two months ago.', 'nearly two months ago'), ['2025-08', 'month']);
  assert.deepEqual(val('It began three months ago.', 'three months ago'), ['2025-07', 'month']);
  assert.deepEqual(val('He left two years ago.', 'two years ago'), ['2023', 'year']);
  assert.deepEqual(val('They met a week ago.', 'a week ago'), ['2025-W41', 'week']);
});

test('spans: before a noun that is not a time, the article is the noun\'s (TimeML), with a time noun it is the expression\'s', () => {
  assert.ok(one('It ended the eight-year war with Iran.', 'eight-year'));
  assert.ok(one('Analysts expect the third-quarter loss to widen.', 'third-quarter'));
  assert.ok(one('The year-ago results were restated.', 'year-ago'));
  // a time noun after the duration is inside, with its article; "or so" is inside (mod APPROX)
  assert.deepEqual(val('Profits grew over a three-year period.', 'a three-year period'), ['P3Y', 'duration']);
  assert.deepEqual(val('The plant will close over the next year or so.', 'the next year or so'), ['2026', 'year']);
  assert.deepEqual(val('Wages lost to inflation in the last decade.', 'the last decade'), ['201', 'decade']);
  assert.deepEqual(val('Sales fell from the year-ago period.', 'the year-ago period', '1989-10-27'), ['1988', 'year'], 'another rule reads what quarter-ref declines');
  const t = 'Third-quarter net rose. In the year-earlier third quarter, the bank earned $8 million.';
  assert.deepEqual(val(t, 'the year-earlier third quarter', '1989-10-27'), ['1988-Q3', 'quarter']);
});

test('a part of day on its own is a TIME on the day last named, else on publication day', () => {
  assert.deepEqual(val('By mid afternoon, sources said the city was calm.', 'mid afternoon', '1998-03-06'), ['1998-03-06TAF', 'time']);
  assert.deepEqual(val('Stocks fell Friday. Buyers came back in the morning.', 'the morning', '1989-10-30'), ['1989-10-27TMO', 'time']);
  // "overnight losses" before a day's trading: the night before that day
  assert.deepEqual(val('Shares rose Friday despite overnight losses in New York.', 'overnight', '1989-10-30'), ['1989-10-26TNI', 'time']);
  assert.deepEqual(val('He died on the night of Aug. 7.', 'the night of Aug. 7', '1998-08-10'), ['1998-08-07TNI', 'time']);
  assert.deepEqual(val('They met Friday. He left the next morning.', 'the next morning', '1998-08-10'), ['1998-08-08TMO', 'time']);
  assert.deepEqual(findTimes('She watched Good Morning America.', [], '1998-08-10'), [], 'a title');
});

test('recurring weekdays are sets: plurals, a plural part of day shared by a coordinated weekday', () => {
  const got = findTimes('Two new flights would leave Bombay on Monday and Tuesday nights. It is shut on Sundays and on weekends.', [], '1998-02-13');
  assert.deepEqual(
    got.map((t) => [t.text, t.value, t.granularity]),
    [['Monday', 'XXXX-WXX-1TNI', 'set'], ['Tuesday nights', 'XXXX-WXX-2TNI', 'set'], ['Sundays', 'XXXX-WXX-7', 'set'], ['weekends', 'XXXX-WXX-WE', 'set']],
  );
  assert.deepEqual(val('He met them Monday and Tuesday.', 'Monday', '1998-02-13'), ['1998-02-09', 'day'], 'no plural: one day each');
  assert.deepEqual(findTimes('The Sundays played.', [], '1998-02-13'), [], 'a band, not a schedule');
});

test('holidays are dates: fixed, nth weekday of a month, or counted from Easter; year by tense and nearness', () => {
  // publication 1998-08-07 (a Friday)
  assert.deepEqual(val('He was arrested on Christmas Eve.', 'Christmas Eve', '1998-08-07'), ['1997-12-24', 'day']);
  assert.deepEqual(val('Shoppers will crowd the stores before Christmas.', 'Christmas', '1998-08-07'), ['1998-12-25', 'day']);
  assert.deepEqual(val('Last Thanksgiving, the family met.', 'Last Thanksgiving', '1998-08-07'), ['1997-11-27', 'day']);
  assert.deepEqual(val('The vote falls on Election Day.', 'Election Day', '1998-08-07'), ['1998-11-03', 'day']);
  assert.deepEqual(val('They marched on Good Friday.', 'Good Friday', '1998-08-07'), ['1998-04-10', 'day']);
  assert.deepEqual(val('The rising began at Easter 1916.', 'Easter 1916', '1998-08-07'), ['1916-04-23', 'day']);
  assert.deepEqual(val('Memorial Day sales', 'Memorial Day', '2000-04-05'), ['2000-05-29', 'day']);
  assert.deepEqual(findTimes('Easter Island statues', [], '1998-08-07'), [], 'a place named after a holiday');
});

test('N units later, a day earlier: counted from an event, so a duration without the signal word', () => {
  // TimeML: "later" is a signal; publication is not the anchor, so no date can be given.
  assert.deepEqual(val('The talks failed. Three days later, the truce ended.', 'Three days'), ['P3D', 'duration']);
  assert.deepEqual(val('A few days later, the company sold the unit.', 'A few days'), ['PXD', 'duration']);
  assert.deepEqual(val('Two years later he returned.', 'Two years'), ['P2Y', 'duration']);
  assert.deepEqual(val('A day earlier, scores of trucks crossed.', 'A day'), ['P1D', 'duration']);
  // Calendar comparisons stay dates: "a year earlier" in results prose is the year-ago period.
  assert.deepEqual(val('Sales rose 5% from a year earlier.', 'a year earlier'), ['2024', 'year']);
  assert.deepEqual(val('The fund yielded 8% a week earlier.', 'a week earlier'), ['2025-W41', 'week']);
});

test('"the year": a twelve-month period when it "ended", else the current year (results prose)', () => {
  assert.deepEqual(val('Revenue was $76 million for the year ended March 31.', 'the year', '1989-11-01'), ['P1Y', 'duration']);
  assert.deepEqual(val('For the year, pet food volume was flat.', 'the year', '1989-11-02'), ['1989', 'year']);
  assert.deepEqual(val('It expects to post higher sales in the current fiscal year.', 'the current fiscal year', '1989-11-02'), ['1989', 'year']);
});

test('in N units, in a future clause: a date counted forward, as "ago" counts back', () => {
  assert.deepEqual(val('The stock would be redeemed in five years.', 'five years', '1989-11-02'), ['1994', 'year']);
  assert.deepEqual(val('Talks will resume in two weeks.', 'two weeks'), ['2025-W44', 'week']);
  assert.deepEqual(val('It was the smallest gain in a year.', 'a year'), ['P1Y', 'duration'], 'not a future clause');
});

test('within N units: a range from the publication date', () => {
  const t = one('Trump plans to meet Putin in Budapest within two weeks.', 'within two weeks');
  assert.equal(t.value, '2025-10-18/2025-11-01');
  assert.equal(t.granularity, 'range');
  assert.equal(t.relative, true);
  assert.deepEqual(val('A decision is due within 30 days.', 'within 30 days'), ['2025-10-18/2025-11-17', 'range']);
});

test('this/last/next week, month, year', () => {
  assert.deepEqual(val('He met them this week.', 'this week'), ['2025-W42', 'week']);
  assert.deepEqual(val('He met them last week.', 'last week'), ['2025-W41', 'week']);
  assert.deepEqual(val('Prices rose last month.', 'last month'), ['2025-09', 'month']);
  assert.deepEqual(val('Prices will fall next year.', 'next year'), ['2026', 'year']);
  assert.deepEqual(val('Talks resume early next year.', 'early next year'), ['2026', 'year']);
  assert.deepEqual(val('Sales fell earlier this year.', 'earlier this year'), ['2025', 'year']);
});

test('a month name: the most recent one before publication, the next one for future tense', () => {
  assert.deepEqual(val('after earlier comments in September suggesting a deal', 'September'), ['2025-09', 'month']);
  assert.deepEqual(val('The deal was signed in November.', 'November'), ['2024-11', 'month']);
  assert.deepEqual(val('He will travel there in November.', 'November'), ['2025-11', 'month']);
  assert.deepEqual(val('They will meet next March.', 'next March'), ['2026-03', 'month']);
  assert.deepEqual(val('It happened last December.', 'last December'), ['2024-12', 'month']);
  assert.deepEqual(val('It was agreed in May 2024.', 'May 2024'), ['2024-05', 'month']);
  // "may" the modal is not a month
  assert.equal(findTimes('May God help them. They may come.', [], PUB).length, 0);
});

test('the tense of a month comes from the verb governing its clause', () => {
  // The modal is far back but nothing between it and the month is another verb.
  assert.deepEqual(val('The agency will send its newest orbital telescope to the far side of the moon in March.', 'March'), ['2026-03', 'month']);
  // A passive participle takes the auxiliary's tense; "would be paid" is not past.
  assert.deepEqual(val('The dividend would be paid on a date in January.', 'January'), ['2026-01', 'month']);
  // An infinitive's event follows the verb that governs it.
  assert.deepEqual(val('The company agreed to buy the rival chain for $40 million in January.', 'January'), ['2026-01', 'month']);
  // ... but not across a comma, and not from after the expression.
  assert.deepEqual(val('It is trying to sell itself, under a June agreement with the investors.', 'June'), ['2025-06', 'month']);
  assert.deepEqual(val('Shares fell 50 cents on Friday to close at $20.', 'Friday'), ['2025-10-17', 'day']);
  // A deadline is the nearer occurrence, even after a past verb.
  assert.deepEqual(val('Regulators gave the firm until mid-November to file its plan.', 'mid-November'), ['2025-11', 'month']);
  assert.deepEqual(val('Sales were flat this year through August.', 'August'), ['2025-08', 'month']);
});

test('a period that "ended" on a day and month ended before publication', () => {
  assert.deepEqual(val('The unit had revenue of $76 million for the year ended March 31.', 'March 31', '2025-11-01'), ['2025-03-31', 'day']);
  assert.deepEqual(val('The dividend is payable March 31.', 'March 31', '2025-11-01'), ['2026-03-31', 'day']);
});

test('quarterly results: anaphora take the quarter the story reports on', () => {
  const text =
    'Acme posted a 20% gain in third-quarter net income. After a flat second quarter, it credited its consumer units. ' +
    'The comparison was helped by charges taken in the year-earlier period. In the 2025 period, costs were lower than a year ago.';
  assert.deepEqual(val(text, 'the year-earlier period', '2025-11-01'), ['2024-Q3', 'quarter']);
  assert.deepEqual(val(text, 'the 2025 period', '2025-11-01'), ['2025-Q3', 'quarter']);
  assert.deepEqual(val(text, 'a year ago', '2025-11-01'), ['2024-Q3', 'quarter']);
  // A day named after the quarter does not end the quarterly context; "fiscal-first" is a quarter.
  const t2 = 'Beta lost $4 million for the fiscal-first quarter ended Sept. 30. It had a loss of $2 million a year ago.';
  assert.deepEqual(val(t2, 'the fiscal-first quarter', '2025-11-01'), ['2025-Q1', 'quarter']);
  assert.deepEqual(val(t2, 'a year ago', '2025-11-01'), ['2024-Q1', 'quarter']);
  // A quarter with its year written out is history, not the quarter reported on.
  const t3 = 'It last lost money in the third quarter of 2014. Gamma posted fourth-quarter profit of $9 million, up from $7 million a year ago.';
  assert.deepEqual(val(t3, 'a year ago', '2026-02-01'), ['2024-Q4', 'quarter']);
});

test('seasons and "before winter"', () => {
  assert.deepEqual(val('It was hot this summer.', 'this summer'), ['2025-SU', 'season']);
  assert.deepEqual(val('casualties heading into winter', 'winter'), ['2025-WI', 'season']);
  assert.deepEqual(val('The summer of 2005 was dry.', 'The summer of 2005'), ['2005-SU', 'season']);
  assert.deepEqual(val('It ended last spring.', 'last spring'), ['2025-SP', 'season']);
  // meteorological winter starts on 1 December: the range ends there
  assert.deepEqual(val('Kyiv wants the missiles before winter.', 'before winter'), ['2025-10-18/2025-12-01', 'range']);
  // inside winter, "before winter" is the next one
  assert.deepEqual(val('They must finish before winter.', 'before winter', '2026-01-10'), ['2026-01-10/2026-12-01', 'range']);
  // "prices fall" and "a spring" are not seasons
  assert.equal(findTimes('Prices fall when a spring breaks.', [], PUB).length, 0);
});

test('absolute dates, and the year of "7 October" from context', () => {
  assert.deepEqual(val('The attack on 7 October 2023 shocked Israel.', '7 October 2023', '2025-03-18'), ['2023-10-07', 'day']);
  assert.deepEqual(val('The attack on October 7, 2023 shocked Israel.', 'October 7, 2023'), ['2023-10-07', 'day']);
  const text = 'The attack on 7 October 2023 shocked Israel. The attack on 7 October emboldened Hamas.';
  const both = findTimes(text, [], '2025-03-18');
  assert.deepEqual(both.map((t) => [t.text, t.value]), [['7 October 2023', '2023-10-07'], ['7 October', '2023-10-07']]);
  assert.equal(both[0].relative, false);
  assert.equal(both[1].relative, true);
  // without a year in the text, the nearest such date to publication
  assert.deepEqual(val('The dividend is payable Dec. 7.', 'Dec. 7', '1989-10-30'), ['1989-12-07', 'day']);
  assert.deepEqual(val('Shares were issued Jan. 2.', 'Jan. 2', '1989-11-02'), ['1990-01-02', 'day']);
  assert.deepEqual(val('on 2023-10-07 at dawn', '2023-10-07'), ['2023-10-07', 'day']);
  assert.deepEqual(val('Filed 10/30/89.', '10/30/89'), ['1989-10-30', 'day']);
});

test('yesterday, today, tomorrow, tonight', () => {
  assert.deepEqual(val('He arrived yesterday.', 'yesterday'), ['2025-10-17', 'day']);
  assert.deepEqual(val('Today, analysts disagree.', 'Today'), ['2025-10-18', 'day']);
  assert.deepEqual(val('He leaves tomorrow.', 'tomorrow'), ['2025-10-19', 'day']);
  assert.deepEqual(val('He speaks tonight.', 'tonight'), ['2025-10-18TNI', 'time']);
  assert.deepEqual(val('Markets fell yesterday afternoon.', 'yesterday afternoon'), ['2025-10-17TAF', 'time']);
});

test('weekdays: nearest before publication for past tense, after for future tense', () => {
  assert.deepEqual(val('He spoke on Monday.', 'Monday'), ['2025-10-13', 'day']);
  assert.deepEqual(val('He will speak on Monday.', 'Monday'), ['2025-10-20', 'day']);
  assert.deepEqual(val('The minister said on Tuesday that Iraq would retaliate.', 'Tuesday'), ['2025-10-14', 'day']);
  // the publication day itself
  assert.deepEqual(val('The airline announced Saturday.', 'Saturday'), ['2025-10-18', 'day']);
  assert.deepEqual(val('It happened last Friday.', 'last Friday'), ['2025-10-17', 'day']);
  assert.deepEqual(val('They meet next Saturday.', 'next Saturday'), ['2025-10-25', 'day']);
  assert.deepEqual(val('at 10 p.m. Wednesday, police said', '10 p.m. Wednesday'), ['2025-10-15T22:00', 'time']);
});

test('years, decades, centuries', () => {
  assert.deepEqual(val('In 2004 the law changed.', '2004'), ['2004', 'year']);
  assert.deepEqual(val('By mid-2005 it was over.', 'mid-2005'), ['2005', 'year']);
  assert.deepEqual(val('Crime fell in the 1990s.', 'the 1990s'), ['199', 'decade']);
  assert.deepEqual(val('Music of the early 2000s.', 'the early 2000s'), ['200', 'decade']);
  assert.deepEqual(val('The biggest event of the 20th century.', 'the 20th century'), ['19', 'decade']);
  assert.deepEqual(val('a bombing in nineteen ninety-six', 'nineteen ninety-six'), ['1996', 'year']);
  // amounts and counts are not years
  assert.equal(findTimes('It cost $2000 and 1,999 people came; 2010 percent.', [], PUB).length, 0);
});

test('durations', () => {
  assert.deepEqual(val('The war lasted two years.', 'two years'), ['P2Y', 'duration']);
  assert.deepEqual(val('He stayed for three days.', 'three days'), ['P3D', 'duration']);
  assert.deepEqual(val('his 36-hour trip to the Middle East', '36-hour'), ['PT36H', 'duration']);
  assert.deepEqual(val('Sales rose over the past two months.', 'the past two months'), ['P2M', 'duration']);
  assert.deepEqual(val('It will take several years.', 'several years'), ['PXY', 'duration']);
  assert.deepEqual(val('two decades of war', 'two decades'), ['P20Y', 'duration']);
  assert.deepEqual(val('engulfed in violence for years', 'years'), ['PXY', 'duration']);
  // a rate is not a duration
  assert.equal(findTimes('up from four flights a week', [], PUB).length, 0);
});

test('not durations: ages, ordinals, rates after amounts, amounts of pay', () => {
  const none = (t: string) => assert.deepEqual(findTimes(t, [], PUB).map((x) => x.text), [], t);
  none('The 52-year-old won her claim.');
  none('a 136-year-old institution');
  none('He plans to build a second plant in India.');
  none('It topped the chart for a second time.');
  none('That should save $500 million a year in costs.');
  none('Exports grew 5% a year.');
  none('a bonus equal to six months of base pay');
  // still durations
  assert.deepEqual(val('the IRA\'s 8-month-old truce', '8-month'), ['P8M', 'duration']);
  assert.deepEqual(val('Wait a second, he said.', 'a second'), ['PT1S', 'duration']);
});

test('ranges and halves of durations', () => {
  assert.deepEqual(val('Shipments resume within two to three weeks.', 'two to three weeks'), ['P2W', 'duration']);
  assert.deepEqual(val('acquisitions made during the next 12 to 18 months', 'the next 12 to 18 months'), ['P12M', 'duration']);
  assert.deepEqual(val('The strike lasted between 20 and 25 minutes.', 'between 20 and 25 minutes'), ['PT20M', 'duration']);
  assert.deepEqual(val('It takes 2-3 days.', '2-3 days'), ['P2D', 'duration']);
  assert.deepEqual(val('But a minute and a half later, a pilot called.', 'a minute and a half'), ['PT1M30S', 'duration']);
  assert.deepEqual(val('The meeting ran an hour and a half.', 'an hour and a half'), ['PT1H30M', 'duration']);
  assert.deepEqual(val('They lived in the camps for 2 1/2 years.', '2 1/2 years'), ['P2Y6M', 'duration']);
  // TimeML keeps "more"/"additional" inside: the amount is the duration ("at least 20 more years")
  assert.deepEqual(val('The fleet may stay for at least 20 more years.', 'at least 20 more years'), ['P20Y', 'duration']);
  assert.deepEqual(val('It extends the lease an additional year.', 'an additional year'), ['P1Y', 'duration']);
  assert.deepEqual(val('Prices rose for five consecutive months.', 'five consecutive months'), ['P5M', 'duration']);
});

test('clock times: only where a clock time is expected; names and titles are not times', () => {
  const none = (t: string) => assert.deepEqual(findTimes(t, [], '2005-03-15').map((x) => x.text), [], t);
  none('Cragg won in 7:39.89 as Bekele battled to second.');
  none('her world record of 2:17:18, which she set');
  none('the ratio was 3:10 overall');
  none('Jamie Noon took a short pass.');
  none("Presley's Are You Lonesome Tonight at number 20");
  none("Baldrick told ITV1's This Morning the show was over.");
  none("Ant & Dec's Saturday Night Takeaway won again.");
  none('This is VOA Today.');
  assert.deepEqual(val('The meeting starts at 14:30 on Friday.', '14:30 on Friday', '2005-03-15'), ['2005-03-11T14:30', 'time']);
  assert.deepEqual(val('Talks ended at 9:45 GMT.', '9:45 GMT', '2005-03-15'), ['2005-03-15T09:45', 'time']);
  assert.deepEqual(val('Noon came and went.', 'Noon', '2005-03-15'), ['2005-03-15T12:00', 'time']);
  // The wire's and the BBC's four-digit clock with its zone ("1700 GMT"); without a zone four digits are a year.
  assert.deepEqual(val('Polls closed at 1700 GMT on Friday.', '1700 GMT on Friday', '2005-03-15'), ['2005-03-11T17:00', 'time']);
  assert.deepEqual(val('The bomb went off at 0735 GMT.', '0735 GMT', '1998-08-07'), ['1998-08-07T07:35', 'time']);
  assert.deepEqual(val('Prices in 1700 were low.', '1700'), ['1700', 'year']);
  none('Sales rose 2.5% to 2460 units.');
  // a date after the clock belongs to it
  assert.deepEqual(val('Fiat and GM have until midnight on 1 February to settle.', 'midnight on 1 February', '2005-01-20'), ['2005-02-01T24:00', 'time']);
  assert.deepEqual(val('The offer runs until 5 p.m. EST Nov. 9. It is worth $2 billion.', '5 p.m. EST Nov. 9', '1989-11-02'), ['1989-11-09T17:00', 'time']);
});

test('a plan seen from the past: "had been scheduled to expire Friday" is the Friday before', () => {
  const t = one('The offer previously had been scheduled to expire at midnight Friday.', 'midnight Friday', '1989-10-30');
  assert.equal(t.value, '1989-10-27T24:00');
  assert.deepEqual(val('The offer is scheduled to expire Friday.', 'Friday', '1989-10-30'), ['1989-11-03', 'day']);
});

test('sets', () => {
  assert.deepEqual(val('They meet every week.', 'every week'), ['P1W', 'set']);
  assert.deepEqual(val('Flights leave each Thursday.', 'each Thursday'), ['XXXX-WXX-4', 'set']);
  assert.deepEqual(val('Elections are held every four years.', 'every four years'), ['P4Y', 'set']);
  assert.deepEqual(val('They meet twice a year.', 'twice a year'), ['P1Y', 'set']);
});

test('quarters and halves', () => {
  assert.deepEqual(val('Results for Q3 were weak.', 'Q3'), ['2025-Q3', 'quarter']);
  assert.deepEqual(val('Profit fell in the third quarter.', 'the third quarter', '1989-10-26'), ['1989-Q3', 'quarter']);
  assert.deepEqual(val('its third-quarter earnings will be low', 'third-quarter', '1989-10-30'), ['1989-Q3', 'quarter']);
  assert.deepEqual(val('as early as next year\'s first quarter', "next year's first quarter", '1989-10-31'), ['1990-Q1', 'quarter']);
  assert.deepEqual(val('Net fell in the fourth quarter of 1988.', 'the fourth quarter of 1988'), ['1988-Q4', 'quarter']);
  // "a year earlier" in quarterly results is the same quarter a year before
  const t = findTimes('Third-quarter net fell 8% to $85.7 million from $93.3 million a year earlier.', [], '1989-10-26');
  assert.deepEqual(t.map((x) => x.value), ['1989-Q3', '1988-Q3']);
  assert.deepEqual(val('Sales rose in the first half of 1989.', 'the first half of 1989'), ['1989-H1', 'range']);
});

test('reference words: recently, now, the future, the coming days', () => {
  assert.deepEqual(val('Hamas recently said it would talk.', 'recently'), ['PAST_REF', 'unknown']);
  assert.deepEqual(val('The table is now set.', 'now'), ['PRESENT_REF', 'unknown']);
  assert.deepEqual(val('They will not be released for now.', 'now'), ['PRESENT_REF', 'unknown']);
  assert.deepEqual(val('Talks continue in the coming days.', 'the coming days'), ['FUTURE_REF', 'range']);
  assert.deepEqual(val('It is not feasible in the short term.', 'the short term'), ['FUTURE_REF', 'unknown']);
  assert.deepEqual(val('It will matter in the future.', 'the future'), ['FUTURE_REF', 'unknown']);
});

test('anaphora: "that year", "the same day" take the last date the text named', () => {
  const t = findTimes('The plant opened in 1988. Sales doubled that year.', [], PUB);
  assert.deepEqual(t.map((x) => [x.text, x.value]), [['1988', '1988'], ['that year', '1988']]);
});

test('no publication date: relative expressions stay relative, absolute ones keep their value', () => {
  const cases: [string, string, string | null, string][] = [
    ['It collapsed 58 days ago.', '58 days ago', null, 'day'],
    ['He met them this week.', 'this week', null, 'week'],
    ['He arrived yesterday.', 'yesterday', null, 'day'],
    ['They meet within two weeks.', 'within two weeks', null, 'range'],
    ['Prices rose last month.', 'last month', null, 'month'],
    ['She wants it before winter.', 'before winter', null, 'range'],
    ['after comments in September', 'September', 'XXXX-09', 'month'],
    ['He spoke on Monday.', 'Monday', 'XXXX-WXX-1', 'day'],
    ['The attack on 7 October shocked them.', '7 October', 'XXXX-10-07', 'day'],
    ['It was hot this summer.', 'this summer', 'XXXX-SU', 'season'],
    ['Results for Q3 were weak.', 'Q3', 'XXXX-Q3', 'quarter'],
  ];
  for (const [text, phrase, value, gran] of cases) {
    const t = one(text, phrase, null);
    assert.equal(t.value, value, phrase);
    assert.equal(t.granularity, gran, phrase);
    assert.equal(t.relative, true, phrase);
  }
  const abs = one('The attack on 7 October 2023 shocked Israel.', '7 October 2023', null);
  assert.equal(abs.value, '2023-10-07');
  assert.equal(abs.relative, false);
  assert.equal(one('It lasted two years.', 'two years', null).value, 'P2Y');
  assert.equal(one('Crime fell in the 1990s.', 'the 1990s', null).value, '199');
  // an unreadable publication date is no anchor either
  assert.equal(one('He arrived yesterday.', 'yesterday', 'not a date').value, null);
  assert.equal(one('He arrived yesterday.', 'yesterday', '2025-02-30').value, null);
});

test('a date-time publication string anchors on its date', () => {
  assert.deepEqual(val('He arrived yesterday.', 'yesterday', '2025-10-18T23:15:00Z'), ['2025-10-17', 'day']);
});

test('sentence index comes from the sentences when given, else 0', () => {
  const text = 'He left yesterday. She returns next week.';
  const sentences: Sentence[] = [
    { start: 0, end: 18, index: 0 },
    { start: 19, end: 41, index: 1 },
  ];
  assert.deepEqual(findTimes(text, sentences, PUB).map((t) => [t.text, t.sentence]), [['yesterday', 0], ['next week', 1]]);
  assert.deepEqual(findTimes(text, [], PUB).map((t) => t.sentence), [0, 0]);
  // same expressions whether or not sentences are given
  assert.deepEqual(
    findTimes(text, sentences, PUB).map((t) => [t.start, t.end, t.value]),
    findTimes(text, [], PUB).map((t) => [t.start, t.end, t.value]),
  );
});

test('deterministic: same input, same output', () => {
  const text = 'He met Putin on Monday and will meet Xi within two weeks, before winter.';
  assert.deepEqual(findTimes(text, [], PUB), findTimes(text, [], PUB));
});

// ---------- robustness ----------

test('empty and odd inputs never throw', () => {
  assert.deepEqual(findTimes('', [], PUB), []);
  assert.deepEqual(findTimes('   \n\n  ', [], null), []);
  assert.deepEqual(findTimes('no times here at all', [], PUB), []);
  // sentences that do not fit the text are ignored, not trusted
  const bad: Sentence[] = [
    { start: -5, end: 3, index: 0 },
    { start: 500, end: 900, index: 1 },
    { start: 4, end: 2, index: 2 },
  ];
  assert.deepEqual(findTimes('He left yesterday.', bad, PUB).map((t) => t.value), ['2025-10-17']);
});

test('mixed scripts and garbage: no crash, times still found', () => {
  const mixed = 'Путин встретился с Трампом 16 октября. 習近平 will visit next week. مرحبا yesterday 😀🎉 \u0000\uFFFD';
  const t = findTimes(mixed, [], PUB);
  assert.deepEqual(t.map((x) => x.text), ['next week', 'yesterday']);
  for (const x of t) assert.equal(mixed.slice(x.start, x.end), x.text);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = 'aA0 9/.:-,\'’"Q\n\tMayJanuary2023dayweeks ago every the last next 1990s p.m.';
  let garbage = '';
  for (let i = 0; i < 20000; i++) garbage += alphabet[Math.floor(rnd() * alphabet.length)];
  for (const x of findTimes(garbage, [], PUB)) {
    assert.ok(x.start >= 0 && x.end <= garbage.length && x.start < x.end);
    assert.equal(garbage.slice(x.start, x.end), x.text);
  }
});

// A hang guard, not a speed check: a super-linear pattern would hit the timeout (speed: bench/).
test('5 MB in one paragraph: no hang', { timeout: 300_000 }, () => {
  const unit = 'officials said the talks, which began 58 days ago and may resume within two weeks, were stalled ';
  const big = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
  const t = findTimes(big, [], PUB);
  assert.ok(t.length >= 100000, `found ${t.length}`);
  // pathological: 5 MB of digits and separators with no sentence breaks
  const digits = '1/2/3 4:5 19 20 2 0 1 9 - , . '.repeat(170000);
  for (const x of findTimes(digits, [], PUB)) assert.equal(digits.slice(x.start, x.end), x.text);
});

// RULE_NEEDS lets a window skip a rule whose words it lacks: sound only if every match of the rule
// has them. Checked on a phrase each rule matches (so a wrong need fails here) and on the golden texts.
test('a rule never matches a window that lacks its needs', () => {
  const phrases: Record<string, string> = {
    'month-day': 'on Friday, Feb. 13, 1998',
    'day-month': 'on 7th of October 2023',
    'month-year': 'in early March nineteen ninety-six',
    'month-rel-year': 'in June of next year',
    month: 'this coming September',
    'iso-date': 'at 2023-10-07T14:30',
    'slash-date': 'on 10/07/23',
    'compact-date': 'filed 20231007',
    decade: "in the late '90s",
    'decade-word': 'in the nineteen sixties',
    century: 'the twenty-first century',
    year: 'at the end of 2004',
    'spelled-year': 'the year two thousand and one',
    quarter: 'its fiscal 2004 third quarter',
    'quarter-code': 'in Q3 2004',
    'year-quarter': 'the 1989 quarter',
    'quarter-ref': 'the year-ago quarter',
    half: 'the second half of next year',
    season: 'this past Autumn of 1998',
    'before-season': 'ahead of the onset of winter',
    within: 'within the next twenty-one days',
    ago: 'a couple of weeks or so ago',
    'year-earlier': 'the comparable year-earlier period',
    'this-unit': 'the rest of this fiscal fortnight',
    'the-unit': 'the whole week',
    'that-unit': 'later that month',
    'next-day': 'the following evening',
    'weekday-set': 'on weekends',
    holiday: 'last Good Friday',
    weekday: 'this coming Thu. overnight',
    'deictic-day': 'the day after tomorrow',
    'part-alone': 'it was quiet overnight',
    'part-of-day': 'earlier this afternoon',
    clock: 'at noon EST',
    set: 'twice a year',
    'set-adverb': 'published biweekly',
    'duration-range': 'between two and three decades',
    'duration-noun': 'a 90-day window',
    duration: 'for the better part of a century',
    'duration-plural': 'in recent weeks',
    coming: 'the months ahead',
    'present-ref': 'at the moment',
    'past-ref': 'not long ago',
    'future-ref': 'a later date',
  };
  const texts = [...Object.values(phrases)];
  for (const f of readdirSync(GOLDEN).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))) {
    texts.push(...(JSON.parse(readFileSync(new URL(f, GOLDEN), 'utf8')) as { text: string }).text.split(/(?<=[.!?])\s+/));
  }
  const matched = new Set<string>();
  for (const t of texts) {
    const mayMatch = rulesThatMayMatch(t.toLowerCase());
    for (const [i, rule] of RULES.entries()) {
      const re = new RegExp(rule.re.source, rule.re.flags);
      for (const m of t.matchAll(re)) {
        if (m[0].length === 0) continue;
        matched.add(rule.name);
        assert.ok(mayMatch(i), `${rule.name} matched "${m[0]}" in a window its needs would skip`);
      }
    }
  }
  assert.deepEqual(RULES.map((r) => r.name).filter((n) => !matched.has(n)), [], 'every rule is exercised');
  assert.deepEqual(RULES.map((r) => r.name).filter((n) => !RULE_NEEDS[n]), [], 'every rule has needs');
});

test('a time word that is part of a name is no time; a range or a mention taken too far stays one', () => {
  // invented sentences; the names are given as the entity finder would give them
  const span = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
  const club = 'Fans of Sheffield Wednesday travelled on Saturday.';
  const clubTimes = findTimes(club, [], PUB, [span(club, 'Sheffield Wednesday')]).map((t) => t.text);
  assert.deepEqual(clubTimes, ['Saturday']);
  const paper = 'He told The Sunday Telegraph about it.';
  assert.deepEqual(findTimes(paper, [], PUB, [span(paper, 'The Sunday Telegraph')]), []);
  const range = 'Sales rose in the June-July period.';
  assert.equal(findTimes(range, [], PUB, [span(range, 'June-July')]).length > 0, true);
  const taken = 'The vote is On Wednesday, officials said.';
  assert.deepEqual(findTimes(taken, [], PUB, [span(taken, 'On Wednesday')]).map((t) => t.text), ['Wednesday']);
});
