// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { names, speakers } from './read-speakers';

// How a speaker's name is written out in full, and quotes that are titles. Written fresh for each mechanism.

describe('the fullest form of a name', () => {
  it('keeps two particles inside a name', () => {
    expect(names(['The Commission led by Ursula von der Leyen adds that the deal is “in everyone’s interest”.'])).toEqual(['Ursula von der Leyen']);
  });

  it('reads "-designate", "-elect", "Clr" and "Teammate" as titles', () => {
    const text = [
      'In her first press conference as Chancellor-designate, Greta Lindahl said the coalition would last.',
      '“We will work together,” Lindahl said.',
      '“I will be writing to the minister,” Clr Pat Boland said.',
      'Teammate Michael Dunne told him it was fine. “It is good to see,” Dunne said.',
    ];
    expect(names(text)).toEqual(['Greta Lindahl', 'Pat Boland', 'Michael Dunne']);
    expect(speakers(text)).toEqual(['Greta Lindahl', 'Pat Boland', 'Michael Dunne']);
  });

  it('leaves a portfolio after "and" out of the name', () => {
    const text = ['Ministers of Treasury and Finance Tomás Reyes and Luis Mora met investors. “There will be more inflation,” Reyes said.'];
    expect(names(text)).toEqual(['Tomás Reyes', 'Luis Mora']);
    expect(speakers(text)).toEqual(['Tomás Reyes']);
  });

  it('does not take a first name shared with someone else for a family name', () => {
    const text = [
      'Interior Minister Paul Okoro Nji warned on Tuesday that the vote was over.',
      'President Paul Biya has ruled since 1982. Paul Biya did not speak.',
      '“It is a non-event,” Okoro Nji told AFP.',
    ];
    expect(speakers(text)).toEqual(['Paul Okoro Nji']);
  });

  it('learns a full name with a title even from inside a quote', () => {
    const text = ['“I am proud to name our new chief,” said Mayor Lena Marsh, “Chief Michael Harlan.”', '“I am fully committed to this city,” Harlan said.'];
    expect(speakers(text)).toEqual(['Lena Marsh', 'Michael Harlan']);
  });
});

describe('descriptions and statements', () => {
  it('gives "she told" to the person a description is named as, not to the description', () => {
    const text = ['One such patient was Robyn Hale, who was due to have stitches removed.', 'She told the Gazette: “I didn’t even get told.”'];
    expect(speakers(text)).toEqual(['Robyn Hale']);
  });

  it('gives a statement that "read:" to whoever it is from', () => {
    const text = ['A statement from the actor’s agent read: ‘It is with deep regret that I announce his death.’'];
    expect(speakers(text)).toEqual(['actor’s agent']);
  });
});

describe('titles listed in quote marks', () => {
  it('reads three or more short capitalised quotes in a list as titles, with no speaker', () => {
    const text = ['The singer has ten albums to his name, among them ‘Effrakatta’, ‘Ultimutum’, ‘Abracadabra’ and ‘Sylvie’.'];
    expect(findQuotes(text).map((q) => q.kind)).toEqual(['headline', 'headline', 'headline', 'headline']);
  });

  it('leaves two quoted words in a sentence as they were', () => {
    const text = ['Critics called the plan “reckless” and “cruel”, Senator Ann Doyle said.'];
    expect(findQuotes(text).map((q) => q.kind)).toEqual(['speech', 'speech']);
  });
});

