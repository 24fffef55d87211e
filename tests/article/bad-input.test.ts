// @vitest-environment node
/** Hostile or degenerate input: every path returns quickly with a reason and never throws. */
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { articleFromDocument } from '../../lib/article/from-document';
import { articleFromHtml } from '../../lib/article/from-html';
import { articleFromText } from '../../lib/article/from-text';

const timed = <T>(fn: () => T): { value: T; ms: number } => {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
};

describe('bad input', () => {
  it('empty strings', () => {
    for (const a of [articleFromText(''), articleFromText('   \n\n'), articleFromHtml(''), articleFromHtml('  ')]) {
      expect(a.isArticle).toBe(false);
      expect(a.reasons).toEqual(['empty']);
    }
  });

  it('an empty document', () => {
    const doc = new DOMParser().parseFromString('<html><head></head><body></body></html>', 'text/html') as unknown as Document;
    expect(articleFromDocument(doc).reasons).toEqual(['empty']);
  });

  it('binary garbage', () => {
    let bytes = '';
    for (let i = 0; i < 20_000; i++) bytes += String.fromCharCode((i * 7919) % 256);
    for (const a of [articleFromText(bytes), articleFromHtml(bytes)]) {
      expect(a.isArticle).toBe(false);
      expect(a.reasons.length).toBeGreaterThan(0);
    }
  });

  it('a 200k-element document is declined before Readability', () => {
    const html = `<html><body>${'<div><span>x</span></div>'.repeat(100_001)}</body></html>`;
    const { value, ms } = timed(() => articleFromHtml(html));
    expect(value).toMatchObject({ isArticle: false, reasons: ['too-large'] });
    expect(ms).toBeLessThan(2000);
  });

  it('a 200k-element DOM passed directly is declined', () => {
    const html = `<html><body>${'<p><b>x</b></p>'.repeat(100_001)}</body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const { value, ms } = timed(() => articleFromDocument(doc));
    expect(value).toMatchObject({ isArticle: false, reasons: ['too-large'] });
    expect(ms).toBeLessThan(3000);
  }, 20_000);

  it('10 MB of text', () => {
    const text = 'The minister said the talks would continue next week. '.repeat(190_000);
    expect(text.length).toBeGreaterThan(10_000_000);
    const t = timed(() => articleFromText(text));
    expect(t.value).toMatchObject({ isArticle: false, reasons: ['too-large'] });
    const h = timed(() => articleFromHtml(`<html><body><p>${text}</p></body></html>`));
    expect(h.value).toMatchObject({ isArticle: false, reasons: ['too-large'] });
    expect(t.ms + h.ms).toBeLessThan(2000);
  });

  it('a 50k-cell table is capped and the page still analysed within a second', () => {
    const p = '<p>The council said on Monday that the bridge over the river would reopen in March after repairs that cost the city far more than expected.</p>';
    const rows = Array.from({ length: 5000 }, (_, r) => `<tr>${'<td>1</td>'.repeat(10).replace('1', String(r))}</tr>`).join('');
    const { value, ms } = timed(() => articleFromHtml(`<html><body><article><h1>Budget</h1>${p}<table>${rows}</table>${p.replace('Monday', 'Friday')}</article></body></html>`));
    expect(value.reasons).toContain('tables-capped');
    expect(value.paragraphs).toHaveLength(2);
    expect(ms).toBeLessThan(1500);
  });

  it('a 10 MB page is declined in well under a second', () => {
    const html = `<html><body>${'<p>The minister said the talks would continue next week, officials said.</p>'.repeat(140_000)}</body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const { value, ms } = timed(() => articleFromHtml(html));
    expect(value.reasons).toEqual(['too-large']);
    expect(ms).toBeLessThan(1000);
  });

  it('non-string input does not throw', () => {
    expect(articleFromText(undefined as unknown as string).reasons).toEqual(['empty']);
    expect(articleFromHtml(null as unknown as string).reasons).toEqual(['empty']);
    expect(articleFromDocument(null as unknown as Document).reasons).toEqual(['empty']);
  });

  it('an HTML fragment without <html> still parses', () => {
    const p = '<p>The mayor said on Monday that the bridge would reopen in March after repairs that cost the city more than expected.</p>';
    const a = articleFromHtml(p.repeat(6));
    expect(a.paragraphs.length).toBe(1);
  });
});
