/** An error-like value with a name and maybe a wrapped cause (Dexie puts the native error in `inner`). */
interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

function asNamed(error: unknown): NamedError | null {
  return typeof error === 'object' && error !== null ? (error as NamedError) : null;
}

/**
 * True when a storage write failed because the quota is used up. Browsers report it as
 * QuotaExceededError, or as an AbortError of the transaction that wraps it (Dexie: `inner`).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  const named = asNamed(error);
  if (!named || depth > 4) return false;
  if (named.name === 'QuotaExceededError') return true;
  return isQuotaError(named.inner, depth + 1) || isQuotaError(named.cause, depth + 1);
}

/** Bytes used and available, as far as the browser says (unknown fields are null). */
export interface StorageUsage {
  usage: number | null;
  quota: number | null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** A message a person can act on: storage full (with usage when known) or the error's own message. */
export function describeStorageError(error: unknown, usage?: StorageUsage): string {
  if (isQuotaError(error)) {
    const used =
      usage?.usage != null && usage.quota != null
        ? ` (${megabytes(usage.usage)} of ${megabytes(usage.quota)} used)`
        : '';
    return `Storage is full${used}: saving is paused; stored stories stay readable.`;
  }
  const named = asNamed(error);
  return typeof named?.message === 'string' && named.message ? named.message : String(error);
}

/** Reads storage usage where the platform offers it; null fields elsewhere. Never throws. */
export async function readStorageUsage(
  storage: Pick<StorageManager, 'estimate'> | undefined = globalThis.navigator?.storage,
): Promise<StorageUsage> {
  try {
    const estimate = await storage?.estimate();
    return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  } catch {
    return { usage: null, quota: null };
  }
}
