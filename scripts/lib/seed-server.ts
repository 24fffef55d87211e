import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { loadSeedFiles } from '../../lib/stories/seed-files';
import { HOSTILE, LONELY, RAIL_HEADLINES, renderHugePage, renderPlainPage } from './extra-pages';
import { renderArticlePage } from './seed-pages';

/** One seed as served: its file stem, outlet and the page URL on the local server. */
export interface ServedSeed {
  stem: string;
  outlet: string;
  url: string;
}

/** The running test server: its origin, the seed pages, the two extra pages, and how to stop it. */
export interface SeedServer {
  origin: string;
  seeds: ServedSeed[];
  plainUrl: string;
  lonelyUrl: string;
  hostileUrl: string;
  hugeUrl: string;
  close(): Promise<void>;
}

/**
 * Serves every seed as an article page at /seed/<stem>.html, a non-article at /plain.html and an article
 * with no other versions at /lonely.html,
 * one whose text is markup and script payloads at /hostile.html, a
 * 200k-element page at /huge.html, on 127.0.0.1 with an OS-chosen port. Pages are rendered once.
 */
export async function startSeedServer(seedDir?: string): Promise<SeedServer> {
  const pages = new Map<string, string>();
  const seeds = loadSeedFiles(seedDir);
  const stems = seeds.map((s) => {
    const stem = basename(s.file, '.txt');
    pages.set(`/seed/${stem}.html`, renderArticlePage(s.text, s.meta, RAIL_HEADLINES));
    return { stem, outlet: s.meta.outlet };
  });
  pages.set('/plain.html', renderPlainPage());
  pages.set('/lonely.html', renderArticlePage(LONELY.text, LONELY.meta, RAIL_HEADLINES));
  pages.set('/huge.html', renderHugePage());
  pages.set('/hostile.html', renderArticlePage(HOSTILE.text, HOSTILE.meta, RAIL_HEADLINES));

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    seeds: stems.map((s) => ({ ...s, url: `${origin}/seed/${s.stem}.html` })),
    plainUrl: `${origin}/plain.html`,
    lonelyUrl: `${origin}/lonely.html`,
    hostileUrl: `${origin}/hostile.html`,
    hugeUrl: `${origin}/huge.html`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
