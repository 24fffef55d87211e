import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/**
 * The one typed messenger every context uses. The library touches the extension APIs only when a
 * message is sent or a listener registered, so importing this module has no side effects.
 */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
