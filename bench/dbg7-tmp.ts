import { annotate } from '../src/understand/index.js';
const cases = [
  'Arsenal manager Arsene Wenger was unhappy with the referee. "It was a penalty," he said. "Everyone saw it."',
  'Tim Henman lost in the second round. The British number one said: "I played badly." He added that his back was sore.',
  'Sarah Jones, 34, from Leeds, runs a bakery. She told the BBC: "Business is hard."',
  'Chancellor Gordon Brown will deliver his budget on Wednesday. Mr Brown is expected to cut taxes. He told MPs: "The economy is strong."',
  'The singer, whose real name is Marshall Mathers, has sold millions of records. Eminem said his new album was "very personal". "I wrote it for my daughter," he said.',
  'Jose Mourinho praised his players. "We were fantastic," the Chelsea boss said. Frank Lampard also scored. "I am delighted," said Lampard.',
  'Kate Moss arrived late. The model said: "I am sorry."',
  'Bill Gates spoke in Las Vegas. The Microsoft chairman said the firm would "change everything".',
  'Mr Blair and Mr Brown met on Monday. Asked about the row, the prime minister said: "We are united."',
  'Tony Blair met Jacques Chirac in Paris. The French president said: "We agree."',
  'Police are hunting a gunman. Detective Inspector Ann Reid said: "He is dangerous." She urged witnesses to come forward: "Call us."',
];
for (const text of cases) {
  const a = annotate({ text, published: null });
  const name = (k: string | null) => (k ? a.entities.find((e) => e.key === k)?.name : null);
  console.log(text.slice(0, 50).padEnd(52), '|', a.quotes.map((q) => `${q.speakerText} → ${name(q.speaker)} (${q.cue})`).join(' ; '));
}
