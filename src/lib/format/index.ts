// How the app writes numbers, percentages, dates and steps, in a language given explicitly. The
// charts get these through their ChartText, the pages through $lib/i18n/text (bound to the
// interface language), the briefing and its files with the slide language.

export {
	countText,
	indexDifferenceText,
	keepLtr,
	numberText,
	percentText,
	pointsText,
	tableNumber,
	LEFT_TO_RIGHT_MARK,
	MINUS
} from './numbers';
export { dateTimeText, isoDate, monthRangeText, monthText, quarterOfMonth, quarterText } from './time';
export { listText } from './list';
