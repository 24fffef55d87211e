import type { Speaker } from './types';
import { parseNamePhrase } from './names';
import { lookupPerson, principalOf, type Person } from './people';
import { sentenceSubject } from './sentence-subject';
import { fullOrganisation, nearestOrganisation, ORG_ANAPHOR, organisationsOf } from './organisations';
import { pronounOf } from './pronouns';
import { honorificPronoun } from './identity';
import { isPersonHead, isRoleWord } from './words';
import { expandTitle, titleInitials } from './titles';
import { resolveAntecedent, sentencesBack, textUpTo, type QuotePosition } from './antecedent';
import { resolveRole } from './roles';
import { firstOfTwo, personOfBody } from './people-in-phrase';
import { organisationBefore } from './organisation-before';

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
      // ("In a statement, the local police force confirmed … what it dubbed “…”": a body the sentence describes.)
      const subject = sentenceSubject(sentence);
      if (ORG_ANAPHOR.test(subject)) return resolveSpeaker(subject, people, at);
      const own = parseNamePhrase(subject);
      if (own?.name && !own.pronoun && !lookupPerson(people, own.name) && /^\p{Lu}/u.test(own.name)) return { name: own.name, title: own.title };
      continue;
    }
    if (++seen > reach) break;
    // "according to a statement issued by the Chief Minister's Office": whoever issued the document.
    const issuer = ISSUED_BY.exec(sentence);
    if (issuer) return resolveSpeaker(issuer[1]!, people, at);
    // "His family paid tribute to him. In a statement, they wrote:": the family speaks, not the man.
    const kin = /(?:^|,\s*)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(family|parents|relatives|children|friends|loved ones)\s+(?:[a-z]+ly\s+)?(?!(?:of|and|who|that|in|at)\b)[a-z]+\b/.exec(sentence.trim());
    if (kin) return { name: kin[1]!, title: null };
    const subject = sentenceSubject(sentence).replace(/^(?:The|the)\s+/, '');
    // "The company said …. “…,” the statement said": the document is the company's.
    const parsed = parseNamePhrase(subject);
    // ("In a statement, the ministry said …. “…,” it said": the ministry the story named, as "the ministry said" would be.)
    // (Only a body whose name says it is one: no ministry named means "ministry", not the nearest other body.)
    const body = parsed?.name && parsed.collective && /^[a-z]+$/.test(parsed.name) ? resolveSpeaker(`the ${parsed.name}`, people, at) : null;
    if (body && body.name.toLowerCase().includes(parsed!.name!)) return body;
    if (parsed?.name && (parsed.collective || !lookupPerson(people, parsed.name))) return { name: parsed.name, title: parsed.title };
    const opener = /^\s*((?:The|Its)\s+[a-z]+)\b/.exec(sentence)?.[1] ?? '';
    const org = ORG_ANAPHOR.test(opener) ? organisationBefore(opener, at) : null;
    if (org) return org;
  }
  return null;
}

