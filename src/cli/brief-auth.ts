// How `npm run brief` signs in to the app it prints from. A server it started on a scratch
// database of its own is new: it sets up that database's first admin, as anyone's first visit
// would, and uses the session. Any other server (--url, or its own on DATA_DIR) is asked with the
// API token in SCENARIO_DESK_TOKEN (`npm run user -- token NAME`), as every script is.

import { randomBytes } from 'node:crypto';

export const TOKEN_ENV = 'SCENARIO_DESK_TOKEN';

export interface BriefCredentials {
	/** Sent with every request (the API's and the browser's). */
	headers: Record<string, string>;
	/** A session cookie for the browser, when signed in by /setup. */
	cookie?: { name: string; value: string };
}

export async function briefCredentials(url: string, scratch: boolean): Promise<BriefCredentials> {
	if (!scratch) {
		const token = process.env[TOKEN_ENV]?.trim();
		return { headers: token ? { authorization: `Bearer ${token}` } : {} };
	}
	const password = randomBytes(18).toString('base64url');
	const response = await fetch(`${url}/setup`, {
		method: 'POST',
		headers: { origin: new URL(url).origin, accept: 'text/html' },
		body: new URLSearchParams({ name: 'brief', password, passwordAgain: password }),
		redirect: 'manual'
	});
	await response.arrayBuffer();
	const line = response.headers.getSetCookie().find((l) => l.includes('session_token='));
	if (!line) return { headers: {} };
	const [name, ...value] = line.split(';')[0].split('=');
	return { headers: { cookie: `${name}=${value.join('=')}` }, cookie: { name, value: value.join('=') } };
}
