import { describe, expect, it } from 'vitest';
import { plainCopy } from './plain-copy';

describe('plainCopy', () => {
	it('copies arrays and objects deeply and keeps functions', () => {
		const callback = (v: number) => `${v}`;
		const original = { data: { datasets: [{ data: [1, 2, [3, 4]] }] }, options: { ticks: { callback } } };
		const copy = plainCopy(original);
		expect(copy).toEqual(original);
		expect(copy.data.datasets[0].data).not.toBe(original.data.datasets[0].data);
		expect(copy.data.datasets[0].data[2]).not.toBe(original.data.datasets[0].data[2]);
		expect(copy.options.ticks.callback).toBe(callback);
	});

	it('passes class instances through untouched', () => {
		class Plugin {
			id = 'p';
		}
		const plugin = new Plugin();
		expect(plainCopy({ plugins: [plugin] }).plugins[0]).toBe(plugin);
	});
});
