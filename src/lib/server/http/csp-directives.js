// The app's Content Security Policy, in one place: svelte.config.js gives it to SvelteKit, which
// adds each page's inline-script hashes; security-headers.ts sends the same policy (without them) on
// every other response — API answers, exports, static files — since a module worker's script is
// governed by its own response's policy, not its page's. Plain JavaScript because svelte.config.js
// reads it before anything is compiled.

/** @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} */
export const CSP_DIRECTIVES = {
	// The app loads nothing from other hosts; the policy makes that a guarantee.
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self', 'blob:'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	// No other site may frame the app (clickjacking); X-Frame-Options says the same to older browsers.
	'frame-ancestors': ['none']
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic', 'wasm-unsafe-eval']);

/** Keywords are quoted in a policy ('self'); schemes (data:) and hosts are not. */
function source(/** @type {string} */ value) {
	return KEYWORDS.has(value) ? `'${value}'` : value;
}

/** The directives as one Content-Security-Policy header value. */
export function cspHeaderValue(directives = CSP_DIRECTIVES) {
	return Object.entries(directives)
		.map(([name, values]) => [name, ...(Array.isArray(values) ? values.map(String).map(source) : [])].join(' '))
		.join('; ');
}
