// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speakers } from './read-speakers';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { narration } from '../../lib/quotes/narration';
import { fullOrganisation } from '../../lib/quotes/organisations';
import { parseNamePhrase } from '../../lib/quotes/names';
import { subjectBefore } from '../../lib/quotes/subject';
import { sentenceSubject } from '../../lib/quotes/sentence-subject';
import { unnamedSources } from '../../lib/quotes/unnamed';

// Each case is written fresh for the mechanism it checks: none is taken from a labelled article.
const kinds = (paragraphs: string[]): string[] => findQuotes(paragraphs).map((q) => q.kind);

describe('looking back for "he" reads only the writer’s words', () => {
  it('blanks quoted words out, keeping offsets', () => {
    const text = '“Well, Grant was right,” Hale said.';
    expect(narration(text)).toHaveLength(text.length);
    expect(narration(text)).not.toContain('Grant');
    expect(narration(text)).toContain('Hale said.');
  });

  it('does not take a capitalised word inside a quote for the antecedent', () => {
    expect(speakers(['“Honestly, Grant had it coming,” Ivo Hale said.', 'Asked about the fine, he shrugged. “Rules are rules,” he said.'])).toEqual(['Ivo Hale', 'Ivo Hale']);
  });

  it('skips a sentence whose subject is a pronoun: it is still about the same person', () => {
    expect(speakers(['Nadia Kerr, who has led the firm since 2015, said sales fell. She said the slump would force Orla Byrne to cut jobs.', '“We have no choice,” she said.'])).toEqual(['Nadia Kerr']);
  });
});

describe('the subject of a speech verb', () => {
  it('skips an age and a relative clause set off by commas', () => {
    expect(subjectBefore('Fenwick, 28, who joined in the summer, said', 'Fenwick, 28, who joined in the summer, '.length)).toBe('Fenwick');
  });

  it('skips auxiliaries and adverbs between subject and verb', () => {
    const head = 'The regulator, Ofcom, has previously said';
    expect(subjectBefore(head, head.indexOf('said'))).toBe('Ofcom');
  });

  it('takes the nearest indefinite noun phrase as an unnamed source', () => {
    const head = 'a ruling one court official dismissed';
    expect(subjectBefore(head, head.indexOf('dismissed'))).toBe('one court official');
    expect(subjectBefore('A person close to the board said', 'A person close to the board '.length)).toBe('a person close to the board');
  });

  it('drops a dateline and takes the name set off after a role', () => {
    expect(sentenceSubject('LISBON — Portugal agreed')).toBe('Portugal');
    expect(sentenceSubject('Her Spanish counterpart, Luis del Campo, told reporters')).toBe('Her Spanish counterpart Luis del Campo');
  });
});

describe('names, descriptions and organisations', () => {
  it('an unnamed source is named by their description without the article', () => {
    expect(parseNamePhrase('one senior banker')).toMatchObject({ name: 'senior banker', title: null, unnamed: true });
    expect(parseNamePhrase('a person familiar with the talks')?.name).toBe('person familiar with the talks');
    expect(unnamedSources('A senior port official, speaking privately, said so.')).toEqual([{ name: 'senior port official', title: null }]);
    expect(unnamedSources('A spokesperson for Northvale Police said so.')).toEqual([{ name: 'Northvale Police', title: 'spokesperson' }]);
  });

  it('a spokesperson still speaks for the body they represent', () => {
    expect(parseNamePhrase('a police spokesman')).toMatchObject({ name: 'police', title: 'spokesman', collective: true });
    expect(parseNamePhrase('A Reuters spokesperson')?.name).toBe('Reuters');
  });

  it('keeps joining words and particles inside names, and role words out', () => {
    expect(parseNamePhrase('Bureau of Land Management')).toMatchObject({ name: 'Bureau of Land Management', collective: true });
    expect(parseNamePhrase('the defence minister Piet de Vries')?.name).toBe('Piet de Vries');
    expect(parseNamePhrase('Port Commissioner Ana Silva')).toMatchObject({ name: 'Ana Silva', title: 'Port Commissioner' });
  });

  it('a definite description is a role to resolve, not a name', () => {
    expect(parseNamePhrase('the 22-year-old')?.role).toBe('the 22-year-old');
  });

  it('an organisation’s short form expands to its fullest name', () => {
    const paragraphs = ['Harlow Biotech said its trial failed.', 'Kestrel Freight Group cut jobs.', 'A Brightwave executive resigned.'];
    expect(fullOrganisation('Harlow', paragraphs)).toBe('Harlow Biotech');
    expect(fullOrganisation('Kestrel', paragraphs)).toBe('Kestrel Freight Group');
    expect(fullOrganisation('Brightwave', paragraphs)).toBe('Brightwave');
    expect(fullOrganisation('Harlow Biotech', paragraphs)).toBe('Harlow Biotech');
  });
});

