// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { listSpeakers } from '../../lib/quotes/speakers';

describe('speaker attribution from simple cues', () => {
  const paragraphs = [
    'Kremlin spokesman Dmitry Peskov met reporters in Moscow on Monday.',
    '“It is too early to say,” Peskov said.',
    '“We will see,” said Peskov, before leaving.',
    'Finance Minister Anna Berg told reporters in Oslo on Tuesday: “The budget is balanced.”',
    'Berg later spoke to the press again.',
    '“Nothing has changed,” she said.',
    'The paper ran a story headlined: “Who pays the bill?”',
    'The so-called “peace dividend” never arrived.',
  ];
  const quotes = findQuotes(paragraphs);

  it('finds each quote with its paragraph and exact offsets', () => {
    expect(quotes.map((q) => q.paragraph)).toEqual([1, 2, 3, 5, 6, 7]);
    for (const q of quotes) expect(paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
  });

  it('"X said", "said X" and colon introductions name the speaker with the fullest name and title', () => {
    expect(quotes[0]!.speaker).toEqual({ name: 'Dmitry Peskov', title: 'Kremlin spokesman' });
    expect(quotes[1]!.speaker?.name).toBe('Dmitry Peskov');
    expect(quotes[2]!.speaker).toEqual({ name: 'Anna Berg', title: 'Finance Minister' });
  });

  it('a pronoun resolves to the person named just before', () => {
    expect(quotes[3]!.speaker?.name).toBe('Anna Berg');
  });

  it('tells headlines and scare quotes from speech', () => {
    expect(quotes[4]!).toMatchObject({ kind: 'headline', speaker: null });
    expect(quotes[5]!).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('lists each speaker once with their quotes', () => {
    expect(listSpeakers(quotes).map((s) => [s.name, s.quotes])).toEqual([
      ['Dmitry Peskov', [0, 1]],
      ['Anna Berg', [2, 3]],
    ]);
  });
});
