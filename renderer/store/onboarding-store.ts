import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Result } from '../../shared/contract/errors';
import type { OutputOf } from '../../shared/contract/operations';
import { client } from '../api/client';
import { useSystemStore } from './system-store';

interface OnboardingState {
  /** The clerk skipped the first-run wizard; remembered, so it never nags again. */
  skipped: boolean;
  /** The wizard is open because the clerk asked for it again (Settings). */
  reopened: boolean;
  skip(): void;
  reopen(): void;
  close(): void;
}

/** First run: whether the wizard was skipped (localStorage) or asked for again. */
export const useOnboardingStore = create<OnboardingState>()(
  persist(
    (set) => ({
      skipped: false,
      reopened: false,
      skip: () => set({ skipped: true, reopened: false }),
      reopen: () => set({ reopened: true }),
      close: () => set({ reopened: false }),
    }),
    { name: 'export-desk.onboarding', partialize: (state) => ({ skipped: state.skipped }) },
  ),
);

interface SampleState {
  /** The sample database is open instead of the real inventory; null until the core answered. */
  active: boolean | null;
  busy: boolean;
  /** Bumped after every switch of database, so screens remount and read the other data. */
  epoch: number;
  refresh(): Promise<void>;
  load(): Promise<Result<OutputOf<'demo.load'>>>;
  discard(): Promise<Result<OutputOf<'demo.discard'>>>;
}

/** Sample data: whether it is in use, and loading or discarding it. */
export const useSampleStore = create<SampleState>()((set) => {
  async function switched<T extends { active: boolean }>(call: Promise<Result<T>>): Promise<Result<T>> {
    set({ busy: true });
    const result = await call;
    set((state) => ({ busy: false, ...(result.ok ? { active: result.value.active, epoch: state.epoch + 1 } : {}) }));
    if (result.ok) void useSystemStore.getState().load(); // the database path changed
    return result;
  }
  return {
    active: null,
    busy: false,
    epoch: 0,
    async refresh() {
      const result = await client.call('demo.status', {});
      if (result.ok) set({ active: result.value.active });
    },
    load: () => switched(client.call('demo.load', {})),
    discard: () => switched(client.call('demo.discard', {})),
  };
});
