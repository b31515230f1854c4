// The one composition root: config → store → desk → interfaces. `main` only calls buildApp;
// tests call it the same way with a temporary data directory.

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DeskError } from './model/index.js';
import { openStore, type Store } from './store/index.js';
import { Desk } from './query/index.js';
import { createFetcher, extractDocument, readSource, type Fetcher, type ItemResult, type Overrides } from './ingest/index.js';
import { openAiGenerator } from './interfaces/llm/openai.js';
import { buildHttp } from './interfaces/http/server.js';
import type { Hono } from 'hono';

export interface Config {
  /** Where the SQLite file lives (and anything else the desk keeps). */
  dataDir: string;
  /** A postgres:// URL switches the store to PostgreSQL. */
  databaseUrl: string | null;
  host: string;
  port: number;
  /** When set, write endpoints of the HTTP API need `Authorization: Bearer <token>`. */
  token: string | null;
  /** Fetch URLs at all (pages, feeds, feed items' linked pages). */
  allowFetch: boolean;
  /** Let the fetcher reach private and loopback addresses (off by default: SSRF guard). */
  allowPrivate: boolean;
  /** An OpenAI-compatible endpoint (…/v1) for optional fluent answers; null = extractive only. */
  llm: { url: string; model: string; apiKey: string | null } | null;
}

export const DEFAULT_DATA_DIR = '.newsdesk';

/** Reads config from the environment (validated once here), then applies explicit overrides. */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: Partial<Config> = {}): Config {
  const port = overrides.port ?? Number(env.NEWSDESK_PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DeskError('BAD_REQUEST', `NEWSDESK_PORT: "${env.NEWSDESK_PORT}" is not a port number`);
  const databaseUrl = overrides.databaseUrl ?? env.NEWSDESK_DATABASE_URL ?? null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new DeskError('BAD_REQUEST', `NEWSDESK_DATABASE_URL: expected a postgres:// URL, got "${databaseUrl}"`);
  }
  return {
    dataDir: resolve(overrides.dataDir ?? env.NEWSDESK_DATA ?? DEFAULT_DATA_DIR),
    databaseUrl,
    host: overrides.host ?? env.NEWSDESK_HOST ?? '127.0.0.1',
    port,
    token: overrides.token ?? env.NEWSDESK_TOKEN ?? null,
    allowFetch: overrides.allowFetch ?? env.NEWSDESK_NO_FETCH !== '1',
    allowPrivate: overrides.allowPrivate ?? env.NEWSDESK_ALLOW_PRIVATE === '1',
    llm:
      overrides.llm !== undefined
        ? overrides.llm
        : env.NEWSDESK_LLM_URL
          ? { url: validUrl(env.NEWSDESK_LLM_URL, 'NEWSDESK_LLM_URL'), model: env.NEWSDESK_LLM_MODEL ?? 'llama3.2', apiKey: env.NEWSDESK_LLM_KEY ?? null }
          : null,
  };
}

function validUrl(v: string, name: string): string {
  try {
    const u = new URL(v);
    if (u.protocol === 'http:' || u.protocol === 'https:') return v;
  } catch {
    /* reported below */
  }
  throw new DeskError('BAD_REQUEST', `${name}: "${v}" is not an http(s) URL`);
}

export interface App {
  config: Config;
  store: Store;
  desk: Desk;
  http: Hono;
  /** The one fetcher (limits, address guard) every URL read goes through. */
  fetch: Fetcher;
  /** Reads a file, directory or URL into documents, with this app's fetcher and limits. */
  read(input: string, overrides?: Overrides): AsyncIterable<ItemResult>;
  /** Reads without storing (`newsdesk extract`). */
  extract(input: string): Promise<ItemResult[]>;
  close(): Promise<void>;
}

export interface AppDeps {
  now?: () => Date;
  fetch?: Fetcher;
}

export async function buildApp(config: Config, deps: AppDeps = {}): Promise<App> {
  const now = deps.now ?? (() => new Date());
  let store: Store;
  if (config.databaseUrl) {
    store = await openStore({ kind: 'postgres', url: config.databaseUrl });
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    store = await openStore({ kind: 'sqlite', path: join(config.dataDir, 'newsdesk.db') });
  }
  const fetcher = deps.fetch ?? createFetcher({ allowPrivate: config.allowPrivate });
  const llm = config.llm ? openAiGenerator(config.llm) : null;
  const desk = new Desk({ store, now, llm });
  const read = (input: string, overrides: Overrides = {}) => readSource(input, { overrides, fetch: fetcher, allowFetch: config.allowFetch });
  const extract = (input: string) => extractDocument(input, { fetch: fetcher, allowFetch: config.allowFetch });
  const http = buildHttp({ desk, read, token: config.token });
  return {
    config,
    store,
    desk,
    http,
    fetch: fetcher,
    read,
    extract,
    close: () => store.close(),
  };
}
