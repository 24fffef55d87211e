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

/** Role nouns and title words: they describe a speaker, they are not part of the name. */
export const ROLE_WORDS = new Set(
  ('president vice prime minister deputy foreign secretary spokesman spokeswoman spokesperson spokespeople ' +
    'adviser advisor aide envoy ambassador director chief official officials diplomat senator governor mayor ' +
    'chancellor king queen prince general commander head leader chairman chairwoman chair ceo founder ' +
    'analyst expert professor dr mr mrs ms miss mx sir lord judge justice lawmaker minister representative rep ' +
    'special presidential communications press policy senior former army defence defense interior state ' +
    'kremlin white house us u.s. russian ukrainian american british european chinese sen rep gov speaker majority ' +
    'minority shadow opposition party former co-founder cofounder administrator commissioner executive manager ' +
    'officer inspector attorney lawyer counsel coach captain striker goalkeeper substitute defender midfielder ' +
    'investigator economist strategist researcher correspondent editor interim acting ' +
    // Titles written before a name ("Councillor Jo Bell", "Prof Ana Ruiz") are the title, never the name.
    'councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman congressman ' +
    'congresswoman prof rev reverend dame baroness baron bishop archbishop rabbi sheriff detective sergeant ' +
    'constable superintendent lieutenant colonel admiral premier ' +
    // Police and military ranks as abbreviated before a name ("DI Okonedo", "Cllr Byrne").
    'di dci dsi ds dc pc cst const supt insp det sgt lt col gen capt cpl maj adm cmdr cllr clr coun cr hon vp svp evp ' +
    'treasurer comptroller auditor ombudsman registrar provost rector warden magistrate coroner prosecutor fiscal depute ' +
    'mp msp mla mep td mk comrade madam mdm mme datuk dato datin seri tun tunku tengku haji hajjah encik puan ' +
    // Indian police and civil-service ranks ("DCP Shalini Rao", "SHO Ravi Kumar").
    'dcp acp ssp dsp igp dgp sho ' +
    'supervisor selectman regent corporator democrat republican ' +
    // Offices a country's own language names ("Taoiseach Micheál Martin", "Tánaiste Leo Varadkar").
    'taoiseach tánaiste ayatollah maulana emir sultan pm cm garda alhaji alhaja ' +
    // Kenya's cabinet secretaries ("Health CS Susan Nakhumicha") and a superintendent shortened ("Sup Andy Martin").
    'cs sup countryman countrywoman compatriot')
    .split(/\s+/),
);

/** True for a title word before a name ("Cllr", "President"); "CR" in capitals is a man's initials ("CR Patil"), not "Cr" for councillor. */
export const isTitleWord = (w: string): boolean => w !== 'CR' && ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, ''));

/**
 * Occupations written in lower case before a name ("area coroner Rebecca Thornhill", "union organiser
 * Sione Fifita"). Only lower-case use counts: capitalised, many are surnames (Baker, Farmer, Porter).
 */
export const LOWER_ROLE_WORDS = new Set(
  ('coroner barrister solicitor prosecutor nurse surgeon physician consultant teacher headteacher principal ' +
    'pastor priest vicar imam owner organiser organizer chairperson treasurer trustee campaigner activist ' +
    'scientist author novelist writer historian architect engineer broker banker player forward winger boss ' +
    'referee skipper chef baker farmer resident neighbour neighbor witness victim partner founder legend ' +
    'veteran director producer actor actress singer musician artist curator landlord tenant student ' +
    'academic lecturer doctor economist councillor spokesman spokeswoman spokesperson ' +
    // "his wife, Grace Okonjo": kinship before a name is how "her husband said" finds him later.
    'wife husband mother father son daughter brother sister widow widower grandmother grandfather mum dad ' +
    'fiancée fiancé girlfriend boyfriend member teammate team-mate ' +
    'commuter retiree pensioner homeowner motorist cyclist passenger shopkeeper vendor stallholder ' +
    'meteorologist forecaster epidemiologist virologist geologist seismologist climatologist biologist chemist ' +
    'physicist psychologist psychiatrist paediatrician pediatrician cardiologist oncologist ' +
    'quarterback receiver linebacker pitcher catcher shortstop batsman batter bowler wicketkeeper keeper ' +
    'fly-half scrum-half flanker full-back centre-back left-back right-back all-rounder opener')
    .split(/\s+/),
);

