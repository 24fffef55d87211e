// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isOwnCopy } from '../../lib/match/own-copy';
import type { VersionMatch } from '../../lib/match/types';

const match = (over: Partial<VersionMatch>): VersionMatch => ({
  id: '0123456789abcdef', outlet: 'Dawn', url: 'https://www.dawn.com/news/1', title: 't', published: null,
  score: 1, relation: 'same-wire', added: [], missing: [], changed: [], text: 0, ...over,
});

describe('own copy under another address', () => {
  it('same outlet, same text: the reader’s own page', () => {
    expect(isOwnCopy('Dawn', match({}))).toBe(true);
    expect(isOwnCopy(' dawn ', match({}))).toBe(true);
  });
  it('another outlet carrying the same wire text stays a version', () => {
    expect(isOwnCopy('SRI', match({}))).toBe(false);
  });
  it('the same outlet with a different edit stays a version', () => {
    expect(isOwnCopy('Dawn', match({ missing: [{ from: 'x', paragraph: 3, text: 'p' }] }))).toBe(false);
    expect(isOwnCopy('Dawn', match({ relation: 'same-story', score: 0.5 }))).toBe(false);
  });
  it('an article with no outlet never hides anything', () => {
    expect(isOwnCopy(null, match({}))).toBe(false);
  });
});
