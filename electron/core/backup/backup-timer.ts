/**
 * When the doors (window, browser mode) check whether the automatic backup is due: a minute after
 * start-up, out of the way of the clerk's first actions (a backup at second 2 left the first-run
 * wizard's save hanging in browser mode), then every hour, so a PC left on for days still gets them.
 */
export function startBackupTimer(run: () => Promise<unknown>, onError: (error: unknown) => void, timing = { firstMs: 60_000, everyMs: 3_600_000 }): () => void {
  let running = false;
  const check = () => {
    if (running) return; // a slow backup (many scans, a network share) is not started twice
    running = true;
    void run()
      .catch(onError)
      .finally(() => (running = false));
  };
  let every: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    check();
    every = setInterval(check, timing.everyMs).unref();
  }, timing.firstMs).unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
