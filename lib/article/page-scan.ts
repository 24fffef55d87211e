/**
 * One walk over the page's nodes that gathers everything metadata and
 * detection need (meta tags, JSON-LD, canonical, <time>, author elements, link
 * and card counts, the visible text). Repeated querySelector and textContent
 * calls each re-walk the tree in linkedom and cost more than Readability itself
 * on small pages; this pass does the work once, by sibling pointers.
 */
import { collapsedLength } from './text-shape';

/** What one pass over the document found. */
export interface PageScan {
  elements: number;
  /** meta name/property/itemprop (lower-cased) → first non-empty content. */
  metas: Map<string, string>;
  ldJson: string[];
  canonical: string | null;
  h1: string | null;
  /** document.title, read once. */
  title: string;
  /** datetime of the first <time> inside article/main, else of the first <time> anywhere. */
  timeDatetime: string | null;
  /** Text of the first rel=author / itemprop=author / .byline / .author-name / .author element. */
  authorText: string | null;
  /** Some text node in the document holds more than whitespace. */
  hasText: boolean;
  /** The body's text outside script/style/noscript/template, as a reader could see it. */
  visibleText: string;
  /** Characters of visibleText, whitespace runs counted once. */
  visibleChars: number;
  linkChars: number;
  headingLinks: number;
  /** Headings that start with an item number ("3. Vertex V15", "#4 …"): the skeleton of a list page. */
  numberedHeadings: number;
  articles: number;
  passwordField: boolean;
  codeBlocks: number;
  /** Table cells (td/th) on the page: a data dump of tens of thousands of cells needs capping before Readability. */
  cells: number;
  priceMarkup: boolean;
}

const JUNK = new Set(['script', 'style', 'noscript', 'template']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);
const AUTHOR_CLASS = /(?:^|\s)(?:byline|author-name|author)(?:\s|$)/;
const NUMBERED = /^\s*#?\d{1,2}[.):]\s/;
const CANONICAL = /(?:^|\s)canonical(?:\s|$)/i;

function within(el: Element, names: string[], depth: number): boolean {
  for (let p = el.parentElement; p && depth > 0; p = p.parentElement, depth--) if (names.includes(p.localName)) return true;
  return false;
}

function hasDescendant(el: Element, name: string): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name || hasDescendant(c, name)) return true;
  return false;
}

function emptyScan(elements: number): PageScan {
  return {
    elements, metas: new Map(), ldJson: [], canonical: null, h1: null, title: '', timeDatetime: null, authorText: null, hasText: false,
    visibleText: '', visibleChars: 0, linkChars: 0, headingLinks: 0, numberedHeadings: 0, articles: 0, passwordField: false, codeBlocks: 0, cells: 0, priceMarkup: false,
  };
}

/** Walks the document once and returns the gathered facts; past `maxElements` it stops counting, so the caller can decline. */
export function scanPage(doc: Document, maxElements = Infinity): PageScan {
  // Browsers count elements from a cheap live list; linkedom returns an empty one, so the walk counts.
  const live = doc.getElementsByTagName('*').length;
  if (live > maxElements) return emptyScan(live);
  const s = emptyScan(0);
  s.title = doc.title ?? '';
  const visible: string[] = [];
  let anyTime: string | null = null;
  let inBody = false;
  const root = doc.documentElement;
  let node: Node | null = root;
  while (node) {
    let descend = true;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (!s.hasText && text.trim()) s.hasText = true;
      if (inBody) visible.push(text);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (++s.elements > maxElements) return s;
      descend = visit(el, s);
      if (el.localName === 'body') inBody = true;
      if (el.localName === 'time') {
        const dt = el.getAttribute('datetime');
        if (dt) {
          anyTime ??= dt;
          if (!s.timeDatetime && within(el, ['article', 'main'], 30)) s.timeDatetime = dt;
        }
      }
    }
    // Document order: first child, else the next sibling of the nearest ancestor that has one.
    let next: Node | null = descend ? node.firstChild : null;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  s.timeDatetime ??= anyTime;
  s.visibleText = visible.join('');
  s.visibleChars = collapsedLength(s.visibleText);
  return s;
}

/** Records what one element tells; false when its children hold nothing to walk (scripts, styles). */
function visit(el: Element, s: PageScan): boolean {
  const tag = el.localName;
  if (JUNK.has(tag)) {
    if (tag === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') s.ldJson.push(el.textContent ?? '');
    if (!s.hasText && (el.textContent ?? '').trim()) s.hasText = true;
    return false;
  }
  switch (tag) {
    case 'meta': {
      const content = el.getAttribute('content')?.trim();
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv');
      if (content && key && !s.metas.has(key.toLowerCase())) s.metas.set(key.toLowerCase(), content);
      if (el.getAttribute('itemprop') === 'price') s.priceMarkup = true;
      return true;
    }
    case 'link':
      if (!s.canonical && CANONICAL.test(el.getAttribute('rel') ?? '')) s.canonical = el.getAttribute('href');
      return true;
    case 'a': s.linkChars += collapsedLength(el.textContent); break;
    case 'td': case 'th': s.cells++; break;
    case 'article': s.articles++; break;
    case 'input': if ((el.getAttribute('type') ?? '').toLowerCase() === 'password') s.passwordField = true; break;
    case 'pre': s.codeBlocks++; break;
    default:
      if (HEADINGS.has(tag)) {
        const text = el.textContent ?? '';
        if (tag === 'h1') s.h1 ??= text;
        else if (NUMBERED.test(text)) s.numberedHeadings++;
        // A teaser card: a headline inside a link, or a link inside a headline.
        if (within(el, ['a'], 3) || hasDescendant(el, 'a')) s.headingLinks++;
      }
  }
  if (!el.hasAttributes()) return true;
  const itemprop = el.getAttribute('itemprop');
  if (!s.authorText && (itemprop === 'author' || el.getAttribute('rel') === 'author' || AUTHOR_CLASS.test(el.getAttribute('class') ?? ''))) {
    s.authorText = el.textContent;
  }
  if (itemprop === 'price') s.priceMarkup = true;
  return true;
}
