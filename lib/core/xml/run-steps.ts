// Readers of large files are written once as generators that yield between chunks of work; these
// run one to completion either at once (tests, small inputs, the CLI) or giving the event loop a
// turn at every yield, so a server reading a 20 MB import still answers its other requests.

/** A computation that yields (nothing) whenever it is a good moment to pause, then returns T. */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export async function runStepsYielding<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    // setImmediate runs after pending I/O callbacks, unlike a resolved promise (a microtask).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