describe('names around titles, initials and places', () => {
  it('keeps the given name of a portfolio holder and leaves a country after "to" out of the name', () => {
    const text = [
      'Minister of State for Foreign Affairs Hina Rabbani Khar will visit next month, said High Commissioner to India Shahid Malik.',
      'Khar spoke about "the importance that Pakistan attaches to the talks".',
      '"What we can deliver is trust," Malik said.',
    ];
    expect(names(text)).toEqual(['Hina Rabbani Khar', 'Shahid Malik']);
    expect(speakers(text)).toEqual(['Hina Rabbani Khar', 'Shahid Malik']);
  });

  it('reads capital initials as part of a name and "VP" as a title', () => {
    const text = ['Union Minister of Jal Shakti, CR Patil, on Saturday called it "unfortunate".', 'Netflix content VP Cindy Hollis said it was "a hit relative to its cost".'];
    expect(names(text)).toEqual(['CR Patil', 'Cindy Hollis']);
  });

  it('does not take a person who "said it had" for an organisation', () => {
    const text = ['England captain Tom Prest said it had been "a great tournament".', '"We have a strong bowling attack," Prest said.'];
    expect(speakers(text)).toEqual(['Tom Prest', 'Tom Prest']);
  });

  it('knows a country written without its accents', () => {
    const text = ['Victor Osimhen scored four as Nigeria thrashed hapless Sao Tome and Principe 10-0.', '“I am happy to get four goals,” he said.'];
    expect(names(text)).toEqual(['Victor Osimhen']);
    expect(speakers(text)).toEqual(['Victor Osimhen']);
  });
});

describe('"it said" after a statement', () => {
  it('gives the words to whoever gave the statement', () => {
    const text = [
      'Paramedics were called and took him to hospital, where he later died.',
      'Helen Price, his mother, gave a statement read to the court. It said: “He was a much-loved son.”',
    ];
    expect(speakers(text)).toEqual(['Helen Price']);
  });
});

describe('long names and lede descriptions', () => {
  it('knows a name of four words with a particle, and its middle word used alone', () => {
    const text = ['President Luiz Inacio Lula da Silva told reporters in Tokyo that Brazil "cannot stand still".', 'In February, Lula vowed “reciprocity” and said: “We are going to take every measure.”'];
    expect(names(text)).toEqual(['Luiz Inacio Lula da Silva']);
    expect(speakers(text)).toEqual(['Luiz Inacio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Luiz Inacio Lula da Silva']);
  });

  it('reads "Coun" as a title and an everyday word opening a three-word run as no part of the name', () => {
    const text = ['“Snow removal was not done,” Coun Brian Swanson said.', 'Director of Teaching and Learning Sara Dunmore said the data was “clear”.'];
    expect(names(text)).toEqual(['Brian Swanson', 'Sara Dunmore']);
  });

  it('gives a description opening the story to the one person the story names', () => {
    const text = [
      'Singapore’s defence minister has said there is a firm basis for Asean to help resolve the disputes, in “a critical waterway for international trade.”',
      '“Asean should stay out of it,” Ng Eng Hen told reporters.',
    ];
    expect(speakers(text)).toEqual(['Ng Eng Hen', 'Ng Eng Hen']);
  });
});

describe('appositives and where a speaker works', () => {
  it('gives the words to the name before a capitalised role of a body', () => {
    const text = ['Dr Kate Kemp praised the pupils.', 'Mrs Karen Collis, Headteacher of Haddenham St Mary’s said: “We are really excited about the record.”'];
    expect(speakers(text)).toEqual(['Karen Collis']);
  });

  it('leaves where a speaker works out of the name after "said"', () => {
    const text = ['“It was a pretty fast one,” said Captain Pualani Dane with the Monterey Bay Whale Watch, who spotted it first.'];
    expect(speakers(text)).toEqual(['Pualani Dane']);
  });

  it('does not take "a resident at X" set before a name for an unnamed source', () => {
    const text = ['Maitland’s newest centenarian Marion Yorke celebrated with family.', 'Now a resident at the Whiddon home, Marion said her secret was curiosity.', '"I’ve had a good life," she said.'];
    expect(speakers(text)).toEqual(['Marion Yorke']);
  });

  it('reads "the Taoiseach" as a role that stands for the person', () => {
    const text = ['Taoiseach Leo Varadkar clashed with Mary Lou McDonald in the Dáil.', 'Her comments came after the Taoiseach said to her "you’re very cranky today".'];
    expect(speakers(text)).toEqual(['Leo Varadkar']);
  });
});

describe('titles of works', () => {
  it('reads a title after "hit" or "the trailer of" as display text', () => {
    const text = ['Buffett was best known for his ’70s hit ‘Margaritaville’, friends said.', 'Dutt chose her birthday to release the trailer of ‘Bhoomi’.'];
    expect(findQuotes(text).map((q) => q.kind)).toEqual(['headline', 'headline']);
  });
});

