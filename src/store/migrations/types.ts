/** One schema step. Versions are 1, 2, 3, ... in order; an applied migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * A step the other backend needs and this one does not: it only keeps both stores at the same version
 * number (an applied migration is never edited, so the step stays once written).
 */
export function otherBackendStep(version: number, name: string): Migration {
  return { version, name, sql: 'SELECT 1;' };
}

/** Throws unless versions run 1..n without gaps (a typo here would skip a step silently). */
export function checkMigrations(ms: Migration[]): void {
  ms.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration #${i} has version ${m.version}, expected ${i + 1}`);
  });
}
