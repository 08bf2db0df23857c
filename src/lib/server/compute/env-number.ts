// A whole number from the environment, for the server's limits: unset or empty gives the default;
// anything else that is not a whole number in range stops the server with the variable's name.

export function envInteger(name: string, fallback: number, min = 0): number {
	const text = process.env[name]?.trim();
	if (!text) return fallback;
	const value = Number(text);
	if (!Number.isSafeInteger(value) || value < min)
		throw new Error(`${name}: must be a whole number ≥ ${min}, not "${text}"`);
	return value;
}
