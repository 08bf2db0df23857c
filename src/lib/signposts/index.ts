// Signposts (issue 14, point 5): the model's indicators watched, observed, and turned into
// revisions. Pure: the server records (src/lib/server/signposts), the dashboard shows.

export { EMERGING_SHARE, proposedShift, shiftedSetting } from './shift';
export { newestFirst, signpostRevisions, watchList, type IndicatorStatus, type WatchItem } from './watch-list';
export { madeByObservation, signpostRevisionNote } from './note';
export { withObservation, withSignpostLog, type ObservationInput, type ObservationStamp } from './record';
