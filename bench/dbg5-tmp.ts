import { annotate } from '../src/understand/index.js';
for (const text of ['Brightwater Energy cut 300 jobs last year. It said the market had collapsed. It is hard to see a recovery, analysts said.', 'Finance Minister Carla Osei met the board of Norvik Steel on Tuesday. Later the company announced a new plant. The minister welcomed the news.']) {
  const a = annotate({ text, published: null });
  console.log(a.entities.map((e) => `${e.name}/${e.type}`), a.coref);
}
