// A story's timeline drawn as a plot: one row per entry on a shared time axis, built on the server
// as inline SVG, with the same entries as a table (the text fallback, and where the citations live).
// x positions are percentages of the SVG's width and y positions pixels, so the plot fills any column
// while its labels keep their size: a viewBox would shrink 12px text to 7px on a 390px phone. Each row
// is labelled in a gutter on the left, as in a Gantt chart, so no label covers another row's mark.

import { CAMEO_ACTOR_TYPES, type CameoActorType, type EntityRef, type Modality } from '../../model/index.js';
import { roleLabel, valueInterval, type TimelineEntry } from '../../query/index.js';
import { dateLabel, dateRange, html, type Html } from './html.js';

/** What the plot and the table read of a timeline entry. */
export type TimelineMark = Pick<
  TimelineEntry,
  'key' | 'date' | 'granularity' | 'dateFrom' | 'dateText' | 'cameoLabel' | 'trigger' | 'actor' | 'target' | 'actorPhrase' | 'actorCameoType' | 'targetPhrase' | 'targetCameoType' | 'place' | 'modality' | 'cue' | 'sentence' | 'articleId' | 'sentenceIndex' | 'published' | 'source' | 'alsoIn' | 'revises'
>;

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Rows past this are in the table only: a plot taller than a few screens stops being an overview. */
const MAX_ROWS = 60;
const AXIS_H = 26;
const ROW_H = 26;
/** Row labels sit in a gutter on the left, this share of the width; the time axis takes the rest. */
const GUTTER = 27;
/** Labels cut to what the gutter holds in 12px text: of a 940px column, a 660px one, a 358px phone (CSS shows one). */
const LABEL_CHARS = { l: 36, m: 22, s: 14 } as const;

const MODALITY_LABEL: Record<Modality, string> = {
  happened: 'happened',
  planned: 'planned',
  negated: 'called off / did not happen',
  hypothetical: 'possible',
  reported: 'reported',
};

const dayOf = (iso: string) => Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** "18 Oct 2025", "Oct 2025", "week of 20 Oct 2025", "18 Oct – 1 Nov 2025": the date with its uncertainty. */
export function whenLabel(date: string | null, granularity: string | null): string {
  const iv = valueInterval(date);
  if (!iv) return date ?? 'undated';
  if (iv.from === iv.to) return dateLabel(iv.from);
  if (/^\d{4}$/.test(date!)) return date!;
  if (/^\d{4}-\d{2}$/.test(date!)) return `${MONTHS[+date!.slice(5, 7) - 1]} ${date!.slice(0, 4)}`;
  if (granularity === 'week' || /^\d{4}-W\d{2}$/.test(date!)) return `week of ${dateLabel(iv.from)}`;
  return dateRange(iv.from, iv.to);
}

function who(e: TimelineMark, typed = true): string {
  const actor = roleLabel(e.actor, e.actorPhrase, e.actorCameoType, typed);
  const target = roleLabel(e.target, e.targetPhrase, e.targetCameoType, typed);
  return actor && target ? `${actor} → ${target}` : actor || `→ ${target}`;
}

/** A role in the table: the entity linked to its page, or the phrase with its type spelt out on hover, or a dash. */
function roleCell(ref: EntityRef | null, phrase: string | null, type: CameoActorType | null): Html | string {
  if (ref) return html`<a href="/entities/${ref.id}">${ref.name}</a>`;
  if (!phrase) return '—';
  return html`<span class="phrase">${phrase}</span>${type ? html` <abbr class="atype" title="CAMEO actor type: ${CAMEO_ACTOR_TYPES[type]}">${type}</abbr>` : ''}`;
}

function describe(e: TimelineMark): string {
  const status = e.cue ? `${MODALITY_LABEL[e.modality]} (“${e.cue}”)` : MODALITY_LABEL[e.modality];
  return `${whenLabel(e.date, e.granularity)} · ${status} · ${e.cameoLabel.toLowerCase()} (“${e.trigger}”): ${who(e)}${e.place ? ` in ${e.place.name}` : ''} · as of ${dateLabel(e.published)}${e.source ? `, ${e.source}` : ''}`;
}

