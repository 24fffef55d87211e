import { findPeople } from '../quotes/people';
import { GENERIC_TERMS } from '../text/generic-terms';
import { contentTokens, foldTypography } from '../text/tokens';

/** An unnamed source in this article that another version names in the corresponding passage. */
export interface NamedElsewhere {
  /** This article's paragraph and the unnamed attribution in it ("a senior Russian diplomat"). */
  paragraph: number;
  phrase: string;
  /** The person the other version names, their title there, and where. */
  name: string;
  title: string | null;
  id: string;
  outlet: string;
  otherParagraph: number;
}

/** A version as named-elsewhere reads it. */
export interface NamingVersion {
  id: string;
  outlet: string;
  paragraphs: string[];
}

// Which titles can stand behind an unnamed role: a "diplomat" may be a minister or an ambassador.
const ROLE_TITLES: Record<string, RegExp> = {
  diplomat: /minister|diplomat|ambassador|envoy|foreign/i,
  official: /./,
  source: /./,
  spokesperson: /spokes|press secretary/i,
  aide: /aide|adviser|advisor|assistant/i,
  adviser: /aide|adviser|advisor/i,
  minister: /minister/i,
  negotiator: /negotiator|envoy/i,
  lawmaker: /lawmaker|senator|deputy|member|mp\b/i,
};
const ANONYMOUS = new RegExp(`\\b(?:a|an|one|another)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${Object.keys(ROLE_TITLES).join('|')})\\b`, 'giu');

/** Event words of a passage: content words that are neither generic news words nor numbers. */
function eventWords(text: string): Set<string> {
  return new Set(contentTokens(text).filter((t) => !GENERIC_TERMS.has(t) && !/^\d/.test(t)).map((t) => t.replace(/(?:s|es|ed)$/, '')));
}

/**
 * Finds this article's unnamed attributions ("a senior Russian diplomat said") that another version
 * names: a person this article never names, whose title there fits the role and its descriptors
 * ("Russian Deputy Foreign Minister"), in a passage that reports the same thing (shared event words).
 */
export function namedElsewhere(paragraphs: string[], versions: NamingVersion[]): NamedElsewhere[] {
  const mine = foldTypography(paragraphs.join('\n')).toLowerCase();
  const found: NamedElsewhere[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(ANONYMOUS)) {
      const role = m[2]!.toLowerCase();
      const descriptors = m[1]!.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      const sentence = eventWords(text);
      for (const v of versions) {
        const hit = bestNaming(v, role, descriptors, sentence, mine);
        if (hit) found.push({ paragraph, phrase: m[0]!, ...hit, id: v.id, outlet: v.outlet });
      }
    }
  });
  return found;
}

function bestNaming(v: NamingVersion, role: string, descriptors: string[], sentence: Set<string>, mine: string) {
  let best: { name: string; title: string | null; otherParagraph: number; shared: number } | null = null;
  for (const person of findPeople(v.paragraphs)) {
    const surname = person.name.split(/\s+/).pop()!.toLowerCase();
    if (!person.title || mine.includes(surname) || !ROLE_TITLES[role]!.test(person.title)) continue;
    if (!descriptors.every((d) => person.title!.includes(d))) continue;
    const otherParagraph = v.paragraphs.findIndex((p) => p.includes(person.name));
    if (otherParagraph < 0) continue;
    let shared = 0;
    for (const w of eventWords(v.paragraphs[otherParagraph]!)) if (sentence.has(w)) shared++;
    if (shared >= 1 && (!best || shared > best.shared)) best = { name: person.name, title: person.title, otherParagraph, shared };
  }
  return best && { name: best.name, title: best.title, otherParagraph: best.otherParagraph };
}
