import { describe, expect, it } from 'vitest';
import { renderTurn } from './render-turns';

describe('render turns', () => {
	it('lets I/O and timers of the loop run between two pages’ turns', async () => {
		const order: string[] = [];
		const turns = [renderTurn().then(() => order.push('page 1')), renderTurn().then(() => order.push('page 2'))];
		// Queued after both turns were asked for: it must still come between them.
		setImmediate(() => setImmediate(() => order.push('request')));
		await Promise.all(turns);
		await new Promise((resolve) => setImmediate(resolve));
		// Without turns both pages would render in one pass, before the request.
		expect(order).toEqual(['page 1', 'request', 'page 2']);
	});
});
