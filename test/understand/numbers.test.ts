// Money in any currency world-countries knows, and the rupee's written forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../src/understand/numbers.js';
import { splitSentences } from '../../src/understand/sentences.js';

const nums = (t: string) => findNumbers(t, splitSentences(t)).map((n) => [n.text, n.kind, n.unit, n.value]);

test('a currency is money whether written as a symbol, a code, its noun or an abbreviation', () => {
  assert.deepEqual(nums('Tickets cost 350 rand at the gate.'), [['350 rand', 'money', 'ZAR', 350]]);
  assert.deepEqual(nums('The club paid Rs 40 lakh for the bowler.'), [['Rs 40 lakh', 'money', 'INR', 4_000_000]]);
  assert.deepEqual(nums('A fine of 2,000 baht was imposed.'), [['2,000 baht', 'money', 'THB', 2000]]);
  // an ISO code that is an English word first is no currency
  assert.deepEqual(nums('ALL 12 players signed.').map((n) => n[1]), ['count']);
});

test('pence, units written glued to the number, written percentages and ordinals are numbers too', () => {
  assert.deepEqual(nums('The bid was 530p a share, up 9p.'), [['530p', 'money', 'GBP', 5.3], ['9p', 'money', 'GBP', 0.09]]);
  assert.deepEqual(nums('A 15-inch 1080p screen.').filter((n) => n[0] === '1080p'), [['1080p', 'number', 'p', 1080]]);
  assert.deepEqual(nums('Each disc holds 1.8GB at 15Mbps.'), [['1.8GB', 'number', 'GB', 1.8], ['15Mbps', 'number', 'Mbps', 15]]);
  assert.deepEqual(nums('Seventy-eight percent of voters agreed.'), [['Seventy-eight percent', 'percent', null, 78]]);
  assert.deepEqual(nums('The album reached fourth in the chart.'), [['fourth', 'ordinal', null, 4]]);
  assert.deepEqual(nums('The parade on the fourth of July.'), []);
  // "pm" is a clock time, "G8" a name
  assert.deepEqual(nums('The G8 met at 3pm.'), []);
});

test('what a written number counts: a joined noun, "times", a partitive; "a" before it is no number', () => {
  const counted = (t: string) => findNumbers(t, splitSentences(t)).map((n) => [n.text, n.kind, n.counted]);
  assert.deepEqual(counted('He faces a seven-match ban.'), [['seven-match', 'count', 'match']]);
  assert.deepEqual(counted('Rates rose five times last year.'), [['five', 'count', 'times']]);
  assert.deepEqual(counted('They lost nine of their 14 matches.'), [['nine', 'count', 'matches'], ['14', 'count', 'matches']]);
  assert.deepEqual(counted('Twenty of his films are shown.'), [['Twenty', 'count', 'films']]);
});

test('what a count counts: the plural after its modifiers and after a name that modifies it', () => {
  const counted = (t: string) => findNumbers(t, splitSentences(t)).map((n) => [n.text, n.kind, n.counted]);
  assert.deepEqual(counted('Figures suggest that 14,000 new net jobs were created.'), [['14,000', 'count', 'new net jobs']]);
  assert.deepEqual(counted('Eighteen investment firms involved in the sale agreed.'), [['Eighteen', 'count', 'investment firms']]);
  assert.deepEqual(counted('Five Bank of America subsidiaries agreed to pay.'), [['Five', 'count', 'Bank of America subsidiaries']]);
  assert.deepEqual(counted('Three Manchester United players were hurt.'), [['Three', 'count', 'Manchester United players']]);
  assert.deepEqual(counted('Two Labour MPs resigned.'), [['Two', 'count', 'Labour MPs']]);
  assert.deepEqual(counted('The carrier patrols alongside three US vessels.'), [['three', 'count', 'US vessels']]);
  // "business" ends in -s but is no plural: nothing is said to be counted
  assert.deepEqual(counted('More than 2,000 business and political leaders arrived.'), [['2,000', 'number', null]]);
});

test('counts said by their order of size, pence written out, an age in words', () => {
  const counted = (t: string) => findNumbers(t, splitSentences(t)).map((n) => [n.text, n.kind, n.value, n.counted]);
  assert.deepEqual(counted('Hundreds of erotic tasks are included.'), [['Hundreds', 'count', 100, 'erotic tasks']]);
  assert.deepEqual(counted('Tens of thousands of fans marched.'), [['Tens of thousands', 'count', 10000, 'fans']]);
  assert.deepEqual(counted('He said several hundred people were involved.'), [['several hundred', 'count', 100, 'people']]);
  assert.deepEqual(nums('The exchange tabled a 530 pence-per-share offer.'), [['530 pence', 'money', 'GBP', 5.3]]);
  assert.deepEqual(nums('He has been blind from the age of seven.'), [['seven', 'number', 'year', 7]]);
});

test('the won is money only after a scale, and not in "won by"', () => {
  assert.deepEqual(nums('Some 12 trillion won of debt will become equity.'), [['12 trillion won', 'money', 'KRW', 12e12]]);
  assert.deepEqual(nums('Sales of 2 million won by the rival were higher.').map((n) => n[1]), ['number']);
});

