// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';

// Quoted titles of programmes, papers and films that sit inside someone's report. Invented for each case.

const read = (paragraphs: string[]): string[] => findQuotes(paragraphs).map((q) => `${q.kind}/${q.speaker?.name ?? '-'}`);

describe('titles inside a report', () => {
  it('reads the programme or paper someone spoke to as a title', () => {
    expect(read(['“We will tour again,” singer Mara Quill told “Morning Live.” “I miss the road.”'])).toEqual(['speech/Mara Quill', 'headline/-', 'speech/Mara Quill']);
    expect(read(['“The decision is his,” Trade Secretary Owen Hale said on CBS’s “Face the Week.”'])).toEqual(['speech/Owen Hale', 'headline/-']);
  });

  it('reads a film named before its trailer or after its genre as a title', () => {
    expect(read(['Fans praised the “Monsoon” trailer on Monday.', 'Actor Ravi Sen, who stars in the period drama “Raja”, says he is nervous.'])).toEqual(['headline/-', 'headline/-']);
  });

  it('still gives the next paragraph’s remark to whoever told the paper', () => {
    const text = [
      'Her family told the ‘Courier’ their grandmother could not move after the fall.',
      '“She was in so much pain that she did not want anyone to touch her.”',
    ];
    expect(read(text)).toEqual(['headline/-', 'speech/Her family']);
  });
});
