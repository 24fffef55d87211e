import { isPlaceName } from './places';
import type { Speaker } from './types';
import { capitalisedRuns } from './runs';
import { isRoleWord, notName } from './words';
import { addInitialisms, initialsOf } from './initialisms';

/** Last words that make a capitalised run an organisation ("Meridian Marine Underwriters", "Regional Pilots Alliance"). */
export const ORG_WORD =
  /^(?:Office|Brigade|Command|Secretariat|Caucus|Ministry|Department|Agency|Institute|Studies|Council|Commission|Committee|Party|Union|Bank|Fund|Group|Foundation|Court|Government|Treasury|Police|Army|Service|Board|Authority|Organisation|Organization|Association|Federation|Centre|Center|News|Times|Post|Press|Alliance|Forum|Administration|Airlines|Airways|Shipping|Credit|Securities|Capital|Partners|Holdings|Inc|Ltd|Corp|Corporation|Company|Insurance|Underwriters|Motors|Motor|Energy|Technologies|Systems|Labs|Media|Bureau|Network|Trust|Society|League|Club|University|College|Coalition|Control|Railway|Railways|Railroad|Railroads|Transit|Utilities|Pharmaceuticals|Studios|Records|Publishing|Brewery|Bakery|Foods|Farms|Mining|Steel|Logistics|Hospitals|Clinic|Theatre|Theater|Cinema|Festival|Ministries|Fellowship|Mission|Rescue)$/;

/** True when a name has an organisation's word or a legal suffix in it ("Harwood Homes Plc"). */
export const hasOrgWord = (name: string): boolean => name.split(/\s+/).some((w) => ORG_WORD.test(w) || /^(?:Plc|PLC|LLC|LLP|AG|SA|NV|GmbH|SE|AB|ASA)$/.test(w));

const ORG_HEAD_OF = /^(?:Division|Directorate|Secretariat|Service|Administration|Ministry|Department|Office|Institute|University|Bank|Federation|Union|Society|League|Council|Bureau|Board|Commission|Committee|Association|Organi[sz]ation|Cent(?:re|er)|School|College|Museum|Church|Chamber|Confederation|Alliance|Coalition|Fund|Agency|Authority|Academy|Foundation|Embassy|Court|House|Party)$/;

