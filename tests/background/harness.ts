import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerListeners } from '../../entrypoints/background/listeners';
import { createServices, type BackgroundServices } from '../../entrypoints/background/services';
import type { ProtocolMap } from '../../lib/messaging/protocol';
import type { SenderLike } from '../../lib/messaging/sender';
import { ok } from '../../lib/messaging/result';
import type { StoryBundle } from '../../lib/stories/types';
import { freshDb } from './fixtures';

type CommandListener = (command: string, tab?: { id?: number }) => void;
const commandListeners = new Set<CommandListener>();
/** The keyboard-command event the background listens to; `trigger` plays a shortcut press. */
export const commandEvent = {
  addListener: (l: CommandListener) => void commandListeners.add(l),
  removeListener: (l: CommandListener) => void commandListeners.delete(l),
  trigger: (command: string, tab?: { id?: number }) => commandListeners.forEach((l) => l(command, tab)),
  count: () => commandListeners.size,
};

/** A running background over fake browser and fake IndexedDB; `restart()` simulates a new worker. */
export interface Harness {
  services: BackgroundServices;
  factory: IDBFactory;
  logs: string[];
  restart(): void;
  stop(): void;
}

/** Starts the background's listeners as main() does, with the bundle given as the seed. */
export function startBackground(bundle: StoryBundle, factory = new IDBFactory()): Harness {
  vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
  // The fake browser does not implement commands.onCommand: give it a plain event tests can trigger.
  Object.defineProperty(fakeBrowser.commands, 'onCommand', { value: commandEvent, configurable: true });
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);
  const api = fakeBrowser as unknown as typeof browser;
  const start = () => {
    const services = createServices({ db: freshDb(factory), loadSeed: () => ok(bundle), log });
    return { services, stop: registerListeners(api, services, log) };
  };
  let running = start();
  return {
    get services() {
      return running.services;
    },
    factory,
    logs,
    restart() {
      running.stop();
      running.services.db.close();
      running = start();
    },
    stop() {
      running.stop();
      running.services.db.close();
    },
  };
}

/** The raw reply envelope of @webext-core/messaging: a value, or a serialized thrown error. */
export type Envelope<K extends keyof ProtocolMap> = { res?: ReturnType<ProtocolMap[K]>; err?: unknown };

/** Delivers a message as the browser would, with a sender of the test's choosing (the fake sends `{}`). */
export function deliver<K extends keyof ProtocolMap>(type: K, data: unknown, sender: SenderLike): Promise<Envelope<K>> {
  return new Promise((resolve) => {
    const message = { id: 1, type, data, timestamp: Date.now() };
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, (reply: unknown) => resolve(reply as Envelope<K>));
  });
}

/** A sender as Chrome describes our content script in the top frame of a tab. */
export function contentSender(tabId: number, url: string): SenderLike {
  return { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId, url } };
}

/** A sender as Chrome describes the side panel page. */
export function panelSender(): SenderLike {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
}
