/**
 * Folding for repetition checks: lower-case letters and digits only, accents and punctuation dropped,
 * word gaps as single spaces. Defined as NFKD, then marks removed, then every run of other characters
 * made one space; a table-driven loop gives the same answer for Latin text without NFKD or \p{…} scans.
 */

// Per code unit below TABLE_END: the text it folds to ('' for a mark, which vanishes), null for a
// separator, undefined when only the full path can tell (letters without an ASCII base, other scripts).
const TABLE_END = 0x2070;
const TABLE: (string | null | undefined)[] = [];
for (let c = 0; c < TABLE_END; c++) {
  // Latin, Latin-1 punctuation and General Punctuation cover news text in Latin scripts.
  if (c >= 0x250 && c < 0x2000) continue;
  const raw = String.fromCharCode(c).normalize('NFKD');
  const f = raw.replace(/\p{M}+/gu, '');
  if (/^[a-z0-9]+$/.test(f)) TABLE[c] = f;
  else if (!f && raw) TABLE[c] = '';
  else if (!/[\p{L}\p{N}]/u.test(f)) TABLE[c] = null;
}

/** The full definition, for text the table cannot fold. */
function foldSlow(lower: string): string {
  return lower.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Folds lower-cased text (see the file comment). */
export function fold(lower: string): string {
  let out = '';
  let gap = false;
  let run = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (run < 0) run = i;
      continue;
    }
    const m = c < TABLE_END ? TABLE[c] : undefined;
    if (m === undefined) return foldSlow(lower);
    // Letters and digits so far go out as one piece; a space first when a separator came before them.
    if (run >= 0) {
      out += gap && out ? ` ${lower.slice(run, i)}` : lower.slice(run, i);
      gap = false;
      run = -1;
    }
    if (m === null) gap = true;
    else if (m) {
      out += gap && out ? ` ${m}` : m;
      gap = false;
    }
  }
  return out;
}
