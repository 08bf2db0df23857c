/** The author of writes made with no account (the store's own tests, tools): a name and no id. */
export const DEFAULT_AUTHOR = 'analyst';
