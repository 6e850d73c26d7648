/**
 * Calls share the open database; a call that swaps it (restore, sample data) must run alone. This
 * lets ordinary calls run together, and makes a swap wait for them to finish and them wait for it.
 */
export class SwapLock {
  private running = 0;
  private swapping: Promise<void> | null = null;
  private idle: Array<() => void> = [];

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.swapping) await this.swapping;
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      if (this.running === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.swapping) await this.swapping;
    let release!: () => void;
    this.swapping = new Promise<void>((resolve) => (release = resolve));
    try {
      while (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      return await work();
    } finally {
      this.swapping = null;
      release();
    }
  }
}
