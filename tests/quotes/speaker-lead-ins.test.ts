// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { names, speakers } from './read-speakers';
import { findQuotes } from '../../lib/quotes/find-quotes';

// Lead-ins that name the speaker in unusual ways, and one-word names with a role. Written fresh for each mechanism.

describe('lead-ins to a quote', () => {
  it('gives a colon introduction to the person named before its verb, after a long opening clause', () => {
    const text = [
      'Joint-manager Cathal Brophy hailed the team after the final.',
      "Speaking to the Northern Star after the comeback win over St. Brendan's College, Tralee in Limerick, Brophy beamed: “They just refused to be beaten.”",
    ];
    expect(speakers(text)).toEqual(['Cathal Brophy']);
  });

  it('reads "His words:" as the words of the person the pronoun stands for', () => {
    const text = ['Forward Tunde Bakare promised the fans a trophy.', 'His words: “We are all determined to win it again.”'];
    expect(speakers(text)).toEqual(['Tunde Bakare']);
  });

  it('gives "a report quotes X saying" to X, not to the report', () => {
    const text = ['Serena Pike won her third title in Paris on Saturday.', "The Herald's report quotes Pike saying, “It was a very complicated match.”"];
    expect(speakers(text)).toEqual(['Serena Pike']);
  });
});

describe('a pronoun after a sentence about something else', () => {
  it('goes on with the last speaker when the sentence before only mentions other people', () => {
    const text = [
      'Veteran actor Ravi Menon praised his co-stars. “They are so committed,” Menon said.',
      'The film, directed by Arun Das, also features Meera Nair and Kavya Iyer in key roles.',
      '“It is an inspiration for me,” he added.',
    ];
    expect(speakers(text)).toEqual(['Ravi Menon', 'Ravi Menon']);
  });
});

describe('one-word names with a role', () => {
  it('knows a one-word name after a lower-case role, with an adverb before its verb, and letters after a role', () => {
    const text = [
      'The band’s leader JK wrote on the fan platform: “Please enjoy the show safely.”',
      'He added: “We are grateful to the police.”',
      'Eldest member Tae also wrote: “Thanks to everyone who helped.”',
      '“We will do our best,” he continued.',
    ];
    expect(names(text)).toEqual(['JK', 'Tae']);
    expect(speakers(text)).toEqual(['JK', 'JK', 'Tae', 'Tae']);
  });
});

describe('roles and bodies named in passing', () => {
  it('gives a role opening the story to the one person later named with that title', () => {
    const text = [
      'A coroner has described the death of a baby in a Sydney hospital as a "human tragedy".',
      'Coroner Scott Mitchell said the hospital had since changed its procedures.',
    ];
    expect(speakers(text)).toEqual(['Scott Mitchell']);
  });

  it('reads lower-case title words before a surname after the quote', () => {
    const text = ['Ryan Hale cried on the podium.', '“I told them it is OK to cry,” swimming great Phelps said.', 'Michael Phelps won his 19th gold.'];
    expect(speakers(text)).toEqual(['Michael Phelps']);
  });

  it('gives a spokesman at an owned body in lower case the whole body', () => {
    const text = ['The statement by a spokesman at the North’s foreign ministry did not elaborate.', '“The hostile policy compels us to re-examine the issue,” the spokesman said.'];
    expect(speakers(text)).toEqual(['North’s foreign ministry']);
  });

  it('does not take a prefecture for a person a pronoun stands for', () => {
    const text = [
      'In a stump speech on Saturday in Kawasaki, Kanagawa Prefecture, eastern Japan, Prime Minister Aiko Tanaka said the weak yen was "a great opportunity".',
      'She also said the yen shot up under the last government, asking, "Is that better?"',
    ];
    expect(speakers(text)).toEqual(['Aiko Tanaka', 'Aiko Tanaka']);
  });
});

describe('subjects inside longer clauses', () => {
  it('takes the group after "where" as the subject, not the day before it', () => {
    const text = ['Troy Jonas, 23, faced the magistrates’ court on Tuesday where police argued he was an "unacceptable" risk.'];
    expect(speakers(text)).toEqual(['police']);
  });

  it('gives a fragment after "cited" to the one who cited it', () => {
    const text = ['Cogniva Technologies has laid off 200 staff in Pune.', 'Cogniva, however, cited "performance-based actions" that happen every year.'];
    expect(speakers(text)).toEqual(['Cogniva Technologies']);
  });
});

