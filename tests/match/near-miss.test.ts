// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareWithStories } from '../../lib/match/compare-stories';
import type { Article } from '../../lib/article/types';
import type { Story } from '../../lib/stories/types';
import { loadSeeds } from './seed-helpers';
import { NEAR_MISSES, SITE_BOILERPLATE } from './near-miss-fixtures';

const { stories } = loadSeeds();

function article(paragraphs: string[], published: string | null, url = 'https://example.org/news/other', site = 'example.org'): Article {
  return { isArticle: true, reasons: [], title: null, outlet: 'Example', site, url, byline: null, published, lang: 'en', paragraphs, subheads: [] };
}

describe('articles that are not versions of the seed story', () => {
  it('an unrelated story matches nothing', () => {
    const a = article([
      'The city council approved a new budget for public libraries on Monday, adding three branches in the east.',
      'Council member Maria Lopez said the plan would extend opening hours on weekends and fund new reading programmes.',
      '“Libraries are where our children learn to love books,” Lopez said after the vote.',
      'The budget passed by nine votes to two, with opponents citing the cost of new buildings.',
    ], '2025-11-26');
    expect(compareWithStories(a, stories)).toEqual([]);
  });

  it.each(NEAR_MISSES.map((n) => [n.name, n] as const))('%s: matches no seed', (_name, n) => {
    expect(compareWithStories(article(n.paragraphs, n.published, n.url), stories)).toEqual([]);
  });

  it.each(NEAR_MISSES.map((n) => [n.name, n] as const))('%s, undated: still matches no seed', (_name, n) => {
    expect(compareWithStories(article(n.paragraphs, null, n.url), stories)).toEqual([]);
  });

  it('the same people months later (a different event) match nothing', () => {
    const seed = stories.find((s) => s.outlet === 'Dawn')!;
    const a = article(
      [
        'Kremlin spokesman Dmitry Peskov said on Monday that Yuri Ushakov would lead talks with Steve Witkoff in Moscow about prisoner exchanges.',
        'Donald Trump said Vladimir Putin had agreed to a summit in the spring, according to Bloomberg News and Reuters.',
        'Ukraine and its European allies said the talks in Moscow and Washington must include Kyiv, and NATO ministers agreed.',
        'Russia and Ukraine exchanged prisoners in the Gaza-style deal brokered by Jared Kushner, officials in Moscow said.',
      ],
      '2026-04-02',
    );
    expect(compareWithStories(a, [seed])).toEqual([]);
  });

  it('same site, different story: a shared footer and comment policy count for nothing', () => {
    const dawn = stories.find((s) => s.outlet === 'Dawn')!;
    const withFurniture: Story = { ...dawn, paragraphs: [...dawn.paragraphs, ...SITE_BOILERPLATE] };
    const other = article(
      [
        'KARACHI: The Sindh government on Thursday announced a week-long polio vaccination drive across the province, aiming to reach 10 million children.',
        'Health officials said 80,000 workers would go door to door, with police escorts in districts where teams had been attacked.',
        ...SITE_BOILERPLATE,
      ],
      '2025-11-27',
      'https://www.dawn.com/news/1957700/sindh-polio-drive',
      dawn.site,
    );
    expect(compareWithStories(other, [withFurniture])).toEqual([]);
  });

  it('a stored copy of the article’s own page is not another version', () => {
    const seed = stories[2]!;
    const a = article(seed.paragraphs, seed.published, seed.url);
    expect(compareWithStories(a, [seed], { excludeUrl: seed.url })).toEqual([]);
  });
});
