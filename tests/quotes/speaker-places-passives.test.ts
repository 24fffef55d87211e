// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { names, speakers } from './read-speakers';
import { isPlausibleSpeaker } from '../../lib/quotes/plausible';

// Places taken for people, and attributions in forms the cues missed. Written fresh for each mechanism.

describe('a station, a shoal or a hill after a preposition of place is nobody', () => {
  it('gives "He said:" to the spokesman, not to the junction or hill named in between', () => {
    const text = [
      'A Northline spokeswoman said a train at Hayward Junction had struck debris on the line.',
      'Delays continued on Monday, the spokeswoman said, after a lorry hit the bridge at Fenwick Hill.',
      'She said: “We are sorry for the disruption to journeys this morning.”',
    ];
    expect(names(text)).toEqual([]);
    expect(speakers(text)).toEqual(['Northline']);
  });

  it('still knows a person whose surname is a place word when no preposition of place comes before', () => {
    const text = [
      'Police are investigating the murder of Dara Green, a nine-year-old, on Sunday.',
      'Survey teams searched the eastern edge of Grady Shoals for the wreck.',
      'Detective Inspector Mark Hill said: “We will find whoever did this.”',
    ];
    expect(names(text)).toEqual(['Dara Green', 'Mark Hill']);
    expect(speakers(text)).toEqual(['Mark Hill']);
  });
});

describe('“…,” NAME, ROLE, was quoted in a release', () => {
  it('gives the quote to the person quoted, past an appositive', () => {
    const text = [
      'The whale was seen off the coast on Friday.',
      '“I could not believe what I was seeing,” Ines Kovač, a research scientist at the Harbour Institute, was quoted in a release.',
    ];
    expect(speakers(text)).toEqual(['Ines Kovač']);
  });

  it('and with no appositive', () => {
    const text = ['“Nothing prepared us for this,” Tomasz Wilk was quoted by the agency.'];
    expect(speakers(text)).toEqual(['Tomasz Wilk']);
  });
});

describe('verbs of telling after a quote, and a capital as a surname', () => {
  it('reads "…,” shared her oldest grandchild, NAME" and "…,” NAME beamed"', () => {
    const text = [
      'Ruth Oduya turned 100 on Saturday.',
      '“She still tends her garden every day,” shared her oldest grandchild, Mara Kellerman.',
      '“I never expected a party,” Ruth Oduya beamed.',
    ];
    expect(speakers(text)).toEqual(['Mara Kellerman', 'Ruth Oduya']);
  });

  it('keeps "Washington" as the surname after a first name', () => {
    const text = [
      '“Nobody asked us,” said resident Dolores Washington.',
      '“Why are you not listening to the people?” said Washington.',
    ];
    expect(names(text)).toEqual(['Dolores Washington']);
    expect(speakers(text)).toEqual(['Dolores Washington', 'Dolores Washington']);
  });
});

describe('a place with words that describe it', () => {
  it('is no person, so "he" goes back to the spokesman; a body named by a noun and a place still is one', () => {
    const text = [
      'NEW DELHI: Calling Occupied Kashmir an integral part of the country, the ministry on Thursday rejected the letter.',
      'Foreign Office spokesperson Imran Qadir told a briefing that talks were possible.',
      '"We cannot accept preconditions," he said.',
    ];
    expect(names(text)).toEqual(['Imran Qadir']);
    expect(speakers(text)).toEqual(['Imran Qadir']);
    expect(speakers(['The film drew funding, although the paper was told by Screen Perth the amount was “commercial-in-confidence”.'])).toEqual(['Screen Perth']);
  });
});

describe('an attribution closing the writer’s sentence after a fragment', () => {
  it('may say when and to whom after the verb', () => {
    expect(speakers(['Ford is spending $5 billion to "lead the market" in electric trucks by 2027, chief executive Dana Kole announced on Tuesday.'])).toEqual(['Dana Kole']);
    expect(speakers(['It is "deeply regrettable" that the talks stalled, chief Cabinet spokesman Kenji Mori told reporters.'])).toEqual(['Kenji Mori']);
    expect(speakers(['The recovery was ‘very steady’, Ines Falk said, arguing that the trend mattered more.'])).toEqual(['Ines Falk']);
  });

  it('may be "according to X" at its end, or "according to him" set off inside it', () => {
    expect(speakers(['The closure was "devastating" for the town, according to Rhona Vale, head of the local chamber.'])).toEqual(['Rhona Vale']);
    expect(speakers(['Rosa Imbali says the ruling party has been "looting" the state, according to her, since independence.'])).toEqual(['Rosa Imbali']);
  });

  it('or "According to him," opening the sentence before the quote', () => {
    const text = ['Senator Pablo Ruiz said the navy must stay.', 'According to him, Chile should keep working with its allies and “hold the line at the border.”'];
    expect(speakers(text)).toEqual(['Pablo Ruiz']);
  });

  it('but a speaker named right after the quote keeps it', () => {
    expect(speakers(['"This is the biggest crowd I have played to," Rourke, 29, said on stage, according to the broadcaster RTE.'])).toEqual(['Rourke']);
  });
});

describe('storms, ages and a nearer verb', () => {
  it('reads "“…,” 47-year-old housewife NAME sobbed" and skips a storm named like a person', () => {
    const text = [
      '"Please keep searching," 52-year-old farmer Rosalind Abejo sobbed.',
      'The mayor compared the damage to what the town faced after Hurricane Delia in 2009.',
      '"We have 200 homes under water," he said.',
    ];
    expect(names(text)).toEqual(['Rosalind Abejo']);
    expect(speakers(text)[0]).toBe('Rosalind Abejo');
    expect(speakers(text)[1]).not.toBe('Hurricane Delia');
  });

  it('gives the words to the speaker of the nearer verb, past an opening "according to" of another source', () => {
    expect(speakers(['Also according to AFP in Doha, Qatari Energy Minister Saad Kaabi said OPEC members were "satisfied" with prices.'])).toEqual(['Saad Kaabi']);
    expect(speakers(['The petition has 2,300 names, according to the Parents’ Association, which said it was "bitterly disappointed".'])).toEqual(['Parents’ Association']);
  });
});

describe('datelines, participles, beaches and compatriots', () => {
  it('never makes a dateline in capitals or a participle opening a sentence a speaker', () => {
    expect(isPlausibleSpeaker({ name: 'MANILA', title: null }, 'MANILA, Philippines (AP) — The president said …')).toBe(false);
    expect(isPlausibleSpeaker({ name: 'Described', title: null }, 'Described as a “timely commentary”, it tells …')).toBe(false);
    expect(isPlausibleSpeaker({ name: 'NATO', title: null }, 'NATO said …')).toBe(true);
  });

  it('reads a beach after "of" as a place, so "she said" finds nobody there', () => {
    expect(names(['Rather than lounge on the white sands of Haeundae Beach, she played a free gig.'])).toEqual([]);
  });

  it('reads "Countrywoman" as a title', () => {
    expect(speakers(['“Am very grateful,” said Countrywoman Ruth Chebet.'])).toEqual(['Ruth Chebet']);
  });
});
