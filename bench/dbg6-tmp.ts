import { annotate } from '../src/understand/index.js';
const cases = [
  'Shares fell sharply on Monday. "We are disappointed," a Vodafone spokesman said.',
  'A Vodafone spokesman said: "We are disappointed."',
  '"We are disappointed," said a spokeswoman for Tesco.',
  'The Treasury said: "Growth is strong."',
  '"Growth is strong," the Treasury said.',
  'UKIP spokesman said: "This is nonsense."',
  'A UKIP spokesman said the claims were "nonsense".',
  'The BBC said in a statement: "We stand by the story."',
  'Oxfam called the deal "a betrayal".',
  'The union said the offer was "an insult".',
  'The Confederation of British Industry (CBI) said: "Firms are worried." The CBI added: "Costs are up."',
  'The National Union of Teachers has attacked the plans. "This is wrong," the union said.',
  'Microsoft has cut prices. "We want more users," the firm said.',
  'In a statement, Sony said the console would be "widely available".',
  'Greenpeace says the plan is "deeply flawed".',
  'The report, by the Institute for Fiscal Studies, warned that taxes were "likely to rise".',
];
for (const text of cases) {
  const a = annotate({ text, published: null });
  const name = (k: string | null) => (k ? a.entities.find((e) => e.key === k)?.name : null);
  console.log(text.slice(0, 60).padEnd(62), '|', a.quotes.map((q) => `${q.speakerText} → ${name(q.speaker)} (${q.cue})`).join(' ; '), '|', a.entities.map((e) => e.name + '/' + e.type).join(','));
}
