import { isRoleWord, notName, SPEECH_VERBS } from './words';
import { fits, GLUE, GROUP } from './subject';
import { isPlaceName } from './places';

/** Intro clauses that come before a sentence's subject ("Asked …,", "On Monday,", "But,"). */
const INTRO = /^(?:(?:But|And|Yet|So|Still|Meanwhile|However|Earlier|Later|Separately|Instead),?\s+)?(?:(?:Asked|Speaking|Writing|Responding|Answering|In|On|At|After|Before|While|When|During|Despite|Since|According to|Within|Only|Just|Even|Barely|Hours|Days|Weeks|Months|Years|Minutes|Moments|Shortly|Soon|Once|Until|Amid|Following|Under|Over|Across|Among|Without|With|By|For|From|Last|This|Next)\b[^,]*,\s*)?/u;

// "BRUSSELS —", "WASHINGTON (AP) —": a dateline is where the story was filed, not who speaks.
// "23:05 —" in a live blog is when the entry was posted.
// "SEOUL, Jan 13 (Yonhap) --": a date and an agency may follow the place.
// "CARSON CITY, Nev. (AP) —" and "MUMBAI:" too.
const DATELINE = /^(?:(?:\p{Lu}\p{Ll}+\s?){1,3}:(?=\s+\p{Lu})|\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}:(?=\s+\p{Lu})|\p{Lu}[\p{Lu} .,'’-]+(?:\p{Lu}\p{Ll}{1,4}\.\s*)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*)?(?:\([^)]*\))?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|ET|IST)?)\s*(?:[—–]|-{1,2})\s+/u;
// "Dr. Katrin Vogt", "K. R. Sharma": a name's parts may be abbreviations or initials.
const NAME_PART = "\\p{Lu}[\\p{L}’'-]*\\.?";
const TITLE_THEN_NAME = new RegExp(
  `^((?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|An?|Another|One|\\p{Lu}[\\p{L}-]*[’']s)\\s+[^,]{2,60}?\\p{Ll}),\\s+(${NAME_PART}(?:\\s+(?:(?:van|von|de|der|den|da|di|du|le|la|del)\\s+)?${NAME_PART}){0,3})(?:\\s+(?:of|at|from)\\s+[^,]{2,50})?,`,
  'u',
);

const NOT_OCCUPATION = new RegExp(`^(?:${SPEECH_VERBS}|is|was|are|were|has|had|have|met|named|and|or|but|with|for|from|to|by|at|in|on|of|that|who|as|than|[a-z]+ed|[a-z]+ing|[a-z]+ly)$`);

const LOWER_TITLE_THEN_NAME = /^((?:[a-z][\p{L}-]*\s+){0,3})([a-z][\p{L}-]*)\s+(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,2})\b/u;

