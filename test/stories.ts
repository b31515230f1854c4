// Small generated news stories for the worker tests: each names two of six people (full name, then
// surname), one of five towns and one of three bodies, so stories ingested at once by several workers
// keep meeting the same entities (entity resolution under concurrency). Every story is distinct
// (its own numbers), so none is a duplicate of another.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PEOPLE = [['Ellen', 'Varga'], ['Tomas', 'Ridley'], ['Amara', 'Okafor'], ['Jonas', 'Lindqvist'], ['Priya', 'Raman'], ['Marco', 'Bellini']];
const TOWNS = ['Aldport', 'Brennick', 'Calloway', 'Dunmore', 'Eastvale'];
const BODIES = ['Harbour Trust', 'Valley Water Board', 'Northern Rail Authority'];

export function storyText(n: number): string {
  const [af, as] = PEOPLE[n % PEOPLE.length];
  const [bf, bs] = PEOPLE[(n + 1 + (n % 4)) % PEOPLE.length];
  const town = TOWNS[n % TOWNS.length];
  const body = BODIES[n % BODIES.length];
  return [
    `${town} plan ${n} wins backing from the ${body}`,
    '',
    `Mayor ${af} ${as} of ${town} said on Tuesday that the ${body} had approved plan number ${n}, worth ${n + 3} million euros.`,
    `"This is the decision ${town} has waited for," ${as} told reporters outside the town hall.`,
    `Minister ${bf} ${bs} welcomed the vote and promised ${n + 2} new jobs in ${town} within a year.`,
    `${bs} said the ${body} would publish its report on plan ${n} in March.`,
    `Critics in ${town} said the ${n + 10} pages of the plan left the cost of the bridge unclear.`,
  ].join('\n');
}

/** Writes stories 0..n-1 as `story-NNN.txt` into `dir`; returns their paths. */
export function writeStories(dir: string, n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `story-${String(from + i).padStart(3, '0')}.txt`);
    writeFileSync(path, storyText(from + i) + '\n');
    return path;
  });
}
