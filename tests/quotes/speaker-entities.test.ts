// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { names, speakers } from './read-speakers';
import { isPlaceName } from '../../lib/quotes/places';

// What is a person and what is not: places, nationalities, plural roles, couples. Written fresh for each mechanism.

describe('places and nationalities are not people', () => {
  it('knows countries, capitals, big cities and regions, but not a city that is also a first name', () => {
    expect(['South Korea', 'Seoul', 'Nairobi', 'British Columbia', 'Middle East', "Kenya's"].map(isPlaceName)).toEqual([true, true, true, true, true, true]);
    expect(['Florence', 'Austin', 'Maria Lopez'].map(isPlaceName)).toEqual([false, false, false]);
  });

  it('gives "he said" to the minister, not to the country the sentence before was about', () => {
    const text = [
      'Trade Minister Osei Mensah said on Monday his government would seek "a fresh start" with Lagos.',
      'Ghana has long wanted lower tariffs on cocoa, and Ghana wants a deal by June.',
      '"We are not asking for charity," he said.',
    ];
    expect(names(text)).toEqual(['Osei Mensah']);
    expect(speakers(text)).toEqual(['Osei Mensah', 'Osei Mensah']);
  });

  it('does not take a nationality with its compass point for a person', () => {
    expect(names(['Dr Hana Lim met North Korean envoys on Tuesday.'])).toEqual(['Hana Lim']);
  });

  it('does not take a named joint statement for a person', () => {
    expect(names(['Minister Aru Patel marked the anniversary of the historic East-West Joint Statement.'])).toEqual(['Aru Patel']);
  });
});

describe('roles and couples around names', () => {
  it('reads a plural role opening a run of names as their title', () => {
    const text = ['Councillors Mary Doyle and Sean Ryan opposed the plan.', '"It is too costly," Doyle said.'];
    expect(names(text)[0]).toBe('Mary Doyle');
    expect(speakers(text)).toEqual(['Mary Doyle']);
  });

  it('gives the first of a couple the surname written once after the second', () => {
    const text = ['Pensioners Ray and Elsie Cordner lost their home in the fire.', '"It has not sunk in yet," Ray said.'];
    expect(speakers(text)).toEqual(['Ray Cordner']);
  });
});

describe('an attribution that closes the sentence', () => {
  it('gives fragments earlier in the sentence to the speaker named at its end', () => {
    const text = ['Poor shot selection led to an “avoidable” and “painful” defeat in Perth, West Indies captain Roston Hale said.'];
    expect(speakers(text)).toEqual(['Roston Hale', 'Roston Hale']);
  });

  it('reaches past an added remark after the attribution', () => {
    const text = ['Tom Reyes, the party secretary, spoke first.', 'The strike “badly” hurt the party in the by-election, Kato said, adding that trust must be rebuilt.'];
    expect(speakers(text)).toEqual(['Kato']);
  });
});

describe('a name with its role in a body, and a body by its head noun', () => {
  it('gives the words to the name an appositive "member for THE BODY" describes, not to the body', () => {
    const text = [
      'The National Union of Dockers (NUD) and National Association of Port Staff (NAPS) may both strike.',
      'Luis Ortega, Lancashire national executive member for the NAPS, added: “Members are angry.”',
    ];
    expect(speakers(text)).toEqual(['Luis Ortega']);
  });

  it('gives the words to the name even when the appositive’s closing comma is missing', () => {
    expect(speakers(['Dana Holt, a representative of the Kent branch of the RMT said: “We will not back down.”'])).toEqual(['Dana Holt']);
  });

  it('reads "a Commission spokesperson" as the commission the article named', () => {
    const text = ['The Western Water Commission said it was watching the drought. "Reservoirs are lower than in 2019," a Commission spokesperson told reporters.'];
    expect(speakers(text)).toEqual(['Western Water Commission']);
  });
});

describe('abbreviated ranks and towns with their province', () => {
  it('reads "Cst." as a constable’s rank before the name', () => {
    expect(speakers(['“This was a brazen act,” said Cst. Dale Imrie, a spokesperson for the RCMP.'])).toEqual(['Dale Imrie']);
  });

  it('does not take a town placed in its province for a person, there or later', () => {
    const text = ['A neighbour of the Lorne, B.C., man who was shot is still in shock.', 'She thinks Lorne is still a safe place, Mayor Ida Quist said.'];
    expect(names(text)).toEqual(['Ida Quist']);
  });
});
