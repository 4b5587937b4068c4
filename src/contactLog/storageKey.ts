// Where the contact log is kept; on its own so the first download can name it without carrying the log's reader.
export const LOG_STORAGE_KEY = 'collection-guide.log';
