import { annotate } from '../src/understand/index.js';
const cases = [
  'The court ruled on Friday. "We will appeal," said Mr Lindqvist, "because the ruling is wrong."',
  'The court ruled on Friday. "We will appeal," Mr Lindqvist said, "because the ruling is wrong."',
  'The court ruled on Friday. "We will appeal," he said, "because the ruling is wrong." Mr Lindqvist left.',
  'Mr Lindqvist spoke after the ruling. "We will appeal," he said, "because the ruling is wrong."',
  'Mr Lindqvist spoke after the ruling. "We will appeal. The ruling is wrong," he said.\n"We have new evidence."\n"And we will win."',
  'Mr Lindqvist spoke after the ruling.\n"We will appeal," he said.\n"The ruling is wrong."',
  'Mr Lindqvist spoke after the ruling. He said: "We will appeal.\n"The ruling is wrong."',
  'Anna Berg, the firm\'s lawyer, said: "We will appeal."',
  '"This is a dark day," Anna Berg, the firm\'s lawyer, said.',
  '"This is a dark day for everyone who cares about justice in this country and abroad," Berg said, adding that she would appeal.',
  'Mr Lindqvist spoke after the ruling. "We will appeal," he told reporters outside the court on Friday.',
  'Mr Lindqvist said he would appeal. "The ruling is wrong," the lawyer added.',
];
for (const text of cases) {
  const a = annotate({ text, published: null });
  const name = (k: string | null) => (k ? a.entities.find((e) => e.key === k)?.name : null);
  console.log(text.slice(0, 50).replace(/\n/g, ' ').padEnd(52), '|', a.quotes.map((q) => `${q.speakerText} → ${name(q.speaker)} (${q.cue})`).join(' ; '));
}
