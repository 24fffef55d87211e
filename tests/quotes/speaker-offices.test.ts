// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speakers } from './read-speakers';
import { differentOffice } from '../../lib/quotes/titles';

// A role noun stands for the holder of that office, not for someone holding another office of the same
// noun, nor for a holder the story brings in only later. Written fresh for each mechanism.

describe('a role written with its qualifiers names one office', () => {
  it('tells a portfolio from another office of the same noun, but not from a mere description', () => {
    expect(differentOffice('The International Trade Secretary', 'US Secretary of State')).toBe(true);
    expect(differentOffice('the trade secretary', 'Home Secretary')).toBe(true);
    expect(differentOffice('the home secretary', 'Home Secretary')).toBe(false);
    expect(differentOffice('the veteran coach', 'Leinster head coach')).toBe(false);
    expect(differentOffice('A judge', 'Justice')).toBe(false);
    expect(differentOffice('the Scorchers captain', 'home skipper')).toBe(false);
    expect(differentOffice('The US leader', 'Israeli leader')).toBe(true);
    expect(differentOffice('The United Arab Emirates minister', 'Emirati Oil Minister')).toBe(false);
    expect(differentOffice('the Foreign Minister', null)).toBe(false);
  });

  it('gives "The Environment Secretary said" to the person the lede named, not to a secretary of state named later', () => {
    const text = [
      '(Wire) - Britain will push hard against new fishing quotas, Anna Pryce said.',
      'The Environment Secretary said she was "dismayed" by the proposals.',
      'The quotas would cut catches by a fifth, officials estimate.',
      'Talks resume next month in Brussels.',
      'The cabinet minister told a committee of MPs: "We will not accept a deal that sinks our fleets."',
      'Last week French Secretary of State Luc Morand said he hoped for agreement "within weeks".',
    ];
    expect(speakers(text)).toEqual(['Anna Pryce', 'Anna Pryce', 'Luc Morand']);
  });
});

describe('"said ROLE, NAME of BODY"', () => {
  it('takes the name set off after the role, with the body after it', () => {
    const text = [
      'Opposition parties said on Monday they would boycott the vote.',
      '“We cannot take part in a rigged election,” said another opposition leader, Amadou Keita of the Union for Renewal.',
    ];
    expect(speakers(text)).toEqual(['Amadou Keita']);
  });
});

describe('a surname alone', () => {
  it('is the person written in full with it, not a relative whose surname the story never writes', () => {
    const text = [
      'New marathon champion Peter Ouma was the star of the homecoming.',
      '“This is the happiest day of my life,” Ouma’s mother Grace told reporters. “I cannot believe it.”',
      'Ouma was also grinning after a local dentist fixed his chipped tooth.',
      '“We knew the last mile would decide it, and I was ready,” Ouma said.',
    ];
    expect(speakers(text)).toEqual(['Grace Ouma', 'Grace Ouma', 'Peter Ouma']);
  });
});

describe('"the ministry", "the district": an office no name in the story holds', () => {
  it('is the office the story described, with its qualifiers', () => {
    const text = [
      'The unification ministry warned on Friday that it would respond to further provocations.',
      'The Korean Workers’ Party has not commented.',
      '“We will not tolerate such acts,” the ministry said.',
    ];
    expect(speakers(text)).toEqual(['unification ministry']);
  });

  it('is not the nearest other body, such as the union it answers', () => {
    const text = [
      'The Lakeview Teachers’ Union issued a strike notice last week.',
      'After talks, the school district responded to the notice on Monday.',
      'The district offered this statement:',
      '“The district is disappointed in the union’s decision.',
    ];
    expect(speakers(text)).toEqual(['school district']);
  });
});

describe('regressions met on the invented sets', () => {
  it('reads a member’s letters after a name as letters, not as the courtesy "Ms"', () => {
    const text = [
      'First Minister Alys Rowe said: "We have protected local services."',
      'The Conservatives’ local government spokesman, Huw Pryce MS, accused ministers of "passing the buck".',
      '"Labour have run Wales for a quarter of a century," he said.',
    ];
    expect(speakers(text)).toEqual(['Alys Rowe', 'Huw Pryce', 'Huw Pryce']);
  });

  it('gives a bare surname to the person the story is about, named far back, over a relative named in full since', () => {
    const text = [
      'Nora Keane, who has died aged 88, led 140 women out of a shirt factory in 1976.',
      ...Array.from({ length: 3 }, (_, k) => `Filler paragraph ${k + 1} about the strike and its weeks.`),
      'Her daughter Ruth Keane says her mother never lost the habit of asking people what they earned.',
      ...Array.from({ length: 5 }, (_, k) => `More filler ${k + 1} about the settlement talks.`),
      'The dispute ended with a deal Keane described at the time as “not everything, but not nothing”.',
    ];
    expect(speakers(text)).toEqual(['Nora Keane']);
  });
});

describe('a role with a band’s or a team’s name inside', () => {
  it('stands for the person the story is about ("the former One Direction star told the crowd:")', () => {
    const text = [
      'Niall Kearney played to 70,000 fans on Sunday night.',
      'He thanked the crowd for coming.',
      'Closing out his set, the former One Direction star told the crowd: "I wish I could put into words how this felt."',
    ];
    expect(speakers(text)).toEqual(['Niall Kearney']);
  });
});

describe('a role of one country', () => {
  it('is not a leader of another country named in passing, and "leader" may be the president', () => {
    const text = [
      'US President Dale Whitcomb vowed on Monday not to exempt allies from tariffs.',
      '"We are not backing down," he told reporters after meeting Israeli leader Avi Ronen.',
      'The US leader, who said last week trade wars were "good, and easy to win", doubled down.',
    ];
    expect(speakers(text)).toEqual(['Dale Whitcomb', 'Dale Whitcomb']);
  });
});
