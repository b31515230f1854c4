import { genderOfFirstName, posTags, isFirstName } from '../src/understand/gazetteer.js';
for (const n of ['John', 'Nick', 'Marion', 'Mary', 'Tim', 'Cara', 'Nicola', 'Brigitte', 'Keanu', 'Donna', 'Virginia', 'Tony']) console.log(n, genderOfFirstName(n), isFirstName(n), posTags(n).join(','));