describe('couples, rankings and local titles', () => {
  it('finds a couple named after "But for", and tells the husband from the wife', () => {
    const text = [
      'But for Barry and Brenda Coupe, it took a full week to realise they were millionaires.',
      'Barry, (75), said he plays two lines every week.',
      'He revealed: “I only get the tickets checked when I buy the next ones.”',
    ];
    expect(names(text)).toEqual(['Barry Coupe', 'Brenda Coupe']);
    expect(speakers(text)).toEqual(['Barry Coupe']);
  });

  it('does not make a couple of a surname and the next person', () => {
    const text = ['Hamza Rauf smashed 94.', 'Rauf and Usman Latif added 112 for the third wicket.', '“The wicket was very good,” Rauf said.'];
    expect(names(text)).toEqual(['Hamza Rauf', 'Usman Latif']);
  });

  it('reads "Second-placed" and "Corporator" as titles', () => {
    const text = ['Second-placed Andrew Putnam birdied the last.', '“I’m just going to stay patient,” Putnam said.', '“Potholes are not being filled,” said Corporator Suresh Kurwade.'];
    expect(names(text)).toEqual(['Andrew Putnam', 'Suresh Kurwade']);
    expect(speakers(text)).toEqual(['Andrew Putnam', 'Suresh Kurwade']);
  });
});

describe('demonyms, groups and descriptions of the person a story is about', () => {
  it('leaves a demonym or a plural of people opening a run out of the name', () => {
    const text = ['“We’re buzzing,” said Dubliner Leah Brennan.', 'Attendees Tanya Quinn and Orla Ormond said it felt “surreal”.'];
    expect(names(text)).toEqual(['Leah Brennan', 'Tanya Quinn', 'Orla Ormond']);
  });

  it('gives "the full-time student described …" to the person the story is about, not to "full-time student"', () => {
    const text = [
      'When Hannah Strand jumped on a train at Gloucester, she expected to be home within an hour.',
      'The 27-year-old said the service was already running late when she boarded.',
      'She said: “Somewhere near Stonehouse we stopped for an hour.”',
      '“Then we stopped again, because the train in front had broken down.”',
      'The full-time student described her journey as a “very frightening experience”.',
    ];
    expect(speakers(text)).toEqual(['Hannah Strand', 'Hannah Strand', 'Hannah Strand']);
  });
});

describe('capitalised words nobody says', () => {
  it('reads a short title-case quote with no speaker as a name or title, and a lower-case one as a scare term', () => {
    const text = ['Norway’s “Lilyhammer” debuted in 2012 alongside four other series.', 'The plan is a “reform” in name only.'];
    expect(findQuotes(text).map((q) => q.kind)).toEqual(['headline', 'scare']);
  });
});

describe('letters and parties before a name', () => {
  it('leaves a body’s letters before a name in the title, but not inside a body’s own name', () => {
    const text = [
      'Washington has found itself in total isolation on the issue, Russian Permanent Representative to the UN Vasily Nebenzia said.',
      '“History will not forgive you,” he told the council.',
      '“Conditions are expected to worsen,” the BC Wildfire Service said.',
    ];
    expect(speakers(text)).toEqual(['Vasily Nebenzia', 'BC Wildfire Service']);
  });

  it('reads "Democrat" and "Republican" before a name as titles', () => {
    const text = ['Exit polls show Democrat Barack Obama won a second term.', '“We will sustain the recovery,” Obama said.'];
    expect(names(text)).toEqual(['Barack Obama']);
  });
});

describe('more titles before a name', () => {
  it('knows Kenya’s "CS" and a superintendent’s "Sup" as titles, not parts of the name', () => {
    expect(speakers(['"The drugs are safe," said Health CS Wanjiru Otieno.', '"Crime has fallen," Sup Andrew Laing said.'])).toEqual(['Wanjiru Otieno', 'Andrew Laing']);
  });
});

