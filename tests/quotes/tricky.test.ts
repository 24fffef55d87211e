// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { findQuoteSpans } from '../../lib/quotes/quote-spans';
import type { Quote } from '../../lib/quotes/types';

const quoted = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));
const brief = (q: Quote): [string, string, string] => [q.text, q.kind, q.speaker?.name ?? '-'];

describe('quote marks and their false friends', () => {
  it('reads guillemets both ways, low-high quotes and British single quotes around apostrophes', () => {
    expect(quoted('Il a dit «c’est fini» hier, et »nein« auch.')).toEqual(['c’est fini', 'nein']);
    expect(quoted('Sie sagte: „Wir schaffen das“.')).toEqual(['Wir schaffen das']);
    expect(quoted('She said it was ‘Britain’s moment’ and ‘the leaders’ call’.')).toEqual(['Britain’s moment', 'the leaders’ call']);
  });

  it('does not take ’90s, ‘90s, inch marks or rock ’n’ roll for quotes', () => {
    expect(quoted('A hit of the ‘90s, a 6\'9" centre and a 55" screen.')).toEqual([]);
    expect(quoted("Rock 'n' roll was born in the '50s.")).toEqual([]);
    expect(quoted('He stood 6\'2" and said "no comment."')).toEqual(['no comment.']);
  });
});

describe('what a quote is and who said it', () => {
  it('joins a remark interrupted by its attribution into one quote with parts', () => {
    const p = ['“We are not there yet,” the minister said, “but we are close.”', 'Finance Minister Anna Berg spoke in Oslo.'];
    const [q] = findQuotes([p[1]!, p[0]!]);
    expect(q!.text).toBe('We are not there yet, … but we are close.');
    expect(q!.parts!.map((part) => p[0]!.slice(part.start, part.end))).toEqual(['We are not there yet,', 'but we are close.']);
    expect([q!.start, q!.end]).toEqual([q!.parts![0]!.start, q!.parts![1]!.end]);
    expect(q!.speaker?.name).toBe('Anna Berg');
  });

  it('keeps the speaker of a quote that runs on into the next paragraph, marking the continuation', () => {
    const qs = findQuotes(['Mayor Lena Fox opened the session.', '“The budget is tight,” Fox said. “We will cut where we must.', '“Nobody will lose their home.”']);
    // “A,” Fox said. “B.” is one remark interrupted by its attribution: one quote with two parts.
    expect(qs.map(brief)).toEqual([
      ['The budget is tight, … We will cut where we must.', 'speech', 'Lena Fox'],
      ['Nobody will lose their home.', 'speech', 'Lena Fox'],
    ]);
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[1]!.continues).toBe(true);
  });

  it('skips subheads, captions and pull quotes that repeat the body', () => {
    const qs = findQuotes([
      'Mayor Lena Fox said the cuts were “painful but necessary” for the city.',
      '‘Painful but necessary’',
      'Lena Fox at City Hall on Monday. Photograph: Jan Berg/Reuters',
      '“Painful but necessary for the city,” she told the council.',
      '“Painful but necessary for the city.”',
    ]);
    expect(qs.map((q) => q.paragraph)).toEqual([0, 3]);
  });

  it('keeps a short last line of a statement signed off with a name inside the marks', () => {
    const qs = findQuotes(['Presenter Jo Marsh said: “Thank you to everyone who watched.', '“I will miss you all so much. Jo”', 'Her Mission to Mars Ends']);
    expect(qs.map((q) => `${q.paragraph}/${q.speaker?.name ?? '-'}`)).toEqual(['0/Jo Marsh', '1/Jo Marsh']);
  });

  it('tells headlines, titles, scare terms and nicknames from speech', () => {
    const qs = findQuotes([
      'The Sun ran a story headlined “Gotcha”, while the 1939 film “The Wizard of Oz” was rerun.',
      'The so-called “peace dividend” never came, and Dwayne “The Rock” Johnson stayed away.',
      'Johnson, nicknamed “MAGA Mike” by colleagues, left early.',
    ]);
    expect(qs.map(brief)).toEqual([
      ['Gotcha', 'headline', '-'],
      ['The Wizard of Oz', 'headline', '-'],
      ['peace dividend', 'scare', '-'],
    ]);
  });

  it('reads colon introductions, "was quoted by AGENCY as saying", "according to" and "wrote on X"', () => {
    const qs = findQuotes([
      'Russian Deputy Foreign Minister Sergei Ryabkov told reporters in Moscow on Wednesday: “There can be no concessions.”',
      'Kremlin spokesman Dmitry Peskov was quoted by Interfax as saying: “It is premature.”',
      'The economy will shrink, according to the Institute for Fiscal Studies, which called it “a lost decade”.',
      'The shadow chancellor, Mel Stride, was scathing. ‘They broke their word,’ he wrote on X.',
    ]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Sergei Ryabkov', 'Dmitry Peskov', 'Institute for Fiscal Studies', 'Mel Stride']);
    expect(qs[0]!.speaker?.title).toBe('Russian Deputy Foreign Minister');
  });

  it('gives a quote that follows "X said:" at the end of a paragraph to X', () => {
    const qs = findQuotes(['Health Secretary Wes Streeting told MPs:', '“We will not let waiting lists grow again.”']);
    expect(qs.map(brief)).toEqual([['We will not let waiting lists grow again.', 'speech', 'Wes Streeting']]);
  });

  it('resolves role nouns by title, skipping former holders, else to the nearest person', () => {
    const withTitle = findQuotes([
      'US President Donald Trump met Ukraine’s Volodymyr Zelensky, whom former president Joe Biden had backed.',
      '“It was a good meeting,” the president said.',
    ]);
    expect(withTitle[0]!.speaker?.name).toBe('Donald Trump');
    const untitled = findQuotes(['Envoy Steve Witkoff briefed Donald Trump.', 'Trump said little at first.', '“It’s a good deal,” the president observed.']);
    expect(untitled[0]!.speaker?.name).toBe('Donald Trump');
  });

  it('lets organisations and groups speak', () => {
    const qs = findQuotes([
      'A Bloomberg News spokesperson said: “We stand by our story.”',
      'Kyiv and its allies say they are “largely satisfied” with the text.',
      'Ukraine’s Presidential Office said the call was “a provocation”.',
      'The ministry, in a letter seen by Reuters, warned banks. “Act now,” the letter said.',
    ]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Bloomberg News', 'Kyiv and its allies', 'Ukraine’s Presidential Office', 'ministry']);
  });

  it('gives a fragment quoted in the writer’s sentence to the sentence’s subject, and pronouns to the right person', () => {
    const qs = findQuotes([
      'A reporter asked Donald Trump about the call.',
      'Trump, on Air Force One, brushed aside the question as “what a dealmaker does”.',
      'RIA Novosti reported that Peskov stressed the talks would go on.',
      '“It’s a serious process,” he told Pavel Zarubin of Rossiya-1.',
      'Putin casts the war as a defence of what he says is “Moscow’s sphere of influence”.',
    ]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Donald Trump', 'Peskov', 'Putin']);
  });
});
