import { annotate } from '../src/understand/index.js';
const cases = [
  '“We are not going anywhere,” Rep. Alexandria Ocasio-Cortez said Tuesday. “This fight is just beginning.”',
  '“It’s a tough loss,” coach Sean McVay told reporters after the game. “We have to be better.”',
  'Sen. Chuck Schumer, D-N.Y., said on the Senate floor: “This is a disgrace.”',
  '“I love this team,” said Smith, 28, who signed in March. “We can win it all.”',
  '“The market is volatile,” said Jane Doe, an analyst at Morgan Stanley. “Investors should be careful.”',
  'Police Chief Mark Lewis said: “We will find them.” He added: “Nobody is above the law.”',
  '“It was horrible,” said Maria Lopez. “I could not breathe.”\n“Then the lights went out,” she said.',
  'President Emmanuel Macron said on Twitter: “France stands with Ukraine.”',
  'Dr. Anthony Fauci told CNN that the virus was “still spreading.” He said: “Wear a mask.”',
  'In an interview, Gates said that AI “will change everything.”',
  '“We’re excited,” the company’s CEO, Satya Nadella, said in a statement.',
  'Johnson, speaking at a rally in Ohio, said: “We will win.”',
  '“No comment,” Mr. Smith said.',
  '"We are ready," Mrs May told MPs. "Brexit means Brexit."',
  'Wenger insisted: "We are in the race." The Frenchman added: "We have the players."',
];
for (const text of cases) {
  const a = annotate({ text, published: null });
  const name = (k: string | null) => (k ? a.entities.find((e) => e.key === k)?.name : null);
  console.log(text.slice(0, 50).padEnd(52), '|', a.quotes.map((q) => `${q.speakerText} → ${name(q.speaker)} (${q.cue})`).join(' ; '));
}