/** True for a word that names a role before a name: a title word, or an occupation written in lower case. */
export const isRoleWord = (w: string): boolean => {
  const bare = w.replace(/[’']s$|\.$/, '');
  const lower = bare.toLowerCase();
  // "Prosecutor Sarah Whitlow", "Coroner Ann Lee": capitalised too, unless the word is a common surname.
  // "Vice-Chancellor", "Co-Chair", "Chancellor-designate": a title joined by hyphens is a title.
  if (/^\p{L}+(?:-\p{L}+)+$/u.test(bare) && bare.split('-').every((part) => ROLE_WORDS.has(part.toLowerCase()) || /^(?:co|designate|elect)$/i.test(part))) return true;
  // "Second-placed Putnam", "Two-time champion", "Top-seeded": a ranking before a name is a title.
  if (/^\p{L}+-(?:placed|ranked|seeded|time)$/u.test(bare)) return true;
  if (bare === 'CR') return false;
  return ROLE_WORDS.has(lower) || LOWER_ROLE_WORDS.has(bare) || (LOWER_ROLE_WORDS.has(lower) && !SURNAME_LIKE.has(lower));
};
const SURNAME_LIKE = new Set(
  'baker farmer broker banker partner legend owner writer player boss skipper singer artist actor student resident neighbour neighbor witness victim veteran tenant landlord director producer musician academic forward winger chef son mum dad brother'.split(' '),
);

// Nouns for people by what they are to others or by age: "his widow", "the teenager", "the 52-year-old".
const PERSON_NOUN = /^(?:(?:mother|father|mum|dad)-of-[a-z]+|Democrat|Republican|Independent|Tory|man|woman|men|women|boy|girl|teenager|youngster|pensioner|mother|father|son|daughter|wife|husband|widow|widower|brother|sister|grandmother|grandfather|mum|dad|aunt|uncle|friend|pal|colleague|neighbour|neighbor|child|parent|couple|pair|duo|star|superstar|rookie|champion|champ|winner|medallist|medalist|runner-up|runner|athlete|swimmer|boxer|golfer|sprinter|jockey|rider|skier|marathoner|jumper|striker|midfielder|defender|goalkeeper|survivor|presenter|member|convenor|convener|comedian|rapper|[\d\p{L}-]+-year-old)$/u;

// "the Frenchman said", "the Kenyan added": a nationality is a description of someone named before.
const NATIONALITY = new RegExp(
  '^(?:[A-Z][a-z]+(?:man|woman)|' +
    'American|Australian|Brazilian|Canadian|Italian|Belgian|Nigerian|Kenyan|Ghanaian|Egyptian|Mexican|Colombian|Chilean|' +
    'Peruvian|Venezuelan|Argentine|Argentinian|Russian|Ukrainian|Georgian|Hungarian|Romanian|Bulgarian|Serbian|Croatian|' +
    'Norwegian|Estonian|Latvian|Lithuanian|Indian|Pakistani|Bangladeshi|Afghan|Iranian|Iraqi|Syrian|Israeli|Palestinian|' +
    'Saudi|Jordanian|Lebanese|South African|Zimbabwean|Ugandan|Tanzanian|Ethiopian|Somali|Sudanese|Moroccan|Algerian|' +
    'Tunisian|Korean|Filipino|Indonesian|Malaysian|Kiwi|Scot|Dane|Swede|Finn|Pole|Czech|Spaniard|Portuguese|Chinese|' +
    'Japanese|Vietnamese|Senegalese|Congolese|Cameroonian|Ivorian|German|Austrian|Dutch|Swiss|Turk|Greek|' +
    // More demonyms, so that "Saudi Arabian oil minister Ali al-Naimi" is no person called "Saudi Arabian".
    'Arabian|Emirati|Qatari|Kuwaiti|Omani|Yemeni|Bahraini|Libyan|Nepali|Nepalese|Lankan|Thai|Burmese|Cambodian|Mongolian|' +
    'Kazakh|Uzbek|Turkish|Kurdish|Armenian|Azerbaijani|Belarusian|Slovak|Slovenian|Bosnian|Albanian|Macedonian|Icelandic|' +
    'Irish|Welsh|Scottish|English|British|French|Spanish|Cypriot|Maltese|Jamaican|Cuban|Haitian|Bolivian|Ecuadorian|' +
    'Paraguayan|Uruguayan|Guatemalan|Honduran|Salvadoran|Nicaraguan|Panamanian|Rwandan|Burundian|Malawian|Zambian|' +
    'Mozambican|Angolan|Namibian|Liberian|Guinean|Malian|Chadian|Eritrean|Gabonese|Togolese|Mauritian|Fijian|Samoan|' +
    'Singaporean|Taiwanese|Aussie|European|African|Asian|Arab)$',
);

/** True for a nationality used as a noun for a person ("Frenchman", "Kenyan"). */
export const isNationality = (w: string): boolean => NATIONALITY.test(w);

/** True for a noun that heads a person's description, never an institution's ("president", "coroner", not "Kremlin"). */
export const isPersonHead = (w: string): boolean => PERSON_NOUN.test(w) || LOWER_ROLE_WORDS.has(w) || ROLE_NOUNS.has(w) || NATIONALITY.test(w);

/** True for a lower-case noun that stands for a person ("the coroner", "the 52-year-old", "his widow"). */
export const isPersonNoun = (w: string): boolean => PERSON_NOUN.test(w) || LOWER_ROLE_WORDS.has(w) || ROLE_NOUNS.has(w) || ROLE_WORDS.has(w) || NATIONALITY.test(w);

/** Nouns that name a role on their own ("the president observed"), used to resolve role-noun speakers. */
export const ROLE_NOUNS = new Set(
  ('president minister spokesman spokeswoman spokesperson adviser advisor aide envoy ambassador director ' +
    'official diplomat senator governor mayor chancellor secretary chief leader chairman ceo analyst speaker ' +
    'administrator commissioner executive manager officer inspector attorney lawyer coach captain judge counterpart ' +
    'chair chairwoman king queen prince princess pope general commander justice sheriff bishop archbishop ' +
    'premier detective constable sergeant superintendent colonel admiral lieutenant founder editor professor taoiseach tánaiste ' +
    'prosecutor fiscal coroner')
    .split(/\s+/),
);

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

