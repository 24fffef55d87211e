// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speakers } from './read-speakers';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { findPeople } from '../../lib/quotes/people';

// Each case is written fresh for the mechanism it checks: none is taken from a labelled article.

describe('titles and roles around a name', () => {
  it('reads past a dateline with a state abbreviation and an agency', () => {
    const text = ['DENVER, Colo. (AP) — Colorado Gov. Ana Ruiz on Monday signed the bill, calling it "long overdue."'];
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });

  it('treats a team or country before a role noun as part of the title, not a person', () => {
    const text = ['The visitors leaned on veteran Leeds winger Tom Price, 34, a former England B forward.', '"We gave everything," he said.'];
    expect(findPeople(text).map((p) => p.name)).toEqual(['Tom Price']);
    expect(speakers(text)).toEqual(['Tom Price']);
  });

  it('knows "the fiscal" is the fiscal depute named before, not the accused named since', () => {
    const text = [
      'Fiscal depute Morag Lindsay said: “She was frightened by what she heard.”',
      'Labourer Craig Munro, 24, admitted the offence at Elgin Sheriff Court.',
      'The fiscal added that Munro might return and repeat the “wholly unacceptable” abuse.',
      '“He accepted that what he had done was foolish,” added the fiscal.',
    ];
    expect(speakers(text)).toEqual(['Morag Lindsay', 'Morag Lindsay', 'Morag Lindsay']);
  });

  it('reads "the 2009 Roland Garros champion" as the player named before', () => {
    const text = [
      'Little could rattle Roger Kovac or Serena Hill at a major.',
      '“I was not nervous,” said Kovac after his 6-2 win over Lukas Lacko.',
      'In his early days, the famously cool Swiss says he was often badly affected before big games.',
      '“I have had the shakes and lost,” added the 2009 Roland Garros champion.',
    ];
    expect(speakers(text)).toEqual(['Roger Kovac', 'Roger Kovac']);
  });

  it('reads a lower-case title with "of" set off before a name ("the mayor of …, NAME") for "the mayor said"', () => {
    const text = [
      'Angry over flooding in the city, the mayor of Ridgeford Borough Council, Anil Kapoor, scolded officials today.',
      'One of the callers, a doctor from Ward 6, complained about standing water near his house.',
      'Visibly upset, the mayor said, “Why are the engineers not seeing this?”',
    ];
    expect(speakers(text)).toEqual(['Anil Kapoor']);
  });

  it('reads "the runner", "the swimmer", "the jockey" as the athlete named before, not a place in a clause', () => {
    const text = ['“It was a great feat,” Ruth Chepkoech said after the race.', 'The runner, who trains at Kapsait Moja camp near Iten, added: “I am happy for Kenya.”'];
    expect(speakers(text)).toEqual(['Ruth Chepkoech', 'Ruth Chepkoech']);
  });

  it('knows the boss is the manager', () => {
    const text = [
      'Rovers manager Sean Doyle said his players deserved their win over Derry City on penalties.',
      '"We missed some good chances," said the Rovers boss.',
      'Derry assistant boss Paul Keane was gracious in defeat.',
    ];
    expect(speakers(text)).toEqual(['Sean Doyle']);
  });

  it('knows the skipper is the captain', () => {
    const text = ['Town captain Joe Blake scored twice.', 'Coach Ann Lee praised the defence.', '"We defended well," said the skipper.'];
    expect(speakers(text)).toEqual(['Joe Blake']);
  });

  it('reads a title of two lower-case words between a body and a name', () => {
    const text = ['SNP parliamentary leader Ruth Kane backed the plan, saying it was "the right call".'];
    expect(speakers(text)).toEqual(['Ruth Kane']);
  });

  it('does not take a clause before a name for a title', () => {
    const text = ['Asked whether the strike had hurt the mayor, Dan Ortiz said: "No."'];
    expect(findPeople(text).find((p) => p.name === 'Dan Ortiz')?.title ?? null).toBeNull();
  });
});

describe('bodies that speak through a spokesperson', () => {
  it('keeps the joining word of a body named before the role', () => {
    const text = ['A Department for Transport spokeswoman said: "Safety is our priority."'];
    expect(speakers(text)).toEqual(['Department for Transport']);
  });

  it('finds "the spokesman" of a lower-case body named earlier', () => {
    const text = ['A police spokesman said inquiries were continuing.', 'Mayor Dan Ortiz visited the scene.', '"We are appealing for witnesses," the spokesman added.'];
    expect(speakers(text)).toEqual(['police']);
  });

  it('gives "the Commission chief" to the person named before, and "the Acme chief" to the body when no one is', () => {
    const text = ['Pieter Vandamme told the European Parliament that talks would go on.', 'The European Commission chief told MEPs that “no deal is not our plan”.'];
    expect(speakers(text)).toEqual(['Pieter Vandamme']);
    expect(speakers(['Sales fell at Acme Corp.', 'The Acme Corp chief executive told staff it was “a hard year”.'])).toEqual(['Acme']);
  });

  it('takes "the RBI chief" for the "RBI Governor", though chief and governor are different words', () => {
    const text = ['RBI Governor Anil Menon kept rates on hold.', 'Earlier, the RBI chief said he had to listen to "silent voices" of millions of poor families.'];
    expect(speakers(text)).toEqual(['Anil Menon']);
  });

  it('speaks for a person through a spokesman, named as that person’s spokesman', () => {
    const text = ['Singer Lola Brandt cancelled the tour.', 'A spokesman for Brandt said: ‘Lola is resting and thanks her fans.’', '‘She will be back,’ the spokesman added.'];
    expect(speakers(text)).toEqual(['spokesman for Lola Brandt', 'spokesman for Lola Brandt']);
  });
});

describe('names and sources written in less usual ways', () => {
  it('keeps initials in a name that owns something', () => {
    expect(findPeople(['The tie came on A.J. Mensah’s FA Cup goal.']).map((p) => p.name)).toEqual(['A.J. Mensah']);
  });

  it('does not take the verb after a stock phrase of anonymity into the description', () => {
    const text = ['A source close to the band told the paper: ‘They are not splitting up, whatever you read.’'];
    expect(speakers(text)).toEqual(['source close to the band']);
    expect(findPeople(text).filter((p) => p.unnamed).map((p) => p.name)).toEqual(['source close to the band']);
  });

  it('lets a single-mark quote after a colon run on into the next paragraph', () => {
    const text = ['A friend told the Mail: ‘He is devastated. He isn’t sleeping and he won’t talk to anyone.', '‘We are all worried about him.’'];
    expect(findQuotes(text).map((q) => [q.paragraph, q.speaker?.name])).toEqual([[0, 'friend'], [1, 'friend']]);
  });
});
