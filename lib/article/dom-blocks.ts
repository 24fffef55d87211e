/**
 * Turns Readability's article element into candidate paragraphs (Blocks) with
 * a hint of what each was (paragraph, heading, caption, list item, quote) and
 * its link density, for the shared noise classifier.
 */
import type { Block, BlockHint } from './noise';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'NAV', 'TABLE', 'PRE', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'PRE', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY']);
// Class/id tokens of page furniture that Readability sometimes leaves inside the article.
const FURNITURE = /^(?:related|recommended|recommendations|newsletter|share|sharing|social|promo|advert|advertisement|ad|ads|adslot|sponsored|subscribe|subscription|signup|breadcrumb|breadcrumbs|tags|taglist|comments|outbrain|taboola|paywall|inline-cta|cta|read-more|readmore|more-stories|author-bio|bio|toolbar|disclaimer)$/;
const EMBED = /twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed/;
const CAPTION = /^(?:caption|figcaption|credit|credits|image-credit|photo-credit|wp-caption-text)$/;

// Words too generic to trust at the end of a compound class ("has-comments", "author-bio" on a wrapper).
const WEAK_TAIL = /^(?:comments|bio|cta|toolbar|ad|ads|disclaimer)$/;

/** True when a class/id names furniture: whole word, its first part ("related-stories"), or a strong last part ("article-share"). */
function isFurniture(el: Element): boolean {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/\s+/).filter(Boolean).some((word) => {
    const parts = word.split(/[-_]+/).filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    return FURNITURE.test(word) || FURNITURE.test(parts[0] ?? '') || (FURNITURE.test(last) && !WEAK_TAIL.test(last));
  });
}

function classWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.children).some((c) => BLOCK.has(c.tagName.toUpperCase()) || hasBlockChild(c));
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
  // Two <br>s in a row separate paragraphs in templates that do not use <p>.
  for (const part of text.split(/\n\s*\n/)) {
    const t = part.replace(/\s*\n\s*/g, ' ').trim();
    if (!t) continue;
    out.push({ text: t, hint, linkDensity: text.trim().length ? Math.min(1, link / text.trim().length) : 0 });
  }
}

function visit(el: Element, out: Block[], inherited: BlockHint | null): void {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
  if (isFurniture(el) || EMBED.test(el.getAttribute('class') ?? '')) return;
  let hint: BlockHint | null = inherited;
  if (tag === 'FIGCAPTION' || classWords(el).some((t) => CAPTION.test(t))) hint = 'caption';
  else if (/^H[1-6]$/.test(tag)) hint = 'heading';
  else if (tag === 'LI' || tag === 'DD') hint = hint ?? 'li';
  else if (tag === 'BLOCKQUOTE') hint = hint ?? 'quote';
  if (!hasBlockChild(el)) {
    emit(el, hint ?? 'p', out);
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
  visit(root, out, null);
  return out;
}
