// The parts of a running local stack, each started by a phase that returns its stop. Stopping runs
// the stops last started first, so the shutdown order is the construction order reversed and
// nothing is reordered afterwards.

export type Stop = () => Promise<void> | void;

export class Running {
  readonly #stops: Stop[] = [];

  /** Keeps a started phase's stop; returns the phase. */
  add<P extends { stop: Stop }>(phase: P): P {
    this.#stops.push(phase.stop);
    return phase;
  }

  /** Stops every phase, last started first; a failing stop does not keep the others from running. */
  async stop(): Promise<void> {
    for (let stop = this.#stops.pop(); stop; stop = this.#stops.pop()) {
      await Promise.resolve()
        .then(stop)
        .catch(() => {});
    }
  }
}
