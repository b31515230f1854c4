import type { DeskError, Document } from '../model/index.js';

/**
 * The outcome for one item of a source: a Document, or an error that names the item. `languageLater`:
 * the document's language is still to be detected by whoever consumes it (ReadOptions.language 'later';
 * `languageGuessFor(doc, languageLater)`), from the title the document had when it was read (META.json
 * may give it another since) and its text.
 */
export type ItemResult = { item: string; ok: true; doc: Document; languageLater?: LanguageLater } | { item: string; ok: false; error: DeskError };

/** What detecting a document's language later needs besides the document: its title as read. */
export interface LanguageLater {
  title: string;
}
