import type { Quote } from './types';

/** One quote located in the live page: its index in the report's quote list and its DOM range. */
export interface PageRange {
  quote: number;
  range: Range;
}

/** Elements whose text is never article text (and our own UI host, which holds none either). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'PARALLAX-CARD']);

/** Same set as the regex `\s`, by char code: this runs once per character of the page. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
/** Zero-width marks and soft hyphens: extraction deletes them (cleanLine), so the page text must skip them too. */
function isIgnorableCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}
const isSpace = (c: string): boolean => isSpaceCode(c.charCodeAt(0));

/** The page's text with whitespace runs collapsed, and for each kept char the text node and offset it came from. */
interface FlatText {
  text: string;
  nodes: Text[];
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

function flatten(root: Element): FlatText {
  const doc = root.ownerDocument;
  // 4 is NodeFilter.SHOW_TEXT, written out so this runs where NodeFilter is not a global.
  const walker = doc.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && SKIP.has(parent.tagName.toUpperCase())) continue;
    nodes.push(n as Text);
    total += (n as Text).data.length;
  }
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  const parts: string[] = [];
  let n = 0;
  let lastSpace = true; // leading whitespace is dropped, like trim()
  nodes.forEach((node, ni) => {
    const data = node.data;
    let run = -1; // start of the current run of kept non-space chars, copied in one slice
    const flush = (end: number): void => {
      if (run >= 0) parts.push(data.slice(run, end));
      run = -1;
    };
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isIgnorableCode(code)) {
        flush(i);
        continue;
      }
      if (isSpaceCode(code)) {
        flush(i);
        if (lastSpace) continue;
        parts.push(' ');
        lastSpace = true;
      } else {
        if (run < 0) run = i;
        lastSpace = false;
      }
      nodeOf[n] = ni;
      offsetOf[n++] = i;
    }
    flush(data.length);
  });
  return { text: parts.join(''), nodes, nodeOf, offsetOf };
}

/** A paragraph collapsed the same way, with the map from its original offsets to collapsed ones. */
function normalizeParagraph(p: string): { text: string; map: Int32Array } {
  const map = new Int32Array(p.length + 1);
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < p.length; i++) {
    map[i] = out.length;
    const c = p.charAt(i);
    if (isIgnorableCode(c.charCodeAt(0))) continue;
    const space = isSpace(c);
    if (space && lastSpace) continue;
    out += space ? ' ' : c;
    lastSpace = space;
  }
  map[p.length] = out.length;
  const text = out.endsWith(' ') ? out.slice(0, -1) : out;
  for (let i = 0; i <= p.length; i++) map[i] = Math.min(map[i] ?? 0, text.length);
  return { text, map };
}

const BLOCK = 'p,li,blockquote,dd,td,figcaption,h1,h2,h3,h4,h5,h6,div,section,article';

/** True when the text at `at` is the whole text of its block element (a real paragraph, not a teaser or pull quote). */
function isWholeBlock(flat: FlatText, at: number, para: string): boolean {
  const node = flat.nodes[flat.nodeOf[at] ?? -1];
  const block = node?.parentElement?.closest(BLOCK);
  return !!block && (block.textContent ?? '').replace(/\s+/g, ' ').trim() === para;
}

/** Finds a paragraph in the flat page text: a whole-block occurrence first, then reading order after `from`. */
function locate(flat: FlatText, para: string, from: number): number {
  const hits: number[] = [];
  for (let at = flat.text.indexOf(para); at >= 0 && hits.length < 8; at = flat.text.indexOf(para, at + 1)) hits.push(at);
  const whole = hits.filter((at) => isWholeBlock(flat, at, para));
  const pick = (list: number[]): number | undefined => list.find((at) => at >= from) ?? list[0];
  return pick(whole) ?? pick(hits) ?? -1;
}

/** Where each wanted paragraph sits in the flat page text, found in reading order. */
function locateParagraphs(flat: FlatText, paragraphs: readonly string[], wanted: Set<number>) {
  const found = new Map<number, { at: number; map: Int32Array; length: number }>();
  let cursor = 0;
  paragraphs.forEach((p, i) => {
    if (!wanted.has(i)) return;
    const norm = normalizeParagraph(p);
    if (norm.text.length === 0) return;
    const at = locate(flat, norm.text, cursor);
    if (at < 0) return;
    found.set(i, { at, map: norm.map, length: norm.text.length });
    cursor = at + norm.text.length;
  });
  return found;
}

/** A DOM Range over flat-text characters first..last (inclusive), or null when they map to no node. */
function rangeOver(doc: Document, flat: FlatText, first: number, last: number): Range | null {
  const startNode = flat.nodes[flat.nodeOf[first] ?? -1];
  const endNode = flat.nodes[flat.nodeOf[last] ?? -1];
  if (!startNode || !endNode) return null;
  const range = doc.createRange();
  range.setStart(startNode, flat.offsetOf[first] ?? 0);
  range.setEnd(endNode, (flat.offsetOf[last] ?? 0) + 1);
  return range;
}

/**
 * Maps whole paragraphs (indexes into the article's paragraphs) to DOM Ranges in the page under root,
 * for marking them or scrolling to them. A paragraph not found in the page is left out.
 */
export function paragraphRanges(root: Element, paragraphs: readonly string[], indexes: readonly number[]): Map<number, Range> {
  const out = new Map<number, Range>();
  if (indexes.length === 0) return out;
  const flat = flatten(root);
  for (const [i, p] of locateParagraphs(flat, paragraphs, new Set(indexes))) {
    const range = rangeOver(root.ownerDocument, flat, p.at, p.at + p.length - 1);
    if (range) out.set(i, range);
  }
  return out;
}

/**
 * Maps quotes (paragraph index + char offsets in that paragraph) to DOM Ranges in the page under root.
 * Paragraphs are found by their whitespace-normalized text; a paragraph or quote that cannot be found
 * is skipped quietly, because the page may have changed since extraction.
 */
export function quoteRanges(root: Element, paragraphs: readonly string[], quotes: readonly Quote[]): PageRange[] {
  const wanted = new Set(quotes.map((q) => q.paragraph));
  if (wanted.size === 0) return [];
  const flat = flatten(root);
  const found = locateParagraphs(flat, paragraphs, wanted);
  const out: PageRange[] = [];
  quotes.forEach((q, qi) => {
    const para = found.get(q.paragraph);
    if (!para) return;
    // A remark interrupted by its attribution is marked part by part: "he said" is not quoted.
    for (const { start, end } of q.parts ?? [q]) {
      // Offsets outside the paragraph mean the report and the page disagree: skip rather than guess.
      if (start < 0 || end <= start || end > para.map.length - 1) continue;
      const s = para.at + (para.map[start] ?? 0);
      const lastChar = para.at + Math.max((para.map[end] ?? 0) - 1, para.map[start] ?? 0);
      if (lastChar >= para.at + para.length || s > lastChar) continue;
      const range = rangeOver(root.ownerDocument, flat, s, lastChar);
      if (range) out.push({ quote: qi, range });
    }
  });
  return out;
}