describe('attribution end to end', () => {
  it('"the company/union said" is the organisation named just before, in full', () => {
    expect(speakers(['Kestrel Freight Group faces a strike.', 'Kestrel has denied any breach. “We followed the law,” the company said.'])).toEqual(['Kestrel Freight Group']);
    expect(speakers(['The Northern Nurses Union, which represents 40,000 staff, rejected the offer. “It is an insult,” the union said.'])).toEqual(['Northern Nurses Union']);
    expect(speakers(['Harlow Biotech said its trial had failed. “We will review the data,” the firm said.'])).toEqual(['Harlow Biotech']);
  });

  it('"the official said" goes back to the unnamed official introduced before', () => {
    expect(speakers(['A senior port official, speaking on condition of anonymity, said talks had stalled. “Nobody is moving,” the official said.'])).toEqual(['senior port official']);
  });

  it('"the 22-year-old said" is the person the sentence before was about', () => {
    expect(speakers(['Goalkeeper Sam Reed made six saves.', 'Reed was calm afterwards. “We rode our luck,” the 22-year-old admitted.'])).toEqual(['Sam Reed']);
  });

  it('a participle’s own subject, a passive "was quoted as saying", "as X put it", "in the words of its …"', () => {
    expect(speakers(['LISBON — Portugal and Spain clashed, with Madrid warning of “grave consequences” and Lisbon calling the plan “unlawful”.'])).toEqual(['Madrid', 'Lisbon']);
    expect(speakers(['In Oslo, fisheries minister Kari Dahl was quoted by the NTB agency as saying that Norway «will not yield».'])).toEqual(['Kari Dahl']);
    expect(speakers(['As one former Tesco manager put it, “The shelves were empty for weeks.”'])).toEqual(['former Tesco manager']);
    expect(speakers(['Brightwave sold its stake.', 'Last year the firm was, in the words of its own brochure, “the safest bet in town.”'])).toEqual(['Brightwave']);
  });

  it('title words stay out of the name, and the fullest name is used later', () => {
    const qs = findQuotes(['“We act first,” Port Commissioner Ana Silva said.', 'Silva told reporters she hoped to reopen “within a week”.']);
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.title])).toEqual([['Ana Silva', 'Port Commissioner'], ['Ana Silva', 'Port Commissioner']]);
  });

  it('front pages are display text and a word talked about as a word is held at arm’s length', () => {
    expect(kinds(['The Morning Star’s front page read “Victory at last”, which the minister, Jo Bell, called “premature”.'])).toEqual(['headline', 'speech']);
    expect(kinds(['Anna Virtanen said „Sisu“ is a word every Finn knows.'])).toEqual(['scare']);
  });
});

