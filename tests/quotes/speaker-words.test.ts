// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { names, speakers } from './read-speakers';
import { isCommonWord } from '../../lib/quotes/common-words';
import { isRoleWord } from '../../lib/quotes/words';

// Everyday words are not names, and the words that open a sentence are not its subject. Written fresh for each mechanism.

describe('everyday words are not people', () => {
  it('knows everyday words in their inflected forms, but not first names or surnames', () => {
    expect(['Teachers', 'Super', 'Eagles', 'Learning', 'Stopped', 'Policies'].map(isCommonWord)).toEqual([true, true, true, true, true, true]);
    expect(['Grace', 'Will', 'Okonjo', 'Mensah', 'RM'].map(isCommonWord)).toEqual([false, false, false, false, false]);
  });

  it('gives "he promised" to the player, not to the team named by everyday words', () => {
    const text = [
      'Midfielder Kojo Ampofo spoke after training on Friday.',
      'Golden Lions head into the tournament as favourites.',
      '“We will give our all to make the fans happy,” he promised.',
    ];
    expect(names(text)).toEqual(['Kojo Ampofo']);
    expect(speakers(text)).toEqual(['Kojo Ampofo']);
  });

  it('does not take a word qualifying a noun for a person, even after a title-like adjective', () => {
    const text = [
      'Hopes of a special Brexit summit faded on Friday.',
      'The chancellor, Ruth Adair, was blunt.',
      '“There is a long way to go,” she said.',
    ];
    expect(names(text)).toEqual(['Ruth Adair']);
    expect(speakers(text)).toEqual(['Ruth Adair']);
  });
});

describe('what opens a sentence is not its subject', () => {
  it('skips an adverb set off by a comma and a title before a surname', () => {
    const text = [
      'Cllr Dana Whitfield (Popley East) has called the closure "outrageous".',
      'Practice manager Tom Reed said the closure was temporary.',
      'Now, Cllr Whitfield has criticised the board for leaving patients in the dark.',
      'He told the Gazette: "Nobody warned them. Nobody."',
    ];
    expect(speakers(text)).toEqual(['Dana Whitfield', 'Dana Whitfield']);
  });

  it('gives a colon introduction opened by an adverb to the person it names, not to the adverb', () => {
    const text = [
      '"It was the biggest night of her life," manager Joe Bright said of singer Maeve Tully.',
      'Afterward, Tully posted a photo of the crowd with a simple caption: "HOME."',
    ];
    expect(speakers(text)).toEqual(['Joe Bright', 'Maeve Tully']);
  });

  it('does not take a participle opening the sentence for the speaker', () => {
    const text = ['Underscoring what it called the “ruthlessness” of the gangs, the Harbour Police Command said officers would not back down.'];
    expect(speakers(text)).not.toContain('Underscoring');
  });
});

describe('titles written before a name', () => {
  it('reads a hyphenated title and an occupation ending in -star as titles, not names', () => {
    expect(isRoleWord('Vice-Chancellor')).toBe(true);
    const text = [
      'Vice-Chancellor Anita Rao defended the fee rise on Monday.',
      'Megastar Dev Kapoor praised the film as “exceptional”.',
      '“I am saving the institution,” Rao said.',
    ];
    expect(names(text)).toEqual(['Anita Rao', 'Dev Kapoor']);
    expect(speakers(text)).toEqual(['Dev Kapoor', 'Anita Rao']);
  });
});

describe('surnames that are everyday words', () => {
  it('keeps a surname that is an everyday word when a courtesy title marks it as a person', () => {
    const text = ['Mr Rice, who runs the depot, was angry on Tuesday.', '“Nobody asked us,” he said.'];
    expect(names(text)).toEqual(['Rice']);
    expect(speakers(text)).toEqual(['Rice']);
  });
});

describe('demonyms, hyphenated everyday words and bodies', () => {
  it('does not take a demonym before a role for a person', () => {
    const text = ['Saudi Arabian oil minister Ali al-Naimi arrived in Vienna.', '“Demand is picking up. Good!” he said.'];
    expect(names(text)).toEqual(['Ali al-Naimi']);
    expect(speakers(text)).toEqual(['Ali al-Naimi']);
  });

  it('does not take a title after a capital "The" inside a sentence for a person', () => {
    const text = [
      'American swimmer Rebecca Sonn won the 200 metres breaststroke on Friday.',
      'Choking back tears as they played The Star-Spangled Banner, she looked in shock after she had beaten former world record holder Leisel Jones of Australia into second.',
      '“It has been a long road,” said the 21-year-old.',
    ];
    expect(speakers(text)).toEqual(['Rebecca Sonn']);
  });

  it('reads An Garda Síochána as the force, not a person called Síochána', () => {
    const text = ['An Garda Síochána apologised to the court, saying the error was made “inadvertently”.'];
    expect(names(text)).toEqual([]);
  });
});

describe('places with a compass point, honorifics and species', () => {
  it('reads a compass point before a place as the place, and "The Weeknd" as nobody’s place', () => {
    const text = [
      'The Weeknd cancelled his show in Los Angeles after his voice gave out.',
      'The singer, who grew up in Toronto, has toured Southern California for weeks.',
      '“I’m going to make sure you get a show,” he told fans.',
    ];
    expect(speakers(text)).not.toContain('Southern California');
  });

  it('reads "Miss" and "Alhaji" as titles before a name', () => {
    const text = ['Chief executive Maggie Boyne apologised. Miss Boyne said a “significant number” were waiting.', '“The demolition is sudden,” said Alhaji Mohammed Danbaba.'];
    expect(speakers(text)).toEqual(['Maggie Boyne', 'Mohammed Danbaba']);
  });

  it('does not take a genus before its species for a person', () => {
    const text = ['The dinosaur has been named Newtonsaurus cambrensis, said student Owain Evans.', 'Newtonsaurus cambrensis was a large predator.', '“We can now confirm that it is a new species,” he said.'];
    expect(names(text)).toEqual(['Owain Evans']);
    expect(speakers(text)).toEqual(['Owain Evans']);
  });
});

describe('first names that end like a comparative', () => {
  it('are not everyday words ("Peter" is no "pet" + "er"), so a qualifier before them is dropped', () => {
    expect(['Peter', 'Homer'].map(isCommonWord)).toEqual([false, false]);
    expect(['Bigger', 'Teachers', 'Stronger'].map(isCommonWord)).toEqual([true, true, true]);
    expect(names(['Impressive Peter Tanui from Kapsabet won the men’s 10,000m.'])).toEqual(['Peter Tanui']);
  });
});
