// A signpost log against its model: each observation names one of the model's indicators, and
// the shift it records moved that indicator's driver.

import type { ModelInput } from '../model/index';
import type { Finding } from './findings';
import { listNames } from './messages';
import { field } from './raw';

export function checkSignposts(log: unknown, model: ModelInput): Finding[] {
	if (!Array.isArray(log)) return [];
	const known = model.indicators.map((indicator) => indicator.id);
	return log.flatMap((observation: unknown, index): Finding[] => {
		const id = field(observation, 'indicator');
		if (typeof id !== 'string') return [];
		const indicator = model.indicators.find((item) => item.id === id);
		if (!indicator) {
			const its = known.length > 0 ? ` (its indicators: ${listNames(known)})` : '';
			return [
				{ path: [index, 'indicator'], message: `unknown indicator: model "${model.id}" has no indicator "${id}"${its}` }
			];
		}
		const driver = field(field(observation, 'shift'), 'driver');
		if (typeof driver === 'string' && driver !== indicator.driver) {
			return [
				{
					path: [index, 'shift', 'driver'],
					message: `must be "${indicator.driver}", the driver of indicator "${id}" (got "${driver}")`
				}
			];
		}
		return [];
	});
}
