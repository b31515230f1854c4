// Renders an article's text as HTML with its sentences, people, places, quotes and dates marked.
// Spans nest (sentence ⊃ quote ⊃ name/date); a span that would cross another is dropped, never mangled.

import { isTitleQuote, type ArticleView, type TimeExpr } from '../../model/index.js';
import { esc } from './html.js';

interface Mark {
  start: number;
  end: number;
  level: number;
  open: string;
  close: string;
}

/** The article's title as HTML, its quotes (sentence TITLE_SENTENCE, offsets into the title) marked as in the text. */
export function renderTitle(a: Pick<ArticleView, 'title' | 'quotes'>): string {
  const marks: Mark[] = a.quotes.filter(isTitleQuote).map((q) => quoteMark(q));
  return marks.length ? nest(a.title, marks).replace(/^<p>|<\/p>$/g, '') : esc(a.title);
}

function quoteMark(q: ArticleView['quotes'][number]): Mark {
  const who = q.speaker?.name ?? q.speakerText ?? 'unattributed';
  const tip = `${q.partial ? 'Partial quote' : 'Quote'} · ${who}${q.cue ? ` (${q.cue})` : ''}`;
  return { start: q.start, end: q.end, level: 1, open: `<q class="quote${q.partial ? ' partial' : ''}" title="${esc(tip)}" data-speaker="${esc(who)}">`, close: '</q>' };
}

export function renderArticleText(a: ArticleView): string {
  const marks: Mark[] = [];
  for (const s of a.sentences) {
    marks.push({ start: s.start, end: s.end, level: 0, open: `<span class="sent" id="s-${s.index}">`, close: '</span>' });
  }
  // a title quote's offsets are into the title (renderTitle marks it there)
  for (const q of a.quotes) {
    if (!isTitleQuote(q)) marks.push(quoteMark(q));
  }
  for (const e of a.entities) {
    for (const m of e.mentions) {
      marks.push({ start: m.start, end: m.end, level: 2, open: `<mark class="${e.type}" title="${esc(`${e.name} · ${e.type}`)}"><a href="/entities/${encodeURIComponent(e.id)}">`, close: '</a></mark>' });
    }
  }
  for (const t of a.times) {
    marks.push({ start: t.start, end: t.end, level: 2, open: `<time class="t"${t.value ? ` datetime="${esc(t.value)}"` : ''} title="${esc(timeTip(t))}">`, close: '</time>' });
  }
  return nest(a.text, marks);
}

/** The tooltip of a date: what it resolves to, and at what grain ("2025-10-18 · day"). */
export function timeTip(t: Pick<TimeExpr, 'value' | 'granularity' | 'relative'>): string {
  if (!t.value) return `${t.granularity}, relative; no anchor date to resolve it`;
  return `${t.value} · ${t.granularity}${t.relative ? ', resolved from the publication date' : ''}`;
}

function nest(text: string, marks: Mark[]): string {
  const sorted = marks
    .filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length)
    .sort((x, y) => x.start - y.start || y.end - x.end || x.level - y.level);
  let out = '';
  let pos = 0;
  const stack: Mark[] = [];
  const emitTo = (to: number) => {
    while (pos < to) {
      const nl = text.indexOf('\n', pos);
      if (nl === -1 || nl >= to) {
        out += esc(text.slice(pos, to));
        pos = to;
      } else {
        out += esc(text.slice(pos, nl)) + (stack.length ? '<br>' : '</p><p>');
        pos = nl + 1;
      }
    }
  };
  const closeUntil = (to: number) => {
    while (stack.length && stack[stack.length - 1].end <= to) {
      const m = stack.pop()!;
      emitTo(m.end);
      out += m.close;
    }
  };
  for (const m of sorted) {
    closeUntil(m.start);
    const top = stack[stack.length - 1];
    // Inside its parent and one level deeper, or it is dropped (crossing spans, a name inside a name).
    if (top && (m.end > top.end || m.level <= top.level)) continue;
    emitTo(m.start);
    out += m.open;
    stack.push(m);
  }
  closeUntil(Infinity);
  emitTo(text.length);
  return `<p>${out}</p>`.replace(/<p><\/p>/g, '');
}