function cut(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1).trimEnd() + '…';
}

interface Tick {
  day: number;
  label: string;
}

/** At most four ticks on whole days, weeks, months or years, so their labels fit a phone. */
function ticks(lo: number, hi: number): Tick[] {
  const span = hi - lo;
  const fmt = (d: number, withYear: boolean) => {
    const [y, m, dd] = isoOf(d).split('-');
    return withYear ? `${+dd} ${MONTHS[+m - 1]} ${y}` : `${+dd} ${MONTHS[+m - 1]}`;
  };
  for (const step of [1, 2, 3, 7, 14]) {
    if (span / step > 4) continue;
    const out: Tick[] = [];
    // weeks start on Mondays (day 0, 1 Jan 1970, was a Thursday)
    const first = step % 7 === 0 ? lo + ((((4 - lo) % 7) + 7) % 7) : Math.ceil(lo / step) * step;
    for (let d = first; d <= hi; d += step) out.push({ day: d, label: fmt(d, out.length === 0) });
    return out;
  }
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    if (span / (months * 30.4) > 4) continue;
    const out: Tick[] = [];
    const start = new Date(lo * DAY);
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth();
    m = Math.ceil(m / months) * months;
    for (;;) {
      y += Math.floor(m / 12);
      m %= 12;
      const d = Math.floor(Date.UTC(y, m, 1) / DAY);
      if (d > hi) break;
      if (d >= lo) out.push({ day: d, label: months >= 12 ? String(y) : out.length === 0 || m === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m] });
      m += months;
    }
    return out;
  }
  return [];
}

