/** One named check's outcome. */
interface Outcome {
  name: string;
  ok: boolean;
  detail: string;
}

/** A tiny runner: each check prints one line; `summary()` prints the totals line and returns the exit code. */
export function createHarness() {
  const outcomes: Outcome[] = [];
  return {
    /** Runs one check; a thrown error (node:assert or a Playwright timeout) marks it failed, the run goes on. */
    async check(name: string, fn: () => Promise<string | void>): Promise<boolean> {
      const started = Date.now();
      try {
        const detail = (await fn()) ?? '';
        outcomes.push({ name, ok: true, detail });
        console.log(`PASS ${name}${detail ? ` (${detail})` : ''} [${Date.now() - started} ms]`);
        return true;
      } catch (err) {
        const detail = err instanceof Error ? err.message.split('\n').slice(0, 4).join(' | ') : String(err);
        outcomes.push({ name, ok: false, detail });
        console.log(`FAIL ${name}: ${detail} [${Date.now() - started} ms]`);
        return false;
      }
    },
    /** Prints `E2E: N passed, M failed` and returns the process exit code. */
    summary(): number {
      const failed = outcomes.filter((o) => !o.ok).length;
      console.log(`E2E: ${outcomes.length - failed} passed, ${failed} failed`);
      return failed === 0 ? 0 : 1;
    },
  };
}
