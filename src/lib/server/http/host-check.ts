// Refuses requests for a name this server does not answer for (see allowed-hosts.ts): 421, before
// any page or API route runs.

import type { Handle } from '@sveltejs/kit';
import { allowedHostnames, hostnameOf } from './allowed-hosts';
import { refusal } from './refusal';

let allowed: Set<string> | null = null;

export const hostCheck: Handle = ({ event, resolve }) => {
	// Read once: the environment and the interfaces do not change while the server runs.
	allowed ??= allowedHostnames(process.env);
	const header = event.request.headers.get('host');
	const name = hostnameOf(header);
	if (name === null) {
		return refusal(
			400,
			'invalid',
			`the Host header ${header === null ? 'is missing' : `${JSON.stringify(header)} is not a host name or address`}`
		);
	}
	if (!allowed.has(name)) {
		return refusal(
			421,
			'misdirected-request',
			`this server does not answer for the host "${name}"; its administrator can add the name with ORIGIN or ALLOWED_HOSTS`
		);
	}
	return resolve(event);
};
