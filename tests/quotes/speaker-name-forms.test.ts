// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speakers } from './read-speakers';

// The form a speaker's name takes when the story writes it more than one way. Invented for each case.

describe('a name written in another form later', () => {
  it('finds "Jr." and "Sr." names by their surname and keeps the full stop', () => {
    const text = [
      'Roberto Salcedo Jr. did not say what the city would do next.',
      '“We will not back down,” Salcedo wrote on Facebook.',
      'Former senator Alan Pike Sr said the vote was close. “It was a coin toss,” Pike said.',
    ];
    expect(speakers(text)).toEqual(['Roberto Salcedo Jr.', 'Alan Pike Sr']);
  });

  it('gives the words of a body’s website or statement to the body, not to a name ending in ’s', () => {
    const text = [
      'The Northern Licensing Authority said it would review the case.',
      'The Northern Licensing Authority’s website states: “Every venue must hold a current certificate.”',
      'Harlow Foods Ltd said sales fell. Harlow Foods’s statement said: “We expect a better year.”',
    ];
    expect(speakers(text)).toEqual(['Northern Licensing Authority', 'Harlow Foods']);
  });

  it('reads letters the story never defines as the body whose initials they are', () => {
    const text = [
      'Cabin crew at Western Atlantic Airways walked out on Monday.',
      'The WAA chairman met union leaders. The airline said it was flying “empty” planes to keep slots.',
      'The Ohio Department of Natural Resources was called. The Ohio DNR said it was “a rare sight”.',
    ];
    expect(speakers(text)).toEqual(['Western Atlantic Airways', 'Ohio Department of Natural Resources']);
  });

  it('takes no question verb or day opening a sentence for a given name', () => {
    const text = [
      '“We will reopen in May,” said council leader Mary Okafor.',
      'Does Okafor regret the closure? “No, I don’t,” she said.',
      'Saturday’s meeting will be as “short as the last,” said analyst Tom Reyes, adding that he expected members to be “unhappy with the figures.”',
    ];
    expect(speakers(text)).toEqual(['Mary Okafor', 'Mary Okafor', 'Tom Reyes', 'Tom Reyes']);
  });

  it('keeps a given name first when the story calls someone by both names alone', () => {
    const text = [
      'Dale Hendry started a petition for a crossing on his road.',
      '“It shows the city that people care,” says Hendry.',
      'Dale had to tell his neighbours the answer. “I think the city is wrong,” Dale said.',
    ];
    expect(speakers(text)).toEqual(['Dale Hendry', 'Dale Hendry']);
  });

  it('leaves a plural nationality before a list of names out of the first name', () => {
    const text = ['Ethiopians Dawit Bekele (2:07.40) and Tesfaye Abera took silver and bronze.', '“We ran together all the way,” Bekele said.'];
    expect(speakers(text)).toEqual(['Dawit Bekele']);
  });

  it('takes "Sen" after a given name for a surname, and "Sen." or "Sen" before a name for a title', () => {
    const text = ['Economist Amartya Sen said the plan was “a mistake”.', 'Sen Ralph Recto said it was “fine”.', '“We agree,” said Sen. Maria Lopez.'];
    expect(speakers(text)).toEqual(['Amartya Sen', 'Ralph Recto', 'Maria Lopez']);
  });

  it('keeps the family name "He" inside a sentence, while "He" opening one stays the pronoun', () => {
    const text = ['Commerce Ministry spokesman He Weidong said talk of progress was "futile".', 'He added: "There is no factual foundation."'];
    expect(speakers(text)).toEqual(['He Weidong', 'He Weidong']);
  });

  it('does not take a title’s letters for a body', () => {
    const text = ['Members of Middle Park Council met on Monday.', 'The MP said the plan was “a disgrace”.'];
    expect(speakers(text)).not.toContain('Middle Park Council');
  });
});
