// The HTTP app: JSON API under /v1 and the web desk, built without a socket (listen is separate).

import { Hono } from 'hono';
import { serve as nodeServe } from '@hono/node-server';
import type { Desk } from '../../query/index.js';
import type { ItemResult } from '../../ingest/index.js';
import { DeskError, ERRORS, RetryLater } from '../../model/index.js';
import type { Asker } from './ask-pool.js';
import { Furniture } from './furniture.js';
import { apiRoutes } from './api.js';
import { webRoutes } from '../web/routes.js';

export interface HttpDeps {
  desk: Desk;
  /** Asks go here, never to `desk.ask` on the request thread directly: the pool keeps pages responsive. */
  asker: Asker;
  read: (input: string) => AsyncIterable<ItemResult>;
  token: string | null;
  /** How long a thread may spend checking one request's related questions. */
  relatedBudgetMs: number;
}

/** What the routes share: the deps, and the furniture (read also, related questions) kept between requests. */
export type RouteDeps = HttpDeps & { furniture: Furniture };

/** What each app needs started before it takes requests: its ask threads (each takes seconds to start). */
const beforeListen = new WeakMap<Hono, () => void>();

export function buildHttp(deps: HttpDeps): Hono {
  const app = new Hono();
  beforeListen.set(app, () => deps.asker.warm());
  const furniture = new Furniture({ asker: deps.asker, size: () => deps.desk.store.countArticles(), budgetMs: deps.relatedBudgetMs });
  app.route('/v1', apiRoutes({ ...deps, furniture }));
  app.route('/', webRoutes({ ...deps, furniture }));
  app.notFound((c) =>
    c.req.path.startsWith('/v1/') ? c.json({ error: { code: 'NOT_FOUND', message: `No route for ${c.req.method} ${c.req.path}` } }, 404) : c.html(notFoundPage(), 404),
  );
  app.onError((err, c) => {
    if (err instanceof DeskError) {
      if (err instanceof RetryLater) c.header('Retry-After', String(err.retryAfter));
      return c.json({ error: { code: err.code, message: err.message } }, err.status as 400);
    }
    console.error(err);
    return c.json({ error: { code: 'INTERNAL', message: 'Internal error' } }, 500);
  });
  return app;
}

function notFoundPage(): string {
  return '<!doctype html><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/">Back to the desk</a></p>';
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Binds the app to host:port (loopback by default); port 0 picks a free one. */
export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  beforeListen.get(app)?.();
  return new Promise((resolveListen, reject) => {
    const server = nodeServe({ fetch: app.fetch, hostname: host, port }, (info) => {
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolveListen({
        url: `http://${shownHost}:${info.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
    server.on('error', reject);
  });
}

export { ERRORS };
