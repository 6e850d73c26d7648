import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Vehicle } from '../../shared/contract/vehicles';

export const SCREENS = ['dashboard', 'inventory', 'stockIn', 'batches', 'confirmations', 'manufacturers', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

interface NavigationState {
  screen: Screen;
  /** The vehicle whose print summary is shown in place of the screen; null when none. */
  summaryOf: Vehicle | null;
  /** The vehicle to reopen in the inventory after leaving its summary (Back). */
  returnTo: Vehicle | null;
  go(screen: Screen): void;
  openSummary(vehicle: Vehicle): void;
  closeSummary(): void;
}

/** Which screen is open; remembered, so the app reopens where the clerk left it. */
export const useNavigationStore = create<NavigationState>()(
  persist(
    (set) => ({
      screen: 'inventory',
      summaryOf: null,
      returnTo: null,
      go: (screen) => set({ screen, summaryOf: null, returnTo: null }),
      openSummary: (vehicle) => set({ summaryOf: vehicle, returnTo: null }),
      closeSummary: () => set((state) => ({ summaryOf: null, returnTo: state.summaryOf })),
    }),
    // Only the screen is remembered: a restart opens the screen, not a summary.
    { name: 'export-desk.screen', partialize: (state) => ({ screen: state.screen }) },
  ),
);
