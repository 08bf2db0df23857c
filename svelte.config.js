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
		// One policy for pages (here, with SvelteKit's nonces) and every other response.
		csp: { mode: 'auto', directives: CSP_DIRECTIVES }
	}
};

export default config;
