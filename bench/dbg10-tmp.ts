import { annotate } from '../src/understand/index.js';
const cases = [
  'Owen scored twice. "I am happy," Owen, 25, told BBC Sport. "The team was great."',
  'Andy Murray reached the final. "I felt good," the 19-year-old told BBC Sport.',
  'Speaking in Brussels, Mr Straw said: "Europe must act."',
  'Mr Howard said the plan was "wrong" and added: "We will scrap it."',
  'Asked whether he would resign, he replied: "No."',
  'A Downing Street spokesman said: "The prime minister is confident."',
  'Labour\'s John Prescott said: "We will win."',
  'In a statement, the club said: "We are delighted." Chelsea beat Arsenal on Sunday.',
  'Chelsea signed a striker on Monday. In a statement, the club said: "We are delighted."',
  'The Conservatives want tax cuts. Shadow chancellor Oliver Letwin said the party would cut taxes by £4bn. He said: "This is affordable."',
  'Sir Alex Ferguson criticised the referee on Saturday. Ferguson, whose side lost 2-1, said: "It was a disgrace." Arsenal boss Arsene Wenger disagreed. "It was a fair decision," he said.',
  'Ms Smith, who lives in Bristol, told the BBC: "I was shocked."',
  '"It is wrong," says Tom Brown, a teacher in Leeds.',
  'Prosecutors said Smith had "lied repeatedly".',
  'The film\'s director, Peter Jackson, said: "It was a joy."',
];
for (const text of cases) {
  const a = annotate({ text, published: null });
  const name = (k: string | null) => (k ? a.entities.find((e) => e.key === k)?.name : null);
  console.log(text.slice(0, 50).padEnd(52), '|', a.quotes.map((q) => `${q.speakerText} → ${name(q.speaker)} (${q.cue})`).join(' ; '));
}
