// The JSON API. Every route is in this one table; bodies and query strings are validated here.

import { Hono, type Context } from 'hono';
import { DeskError, type Answer } from '../../model/index.js';
import type { RouteDeps } from './server.js';
import { exportRows, csvLine, storyBrief, readMinConfidence, EXPORT_KINDS, type ExportKind } from '../../query/index.js';

const int = (v: string | undefined, dflt: number, lo: number, hi: number): number => {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new DeskError('BAD_REQUEST', `"${v}" must be a whole number from ${lo} to ${hi}`);
  return n;
};

export function apiRoutes(deps: RouteDeps): Hono {
  const { desk, asker, furniture } = deps;
  const api = new Hono();

  const requireToken = (c: Context) => {
    if (!deps.token) return;
    const got = c.req.header('authorization') ?? '';
    if (got !== `Bearer ${deps.token}`) throw new DeskError('UNAUTHORIZED');
  };

  api.get('/articles', async (c) =>
    c.json({ articles: await desk.articles(int(c.req.query('limit'), 20, 1, 200), int(c.req.query('offset'), 0, 0, 1e9)) }),
  );
  api.get('/articles/:id', async (c) => {
    const a = await desk.article(c.req.param('id'));
    if (!a) throw new DeskError('NOT_FOUND', `No article with id "${c.req.param('id')}"`);
    return c.json(a);
  });
  api.get('/articles/:id/related', async (c) => {
    const r = await furniture.readAlso(c.req.param('id'), int(c.req.query('limit'), 5, 1, 20));
    if (!r) throw new DeskError('NOT_FOUND', `No article with id "${c.req.param('id')}"`);
    return c.json({ related: r });
  });
  api.get('/articles/:id/questions', async (c) => {
    const r = await furniture.articleQuestions(c.req.param('id'));
    if (!r) throw new DeskError('NOT_FOUND', `No article with id "${c.req.param('id')}"`);
    return c.json(r);
  });
  api.post('/articles', async (c) => {
    requireToken(c);
    const body = await jsonBody(c);
    const inputs = Array.isArray(body.urls) ? body.urls : typeof body.url === 'string' ? [body.url] : null;
    if (!inputs || inputs.some((u: unknown) => typeof u !== 'string' || !/^https?:\/\//i.test(u as string))) {
      throw new DeskError('BAD_REQUEST', 'Body must be {"url": "https://..."} or {"urls": [...]}');
    }
    const report = await desk.add(
      (async function* () {
        for (const u of inputs as string[]) yield* deps.read(u);
      })(),
    );
    return c.json({ added: report.added, duplicates: report.duplicates, failed: report.failed.map((f) => ({ item: f.item, error: f.error, code: f.code })) });
  });
  api.get('/stories', async (c) => {
    const list = await desk.stories(int(c.req.query('limit'), 20, 1, 200), int(c.req.query('offset'), 0, 0, 1e9));
    return c.json({ stories: list.map(storyBrief) });
  });
  api.get('/stories/:id', async (c) => {
    const s = await desk.story(c.req.param('id'));
    if (!s) throw new DeskError('NOT_FOUND', `No story with id "${c.req.param('id')}"`);
    return c.json(s);
  });
  api.get('/search', async (c) => {
    const q = c.req.query('q') ?? '';
    return c.json({ query: q, results: await desk.search(q, int(c.req.query('limit'), 10, 1, 100)) });
  });
  api.get('/ask', async (c) => {
    const story = c.req.query('story') || null;
    const minConfidence = readMinConfidence(c.req.query('minConfidence'));
    return c.json(answerBody(await asker.run({ kind: 'ask', question: c.req.query('q') ?? '', story, minConfidence }), story));
  });
  api.post('/ask', async (c) => {
    const body = await jsonBody(c);
    if (typeof body.question !== 'string') throw new DeskError('BAD_REQUEST', 'Body must be {"question": "...", "story"?: "<story id>", "minConfidence"?: 0.7}');
    if (body.story !== undefined && typeof body.story !== 'string') throw new DeskError('BAD_REQUEST', '"story" must be a story id');
    if (body.minConfidence !== undefined && typeof body.minConfidence !== 'number') throw new DeskError('BAD_REQUEST', '"minConfidence" must be a number from 0.5 to 1');
    const story = body.story || null;
    const minConfidence = readMinConfidence(body.minConfidence);
    return c.json(answerBody(await asker.run({ kind: 'ask', question: body.question, story, minConfidence }), story));
  });
  // Apart from /ask so that an answer never waits for them: each is checked by asking it.
  api.get('/ask/related', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) throw new DeskError('BAD_REQUEST', 'The question is missing: /v1/ask/related?q=...');
    const story = c.req.query('story') || null;
    const r = await furniture.relatedQuestions(q, story);
    return c.json({ question: q, ...(story ? { story } : {}), related: r.questions, complete: r.complete });
  });
  api.get('/entities', async (c) =>
    c.json({
      entities: await desk.entities({
        type: c.req.query('type')?.toUpperCase(),
        prefix: c.req.query('prefix'),
        limit: int(c.req.query('limit'), 50, 1, 500),
        offset: int(c.req.query('offset'), 0, 0, 1e9),
      }),
    }),
  );
  // corrections: write endpoints (token when configured); bodies name entity ids, as /v1/entities lists them
  api.get('/entities/corrections', async (c) =>
    c.json({ corrections: await desk.entityCorrections(int(c.req.query('limit'), 50, 1, 500)) }),
  );
  api.post('/entities/merge', async (c) => {
    requireToken(c);
    const body = await jsonBody(c);
    if (typeof body.into !== 'string' || typeof body.from !== 'string') {
      throw new DeskError('BAD_REQUEST', 'Body must be {"into": "<entity id>", "from": "<entity id>"}: "from" is folded into "into"');
    }
    const r = await desk.mergeEntities(body.into, body.from);
    return c.json({ correction: r, entity: await desk.entity(r.entityId) });
  });
  api.post('/entities/split', async (c) => {
    requireToken(c);
    const body = await jsonBody(c);
    if (typeof body.entity !== 'string' || typeof body.alias !== 'string' || body.alias.trim() === '') {
      throw new DeskError('BAD_REQUEST', 'Body must be {"entity": "<entity id>", "alias": "<the form to split off>"}');
    }
    const r = await desk.splitEntity(body.entity, body.alias);
    return c.json({ correction: r, entity: await desk.entity(r.entityId), other: r.otherId ? await desk.entity(r.otherId) : null });
  });
  api.get('/entities/:id', async (c) => {
    const e = await desk.entity(c.req.param('id'));
    if (!e) throw new DeskError('NOT_FOUND', `No entity with id "${c.req.param('id')}"`);
    const [articles, quotes] = await Promise.all([desk.entityArticles(e.id, 50), desk.quotes({ speakerId: e.id, limit: 50 })]);
    return c.json({ ...e, articles, quotes });
  });
  api.get('/quotes', async (c) =>
    c.json({
      quotes: await desk.quotes({
        speakerId: c.req.query('speaker') || undefined,
        articleId: c.req.query('article') || undefined,
        limit: int(c.req.query('limit'), 50, 1, 500),
        offset: int(c.req.query('offset'), 0, 0, 1e9),
      }),
    }),
  );
  api.get('/export/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (!(EXPORT_KINDS as string[]).includes(kind)) throw new DeskError('BAD_REQUEST', `"${kind}" is not one of ${EXPORT_KINDS.join(', ')}`);
    const format = c.req.query('format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'csv') throw new DeskError('BAD_REQUEST', `format "${format}" must be jsonl or csv`);
    const rows = exportRows(desk.store, kind as ExportKind);
    const encoder = new TextEncoder();
    // Streamed page by page, so a large corpus never sits in memory as one string.
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let header = false;
        for await (const row of rows) {
          if (format === 'csv' && !header) controller.enqueue(encoder.encode(csvLine(Object.keys(row)) + '\n'));
          header = true;
          controller.enqueue(encoder.encode((format === 'csv' ? csvLine(Object.values(row)) : JSON.stringify(row)) + '\n'));
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: {
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="newsdesk-${kind}.${format}"`,
      },
    });
  });
  api.get('/log', async (c) => c.json({ log: await desk.ingestLog(int(c.req.query('limit'), 50, 1, 1000)) }));
  return api;
}

/** The answer without related questions (they come from `relatedUrl`, checked apart). */
function answerBody(answer: Answer, story: string | null): Omit<Answer, 'related'> & { relatedUrl: string } {
  const { related: _, ...rest } = answer;
  const q = new URLSearchParams({ q: answer.resolvedQuestion ?? answer.question, ...(story ? { story } : {}) });
  return { ...rest, relatedUrl: `/v1/ask/related?${q}` };
}

async function jsonBody(c: Context): Promise<Record<string, any>> {
  try {
    const b = await c.req.json();
    if (b && typeof b === 'object' && !Array.isArray(b)) return b;
  } catch {
    /* fall through to the one error below */
  }
  throw new DeskError('BAD_REQUEST', 'The request body must be a JSON object');
}
