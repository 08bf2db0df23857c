import { describe, expect, it } from 'vitest';
import { item } from './test-evidence';
import { distinctSources, sourceKey } from './sources';

const said = (en: string) => ({ ...item('x', { a: 'raises' }), attribution: { en, ar: en } });

describe('sourceKey', () => {
	it('is the attribution’s first clause, case and spacing ignored', () => {
		expect(sourceKey(said('Sergei Lavrov, Russian foreign minister'))).toBe('sergei lavrov');
		expect(sourceKey(said("The article's author, citing Moscow's own description"))).toBe("the article's author");
		expect(sourceKey(said("The  Article's author"))).toBe("the article's author");
		expect(sourceKey(said('Western intelligence reports; British estimates'))).toBe('western intelligence reports');
		expect(sourceKey(said('The article. The ban is resolution 2397'))).toBe('the article');
	});

	it('counts items of one source once', () => {
		const items = [said('Kim Jong Un, leader'), said('Kim Jong Un, in Wonsan'), said('Choe Son Hui, minister')];
		expect(distinctSources(items)).toBe(2);
		expect(distinctSources([])).toBe(0);
	});
});
