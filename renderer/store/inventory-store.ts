import { create } from 'zustand';
import type { AppError } from '../../shared/contract/errors';
import type { InputOf } from '../../shared/contract/operations';
import type { Vehicle } from '../../shared/contract/vehicles';
import { client } from '../api/client';

interface InventoryState {
  items: Vehicle[];
  total: number;
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
  /** Adds a vehicle; resolves to the error to show, or null when saved. */
  add(vehicle: InputOf<'vehicles.add'>): Promise<AppError | null>;
}

export const useInventoryStore = create<InventoryState>()((set, get) => ({
  items: [],
  total: 0,
  loading: false,
  error: null,
  async load() {
    set({ loading: true });
    const result = await client.call('vehicles.list', { limit: 1000 });
    if (result.ok) set({ items: result.value.items, total: result.value.total, loading: false, error: null });
    else set({ loading: false, error: result.error });
  },
  async add(vehicle) {
    const result = await client.call('vehicles.add', vehicle);
    if (!result.ok) return result.error;
    await get().load();
    return null;
  },
}));
