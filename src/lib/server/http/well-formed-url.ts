// A path with broken percent-encoding (`/api/scenarios/%E0%A4%A`) names nothing: answered here
// with the API's JSON 400, instead of SvelteKit's error page, whose error would reach handleError
// and log a stack trace for every such request. Query parameters of the API are text fields like
// any other: one holding NUL or another control character is refused naming the parameter.

import type { Handle } from '@sveltejs/kit';
import { problem } from '$lib/schema';
import { textProblem } from '$lib/schema/json-hygiene';
import { refusal } from './refusal';

/** As SvelteKit decodes a pathname (%25 stays an escaped %), so what fails here fails there. */
export function isWellFormedPath(pathname: string): boolean {
	try {
		pathname.split('%25').forEach((part) => decodeURI(part));
		return true;
	} catch {
		return false;
	}
}

export const wellFormedUrl: Handle = ({ event, resolve }) => {
	const { pathname, searchParams } = event.url;
	if (!isWellFormedPath(pathname)) {
		const message = 'is not valid percent-encoded UTF-8';
		return refusal(400, 'invalid', `invalid request: the path ${message}`, [problem('request', ['path'], message)]);
	}
	if (pathname.startsWith('/api/')) {
		for (const [name, value] of searchParams) {
			const found = textProblem(value) ?? textProblem(name);
			if (found) {
				return refusal(400, 'invalid', `invalid request: query parameter ${JSON.stringify(name)} ${found}`, [
					problem('query', [name], found)
				]);
			}
		}
	}
	return resolve(event);
};
