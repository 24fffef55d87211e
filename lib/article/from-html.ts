/**
 * The HTML-string path for Node (CLI, tests, golden files). Parses with
 * linkedom, so it must never be imported by the content script.
 */
import { DOMParser } from 'linkedom';
import type { Article } from './types';
import { declinedArticle } from './declined';
import { articleFromDocument } from './from-document';
import { htmlTooLarge } from './limits';

/** Extracts an Article from an HTML string (Node only: uses linkedom). Never throws. */
export function articleFromHtml(html: string, options: { url?: string } = {}): Article {
  const known = { url: options.url ?? null };
  try {
    if (typeof html !== 'string' || !html.trim()) return declinedArticle(['empty'], known);
    // Checked on the raw string so a huge page is declined before the parser builds it.
    const large = htmlTooLarge(html);
    if (large) return declinedArticle([large], known);
    if ((html.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0) > 16) {
      return declinedArticle(['not-html'], known);
    }
    // linkedom drops content that is not inside <html>; wrap fragments like a browser would.
    const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
    const doc = new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
    return articleFromDocument(doc, { ...options, owned: true });
  } catch {
    return declinedArticle(['error'], known);
  }
}