describe('the last resort', () => {
  it('gives a remark no cue attributes to the person the story quotes most', () => {
    const text = [
      'Geeksfone chief executive Rodrigo Silva said the company would stop selling phones. “Our perception is that the market has changed,” Silva said.',
      '“We will focus on software from now on,” Silva added.',
      'Plans include “licensing agreements with third parties that will keep our devices alive”.',
    ];
    expect(speakers(text)).toEqual(['Rodrigo Silva', 'Rodrigo Silva', 'Rodrigo Silva']);
  });
});

describe('datelines and people named in passing', () => {
  it('does not take the agencies in a dateline for the body that speaks', () => {
    const text = [
      'Moscow, (APP - UrduPoint / Pakistan Point News - 12th Apr, 2024) Russia on Friday summoned the French ambassador, the Russian foreign ministry said.',
      'The ambassador "was informed about the unacceptable remarks", the ministry said.',
    ];
    expect(speakers(text)).not.toContain('Pakistan Point News');
  });

  it('gives the words to a source "simply called" by a name', () => {
    const text = ['A customer, simply called Ibrahim, told NAN: “We have been scavenging across town for cash.”'];
    expect(speakers(text)).toEqual(['Ibrahim']);
  });
});

describe('appositives around a speaker', () => {
  it('reads "quoted X, ROLE, as saying" as X', () => {
    const text = ['Media reports quoted Haruna Idris, Minority Leader in Parliament, as saying: “As a party, we have taken a decision.”'];
    expect(speakers(text)).toEqual(['Haruna Idris']);
  });

  it('reads "says NAME a ROLE of BODY" without its comma as NAME', () => {
    const text = ['“But we have had quite a boom of births,” says Tim Thorne a Zoological manager of the Antelope Area.'];
    expect(speakers(text)).toEqual(['Tim Thorne']);
  });

  it('keeps a four-word name written after a title', () => {
    const text = ['“He owes us an apology,” Councilor Mary Ellen Daly O’Brian said.', '“They don’t elect us to fight,” O’Brian said.'];
    expect(speakers(text)).toEqual(['Mary Ellen Daly O’Brian', 'Mary Ellen Daly O’Brian']);
  });
});

describe('bodies named without their letters', () => {
  it('gives "the Security Council" its fullest name from the story', () => {
    const text = ['The UN Security Council adopted a resolution on Friday.', 'The Security Council said it would “strongly commend” the mediators.'];
    expect(speakers(text)).toEqual(['UN Security Council']);
  });
});

describe('an appositive after a lower-case word', () => {
  it('gives "In a statement NAME, ROLE for BODY at PLACE said:" to the name', () => {
    const text = ['In a statement Stephen Johns, site manager for Invista at Brockworth said: "We must take these difficult decisions."'];
    expect(speakers(text)).toEqual(['Stephen Johns']);
  });

  it('does not take the event before a title and name for the speaker', () => {
    const text = ['Speaking at the opening session of the Riyadh Investment Dialogue, Minister of Investment Khalid Al-Falih said firms were "voting with their feet."'];
    expect(speakers(text)).toEqual(['Khalid Al-Falih']);
  });
});

describe('a fragment echoed in a fuller remark', () => {
  it('gives a lede fragment to the person whose later remark repeats it', () => {
    const text = [
      'A mum-of-two has spoken of her “journey from hell” after she was trapped on a train for seven hours.',
      'Hannah Strand said: “It was the journey from hell – the train was jolting all the time.”',
    ];
    expect(speakers(text)).toEqual(['Hannah Strand', 'Hannah Strand']);
  });

  it('leaves a term the writer also uses as a scare quote', () => {
    const text = [
      'The council is considering a “good neighbour” bylaw.',
      'The good neighbour bylaw would fine noisy homes, Mayor Sue Zacher said: “A good neighbour bylaw is overdue in this city.”',
    ];
    expect(findQuotes(text)[0]!.kind).toBe('scare');
  });
});

describe('bodies named without their letters, two words', () => {
  it('gives "the Council" the fullest name the story uses', () => {
    const text = ['EU Council leaders agreed a migration deal on Friday.', 'The Council said it was “determined to stop smugglers”.'];
    expect(speakers(text)).toEqual(['EU Council']);
  });
});

describe('"said NAME who …"', () => {
  it('ends the speaker at the relative clause that says more of them', () => {
    const text = [
      'Record holder Wanjiku Otieno defended her title. Her sister, Njeri, came fourth.',
      '"My victory is due to dedication," said Wanjiku who also holds the 200m record which she will defend today.',
    ];
    expect(speakers(text)).toEqual(['Wanjiku Otieno']);
  });
});
