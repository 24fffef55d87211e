// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../lib/quotes/quote-spans';

const quoted = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quote spans', () => {
  it('finds curly, straight, single, guillemet and low-high quotes', () => {
    expect(quoted('He said “we stand by it” today.')).toEqual(['we stand by it']);
    expect(quoted('He said "we stand by it" today.')).toEqual(['we stand by it']);
    expect(quoted('A ‘Hybrid warfare’ claim.')).toEqual(['Hybrid warfare']);
    expect(quoted('Er sagte «nein» und „ja“.')).toEqual(['nein', 'ja']);
  });

  it('does not take apostrophes for quote marks', () => {
    expect(quoted('It’s Moscow’s view that Ukraine’s army, in the ’90s, was small.')).toEqual([]);
    expect(quoted("It's Moscow's view, in the '90s.")).toEqual([]);
  });

  it('keeps nested quotes inside the outer quote', () => {
    expect(quoted('“He told me ‘never again’ twice,” she said.')).toEqual(['He told me ‘never again’ twice,']);
  });

  it('opens a quote set with a closing mark at its start or in double primes, but not an inch mark', () => {
    expect(quoted('”Any government formed on this result will be illegitimate,” said Sam Okon.')).toEqual(['Any government formed on this result will be illegitimate,']);
    expect(quoted('He added: ”By our estimate, no vote took place.”')).toEqual(['By our estimate, no vote took place.']);
    expect(quoted('″We’ve been put on hold,″ said Jeff Musto, who bought a 55″ TV.')).toEqual(['We’ve been put on hold,']);
    expect(quoted('A 55″ TV and a 40″ one.')).toEqual([]);
  });

  it('marks a quote that runs on into the next paragraph', () => {
    const spans = findQuoteSpans('“The first part of a long remark goes on');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.runsOn).toBe(true);
  });

  it('opens a straight quote typed with a space inside the mark', () => {
    expect(quoted('The captain told reporters " it was not our day" and left.')).toEqual(['it was not our day']);
    expect(quoted('" We kept going to the end", said the coach.')).toEqual(['We kept going to the end']);
  });

  it('reads typewriter quotes from old wire archives', () => {
    expect(quoted("One scientist called it ``quite a find.'' Others agreed.")).toEqual(['quite a find.']);
    expect(quoted('A colleague said ``it is a first.\u2033')).toEqual(['it is a first.']);
  });
});
