// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { names, speakers } from './read-speakers';

// Patterns seen on real news pages. Each case is written fresh for its mechanism, not copied from a page.

describe('habits of real pages', () => {
  it('gives "the prime minister" to the holder of that whole role, not to a minister named nearer', () => {
    const text = [
      'Prime Minister Anan Wongsa met reporters on Friday.',
      'Also at the lunch were Deputy Prime Minister Chai Boonma and Energy Minister Somchai Rattana.',
      'Asked about the election, the prime minister replied: "The people will decide."',
    ];
    expect(speakers(text)).toEqual(['Anan Wongsa']);
  });

  it('pairs a straight opening mark with a curly closing one', () => {
    const text = ['"Comets are leftovers from the early solar system,” explained Marta Quill, an astronomer.'];
    expect(speakers(text)).toEqual(['Marta Quill']);
  });

  it('does not take "Mr X said it was" for an organisation', () => {
    const text = ['Dan Whitley, a porter at the hospital, joined the strike.', 'The target is 95%, and Mr Whitley said it was "nowhere near".'];
    expect(speakers(text)).toEqual(['Dan Whitley']);
  });

  it('reads an Irish office before a name as a title', () => {
    const text = ['Taoiseach Aine Boland said the plan was "a fair one".'];
    expect(speakers(text)).toEqual(['Aine Boland']);
  });

  it('finds the subject after a participle clause with commas of its own', () => {
    const text = ['Citing talks with Abe Lind, Carla Diaz and Tom Wu, Ruth Okoro called for calm.', '"We cannot wait," she said.'];
    expect(speakers(text)).toEqual(['Ruth Okoro']);
  });

  it('gives "he said" to the last speaker when the sentence between only lists people', () => {
    const text = [
      'Captain Arjun Mehra admitted the batting had failed.',
      '"We lost it in the first hour," he said.',
      'Apart from Ravi Sood (41), Dev Kapoor (22) and Imran Qazi (15), nobody reached double figures.',
      '"We have to be braver next week," he said.',
    ];
    expect(speakers(text)).toEqual(['Arjun Mehra', 'Arjun Mehra']);
  });
});

describe('names as real pages write them', () => {
  it('reads a capitalised occupation opening a sentence as a title, not a first name', () => {
    const text = ['Playwright Dana Okafor, who opens a new show this week, said she was "terrified and thrilled".', '"It is the best thing I have written," Okafor said.'];
    expect(speakers(text)).toEqual(['Dana Okafor', 'Dana Okafor']);
  });

  it('reads a title word after a first name as a surname, and finds the person by it alone', () => {
    const text = [
      'The ministers met in Ottawa on Monday.',
      '"We talked about trade," said Nova Scotia Premier Carol Bishop at an Ottawa news conference.',
      '"And we will talk again," said Bishop.',
    ];
    expect(speakers(text)).toEqual(['Carol Bishop', 'Carol Bishop']);
  });

  it('knows a double surname written with a hyphen or a space as one person', () => {
    const text = ['Trade minister Kofi Mensah Boateng spoke in Accra.', 'Mensah-Boateng said: "Exports are recovering."'];
    expect(speakers(text)).toEqual(['Kofi Mensah Boateng']);
  });

  it('does not make a person of a thing named after "The" opening a sentence', () => {
    const text = [
      'Finance minister Kwame Owusu addressed traders on Monday.',
      'The Kwacha continues to slide against the dollar.',
      'However, the Finance Minister is sure the weak Kwacha will recover. He stressed the reserves were strong.',
      '"We have seen worse and come back," he said.',
    ];
    expect(speakers(text)).toEqual(['Kwame Owusu']);
  });

  it('knows a family name printed in capitals by its ordinary spelling later', () => {
    const text = ['Finance Minister SATO Kenji spoke after the vote.', '"We will review the budget," Sato said.'];
    expect(speakers(text)).toEqual(['SATO Kenji']);
  });

  it('keeps a titled name a person when "said it would" follows it', () => {
    const text = ['Army chief Nattapong Srisuk met editors.', 'Gen Nattapong said it would be up to voters. "I will not stand."'];
    expect(speakers(text)).toEqual(['Nattapong Srisuk']);
  });

  it('ends a name at the day the wire copy puts after it', () => {
    const text = ['Prime Minister Arun Desai Saturday said the country was "behind you all the way".', 'Desai added: "We will try again next year."'];
    expect(speakers(text)).toEqual(['Arun Desai', 'Arun Desai']);
  });

  it('gives a surname shared by a family to the relative the paragraph named, then to the one quoted most', () => {
    const text = [
      'In May, Tomas Berzins, 19, was killed in a crash on the ring road.',
      'His father, Andris Berzins, wants the junction closed. "Nobody should lose a son there," said Berzins.',
      'Berzins said the family would go to the council meeting. "We will keep asking until they act."',
    ];
    expect(speakers(text)).toEqual(['Andris Berzins', 'Andris Berzins']);
  });

  it('keeps "White" as a surname after a title and a first name', () => {
    expect(speakers(['He "scared the whole street," Chief Ann White said.'])).toEqual(['Ann White']);
  });

  it('reads "Garda" before a name as a rank', () => {
    expect(speakers(['Garda Niall Roche said he was "never asked".'])).toEqual(['Niall Roche']);
  });

  it('does not take a dateline in capitals for a person', () => {
    expect(names(['LOS ANGELES, May 2, (Agencies): Lia Moss will headline the festival, the singer announced.'])).toEqual(['Lia Moss']);
  });

  it('takes a church’s "Ministries" for a body, not a person', () => {
    const text = ['Pastor Dale Hunt of Grace Life Ministries said members were "shaken".'];
    expect(speakers(text)).toEqual(['Dale Hunt']);
  });

  it('knows a name by straight and curly apostrophes alike, and without its initials', () => {
    const text = [
      "Inspector Sean O'Dwyer and MLA RK Mohan Das both spoke.",
      '"It was late," Insp O’Dwyer said.',
      '"It was avoidable," said Mr. Mohan Das.',
    ];
    expect(speakers(text)).toEqual(["Sean O'Dwyer", 'RK Mohan Das']);
  });
});

describe('offices shortened and datelines with a colon', () => {
  it('reads "the EAM" as the holder of an External Affairs Minister title', () => {
    const text = ['External Affairs Minister Priya Nair met her counterpart on Thursday.', 'Speaking later, the EAM said: "We talked for an hour."'];
    expect(speakers(text)).toEqual(['Priya Nair']);
  });

  it('does not take a body’s letters for the initials of a lawyer’s title', () => {
    const text = ['Federal Trade Commission lawyer Dan Moss questioned him.', 'The FTC argues it is a monopoly in what it calls "social networking".'];
    // (The body, by the fullest name the story gives it: the letters are its initials.)
    expect(speakers(text)).toEqual(['Federal Trade Commission']);
  });

  it('does not take a place and a colon opening a paragraph for a person', () => {
    expect(names(['Kuala Lumpur: Finance Minister Ravi Doss on Monday called the deal "abnormal".'])).toEqual(['Ravi Doss']);
  });
});
