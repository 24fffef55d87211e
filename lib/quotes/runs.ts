import { notName } from './words';

/** A capitalised run in a paragraph that may name a person, with its offset. */
export interface Mention {
  text: string;
  index: number;
}

// "Office of Foreign Assets Control", "Joost van Rijn", "Ursula von der Leyen": joining words and name particles stay inside a run.
// "K. R. Shivaramaiah", "H. M. Chandrashekar": initials lead a name, as Indian and Pakistani papers print it.
// "Ashok V Deshmukh": a middle initial may go without its full stop.
// "Tariq al-Mutairi", "Abdel Fattah el-Sisi": a lower-case particle joined to a surname stays in the run.
// ("K Raghunath", "M Srinivas Gowda": an initial may go without its full stop, but "A" and "I" are words.)
const CAP_RUN = /(?:(?<![\p{L}])\p{Lu}\.\s?)*(?:(?<![\p{L}'’])(?![AI]\s)\p{Lu}\s(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+[,.]))?[\p{Lu}][\p{L}'’-]+(?:\s+\p{Lu}\.?(?=\s+\p{Lu}[\p{L}'’-]))?(?:\s+(?:(?:of|for|van|von|de|der|den|da|di|du|del|le|la|bin|ibn|bint|ben|abu|Ó|Ní|Nic|Uí|Mac)\s+){0,2}(?:(?:al|el|ad|as|ash|bin|ibn|abu|ben|bint)-)?[\p{Lu}][\p{L}'’-]+(?:\s+\p{Lu}\.?(?=\s+\p{Lu}[\p{L}'’-]))?){0,11}/gu;

/** A day of the week: wire copy puts one straight after a subject ('Narendra Modi Saturday said'). */
export const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Capitalised runs, stripped of sentence-initial words that are never names. */
export function capitalisedRuns(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CAP_RUN)) {
    let words = m[0].split(/\s+/);
    let index = m.index ?? 0;
    // "row F. Her husband": a letter closing a sentence is no initial when a sentence opener follows it.
    const initials = words.findIndex((w) => !/^\p{Lu}\.$/u.test(w));
    if (initials > 0 && notName(words[initials]!)) {
      index += words.slice(0, initials).reduce((n, w) => n + w.length + 1, 0);
      words = words.slice(initials);
    }
    // ("But for Barry and …": a joining word left at the front once the opener is gone goes too.)
    // ("spokesman He Yadong": inside a sentence a capital "He" before a name is the family name, not the pronoun.)
    const surnameHe = words[0] === 'He' && words.length > 1 && /[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, index - 3), index));
    while (words.length && !surnameHe && (notName(words[0]!) || (/^(?:of|for)$/.test(words[0]!) && index !== (m.index ?? 0)))) {
      index += words[0]!.length + 1;
      words = words.slice(1);
    }
    // "Prime Minister Narendra Modi Saturday said": a day named after a name (the wire habit) ends the name.
    const day = words.findIndex((w, k) => k > 0 && WEEKDAY.test(w));
    if (day > 0) words = words.slice(0, day);
    if (words.length) out.push({ text: words.join(' '), index });
  }
  return out;
}