describe('a name closing its sentence on an initial', () => {
  it('keeps the initial without the full stop that ends the sentence', () => {
    expect(speakers(['“Rest easy, old friend,” wrote the rapper MC Flow K.', '“We will miss him,” MC Flow K said.'])).toEqual(['MC Flow K', 'MC Flow K']);
  });
});

describe('a very long title before a name', () => {
  it('still ends in the whole name', () => {
    expect(names(['Channel Islands Cetacean Research Unit Stranding Coordinator Lena Marchetti was in charge of sampling.'])).toEqual(['Lena Marchetti']);
  });
});

describe('owners and pairs', () => {
  it('keeps all three words of a name after an owner ("Iran\'s Bijan Namdar Zangeneh")', () => {
    expect(names(['"It all depends on consultations," said Oman\'s Salim Nasser Harthy.'])).toEqual(['Salim Nasser Harthy']);
  });

  it('gives the words of two people named together to the first of them', () => {
    expect(speakers(['Attendees Tara Quill and Orla Osmond said it was “surreal” to be back.'])).toEqual(['Tara Quill']);
  });
});

describe('a body named again without its first word', () => {
  it('is the fuller name ("the High Command said" after "the Police High Command")', () => {
    const text = [
      'This statement from the Police High Command came in response to criticism by church leaders.',
      '"We are appealing to all citizens to help us," the High Command said in its statement.',
    ];
    expect(speakers(text)).toEqual(['Police High Command']);
  });
});

describe('stage names', () => {
  it('keep "The" when the story always writes the one-word name after it, but not for a body', () => {
    const text = [
      'LOS ANGELES (AP) — The Wanderlynn suddenly ended his sold-out concert on Saturday.',
      'While onstage, the Wanderlynn apologised to fans.',
      'The Wanderlynn went on social media to explain that he had lost his voice.',
      '“I’m going to make sure everyone gets their money back,” he told the crowd.',
      'The Pentagon called the test “probable”, and the Pentagon later confirmed it.',
    ];
    expect(speakers(text)).toEqual(['The Wanderlynn', 'Pentagon']);
  });
});

describe('particles and qualifiers in names', () => {
  it('keeps the given names before a particle and its surname', () => {
    expect(names(['French author Jean-Luc Aurèle Le Mével, a globetrotting novelist, won the prize.'])).toEqual(['Jean-Luc Aurèle Le Mével']);
    expect(names(['Iraqi Oil Minister Samir Abbas Al Rawi said talks would continue.'])).toEqual(['Samir Abbas Al Rawi']);
    expect(names(['French Minister for Europe and Foreign Affairs Jean-Yves Le Bris condemned the move.'])).toEqual(['Jean-Yves Le Bris']);
  });

  it('drops an everyday word opening a name even when the surname is an everyday word too', () => {
    expect(speakers(['"We have fought a long fight," said Patient Dennis Baker.'])).toEqual(['Dennis Baker']);
  });
});

describe('surnames written differently', () => {
  it('finds a person by a surname written without its accent ("Cortes" for Marko Cortés)', () => {
    expect(speakers(['Party president Marko Cortés said the party rejected the reply.', '“With the same lies,” Cortes said.'])).toEqual(['Marko Cortés']);
  });

  it('keeps a surname that is a street’s word after a role or before a speech verb ("parent Stephanie Lane told")', () => {
    expect(speakers(['Parent Stephanie Lane told the station her son was scared.', '“It was that type of climate,” Lane said.'])).toEqual(['Stephanie Lane']);
    expect(names(['Police closed Church Street on Monday.'])).toEqual([]);
  });
});

describe('couples and pairs named together', () => {
  it('gives the first of a couple the surname written after a second name with a middle name', () => {
    const text = ['The love William and Rosa Wilder Langston have shared shows.', '"I was searching for someone," recalled William.'];
    expect(speakers(text)).toEqual(['William Langston']);
  });

  it('gives the words of two people named by surname together to the first', () => {
    const text = ['The frog was described by David Brito-Zapata and Carolina Reyes-Puig.', '"The name honours a band we love," Brito-Zapata and Reyes-Puig said.'];
    expect(speakers(text)).toEqual(['David Brito-Zapata']);
  });
});
