// Calendar arithmetic for time normalisation: proleptic Gregorian, UTC, whole days.
// No clock here: every function takes the dates it works on.

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

function toDays(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}

function fromDays(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromDays(toDays(t) + n);
}

/** Adds months, clamping the day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(t: Ymd, n: number): Ymd {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

export function diffDays(a: Ymd, b: Ymd): number {
  return toDays(a) - toDays(b);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(t: Ymd): number {
  const w = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return pad(y, 4);
}
export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${pad(m)}`;
}
export function fmtDate(t: Ymd): string {
  return `${fmtYear(t.y)}-${pad(t.m)}-${pad(t.d)}`;
}
export function fmtWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
}
export function fmtTime(h: number, min: number): string {
  return `T${pad(h)}:${pad(min)}`;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Season[] = ['SP', 'SU', 'FA', 'WI'];
/** Meteorological (northern-hemisphere) seasons: the month each one starts in. */
export const SEASON_START_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The season a date falls in, with the year the season started (Jan 2026 is 2025-WI). */
export function seasonOf(t: Ymd): { year: number; season: Season } {
  if (t.m <= 2) return { year: t.y - 1, season: 'WI' };
  if (t.m <= 5) return { year: t.y, season: 'SP' };
  if (t.m <= 8) return { year: t.y, season: 'SU' };
  if (t.m <= 11) return { year: t.y, season: 'FA' };
  return { year: t.y, season: 'WI' };
}

export function seasonStart(year: number, s: Season): Ymd {
  return { y: year, m: SEASON_START_MONTH[s], d: 1 };
}

export function quarterOf(t: Ymd): number {
  return Math.floor((t.m - 1) / 3) + 1;
}

/** Parses the date part of an ISO date or date-time; null when it is not one. */
export function parseAnchor(published: string | null): Ymd | null {
  if (typeof published !== 'string') return null;
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})/.exec(published);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}
