import type { Speaker } from './types';
import type { Person } from './people';
import { sentenceBounds } from './sentences';
import { narration } from './narration';
import { ROLE_NOUNS } from './words';
import { pronounOf, type Pronoun } from './pronouns';
import { differentOffice, expandTitle, sameCountry, titleInitials } from './titles';
import { personOfAge } from './age';
import { isRolePhrase, resolveAntecedent, type QuotePosition } from './antecedent';

/*
 * Role nouns: "the president observed", "her husband said", "the stunned pair said". A role stands for
 * the person whose title holds it, named most recently before the quote (see antecedent.ts for the
 * walk back through the sentences).
 */

type Accept = (person: Person) => boolean;

const KIN_ROLE = /^(her|his|their)\s+(husband|wife|son|daughter|father|mother|brother|sister|partner|widow|widower|mum|dad)$/i;
const KIN_HE = /^(?:husband|son|father|brother|widower|dad)$/i;

/**
 * "Her husband said": a person other than the one "her" stands for, of the pronoun the kinship word
 * gives (when the text says), named most recently before ("Linda and Tom Becker").
 */
function resolveKin(kin: RegExpExecArray, people: Person[], at: QuotePosition): Speaker | null {
  // The owner is named before the sentence that says "her husband" (whose own subject is the husband).
  const before = { ...at, offset: sentenceBounds(narration(at.paragraphs[at.paragraph]!), at.offset)[0] };
  const owner = kin[1]!.toLowerCase() === 'their' ? null : resolveAntecedent(people, before, undefined, pronounOf(kin[1]!));
  const gender: Pronoun | null = /^(?:partner)$/i.test(kin[2]!) ? null : KIN_HE.test(kin[2]!) ? 'he' : 'she';
  const fits: Accept = (p) => !p.unnamed && p.name !== owner?.name && (!gender || !p.pronoun || p.pronoun === gender);
  // "his brother, Elad Levinson" earlier: the one the story called by that kinship.
  const titled: Accept = (p) => fits(p) && new RegExp(`\\b${kin[2]!.toLowerCase()}\\b`).test(p.title ?? '');
  return resolveAntecedent(people, at, titled) ?? firstHolder(people, titled, at) ?? resolveAntecedent(people, at, fits);
}

/** Two or three people spoken of together ("the stunned pair"): never what "he" or "she" stands for. */
export const TWOSOME = /\b(?:couple|pair|duo|trio|twins)$/;
const QUALIFIERS = /\b(?:former|ex|shadow|deputy|vice|acting|late)\b/i;

/**
 * "the president observed": the person whose title holds that role (a former or deputy one only when
 * the role says so), the most recently named before the quote; else the nearest person whose title
 * names no other role.
 */
export function resolveRole(role: string, people: Person[], at: QuotePosition): Speaker | null {
  const noun = role.toLowerCase().split(/\s+/).pop()!;
  const kin = KIN_ROLE.exec(role.trim());
  if (kin) return resolveKin(kin, people, at);
  // "The actress, 61, …": an age given to a role stands for whoever holds that role.
  const aged = personOfAge(role, people, at, (phrase, where) => (isRolePhrase(phrase) ? resolveRole(phrase, people, where) : null));
  if (aged) return aged;
  const qualified = QUALIFIERS.test(role);
  // "the official said" after "A senior FAA official …": an unnamed source's description holds the role.
  // "The CFO" of a "Chief Financial Officer", "the councillor" of a "Cllr": titles compared spelled out.
  const wanted = expandTitle(noun);
  const written = role.trim().split(/\s+/).pop()!;
  const initials = /^\p{Lu}{2,5}$/u.test(written) ? written : null;
  const holds: Accept = (p) => {
    if (initials && titleInitials(p.title).endsWith(initials)) return true;
    const title = expandTitle(p.title ?? (p.unnamed ? p.name : ''));
    // ("The International Trade Secretary" is not the "US Secretary of State" named later.)
    return !!title && new RegExp(`\\b${wanted}\\b`, 'i').test(title) && QUALIFIERS.test(title) === qualified && !differentOffice(role, p.title);
  };
  // "the prime minister" is not the environment minister named just before: a role written with its
  // modifiers goes first to whoever holds the whole of it.
  const whole = expandTitle(role.trim().replace(/^(?:the|his|her|their)\s+/i, ''));
  const wholly: Accept = (p) => holds(p) && new RegExp(`\\b${whole}\\b`, 'i').test(expandTitle(p.title ?? (p.unnamed ? p.name : '')));
  const byWhole = /^[a-z ]+$/.test(whole) && whole.includes(' ') ? resolveAntecedent(people, at, wholly) ?? firstHolder(people, wholly, at) : null;
  if (byWhole) return byWhole;
  const byTitle = resolveAntecedent(people, at, holds) ?? firstHolder(people, holds, at);
  if (byTitle) return byTitle;
  // "said the Minister" of a Deputy Chief Minister: with no one else holding it, the qualified holder.
  const loosely: Accept = (p) => !!p.title && new RegExp(`\\b${wanted}\\b`, 'i').test(expandTitle(p.title)) && !differentOffice(role, p.title);
  const holder = resolveAntecedent(people, at, loosely);
  if (holder) return holder;
  // "The stunned pair said": two people the story never names one by one speak together, as described.
  if (TWOSOME.test(noun)) return { name: role.trim().replace(/^(?:the|a|an)\s+/i, ''), title: null };
  // "the 52-year-old", "the former Sunderland defender": an age, a past role or a mere description
  // conflicts with no title; only a present office ("the president") rules out holders of another.
  const office = ROLE_NOUNS.has(noun) && !/\b(?:former|ex|veteran|longtime|long-serving|\d+-year-old)\b/i.test(role);
  // ("The US leader" is the "US President": a generic role of the same country is no other office.)
  // ("the RBI chief" is the "RBI Governor": a head of the body the title names is no other office.)
  const body = /^(?:chief|head|boss)$/.test(noun) ? role.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^The$/.test(w)) : [];
  const headOf = (title: string): boolean => body.length > 0 && body.every((w) => title.split(/\s+/).includes(w));
  const otherRole: Accept = (p) => (!office || !p.title || sameCountry(role, p.title) || headOf(p.title) || !p.title.toLowerCase().split(/\s+/).some((w) => ROLE_NOUNS.has(w) && w !== noun)) && !differentOffice(role, p.title);
  return resolveAntecedent(people, at, otherRole);
}

/**
 * The first person holding a role anywhere in the story. Past the lede, only someone already named:
 * "the cabinet minister told the committee" is not the Secretary of State the story brings in later.
 */
function firstHolder(people: Person[], holds: Accept, at: QuotePosition): Speaker | null {
  const before = at.paragraph < 2 ? null : at.paragraphs.slice(0, at.paragraph).join('\n') + at.paragraphs[at.paragraph]!.slice(0, at.offset);
  const named = (p: Person): boolean => !before || p.unnamed === true || before.includes(p.name.split(/\s+/).pop()!);
  const person = people.find((p) => holds(p) && named(p));
  return person ? { name: person.name, title: person.title } : null;
}
