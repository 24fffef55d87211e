/**
 * Reads the lines above the first body paragraph (the header zone) for a
 * headline and a byline. Everything there is dropped from the body; this only
 * salvages what the page put there on purpose.
 */
import { cleanByline } from './byline';
import { breadcrumbTail, opensWithByline } from './noise-rules';
import { endsSentence, foldForCompare, isNameList, wordCount } from './text-shape';

/** Noise kinds of the header's meta lines (byline, stamp, read time), where the page prints who wrote it and when. */
export const META_NOISE = new Set(['byline', 'read-time', 'date-stamp', 'timestamp']);

interface HeaderLine { text: string; noise: string | null; hint?: string }

/** A line whose words all reappear in a neighbouring line: an image's alt text or name next to its caption. */
function echoesNeighbour(lines: HeaderLine[], i: number): boolean {
  const words = foldForCompare(lines[i]!.text).split(' ').filter(Boolean);
  return [lines[i - 1], lines[i + 1]].some((n) => {
    if (!n || n.text.length <= lines[i]!.text.length) return false;
    const f = ` ${foldForCompare(n.text)} `;
    return words.every((w) => f.includes(` ${w} `));
  });
}

/** Finds the headline and byline among header-zone lines (breadcrumb tail as the title of last resort). */
export function readHeader(lines: HeaderLine[]): { title: string | null; byline: string | null } {
  let title: string | null = null;
  let crumb: string | null = null;
  let byline: string | null = null;
  lines.forEach((l, i) => {
    if (l.noise === 'breadcrumb') crumb ??= breadcrumbTail(l.text);
    // "By Jane Doe · Nov 26, 2025 · 4 min read" is judged a read-time or date line first; its lead still names the author.
    if (l.noise === 'byline' || (l.noise && META_NOISE.has(l.noise) && opensWithByline(l.text))) byline = cleanByline(l.text) ?? byline;
    if (l.noise) return;
    const words = wordCount(l.text);
    const headline = words >= 4 && words <= 30 && (!endsSentence(l.text) || /\?["”’]?$/.test(l.text));
    if (headline && !isNameList(l.text) && !echoesNeighbour(lines, i)) {
      title ??= l.text;
      return;
    }
    // A lone short name (person or agency) that is not an image's alt text is a source line.
    if (words <= 5 && l.hint !== 'heading' && isNameList(l.text) && !echoesNeighbour(lines, i)) byline = cleanByline(l.text) ?? byline;
  });
  return { title: title ?? crumb, byline };
}
