import { foldTypography } from '../text/tokens';

// Lines every page of a site prints whatever the story: credits, comment and copyright notices.
const BOILERPLATE = /^(?:published in\b|read more\b|also read\b|copyright\b|©|all rights reserved|follow us\b|subscribe\b|sign up\b|share this\b|disclaimer\b|source\s*[:=]?\s*$|topics\s*:)/i;
// Only the opening and closing paragraphs of a page hold its site furniture.
const EDGE = 3;

const key = (p: string): string => foldTypography(p).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The paragraphs that speak for the story itself: typical site furniture is dropped, and for two
 * pages of the same site, any opening or closing paragraph they print identically (a shared
 * disclaimer or footer) unless they share every paragraph (then they are the same copy).
 */
export function storyParagraphs(mine: string[], other: string[], sameSite: boolean): [string[], string[]] {
  let a = mine.filter((p) => !BOILERPLATE.test(p.trim()));
  let b = other.filter((p) => !BOILERPLATE.test(p.trim()));
  if (sameSite) {
    const edge = (list: string[]): Set<string> => new Set([...list.slice(0, EDGE), ...list.slice(-EDGE)].map(key));
    const ea = edge(a);
    const eb = edge(b);
    const shared = new Set([...ea].filter((k) => eb.has(k)));
    const keep = (list: string[]): string[] => list.filter((p) => !shared.has(key(p)));
    const [ka, kb] = [keep(a), keep(b)];
    if (ka.length > 0 && kb.length > 0) [a, b] = [ka, kb];
  }
  return [a, b];
}
