/** True when two URLs show the same document: only the #fragment may differ (in-page anchors). */
export function samePage(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return a.split('#', 1)[0] === b.split('#', 1)[0];
}
