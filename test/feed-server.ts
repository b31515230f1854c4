// A throwaway HTTP server on 127.0.0.1 (port 0) for the watch tests, and an RSS builder whose
// items carry full content (≥ 500 characters), so no linked page is fetched.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  base: string;
  /** Every request, in order. */
  seen: Seen[];
  close(): Promise<void>;
}

export async function startServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<TestServer> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '/', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

const TOWNS = ['Aldport', 'Brennick', 'Calloway', 'Dunmore', 'Eastvale', 'Fairhaven', 'Glenrock', 'Hollins'];

/** A distinct, ordinary news text for item `n` (different words, so no two share a content hash). */
export function storyText(n: number): string {
  const town = TOWNS[n % TOWNS.length];
  return [
    `The council of ${town} voted on Tuesday to rebuild the old river bridge, story number ${n} in this series.`,
    `Mayor Ellen Varga said the work would start in March and take ${n + 2} months, at a cost of ${n + 3} million euros.`,
    `"We have waited long enough for this crossing," Varga told reporters outside the town hall in ${town}.`,
    `Engineers found cracks in ${n + 4} of the bridge's supports during an inspection last autumn.`,
    `Residents of ${town} will use a ferry while the bridge is closed, the council said in a statement.`,
    `The last repair of the ${town} crossing, ${n + 10} years ago, ran over budget by a third.`,
  ].join('\n');
}

export interface ItemSpec {
  guid: string;
  title?: string;
  /** Item content; omitted with no title either, the item is malformed (nothing to read). */
  body?: string;
  link?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(title: string, items: ItemSpec[]): string {
  const xml = items.map((it) => {
    const parts = [`<guid isPermaLink="false">${esc(it.guid)}</guid>`];
    if (it.title) parts.push(`<title>${esc(it.title)}</title>`);
    if (it.link) parts.push(`<link>${esc(it.link)}</link>`);
    if (it.body) parts.push(`<description>${esc(it.body.split('\n').map((l) => `<p>${l}</p>`).join(''))}</description>`, `<pubDate>Tue, 14 Oct 2025 09:00:00 GMT</pubDate>`);
    return `<item>${parts.join('')}</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.org/</link>${xml.join('')}</channel></rss>`;
}

/** Item `n` of a test feed: guid `item-n`, a link on example.org and a full story. */
export const story = (n: number): ItemSpec => ({
  guid: `item-${n}`,
  title: `Bridge vote number ${n}`,
  link: `https://example.org/news/bridge-${n}`,
  body: storyText(n),
});
