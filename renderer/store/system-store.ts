import { create } from 'zustand';
import type { SystemInfo } from '../../shared/contract/operations';
import { client } from '../api/client';

interface SystemState {
  info: SystemInfo | null;
  load(): Promise<void>;
}

/** What the core says about itself, including `today`: the dealer's calendar date. */
export const useSystemStore = create<SystemState>()((set) => ({
  info: null,
  async load() {
    const result = await client.call('system.info', {});
    if (result.ok) set({ info: result.value });
  },
}));
