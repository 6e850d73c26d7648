import { create } from 'zustand';

interface BoardRequestState {
  /** Set by a reminder ("open overdue requests"); the board shows the overdue tab, unfiltered and freshly loaded, then clears it. */
  overdueWanted: boolean;
  showOverdue(): void;
  taken(): void;
}

/** A request from outside the board (a clicked reminder) to open it on its overdue tab. */
export const useBoardRequest = create<BoardRequestState>()((set) => ({
  overdueWanted: false,
  showOverdue: () => set({ overdueWanted: true }),
  taken: () => set({ overdueWanted: false }),
}));
