import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// `/ar/...` serves the same route as `/...`; the prefix only selects the locale.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
