/**
 * Bylines reduced to people's (or an agency's) names: pages decorate them with
 * "By", job titles, the outlet's name and timestamps, which differ between
 * outlets and would make the same wire author look like different people.
 */
import { cleanLine } from './text-shape';

const PREFIX = /^(?:by|written by|reported by|posted by|words by|story by|author|authors)\s*:?\s+/i;
const ROLE = /\b(?:correspondent|editor|editors|reporter|reporters|staff|writer|writers|contributor|contributors|bureau|desk|team|columnist|analyst|producer|journalist|news service|newsroom|agencies|agency|online|digital|web|updated|published|posted|follow|twitter|email|senior|chief|deputy|special|associate|contributing|freelance|guest|opinion)\b/i;
// Lower-case particles inside names ("Ursula von der Leyen") and agency names ("Press Trust of India").
const PARTICLE = /^(?:de|da|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|di|y|ter|mc|o'|of|the|for)$/i;

function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || ROLE.test(part)) return false;
  if (/[@/:\d]|https?|www\./i.test(part)) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => PARTICLE.test(w) || /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || /^[\p{Lu}][\p{Ll}]*[\p{Lu}][\p{L}]*$/u.test(w));
}

/** Reduces a byline to names ("By Jane Doe, Moscow correspondent | Outlet" → "Jane Doe"); null when no name remains. */
export function cleanByline(raw: string | null | undefined, outlet?: string | null): string | null {
  if (!raw) return null;
  let s = cleanLine(raw).replace(PREFIX, '');
  // Timestamps often ride along on the byline line.
  s = s.replace(/\s*(?:[|•·]\s*)?\b(?:updated|published|posted|last updated)\b.*$/i, '');
  const skip = outlet ? outlet.toLowerCase() : null;
  const names: string[] = [];
  for (const part of s.split(/\s*(?:,|\||;|•|·|\s[-–—]\s|\band\b|&|\bwith\b)\s*/i)) {
    // "Jane Doe in Moscow": the place is not part of the name.
    const p = part.trim().replace(/^(?:by)\s+/i, '').replace(/\s+in\s+.*$/, '');
    if (!p || (skip && p.toLowerCase() === skip)) continue;
    if (looksLikeName(p) && !names.includes(p)) names.push(p);
  }
  return names.length ? names.join(', ') : null;
}
