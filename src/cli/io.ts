/** What a command may touch of the process: injectable so tests can capture output. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}