/** The plot: an axis of dates, one row per dated entry, its date drawn as a dot (a day) or a bar (a window). */
export function timelinePlot(entries: TimelineMark[], opts: { id: string; title: string }): Html {
  const rows = entries
    .map((e, i) => ({ e, n: i + 1, iv: valueInterval(e.date) }))
    .filter((r): r is typeof r & { iv: { from: string; to: string } } => r.iv !== null)
    .slice(0, MAX_ROWS);
  const undated = entries.filter((e) => !valueInterval(e.date)).length;
  if (!rows.length) return html`<p class="empty">No dated events to plot${entries.length ? '; the table lists them' : ''}.</p>`;
  const days = rows.flatMap((r) => [dayOf(r.iv.from), dayOf(r.iv.to) + 1, ...(r.e.published ? [dayOf(r.e.published)] : [])]);
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  if (hi - lo < 6) {
    const mid = (lo + hi) / 2;
    lo = Math.floor(mid - 3);
    hi = Math.ceil(mid + 3);
  }
  const pad = (hi - lo) * 0.03;
  const xNum = (day: number) => GUTTER + 1 + ((day - lo + pad) / (hi - lo + 2 * pad)) * (97 - GUTTER - 1);
  const x = (day: number) => xNum(day).toFixed(2) + '%';
  const H = AXIS_H + rows.length * ROW_H + 6;
  const yOf = new Map<string, number>();
  rows.forEach((r, i) => yOf.set(r.e.key, AXIS_H + i * ROW_H + ROW_H / 2));

  // every other row shaded, so the eye follows a row from its label to its mark
  const bands = rows.map((_, i) => (i % 2 ? '' : html`<rect class="band" x="0" y="${AXIS_H + i * ROW_H}" width="100%" height="${ROW_H}"/>`));
  const grid = ticks(lo, hi).map(
    (t) => html`<line class="grid" x1="${x(t.day)}" x2="${x(t.day)}" y1="${AXIS_H - 6}" y2="${H}"/><text class="tick" x="${x(t.day)}" y="14" text-anchor="middle">${t.label}</text>`,
  );
  const links = rows
    .filter((r) => r.e.revises && yOf.has(r.e.revises.key))
    .map((r) => {
      const from = rows.find((o) => o.e.key === r.e.revises!.key)!;
      const mid = (iv: { from: string; to: string }) => x((dayOf(iv.from) + dayOf(iv.to) + 1) / 2);
      return html`<line class="rev" x1="${mid(from.iv)}" y1="${yOf.get(from.e.key)}" x2="${mid(r.iv)}" y2="${yOf.get(r.e.key)}"><title>${r.n} changes ${from.n}</title></line>`;
    });
  const marks = rows.map((r, i) => {
    const y = AXIS_H + i * ROW_H + ROW_H / 2;
    const a = dayOf(r.iv.from);
    const b = dayOf(r.iv.to) + 1;
    const cls = `mark m-${r.e.modality}`;
    // a day is a dot, drawn in a nested svg placed by percentage so its own pixels stay round
    const shape =
      b - a <= 1
        ? html`<svg x="${x(a + 0.5)}" y="${y}" overflow="visible"><circle class="${cls}" cx="0" cy="0" r="6"/>${r.e.modality === 'negated' ? html`<line class="strike" x1="-9" x2="9" y1="0" y2="0"/>` : ''}</svg>`
        : html`<rect class="${cls}" x="${x(a)}" y="${y - 6}" width="${(xNum(b) - xNum(a)).toFixed(2)}%" height="12" rx="3"/>${r.e.modality === 'negated' ? html`<line class="strike" x1="${x(a)}" x2="${x(b)}" y1="${y}" y2="${y}"/>` : ''}`;
    const pub = r.e.published ? dayOf(r.e.published) : null;
    const asOf = pub !== null && (pub < a || pub >= b) ? html`<line class="asof-link" x1="${x(pub + 0.5)}" x2="${x(pub < a ? a : b)}" y1="${y}" y2="${y}"/><line class="asof" x1="${x(pub + 0.5)}" x2="${x(pub + 0.5)}" y1="${y - 7}" y2="${y + 7}"/>` : '';
    const label = (size: keyof typeof LABEL_CHARS, s: string) => html`<text class="label ${size}" x="${GUTTER}%" y="${y + 4}" text-anchor="end">${cut(s, LABEL_CHARS[size])}</text>`;
    return html`<a href="#${opts.id}-${r.n}"><g class="row"><title>${r.n}. ${describe(r.e)}</title><rect class="hit" x="0" y="${y - ROW_H / 2}" width="100%" height="${ROW_H}"/>${asOf}${shape}${label('l', `${r.n}. ${r.e.trigger}: ${who(r.e)}`)}${label('m', `${r.n}. ${r.e.trigger}: ${roleLabel(r.e.actor, r.e.actorPhrase, null, false) || roleLabel(r.e.target, r.e.targetPhrase, null, false)}`)}${label('s', `${r.n}. ${r.e.trigger}`)}</g></a>`;
  });
  const span = `${dateLabel(isoOf(lo))} to ${dateLabel(isoOf(hi - 1))}`;
  const desc = `${rows.length} dated event${rows.length === 1 ? '' : 's'} from ${span}; each row is one event, a dot for a known day, a bar for a window of possible dates.`;
  return html`<figure class="tl-plot">
${legend(links.length > 0)}
<svg width="100%" height="${H}" role="img" aria-labelledby="${opts.id}-t ${opts.id}-d">
<title id="${opts.id}-t">${opts.title}</title><desc id="${opts.id}-d">${desc}</desc>
${bands}${grid}${links}${marks}
</svg>
<figcaption>${desc}${entries.length > rows.length + undated ? ` The first ${rows.length} are drawn; the table lists all ${entries.length}.` : ''}${undated ? ` ${undated} without a date are in the table only.` : ''}</figcaption>
</figure>`;
}

