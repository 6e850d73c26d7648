/** A small logging seam; the doors decide where lines go. Never pass personal data here. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

function describe(details: Record<string, unknown> | undefined): string {
  if (!details) return '';
  return ` ${JSON.stringify(details, (_key, value: unknown) => (value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value))}`;
}

export function createStderrLogger(quiet = false): Logger {
  return {
    info(message, details) {
      if (!quiet) process.stderr.write(`[export-desk] ${message}${describe(details)}\n`);
    },
    error(message, details) {
      process.stderr.write(`[export-desk] ERROR ${message}${describe(details)}\n`);
    },
  };
}

export const silentLogger: Logger = { info() {}, error() {} };
