/**
 * Outlet and site names from a URL when the page does not name itself:
 * "www.business-standard.com" → site "business-standard.com", outlet "Business Standard".
 */

// Second-level labels under country codes ("co.uk", "com.pk") are not the site's name.
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|edu|news|nic)$/;

/** The registrable host of a URL without "www."/"amp."/"m." (e.g. "dawn.com"); null for unparsable URLs. */
export function siteFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    if (!host) return null;
    return host.replace(/^(?:www\d?|amp|m|mobile|edition|beta)\./, '');
  } catch {
    return null;
  }
}

/** A readable outlet name from a site's domain ("business-standard.com" → "Business Standard"). */
export function outletFromSite(site: string | null | undefined): string | null {
  if (!site) return null;
  const labels = site.split('.').filter(Boolean);
  if (labels.length === 0) return null;
  let i = labels.length >= 2 ? labels.length - 2 : 0;
  if (i > 0 && SECOND_LEVEL.test(labels[i]!) && labels[i + 1]!.length === 2) i--;
  const name = labels[i]!;
  if (/^\d+$/.test(name)) return null;
  return name
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => (w.length <= 3 && labels.length > 1 && name.length <= 4 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

const TITLE_SEP = /\s+[|–—-]\s+|\s+[·•»]\s+/;

/**
 * The site's readable name from a `<title>` suffix ("Copper slides | Northern Ledger" → "Northern Ledger").
 * Accepted only when its letters match the domain's name label, so a section name ("World") is never taken.
 */
export function outletFromTitle(title: string | null | undefined, site: string | null | undefined): string | null {
  if (!title || !site) return null;
  const parts = title.split(TITLE_SEP).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const label = (outletFromSite(site) ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (label.length < 3) return null;
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    const letters = part.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');
    if (part.split(/\s+/).length <= 5 && letters.length >= 3 && (letters === label || label.startsWith(letters) || letters.startsWith(label))) return part;
  }
  return null;
}
