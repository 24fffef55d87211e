import type { Result } from '../../lib/messaging/result';

/** The keyboard commands declared in wxt.config.ts that the background forwards to the page. */
export const QUOTE_COMMANDS = { 'next-quote': 1, 'prev-quote': -1 } as const;

/** The browser's command event (Chrome passes the active tab as the second argument). */
export interface CommandEvent {
  addListener(listener: (command: string, tab?: { id?: number }) => void): void;
  removeListener(listener: (command: string, tab?: { id?: number }) => void): void;
}

/** What forwarding needs: the active tab when the event gives none, and a way to message a tab. */
export interface CommandDeps {
  activeTabId: () => Promise<number | null>;
  stepQuote: (tabId: number, step: 1 | -1) => Promise<Result<number>>;
  log: (message: string) => void;
}

/** Forwards one command to its tab; returns the quote the page moved to, or null when nothing was sent. */
export async function forwardCommand(deps: CommandDeps, command: string, tab?: { id?: number }): Promise<number | null> {
  if (!(command in QUOTE_COMMANDS)) return null;
  const step = QUOTE_COMMANDS[command as keyof typeof QUOTE_COMMANDS];
  const tabId = tab?.id ?? (await deps.activeTabId());
  if (tabId === null || tabId === undefined || tabId < 0) return null;
  try {
    const reply = await deps.stepQuote(tabId, step);
    return reply.ok ? reply.value : null;
  } catch (error) {
    // A tab without our content script (a browser page, a site turned off): nothing to move through.
    deps.log(`${command} not delivered: ${String(error)}`);
    return null;
  }
}

/** Listens for the quote commands; returns the function that stops listening. */
export function followCommands(event: CommandEvent | undefined, deps: CommandDeps): () => void {
  if (!event) return () => {};
  const listener = (command: string, tab?: { id?: number }): void => void forwardCommand(deps, command, tab);
  event.addListener(listener);
  return () => event.removeListener(listener);
}
