import type { Speaker } from './types';
import { parseNamePhrase } from './names';
import { lookupPerson, type Person } from './people';
import { sentenceSubject } from './sentence-subject';
import { capitalisedRuns } from './runs';
import { narration } from './narration';
import { fullOrganisation, mostNamedOrganisation, nearestOrganisation, ORG_ANAPHOR, hasOrgWord, organisationsOf } from './organisations';
import { pronounOf } from './pronouns';
import { honorificPronoun } from './identity';
import { isPersonHead, SPEECH_VERBS } from './words';
import { resolveAntecedent, resolveRole, sentencesBack, textUpTo, type QuotePosition } from './antecedent';

export type { QuotePosition } from './antecedent';

// "the memo said", "the statement said": a document speaks for whoever the sentence before named.
const DOCUMENT = /^(?:the|a|an|its|his|her|their)\s+(?:memo|statement|letter|report|filing|post|email|notice|release|document|ruling|complaint|lawsuit|note)$/i;

const ISSUED_BY = /\b(?:statement|letter|memo|release|report|note|notice|filing)\s*,?\s+(?:(?:issued|released|published|sent|signed|put out)\s+)?(?:by|from)\s+((?:the\s+)?\p{Lu}[^,;:.“”"]{1,60})/u;

/** "it"/"they" stand for an organisation or group: the subject of the nearest sentence that has one. */
function resolveCollective(people: Person[], at: QuotePosition, reach = 2): Speaker | null {
  let seen = 0;
  for (const [sentence, same] of sentencesBack(at)) {
    // "The FTC, which sued in 2020, argues … in what it calls “…”": "it" in a clause of the quote's
    // own sentence is that sentence's subject, when that is a body and not a person.
    if (same) {
      // "the RBI cracked down on what it called “…”": the body named before "it" in the same sentence.
      const named = nearestOrganisation([sentence], at.paragraphs);
      if (named) return named;
      const signed = ISSUED_BY.exec(sentence);
      if (signed) return resolveSpeaker(signed[1]!, people, at);
      const own = parseNamePhrase(sentenceSubject(sentence));
      if (own?.name && !own.pronoun && !lookupPerson(people, own.name) && /^\p{Lu}/u.test(own.name)) return { name: own.name, title: own.title };
      continue;
    }
    if (++seen > reach) break;
    // "according to a statement issued by the Chief Minister's Office": whoever issued the document.
    const issuer = ISSUED_BY.exec(sentence);
    if (issuer) return resolveSpeaker(issuer[1]!, people, at);
    const subject = sentenceSubject(sentence).replace(/^(?:The|the)\s+/, '');
    // "The company said …. “…,” the statement said": the document is the company's.
    const parsed = parseNamePhrase(subject);
    if (parsed?.name && (parsed.collective || !lookupPerson(people, parsed.name))) return { name: parsed.name, title: parsed.title };
    const opener = /^\s*((?:The|Its)\s+[a-z]+)\b/.exec(sentence)?.[1] ?? '';
    const org = ORG_ANAPHOR.test(opener) ? organisationBefore(opener, at) : null;
    if (org) return org;
  }
  return null;
}

/**
 * What "the company" (or "the firm", "its …") stands for: the organisation named nearest before the
 * phrase itself (not the names after it in its own sentence), else the one the article names most.
 */
function organisationBefore(phrase: string, at: QuotePosition, people: Person[] = []): Speaker | null {
  const sentences = [...sentencesBack(at)].map(([sentence]) => sentence);
  const cut = sentences[0]?.toLowerCase().lastIndexOf(phrase.toLowerCase()) ?? -1;
  if (cut >= 0) sentences[0] = sentences[0]!.slice(0, cut);
  // "the trust said": the nearest organisation whose name says it is a trust, before any other.
  const words = /^(?:the|its)\s+((?:[a-z]+\s+){0,2}[a-z]+)$/i.exec(phrase.trim())?.[1]?.split(/\s+/) ?? [];
  const noun = words[words.length - 1];
  const holds = (name: string): boolean => !!noun && new RegExp(`\\b${noun}\\b`, 'i').test(name);
  // ("The Dublin Fire Brigade attended. … the brigade said": a name ending in the noun, known as a body or not.)
  const named = noun ? nearestOrganisation(sentences, at.paragraphs, holds) ?? runEndingIn(sentences.slice(0, 3), noun) : null;
  // Named further back: the one organisation of the article whose name holds the noun ("the bureau").
  const holders = [...new Set(organisationsOf(at.paragraphs).values())].filter(holds);
  return named ?? (holders.length === 1 ? { name: holders[0]!, title: null } : null) ?? nearestOrganisation(sentences.slice(0, 2), at.paragraphs) ?? bodyThatSpoke(sentences.slice(0, 2), people) ?? nearestOrganisation(sentences, at.paragraphs) ??
    // (The whole story so far is read only when nothing nearer answers: most "the company said" stop above.)
    mostNamedOrganisation(at.paragraphs.slice(0, at.paragraph + 1).map(narration), at.paragraphs);
}

/** The nearest capitalised name whose last word is the noun ("Dublin Fire Brigade" for "the brigade"). */
function runEndingIn(sentences: string[], noun: string): Speaker | null {
  for (const sentence of sentences) {
    const run = capitalisedRuns(sentence).find((r) => r.text.split(/\s+/).length > 1 && r.text.split(/\s+/).pop()!.toLowerCase() === noun.toLowerCase());
    if (run) return { name: run.text.replace(/^The\s+/, ''), title: null };
  }
  return null;
}

/**
 * "Natural England said that …. ‘…,’ the agency added": a body the text never marks as one (no
 * "Agency" in its name) is still what "the agency" means when it was the one speaking just before;
 * a person (known by a pronoun or a title) would not be called that.
 */
function bodyThatSpoke(sentences: string[], people: Person[]): Speaker | null {
  for (const sentence of sentences) {
    const subject = sentenceSubject(sentence).replace(/^(?:The|the)\s+/, '');
    const rest = sentence.trim().slice(sentence.trim().indexOf(subject) + subject.length);
    if (!/^\p{Lu}\S*\s+\p{Lu}/u.test(subject) || !new RegExp(`^\\s*(?:${SPEECH_VERBS})\\b`).test(rest)) continue;
    const person = lookupPerson(people, subject);
    if (!person || (!person.pronoun && !person.title && !person.unnamed)) return { name: subject, title: null };
  }
  return null;
}

const LEGAL_SUFFIX = /,?\s+(?:Inc|Ltd|Corp|Co|LLC|PLC|plc|AG|SA|NV|GmbH|Pty)\.?$/;

/** Turns the words of an attribution cue into a speaker with a canonical name and a title. */
export function resolveSpeaker(phrase: string, people: Person[], at: QuotePosition): Speaker | null {
  const speaker = resolvePhrase(phrase, people, at);
  // "Veridian Systems Inc." is "Veridian Systems": the legal suffix is no part of how readers name it.
  if (!speaker) return null;
  // "Jakarta-based Children's Food Foundation", "National Weather Service office": where a body is
  // based and which of its offices spoke are not part of its name.
  const name = speaker.name.replace(LEGAL_SUFFIX, '').replace(/^[\p{L}-]+-based\s+/u, '').replace(/^(.+\b(?:Service|Agency|Department|Bureau|Ministry))\s+office$/u, '$1');
  return name === speaker.name ? speaker : { ...speaker, name };
}

function resolvePhrase(phrase: string, people: Person[], at: QuotePosition): Speaker | null {
  // "the Health Service Executive", "CBP": a body the article names (or defines by its letters).
  const bare = phrase.trim().replace(/^(?:the|The)\s+/, '');
  const known = organisationsOf(at.paragraphs).get(bare);
  // ("Det Insp Gareth Pryce of Greater Manchester Police" holds a body's name but is a person.)
  const holdsPerson = people.some((p) => !p.unnamed && p.name.includes(' ') && new RegExp(`\\b${p.name}\\s+(?:of|at|from)\\b`).test(bare));
  if (known && /^\p{Lu}/u.test(bare) && !lookupPerson(people, bare) && !holdsPerson) return { name: known, title: null };
  // "the email read": a person writes an email or a letter; a body issues a statement or a report.
  if (/\b(?:email|letter|post|message|text)$/i.test(phrase.trim())) return resolveCollective(people, at, 1) ?? resolveAntecedent(people, at) ?? resolveCollective(people, at);
  if (DOCUMENT.test(phrase.trim())) return resolveCollective(people, at);
  // "the company said", "in the words of its own investor deck": the organisation named nearest before.
  if (ORG_ANAPHOR.test(phrase.trim()) || /^its\s/i.test(phrase.trim())) {
    const org = organisationBefore(phrase.trim(), at, people);
    if (org) return org;
  }
  // "a spokesperson for the railroad": the organisation the story named before.
  const lowerOrg = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:senior\s+)?(?:spokes\w+|representative)\s+(?:for|of|at|from)\s+((?:the|its)\s+[a-z]+)$/.exec(phrase.trim());
  // "a spokeswoman for the mayor": a person's office speaks; it is named as written.
  if (lowerOrg && isPersonHead(lowerOrg[1]!.split(/\s+/).pop()!)) return { name: phrase.trim().replace(/^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+/, ''), title: null };
  if (lowerOrg) return organisationBefore(lowerOrg[1]!, at) ?? resolveCollective(people, at);
  // "Leader of the Opposition in the Legislative Assembly H. M. Chandrashekar": a long title ending in a known name.
  // (Not inside an organisation's name: "Local Government New Zealand" is no person called New Zealand.)
  const parsed = parseNamePhrase(phrase);
  const spokesBody = parsed?.collective && /\bspokes\w+|representative\b/i.test(phrase);
  const ending = spokesBody ? undefined : people.find((p) => !p.unnamed && p.name.includes(' ') && phrase.trim().endsWith(` ${p.name}`) && !/\b(?:and|of|for|&)$/.test(phrase.trim().slice(0, -p.name.length).trim()));
  if (ending) return { name: ending.name, title: ending.title };
  // "The Rev. James Tolliver of Hill Street Baptist Church": a known person of a body is that person.
  const ofBody = people.find((p) => !p.unnamed && p.name.includes(" ") && !hasOrgWord(p.name) && !/\s(?:District|Authority|Board)$/.test(p.name) && new RegExp(`\\b${p.name}\\s+(?:of|at|from)\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(phrase));
  if (ofBody) return { name: ofBody.name, title: ofBody.title };
  if (!parsed) return null;
  // "A spokesman for Harrington": a person speaks through a spokesman; the reader needs to know whose.
  const principal = spokesBody && parsed.name ? lookupPerson(people, parsed.name) : undefined;
  if (principal && !principal.unnamed && !fullOrganisation(parsed.name!, at.paragraphs) && !hasOrgWord(principal.name)) return { name: `${parsed.title ?? 'spokesperson'} for ${principal.name}`, title: parsed.title };
  // "South Western Ambulance Service said …. A spokesperson said: “…”": the body named just before.
  if (parsed.unnamed && /^spokes(?:man|woman|person)$/.test(parsed.name!)) {
    const body = resolveCollective(people, at);
    if (body) return { name: body.name, title: parsed.name };
  }
  if (parsed.unnamed) return { name: parsed.name!, title: null };
  const org = parsed.name && !parsed.collective && !lookupPerson(people, parsed.name) ? fullOrganisation(parsed.name, at.paragraphs) : null;
  if (org) return { name: org, title: null };
  // "A council spokesman said": the council the story named ("Wexford County Council").
  if (parsed.name && parsed.collective && /^[a-z]+$/.test(parsed.name)) {
    const named = organisationBefore(`the ${parsed.name}`, at);
    if (named && named.name.toLowerCase().includes(parsed.name)) return { name: named.name, title: parsed.title };
    // Named further back: the one organisation of the article whose name holds the noun.
    const noun = new RegExp(`\\b${parsed.name}\\b`, 'i');
    const holders = [...new Set(organisationsOf(at.paragraphs).values())].filter((o) => noun.test(o));
    if (holders.length === 1) return { name: holders[0]!, title: parsed.title };
  }
  if (parsed.name) {
    const courtesy = honorificPronoun(phrase.trim().split(/\s+/).find((w) => honorificPronoun(w)));
    const person = parsed.collective ? undefined : lookupPerson(people, parsed.name, courtesy, textUpTo(at));
    return person ? { name: person.name, title: person.title ?? parsed.title } : { name: parsed.name, title: parsed.title };
  }
  if (parsed.pronoun === 'it' || parsed.pronoun === 'they') return resolveCollective(people, at) ?? resolveAntecedent(people, at);
  if (parsed.pronoun) return resolveAntecedent(people, at, undefined, pronounOf(parsed.pronoun));
  if (parsed.role) return resolveRole(parsed.role, people, at);
  return null;
}
