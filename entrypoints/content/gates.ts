import { documentTooLarge } from '../../lib/article/limits';

/** What the cheap checks decided: parse the page, leave it alone, or report it as too large to parse. */
export type GateOutcome = 'go' | 'skip' | 'too-large';

/** Below this much body text there is nothing to read (blank pages, redirects, app shells). */
export const MIN_TEXT = 200;

/**
 * Cheap checks before any real work, in order of cost: protocol, frame, content type, size limits
 * (shared with extraction), then a minimum of text. The environment is a parameter so tests can pass a fake.
 */
export function gate(win: Pick<Window, 'location' | 'top' | 'self' | 'document'> = window): GateOutcome {
  const { location, document } = win;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return 'skip';
  if (win.top !== win.self) return 'skip';
  if (document.contentType && document.contentType !== 'text/html') return 'skip';
  const body = document.body;
  if (!body) return 'skip';
  if (documentTooLarge(document)) return 'too-large';
  return (body.textContent?.length ?? 0) < MIN_TEXT ? 'skip' : 'go';
}
