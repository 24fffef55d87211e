// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { names, speakers } from './read-speakers';
import { findPeople } from '../../lib/quotes/people';

// Each case is written fresh for the mechanism it checks: none is taken from a labelled article.

describe('long and particle names', () => {
  it('keeps a particle inside a four-word name', () => {
    const text = ['"Rain will help," said Dr Zia Ul Haq Malik, a forecaster at the met office.'];
    expect(speakers(text)).toEqual(['Zia Ul Haq Malik']);
  });

  it('reads a three-word name after a long portfolio title', () => {
    const text = ['Provincial Minister for Water Resources Nadia Rehman Qureshi said the canal was "finally safe".'];
    expect(speakers(text)).toEqual(['Nadia Rehman Qureshi']);
  });
});

describe('the delayed lede', () => {
  it('gives the opening description’s words to the person named next', () => {
    const text = [
      'A Cornish fisherman has accused the council of "looking the other way" as the harbour wall crumbled.',
      'Peter Trewin, 58, who has fished from Porthleven for forty years, said repairs were overdue.',
    ];
    expect(speakers(text)).toEqual(['Peter Trewin']);
  });

  it('gives an office named in the lede to the person the next paragraph has speak with no other title', () => {
    const text = [
      'TOKYO (AP) -- Japan’s chief cabinet secretary said Wednesday remarks from a Korean politician were "highly inappropriate."',
      'In the latest sign of tension over history, Hiroshi Tanabe said the government had lodged a complaint, Kyodo reported.',
      'Daisuke Mori, director general at the foreign ministry, lodged the complaint with the embassy.',
    ];
    expect(speakers(text)).toEqual(['Hiroshi Tanabe']);
  });

  it('leaves an anonymous official unnamed', () => {
    const text = ['A senior official said the deal was "close".', 'Maria Soto, 41, a trader, said prices had risen.'];
    expect(speakers(text)).toEqual(['senior official']);
  });
});

describe('bodies that speak', () => {
  it('takes "the agency" for the body that spoke just before, though its name does not say agency', () => {
    const text = ['Historic Scotland said the wall was protected. "Repairs need consent," the agency added.'];
    expect(speakers(text)).toEqual(['Historic Scotland']);
  });

  it('finds the subject before a relative clause that holds a list', () => {
    const text = ['The Prairie Growers Union, which represents farmers in Iowa, Ohio and Indiana, said it wanted "a fair deal".'];
    expect(speakers(text)).toEqual(['Prairie Growers Union']);
  });

  it('knows "the brigade" and an owned ministry', () => {
    const text = [
      'The talks were hosted by Norway’s Ministry of Foreign Affairs. "Both sides stayed," the ministry said.',
      'The Dublin Fire Brigade attended. In a statement, the brigade said: "No one was hurt."',
    ];
    expect(speakers(text)).toEqual(['Norway’s Ministry of Foreign Affairs', 'Dublin Fire Brigade']);
  });

  it('gives "it said" the body that "the ministry said" meant in the sentence before', () => {
    const text = [
      'Chile’s Interior Ministry summoned the ambassador on Monday.',
      'In a statement, the ministry said the protest was delivered in person.',
      '“We expect a full investigation,” it said.',
    ];
    expect(speakers(text)).toEqual(['Chile’s Interior Ministry']);
    expect(speakers(['Peru’s Interior Ministry met the envoy.', '“We expect answers,” the ministry said.'])).toEqual(['Peru’s Interior Ministry']);
  });

  it('gives a body described in lower case its own words, never a person named nearby', () => {
    const text = [
      'The crush happened ahead of a set by DJ Marco Lenz, which was cancelled.',
      'In a statement, the local police force said it had been told of what it dubbed a “crowd collapse” at the festival.',
      '“No one was badly hurt,” the county fire service said.',
    ];
    expect(speakers(text)).toEqual(['local police force', 'county fire service']);
  });

  it('does not take a person named inside a body’s statement for the giver of the next quote', () => {
    const text = [
      'Chile’s Foreign Ministry issued a statement condemning Defence Minister Tom Harlow’s remarks on the islands.',
      '“The Government strongly condemns Defence Minister Tom Harlow’s regrettable statement on the islands,” the statement reads.',
      '“Chile will never accept such provocations,” it adds.',
    ];
    expect(speakers(text)).toEqual(['Chile’s Foreign Ministry', 'Chile’s Foreign Ministry']);
  });

  it('gives the words of "the government led by NAME" to the government, not its leader', () => {
    expect(speakers(['The government led by Pedro Alvarez said the deal was “fine”.'])).toEqual(['government']);
  });

  it('takes a fire rescue service for a body, so its officer keeps his words', () => {
    const text = ['Lieutenant Dan Morrow of the St. Augustine Fire Rescue said the driver stopped to help:', '"He said he is just glad he was there."'];
    expect(names(text)).not.toContain('Augustine Fire Rescue');
    expect(speakers(text)).toEqual(['Dan Morrow']);
  });

  it('treats a spokesman named after the comma as a person, not an unnamed source', () => {
    const text = ['The spokesman for Chile’s army, Tomas Vera, called it "a lie".', '"We were not there," he said.'];
    expect(findPeople(text).filter((p) => p.unnamed)).toEqual([]);
    expect(speakers(text)).toEqual(['Tomas Vera', 'Tomas Vera']);
  });
});

describe('names with initials, ranks and bodies', () => {
  it('reads an initial without its full stop as part of the name', () => {
    const text = ['The boy’s uncle, R Venkatesh, spoke to reporters. "He was careful," he said.'];
    expect(speakers(text)).toEqual(['R Venkatesh']);
  });

  it('reads Indian police ranks and British abbreviated ranks as titles', () => {
    const text = ['ACP Meena Iyer said: "We have two suspects."', 'Later, Det Supt Owen Price of Thames Valley Police said: "We are not looking for anyone else."'];
    expect(speakers(text)).toEqual(['Meena Iyer', 'Owen Price']);
  });

  it('takes a person of a named church for that person, and "the Great Recession" for no one', () => {
    const text = [
      'The Rev. Ann Boyd of Grace Street Methodist Church, who spoke first, said her parish had lost "three families".',
      'Many owners bought homes after the Great Recession. "We had no pension," the 70-year-old said.',
    ];
    expect(findPeople(text).map((p) => p.name)).toEqual(['Ann Boyd']);
    expect(speakers(text)[0]).toBe('Ann Boyd');
  });
});

describe('a spokesman for a body described in two words', () => {
  it('speaks for the body whose name holds both words, not the nearest body with the noun', () => {
    const text = [
      'Suffolk County Council said the trial would begin in the spring.',
      'Kesgrave Parish Council has objected to the closure of the lane.',
      'Parish councillors voted against the plan on Monday night.',
      'A spokesman for the county council said: "We are seeking views from residents."',
    ];
    expect(speakers(text)).toEqual(['Suffolk County Council']);
  });
});
