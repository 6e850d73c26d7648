/** IPC channel names. preload.ts repeats them as literals (a sandboxed preload cannot import); a test keeps both equal. */
export const IPC_CALL = 'export-desk:call';
export const IPC_PROGRESS = 'export-desk:progress';
/** The renderer asks to bring its window forward (a clicked desktop reminder); no data, no answer. */
export const IPC_FOCUS = 'export-desk:focus';
