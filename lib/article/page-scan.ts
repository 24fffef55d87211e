/**
 * One walk over the page's elements that gathers everything metadata and
 * detection need (meta tags, JSON-LD, canonical, <time>, author elements, link
 * and card counts). Repeated querySelector calls each re-walk the whole tree in
 * linkedom and cost more than Readability itself on small pages; this pass does
 * the work once.
 */

/** What one pass over the document found. */
export interface PageScan {
  elements: number;
  /** meta name/property/itemprop (lower-cased) → first non-empty content. */
  metas: Map<string, string>;
  ldJson: string[];
  canonical: string | null;
  h1: string | null;
  /** datetime of the first <time> inside article/main, else of the first <time> anywhere. */
  timeDatetime: string | null;
  /** Text of the first rel=author / itemprop=author / .byline / .author-name / .author element. */
  authorText: string | null;
  /** Characters of body text outside script/style/noscript/template. */
  visibleChars: number;
  /** Texts of the script/style/noscript/template elements inside the body, to discount phrase matches in them. */
  junkTexts: string[];
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
const LINK = new Set(['a']);
const AUTHOR_CLASS = /(?:^|\s)(?:byline|author-name|author)(?:\s|$)/;

function within(el: Element, names: Set<string>, depth: number): boolean {
  for (let p = el.parentElement; p && depth > 0; p = p.parentElement, depth--) if (names.has(p.localName)) return true;
  return false;
}

// Whitespace runs count as one character, as a reader sees them.
const collapsed = (text: string | null | undefined): number => (text ? text.replace(/\s+/g, ' ').trim().length : 0);

function junk(s: PageScan, el: Element): number {
  const text = el.textContent ?? '';
  if (text) s.junkTexts.push(text);
  return collapsed(text);
}

const ARTICLE_OR_MAIN = new Set(['article', 'main']);

/** Walks the document once and returns the gathered facts; past `maxElements` it only counts, so the caller can decline. */
export function scanPage(doc: Document, maxElements = Infinity): PageScan {
  // linkedom returns nothing for getElementsByTagName('*'); browsers return a cheap live list.
  let all: ArrayLike<Element> = doc.getElementsByTagName('*');
  if (all.length === 0) all = doc.querySelectorAll('*');
  const s: PageScan = {
    elements: all.length, metas: new Map(), ldJson: [], canonical: null, h1: null, timeDatetime: null, authorText: null,
    visibleChars: 0, junkTexts: [], linkChars: 0, headingLinks: 0, numberedHeadings: 0, articles: 0, passwordField: false, codeBlocks: 0, cells: 0, priceMarkup: false,
  };
  if (all.length > maxElements) return s;
  let junkChars = 0;
  let inBody = false;
  let anyTime: string | null = null;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const tag = el.localName;
    if (tag === 'body') inBody = true;
    switch (tag) {
      case 'meta': {
        const content = el.getAttribute('content')?.trim();
        const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv');
        if (content && key && !s.metas.has(key.toLowerCase())) s.metas.set(key.toLowerCase(), content);
        if (el.getAttribute('itemprop') === 'price') s.priceMarkup = true;
        continue;
      }
      case 'script':
        if ((el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') s.ldJson.push(el.textContent ?? '');
        if (inBody) junkChars += junk(s, el);
        continue;
      case 'link':
        if (!s.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) s.canonical = el.getAttribute('href');
        continue;
      case 'a':
        s.linkChars += collapsed(el.textContent);
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
        if (tag === 'h1') s.h1 ??= el.textContent;
        else if (/^\s*#?\d{1,2}[.):]\s/.test(el.textContent ?? '')) s.numberedHeadings++;
        // A teaser card: a headline inside a link, or a link inside a headline.
        if (within(el, LINK, 3) || el.querySelector('a')) s.headingLinks++;
        break;
      case 'td':
      case 'th':
        s.cells++;
        break;
      case 'article':
        s.articles++;
        break;
      case 'input':
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'password') s.passwordField = true;
        break;
      case 'pre':
        s.codeBlocks++;
        break;
      case 'time': {
        const dt = el.getAttribute('datetime');
        if (dt) {
          anyTime ??= dt;
          if (!s.timeDatetime && within(el, ARTICLE_OR_MAIN, 30)) s.timeDatetime = dt;
        }
        break;
      }
      default:
        if (inBody && JUNK.has(tag)) junkChars += junk(s, el);
    }
    if (!el.hasAttributes()) continue;
    const itemprop = el.getAttribute('itemprop');
    if (!s.authorText && (itemprop === 'author' || el.getAttribute('rel') === 'author' || AUTHOR_CLASS.test(el.getAttribute('class') ?? ''))) {
      s.authorText = el.textContent;
    }
    if (itemprop === 'price') s.priceMarkup = true;
  }
  s.timeDatetime ??= anyTime;
  const body = doc.body ?? doc.documentElement;
  s.visibleChars = Math.max(0, collapsed(body?.textContent) - junkChars);
  return s;
}
