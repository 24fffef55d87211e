import { isRoleWord } from './person-words';

export { ROLE_WORDS, isTitleWord, LOWER_ROLE_WORDS, isRoleWord, isNationality, isPersonHead, isPersonNoun, ROLE_NOUNS } from './person-words';

/** Verbs that introduce or close someone's words ("X said", "said X", "X told reporters"). */
export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|observed|warned|wrote|writes|stressed|noted|insisted|argued|explained|' +
  'asked|replied|declared|stated|claimed|urged|commented|tweeted|posted|continued|recalled|admitted|announced|' +
  'conceded|acknowledged|remarked|suggested|cautioned|predicted|responded|emphasised|emphasized|concluded|' +
  // Present tense for features ("she says", "adds Okafor") and the livelier verbs of sport and court reports.
  'notes|insists|argues|explains|recalls|admits|concedes|continues|warns|asks|replies|recounts|' +
  'quipped|joked|jokes|boasted|countered|retorted|pleaded|demanded|lamented|shouted|' +
  'chanted|yelled|screamed|whispered|murmured|mused|muses|grumbled|protested|reiterated|' +
  'exclaimed|scoffed|testified|answered|interjected|laughed|laughs|sighed|sighs|smiled|smiles|grinned|grins|' +
  'ruled|rules|read|reads|signalled|signaled|signals|indicated|hinted|texted|messaged|wrote back|told of|pointed out|points out|went on|goes on|chimed in|cut in|piped up|cried out|called out|shouted out';

const SPEECH_VERB_WORD = new RegExp(`^(?:${SPEECH_VERBS})$`);
/** True for a reporting verb on its own ("said", "told"). */
export const isSpeechVerb = (w: string): boolean => SPEECH_VERB_WORD.test(w);
/** A reporting verb opening the text, after any space ("… said in a statement"). */
export const SPEECH_VERB_NEXT = new RegExp(`^\\s*(?:${SPEECH_VERBS})\\b`);

/** Pronouns that stand for a speaker named earlier. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);

/** Prepositions and adverbs that open a sentence before its subject ("Under Kohli, India …", "Afterward, Horan shared …"). */
export const ADVERBIAL_OPENERS = new Set(
  ('Under Across Despite During Following Amid Amidst Among Unlike Outside Inside Throughout Since Until Upon Within Without Beyond ' +
    'Against Between Behind Below Above Along Around Toward Towards Through Into Over Via Afterward Afterwards Elsewhere Separately ' +
    'Instead Meantime Citing Therefore Thus Hence Moreover Furthermore Additionally Similarly Likewise Nevertheless Nonetheless ' +
    'Indeed Besides Overall Finally Firstly Secondly Lastly Consequently Accordingly Otherwise Regardless')
    .split(/\s+/),
);

/** Capitalised words that start sentences or name times, never people. */
export const NOT_NAME_WORDS = new Set(
  ('The A An But And Or So Yet On In At For From To Of By With As After Before When While If Asked Earlier Later ' +
    'Meanwhile However Still Also Even Then This That These Those It He She They We I You Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Initially Materials No Someone Wait There Who What Why How Where Here Nobody ' +
    'Everyone Well Yes Oh Now Today Yesterday Tomorrow Not One Another Some Many Most Few Both Each Every Neither ' +
  'Only Just Even Others Other Back Born Née Nee Her His Their Its Our My Your Next Last Two Three Four Five Six Seven Eight Nine Ten Twenty Thirty Forty Fifty Hundred Thousand Please Thank Thanks ' +
    // A question's verb ("Does Yee regret it?"): never a given name ("Will" and "Can" may be).
    'Does Did Should Would Could Must Shall Was Were Is Are Has Had Have')
    .split(/\s+/)
    .concat([...ADVERBIAL_OPENERS]),
);

