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
