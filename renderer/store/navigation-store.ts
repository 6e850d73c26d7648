import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export const SCREENS = ['dashboard', 'inventory', 'stockIn', 'batches', 'confirmations', 'manufacturers', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

interface NavigationState {
  screen: Screen;
  go(screen: Screen): void;
}

/** Which screen is open; remembered, so the app reopens where the clerk left it. */
export const useNavigationStore = create<NavigationState>()(
  persist((set) => ({ screen: 'inventory', go: (screen) => set({ screen }) }), { name: 'export-desk.screen' }),
);