/** A pronoun fused with a verb (I’ve, It’s, That’s): a capitalised word that is never a name. */
export const CONTRACTION = /^(?:I|It|That|There|Here|We|You|They|He|She|What|Who|Let)[’'](?:ve|m|ll|d|s|re)$/;

/** True for a capitalised word that is never (part of) a name: sentence openers, days, months, contractions (with or without a possessive: "Thursday’s"). */
export const notName = (w: string): boolean => NOT_NAME_WORDS.has(w.replace(/[’']s$/, '')) || CONTRACTION.test(w);

/** "A driver," "Another motorist," "One resident,": someone described, whose name may follow set off by commas. */
export const DESCRIBED_SOMEONE = '(?:An?|Another|One)\\s+(?:[a-z-]+\\s+){0,2}[a-z]+,';

/** Words that make a capitalised run an organisation, place or event rather than a person. */
export const NON_PERSON_WORDS = new Set(
  ('News House Force War Fund Office Ministry Agency Party Union Council Bank Times Post Channel Group Inc Ltd ' +
    'Committee Company Corp Press Day Street Square Island Sea Ocean Republic Federation Kingdom States Nations ' +
    'Army Navy Forces Court Parliament Assembly Senate Congress Department Institute University Foundation ' +
    'Novosti Tass Interfax Reuters Bloomberg Airport Plan Peace Deal Europe Gaza Moscow Kyiv Kiev Washington ' +
    'Treasury Democrats Republicans Labour Liberal Conservatives Tories Russia Ukraine China Britain America Israel ' +
    'Iran Nato NATO EU UN Kremlin Capitol Senate Hall Museum Studies Social Media Times Journal Observer BBC CNN ' +
    'Herald Record Gazette Telegraph Mirror Express Chronicle Tribune Courier Examiner Echo Mail Daily Guardian Independent ' +
    // (Not Park, Church, Temple or Castle: common surnames.)
    'Port Fort Mount Lake Cape Bay ' +
    'Chapel Cathedral Mosque Abbey Palace Gallery Library Theatre Arena ' +
    'Town United City Rovers Athletic FC Wanderers Albion County Rangers Celtic Olympic Sporting Dynamo ' +
    'Statement Declaration Agreement Accord Treaty Act Charter Protocol Convention Summit Conference ' +
    'Trophy Cup League Championship Championships Series Grand Prix Olympics Games ' +
    'St Rd Ave Road Lane Avenue Drive Boulevard Blvd Highway Terrace Crescent Station Hospital Stadium River Valley ' +
    'Prefecture Province Region Territory Municipality Borough Síochána Siochana Gardaí ' +
    // Storms are named like people ("after Hurricane Rita").
    'Hurricane Typhoon Cyclone Storm Pentagon Vatican Elysee Élysée')
    .split(/\s+/),
);

// "Chief James White", "Premier Dennis King", "Ann Bishop": a title word after a first name is a surname.
const TITLE_SURNAME = /^(?:White|House|King|Sen|Bishop|Judge|Dean|Major|Marshal|Knight|Sheriff|Pope|Chancellor|Prince|Duke|Earl|Abbott|Sergeant)$/;

/** True when words[k] is a title word used as a surname: the last word, after a first name that is no title. */
export const isTitleSurname = (words: string[], k: number): boolean =>
  k === words.length - 1 && k > 0 && TITLE_SURNAME.test(words[k]!) && /^\p{Lu}\p{Ll}/u.test(words[k - 1]!) && !isRoleWord(words[k - 1]!) && !notName(words[k - 1]!);

// "Angela Washington", "parent Stephanie Lane": words that usually name a place or a street are surnames
// after a first name too; Washington always, the street words only where something marks a person.
const PLACE_SURNAME = /^(?:Lane|Street|Hall|Court|Bay|Field|Ford|Wood|Church|Rivers|Banks)$/;

/** True when words[k], a place's or a street's word, closes a person's name (`cued`: a role before or a speech verb after). */
export const isPlaceSurname = (words: string[], k: number, cued: () => boolean): boolean =>
  k > 0 && k === words.length - 1 && (words[k] === 'Washington' || (PLACE_SURNAME.test(words[k]!) && cued()));

// "Filmmaker Atom Egoyan", "Playwright Ann Roe", "Novelist Jo Wu", "Megastar Amitabh Bachchan": occupations no list can hold, known by their endings.
const OCCUPATION = /^\p{Lu}\p{Ll}{2,}(?:maker|writer|grapher|wright|ologist|ician|ist|star)$/u;

/** True when a run opens with a capitalised occupation before a name of two words or more. */
export const leadsWithOccupation = (words: string[]): boolean => words.length > 2 && OCCUPATION.test(words[0]!) && words.slice(1).every((w) => /^\p{Lu}/u.test(w));

/**
 * Verbs that report someone's words or stance beyond the speech verbs ("conveyed that ties were …",
 * "believes the shop …", "expressed its “lack of confidence”"): whose words a nearby quote may be.
 */
export const REPORTING_VERBS = new RegExp(
  `(?<![\\w-])(?:${SPEECH_VERBS}|believes|believed|thinks|thought|hopes|hoped|fears|feared|expects|expected|wants|wanted|agrees|agreed|` +
    'accepts|accepted|maintains|maintained|worries|worried|remembers|remembered|describes|described|backed|defended|praised|blamed|' +
    'rejected|dismissed|questioned|welcomed|thanked|urged|conceded|acknowledged|conveyed|conveys|expressed|expresses|stating|informed|' +
    'informs|observes|pointed out|reported|reports|lodged|called|calls|branded|labelled|labeled|termed|dubbed|vowed|pledged|promised|' +
    'accused|denounced|condemned|hailed|cited|cites|feels|felt|flagged|flags|mentioned|mentions|alleged|alleges|highlighted|underlined|regretted)\\b',
  'u',
);