// "The Scottish Courts Service’s website states", "Acme’s statement said": the owner of the text speaks.
const OWNED_TEXT = /^(?:[Tt]he\s+)?(\p{Lu}[^,;:]*?)[’']s?\s+(?:official\s+|own\s+)?(?:website|statement|release|report|account|page|blog|newsletter|guidance|notice|filing|letter|email|post)$/u;

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
  const owner = OWNED_TEXT.exec(phrase.trim())?.[1];
  if (owner && !/[’']s$/.test(owner)) return resolvePhrase(owner, people, at) ?? { name: owner, title: null };
  // ("The Scottish Courts Service’s" with the text it owns cut off: the owner, when the story knows it
  // without the ending; "McDonald’s" is a name of its own.)
  const possessor = /^(?:[Tt]he\s+)?(\p{Lu}.*?)[’']s$/u.exec(phrase.trim())?.[1];
  if (possessor && (organisationsOf(at.paragraphs).has(possessor) || lookupPerson(people, possessor))) return resolvePhrase(possessor, people, at);
  // "the Health Service Executive", "CBP": a body the article names (or defines by its letters).
  const bare = phrase.trim().replace(/^(?:the|The)\s+/, '');
  const known = organisationsOf(at.paragraphs).get(bare);
  // ("Det Insp Gareth Pryce of Greater Manchester Police" holds a body's name but is a person.)
  if (known && /^\p{Lu}/u.test(bare) && !lookupPerson(people, bare) && !personOfBody(bare, people)) return { name: known, title: null };
  // "the email read": a person writes an email or a letter; a body issues a statement or a report.
  if (/\b(?:email|letter|post|message|text)$/i.test(phrase.trim())) return resolveCollective(people, at, 1) ?? resolveAntecedent(people, at) ?? resolveCollective(people, at);
  if (DOCUMENT.test(phrase.trim())) return resolveCollective(people, at);
  // "the company said", "in the words of its own investor deck": the organisation named nearest before.
  const anaphor = ORG_ANAPHOR.test(phrase.trim());
  if (anaphor || /^its\s/i.test(phrase.trim())) {
    const org = organisationBefore(phrase.trim(), at, people);
    if (org) return org;
    // ("the local police force" with no force named: the body as described, never a person named nearby.)
    if (anaphor) return { name: phrase.trim().replace(/^(?:the|its)\s+/i, ''), title: null };
  }
  // "a spokesperson for the railroad", "a spokesman for the county council": the organisation the story named before.
  const lowerOrg = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:senior\s+)?(?:spokes\w+|representative)\s+(?:for|of|at|from)\s+((?:the|its)\s+(?:[a-z]+\s+)?[a-z]+)$/.exec(phrase.trim());
  // "a spokeswoman for the mayor": a person's office speaks; it is named as written.
  if (lowerOrg && isPersonHead(lowerOrg[1]!.split(/\s+/).pop()!)) return { name: phrase.trim().replace(/^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+/, ''), title: null };
  if (lowerOrg) return organisationBefore(lowerOrg[1]!, at) ?? resolveCollective(people, at);
  // "Leader of the Opposition in the Legislative Assembly H. M. Chandrashekar": a long title ending in a known name.
  // (Not inside an organisation's name: "Local Government New Zealand" is no person called New Zealand.)
  const parsed = parseNamePhrase(phrase);
  const spokesBody = parsed?.collective && /\bspokes\w+|representative\b/i.test(phrase);
  const ending = spokesBody ? undefined : people.find((p) => !p.unnamed && p.name.includes(' ') && phrase.trim().endsWith(` ${p.name}`) && !/\b(?:and|of|for|&)$/.test(phrase.trim().slice(0, -p.name.length).trim()));
  if (ending) return { name: ending.name, title: ending.title };
  const together = firstOfTwo(phrase.trim(), people);
  if (together) return { name: together.name, title: together.title };
  // "The Rev. James Tolliver of Hill Street Baptist Church": a known person of a body is that person.
  const ofBody = personOfBody(phrase, people);
  if (ofBody) return { name: ofBody.name, title: ofBody.title };
  if (!parsed) return null;
  // "The European Commission chief told MEPs": the one holder of the body's top post, a person named before.
  const head = parsed.collective && /^the\s.*\s(?:chief|executive|ceo)$/i.test(phrase.trim()) ? resolveRole(phrase.trim().slice(4), people, at) : null;
  if (head) return head;
  // "A spokesman for Harrington": a person speaks through a spokesman; the reader needs to know whose.
  const principal = spokesBody && parsed.name && !fullOrganisation(parsed.name, at.paragraphs) ? principalOf(people, parsed.name) : undefined;
  if (principal) return { name: `${parsed.title ?? 'spokesperson'} for ${principal.name}`, title: parsed.title };
  // "South Western Ambulance Service said …. A spokesperson said: “…”": the body named just before.
  if (parsed.unnamed && /^spokes(?:man|woman|person)$/.test(parsed.name!)) {
    const body = resolveCollective(people, at);
    if (body) return { name: body.name, title: parsed.name };
  }
  if (parsed.unnamed) return { name: parsed.name!, title: null };
  const org = parsed.name && !parsed.collective && !lookupPerson(people, parsed.name) ? fullOrganisation(parsed.name, at.paragraphs) : null;
  if (org) return { name: org, title: null };
  // "A council spokesman said": the council the story named ("Wexford County Council").
  // ("In a statement, the Council said" after "the EU Council": the same with the noun capitalised.)
  if (parsed.name && parsed.collective && /^(?:[a-z]+|\p{Lu}\p{Ll}+)$/u.test(parsed.name)) {
    const named = organisationBefore(`the ${parsed.name}`, at);
    if (named && named.name.toLowerCase().includes(parsed.name.toLowerCase())) return { name: named.name, title: parsed.title };
    // Named further back: the one organisation of the article whose name holds the noun.
    const noun = new RegExp(`\\b${parsed.name}\\b`, 'i');
    const holders = [...new Set(organisationsOf(at.paragraphs).values())].filter((o) => noun.test(o));
    if (holders.length === 1) return { name: holders[0]!, title: parsed.title };
  }
  // "said King" of Premier Dennis King: a title word alone that is a known person's surname is that person.
  if (parsed.role && /^\p{Lu}\p{Ll}+$/u.test(phrase.trim())) {
    const named = lookupPerson(people, phrase.trim(), null, textUpTo(at), at.spoken);
    if (named && !named.unnamed) return { name: named.name, title: named.title };
  }
  // "the MP said", "The CFO added": a title in capitals is a role noun, not somebody's name.
  // ("the EAM said" of an External Affairs Minister: a title shortened to its initials.)
  const capsRole = parsed.name && /^(?:the|The)\s+\p{Lu}+$/u.test(phrase.trim()) && (isRoleWord(parsed.name) || expandTitle(parsed.name) !== parsed.name.toLowerCase() || people.some((p) => titleInitials(p.title).endsWith(parsed.name!)));
  if (capsRole && !lookupPerson(people, parsed.name!)) return resolveRole(phrase.trim(), people, at);
  if (parsed.name) {
    const courtesy = honorificPronoun(phrase.trim().split(/\s+/).find((w) => honorificPronoun(w)));
    const person = parsed.collective ? undefined : lookupPerson(people, parsed.name, courtesy, textUpTo(at), at.spoken);
    return person ? { name: person.name, title: person.title ?? parsed.title } : { name: parsed.name, title: parsed.title };
  }
  if (parsed.pronoun === 'it' || parsed.pronoun === 'they') return resolveCollective(people, at) ?? resolveAntecedent(people, at);
  if (parsed.pronoun) return resolveAntecedent(people, at, undefined, pronounOf(parsed.pronoun));
  if (parsed.role) return resolveRole(parsed.role, people, at);
  return null;
}