// After a comma, a name (or "the" and one) and its verb: where the main clause of a sentence begins.
const MAIN_CLAUSE = /^,\s+((?:he|she|they|we|(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:[a-z]+ed|[a-z]+s|said|told|called|wrote|spoke|took|gave|made|went|came|saw|felt|led|held)\b)/u;

/**
 * "Citing conflicts in Ukraine, Sudan, Myanmar and Gaza, Guterres called …": a participle clause
 * opening the sentence may hold commas of its own; the subject follows the comma before the main clause.
 */
function skipParticiple(clause: string): string {
  if (!/^\p{Lu}\p{Ll}+ing\s/u.test(clause)) return clause;
  for (let i = clause.indexOf(','); i >= 0; i = clause.indexOf(',', i + 1)) {
    const main = MAIN_CLAUSE.exec(clause.slice(i));
    if (main) return clause.slice(i + main[0].length - main[1]!.length);
  }
  return clause;
}

/** "Now, Cllr Potter has …", "Similarly, Eagles forward …": one adverb set off by a comma comes before the subject. */
function withoutAdverb(sentence: string): string {
  const m = /^(\p{Lu}\p{Ll}+),\s+/u.exec(sentence);
  return m && (notName(m[1]!) || /ly$/.test(m[1]!)) ? sentence.slice(m[0].length) : sentence;
}

/** The subject a sentence opens with, read forwards up to its first lower-case word that is no role or group word. */
export function sentenceSubject(sentence: string): string {
  const clause = skipParticiple(withoutAdverb(sentence.replace(DATELINE, '')).replace(/^(?:As|On|In|From)\s+(?:the\s+)?(?:part|behalf|side) of [^,]+,\s*/, '').replace(INTRO, ''));
  // "Meridian’s lawyer, Jonathan Adeyemi, said": a role set off before a name; the name is the subject.
  // ("A driver, Awolola, said": one word is a name only after someone described as "a" or "another" …)
  const match = TITLE_THEN_NAME.exec(clause);
  const titled = match && (match[2]!.includes(' ') || (/^(?:An?|Another|One)\s/.test(match[1]!) && !notName(match[2]!) && !isPlaceName(match[2]!))) ? match : null;
  // "Another analyst, Jo Bell of Acme, …": the determiner and the employer set off after the name are not part of either.
  if (titled) return `${titled[1]!.replace(/^(?:An?|Another|One)\s+/, '')} ${titled[2]}`;
  // "foreign ministry spokesman Wang Lei said": lower-case words of a title may open the sentence.
  const lowerTitle = LOWER_TITLE_THEN_NAME.exec(clause);
  if (lowerTitle && isRoleWord(lowerTitle[2]!)) return `${lowerTitle[1]}${lowerTitle[2]} ${lowerTitle[3]}`;
  const words = clause.trim().split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,;:]$/, '');
    const k = words.indexOf(w);
    // "The White House budget office": one lower-case modifier may stand before a group noun.
    const modifier = /^[a-z]+$/.test(bare) && !NOT_OCCUPATION.test(bare) && GROUP.test((words[k + 1] ?? '').replace(/[,;:]$/, ''));
    // "Veteran trainer Colm Dwyer", "Club legend Terry Hollis": a lower-case occupation between a
    // capitalised word and a name is part of the title before the name.
    const occupation = out.length > 0 && /^[a-z]+$/.test(bare) && !NOT_OCCUPATION.test(bare) && (/^\p{Lu}[\p{L}’'.-]*\s+\p{Lu}/u.test(words.slice(k + 1, k + 3).join(' ')) ||
      // "SPD parliamentary leader Katrin Vogelsang": two lower-case words, the second a role.
      (isRoleWord(words[k + 1] ?? '') && /^\p{Ll}/u.test(words[k + 1] ?? '') && /^\p{Lu}[\p{L}’'.-]*\s+\p{Lu}/u.test(words.slice(k + 2, k + 4).join(' '))));
    // "Japan's finance minister", "the company's chief financial officer": an owner's lower-case title.
    const owned = out.length > 0 && /[’']s$/.test(out[out.length - 1]!) && /^[a-z-]+$/.test(bare) && !NOT_OCCUPATION.test(bare) && words.slice(k, k + 3).some((x) => isRoleWord(x.replace(/[,;:]$/, '')));
    if (out.length > 0 && !fits(bare) && !modifier && !occupation && !owned) break;
    if (out.length === 0 && /^(?:the|a|an)$/.test(bare)) {
      out.push(bare);
      continue;
    }
    if (out.length === 0 && !/^[\p{Lu}]/u.test(bare)) return /^(?:he|she|they|it|we)$/i.test(bare) ? bare : '';
    out.push(bare);
    if (bare !== w) break;
  }
  while (out.length && GLUE.test(out[out.length - 1]!)) out.pop();
  // "Analysts at Castlegate Securities": a group with the body it belongs to.
  const at = /^\s*(?:at|from)\s+((?:\p{Lu}[\p{L}&’'.-]*\s*){1,4})/u.exec(clause.trim().slice(out.join(' ').length));
  if (out.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(out[0]!) && GROUP.test(out[0]!.toLowerCase()) && at) return `${out[0]!.toLowerCase()} at ${at[1]!.trim()}`;
  return out.join(' ');
}