function legend(revisions: boolean): Html {
  const dot = (cls: string) => html`<svg width="16" height="16" aria-hidden="true"><circle class="mark ${cls}" cx="8" cy="8" r="6"/>${cls === 'm-negated' ? html`<line class="strike" x1="1" x2="15" y1="8" y2="8"/>` : ''}</svg>`;
  const item = (swatch: Html, label: string) => html`<span class="key">${swatch}${label}</span>`;
  return html`<p class="legend tl-legend" aria-label="Plot legend">${item(dot('m-happened'), 'happened')}${item(dot('m-planned'), 'planned')}${item(dot('m-negated'), 'called off')}${item(dot('m-reported'), 'reported or possible')}${item(html`<svg width="26" height="16" aria-hidden="true"><rect class="mark m-happened" x="1" y="3" width="24" height="10" rx="3"/></svg>`, 'date known only to a window')}${item(html`<svg width="12" height="16" aria-hidden="true"><line class="asof" x1="6" x2="6" y1="1" y2="15"/></svg>`, 'reported on (as of)')}${revisions ? item(html`<svg width="22" height="16" aria-hidden="true"><line class="rev" x1="1" x2="21" y1="8" y2="8"/></svg>`, 'a later report changes it') : ''}</p>`;
}

/** Every entry as a table row: when, what, who, where, status, the cited sentence and the date it is true as of. */
export function timelineTable(entries: TimelineMark[], opts: { id: string }): Html {
  const n = new Map(entries.map((e, i) => [e.key, i + 1]));
  const changedBy = new Map<string, number[]>();
  for (const e of entries) if (e.revises && n.has(e.revises.key)) changedBy.set(e.revises.key, [...(changedBy.get(e.revises.key) ?? []), n.get(e.key)!]);
  const ref = (k: number) => html`<a href="#${opts.id}-${k}">${k}</a>`;
  return html`<div class="tl-table"><table class="data tl">
<thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">What</th><th scope="col">Who</th><th scope="col">Where</th><th scope="col">Status</th><th scope="col">Cited sentence</th><th scope="col">As of</th></tr></thead>
<tbody>${entries.map((e, i) => {
    const by = changedBy.get(e.key) ?? [];
    const revises = e.revises ? n.get(e.revises.key) : undefined;
    return html`<tr id="${opts.id}-${i + 1}" class="m-${e.modality}">
<td data-label="#">${i + 1}</td>
<td data-label="When">${whenLabel(e.date, e.granularity)}${e.dateText ? html` <span class="meta">“${e.dateText}”</span>` : e.dateFrom === 'published' ? html` <span class="meta">(on or before publication)</span>` : ''}</td>
<td data-label="What">${e.cameoLabel.toLowerCase()} <span class="meta">(“${e.trigger}”)</span></td>
<td data-label="Who">${roleCell(e.actor, e.actorPhrase, e.actorCameoType)} → ${roleCell(e.target, e.targetPhrase, e.targetCameoType)}</td>
<td data-label="Where">${e.place ? html`<a href="/entities/${e.place.id}">${e.place.name}</a>` : '—'}</td>
<td data-label="Status"><span class="status m-${e.modality}">${MODALITY_LABEL[e.modality]}</span>${e.cue ? html` <span class="meta">“${e.cue}”</span>` : ''}${revises ? html`<div class="meta">changes ${ref(revises)}</div>` : ''}${by.length ? html`<div class="meta">changed by ${by.map((k, j) => html`${j ? ', ' : ''}${ref(k)}`)}</div>` : ''}</td>
<td data-label="Sentence"><a href="/articles/${e.articleId}#s-${e.sentenceIndex}">${e.sentence}</a>${e.alsoIn.length ? html`<div class="meta">also in: ${e.alsoIn.map((c, j) => html`${j ? ', ' : ''}<a href="/articles/${c.articleId}#s-${c.sentenceIndex}">${c.source ?? 'unknown outlet'}</a>`)}</div>` : ''}</td>
<td data-label="As of">${dateLabel(e.published)}${e.source ? html`<div class="meta">${e.source}</div>` : ''}</td>
</tr>`;
  })}</tbody>
</table></div>`;
}
