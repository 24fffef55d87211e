// A time stamp opening an entry ("09:05", "10.15 am", "2:30 PM GMT"): the mark of a live page.
const ENTRY_TIME = /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|BST|CET|EST|ET|UTC|IST|PKT))?)\b/i;
const LIVE_TITLE = /\b(?:live(?:\s+updates|\s+blog|\s+coverage)?\s*[:|–—-]|as it happened|latest updates)|[:|–—-]\s*live\b/i;

/**
 * Whether a page is a live blog: a run of time-stamped entries on many events, or a title that says
 * so. A live blog that mentions a story is not a version of it, whatever names and words it shares.
 */
export function isLiveBlog(paragraphs: string[], title: string | null): boolean {
  if (title && LIVE_TITLE.test(title)) return true;
  if (paragraphs[0] && LIVE_TITLE.test(paragraphs[0])) return true;
  const stamped = paragraphs.filter((p) => ENTRY_TIME.test(p)).length;
  return stamped >= 3 && stamped >= paragraphs.length / 3;
}
