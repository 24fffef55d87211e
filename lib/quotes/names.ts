import { NOT_NAME_WORDS, PRONOUNS, ROLE_WORDS } from './words';

/** A phrase that names a speaker: a person's name and/or a role. */
export interface NamePhrase {
  /** The name ("Dmitry Peskov"), or null when the phrase is only a role or a pronoun. */
  name: string | null;
  /** The role words before the name ("Kremlin spokesman"), or null. */
  title: string | null;
  /** A pronoun ("he") when the phrase is one. */
  pronoun: string | null;
  /** The role noun phrase when there is no name ("the president", "A Bloomberg News spokesperson"). */
  role: string | null;
}

const CAP = /^[\p{Lu}][\p{L}'’.-]*$/u;
const isCap = (w: string): boolean => CAP.test(w);
const isRoleWord = (w: string): boolean => ROLE_WORDS.has(w.toLowerCase().replace(/[’']s$/, ''));

/**
 * Splits a subject phrase ("Russian Deputy Foreign Minister Sergei Ryabkov", "the president", "he")
 * into name, title, pronoun or role. The name is the run of capitalised non-role words at its end.
 */
export function parseNamePhrase(phrase: string): NamePhrase | null {
  const words = phrase.replace(/[,;:]+$/g, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  if (words.length === 1 && PRONOUNS.has(last.toLowerCase())) {
    return { name: null, title: null, pronoun: last.toLowerCase(), role: null };
  }
  let i = words.length;
  while (i > 0 && isCap(words[i - 1]!) && !isRoleWord(words[i - 1]!) && !NOT_NAME_WORDS.has(words[i - 1]!)) i--;
  const nameWords = words.slice(i);
  const before = words.slice(0, i).filter((w, k) => !(k === 0 && /^(the|a|an)$/i.test(w)));
  if (nameWords.length > 0 && nameWords.length <= 4) {
    return { name: nameWords.join(' '), title: before.length ? before.join(' ') : null, pronoun: null, role: null };
  }
  if (nameWords.length === 0 && before.some(isRoleWord)) {
    return { name: null, title: null, pronoun: null, role: before.join(' ') };
  }
  return null;
}

/** A capitalised run in a paragraph that may name a person, with its offset. */
export interface Mention {
  text: string;
  index: number;
}

const CAP_RUN = /[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,3}/gu;

/** Capitalised runs, stripped of sentence-initial words that are never names. */
export function capitalisedRuns(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CAP_RUN)) {
    let words = m[0].split(/\s+/);
    let index = m.index ?? 0;
    while (words.length && NOT_NAME_WORDS.has(words[0]!)) {
      index += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (words.length) out.push({ text: words.join(' '), index });
  }
  return out;
}

/** The last word of a name, without a possessive: how later mentions usually refer to the person. */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/);
  return (parts[parts.length - 1] ?? name).replace(/[’']s$/, '');
}
