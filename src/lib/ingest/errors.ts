// The one error type a seed can fail with: a one-line reason fit for the site's error list.

export class SeedError extends Error {
  /** The seed's file name, when known. */
  seed: string | undefined;

  constructor(message: string, seed?: string) {
    super(message);
    this.name = 'SeedError';
    this.seed = seed;
  }
}
