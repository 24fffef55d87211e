/**
 * Dates as pages write them ("November 27th, 2025", "Nov 26 2025 | 10:48 PM IST",
 * ISO stamps from meta tags) turned into ISO 8601. A date without a known zone is
 * returned as YYYY-MM-DD: a wrong hour is worse than no hour.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// Only abbreviations that news sites print next to times; ambiguous ones take the
// reading most common on English-language news sites (IST = India).
const ZONES: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', PKT: '+05:00', IST: '+05:30', JST: '+09:00',
  AEST: '+10:00', AEDT: '+11:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoFrom(y: number, m: number, d: number, rest: string): string | null {
  if (!validDay(y, m, d)) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  const t = /(\d{1,2})[:.](\d{2})\s*([AaPp]\.?[Mm]\.?)?\s*([A-Z]{1,4})?\b/.exec(rest);
  if (!t) return day;
  let h = Number(t[1]);
  const min = Number(t[2]);
  const ampm = t[3]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  const zone = t[4] ? ZONES[t[4]] : undefined;
  if (h > 23 || min > 59 || !zone) return day;
  return `${day}T${pad(h)}:${pad(min)}:00${zone}`;
}

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const MDY_RE = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DMY_RE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

/** Parses the first date found in a string into ISO 8601 (date, or timestamp when the zone is known); null if none. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = text.trim();
  const iso = ISO_RE.exec(s);
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!validDay(Number(y), Number(m), Number(d))) return null;
    if (!hh || !zone) return `${y}-${m}-${d}`;
    const z = zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${z}`;
  }
  for (const [re, order] of [[MDY_RE, 'mdy'], [DMY_RE, 'dmy']] as const) {
    const m = re.exec(s);
    if (!m) continue;
    const monthName = (order === 'mdy' ? m[1] : m[2])!.toLowerCase();
    const month = MONTHS[monthName.slice(0, monthName.startsWith('sept') ? 4 : 3)];
    if (!month || !(monthName.length === 3 || monthName.length === 4 || isFullMonth(monthName))) continue;
    const day = Number(order === 'mdy' ? m[2] : m[1]);
    const out = isoFrom(Number(m[3]), month, day, s.slice(m.index + m[0].length));
    if (out) return out;
  }
  return null;
}

function isFullMonth(name: string): boolean {
  return /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.test(name);
}

/** A date line found in page text: "Published in X, <date>", "First Published: <date>", "Last Updated : <date>". */
export interface TextDate {
  kind: 'published' | 'updated';
  iso: string;
}

const STAMP_RE = /\b(first\s+published|published|posted|updated|last\s+updated|modified)\b(?:\s+(?:on|in|at)\b)?/i;

/** Reads a publication/update stamp from a short line; null when the line has no such stamp. */
export function findTextDate(line: string): TextDate | null {
  const m = STAMP_RE.exec(line);
  if (!m) return null;
  const iso = parseDate(line.slice(m.index));
  if (!iso) return null;
  const kind = /updated|modified/i.test(m[1]!) ? 'updated' : 'published';
  return { kind, iso };
}

const PREFIX_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/;

/** Splits the seeds' metadata prefix (" date YYYY-MM-DD ") off the start of a text. */
export function stripDatePrefix(text: string): { date: string | null; rest: string } {
  const m = PREFIX_RE.exec(text);
  if (!m) return { date: null, rest: text };
  return { date: parseDate(m[1]), rest: text.slice(m[0].length) };
}
