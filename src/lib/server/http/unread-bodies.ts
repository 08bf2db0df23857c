// What becomes of a request body nobody read to the end: a 415, 401, 404 or 413 is answered
// without reading it. Node then keeps the connection open for the client's next request but, once
// anything has started reading the body (SvelteKit does, a chunk at a time, then pauses), it never
// reads the rest: the next request on that connection sits behind it unread until the keep-alive
// timeout (6 s) closes the socket, and the client sees ECONNRESET for a request the server never
// saw — the fuzz bench's "no answer" (tests/server/fuzz-run.ts). So, as each answer starts:
// - a body of a declared length within the limit is read and dropped, and the connection lives on;
// - a larger or chunked one is not worth reading: the answer says `Connection: close`, and the
//   close is a lingering one (RFC 9112 §9.6): Node closes the sending side after the answer, then
//   reads and drops what still comes for up to LINGER_MS before letting go. Closing at once, with
//   the client's data unread, would make the kernel send a reset that can wipe the answer from the
//   client's buffer before it reads it.
// Node publishes every request on the 'http.server.request.start' diagnostics channel before any
// listener runs (see every-response.ts), and every answer goes through `writeHead`.

import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { bodyLimitBytes, declaredLength } from '$lib/server/api/body';

const CHANNEL = 'http.server.request.start';
/** How long a closing connection keeps reading what the client still sends, after the answer. */
export const LINGER_MS = 2000;

function hasBody(request: IncomingMessage): boolean {
	return (
		request.headers['transfer-encoding'] !== undefined || (declaredLength(request.headers['content-length']) ?? 0) > 0
	);
}

/** Reads the rest of the body into nothing (what Node does itself for a body nobody touched). */
function discardRest(request: IncomingMessage): void {
	request.removeAllListeners('data');
	request.resume();
}

/** Node ends a `Connection: close` answer with socket.destroySoon(): made to half-close and linger. */
function lingerOnClose(socket: Socket): void {
	socket.destroySoon = function (this: Socket) {
		this.end();
		const timer = setTimeout(() => this.destroy(), LINGER_MS);
		timer.unref();
		this.once('close', () => clearTimeout(timer));
	};
}

function settleBody(request: IncomingMessage, response: ServerResponse): void {
	if (request.complete || !hasBody(request)) return;
	discardRest(request);
	const declared = declaredLength(request.headers['content-length']);
	if (declared !== null && declared <= bodyLimitBytes()) return;
	response.setHeader('connection', 'close');
	const socket = response.socket ?? request.socket;
	if (socket) lingerOnClose(socket);
}

function onRequestStart(message: unknown): void {
	const { request, response } = message as { request?: IncomingMessage; response?: ServerResponse };
	if (!request || !response) return;
	const writeHead = response.writeHead;
	response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
		if (!this.headersSent) settleBody(request, this);
		return writeHead.apply(this, args);
	} as ServerResponse['writeHead'];
}

let installed = false;

/** Idempotent: a second call (a module reloaded) adds no second subscriber. */
export function settleUnreadBodies(): void {
	if (installed) return;
	installed = true;
	diagnostics.subscribe(CHANNEL, onRequestStart);
}
