// What `briefing add` fails with: a one-line reason and the exit code it maps to.

/** Exit code 1: the input was read but refused; 2: the command line itself is wrong. */
export type AddExit = 1 | 2;

export class AddError extends Error {
  exitCode: AddExit;

  constructor(message: string, exitCode: AddExit = 1) {
    super(message);
    this.name = 'AddError';
    this.exitCode = exitCode;
  }
}

/** Past the limit we stop reading, so the true size is unknown: say how far we got. */
export function overLimit(read: number, max: number): AddError {
  return new AddError(`is over the ${mb(max)} MB limit for one article (stopped reading at ${mb(read)} MB)`);
}

export function mb(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