test('a written number that opens a range counts what its second number counts; alone it is no number', () => {
  assert.deepEqual(
    findNumbers('He thinks viewers will pay for between four to six services.', splitSentences('He thinks viewers will pay for between four to six services.')).map((n) => [n.text, n.kind, n.counted]),
    [['four', 'count', 'services'], ['six', 'count', 'services']],
  );
  assert.deepEqual(nums('Only two made it to the final.'), []);
  assert.deepEqual(nums('The two sides met twice.'), [['two', 'count', null, 2]]);
});

test('shares said in words are percentages: proportions, fractions, "half of"; a half joins a written number', () => {
  // invented sentences, not from any QA set
  assert.deepEqual(nums('One in eight tenants is behind on rent.'), [['One in eight', 'percent', null, 12.5]]);
  assert.deepEqual(nums('Nine out of 10 fans agreed.'), [['Nine out of 10', 'percent', null, 90]]);
  assert.deepEqual(nums('Two-thirds of the votes were counted.'), [['Two-thirds', 'percent', null, 66.67]]);
  assert.deepEqual(nums('About a third of members said no.'), [['a third', 'percent', null, 33.33]]);
  assert.deepEqual(nums('Half of the staff left.'), [['Half', 'percent', null, 50]]);
  // a period of play, a term in office and a score in a time are no shares
  assert.deepEqual(nums('He scored in the second half of the match.'), []);
  assert.deepEqual(nums('She won a third term.'), [['third', 'ordinal', null, 3]]);
  assert.deepEqual(nums('He scored one in 10 minutes.'), []);
  assert.deepEqual(nums('The city has two and a half million cars.'), [['two and a half million', 'count', null, 2_500_000]]);
  assert.deepEqual(nums('He signed a three-and-a-half-year deal.'), [['three-and-a-half-year', 'duration', 'year', 3.5]]);
});

test('"one" of a unit of measure is a number, and "one day\'s" a duration; "one day" alone is no number', () => {
  // invented sentences
  assert.deepEqual(nums('The keys travel one millimetre.'), [['one millimetre', 'number', 'millimetre', 1]]);
  assert.deepEqual(nums("She gave one week's notice."), [['one week', 'duration', 'week', 1]]);
  assert.deepEqual(nums('One day he will return.'), []);
  assert.deepEqual(nums('It cost one pound.').filter((n) => n[1] === 'number'), [], 'a pound may be money');
});

test('a time taken is one duration in seconds: "1:47.97", "2:04:55", "one minute, 47.97 seconds"; a clock time is none', () => {
  assert.deepEqual(nums('She won the 800m final in 1:47.97 on Sunday.').filter((n) => n[1] === 'duration'), [['1:47.97', 'duration', 'second', 107.97]]);
  assert.deepEqual(nums('He took the marathon in 2:04:55.'), [['2:04:55', 'duration', 'second', 7495]]);
  assert.deepEqual(nums('Her time was one minute, 47.97 seconds.'), [['one minute, 47.97 seconds', 'duration', 'second', 107.97]]);
  assert.deepEqual(nums('He set a record of eight minutes 04.69 seconds.'), [['eight minutes 04.69 seconds', 'duration', 'second', 484.69]]);
  assert.deepEqual(nums('The blast came at 10:35 in the morning.'), []);
  assert.deepEqual(nums('Polls closed at 22:00:00 GMT.'), []);
});

test('a standard race distance with no currency is a length in metres, not millions', () => {
  assert.deepEqual(nums('Holmes won the 800m title in Athens.'), [['800m', 'number', 'm', 800]]);
  assert.deepEqual(nums('She ran the 60m hurdles in 7.9 seconds.')[0], ['60m', 'number', 'm', 60]);
  // what a million counts after it, another amount in the sentence, a currency or a decimal keep the million
  assert.deepEqual(nums('About 100m passengers flew.'), [['100m', 'count', null, 100_000_000]]);
  assert.deepEqual(nums('Some 100m people watched.'), [['100m', 'count', null, 100_000_000]]);
  assert.deepEqual(nums('Profit was £1bn, up from 800m.')[1], ['800m', 'number', null, 800_000_000]);
  assert.deepEqual(nums('The firm lost 100m euros.'), [['100m euros', 'money', 'EUR', 100_000_000]]);
  assert.deepEqual(nums('The show drew 4.88m viewers.'), [['4.88m', 'count', null, 4_880_000]]);
});

test('a number written in words goes on past its hundred or thousand', () => {
  assert.deepEqual(nums('But two hundred and thirty four Americans have flown in space.'), [['two hundred and thirty four', 'count', null, 234]]);
  assert.deepEqual(nums('Some three thousand five hundred people came.'), [['three thousand five hundred', 'count', null, 3500]]);
  assert.deepEqual(nums('He scored two hundred and one runs.'), [['two hundred and one', 'count', null, 201]]);
  // another clause's number is not the rest of it
  assert.deepEqual(nums('Two hundred people came, and thirty four left.').map((n) => n[3]), [200]);
});

test('cents are money: a hundredth of the dollar, or of the euro where the sentence names only that', () => {
  assert.deepEqual(nums('It is halving its dividend to 17 cents a share from 34 cents.'), [['17 cents', 'money', 'USD', 0.17], ['34 cents', 'money', 'USD', 0.34]]);
  assert.deepEqual(nums('The fee rises from 2 euros to 2 euros and 50 cents.').map((n) => n[2]), ['EUR', 'EUR', 'EUR']);
  // "per cent" is a percentage, as before
  assert.deepEqual(nums('Sales rose 5 per cent.'), [['5 per cent', 'percent', null, 5]]);
});
