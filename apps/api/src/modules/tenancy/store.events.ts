/** Store lifecycle topics with declared payloads. */
declare module '../../platform/events.ts' {
  interface EventTopics {
    'store.archived': { storeId: string };
  }
}

export {};