describe('titles, pronouns and the shape of an attribution', () => {
  it('a civic or academic title before a name is the title, not part of the name', () => {
    const qs = findQuotes(['“The bridge can wait,” said Alderman Petra Voss, who chairs the roads panel.', '“Not this year,” Prof Idris Kamal told the meeting.']);
    expect(qs.map((q) => [q.speaker?.name, q.speaker?.title])).toEqual([['Petra Voss', 'Alderman'], ['Idris Kamal', 'Prof']]);
  });

  it('learns he/she from the text and gives each pronoun the latest person it fits', () => {
    const qs = findQuotes([
      'The bakery was opened by Lena Marsh, a former chemist, and Oskar Brandt, who is 70 and says he still rises “at four, every day”.',
      'Marsh ran the accounts from her kitchen. Brandt did the ovens.',
      '“We never planned to grow,” she said.',
      '“Bread does not care about plans,” he said.',
      'She rolls her eyes at this. She says he is “the stubbornest man in the county.”',
    ]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Oskar Brandt', 'Lena Marsh', 'Oskar Brandt', 'Lena Marsh']);
  });

  it('a courtesy title teaches the pronoun', () => {
    expect(speakers(['Mr Halloran met Ms Quigley.', 'Quigley left first. Halloran stayed for an hour.', 'Later the pair argued. “I was misquoted,” she said.'])).toEqual(['Quigley']);
  });

  it('a name with its appositive right after the quote, before the verb, is the speaker', () => {
    expect(speakers(['“Margins will not recover this year,” Ada Okoye, an economist at a Lagos bank, wrote in a note.'])).toEqual(['Ada Okoye']);
  });

  it('the verb of a relative clause belongs to the name it hangs on', () => {
    expect(speakers(['The panel is led by the novelist Ines Carvalho, who told reporters she would read ‘every page twice’.'])).toEqual(['Ines Carvalho']);
    expect(subjectBefore('Lena Marsh, a chemist who is 50 and says', 'Lena Marsh, a chemist who is 50 and '.length)).toBe('Lena Marsh');
    expect(subjectBefore('the East, which she says', 'the East, which she '.length)).toBe('she');
  });

  it('"according to a transcript" names a record of the words, not who spoke them', () => {
    expect(speakers(['Premier Tomas Ruud said the deal was «a fair price», according to a transcript released by his office.'])).toEqual(['Tomas Ruud']);
  });

  it('an unnamed source is the noun phrase, not where they were or what they took part in', () => {
    expect(speakers(['“It could fall apart,” a senior engineer involved in the design told reporters.'])).toEqual(['senior engineer']);
    expect(speakers(['A spokeswoman declined to comment beyond saying that “talks continue.”'])).toEqual(['spokeswoman']);
    expect(speakers(['One resident, who asked not to be named, said she had seen “three crashes this year.”'])).toEqual(['resident']);
  });

  it('"the official said" finds the unnamed source whose whole description was given, not an earlier one', () => {
    expect(speakers(['“Nothing is signed,” a senior official told reporters.', 'A Danish official in Geneva, who asked not to be identified, said the test was next week. “We will see,” the official said.'])).toEqual(['senior official', 'Danish official']);
  });
});

describe('works, terms and organisations', () => {
  it('a title-case phrase with no one said after it is the name of a work', () => {
    expect(kinds(['The season opens with ‘The Glass Harbour’, a drama about dockers.'])).toEqual(['headline']);
    expect(kinds(['She is known to radio listeners as ‘Aunt Dot’ from the serial ‘Weeping Willows’.'])).toEqual(['scare', 'headline']);
  });

  it('a present-tense naming used as a modifier is a term; a past "called" is a remark', () => {
    expect(kinds(['The retailer will expand what it calls “all-weather” ranges such as rainwear.'])).toEqual(['scare']);
    expect(speakers(['Its distributor, Corvid Films, pulled the film, citing what it called ‘a scheduling conflict’.'])).toEqual(['Corvid Films']);
  });

  it('"the statement said" after "The company said" is the company the article is about', () => {
    const paragraphs = [
      'Shares of Tarn Valley Group fell 8% after Tarn Valley cut its forecast.',
      'Tarn Valley reported a loss. Ola Berg, an analyst at Kite Ridge Securities, said the cut was overdue.',
      'The company said in a statement that it would close two depots. “We are acting decisively,” the statement said.',
    ];
    expect(speakers(paragraphs)).toEqual(['Tarn Valley Group']);
  });

  it('"the firm said" is the organisation named before those words, not one named after them', () => {
    expect(speakers(['Tarn Valley Group faces an activist, Moss Lane Partners.', 'Moss Lane did not comment. In a letter, the firm said Tarn Valley had “lost its way”.'])).toEqual(['Moss Lane Partners']);
  });

  it('a long organisation name with joining words inside is one name', () => {
    expect(parseNamePhrase('The Office for Rail and Road Safety Standards')).toMatchObject({ name: 'Office for Rail and Road Safety Standards', collective: true });
  });
});

describe('one remark across its attribution', () => {
  it('“A,” X said. “B.” is one remark with two parts; a second quote with its own attribution is not', () => {
    const one = findQuotes(['“The roof held,” Nell Price told the inquiry on Tuesday. “The walls did not.”']);
    expect(one.map((q) => [q.text, q.speaker?.name, q.parts?.length])).toEqual([['The roof held, … The walls did not.', 'Nell Price', 2]]);
    const two = findQuotes(['“The roof held,” Nell Price said. “The walls did not,” Amir Sayed replied.']);
    expect(two.map((q) => q.speaker?.name)).toEqual(['Nell Price', 'Amir Sayed']);
  });
});
