/**
 * Turns Readability's article element into candidate paragraphs (Blocks) with
 * a hint of what each was (paragraph, heading, caption, list item, quote) and
 * its link density, for the shared noise classifier.
 */
import type { Block, BlockHint } from './noise';
import { startsLowercase } from './text-shape';

// Lower-case local names: children are walked by sibling pointers and compared by localName,
// because childNodes and tagName each build a fresh array or string per call in linkedom.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'input', 'select', 'textarea', 'iframe', 'nav', 'table', 'pre', 'math', 'canvas', 'video', 'audio', 'object', 'embed']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'pre', 'hr', 'address', 'details', 'summary']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Class/id tokens of page furniture that Readability sometimes leaves inside the article.
const FURNITURE = /^(?:related|recommended|recommendations|newsletter|share|sharing|social|promo|advert|advertisement|ad|ads|adslot|sponsored|subscribe|subscription|signup|breadcrumb|breadcrumbs|tags|taglist|comments|outbrain|taboola|paywall|inline-cta|cta|read-more|readmore|more-stories|author-bio|bio|toolbar|disclaimer)$/;
const EMBED = /twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed/;
// Standfirsts and summaries restate the story in the outlet's own words; they are not body text.
const DEK = /^(?:dek|deck|standfirst|chapo|chapeau|strapline|subtitle|sub-?title|sub-?head|sub-?headline|article-summary|summary|excerpt|lede-summary|teaser-text)$/;
const CAPTION = /^(?:caption|figcaption|credit|credits|image-credit|photo-credit|wp-caption-text)$/;
// Words too generic to trust at the end of a compound class ("has-comments", "author-bio" on a wrapper).
const WEAK_TAIL = /^(?:comments|bio|cta|toolbar|ad|ads|disclaimer)$/;
const PARA_BREAK = /\n\s*\n/;
const RUNS_ON = /[,;–—-]$/;

/** What a class/id string says about its element, judged once per distinct string (templates repeat them). */
interface ClassFacts { furniture: boolean; embed: boolean; caption: boolean; dek: boolean }
const NO_CLASS: ClassFacts = { furniture: false, embed: false, caption: false, dek: false };
let classMemo = new Map<string, ClassFacts>();

function judge(cls: string, id: string): ClassFacts {
  const words = cls.toLowerCase().split(/\s+/).filter(Boolean);
  const all = id ? [...words, ...id.toLowerCase().split(/\s+/).filter(Boolean)] : words;
  const furniture = all.some((word) => {
    const parts = word.split(/[-_]+/).filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    return FURNITURE.test(word) || FURNITURE.test(parts[0] ?? '') || (FURNITURE.test(last) && !WEAK_TAIL.test(last));
  });
  return { furniture, embed: EMBED.test(cls), caption: words.some((t) => CAPTION.test(t)), dek: words.some((t) => DEK.test(t)) };
}

function classFacts(el: Element): ClassFacts {
  if (!el.hasAttributes()) return NO_CLASS;
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return NO_CLASS;
  const key = `${cls}\u0000${id}`;
  let facts = classMemo.get(key);
  if (!facts) classMemo.set(key, (facts = judge(cls, id)));
  return facts;
}

// Memo for hasBlockChild: visit() asks it of every element and again of its children, which is
// quadratic in depth on deeply nested templates. One map per blocksFromContent call.
let blockMemo = new Map<Element, boolean>();

function hasBlockChild(el: Element): boolean {
  const known = blockMemo.get(el);
  if (known !== undefined) return known;
  let found = false;
  for (let c = el.firstElementChild; c && !found; c = c.nextElementSibling) found = BLOCK.has(c.localName) || hasBlockChild(c);
  blockMemo.set(el, found);
  return found;
}

interface Inline { text: string; link: number }

/** Appends the text of an inline node (with <br> as newline) and counts how much of it sits inside links. */
function addInline(node: Node, inLink: boolean, acc: Inline): void {
  if (node.nodeType === 3) {
    const t = node.nodeValue ?? '';
    acc.text += t;
    if (inLink) acc.link += t.trim().length;
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = (node as Element).localName;
  if (tag === 'br') acc.text += '\n';
  else if (!SKIP.has(tag)) for (let c = node.firstChild; c; c = c.nextSibling) addInline(c, inLink || tag === 'a', acc);
}

function emitText({ text, link }: Inline, hint: BlockHint, out: Block[]): void {
  const trimmed = text.trim().length;
  const density = trimmed ? Math.min(1, link / trimmed) : 0;
  if (!trimmed) return;
  // Most blocks are one line: no <br> to honour.
  if (!text.includes('\n')) {
    out.push({ text: text.replace(/\s+/g, ' ').trim(), hint, linkDensity: density });
    return;
  }
  // Two <br>s in a row separate paragraphs in templates that do not use <p>.
  for (const part of text.split(PARA_BREAK)) {
    // One <br> separates lines (headline, byline, date) unless the sentence plainly runs on.
    const lines: string[] = [];
    for (const raw of part.split('\n')) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line) continue;
      const prev = lines[lines.length - 1];
      if (prev !== undefined && (startsLowercase(line) || RUNS_ON.test(prev))) lines[lines.length - 1] = `${prev} ${line}`;
      else lines.push(line);
    }
    for (const t of lines) out.push({ text: t, hint, linkDensity: density });
  }
}

function visit(el: Element, out: Block[], inherited: BlockHint | null): void {
  const tag = el.localName;
  if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
  const facts = classFacts(el);
  if (facts.furniture || facts.embed) return;
  let hint: BlockHint | null = inherited;
  if (tag === 'figcaption' || facts.caption) hint = 'caption';
  else if (HEADING.has(tag)) hint = 'heading';
  else if (tag === 'li' || tag === 'dd') hint = hint ?? 'li';
  else if (tag === 'blockquote') hint = hint ?? 'quote';
  if (!hasBlockChild(el)) {
    const acc = { text: '', link: 0 };
    addInline(el, false, acc);
    emitText(acc, hint ?? (facts.dek ? 'dek' : 'p'), out);
    return;
  }
  // Mixed content: text sitting directly in a container beside block children is a block of its own.
  let loose: Inline | null = null;
  const childHint = hint === 'caption' || hint === 'quote' || hint === 'li' ? hint : null;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const isBlock = child.nodeType === 1 && (BLOCK.has((child as Element).localName) || hasBlockChild(child as Element));
    if (isBlock) {
      if (loose) emitText(loose, hint ?? 'p', out);
      loose = null;
      visit(child as Element, out, childHint);
    } else addInline(child, false, (loose ??= { text: '', link: 0 }));
  }
  if (loose) emitText(loose, hint ?? 'p', out);
}

/** Candidate paragraphs from an extracted article element, in reading order. */
export function blocksFromContent(root: Element): Block[] {
  const out: Block[] = [];
  blockMemo = new Map();
  classMemo = new Map();
  visit(root, out, null);
  blockMemo = new Map();
  return out;
}
