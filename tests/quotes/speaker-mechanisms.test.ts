// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { narration } from '../../lib/quotes/narration';
import { fullOrganisation } from '../../lib/quotes/organisations';
import { parseNamePhrase } from '../../lib/quotes/names';
import { subjectBefore, sentenceSubject } from '../../lib/quotes/subject';
import { unnamedSources } from '../../lib/quotes/unnamed';

// Each case is written fresh for the mechanism it checks: none is taken from a labelled article.
const speakers = (paragraphs: string[]): string[] => findQuotes(paragraphs).map((q) => q.speaker?.name ?? '-');
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
    expect(unnamedSources('A senior port official, speaking privately, said so.')).toEqual(['senior port official']);
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
