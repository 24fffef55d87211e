// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LIMITS, parseGetTabReport, parseReportArticle } from '../../lib/messaging/validate';
import { articleOf, makeStory, notAnArticle } from './fixtures';

const article = articleOf(makeStory(1));

function expectInvalid(data: unknown) {
  const result = parseReportArticle(data);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe('invalid-message');
  return result;
}

describe('parseReportArticle', () => {
  it('accepts an article and a non-article', () => {
    expect(parseReportArticle({ article })).toEqual({ ok: true, value: { article } });
    expect(parseReportArticle({ article: notAnArticle() }).ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'article'],
    ['an array', [article]],
    ['no article', {}],
    ['paragraphs as a string', { article: { ...article, paragraphs: 'text' } }],
    ['a number title', { article: { ...article, title: 5 } }],
    ['a missing field', { article: { ...article, subheads: undefined } }],
    ['an extra key', { article: { ...article, html: '<b>' } }],
    ['an extra top-level key', { article, tabId: 3 }],
    ['a fractional subhead index', { article: { ...article, subheads: [{ text: 'x', before: 1.5 }] } }],
  ])('rejects %s', (_, data) => {
    expectInvalid(data);
  });

  it('rejects __proto__ keys (as JSON.parse creates them) without polluting prototypes', () => {
    expectInvalid(JSON.parse(`{"article": ${JSON.stringify(article)}, "__proto__": {"polluted": true}}`));
    expectInvalid({ article: JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(article).slice(1)}`) });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('rejects huge strings and too many paragraphs, without echoing page text', () => {
    const huge = 'x'.repeat(LIMITS.paragraphChars + 1);
    const result = expectInvalid({ article: { ...article, paragraphs: [huge] } });
    if (!result.ok) expect(result.error.message.length).toBeLessThan(300);
    expectInvalid({ article: { ...article, title: 't'.repeat(LIMITS.title + 1) } });
    expectInvalid({ article: { ...article, url: `https://a.example/${'p'.repeat(LIMITS.url)}` } });
    expectInvalid({ article: { ...article, paragraphs: Array(LIMITS.paragraphs + 1).fill('p') } });
    const many = Array(LIMITS.paragraphs).fill('w'.repeat(LIMITS.paragraphChars));
    expectInvalid({ article: { ...article, paragraphs: many } });
  });

  it('returns a fresh object holding only known keys', () => {
    const result = parseReportArticle({ article });
    expect(result.ok && result.value.article).not.toBe(article);
  });
});

describe('parseGetTabReport', () => {
  it('accepts a tab id and rejects anything else', () => {
    expect(parseGetTabReport({ tabId: 3 })).toEqual({ ok: true, value: { tabId: 3 } });
    for (const bad of [{}, { tabId: '3' }, { tabId: -1 }, { tabId: 1.5 }, { tabId: 3, extra: 1 }, null]) {
      expect(parseGetTabReport(bad).ok).toBe(false);
    }
  });
});
