/** Formats an ISO date (YYYY-MM-DD or a timestamp) for display; null or unparsable gives null. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  if (!day) return null;
  // Format as UTC so a date-only value never shifts a day with the reader's time zone.
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** A 0..1 score as a whole percentage, clamped. */
export function percent(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

/**
 * Page text made safe to show: bidi embedding/override/isolate controls are removed, so a string cannot
 * reverse or reorder the text around it (a spoofing trick); everything else is shown as it is, as text.
 */
export function shown(s: string | null | undefined): string {
  return (s ?? '').replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}
