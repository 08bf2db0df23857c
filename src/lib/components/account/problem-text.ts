// A sign-in or set-up problem (a code from the server) as a sentence in the page's language.

import { m } from '$lib/paraglide/messages';

export interface CredentialLimits {
	minName: number;
	maxName: number;
	minPassword: number;
	maxPassword: number;
}

export function problemText(problem: string, limits: CredentialLimits): string {
	switch (problem) {
		case 'name':
			return m.account_error_name({ min: limits.minName, max: limits.maxName });
		case 'password':
			return m.account_error_password({ min: limits.minPassword, max: limits.maxPassword });
		case 'mismatch':
			return m.account_error_mismatch();
		case 'taken':
			return m.account_error_taken();
		case 'too-many':
			return m.account_signin_too_many();
		default:
			return m.account_signin_failed();
	}
}
