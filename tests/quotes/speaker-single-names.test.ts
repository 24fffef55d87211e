// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { names, speakers } from './read-speakers';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { isPlausibleSpeaker } from '../../lib/quotes/plausible';

// People known by one name, magazines that are not people, and titles that end in a full stop.
// Written fresh for each mechanism.

describe('one-name stars', () => {
  it('knows a word no dictionary holds before a speech verb opening a sentence as a person', () => {
    const text = [
      'As fans wait for Zaylee to release her album, the singer says she is still choosing songs.',
      '“My taste keeps changing,” she said in an interview for the spring issue of British Elle.',
      'Zaylee told the magazine she had never stopped recording.',
    ];
    expect(names(text)).toEqual(['Zaylee']);
    expect(speakers(text)).toEqual(['Zaylee']);
  });

  it('but not a plural noun for a group opening a sentence', () => {
    expect(names(['Assessors said the school was improving.'])).toEqual([]);
  });
});

describe('titles in American style', () => {
  it('reads a title of three words or more with its full stop inside the marks as display text', () => {
    const quotes = findQuotes(['Critics ranked it seventh on the list of “100 Greatest Albums of the 2010s.”']);
    expect(quotes.map((q) => q.kind)).toEqual(['headline']);
  });
});

describe('chants, shouts and slogans', () => {
  it('are the words of whoever the sentence is about', () => {
    expect(speakers(['Chanting slogans like ‘Give us water’, angry villagers blocked the main road.'])).toEqual(['Angry villagers']);
    expect(speakers(['At the last green, the crowd broke into chants of "Marco!"'])).toEqual(['crowd']);
    expect(speakers(['Supporters cried out "Victory!" as the results were read.'])).toEqual(['Supporters']);
  });
});

describe('a remark running on over paragraphs', () => {
  it('takes the attribution of its last paragraph over a guess from the paragraph before it', () => {
    const text = [
      'According to police spokesperson Captain Thabo Mokoena, the men were arrested on Sunday.',
      'According to preliminary police reports, the suspects assaulted two men.',
      '“It is alleged that the suspects picked up the men at their homes.',
      '“The vehicle used was confiscated,” Mokoena said.',
    ];
    expect(speakers(text)).toEqual(['Thabo Mokoena', 'Thabo Mokoena']);
  });
});

describe('two people the story never names one by one', () => {
  it('speak together as described ("the stunned pair"), not as the one of them described first', () => {
    const text = [
      'A retired Dunedin woman woke her husband to ask if she was dreaming after they won $5 million.',
      'The stunned pair said they "did not know what to do".',
      '"We just sat there holding hands."',
    ];
    expect(speakers(text)).toEqual(['stunned pair', 'stunned pair']);
  });
});

describe('verbs of blame', () => {
  it('give the fragment to whoever attributed or blamed', () => {
    expect(speakers(['Sasol attributed its falling output to the “structural constraint” of power cuts.'])).toEqual(['Sasol']);
  });
});

describe('titles of works named by what they are', () => {
  it('reads a title after "starrer", "star of" or "a single called" as display text', () => {
    const kinds = (t: string): string[] => findQuotes([t]).map((q) => q.kind);
    expect(kinds('Actor Ravi Mehra on Monday unveiled the trailer of the Sunil Arora starrer "Vijay 2".')).toEqual(['headline']);
    expect(kinds('Lena Ostrova, star of "Nordfjord," which debuted in 2012, appeared by video.')).toEqual(['headline']);
    expect(kinds('The band dropped a new single on Monday called “Ashes in the Harbour (Slow Version).”')).toEqual(['headline']);
  });
});

describe('groups described without an article, and more verbs of stance', () => {
  it('names a plural group with its modifiers as written', () => {
    expect(speakers(['Responding to objections, city planning officers said the scheme would have a “negligible impact” on traffic.'])).toEqual(['city planning officers']);
    expect(speakers(['People are drinking flood water, while aid workers speak of “grim” conditions.'])).toEqual(['aid workers']);
    expect(speakers(['During the talks, Japanese and Chinese officials reaffirmed their wish for “stable and constructive” ties.'])).toEqual(['Japanese and Chinese officials']);
  });

  it('gives a fragment to the subject of "revealed", "voiced", "flagged", but not of a passive "believed to be"', () => {
    expect(speakers(['Kim Dae-ho spoke on Monday.', 'He also revealed that the pact had been “completely normalised” with Japan.'])).toEqual(['Kim Dae-ho']);
    expect(speakers(['The Department of Justice said it had charged two men believed to be managers of the hub, and that those found liable "will face the full force of the law."'])).toEqual(['Department of Justice']);
  });
});

describe('families and described people as subjects', () => {
  it('gives "they wrote:" after "his family paid tribute" to the family, not to the man', () => {
    expect(speakers(['Dean Foyle, 32, died on Sunday.', 'Shortly after Dean died, his family paid a touching tribute to him.', 'In a statement, they wrote: “Our hearts were broken.”'])).toEqual(['family']);
  });

  it('reads "A policeman who objected to NAME being released branded …" as the policeman', () => {
    expect(speakers(['A policeman who objected to Colm Regan being released on bail branded the attack as ‘callous’.'])).toEqual(['policeman']);
  });
});

describe('a nationality alone', () => {
  it('is no plausible speaker, while a name that holds one is', () => {
    expect(isPlausibleSpeaker({ name: 'Swiss', title: null }, 'The Swiss said he was nervous.')).toBe(false);
    expect(isPlausibleSpeaker({ name: 'Asian', title: null }, 'Asian traders said so.')).toBe(false);
    expect(isPlausibleSpeaker({ name: 'Swiss Re', title: null }, 'Swiss Re said so.')).toBe(true);
  });
});

describe('a name given is no report', () => {
  it('reads "A customer, simply called Musa, told reporters that …" as Musa’s report for the quote that follows', () => {
    const text = ['Customers picketed banks in Lokoja on Wednesday.', 'A customer, simply called Musa, told reporters that the banks had refused to pay out.', '“We have been going from bank to bank without success.”'];
    expect(speakers(text)).toEqual(['Musa']);
  });

  it('knows a single name given after "identified himself as" or set off by commas after "a driver"', () => {
    const text = [
      'Another trader who identified himself simply as Tunde said, “The market floods every year.”',
      'A driver, Okoro, said the bad road had led to crashes.',
      '“This road has caused many accidents.',
      '“The bus had to slow down because of the potholes,” he said.',
      'Another motorist, Bayo, said the holes were filled with stones.',
      '“I avoid the road now,” he said.',
    ];
    expect(speakers(text)).toEqual(['Tunde', 'Okoro', 'Okoro', 'Bayo']);
  });
});
