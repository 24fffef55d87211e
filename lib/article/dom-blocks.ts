/**
 * Turns Readability's article element into candidate paragraphs (Blocks) with
 * a hint of what each was (paragraph, heading, caption, list item, quote) and
 * its link density, for the shared noise classifier.
 */
import type { Block, BlockHint } from './noise';
import { startsLowercase } from './text-shape';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'NAV', 'TABLE', 'PRE', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'PRE', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY']);
// Class/id tokens of page furniture that Readability sometimes leaves inside the article.
const FURNITURE = /^(?:related|recommended|recommendations|newsletter|share|sharing|social|promo|advert|advertisement|ad|ads|adslot|sponsored|subscribe|subscription|signup|breadcrumb|breadcrumbs|tags|taglist|comments|outbrain|taboola|paywall|inline-cta|cta|read-more|readmore|more-stories|author-bio|bio|toolbar|disclaimer)$/;
const EMBED = /twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed/;
// Standfirsts and summaries restate the story in the outlet's own words; they are not body text.
const DEK = /^(?:dek|deck|standfirst|chapo|chapeau|strapline|subtitle|sub-?title|sub-?head|sub-?headline|article-summary|summary|excerpt|lede-summary|teaser-text)$/;
const CAPTION = /^(?:caption|figcaption|credit|credits|image-credit|photo-credit|wp-caption-text)$/;

// Words too generic to trust at the end of a compound class ("has-comments", "author-bio" on a wrapper).
const WEAK_TAIL = /^(?:comments|bio|cta|toolbar|ad|ads|disclaimer)$/;

/** True when a class/id names furniture: whole word, its first part ("related-stories"), or a strong last part ("article-share"). */
function isFurniture(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (raw === ' ') return false;
  let known = furnitureMemo.get(raw);
  if (known === undefined) furnitureMemo.set(raw, (known = furnitureWords(raw)));
  return known;
}

// Templates repeat the same class strings on every paragraph; judge each string once.
const furnitureMemo = new Map<string, boolean>();

function furnitureWords(raw: string): boolean {
  return raw.split(/\s+/).filter(Boolean).some((word) => {
    const parts = word.split(/[-_]+/).filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    return FURNITURE.test(word) || FURNITURE.test(parts[0] ?? '') || (FURNITURE.test(last) && !WEAK_TAIL.test(last));
  });
}

function classWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
}

// Memo for hasBlockChild: visit() asks it of every element and again of its children, which is
// quadratic in depth on deeply nested templates. One map per blocksFromContent call.
let blockMemo = new Map<Element, boolean>();

function hasBlockChild(el: Element): boolean {
  const known = blockMemo.get(el);
  if (known !== undefined) return known;
  let found = false;
  for (let c = el.firstElementChild; c && !found; c = c.nextElementSibling) found = BLOCK.has(c.tagName.toUpperCase()) || hasBlockChild(c);
  blockMemo.set(el, found);
  return found;
}

/** Text of an inline subtree with <br> as newline, and how much of it sits inside links. */
function inlineText(node: Node, inLink = false, acc = { text: '', link: 0 }): { text: string; link: number } {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const t = child.nodeValue ?? '';
      acc.text += t;
      if (inLink) acc.link += t.trim().length;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') acc.text += '\n';
      else if (!SKIP.has(tag)) inlineText(el, inLink || tag === 'A', acc);
    }
  }
  return acc;
}

function emit(el: Element, hint: BlockHint, out: Block[]): void {
  const { text, link } = inlineText(el);
  const density = text.trim().length ? Math.min(1, link / text.trim().length) : 0;
  // Two <br>s in a row separate paragraphs in templates that do not use <p>.
  for (const part of text.split(/\n\s*\n/)) {
    // One <br> separates lines (headline, byline, date) unless the sentence plainly runs on.
    const lines: string[] = [];
    for (const raw of part.split('\n')) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line) continue;
      const prev = lines[lines.length - 1];
      if (prev !== undefined && (startsLowercase(line) || /[,;–—-]$/.test(prev))) lines[lines.length - 1] = `${prev} ${line}`;
      else lines.push(line);
    }
    for (const t of lines) out.push({ text: t, hint, linkDensity: density });
  }
}

function visit(el: Element, out: Block[], inherited: BlockHint | null): void {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
  if (isFurniture(el) || EMBED.test(el.getAttribute('class') ?? '')) return;
  let hint: BlockHint | null = inherited;
  const words = el.hasAttribute('class') ? classWords(el) : [];
  if (tag === 'FIGCAPTION' || words.some((t) => CAPTION.test(t))) hint = 'caption';
  else if (/^H[1-6]$/.test(tag)) hint = 'heading';
  else if (tag === 'LI' || tag === 'DD') hint = hint ?? 'li';
  else if (tag === 'BLOCKQUOTE') hint = hint ?? 'quote';
  if (!hasBlockChild(el)) {
    emit(el, hint ?? (words.some((t) => DEK.test(t)) ? 'dek' : 'p'), out);
    return;
  }
  // Mixed content: text sitting directly in a container beside block children is a block of its own.
  let loose: Node[] = [];
  const flush = (): void => {
    if (!loose.length) return;
    const holder = el.ownerDocument.createElement('span');
    for (const n of loose) holder.appendChild(n.cloneNode(true));
    emit(holder, hint ?? 'p', out);
    loose = [];
  };
  for (const child of Array.from(el.childNodes)) {
    const isBlock = child.nodeType === 1 && (BLOCK.has((child as Element).tagName.toUpperCase()) || hasBlockChild(child as Element));
    if (isBlock) {
      flush();
      visit(child as Element, out, hint === 'caption' || hint === 'quote' || hint === 'li' ? hint : null);
    } else loose.push(child);
  }
  flush();
}

/** Candidate paragraphs from an extracted article element, in reading order. */
export function blocksFromContent(root: Element): Block[] {
  const out: Block[] = [];
  blockMemo = new Map();
  furnitureMemo.clear();
  visit(root, out, null);
  blockMemo = new Map();
  return out;
}
