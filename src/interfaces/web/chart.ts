// Mentions over time: counts bucketed by day or month, drawn as an inline SVG built on the server.
// The SVG carries <title>/<desc> for screen readers and a plain table follows it as the text fallback.

import { html, type Html } from './html.js';

export interface Bucket {
  /** "2025-10" (month) or "2025-10-18" (day). */
  key: string;
  label: string;
  count: number;
}

export interface Series {
  unit: 'day' | 'month' | 'year';
  buckets: Bucket[];
  /** Items without a usable date, not drawn. */
  undated: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Past this many bars a chart stops being readable on a phone; step up to a coarser unit. */
const MAX_BARS = 48;

/** Buckets ISO dates (YYYY-MM-DD or date-times) by day when they span two months or less, else by month (or year). */
export function bucketDates(dates: (string | null)[]): Series {
  const days: string[] = [];
  let undated = 0;
  for (const d of dates) {
    const m = d ? /^(\d{4})-(\d{2})-(\d{2})/.exec(d) : null;
    if (m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31) days.push(m[0]);
    else undated++;
  }
  if (!days.length) return { unit: 'month', buckets: [], undated };
  days.sort();
  const first = days[0];
  const last = days[days.length - 1];
  const spanDays = (Date.parse(last + 'T00:00:00Z') - Date.parse(first + 'T00:00:00Z')) / 86_400_000;
  let unit: Series['unit'] = spanDays <= 62 ? 'day' : 'month';
  let keys = unit === 'day' ? dayRange(first, last) : monthRange(first.slice(0, 7), last.slice(0, 7));
  if (keys.length > MAX_BARS && unit === 'month') {
    unit = 'year';
    keys = [];
    for (let y = +first.slice(0, 4); y <= +last.slice(0, 4); y++) keys.push(String(y));
  }
  const keyOf = (d: string) => (unit === 'day' ? d : unit === 'month' ? d.slice(0, 7) : d.slice(0, 4));
  const counts = new Map<string, number>();
  for (const d of days) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  return { unit, buckets: keys.map((key) => ({ key, label: labelOf(key), count: counts.get(key) ?? 0 })), undated };
}

function dayRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(first + 'T00:00:00Z'); t <= Date.parse(last + 'T00:00:00Z'); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) (m = 1), y++;
  }
  return out;
}

/** Up to this many bars every bar gets its own short label (fits a 390px phone); past it, only the ends. */
const TICKS: Record<Series['unit'], number> = { day: 10, month: 12, year: 12 };

/** "Oct" or "Oct 2025" for months, "18" or "18 Oct" for days; the longer form where a year or month starts. */
function tickLabel(key: string, long: boolean): string {
  const [y, m, d] = key.split('-');
  if (d) return long ? `${+d} ${MONTHS[+m - 1]}` : String(+d);
  if (m) return long ? `${MONTHS[+m - 1]} ${y}` : MONTHS[+m - 1];
  return y;
}

function labelOf(key: string): string {
  const [y, m, d] = key.split('-');
  if (d) return `${+d} ${MONTHS[+m - 1]} ${y}`;
  if (m) return `${MONTHS[+m - 1]} ${y}`;
  return y;
}

/** An accessible bar chart: the SVG scales to its container; every bar has its own <title> tooltip. */
export function barChart(series: Series, opts: { id: string; title: string; noun: [string, string] }): Html {
  const { buckets } = series;
  const [one, many] = opts.noun;
  const n = (c: number) => `${c} ${c === 1 ? one : many}`;
  if (!buckets.length) return html`<p class="empty">No dated ${many} to chart.</p>`;
  // Bars only inside the SVG: it stretches to the column (preserveAspectRatio none), so text would
  // distort; the labels live in HTML around it and stay readable on a phone.
  const W = 600;
  const H = 120;
  const max = Math.max(...buckets.map((b) => b.count));
  const slot = W / buckets.length;
  const barW = Math.max(1, Math.min(60, slot * 0.8));
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const peaks = buckets.filter((b) => b.count === max);
  const peak = peaks.length === 1 ? `the most, ${max}, in ${peaks[0].label}` : `at most ${max} in any ${series.unit}`;
  const desc = `${n(total)} from ${buckets[0].label} to ${buckets[buckets.length - 1].label}, by ${series.unit}; ${peak}.`;
  const bars = buckets.map((b, i) => {
    const h = max ? Math.max(b.count ? 3 : 0, Math.round((H * b.count) / max)) : 0;
    const x = (i * slot + (slot - barW) / 2).toFixed(1);
    return html`<rect x="${x}" y="${H - h}" width="${barW.toFixed(1)}" height="${h}"><title>${b.label}: ${n(b.count)}</title></rect>`;
  });
  return html`<figure class="chart">
<div class="chart-max" aria-hidden="true">${n(max)}</div>
<svg viewBox="0 0 ${W} ${H}" width="100%" height="${H}" role="img" aria-labelledby="${opts.id}-t ${opts.id}-d" preserveAspectRatio="none">
<title id="${opts.id}-t">${opts.title}</title><desc id="${opts.id}-d">${desc}</desc>
${bars}
</svg>
${buckets.length <= TICKS[series.unit] ? html`<div class="chart-axis ticks" aria-hidden="true">${buckets.map((b, i) => html`<span>${tickLabel(b.key, i === 0 || b.key.endsWith('-01'))}</span>`)}</div>` : html`<div class="chart-axis" aria-hidden="true"><span>${buckets[0].label}</span>${buckets.length > 1 ? html`<span>${buckets[buckets.length - 1].label}</span>` : ''}</div>`}
<figcaption>${desc}${series.undated ? ` ${n(series.undated)} without a date not shown.` : ''}</figcaption>
<details><summary>Show as a table</summary><table class="data"><thead><tr><th scope="col">${series.unit === 'day' ? 'Day' : series.unit === 'month' ? 'Month' : 'Year'}</th><th scope="col">${many[0].toUpperCase() + many.slice(1)}</th></tr></thead><tbody>${buckets.filter((b) => b.count).map((b) => html`<tr><td>${b.label}</td><td>${b.count}</td></tr>`)}</tbody></table></details>
</figure>`;
}
