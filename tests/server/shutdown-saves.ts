// A save sent in two parts over its own connection: the headers and most of the body now, the
// rest when told. Between the two the server holds the request, waiting for its body — so a
// signal sent then reaches a save that is certainly under way, whatever the machine's speed.

import http from 'node:http';

export interface HeldSave {
	/** Sends the rest of the body; resolves with the answer (rejects on a reset or a refusal). */
	finish(): Promise<{ status: number; json: unknown }>;
}

export function holdSave(url: string, body: string, headers: Record<string, string>): HeldSave {
	const bytes = Buffer.from(body);
	const cut = bytes.length - 16;
	const request = http.request(url, {
		method: 'PUT',
		agent: false,
		headers: { ...headers, 'content-type': 'application/json', 'content-length': String(bytes.length) }
	});
	const answer = new Promise<{ status: number; json: unknown }>((resolve, reject) => {
		request.on('error', reject);
		request.on('response', (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('error', reject);
			response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) as unknown }));
		});
	});
	// Not yet awaited: a failure before `finish` must not be an unhandled rejection.
	answer.catch(() => undefined);
	request.write(bytes.subarray(0, cut));
	return {
		finish() {
			request.end(bytes.subarray(cut));
			return answer;
		}
	};
}
