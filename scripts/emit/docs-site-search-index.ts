// The search's candidate index for the docs site, in place of the FlexSearch index Redoc 3 builds.
// Redoc asks its index which documents hold every word of a query (in one of the fields `title`,
// `httpPath`, `paramNames` and `all`), then scores and ranks those itself (its own code, unchanged).
// FlexSearch answers from a map of every prefix of every word of every document: building it was
// 40% of the search index's time on our spec (each prefix a map entry and arrays), for queries that
// a scan of the 720 documents' words answers in a few milliseconds, with the same answer in the
// same order (the order decides between results Redoc scores alike).
// `searchIndex` runs in the page (installed by the page script, called by Redoc, see
// docs-site-search.ts) and in the unit tests: it must stay self-contained.

/**
 * The words FlexSearch's default encoder makes of a text, in order, the way Redoc's index is
 * configured (`tokenize: 'forward'`, no stemmer, no filter): accents dropped (NFKD), lower case,
 * numbers of more than three digits cut in threes, split on anything but letters and digits, each
 * word once, and runs of the same character made one (`issue` is `isue`, in the text and the query
 * alike). Two words that become the same (`id` and `iid`) are both kept, as FlexSearch keeps them
 * when it has the second in its cache of words, which is nearly always while it indexes: it drops
 * the second only for the first document after each clearing of the cache (every 50 ms), so which
 * documents it counts one word fewer in, and so the order of results Redoc scores alike, depended
 * on timing. The positions of words decide that order (see `ScanIndex`).
 */
export function searchWords(text: string): string[] {
  const words = searchText(text);
  return words ? words.slice(1).split(' ') : [];
}

/** `searchWords` as one string, each word after a space (` word word`), the form the index keeps and scans. */
export function searchText(text: string): string {
  // NFKD changes no ASCII text; the unicode split is the ASCII one there, and much slower.
  const ascii = !/[^\x00-\x7f]/.test(text);
  let normal = ascii ? text.toLowerCase() : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (normal.length > 3 && /\d{3}/.test(normal)) normal = normal.replace(/(\D)(\d{3})/g, '$1 $2').replace(/(\d{3})(\D)/g, '$1 $2').replace(/(\d{3})/g, '$1 ');
  const tokens = new Set(normal.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u));
  tokens.delete('');
  let joined = '';
  for (const token of tokens) if (token.length <= 1024) joined += ` ${token}`;
  // Runs made one after the words are told apart: the words are whole, one space between them.
  // FlexSearch compares UTF-16 units, as this regular expression (without `u`) does.
  return joined.replace(/(.)\1+/g, '$1');
}

/** A document as Redoc hands it to its index: its id and the fields it indexes. */
export interface IndexedDocument {
  id: unknown;
  [field: string]: unknown;
}

/** FlexSearch's answer to a search of its document index: the ids found, per field. */
export type FieldResults = { field: string; result: unknown[] }[];

/** The fields Redoc's index searches, in its order (`MDe`). */
export const INDEXED_FIELDS = ['title', 'httpPath', 'paramNames', 'all'];

/** FlexSearch's score of a word at `position` of `count` words, on its default resolution of 9: the slot it is listed in. */
function slot(position: number, count: number): number {
  if (position === 0) return 0;
  return count <= 9 ? position : (8 / count * position + 1) | 0;
}

interface Entry {
  id: unknown;
  /** Per field, its words (` word word`), and how many. */
  text: string[];
  count: number[];
}

/** The number of spaces in `text` before `end`: the position of the word starting there. */
function spacesBefore(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf(' '); at !== -1 && at < end; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/**
 * The index: `add` keeps each field's words; `search` answers as FlexSearch does, field by field:
 * the documents where every word of the query starts a word of the field (forward tokenization
 * indexes every prefix), in FlexSearch's order (a word's slot is its position in the field, scaled
 * to 9 slots; a document comes when its last word's slot comes, words in the query's order, then
 * documents in the order they were added), at most `limit` (Redoc asks for 500).
 */
export class ScanIndex {
  readonly documents = new Map<unknown, IndexedDocument>();
  private readonly entries = new Map<unknown, Entry>();

  add(id: unknown, document: IndexedDocument): this {
    this.documents.set(id, document);
    // A document added again replaces the first, and goes last (FlexSearch's update).
    this.entries.delete(id);
    const text = INDEXED_FIELDS.map((field) => (typeof document[field] === 'string' ? searchText(document[field] as string) : ''));
    this.entries.set(id, { id, text, count: text.map((words) => spacesBefore(words, words.length)) });
    return this;
  }

  search(query: unknown, options: { limit?: number } = {}): FieldResults {
    const limit = options.limit || 100;
    const wanted = [...new Set(searchWords(String(query)))];
    if (wanted.length === 0) return [];
    const results: FieldResults = [];
    INDEXED_FIELDS.forEach((field, f) => {
      const found: { id: unknown; slot: number; word: number; order: number }[] = [];
      let order = 0;
      for (const entry of this.entries.values()) {
        order++;
        const text = entry.text[f];
        const starts = wanted.map((word) => text.indexOf(` ${word}`));
        if (starts.includes(-1)) continue;
        let last = { slot: -1, word: -1 };
        starts.forEach((start, w) => {
          const at = slot(spacesBefore(text, start), entry.count[f]);
          if (at >= last.slot) last = { slot: at, word: w };
        });
        found.push({ id: entry.id, ...last, order });
      }
      found.sort((a, b) => a.slot - b.slot || a.word - b.word || a.order - b.order);
      if (found.length > 0) results.push({ field, result: found.slice(0, limit).map((hit) => hit.id) });
    });
    return results;
  }
}

/**
 * The index Redoc builds its search on: a ScanIndex, kept as `__gitlabSearchIndexed` (the tests read
 * its documents); none when `__gitlabSearchRedocIndex` is set (a test comparing with Redoc's own).
 */
export function searchIndex(): ScanIndex | undefined {
  const page = globalThis as { __gitlabSearchRedocIndex?: unknown; __gitlabSearchIndexed?: ScanIndex };
  if (page.__gitlabSearchRedocIndex) return undefined;
  page.__gitlabSearchIndexed = new ScanIndex();
  return page.__gitlabSearchIndexed;
}
