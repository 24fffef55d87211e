// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { names, speakers } from './read-speakers';
import { sentenceBounds } from '../../lib/quotes/sentences';

// Each case is written fresh for the mechanism it checks: none is taken from a labelled article.

describe('people who share a name', () => {
  it('tells a mother and son apart by first name and by courtesy title', () => {
    const text = [
      'The shop is run by Agnes Moreau, 70, and her son, Luc Moreau, 44.',
      '“We open at six,” Agnes said.',
      '“She opens at six. I open at seven,” Luc said.',
      'Mrs Moreau laughed. “He is always late,” she said.',
    ];
    expect(speakers(text)).toEqual(['Agnes Moreau', 'Luc Moreau', 'Agnes Moreau']);
  });

  it('gives a spouse named by first name the family name, and finds "her husband" later', () => {
    const text = [
      'Rosa Ibarra runs the stall. Her husband, Tomas, drives the van.',
      '“We have never missed a Saturday,” Rosa said.',
      'Her husband said he had “never once been asked to stay home”.',
    ];
    expect(names(text)).toEqual(['Rosa Ibarra', 'Tomas Ibarra']);
    expect(speakers(text)).toEqual(['Rosa Ibarra', 'Tomas Ibarra']);
  });

  it('drops post-nominals and reads names led by initials', () => {
    expect(names(['Counsel Miriam Achebe KC questioned P. K. Raghavan, the engineer, for an hour.'])).toEqual(['Miriam Achebe', 'P. K. Raghavan']);
  });

  it('does not take a place, a club or a party tag for a person', () => {
    expect(names(['Work began in Dundee, the council said, and Sen. Ada Hollis, D-Vt., spoke for Carlton Rovers fans.'])).toEqual(['Ada Hollis']);
  });
});

describe('a sentence end is not every full stop', () => {
  it('keeps "Sen." and an initial inside the sentence', () => {
    const text = 'Sen. Ada Hollis and J. Ortiz spoke. Then they left.';
    expect(sentenceBounds(text, 4)).toEqual([0, 35]);
  });
});

describe('speakers from the words around an uncued quote', () => {
  it('takes the person whose words the sentence before reported', () => {
    expect(speakers(['Ines Alvarado says the depot will close in May. “It breaks my heart.”'])).toEqual(['Ines Alvarado']);
  });

  it('takes the subject of a clause that ends in a colon, whatever its verb', () => {
    expect(speakers(['Veteran trainer Colm Dwyer shrugged: “Horses don’t read the form.”'])).toEqual(['Colm Dwyer']);
  });

  it('reads a role as the subject of the sentence before a pronoun', () => {
    const text = ['District judge Helen Marsh heard the case. Prosecutor Adam Fry asked for a ban.', 'The judge said she had read the reports. “This was reckless,” she said.'];
    expect(speakers(text)).toEqual(['Helen Marsh']);
  });

  it('gives a bare quote in an exchange of short turns to the other party', () => {
    const text = [
      'Nell Quinn and Otto Brandt have argued about the menu for a decade.',
      '“Soup,” Nell said.',
      '“Salad,” Otto said.',
      '“Soup, every time.”',
    ];
    expect(speakers(text)).toEqual(['Nell Quinn', 'Otto Brandt', 'Nell Quinn']);
  });

  it('names the speaker of a quote that opens the story from the sentence after it', () => {
    expect(speakers(['“We were simply too slow.” That was how Petra Lind, the chief executive, summed it up on Monday.'])).toEqual(['Petra Lind']);
  });

  it('gives a translation to whoever spoke the original', () => {
    expect(speakers(['„Wir schaffen das“, Greta Vogel told the paper. Translated: “We will manage it.”'])).toEqual(['Greta Vogel', 'Greta Vogel']);
  });
});

describe('organisations and groups', () => {
  it('lets a spokesperson speak for the body, named or named before', () => {
    const text = [
      'A spokesperson for Harrow Water said the pipe had been replaced. “Supplies are back to normal,” the spokesperson said.',
      'Delta Logistics owns the depot. A spokesman for the company said it would “review every contract”.',
    ];
    expect(speakers(text)).toEqual(['Harrow Water', 'Delta Logistics']);
  });

  it('lets a family speak as one', () => {
    expect(speakers(['In a statement, the Okafor family said: “We are heartbroken.”'])).toEqual(['Okafor family']);
  });

  it('gives "the statement said" to whoever issued the statement', () => {
    const text = ['Funding was confirmed in a statement issued by the Ministry of Health. “No clinic will close,” the statement said.'];
    expect(speakers(text)).toEqual(['Ministry of Health']);
  });
});

describe('names as the world writes them', () => {
  it('reads family-name-first names by how the story refers back', () => {
    const text = ['Transport Minister Tan Wei Ming and operator chief Goh Kian Seng spoke on Monday.', 'Mr Tan said the fine was fair. “Commuters deserve better,” he said.', 'Mr Goh said: “We accept it.”'];
    expect(speakers(text)).toEqual(['Tan Wei Ming', 'Goh Kian Seng']);
  });

  it('finds a family name before a hyphenated given name', () => {
    expect(speakers(['Lawmaker Chan Siu-fong backed the bill.', '“It is overdue,” Chan said.'])).toEqual(['Chan Siu-fong']);
  });

  it('knows an organisation by the letters it defines', () => {
    const text = ['The Food Standards Agency (FSA) issued a recall on Tuesday.', '“Do not eat the product,” the FSA said.'];
    expect(speakers(text)).toEqual(['Food Standards Agency']);
  });

  it('names a standing office by its holder', () => {
    expect(speakers(['The prime minister’s official spokesperson said the plan was “the right one”.'])).toEqual(['spokesperson for the prime minister']);
  });

  it('reads an attribution that closes the sentence after other words', () => {
    expect(speakers(['Rita Vale runs the shelter. The beds will go to “whoever needs them first,” starting tonight, she said.'])).toEqual(['Rita Vale']);
  });

  it('gives a participle after "X said," to X', () => {
    expect(speakers(['The firm will hire 200 people, Omar Haddad said, adding that training was “the hard part”.'])).toEqual(['Omar Haddad']);
  });

  it('reads "he" as the subject after an opening participle clause, not the person he derided', () => {
    const text = [
      'Ambassador Chen Wei has clashed with critics all week.',
      'Starting on Friday, he derided Bastien as a "small-time hoodlum" after Bastien complained about pressure on lawmakers.',
    ];
    expect(speakers(text)).toEqual(['Chen Wei']);
  });

  it('gives "he" after a sentence opening with a quote to whoever was quoted, not to a name in its aside', () => {
    const text = [
      'President Joseph Mwangi spoke in Eldoret on Sunday.',
      '“We have clashes in the north to deal with,” said the Head of State, adding that the government did not belong to him and Deputy President Samuel Kiptoo alone.',
      '“You cannot keep issuing threats,” he said.',
    ];
    expect(speakers(text)).toEqual(['Joseph Mwangi', 'Joseph Mwangi']);
  });

  it('gives "he" to the subject of a contrasting last clause, not to the sentence’s first subject', () => {
    const text = [
      'Opposition leader Rafael Okoye says he has the votes to take power from Prime Minister Daniel Mensah.',
      'Mensah has dismissed the claim as “a fantasy”, but the opposition leader urged him to step aside.',
      '“We have the numbers and the people behind us,” he told a press conference.',
      'Mensah said the vote was over. “We won,” he said.',
    ];
    expect(speakers(text).slice(1)).toEqual(['Rafael Okoye', 'Daniel Mensah']);
  });
});

