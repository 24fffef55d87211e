import type { Quote } from './types';
import { lookupPerson, type Person } from './people';
import { sentenceSubject } from './sentence-subject';
import { narration } from './narration';
import { SPEECH_VERBS } from './words';

// Who an official or a source is stays unnamed on purpose; a member of the public is named next.
const ANONYMOUS = /\b(?:official|officials|source|sources|diplomat|aide|insider|spokes\w+|representative|person|people)\b/i;
// "Geoffrey Hallett, 67, whose family …", "Ana Ruiz, a nurse from Leeds, …", "Tom Price, who …".
const INTRODUCED = /^\s*,\s*(?:\d{1,3}\s*,|(?:a|an|the|who|whose)\b)/;

/**
 * The delayed lede: "A Devon farmer has accused officials of ‘playing God’ …" opens the story, and
 * the next paragraph names him ("Geoffrey Hallett, 67, whose family …"). The first paragraph's quotes
 * from that description are the named person's, unless the story goes on using the description
 * for someone else (it never names an anonymous official, so those keep their description).
 */
export function nameDelayedLede(quotes: Quote[], paragraphs: string[], people: Person[]): void {
  if (paragraphs.length < 2) return;
  nameLedeRoles(quotes, people, paragraphs);
  const next = narration(paragraphs[1]!);
  const subject = sentenceSubject(next);
  const person = subject ? lookupPerson(people, subject) : undefined;
  if (!person || person.unnamed || !person.name.includes(' ') || !INTRODUCED.test(next.slice(next.indexOf(subject) + subject.length))) return;
  // Someone the first paragraph already names is no delayed lede ("The chancellor, Miriam Okafor, …").
  if (paragraphs[0]!.includes(person.name.split(/\s+/).pop()!)) return;
  for (const quote of quotes) {
    // A description ("Devon farmer", "retired teacher"), whether or not it was listed as a source.
    const name = quote.speaker?.name ?? '';
    const described = /^(?:\p{Lu}[\p{L}-]*\s+)?\p{Ll}[\p{Ll}\s-]*$/u.test(name) && !people.some((p) => !p.unnamed && p.name === name);
    // (One person: "Conservative critics" are a group, not the person named next.)
    if (quote.paragraph !== 0 || !described || ANONYMOUS.test(name) || /[^s]s$/.test(name)) continue;
    const later = paragraphs.slice(1).some((p) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(p));
    if (!later) quote.speaker = { name: person.name, title: person.title ?? quote.speaker!.title };
  }
}

/**
 * "A coroner has described the death … as a “human tragedy”" and later "Coroner Scott Mitchell": a
 * role opening the story is the one person the story later names with that title.
 */
function nameLedeRoles(quotes: Quote[], people: Person[], paragraphs: string[]): void {
  for (const quote of quotes) {
    // ("Singapore’s defense minister": a description ending in the role noun counts by that noun.)
    const description = quote.speaker?.name ?? '';
    const role = /^(?:\p{Lu}[\p{L}-]*[’']s\s+)?(?:\p{Ll}+\s+){0,2}(\p{Ll}+)$/u.exec(description)?.[1] ?? '';
    if (quote.paragraph !== 0 || !role || people.some((p) => p.name === description)) continue;
    const holders = people.filter((p) => !p.unnamed && p.name.includes(' ') && new RegExp(`\\b${role}$`, 'i').test(p.title ?? ''));
    // ("Singapore’s defense minister has said …" in a story that names only Ng Eng Hen: he is the minister.)
    const named = people.filter((p) => !p.unnamed && p.name.includes(' '));
    const office = !ANONYMOUS.test(description) && !/[^s]s$/.test(role);
    const holder = holders.length === 1 ? holders[0] : office && named.length === 1 ? named[0] : office ? speaksNext(named, paragraphs) : undefined;
    if (holder) quote.speaker = { name: holder.name, title: holder.title };
  }
}

/**
 * "Japan's chief cabinet secretary said … “…”" and next "…, Yoshihide Suga said the government …": wire
 * copy names the lede's office holder in the next paragraph, as the subject of a speech verb and with no other title.
 */
function speaksNext(named: Person[], paragraphs: string[]): Person | undefined {
  const next = narration(paragraphs[1] ?? '');
  return named.find((p) => !p.title && new RegExp(`\\b${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:${SPEECH_VERBS})\\b`, 'u').test(next));
}
