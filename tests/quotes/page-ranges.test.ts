// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { paragraphRanges, quoteRanges } from '../../lib/quotes/page-ranges';
import type { Quote } from '../../lib/quotes/types';

function quote(paragraph: number, para: string, words: string): Quote {
  const start = para.indexOf(words);
  return { text: words, speaker: null, paragraph, start, end: start + words.length, kind: 'speech' };
}

/** Parses fixed fixture markup into its own document (no innerHTML anywhere, even in tests). */
function page(html: string): Element {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
  // Ranges need the window's own document in happy-dom: import the parsed body into it.
  const body = document.importNode(parsed, true);
  document.documentElement.replaceChild(body, document.body);
  return body;
}

describe('quoteRanges', () => {
  const paras = ['Intro line here.', '“It is unlikely that this will help,” Ushakov said.'];

  it('maps a quote inside one text node', () => {
    const root = page(`<p>Intro line here.</p><p>“It is unlikely that this will help,” Ushakov said.</p>`);
    const [r] = quoteRanges(root, paras, [quote(1, paras[1]!, 'It is unlikely that this will help,')]);
    expect(r?.quote).toBe(0);
    expect(r?.range.toString()).toBe('It is unlikely that this will help,');
  });

  it('marks a remark interrupted by its attribution part by part, leaving "he said" unmarked', () => {
    const para = '“We will not stop,” he said, “until everyone is found.”';
    const root = page(`<p>${para}</p>`);
    const a = para.indexOf('We will'), b = para.indexOf('until');
    const remark: Quote = {
      text: 'We will not stop, … until everyone is found.', speaker: null, paragraph: 0, start: a, end: para.length - 1, kind: 'speech',
      parts: [{ start: a, end: para.indexOf('”') }, { start: b, end: para.length - 1 }],
    };
    const out = quoteRanges(root, [para], [remark]);
    expect(out.map((r) => [r.quote, r.range.toString()])).toEqual([[0, 'We will not stop,'], [0, 'until everyone is found.']]);
  });

  it('spans inline elements and collapses whitespace', () => {
    const root = page(`<p>Intro
      line   here.</p>\n<p>“It is <em>unlikely</em>\n  that this <a href="#">will help</a>,” Ushakov said.</p>`);
    const out = quoteRanges(root, paras, [quote(1, paras[1]!, 'unlikely that this will help')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.range.toString().replace(/\s+/g, ' ')).toBe('unlikely that this will help');
  });

  it('skips paragraphs that are not in the page and bad offsets', () => {
    const root = page(`<p>Intro line here.</p>`);
    const q = quote(1, paras[1]!, 'It is unlikely');
    expect(quoteRanges(root, paras, [q])).toEqual([]);
    const bad: Quote = { ...quote(0, paras[0]!, 'line'), end: 999 };
    expect(quoteRanges(root, paras, [bad])).toEqual([]);
  });

  it('ignores script text and prefers the occurrence that is a whole paragraph', () => {
    const root = page(`<script>var s = "Intro line here.";</script><aside>Read: Intro line here.</aside>
      <p>Intro line here.</p><p>“It is unlikely that this will help,” Ushakov said.</p>`);
    const out = quoteRanges(root, paras, [quote(0, paras[0]!, 'line'), quote(1, paras[1]!, 'this will')]);
    expect(out.map((r) => r.range.toString())).toEqual(['line', 'this will']);
    expect(out[0]!.range.startContainer.parentElement?.tagName).toBe('P');
  });

  it('matches a cleaned paragraph against page text with zero-width marks, soft hyphens and NBSP', () => {
    const root = page('<p>“We will pub\u00adlish every\u00a0figure\u200b\u200b, line by line,” she said.</p>');
    const clean = '“We will publish every figure, line by line,” she said.';
    const out = quoteRanges(root, [clean], [quote(0, clean, 'every figure, line by line,')]);
    expect(out.map((r) => r.range.toString().replace(/[\u200b\u00a0]/g, (c) => (c === '\u00a0' ? ' ' : '')))).toEqual([
      'every figure, line by line,',
    ]);
  });

  it('returns nothing without quotes', () => {
    expect(quoteRanges(page('<p>x</p>'), ['x'], [])).toEqual([]);
  });
});

describe('paragraphRanges', () => {
  const paras = ['Intro line here.', '“It is unlikely that this will help,” Ushakov said.', 'Not on the page.'];

  it('maps whole paragraphs across inline elements, and leaves out those not in the page', () => {
    const root = page(`<p>Intro <b>line</b>\n here.</p><p>“It is unlikely that this will help,” Ushakov said.</p>`);
    const out = paragraphRanges(root, paras, [0, 2]);
    expect([...out.keys()]).toEqual([0]);
    expect(out.get(0)!.toString().replace(/\s+/g, ' ')).toBe('Intro line here.');
  });

  it('asks for nothing, gets nothing', () => {
    expect(paragraphRanges(page('<p>x</p>'), paras, []).size).toBe(0);
  });
});
