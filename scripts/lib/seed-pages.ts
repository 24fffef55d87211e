import { classifyLines, stripDatePrefix, type Block } from './seed-lines';
import { recaseFromText, titleFromFirstSentence, titleFromUrl } from '../../lib/article/title';
import { esc, jsonForScript, PAGE_CSS } from './html';

/** Metadata of a page's story, as seeds.json gives it. */
export interface PageMeta {
  outlet: string;
  site: string;
  url: string;
  published?: string | null;
  lang?: string | null;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * A headline from the page's own shape: its headline line, the breadcrumb's last step, else the same
 * slug / first-sentence fallbacks extraction uses (so the page's title matches the stored story's).
 */
export function titleFor(blocks: Block[], url: string): string {
  const headline = blocks.find((b) => b.kind === 'headline');
  if (headline) return headline.text;
  const crumb = blocks.find((b) => b.kind === 'breadcrumb')?.text.split(/\s+[/›>»]\s+/).pop();
  if (crumb && words(crumb).length >= 4) return crumb.trim();
  const body = blocks.filter((b) => b.kind === 'para').map((b) => b.text).join('\n');
  const slug = titleFromUrl(url);
  if (slug) return recaseFromText(slug, body);
  return titleFromFirstSentence(body.split('\n')[0] ?? '') ?? 'Untitled';
}

function block(b: Block): string {
  const t = esc(b.text);
  switch (b.kind) {
    case 'para': return `<p>${t}</p>`;
    case 'subhead': return `<h2>${t}</h2>`;
    case 'pullquote': return `<aside class="pull" aria-hidden="true">${t}</aside>`;
    case 'kicker': return `<p class="kicker">${t}</p>`;
    case 'byline': return `<p class="byline">By <span class="author">${t}</span></p>`;
    case 'read-time': return `<p class="read-time">${t}</p>`;
    case 'caption': return `<figure><div class="photo" role="img" aria-label="${t}"></div><figcaption>${t}</figcaption></figure>`;
    default: return '';
  }
}

/** Renders a seed text as a realistic article page: site chrome, meta tags and JSON-LD, all text escaped. */
export function renderArticlePage(text: string, meta: PageMeta, related: string[] = []): string {
  const lines = text.split(/\r?\n/);
  const { line, date } = stripDatePrefix(lines[0] ?? '');
  lines[0] = line;
  const blocks = classifyLines(lines);
  const title = titleFor(blocks, meta.url);
  const published = meta.published ?? date;
  const lead = blocks.find((b) => b.kind === 'para')?.text ?? '';
  const byline = blocks.find((b) => b.kind === 'byline')?.text;
  const ld = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, url: meta.url,
    mainEntityOfPage: meta.url, datePublished: published ?? undefined, inLanguage: meta.lang ?? undefined,
    publisher: { '@type': 'Organization', name: meta.outlet },
    author: byline ? { '@type': 'Organization', name: byline } : undefined,
  };
  const of = (k: Block['kind']): Block[] => blocks.filter((b) => b.kind === k);
  const head = [...of('kicker'), ...of('caption'), ...of('byline'), ...of('read-time')];
  const bodyKinds = new Set(['para', 'subhead', 'pullquote']);
  return `<!doctype html>
<html lang="${esc(meta.lang ?? 'en')}"><head><meta charset="utf-8">
<title>${esc(title)} | ${esc(meta.outlet)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(lead.slice(0, 200))}">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="${esc(meta.outlet)}"><meta property="og:url" content="${esc(meta.url)}">
${published ? `<meta property="article:published_time" content="${esc(published)}">` : ''}
<link rel="canonical" href="${esc(meta.url)}">
<script type="application/ld+json">${jsonForScript(ld)}</script>
<style>${PAGE_CSS}</style></head><body>
${of('banner').map((b) => `<div class="banner">${esc(b.text)}</div>`).join('')}
<header class="site"><a class="logo" href="/">${esc(meta.outlet)}</a><nav aria-label="Sections"><a href="/">World</a><a href="/">Business</a><a href="/">Opinion</a><a href="/">Sport</a></nav></header>
${of('breadcrumb').map((b) => `<nav class="breadcrumb" aria-label="Breadcrumb">${esc(b.text)}</nav>`).join('')}
<main><article>
<h1>${esc(title)}</h1>
${head.map(block).join('\n')}
${published ? `<p class="byline"><time datetime="${esc(published)}">${esc(published)}</time></p>` : ''}
${blocks.filter((b) => bodyKinds.has(b.kind)).map(block).join('\n')}
</article>
<aside class="rail"><h3>Most read</h3><ul>${related.map((r) => `<li><a href="/">${esc(r)}</a></li>`).join('')}</ul></aside>
</main>
<footer>${of('footer').map((b) => `<p>${esc(b.text)}</p>`).join('')}<p>© ${esc(meta.outlet)}. All rights reserved.</p></footer>
</body></html>`;
}
