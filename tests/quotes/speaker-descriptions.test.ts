// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speakers } from './read-speakers';

// Each case is written fresh for the mechanism it checks: none is taken from a labelled article.

describe('descriptions that point back to a person', () => {
  it('finds "the 47-year-old" by the age the story gave a name', () => {
    const text = [
      'Harbour pilot Colm Reddy, 47, was on the bridge when the ferry lost power.',
      'Deckhand Anna Byrne said the crew had stayed calm.',
      '"We had about a minute to decide," the 47-year-old said.',
    ];
    expect(speakers(text)).toEqual(['Colm Reddy']);
  });

  it('finds "the 47-year-old" through a role the age was given to', () => {
    const text = [
      'Novelist Ines Varga has spoken about her years in hiding.',
      'The author, 47, who wrote about the cellist Petra Novak in her first book, said the move had been hard.',
      '"I had to learn to breathe again," the 47-year-old said.',
    ];
    expect(speakers(text)).toEqual(['Ines Varga']);
  });

  it('takes the person a role subject stands for before a name in the object', () => {
    const text = [
      'Singer Lola Brandt has cancelled her summer tour.',
      'The musician, who toured with guitarist Lena Holm for ten years, blamed exhaustion.',
      '"I need rest," the star said.',
    ];
    expect(speakers(text)).toEqual(['Lola Brandt']);
  });

  it('learns no pronoun for a name that is the object of a "whom she" clause', () => {
    const text = [
      'Her memoir also describes her marriage to drummer Rob Keane, whom she met in 1990.',
      'Keane, now 60, lives in Spain. In a statement through his label, he said he was "at peace".',
    ];
    expect(speakers(text)).toEqual(['Rob Keane']);
  });
});

describe('unnamed sources and titles as role nouns', () => {
  it('knows an unnamed MP, and "the MP" later', () => {
    const text = [
      'Home Secretary Alan Briggs defended the bill on Monday.',
      'One Tory MP who opposed the plan said the whips had been "strangely quiet".',
      '"That will not last," the MP said.',
    ];
    expect(speakers(text)).toEqual(['Tory MP', 'Tory MP']);
  });

  it('reads a title in capitals after "the" as a role ("The CFO said")', () => {
    const text = ['Chief Financial Officer Dana Price joined the call.', 'Analyst Leo Marsh asked about margins.', 'The CFO said margins would "recover by spring".'];
    expect(speakers(text)).toEqual(['Dana Price']);
  });

  it('counts a cabinet secretary as "the minister"', () => {
    const text = ['The health secretary, Nina Ford, spoke on Sunday.', 'Asked about the strike, the minister said: "We will talk."'];
    expect(speakers(text)).toEqual(['Nina Ford']);
  });

  it('does not read an unnamed "minister" into "the prime minister’s spokesperson"', () => {
    const text = [
      'The prime minister’s official spokesperson said the bill was "the right plan".',
      '"There is no question of pausing it," the spokesperson said.',
      'One minister, speaking privately, said: "There will be movement."',
    ];
    expect(speakers(text)).toEqual(['spokesperson for the prime minister', 'spokesperson for the prime minister', 'minister']);
  });

  it('knows someone by whose relative they are, and "she" after them', () => {
    const text = [
      'The driver, a man in his 40s, was fined on Tuesday.',
      "The boy's grandmother said the fine was not enough.",
      '"He will be back behind the wheel within a year," she said.',
    ];
    expect(speakers(text)).toEqual(["boy's grandmother"]);
  });

  it('reads an unnamed source set in capitals at the start of a story', () => {
    const text = [
      'A WOMAN has spoken of a two-year wait for a hip operation.',
      'She was referred to a surgeon at Ysgol Newydd, Rhyl in March.',
      'The woman said: "Nobody at the hospital will give me a date."',
    ];
    expect(speakers(text)).toEqual(['woman']);
  });
});
