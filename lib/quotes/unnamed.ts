/** Nouns that an unnamed source is described by ("a senior FAA official", "one EU diplomat"). */
const SOURCE_NOUN =
  'official|officials|diplomat|source|executive|aide|adviser|advisor|insider|manager|officer|lawyer|analyst|employee|staffer|person|negotiator|investigator|banker|trader|underwriter|' +
  // Members of the public a story quotes without naming ("one parent, who asked not to be named, said").
  'parent|resident|witness|neighbour|neighbor|commuter|passenger|patient|shopper|customer|voter|worker|teacher|student|nurse|doctor|farmer|' +
  'shareholder|investor|bondholder|creditor|donor|member|relative|friend|colleague|lawmaker|legislator|councillor|player|fan|supporter|' +
  'man|woman|evacuee|survivor|villager|protester|motorist|delegate|envoy|participant|attendee|mediator|' +
  // "one Labour MP who signed the letter", "a Cabinet minister": members of a house quoted unnamed.
  'MP|MSP|MEP|MLA|TD|senator|minister|peer';
const GLUE = /^(?:of|in|on|at|to|for|by|with|from|that|which|who|and|or|but|as|is|was|were|are|has|had|have|the|his|her|its|their)$/i;
const DESCRIPTION = new RegExp(`\\b(?:A|a|An|an|One|one|Another|another)\\s+((?:[\\p{L}’'-]+\\s+){0,3}(?:${SOURCE_NOUN}))\\b(?!\\s+(?:of|for)\\b)`, 'gu');

