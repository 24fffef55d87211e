/**
 * Words that any news story may use whatever its event: reporting verbs, titles, time words, and the
 * vocabulary of politics, diplomacy and war in general. Sharing them says nothing about being the
 * same event, so the same-story decision ignores them (the stopwords are ignored already).
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(
  ('said says saying say told tell telling added adding asked asking according reported report reports reporting ' +
    'stated statement statements comment comments commented declined noted called calling quoted quote described ' +
    'official officials government governments president presidents presidential minister ministers ministry ' +
    'spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor envoy envoys leader ' +
    'leaders leadership administration senior deputy secretary chief head former director member members ' +
    'people person country countries nation nations national state states international foreign domestic ' +
    'policy political politics party public security military forces force troops army defence defense war wars ' +
    'peace talks talk negotiations negotiation negotiators deal deals plan plans agreement agreements proposal ' +
    'proposals meeting meetings meet met summit process progress efforts effort issue issues key point points ' +
    'support pressure relations allies ally partners partner side sides conflict crisis situation ' +
    'today yesterday tomorrow week weeks weekend day days month months year years time times morning evening ' +
    'night hours hour monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'june july august september october november december earlier later ago recent recently soon early late ' +
    'first second third last next new old former end ending ended begin began start started continue continued ' +
    'continues continuing remain remains remained still already yet expected expect expects hope hoped ' +
    'make makes made making take takes took taken give gave given get got come came coming go going went ' +
    'want wanted need needs needed work working worked help helped use used show showed shows include ' +
    'including included part parts way ways lot lots several number numbers million billion percent cent ' +
    'per us u.s u.k uk eu un us-backed ready possible whether despite however although though while around ' +
    'across among including against without within well good bad big small major large high long little ' +
    'three four five six seven eight nine ten hundreds thousands dozens news media press reporters journalists ' +
    'told told spoke speak speaking speech interview wrote writing written post posted social channel')
    .split(/\s+/),
);
