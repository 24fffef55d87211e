// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { names, speakers } from './read-speakers';

// How a speaker's name is written out in full, and quotes that are titles. Written fresh for each mechanism.

describe('the fullest form of a name', () => {
  it('keeps two particles inside a name', () => {
    expect(names(['The Commission led by Ursula von der Leyen adds that the deal is “in everyone’s interest”.'])).toEqual(['Ursula von der Leyen']);
  });

  it('reads "-designate", "-elect", "Clr" and "Teammate" as titles', () => {
    const text = [
      'In her first press conference as Chancellor-designate, Greta Lindahl said the coalition would last.',
      '“We will work together,” Lindahl said.',
      '“I will be writing to the minister,” Clr Pat Boland said.',
      'Teammate Michael Dunne told him it was fine. “It is good to see,” Dunne said.',
    ];
    expect(names(text)).toEqual(['Greta Lindahl', 'Pat Boland', 'Michael Dunne']);
    expect(speakers(text)).toEqual(['Greta Lindahl', 'Pat Boland', 'Michael Dunne']);
  });

  it('leaves a portfolio after "and" out of the name', () => {
    const text = ['Ministers of Treasury and Finance Tomás Reyes and Luis Mora met investors. “There will be more inflation,” Reyes said.'];
    expect(names(text)).toEqual(['Tomás Reyes', 'Luis Mora']);
    expect(speakers(text)).toEqual(['Tomás Reyes']);
  });

  it('does not take a first name shared with someone else for a family name', () => {
    const text = [
      'Interior Minister Paul Okoro Nji warned on Tuesday that the vote was over.',
      'President Paul Biya has ruled since 1982. Paul Biya did not speak.',
      '“It is a non-event,” Okoro Nji told AFP.',
    ];
    expect(speakers(text)).toEqual(['Paul Okoro Nji']);
  });

  it('learns a full name with a title even from inside a quote', () => {
    const text = ['“I am proud to name our new chief,” said Mayor Lena Marsh, “Chief Michael Harlan.”', '“I am fully committed to this city,” Harlan said.'];
    expect(speakers(text)).toEqual(['Lena Marsh', 'Michael Harlan']);
  });
});

describe('descriptions and statements', () => {
  it('gives "she told" to the person a description is named as, not to the description', () => {
    const text = ['One such patient was Robyn Hale, who was due to have stitches removed.', 'She told the Gazette: “I didn’t even get told.”'];
    expect(speakers(text)).toEqual(['Robyn Hale']);
  });

  it('gives a statement that "read:" to whoever it is from', () => {
    const text = ['A statement from the actor’s agent read: ‘It is with deep regret that I announce his death.’'];
    expect(speakers(text)).toEqual(['actor’s agent']);
  });
});

describe('titles listed in quote marks', () => {
  it('reads three or more short capitalised quotes in a list as titles, with no speaker', () => {
    const text = ['The singer has ten albums to his name, among them ‘Effrakatta’, ‘Ultimutum’, ‘Abracadabra’ and ‘Sylvie’.'];
    expect(findQuotes(text).map((q) => q.kind)).toEqual(['headline', 'headline', 'headline', 'headline']);
  });

  it('leaves two quoted words in a sentence as they were', () => {
    const text = ['Critics called the plan “reckless” and “cruel”, Senator Ann Doyle said.'];
    expect(findQuotes(text).map((q) => q.kind)).toEqual(['speech', 'speech']);
  });
});
