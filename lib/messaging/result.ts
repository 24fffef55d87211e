/** Error codes that travel between contexts as values (never as thrown exceptions). */
export type ErrorCode =
  | 'invalid-message'
  | 'forbidden-sender'
  | 'not-article'
  | 'too-large'
  | 'db-loading'
  | 'internal';

/** A reply that is either a value or an error, so callers must look before they use it. */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error code and a human-readable message as a failed Result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
