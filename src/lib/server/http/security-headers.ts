// The headers every response carries — pages, API answers, errors, exports, static files. The
// handle sets them on what SvelteKit answers (in dev too); in production `onEveryResponse` also
// sets them on the raw Node response before anything answers, because adapter-node serves the
// built assets and static/ with sirv before SvelteKit's hooks run.

import type { Handle } from '@sveltejs/kit';
import { cspHeaderValue } from './csp-directives.js';

/**
 * Every powerful feature the app does not use, denied to itself and to any frame. It uses two:
 * the clipboard (a chart's "copy image") and full screen (Present), for its own pages only. Only
 * names Chromium knows on every platform: an unknown one is an error in the console
 * (Debian's Chromium knows neither 'bluetooth' nor 'web-share').
 */
const DENIED_FEATURES = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'camera',
	'display-capture',
	'encrypted-media',
	'gamepad',
	'geolocation',
	'gyroscope',
	'hid',
	'identity-credentials-get',
	'idle-detection',
	'local-fonts',
	'magnetometer',
	'microphone',
	'midi',
	'otp-credentials',
	'payment',
	'picture-in-picture',
	'publickey-credentials-create',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'storage-access',
	'usb',
	'window-management',
	'xr-spatial-tracking',
	'clipboard-read'
];
const OWN_FEATURES = ['clipboard-write', 'fullscreen'];

export const PERMISSIONS_POLICY = [
	...DENIED_FEATURES.map((feature) => `${feature}=()`),
	...OWN_FEATURES.map((feature) => `${feature}=(self)`)
].join(', ');

/** Pages get SvelteKit's policy (with their inline scripts' hashes); every other response gets this one. */
export const DEFAULT_CSP = cspHeaderValue();

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': PERMISSIONS_POLICY,
	'cross-origin-opener-policy': 'same-origin'
};

/** Anything that can set a header: a fetch Headers or Node's ServerResponse. */
interface HeaderTarget {
	has?(name: string): boolean;
	hasHeader?(name: string): boolean;
	set?(name: string, value: string): void;
	setHeader?(name: string, value: string): unknown;
}

export function applySecurityHeaders(target: HeaderTarget): void {
	const has = (name: string) => (target.has ? target.has(name) : Boolean(target.hasHeader?.(name)));
	const set = (name: string, value: string) => (target.set ? target.set(name, value) : target.setHeader?.(name, value));
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) set(name, value);
	if (!has('content-security-policy')) set('content-security-policy', DEFAULT_CSP);
}

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	try {
		applySecurityHeaders(response.headers);
		return response;
	} catch {
		// A response whose headers are immutable (one passed through from fetch) is copied first.
		const copy = new Response(response.body, response);
		applySecurityHeaders(copy.headers);
		return copy;
	}
};
