import { create } from 'zustand';

interface PlanningState {
  /** The planned licence application date; null means today. Everything 180-day is assessed for it. */
  applicationDate: string | null;
  setApplicationDate(date: string | null): void;
}

export const usePlanningStore = create<PlanningState>()((set) => ({
  applicationDate: null,
  setApplicationDate: (applicationDate) => set({ applicationDate }),
}));
