// Where commands write, so that tests can run them in process and read what they printed.

export interface Io {
	out(text: string): void;
	err(text: string): void;
}

export const processIo: Io = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text)
};
