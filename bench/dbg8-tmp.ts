import { annotate } from '../src/understand/index.js';
const a = annotate({ text: 'Chelsea signed a striker on Monday. In a statement, the club said: "We are delighted."', published: null });
console.log(a.entities, a.coref, a.mentions);
