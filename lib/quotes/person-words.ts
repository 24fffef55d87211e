/* Words for people: titles and roles before a name, occupations, nouns that stand for a person, nationalities. */

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
