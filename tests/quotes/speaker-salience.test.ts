// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { speakers } from './read-speakers';

// The last resort for remarks no cue attributes: whoever the story is about at that point.

describe('remarks with no cue of their own', () => {
  it('gives a bare remark to the person the paragraph before is about', () => {
    const text = [
      'Harbour board chair Lena Marsh opened the meeting at nine.',
      'She turned straight to the dredging budget.',
      '"We cannot keep patching the same channel every winter and calling it a plan.',
    ];
    expect(speakers(text)).toEqual(['Lena Marsh']);
  });

  it('gives a fragment inside the writer’s sentence to the person that sentence is about', () => {
    const text = ['Cairo: Trade envoy Omar Haddad on Monday conveyed to Foreign Minister Li Wen that the talks were "stalled" and beset by "problems that will not wait for another round".'];
    expect(speakers(text)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });

  it('does not make a speaker of a place named in the sentence', () => {
    const text = ['The plan had Lisbon on board and promised "a corridor for every town along the coast".'];
    expect(speakers(text)).toEqual(['-']);
  });

  it('gives a fragment to the group or body its sentence is about', () => {
    const text = ['Fighting spread through the north of the city overnight.', 'Witnesses reported "heavy shelling" near the airport.'];
    expect(speakers(text)).toEqual(['Witnesses']);
  });

  it('reads the subject of a wire sentence with a weekday after the name', () => {
    const text = ['Addressing staff after contact with Surya-3’s Tara Probe was lost, Prime Minister Ravi Menon Saturday said the "country is proud of you".'];
    expect(speakers(text)).toEqual(['Ravi Menon']);
  });

  it('reads a short cry, question or sentence as somebody’s words, not a term at arm’s length', () => {
    const text = [
      'Coach Dana Whitlock watched the last lap from the fence.',
      '“Come on!” The runners did not hear her. “What happened?” The timing board had failed. “This is crazy,”',
    ];
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.kind)).toEqual(['speech', 'speech', 'speech']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dana Whitlock', 'Dana Whitlock', 'Dana Whitlock']);
  });

  it('gives a term to the person who says its words in full later, but keeps a so-called term a term', () => {
    const text = [
      "Daniel Okafor - dubbed 'a gentle giant on the pitch' - died on Friday.",
      'His sister Ruth Okafor said: “He was loud, he was kind, and he was a gentle giant on the pitch.”',
      'The club backed a so-called “fair play for all” charter.',
      '“We need fair play for all, not just some,” said coach Ian Wells.',
    ];
    const kinds = findQuotes(text).map((q) => `${q.kind}/${q.speaker?.name ?? '-'}`);
    expect(kinds).toEqual(['speech/Ruth Okafor', 'speech/Ruth Okafor', 'scare/-', 'speech/Ian Wells']);
  });

  it('keeps a short term with a comma inside the marks a scare quote', () => {
    const quotes = findQuotes(['Economists call it the “Galapagos syndrome,” a market cut off from the world.']);
    expect(quotes.map((q) => q.kind)).toEqual(['scare']);
  });
});
