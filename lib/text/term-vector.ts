import { contentTokens } from './tokens';

/** Term frequencies of a text's content words. */
export function termVector(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of contentTokens(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/** Cosine similarity of two term-frequency vectors, 0..1. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
