// The newsdesk command line. Arguments are validated here, once; user mistakes get one clear line
// and a non-zero exit, never a stack trace.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, loadConfig, DEFAULT_DATA_DIR, type App, type Config } from '../../app.js';
import { DeskError, isTitleQuote, type EntityCorrection } from '../../model/index.js';
import { turnOf, readMinConfidence, exportRows, csvLine, storyBrief, roleLabel, EXPORT_KINDS, type ExportKind, type Turn } from '../../query/index.js';
import { listen } from '../http/server.js';
import { printAnswer, printReport, progressLine } from './format.js';
import { watchCommand } from './watch.js';
import { enqueueInputs, jobQueue, jobsCommand, workerCommand } from './worker.js';

const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../sample');

const COMMON = {
  data: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

interface Command {
  summary: string;
  usage: string;
  options: ParseArgsConfig['options'];
  run(app: () => Promise<App>, args: { values: Record<string, any>; positionals: string[] }, out: Out): Promise<number>;
}

export interface Out {
  log(s: string): void;
  err(s: string): void;
  isTTY: boolean;
}

const stdOut: Out = {
  log: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  isTTY: !!process.stderr.isTTY,
};

const COMMANDS: Record<string, Command> = {
  demo: {
    summary: 'create the data directory, add the sample articles and start the web desk',
    usage: 'newsdesk demo [--data DIR] [--port N]',
    options: { port: { type: 'string' } },
    async run(app, { values }, out) {
      const a = await app();
      const report = await a.desk.add(a.read(SAMPLE_DIR));
      out.log(`Sample corpus: ${report.added.length} added, ${report.duplicates.length} already there, ${report.failed.length} failed.`);
      for (const f of report.failed) out.err(`  failed: ${f.item}: ${f.error}`);
      return serveApp(a, values, out);
    },
  },
  add: {
    summary: 'add articles from files, directories, page URLs or feed URLs',
    usage: 'newsdesk add <path|url> [...] [--published YYYY-MM-DD] [--source NAME] [--queue] [--json]',
    options: { published: { type: 'string' }, source: { type: 'string' }, queue: { type: 'boolean', default: false } },
    async run(app, { values, positionals }, out) {
      if (positionals.length === 0) throw new DeskError('BAD_REQUEST', 'add: name at least one file, directory or URL');
      if (values.published !== undefined && !isDate(values.published)) {
        throw new DeskError('BAD_DATE', `--published "${values.published}" is not a valid YYYY-MM-DD date`);
      }
      const a = await app();
      const opts = { published: values.published, source: values.source };
      if (values.queue) {
        // one job per file or URL; `newsdesk worker` processes them
        const r = await enqueueInputs(jobQueue(a), positionals, opts, () => new Date());
        if (values.json) out.log(JSON.stringify(r));
        else {
          for (const f of r.failed) out.err(`failed     ${f.error}`);
          out.log(`${r.queued} job${r.queued === 1 ? '' : 's'} queued, ${r.failed.length} failed; run "newsdesk worker" to process them`);
        }
        return r.failed.length ? 1 : 0;
      }
      const items = (async function* () {
        for (const p of positionals) yield* a.read(p, opts);
      })();
      const showProgress = out.isTTY && !values.json;
      const report = await a.desk.add(items, showProgress ? (p) => process.stderr.write('\r' + progressLine(p)) : undefined);
      if (showProgress) process.stderr.write('\n');
      if (values.json) {
        out.log(
          JSON.stringify({
            added: report.added.map((x) => ({ id: x.id, title: x.title, source: x.source })),
            duplicates: report.duplicates.map((x) => ({ id: x.id, title: x.title, item: x.item })),
            failed: report.failed.map((x) => ({ item: x.item, error: x.error, code: x.code })),
          }),
        );
      } else printReport(report, out);
      return report.failed.length ? 1 : 0;
    },
  },
  watch: {
    summary: 'poll feeds on a schedule (ETag/Last-Modified) and add new items; Ctrl-C stops',
    usage: 'newsdesk watch <feed-url> [...] [--every 15m] [--once] [--queue] [--json]',
    options: { every: { type: 'string' }, once: { type: 'boolean', default: false }, queue: { type: 'boolean', default: false } },
    async run(app, { values, positionals }, out) {
      return watchCommand(app, values, positionals, out);
    },
  },
  worker: {
    summary: 'process queued ingest jobs (add --queue, watch --queue); run several, on PostgreSQL',
    usage: 'newsdesk worker [--concurrency N] [--once] [--lease SECONDS] [--max-jobs N] [--json]',
    options: {
      concurrency: { type: 'string' },
      once: { type: 'boolean', default: false },
      lease: { type: 'string' },
      'max-jobs': { type: 'string' },
    },
    async run(app, { values }, out) {
      return workerCommand(
        app,
        {
          concurrency: intArg(values.concurrency, 1, 'concurrency', 1, 32),
          once: !!values.once,
          leaseSeconds: intArg(values.lease, 300, 'lease', 1, 86_400),
          maxJobs: values['max-jobs'] === undefined ? null : intArg(values['max-jobs'], 1, 'max-jobs', 1, 1_000_000_000),
          json: !!values.json,
        },
        out,
      );
    },
  },
  jobs: {
    summary: 'the job queue: counts, running jobs and the last failures with their reasons',
    usage: 'newsdesk jobs [--limit N] [--json]',
    options: { limit: { type: 'string' } },
    async run(app, { values }, out) {
      return jobsCommand(app, { limit: intArg(values.limit, 10, 'limit'), json: !!values.json }, out);
    },
  },
  search: {
    summary: 'full-text search over the articles',
    usage: 'newsdesk search "query" [--limit N] [--json]',
    options: { limit: { type: 'string' } },
    async run(app, { values, positionals }, out) {
      const q = positionals.join(' ');
      const a = await app();
      const results = await a.desk.search(q, intArg(values.limit, 10, 'limit'));
      if (values.json) out.log(JSON.stringify({ query: q, results }));
      else if (results.length === 0) out.log('No article matches.');
      else
        for (const r of results) {
          out.log(`${r.article.id}  ${r.article.title}  (${r.article.source ?? 'unknown'}, ${r.article.published ?? 'undated'})`);
          for (const s of r.snippets) out.log(`    … ${s.sentence.trim()}`);
        }
      return 0;
    },
  },
  ask: {
    summary: 'ask a question; answers cite the sentences they rest on',
    usage: 'newsdesk ask "question" [--story ID] [--thread ID] [--min-confidence 0.7] [--json]',
    options: { thread: { type: 'string' }, story: { type: 'string' }, 'min-confidence': { type: 'string' } },
    async run(app, { values, positionals }, out) {
      if (positionals.length === 0) throw new DeskError('BAD_REQUEST', 'ask: give a question, e.g. newsdesk ask "Who met Putin?"');
      const q = positionals.join(' ');
      const minConfidence = readMinConfidence(values['min-confidence']);
      const a = await app();
      const thread = values.thread !== undefined ? threadFile(a.config.dataDir, values.thread) : null;
      const previous = thread ? await readTurn(thread) : null;
      const ans = await a.desk.ask(q, { previous, story: values.story ?? null, minConfidence });
      if (thread) await writeTurn(thread, turnOf(ans));
      if (values.json) {
        out.log(
          JSON.stringify({
            question: ans.question,
            ...(ans.resolvedQuestion ? { resolvedQuestion: ans.resolvedQuestion } : {}),
            answer: ans.answer,
            abstained: ans.abstained,
            confidence: ans.confidence,
            answerType: ans.answerType,
            citations: ans.citations,
            ...(ans.asOf !== undefined ? { asOf: ans.asOf } : {}),
            ...(ans.disagreement ? { disagreement: ans.disagreement } : {}),
            related: ans.related,
            ...(ans.abstained ? { missing: ans.missing ?? [], nearby: ans.nearby ?? [] } : {}),
            ...(ans.belowBar !== undefined ? { belowBar: ans.belowBar } : {}),
          }),
        );
      } else printAnswer(ans, out);
      return 0;
    },
  },
  related: {
    summary: 'read also: articles related to one article, with the reason',
    usage: 'newsdesk related <articleId> [--limit N] [--json]',
    options: { limit: { type: 'string' } },
    async run(app, { values, positionals }, out) {
      const id = one(positionals, 'articleId');
      const a = await app();
      const r = await a.desk.related(id, intArg(values.limit, 5, 'limit'));
      if (!r) throw new DeskError('NOT_FOUND', `No article with id "${id}"`);
      if (values.json) out.log(JSON.stringify({ articleId: id, related: r }));
      else if (r.length === 0) out.log('Nothing related in the desk yet.');
      else for (const x of r) out.log(`${x.article.id}  ${x.article.title}\n    ${x.reason}`);
      return 0;
    },
  },
  stories: {
    summary: 'stories: articles grouped by the developing story they report, latest news first',
    usage: 'newsdesk stories [--limit N] [--json] [--rebuild]',
    options: { limit: { type: 'string' }, rebuild: { type: 'boolean', default: false } },
    async run(app, { values }, out) {
      const a = await app();
      const progress = (done: number, total: number) => {
        if (out.isTTY && (done % 200 === 0 || done === total)) out.err(`placing articles in stories: ${done}/${total}`);
      };
      const placed = values.rebuild ? await a.desk.rebuildStories(progress) : await a.desk.placeStories(progress);
      if (values.rebuild || placed.placed > 0) {
        out.err(`${placed.placed} articles placed: ${placed.started} stories started, ${placed.joined} joined an earlier article's story.`);
      }
      // --json lists every story (single-article ones included) unless --limit says otherwise
      const limit = values.limit !== undefined ? intArg(values.limit, 20, 'limit') : values.json ? await a.desk.countStories() : 20;
      const list = await a.desk.stories(limit);
      if (values.json) {
        out.log(JSON.stringify({ stories: list.map(storyBrief) }));
      } else if (list.length === 0) out.log('No stories yet: add articles first.');
      else {
        for (const s of list) {
          const span = s.first === s.last ? s.first : `${s.first} – ${s.last}`;
          out.log(`${s.id}  ${s.title}\n    ${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · ${span}` +
            (s.entities.length ? ` · ${s.entities.slice(0, 4).map((e) => e.name).join(', ')}` : ''));
        }
      }
      return 0;
    },
  },
  story: {
    summary: 'one story: its articles by date, actors, quotes, outlets and timeline',
    usage: 'newsdesk story <id> [--json]',
    options: {},
    async run(app, { values, positionals }, out) {
      const id = one(positionals, 'id');
      const a = await app();
      const s = await a.desk.story(id);
      if (!s) throw new DeskError('NOT_FOUND', `No story with id "${id}" (newsdesk stories lists them)`);
      if (values.json) {
        out.log(JSON.stringify(s));
        return 0;
      }
      out.log(`${s.title}\n${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · first ${s.first} · last ${s.last}\n`);
      for (const x of s.articles) {
        out.log(`  ${x.published ?? 'undated   '}  ${x.title}  (${x.source ?? 'unknown outlet'})` +
          (x.alsoIn.length ? `\n      also in: ${x.alsoIn.map((c) => c.source ?? c.id).join(', ')}` : '') + `\n      ${x.reason}`);
      }
      if (s.entities.length) out.log(`\nPeople, organisations, places: ${s.entities.map((e) => e.name).join(', ')}`);
      if (s.outlets.length) out.log(`Outlets: ${s.outlets.map((o) => `${o.source} (${o.articles})`).join(', ')}`);
      for (const d of s.differences) out.log(`Reported differently — ${d.what}: ${d.values.map((v) => `${v.text} (${v.source ?? v.articleId}, ${v.published ?? 'undated'})`).join('; ')}`);
      if (s.timeline.length) out.log('\nTimeline:');
      for (const e of s.timeline) {
        // a role no entity fills is the text's noun phrase with its CAMEO actor type: "police (COP)"
        const actor = roleLabel(e.actor, e.actorPhrase, e.actorCameoType);
        const target = roleLabel(e.target, e.targetPhrase, e.targetCameoType);
        const who = actor && target ? `${actor} → ${target}` : actor || (target && `→ ${target}`);
        const change = e.revises ? ` [${e.revises.kind}]` : '';
        out.log(`  ${(e.date ?? 'undated').padEnd(21)} ${e.modality.padEnd(9)} ${e.cameoLabel.toLowerCase()}${who ? `: ${who}` : ''}${e.place ? ` in ${e.place.name}` : ''}${change}` +
          `\n      “${e.sentence.trim()}” (${e.source ?? e.articleId}, as of ${e.published ?? 'undated'})`);
      }
      for (const g of s.quotes.slice(0, 8)) {
        out.log(`\n${g.speaker?.name ?? g.speakerText}:`);
        for (const q of g.quotes.slice(0, 3)) out.log(`  “${q.text}” (${q.source ?? q.articleId}, ${q.published ?? 'undated'})`);
      }
      return 0;
    },
  },
  article: {
    summary: 'show one article with its annotations',
    usage: 'newsdesk article <id> [--json]',
    options: {},
    async run(app, { values, positionals }, out) {
      const id = one(positionals, 'id');
      const a = await app();
      const art = await a.desk.article(id);
      if (!art) throw new DeskError('NOT_FOUND', `No article with id "${id}"`);
      if (values.json) out.log(JSON.stringify(art));
      else {
        out.log(`${art.title}\n${art.source ?? 'unknown outlet'} · ${art.published ?? 'undated'}\n`);
        out.log(art.text);
        out.log(`\nPeople, organisations, places: ${art.entities.map((e) => `${e.name} (${e.type})`).join(', ')}`);
        for (const q of art.quotes.filter((q) => !q.partial)) out.log(`  “${q.text}” — ${q.speaker?.name ?? q.speakerText ?? 'unattributed'}${isTitleQuote(q) ? ' (headline)' : ''}`);
        for (const t of art.times) out.log(`  ${t.text} → ${t.value ?? '(relative, no anchor)'} [${t.granularity}]`);
      }
      return 0;
    },
  },
  articles: {
    summary: 'list articles, newest first',
    usage: 'newsdesk articles [--limit N] [--json]',
    options: { limit: { type: 'string' } },
    async run(app, { values }, out) {
      const a = await app();
      const list = await a.desk.articles(intArg(values.limit, 20, 'limit'));
      if (values.json) out.log(JSON.stringify({ articles: list }));
      else for (const x of list) out.log(`${x.id}  ${x.published ?? 'undated   '}  ${x.title}`);
      return 0;
    },
  },
  entities: {
    summary: 'people, organisations and places across the corpus; correct them (--merge, --split)',
    usage: 'newsdesk entities [--type PERSON|ORG|GPE|LOC|NORP] [--limit N] [--json]\n' +
      '       newsdesk entities --merge INTO_ID FROM_ID       fold FROM into INTO; later articles naming FROM link to INTO\n' +
      '       newsdesk entities --split ID --alias "Name"     articles naming ID only as "Name" move to an entity "Name";\n' +
      '                                                       later articles naming only "Name" never link to ID\n' +
      '       newsdesk entities --corrections [--limit N]     corrections so far, and the desk\'s own revisions',
    options: {
      type: { type: 'string' },
      limit: { type: 'string' },
      merge: { type: 'boolean', default: false },
      split: { type: 'boolean', default: false },
      alias: { type: 'string' },
      corrections: { type: 'boolean', default: false },
    },
    async run(app, { values, positionals }, out) {
      const modes = ['merge', 'split', 'corrections'].filter((m) => values[m]);
      if (modes.length > 1) throw new DeskError('BAD_REQUEST', `--${modes.join(' and --')} cannot be combined`);
      if (values.alias !== undefined && !values.split) throw new DeskError('BAD_REQUEST', '--alias goes with --split ID');
      if (values.merge || values.split) {
        const [what, want] = values.merge ? ['--merge INTO_ID FROM_ID', 2] : ['--split ID --alias "Name"', 1];
        if (positionals.length !== want) throw new DeskError('BAD_REQUEST', `expected ${what}`);
        if (values.split && (values.alias === undefined || values.alias.trim() === '')) throw new DeskError('BAD_REQUEST', '--split ID needs --alias "Name", the form to split off');
        const a = await app();
        const c = values.merge ? await a.desk.mergeEntities(positionals[0], positionals[1]) : await a.desk.splitEntity(positionals[0], values.alias);
        const survivor = await a.desk.entity(c.entityId);
        if (values.json) out.log(JSON.stringify({ correction: c, entity: survivor, other: c.otherId ? await a.desk.entity(c.otherId) : null }));
        else out.log(correctionLine(c, survivor?.name ?? c.entityId));
        return 0;
      }
      if (positionals.length > 0) throw new DeskError('BAD_REQUEST', `unexpected "${positionals[0]}" (to correct: --merge INTO_ID FROM_ID or --split ID --alias "Name")`);
      const a = await app();
      if (values.corrections) {
        const list = await a.desk.entityCorrections(intArg(values.limit, 50, 'limit'));
        if (values.json) out.log(JSON.stringify({ corrections: list }));
        else if (list.length === 0) out.log('No corrections yet.');
        else for (const c of list) out.log(`${c.at}  ${correctionLine(c, (await a.desk.entity(c.entityId))?.name ?? c.entityId)}`);
        return 0;
      }
      const list = await a.desk.entities({ type: values.type?.toUpperCase(), limit: intArg(values.limit, 50, 'limit') });
      if (values.json) out.log(JSON.stringify({ entities: list }));
      else for (const e of list) out.log(`${e.id}  ${e.type.padEnd(6)} ${e.name}  (${e.articleCount} articles, ${e.mentionCount} mentions)`);
      return 0;
    },
  },
  quotes: {
    summary: 'who said what; filter by speaker entity id',
    usage: 'newsdesk quotes [--speaker ENTITY_ID] [--limit N] [--json]',
    options: { speaker: { type: 'string' }, limit: { type: 'string' } },
    async run(app, { values }, out) {
      const a = await app();
      const list = await a.desk.quotes({ speakerId: values.speaker, limit: intArg(values.limit, 50, 'limit') });
      if (values.json) out.log(JSON.stringify({ quotes: list }));
      else for (const q of list) out.log(`“${q.text}” — ${q.speaker?.name ?? q.speakerText ?? 'unattributed'} (${q.article.title}${isTitleQuote(q) ? ', headline' : ''})`);
      return 0;
    },
  },
  extract: {
    summary: 'extract a file or URL into a document without storing it',
    usage: 'newsdesk extract <file|url> [--json]',
    options: {},
    async run(app, { values, positionals }, out) {
      const input = one(positionals, 'file|url');
      const a = await app();
      const results = await a.extract(input);
      for (const r of results) if (!r.ok) out.err(`newsdesk extract: ${r.error.message}`);
      const docs = results.flatMap((r) => (r.ok ? [r.doc] : []));
      // One document prints as one object; a feed prints one object per line.
      if (values.json) for (const d of docs) out.log(JSON.stringify(d));
      else for (const d of docs) out.log(`${d.title}\n${d.source ?? ''} ${d.published ?? ''} ${d.canonicalUrl ?? ''}\n\n${d.text}\n`);
      return docs.length && results.every((r) => r.ok) ? 0 : 1;
    },
  },
  export: {
    summary: 'export articles, entities, quotes or events (CAMEO-coded) as JSONL or CSV',
    usage: 'newsdesk export <articles|entities|quotes|events> [--format jsonl|csv]',
    options: { format: { type: 'string' } },
    async run(app, { values, positionals }, out) {
      const kind = one(positionals, 'articles|entities|quotes|events');
      if (!(EXPORT_KINDS as string[]).includes(kind)) throw new DeskError('BAD_REQUEST', `"${kind}" is not one of ${EXPORT_KINDS.join(', ')}`);
      const format = values.format ?? 'jsonl';
      if (format !== 'jsonl' && format !== 'csv') throw new DeskError('BAD_REQUEST', `--format "${format}" must be jsonl or csv`);
      const a = await app();
      let header = false;
      for await (const row of exportRows(a.store, kind as ExportKind)) {
        if (format === 'jsonl') out.log(JSON.stringify(row));
        else {
          if (!header) out.log(csvLine(Object.keys(row)));
          header = true;
          out.log(csvLine(Object.values(row)));
        }
      }
      return 0;
    },
  },
  log: {
    summary: 'the ingest log: what was added, duplicated or failed, and why',
    usage: 'newsdesk log [--limit N] [--json]',
    options: { limit: { type: 'string' } },
    async run(app, { values }, out) {
      const a = await app();
      const log = await a.desk.ingestLog(intArg(values.limit, 50, 'limit'));
      if (values.json) out.log(JSON.stringify({ log }));
      else for (const l of log) out.log(`${l.at}  ${l.status.padEnd(9)} ${l.item}${l.message ? `: ${l.message}` : ''}`);
      return 0;
    },
  },
  maintain: {
    summary: 'compact the store (merge index segments, VACUUM) and report its size per article',
    usage: 'newsdesk maintain [--data DIR] [--json]',
    options: {},
    async run(app, { values }, out) {
      const a = await app();
      const { before, after } = await a.store.maintain();
      if (values.json) out.log(JSON.stringify({ before, after }));
      else {
        const line = (label: string, r: typeof before) =>
          `${label}: ${(r.bytes / 2 ** 20).toFixed(1)} MiB for ${r.articles} articles` +
          (r.articles ? `, ${(r.bytes / r.articles / 1024).toFixed(1)} KiB per article, ${(r.bytes / Math.max(1, r.textChars)).toFixed(1)}× the article text` : '');
        out.log(line('before', before));
        out.log(line('after ', after));
      }
      return 0;
    },
  },
  serve: {
    summary: 'start the web desk and the JSON API (127.0.0.1 by default)',
    usage: 'newsdesk serve [--data DIR] [--host H] [--port N]',
    options: { port: { type: 'string' }, host: { type: 'string' } },
    async run(app, { values }, out) {
      return serveApp(await app(), values, out);
    },
  },
};

async function serveApp(a: App, values: Record<string, any>, out: Out): Promise<number> {
  const port = values.port !== undefined ? intArg(values.port, 8080, 'port', 0, 65535) : a.config.port;
  const host = values.host ?? a.config.host;
  const server = await listen(a.http, host, port);
  out.log(`newsdesk is serving ${await a.store.countArticles()} articles at ${server.url}/  (Ctrl-C to stop)`);
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`);
  return `newsdesk — a news desk that answers

Usage: newsdesk <command> [options]

Commands:
${lines.join('\n')}

Every command takes --data DIR (default: $NEWSDESK_DATA or ./${DEFAULT_DATA_DIR}) and --help.
Set NEWSDESK_DATABASE_URL=postgres://... to use PostgreSQL instead of the SQLite file.`;
}

export async function main(argv: string[], out: Out = stdOut): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.log(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    const pkg = JSON.parse(await readFile(join(SAMPLE_DIR, '../package.json'), 'utf8'));
    out.log(pkg.version);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    out.err(`newsdesk: unknown command "${name}". Run "newsdesk --help" for the list.`);
    return 2;
  }
  let app: App | null = null;
  try {
    const parsed = parseArgs({ args: rest, options: { ...COMMON, ...cmd.options }, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      out.log(`${cmd.usage}\n\n${cmd.summary}`);
      return 0;
    }
    const overrides: Partial<Config> = {};
    if (typeof parsed.values.data === 'string') overrides.dataDir = parsed.values.data;
    const getApp = async () => (app ??= await buildApp(loadConfig(process.env, overrides)));
    return await cmd.run(getApp, parsed as any, out);
  } catch (err) {
    if (err instanceof DeskError) {
      out.err(`newsdesk ${name}: ${err.message}`);
      return 1;
    }
    const e = err as { code?: string; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
      out.err(`newsdesk ${name}: ${e.message}. Usage: ${cmd.usage}`);
      return 2;
    }
    throw err;
  } finally {
    if (app) await (app as App).close();
  }
}

/** A thread remembers its last turn in the data directory, so follow-ups work across invocations. */
function threadFile(dataDir: string, id: string): string {
  if (!/^[\w-]{1,64}$/.test(id)) throw new DeskError('BAD_REQUEST', `--thread "${id}": use letters, digits, - and _ (at most 64)`);
  return join(dataDir, 'threads', `${id}.json`);
}

async function readTurn(file: string): Promise<Turn | null> {
  try {
    const t = JSON.parse(await readFile(file, 'utf8'));
    return typeof t?.question === 'string' ? (t as Turn) : null;
  } catch {
    return null;
  }
}

async function writeTurn(file: string, turn: Turn): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(turn));
}

/** One line per correction, naming both entities and how many articles moved. */
function correctionLine(c: EntityCorrection, name: string): string {
  const n = `${c.articles} article${c.articles === 1 ? '' : 's'}`;
  if (c.kind === 'merge') return `merged ${c.otherId} (${c.otherName}) into ${c.entityId} (${name}): ${n} moved`;
  const where = c.otherId ? `${n} moved to ${c.otherId} (${c.otherName})` : 'no article names it only so';
  if (c.kind === 'split') return `split "${c.alias}" off ${c.entityId} (${name}): ${where}; later articles naming only "${c.alias}" will not link to it`;
  return `revised ${c.entityId} (${name}): ${where}, named only "${c.alias}" before another person of that name arrived`;
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function intArg(v: string | undefined, dflt: number, name: string, lo = 1, hi = 1000): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new DeskError('BAD_REQUEST', `--${name} "${v}" must be a whole number from ${lo} to ${hi}`);
  return n;
}

function one(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new DeskError('BAD_REQUEST', `expected exactly one <${what}>`);
  return positionals[0];
}
