import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/server/http/csp-directives.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// SvelteKit's origin check is replaced by the app's own, stricter one (src/lib/server/http/
		// origin-check.ts): every write, whatever its content type, must carry this app's Origin (or
		// Referer) or a bearer token, and is refused with the API's JSON 403 otherwise. SvelteKit's
		// looks only at form-like bodies and would answer a script's text/plain write with its own
		// 403 instead of the API's documented 415.
		csrf: { trustedOrigins: ['*'] },
		// One policy for pages (here, with the hashes of SvelteKit's inline scripts) and every other
		// response. Hashes, not nonces: a page answer is the same bytes for everyone who may see it,
		// so the page micro-cache (src/lib/server/limits/page-cache.ts) can serve it again with its
		// policy, and no nonce is ever sent twice.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
