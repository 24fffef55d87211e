// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/article/from-text';
import type { KnownMetadata } from '../../lib/article/types';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { listSpeakers } from '../../lib/quotes/speakers';
import { readLabels, score } from './labels';

const root = new URL('../../', import.meta.url);
const seeds = JSON.parse(readFileSync(new URL('seeds/seeds.json', root), 'utf8')) as { stories: (KnownMetadata & { file: string })[] };
const labels = readLabels(new URL('tests/quotes/seed-quotes.tsv', root).pathname);
const paragraphsOf = (file: string): string[] => articleFromText(readFileSync(new URL(`seeds/${file}`, root), 'utf8'), seeds.stories.find((s) => s.file === file)).paragraphs;

describe('every quote of the five seeds, as labelled by hand in seed-quotes.tsv', () => {
  for (const { file } of seeds.stories) {
    it(`${file}: each labelled quote with its kind and speaker, and nothing else`, () => {
      const paragraphs = paragraphsOf(file);
      const quotes = findQuotes(paragraphs);
      const s = score(labels.filter((l) => l.file === file), quotes);
      expect({ misses: s.misses, wrong: s.wrong, extra: s.extra }).toEqual({ misses: [], wrong: [], extra: [] });
      for (const q of quotes) {
        const text = paragraphs[q.paragraph]!;
        const parts = q.parts ?? [{ start: q.start, end: q.end }];
        expect(parts.map((p) => text.slice(p.start, p.end)).join(' … ')).toBe(q.text);
      }
    });
  }

  it('names each speaker once with the fullest name and title the article gives', () => {
    const speakers = listSpeakers(findQuotes(paragraphsOf('000_7f72ad32432839a5.txt')));
    expect(speakers.map((s) => s.name)).toEqual(['Yuri Ushakov', 'Donald Trump', 'Steven Cheung', 'Kiev and its allies', 'Dmitry Peskov']);
    expect(speakers.find((s) => s.name === 'Dmitry Peskov')?.title).toBe('Kremlin spokesman');
    expect(speakers.find((s) => s.name === 'Steven Cheung')?.title).toBe('White House communications director');
  });

  it('only the article’s own fullest mention counts: 002 never says "Vladimir Putin"', () => {
    const names = listSpeakers(findQuotes(paragraphsOf('002_8083833801e800f5.txt'))).map((s) => s.name);
    expect(names).toContain('Putin');
    expect(names).not.toContain('Vladimir Putin');
  });
});
