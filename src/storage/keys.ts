// Every key this app writes in the browser's storage, in one list: delete-all and shared-phone mode remove them all.
export const STORAGE_KEYS = {
  /** Answers and ticked actions of the flow that is open. */
  progress: 'collection-guide',
  /** The contact log. */
  log: 'collection-guide.log',
  /** Parts of a stored log that could not be read, kept as text for the person to export. */
  logUnread: 'collection-guide.log-unread',
  /** How long saved data is kept, as the person chose it. */
  retention: 'collection-guide.retention',
  /** The language the person chose, when it is not 简体. */
  language: 'collection-guide.lang',
} as const;

export type StorageKey = keyof typeof STORAGE_KEYS;
export const ALL_STORAGE_KEYS = Object.keys(STORAGE_KEYS) as StorageKey[];
/** The keys whose values are read back through the schemas (schemas.ts): the person's answers and contact log. */
export const SAVED_DATA_KEYS = ['progress', 'log', 'logUnread'] as const satisfies readonly StorageKey[];
