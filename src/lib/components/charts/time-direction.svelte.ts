// Whether Arabic charts keep time running left to right (for audiences used to it): the
// analyst's choice, remembered in this browser. Right to left, as the page reads, by default.

import { TIME_LTR_STORAGE_KEY as STORAGE_KEY } from '$lib/charts/time-direction';

function stored(): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === '1';
	} catch {
		return false;
	}
}

class TimeDirection {
	ltr = $state(stored());

	set(ltr: boolean): void {
		this.ltr = ltr;
		try {
			localStorage.setItem(STORAGE_KEY, ltr ? '1' : '0');
		} catch {
			// Private modes may refuse storage: the choice then lasts for the page.
		}
	}
}

export const timeDirection = new TimeDirection();