// "LumenPay’s interim CEO", "a Meridian underwriter", "the Skyline team": a word that owns staff or
// qualifies a staff noun is an organisation, whatever its own shape.
const STAFF = '(?:officer|secretary|organiser|organizer|members|leader|chief|executive|executives|ceo|founder|lawyer|lawyers|spokesperson|spokesman|spokeswoman|official|officials|underwriter|manager|board|team|staff|employees|shares|website|investors|director|chairman|president)';
const OWNER = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}-]+)(?:[’']s\\s+(?:[a-z-]+\\s+){0,2}${STAFF}|\\s+(?:[a-z-]+\\s+){0,2}${STAFF})\\b`, 'gu');

// "Harlow Biotech said its trial …", "LumenPay funded its loans": a name that "its" refers back to is an organisation.
const ITS_OWN = /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:[a-z]+ly\s+)?(?:[a-z]+\s+its\b|(?:says|said)\s+(?:that\s+)?it\s+(?:is|was|has|had|will|would|does|did|can|could)\b)/gu;

function addShortened(orgs: Map<string, string>, full: string): void {
  const words = full.split(/\s+/);
  while (words.length && notName(words[0]!)) words.shift();
  if (!words.length || words.some((w) => notName(w))) return;
  full = words.join(' ');
  // "Tarn Valley" after "Tarn Valley Group": a shorter form of a name already known points to the fuller one.
  const fuller = orgs.get(words[0]!);
  if (!orgs.has(full)) orgs.set(full, fuller?.startsWith(`${full} `) ? fuller : full);
  if (!orgs.has(words[0]!)) orgs.set(words[0]!, full);
  // "Security Council" after "UN Security Council", "Council" after "EU Council": a body named without the letters or the place before it.
  // ("High Command" after "Police High Command": so is a name of two words or more after its first word.)
  if (words.length >= 2 && (/^\p{Lu}{2,5}$/u.test(words[0]!) || isPlaceName(words[0]!) || words.length >= 3) && /^\p{Lu}/u.test(words[1]!)) {
    const rest = words.slice(1).join(' ');
    if (orgs.get(rest) === rest || !orgs.has(rest)) orgs.set(rest, full);
  }
}

const DEFINED = /((?:\p{Lu}[\p{L}.’'-]*)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|and|of|for|on|&)){0,8})\s+\((\p{Lu}{2,6})\)/gu;

/**
 * The part of a run that the letters abbreviate ("the UK's data watchdog, the Information Commissioner's
 * Office (ICO)" → "Information Commissioner's Office"), or null when they do not ("Cllr Pádraig Nolan (FF)").
 */
function trimToInitials(run: string, letters: string): string | null {
  const words = run.split(/\s+/);
  for (let start = 0; start < words.length; start++) {
    const initials = initialsOf(words.slice(start));
    if (initials === letters || (initials.length === letters.length + 1 && initials.startsWith('U') && initials.slice(1) === letters)) return words.slice(start).join(' ');
  }
  return null;
}

const DATELINE_CREDIT = /^\p{Lu}[\p{L} .’'-]{1,30},?\s*\([^()]*\b(?:AFP|AP|APP|PTI|IANS|ANI|UNI|NAN|Reuters|Xinhua|Sputnik|Agencies|TASS|dpa|Yonhap|News)\b[^()]*\)\s*[-–—:]?\s*/u;
const cache = new WeakMap<string[], Map<string, string>>();

/** The organisations an article names, as a map from each way of writing one to its fullest name. */
export function organisationsOf(paragraphs: string[]): Map<string, string> {
  const hit = cache.get(paragraphs);
  if (hit) return hit;
  const orgs = new Map<string, string>();
  for (const [k, paragraph] of paragraphs.entries()) {
    // "Moscow, (APP - UrduPoint / Pakistan Point News - 12th Apr, 2024) Russia …": the agencies in a
    // dateline carried the story; they are not the bodies it is about.
    const text = k === 0 ? paragraph.replace(DATELINE_CREDIT, '') : paragraph;
    for (const run of capitalisedRuns(text)) {
      let words = run.text.replace(/[’']s$/, '').split(/\s+/);
      // "Shares of Acme Group" opening a sentence: a plural common noun and "of" come before the name.
      if (words[1] === 'of' && /^\p{Lu}\p{Ll}+s$/u.test(words[0]!) && !ORG_WORD.test(words[0]!)) words = words.slice(2);
      // "Sudan’s Ministry of Foreign Affairs": an organisation's head noun before "of" makes the run its name.
      if (/[’']s$/.test(words[0]!) && words.length > 3 && words[2] === 'of') words = words.slice(1);
      // "Kentucky Division of Emergency Management": the head noun may follow a place.
      const headed = words.length >= 3 && words.slice(0, 3).some((w, k) => ORG_HEAD_OF.test(w) && words[k + 1] === 'of');
      if (words.length < 2 || (!ORG_WORD.test(words[words.length - 1]!) && !headed)) continue;
      // "Meridian Marine Underwriters" is "Meridian" later on: organisations are shortened to their first word.
      addShortened(orgs, words.join(' '));
    }
  }
  for (const text of paragraphs) {
    // "Current and former employees": a capitalised word opening a sentence may be any adjective.
    for (const m of text.matchAll(OWNER)) if (!orgs.has(m[1]!) && !/(?:^|[.!?]["”’']?\s+)$/.test(text.slice(0, m.index! + m[0].indexOf(m[1]!)))) orgs.set(m[1]!, m[1]!);
    // ("Mr Alexander said it was “just not happening”": "it" is the thing discussed; a courtesy title makes a person.)
    // (So does a title: "Gen Prayut said it would be the people’s decision".)
    // ("Tom Prest said it had been …": two words told only by "said it" are a person's first name and surname.)
    for (const m of text.matchAll(ITS_OWN)) {
      const saidIt = !/\sits\b/.test(m[0]) && m[1]!.split(/\s+/).length === 2;
      const rolePrefix = isRoleWord(/(\S+)\s+$/.exec(text.slice(0, m.index!))?.[1] ?? '');
      if (!saidIt && !rolePrefix && !/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s/.test(m[1]!) && !isRoleWord(m[1]!.split(/\s+/)[0]!)) addShortened(orgs, m[1]!);
    }
    // "the Health Service Executive (HSE)", "Reserve Bank of India (RBI)": a name and the letters it goes by.
    for (const m of text.matchAll(DEFINED)) {
      const full = trimToInitials(m[1]!.replace(/^(?:The|the)\s+/, '').replace(/[’']s$/, ''), m[2]!);
      if (!full) continue;
      if (!orgs.has(full)) orgs.set(full, full);
      orgs.set(m[2]!, full);
    }
  }
  addInitialisms(orgs, paragraphs);
  cache.set(paragraphs, orgs);
  return orgs;
}

/** The fullest name of an organisation the article names ("Meridian" → "Meridian Marine Underwriters"), or null. */
export function fullOrganisation(name: string, paragraphs: string[]): string | null {
  return organisationsOf(paragraphs).get(name.replace(/[’']s$/, '')) ?? null;
}

/** "the company", "the union", "its own filings": nouns that stand for an organisation named before. */
export const ORG_ANAPHOR = /^(?:the|its)\s+(?:[a-z]+\s+){0,2}(?:company|firm|carrier|airline|union|insurer|lender|bank|fund|group|agency|operator|business|startup|retailer|manufacturer|regulator|department|ministry|alliance|association|organisation|organization|force|service|trust|council|board|authority|party|club|charity|foundation|institute|commission|committee|government|utility|railway|railroad|hospital|university|school|network|broadcaster|publisher|studio|league|federation|campaign|coalition|court|tribunal|panel|watchdog|inquiry|bureau|office|regulator|authority|brigade|embassy|partnership|developer|chain|airport|exchange|museum|zoo|studio|district|police)$/i;

// "an analyst at Brookfield Securities", "Jo Bell of Acme Partners": an employer named for someone's
// affiliation is background, not what "the company" goes on to mean.
const AFFILIATION = /(?:\bat|\p{Lu}[\p{L}-]+\s+of)\s+(?:the\s+)?$/u;

/** The known organisation a capitalised run names: "The Regional Pilots Alliance", "Meridian has denied", "Shares of Acme Group". */
function orgOfRun(text: string, orgs: Map<string, string>): string | undefined {
  // "Turkey's Ministry of Foreign Affairs": the owner says which ministry; it stays in the name.
  const owned = /^(\p{Lu}[\p{L}-]*[’']s)\s+(\p{Lu}.*)$/u.exec(text);
  const inner = owned ? orgs.get(owned[2]!.replace(/[’']s$/, '')) : undefined;
  // ("Chile’s Interior Ministry": its shorter form already points to the name with the owner in it.)
  if (inner) return inner.startsWith(`${owned![1]} `) ? inner : `${owned![1]} ${inner}`;
  const words = text.replace(/[’']s$/, '').split(/\s+/);
  const of = words.indexOf('of');
  const tail = of > 0 ? words.slice(of + 1) : [];
  return orgs.get(words.join(' ')) ?? orgs.get(words[0]!) ?? (tail.length ? orgs.get(tail.join(' ')) ?? orgs.get(tail[0]!) : undefined);
}

/** The organisation named nearest before a position: the first one named in the nearest sentence that names one (sentences nearest first). */
export function nearestOrganisation(sentences: Iterable<string>, paragraphs: string[], wanted: (name: string) => boolean = () => true): Speaker | null {
  const orgs = organisationsOf(paragraphs);
  for (const sentence of sentences) {
    for (const run of capitalisedRuns(sentence)) {
      if (AFFILIATION.test(sentence.slice(0, run.index))) continue;
      const full = orgOfRun(run.text, orgs);
      if (full && wanted(full)) return { name: full, title: null };
    }
  }
  return null;
}

/** The organisation the text names most often in `texts` (the story's own company): what "the company" means past the nearby sentences. */
export function mostNamedOrganisation(texts: string[], paragraphs: string[]): Speaker | null {
  const orgs = organisationsOf(paragraphs);
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const run of capitalisedRuns(text)) {
      const full = orgOfRun(run.text, orgs);
      if (full && !AFFILIATION.test(text.slice(0, run.index))) counts.set(full, (counts.get(full) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((x, y) => y[1] - x[1])[0];
  return best && best[1] >= 2 ? { name: best[0], title: null } : null;
}
