import { type BehaviourEvent, sendEvents } from '../analytics-events';
import { analyticsSession } from '../consent';
import type { Store } from './store';

/** From a page or a form action: the shopper's own session, and nothing without their consent. */
export async function track(store: Store, events: BehaviourEvent[]): Promise<void> {
  const sessionId = await analyticsSession();
  if (sessionId) await sendEvents(store.domain, sessionId, events);
}