const BODY_SPOKES = /\b(?:A|a|An|an|The|the)\s+(\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,3})\s+(spokes(?:man|woman|person)|press officer)\b(?!\s*,?\s*\p{Lu}[\p{L}’'-]+\s+\p{Lu})/gu;
// "A government spokesperson said …. “…,” the spokesperson told": a body in lower case speaks the same way.
const LOWER_BODY_SPOKES = /\b(?:A|a|An|an)\s+((?:\p{Lu}\p{L}+\s+)?(?:government|police|council|hospital|ministry|army|military|company|airline|club|university|court|prison|party|campaign|embassy|palace|department|agency|union|league|team|navy|school|church|zoo|museum))\s+(spokes(?:man|woman|person)|press officer)\b(?!\s*,?\s*\p{Lu}[\p{L}’'-]+\s+\p{Lu})/gu;
const FAMILIAR = /\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother)\s+((?:senior\s+)?(?:person|people|source|sources|official|officials|executive|insider))\s+(familiar with|close to|with knowledge of|briefed on)\s+(the\s+[a-z]+(?:\s+(?!(?:[a-z]+ed|told|said|says|tells|wrote)\b)[a-z]+)?)/gu;
const FAMILIAR_HEAD = /^\s+(?:familiar with|close to|with knowledge of|briefed on)\b/;
const SPOKES_FOR = /\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:senior\s+)?(?:spokes(?:man|woman|person)|representative|press officer))\s+(?:for|of|at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}’'&.-]*){0,7})/gu;

const OWNED_PERSON = /\b[Tt]he\s+(\p{Ll}[\p{Ll}-]*['’]s\s+(?:grandfather|grandmother|father|mother|brother|sister|son|daughter|uncle|aunt|cousin|husband|wife|partner|widow|widower|fiancée|fiancé|boyfriend|girlfriend|lawyer|solicitor|attorney|barrister|neighbour|neighbor|friend|teacher|coach|employer|landlord|landlady|doctor|carer))\b/gu;

/**
 * The unnamed sources a paragraph introduces ("A senior FAA official, speaking on condition of
 * anonymity, said …"), as their descriptions without the article: that description is how the
 * reader knows them, and what "the official said" later refers back to.
 */
export function unnamedSources(original: string): { name: string; title: string | null }[] {
  // "A WOMAN has told of …": local papers set a story's first words in capitals; read them in lower case.
  // (Only when the capitals end in a source noun: "An FDA spokesperson" keeps its body's letters.)
  const text = original.replace(/^((?:A|An|One)\s+)(\p{Lu}{2,}(?:\s+\p{Lu}{2,})*)(?=\s\p{Ll})/u, (all, a: string, w: string) =>
    new RegExp(`^(?:${SOURCE_NOUN})$`).test(w.split(/\s+/).pop()!.toLowerCase()) ? a + w.toLowerCase() : all,
  );
  const out: { name: string; title: string | null }[] = [];
  // "A spokesperson for Northvale Police said": the force speaks; "the spokesperson" later is its voice.
  for (const m of text.matchAll(SPOKES_FOR)) {
    const after = text.slice(m.index! + m[0].length);
    // "the spokesman for Ukraine's navy, Oleh Kravets,": a named spokesperson is a person, not an unnamed source.
    if (/^(?:\s+[a-z]+)?\s*,\s*\p{Lu}[\p{L}’'.-]+\s+\p{Lu}/u.test(after)) continue;
    // "for Ukraine's navy": the owner's lower-case body is the one that speaks.
    // ("at the North's foreign ministry": a lower-case modifier may come before the body noun.)
    const owned = /[’']s$/.test(m[2]!) && (/^\s+([a-z]+\s+(?:ministry|office|department|agency|government|embassy|council|service|army|navy|military|police|committee))\b/.exec(after) ?? /^\s+([a-z]+)\b/.exec(after));
    out.push({ name: owned ? `${m[2]} ${owned[1]}` : m[2]!.replace(/[’']s$/, ''), title: m[1]!.toLowerCase() });
  }
  // "A DfE spokesperson said …. “…,” the spokesperson said": the body named before the role.
  for (const m of text.matchAll(BODY_SPOKES)) out.push({ name: m[1]!.replace(/[’']s$/, ''), title: m[2]!.toLowerCase() });
  for (const m of text.matchAll(LOWER_BODY_SPOKES)) out.push({ name: m[1]!, title: m[2]!.toLowerCase() });
  // "The girl's grandfather said": someone known only by whose relative or adviser they are.
  for (const m of text.matchAll(OWNED_PERSON)) out.push({ name: m[1]!, title: null });
  // "a person familiar with the matter": the stock phrase is the whole description a reader knows them by.
  for (const m of text.matchAll(FAMILIAR)) out.push({ name: `${m[1]} ${m[2]} ${m[3]}`, title: null });
  for (const m of text.matchAll(DESCRIPTION)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    if (FAMILIAR_HEAD.test(after)) continue;
    // "a Labour MP, Jane Hart, said": a source named in apposition is that person, not an unnamed one.
    if (/^\s*,\s*\p{Lu}[\p{L}’'.-]+\s+\p{Lu}/u.test(after)) continue;
    // ("Now a resident at Whiddon Largs, Marion said": the same with a place between, before a name and its verb.)
    if (/^\s+(?:at|in|of|from|with)\s+[^,.;]{1,40},\s*\p{Lu}[\p{L}’'.-]+\s+(?:\p{Lu}|[a-z]+(?:ed|s)\b|said|told)/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 90))) continue;
    // "One such patient was Robyn Hill": a description the sentence names is that person.
    if (/^\s+(?:was|is)\s+\p{Lu}[\p{L}’'.-]+\s+\p{Lu}/u.test(after)) continue;
    const words = m[1]!.split(/\s+/);
    // "an interview with … lawyer": the description must be one noun phrase, no clause or joining word inside.
    if (words.some((w) => GLUE.test(w) || /[,;:]$/.test(w))) continue;
    out.push({ name: words.join(' '), title: null });
  }
  return out;
}

// "one Treasury source dismissed", "a senior manager wrote": an unnamed source is an indefinite noun
// phrase ending in a lower-case noun, the nearest determiner before the verb.
const UNNAMED_BEFORE = /(?:^|[\s,])((?:a|an|one|another|A|An|One|Another)\s+(?:[\p{L}’'-]+\s+){0,3}\p{Ll}[\p{L}-]*)$/u;
// A pronoun ends the noun phrase before it: "a spreadsheet she describes" has "she" for its subject.
const NOT_IN_NOUN_PHRASE = /^(?:of|in|on|at|to|for|by|with|from|that|which|who|and|or|but|as|is|was|were|are|has|had|have|the|he|she|they|it|we|i|you)$/i;

// "a person familiar with the matter", "one source close to the talks": the stock phrases of anonymity.
const FAMILIAR_BEFORE = /\b(?:a|an|one|A|An|One)\s+((?:person|source|official|executive)\s+(?:familiar with|close to|with knowledge of|briefed on)\s+[^,;:.]{2,40})$/u;

// "A spokesperson for the railroad said", "a representative of Acme Corp told": the body speaks.
const SPOKES_BEFORE = /(?:^|[\s,])((?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:senior\s+)?(?:spokes(?:man|woman|person)|representative)\s+(?:for|of|at|from)\s+[^,;:.“”"]{2,60})$/u;

/** The unnamed source that ends a subject phrase ('one Treasury source', 'a person familiar with the talks'), or null. */
export function unnamedBefore(head: string): string | null {
  const familiar = FAMILIAR_BEFORE.exec(head);
  if (familiar) return `a ${familiar[1]}`;
  const spokes = SPOKES_BEFORE.exec(head);
  if (spokes) return spokes[1]!;
  const m = UNNAMED_BEFORE.exec(head);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // Take the nearest determiner: "a verdict one Treasury source" → "one Treasury source".
  let k = words.length - 2;
  while (k > 0 && !/^(?:a|an|one|another)$/i.test(words[k]!)) k--;
  const phrase = words.slice(k);
  // ("the former One Direction star": a capitalised "One" after "the" or "former" opens a name, not a source.)
  const wordBefore = k > 0 ? words[k - 1]! : /(\S+)\s*$/.exec(head.slice(0, m.index + m[0].indexOf(m[1]!)))?.[1] ?? '';
  if (phrase[0] === 'One' && /^(?:the|former|ex|late)$/i.test(wordBefore)) return null;
  if (phrase.slice(1).some((w) => NOT_IN_NOUN_PHRASE.test(w) || /[,;:]$/.test(w))) return null;
  return phrase.join(' ');
}
