// The one composition root: config → store → desk → interfaces. `main` only calls buildApp;
// tests call it the same way with a temporary data directory.

import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DeskError } from './model/index.js';
import { openStore, type Store } from './store/index.js';
import { Desk } from './query/index.js';
import { createFetcher, extractDocument, readSource, type Fetcher, type ItemResult, type Overrides } from './ingest/index.js';
import { openAiGenerator } from './interfaces/llm/openai.js';
import { buildHttp } from './interfaces/http/server.js';
import { AskPool, inlineAsker, type Asker } from './interfaces/http/ask-pool.js';
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
  /** The server answers asks on `threads` worker threads (0 = on the request thread), with at most
   *  `queue` waiting; an ask not answered within `timeoutMs` of arriving is dropped. Related questions
   *  are checked for at most `relatedBudgetMs` per request. */
  ask: { threads: number; queue: number; timeoutMs: number; relatedBudgetMs: number };
  /** Threads that understand articles while `add` stores the ones before them (0 = none; add.ts). */
  addThreads?: number;
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
  const llm =
    overrides.llm !== undefined
      ? overrides.llm
      : env.NEWSDESK_LLM_URL
        ? { url: validUrl(env.NEWSDESK_LLM_URL, 'NEWSDESK_LLM_URL'), model: env.NEWSDESK_LLM_MODEL ?? 'llama3.2', apiKey: env.NEWSDESK_LLM_KEY ?? null }
        : null;
  // A core stays with the request thread: on 2 cores, 2 ask threads starved pages (bench/load.ts).
  const threads = intVar(env, 'NEWSDESK_ASK_THREADS', Math.max(1, Math.min(2, availableParallelism() - 1)), 0, 64);
  const ask = overrides.ask ?? {
    threads,
    queue: intVar(env, 'NEWSDESK_ASK_QUEUE', 4 * threads, 0, 10_000),
    // A language model may take its own minute (openai.ts) on top of the extractive answer.
    timeoutMs: Math.round(1000 * secondsVar(env, 'NEWSDESK_ASK_TIMEOUT', llm ? 75 : 15)),
    // About a dozen checks of an ask's cost each at 2,000 articles (bench/load.ts); what is checked in time is offered.
    relatedBudgetMs: Math.round(1000 * secondsVar(env, 'NEWSDESK_RELATED_BUDGET', 1)),
  };
  return {
    dataDir: resolve(overrides.dataDir ?? env.NEWSDESK_DATA ?? DEFAULT_DATA_DIR),
    databaseUrl,
    host: overrides.host ?? env.NEWSDESK_HOST ?? '127.0.0.1',
    port,
    token: overrides.token ?? env.NEWSDESK_TOKEN ?? null,
    allowFetch: overrides.allowFetch ?? env.NEWSDESK_NO_FETCH !== '1',
    allowPrivate: overrides.allowPrivate ?? env.NEWSDESK_ALLOW_PRIVATE === '1',
    llm,
    ask,
    // One where the machine has a second core: understanding then overlaps the store's writes (2,000
    // bench articles on 2 cores: 46-50 -> 68 articles/s at the same CPU per article; docs/SCALING.md).
    // None on one core, where the thread would only compete with the main one.
    addThreads: overrides.addThreads ?? intVar(env, 'NEWSDESK_ADD_THREADS', availableParallelism() >= 2 ? 1 : 0, 0, 64),
  };
}

function intVar(env: NodeJS.ProcessEnv, name: string, dflt: number, lo: number, hi: number): number {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new DeskError('BAD_REQUEST', `${name}: "${v}" must be a whole number from ${lo} to ${hi}`);
  return n;
}

function secondsVar(env: NodeJS.ProcessEnv, name: string, dflt: number): number {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new DeskError('BAD_REQUEST', `${name}: "${v}" must be a number of seconds above 0 (at most 3600)`);
  return n;
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
  /** How the server asks: a pool of threads with their own store connections, or the desk inline. */
  asker: Asker;
  http: Hono;
  /** The one fetcher (limits, address guard) every URL read goes through. */
  fetch: Fetcher;
  /**
   * Reads a file, directory or URL into documents for `desk.add`, with this app's fetcher and limits. A
   * document whose source does not say its language comes without one: add detects it, on its
   * understand threads when it has them (ReadOptions.language 'later').
   */
  read(input: string, overrides?: Overrides): AsyncIterable<ItemResult>;
  /** Reads without storing (`newsdesk extract`). */
  extract(input: string): Promise<ItemResult[]>;
  close(): Promise<void>;
}

export interface AppDeps {
  now?: () => Date;
  fetch?: Fetcher;
  /** The module each ask thread runs (tests substitute one they can hold busy). */
  askThread?: URL;
}

/** Registers tsx in the thread, then loads ./ask-thread.ts: threads do not inherit bin/newsdesk.js's loader. */
const ASK_THREAD = new URL('./ask-thread-entry.mjs', import.meta.url);

/** The store the config names. The app opens one; each ask thread opens its own on the same database. */
export async function openConfiguredStore(config: Config): Promise<Store> {
  if (config.databaseUrl) return openStore({ kind: 'postgres', url: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true });
  return openStore({ kind: 'sqlite', path: join(config.dataDir, 'newsdesk.db') });
}

/** The desk over a store with the configured language model: the same in the app and in each ask thread. */
export function deskFor(config: Config, store: Store, now: () => Date): Desk {
  return new Desk({ store, now, llm: config.llm ? openAiGenerator(config.llm) : null, understandThreads: config.addThreads ?? 0 });
}

export async function buildApp(config: Config, deps: AppDeps = {}): Promise<App> {
  const now = deps.now ?? (() => new Date());
  const store = await openConfiguredStore(config);
  const fetcher = deps.fetch ?? createFetcher({ allowPrivate: config.allowPrivate });
  const desk = deskFor(config, store, now);
  // Threads start when the server listens (or at the first ask), so CLI commands never start one.
  const asker =
    config.ask.threads > 0
      ? new AskPool({ ...config.ask, now, spawn: () => new Worker(deps.askThread ?? ASK_THREAD, { workerData: { config } }) })
      : inlineAsker(desk);
  const read = (input: string, overrides: Overrides = {}) => readSource(input, { overrides, fetch: fetcher, allowFetch: config.allowFetch, language: 'later' });
  const extract = (input: string) => extractDocument(input, { fetch: fetcher, allowFetch: config.allowFetch });
  const http = buildHttp({ desk, asker, read, token: config.token, relatedBudgetMs: config.ask.relatedBudgetMs });
  return {
    config,
    store,
    desk,
    asker,
    http,
    fetch: fetcher,
    read,
    extract,
    async close() {
      await asker.close();
      await store.close();
    },
  };
}
