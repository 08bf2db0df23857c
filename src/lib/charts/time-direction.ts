// Where the browser remembers that Arabic charts keep time running left to right: read by the
// app's charts, written by the analyst's toggle and by `npm run brief -- --time ltr`.

export const TIME_LTR_STORAGE_KEY = 'scenario-desk:charts-time-ltr';
