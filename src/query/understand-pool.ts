// Worker threads that read a document's language, understand it and prepare its store rows while the
// main thread stores and places the ones before them (add.ts). Those three are pure functions of the
// document and about half of ingest's CPU; the main thread's writes and story placement the rest
// (docs/SCALING.md), so where a core is free the two overlap; where none is, a thread only adds its
// start-up.

import { Worker } from 'node:worker_threads';
import type { Annotations, Document } from '../model/index.js';
import { DeskError, type ErrorCode } from '../model/index.js';
import { annotate, type UnderstandInput } from '../understand/index.js';
import { languageGuessFor, withLanguageGuess, type LanguageGuess, type LanguageLater } from '../ingest/index.js';
import { prepareAhead, type PreparedAhead } from '../store/index.js';

/** A document as add gives it to the store: with its language, annotations and (on a thread) its rows. */
export interface Understood {
  doc: Document;
  ann: Annotations;
  prepared?: PreparedAhead;
}

export const understandInput = (doc: Document): UnderstandInput => ({ text: doc.text, published: doc.published, language: doc.language, title: doc.title });

/**
 * The document's language when it is still to be detected (`later`: the item's `languageLater` from the
 * read), the document with it, then its annotations: what both understandHere and a thread do.
 */
function languageAndAnnotations(doc: Document, later: LanguageLater | null | undefined): { guess: LanguageGuess | null; doc: Document; ann: Annotations } {
  const guess = later ? languageGuessFor(doc, later) : null;
  const full = withLanguageGuess(doc, guess);
  return { guess, doc: full, ann: annotate(understandInput(full)) };
}

/** Here, on the calling thread: the document with its language, and its annotations. */
export function understandHere(doc: Document, later?: LanguageLater): Understood {
  const { doc: full, ann } = languageAndAnnotations(doc, later);
  return { doc: full, ann };
}

export interface UnderstandRequest {
  id: number;
  doc: Document;
  later: LanguageLater | null;
}

/** A thread's answer: the language it gave the document (not the document again), annotations, rows. */
export type UnderstandReply =
  | { id: number; ok: true; guess: LanguageGuess | null; ann: Annotations; prepared: PreparedAhead | null }
  | { id: number; ok: false; code: ErrorCode | null; message: string };

/** What a thread does with a document (understand-thread.ts). */
export function understandOnThread(doc: Document, later: LanguageLater | null): { guess: LanguageGuess | null; ann: Annotations; prepared: PreparedAhead | null } {
  const { guess, doc: full, ann } = languageAndAnnotations(doc, later);
  return { guess, ann, prepared: prepareAhead(full, ann) };
}

const ENTRY = new URL('./understand-thread-entry.mjs', import.meta.url);

/**
 * An understand thread's young generation, in MB: V8's semi-spaces of 32 MB (the default tops out at
 * 16), for a thread that allocates a few MB of short-lived tokens, spans and strings an article. With
 * the default, scavenges came often enough that a short-lived value outlived two and was copied into
 * the old generation, whose concurrent marking ran on the process's other threads: on 1,800 warm
 * synthetic articles understood in one thread (bench/out/split.ts), 16.0-16.2 -> 14.8-14.9 CPU ms an
 * article for the process and 10.6-10.8 -> 10.0 for the thread itself (load 3.8-4.9). V8 sizes the
 * young generation at three semi-spaces.
 */
const YOUNG_GENERATION_MB = 3 * 32;

export class UnderstandPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { doc: Document; later?: LanguageLater; resolve: (u: Understood) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failed: Error | null = null;

  constructor(threads: number, entry: URL = ENTRY) {
    this.workers = Array.from({ length: threads }, () => {
      const w = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      w.on('message', (r: UnderstandReply) => {
        const p = this.waiting.get(r.id);
        if (!p) return;
        this.waiting.delete(r.id);
        if (r.ok) p.resolve({ doc: withLanguageGuess(p.doc, r.guess), ann: r.ann, ...(r.prepared ? { prepared: r.prepared } : {}) });
        else p.reject(r.code ? new DeskError(r.code, r.message) : new Error(r.message));
      });
      // A thread that dies (it cannot load, or runs out of memory) loses nothing: what it was given, and
      // everything after, is understood here instead, as it would be without threads.
      const die = (e: Error) => {
        this.failed ??= e;
        const left = [...this.waiting.values()];
        this.waiting.clear();
        for (const p of left) this.inline(p.doc, p.later).then(p.resolve, p.reject);
      };
      w.on('error', die);
      w.on('exit', (code) => { if (code !== 0) die(new Error(`an understand thread exited with code ${code}`)); });
      return w;
    });
  }

  /** understandHere(doc, later), with the store rows, from the threads in turn. */
  understand(doc: Document, later?: LanguageLater): Promise<Understood> {
    if (this.failed) return this.inline(doc, later);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { doc, later, resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, doc, later: later ?? null } satisfies UnderstandRequest);
    });
  }

  private async inline(doc: Document, later?: LanguageLater): Promise<Understood> {
    return understandHere(doc, later);
  }

  async close(): Promise<void> {
    this.failed ??= new Error('closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
