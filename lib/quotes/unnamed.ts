/** Nouns that an unnamed source is described by ("a senior FAA official", "one EU diplomat"). */
const SOURCE_NOUN =
  'official|officials|diplomat|source|executive|aide|adviser|advisor|insider|manager|officer|lawyer|analyst|employee|staffer|person|negotiator|investigator|banker|trader|underwriter|' +
  // Members of the public a story quotes without naming ("one parent, who asked not to be named, said").
  'parent|resident|witness|neighbour|neighbor|commuter|passenger|patient|shopper|customer|voter|worker|teacher|student|nurse|doctor|farmer';
const GLUE = /^(?:of|in|on|at|to|for|by|with|from|that|which|who|and|or|but|as|is|was|were|are|has|had|have|the|his|her|its|their)$/i;
const DESCRIPTION = new RegExp(`\\b(?:A|a|An|an|One|one|Another|another)\\s+((?:[\\p{L}’'-]+\\s+){0,3}(?:${SOURCE_NOUN}))\\b(?!\\s+(?:of|for)\\b)`, 'gu');

/**
 * The unnamed sources a paragraph introduces ("A senior FAA official, speaking on condition of
 * anonymity, said …"), as their descriptions without the article: that description is how the
 * reader knows them, and what "the official said" later refers back to.
 */
export function unnamedSources(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DESCRIPTION)) {
    const words = m[1]!.split(/\s+/);
    // "an interview with … lawyer": the description must be one noun phrase, no clause or joining word inside.
    if (words.some((w) => GLUE.test(w) || /[,;:]$/.test(w))) continue;
    out.push(words.join(' '));
  }
  return out;
}
