// Security headers on responses SvelteKit's hooks never see. adapter-node answers requests for the
// built assets and static/ with sirv, and a path to normalise (/ar/ → /ar) with a redirect, before
// the hooks run, so the handle alone would miss them. Node
// publishes each request on the 'http.server.request.start' diagnostics channel before any
// 'request' listener runs: headers set there are on every response of this process, whatever
// answers it (sirv merges its own with them; SvelteKit replaces a page's CSP with its own). This
// keeps `node build` the way to run the app, rather than a server entry of our own around
// build/handler.js that would have to repeat adapter-node's options and shutdown.

import diagnostics from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { applySecurityHeaders } from './security-headers';

const CHANNEL = 'http.server.request.start';

/**
 * A 304 carries no policy: the browser keeps the page it has with the policy it came with, and
 * would otherwise take this one in its place (HTTP caches update stored headers from a 304) —
 * the default policy, without the page's script hashes, and the page would not start. SvelteKit
 * answers 304 after the hooks when a page's ETag matches, which it does whenever the same page is
 * rendered again. Every answer, implicit or not, goes through `writeHead`.
 */
function keepStoredPolicyOnNotModified(response: ServerResponse): void {
	const writeHead = response.writeHead;
	response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
		if (args[0] === 304) this.removeHeader('content-security-policy');
		return writeHead.apply(this, args);
	} as ServerResponse['writeHead'];
}

function onRequestStart(message: unknown): void {
	const { response } = message as { response?: ServerResponse };
	if (!response || response.headersSent) return;
	applySecurityHeaders(response);
	keepStoredPolicyOnNotModified(response);
}

let installed = false;

/** Idempotent: a second call (a module reloaded) adds no second subscriber. */
export function setSecurityHeadersOnEveryResponse(): void {
	if (installed) return;
	installed = true;
	diagnostics.subscribe(CHANNEL, onRequestStart);
}
