// Search matching for titles in both languages. SQLite's LIKE folds ASCII only, so matching is
// done on a folded form computed in JavaScript (registered as an SQL function).
// Arabic has no letter case; what makes the "same" word differ there is optional vowel marks
// (tashkeel), the tatweel stretch and the hamza forms of alef, so those are folded too.

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;

export function foldForSearch(text: string): string {
	return text.normalize('NFKC').toLocaleLowerCase('en').replace(ARABIC_MARKS, '').replace(ALEF_FORMS, '\u0627');
}
