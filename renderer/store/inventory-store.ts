import { create } from 'zustand';
import type { AppError, Result } from '../../shared/contract/errors';
import type { InputOf, OutputOf } from '../../shared/contract/operations';
import type { Vehicle, VehicleSortField, VehicleStatus } from '../../shared/contract/vehicles';
import type { AssessmentStatus } from '../../shared/compliance';
import { client } from '../api/client';
import { usePlanningStore } from './planning-store';
import { useSystemStore } from './system-store';

/** Rows fetched per call of vehicles.list; the table asks for pages as the user scrolls. */
export const PAGE_SIZE = 200;
/** Pages further than this from the visible ones are dropped, so memory stays flat with 100,000 vehicles. */
const KEEP_PAGES_AROUND = 4;

export interface InventoryFilters {
  search: string;
  status: VehicleStatus[];
  /** 180-day states, for the planned application date. */
  compliance: AssessmentStatus[];
  manufacturerId: number[];
  destinationCountry: string[];
}

export interface InventorySort {
  sortBy: VehicleSortField;
  sortOrder: 'asc' | 'desc';
}

export type Facets = OutputOf<'vehicles.facets'>;

export const NO_FILTERS: InventoryFilters = { search: '', status: [], compliance: [], manufacturerId: [], destinationCountry: [] };
export const DEFAULT_SORT: InventorySort = { sortBy: 'createdAt', sortOrder: 'desc' };

export function hasFilters(filters: InventoryFilters): boolean {
  return filters.search.trim() !== '' || filters.status.length > 0 || filters.compliance.length > 0 || filters.manufacturerId.length > 0 || filters.destinationCountry.length > 0;
}

/** The date 180-day filters are evaluated for: the planned application date, else today. */
function plannedApplicationDate(): string {
  return usePlanningStore.getState().applicationDate ?? useSystemStore.getState().info?.today ?? localToday();
}

/** The list query of the current filters and sort, without paging. */
export function listQueryOf(filters: InventoryFilters, sort: InventorySort): InputOf<'vehicles.list'> {
  const search = filters.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(filters.status.length > 0 ? { status: filters.status } : {}),
    ...(filters.compliance.length > 0 ? { compliance: { applicationDate: plannedApplicationDate(), states: filters.compliance } } : {}),
    ...(filters.manufacturerId.length > 0 ? { manufacturerId: filters.manufacturerId } : {}),
    ...(filters.destinationCountry.length > 0 ? { destinationCountry: filters.destinationCountry } : {}),
    sortBy: sort.sortBy,
    sortOrder: sort.sortOrder,
  };
}

/** The loaded vehicle at a row position, if its page is loaded. */
export function vehicleAt(state: { pages: Record<number, Vehicle[]> }, index: number): Vehicle | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

/** Whether every row of the list is loaded (a short list): only then can "select all" mean all. */
export function allRowsLoaded(state: { pages: Record<number, Vehicle[]>; total: number | null }): boolean {
  if (state.total === null) return false;
  let loaded = 0;
  for (const items of Object.values(state.pages)) loaded += items.length;
  return loaded >= state.total;
}

/** The dealer's calendar date as the browser sees it, until system.info answers. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface InventoryState {
  filters: InventoryFilters;
  sort: InventorySort;
  /** Vehicles matching the filters; null until the first answer. */
  total: number | null;
  /** Loaded pages by page number (page n holds rows n*PAGE_SIZE …). */
  pages: Record<number, Vehicle[]>;
  /** Bumped whenever the loaded pages become stale (new query, or a change was saved). */
  generation: number;
  /** The generation each loaded page was fetched in. */
  pageGeneration: Record<number, number>;
  /** The first page of the current query is on its way. */
  loading: boolean;
  error: AppError | null;
  facets: Facets;
  /** The dealer's calendar date (system.info), for the date rules. */
  today: string;
  visible: { start: number; end: number };

  init(): Promise<void>;
  setFilters(filters: Partial<InventoryFilters>): void;
  clearFilters(): void;
  setSort(sort: InventorySort | null): void;
  /** The rows start…end are on screen: load their pages, drop far ones. */
  showRange(start: number, end: number): void;
  /** Reload what is on screen (after a change), keeping the old rows until the new ones arrive. */
  refresh(): Promise<void>;
  /** Same as refresh; kept for other screens (e.g. after an import). */
  load(): Promise<void>;
  loadFacets(): Promise<void>;
  add(vehicle: InputOf<'vehicles.add'>): Promise<Result<Vehicle>>;
  update(id: number, changes: InputOf<'vehicles.update'>['changes']): Promise<Result<Vehicle>>;
  remove(id: number): Promise<Result<Vehicle>>;
  restore(id: number): Promise<Result<Vehicle>>;
  /** One status for many vehicles, one call each; the list is reloaded once at the end. */
  changeStatusMany(ids: number[], status: VehicleStatus): Promise<Array<{ id: number; result: Result<Vehicle> }>>;
  removeMany(ids: number[]): Promise<Array<{ id: number; result: Result<Vehicle> }>>;
  restoreMany(ids: number[]): Promise<Array<{ id: number; result: Result<Vehicle> }>>;
}

/**
 * The fields every vehicles.update must carry with their current values. VehicleChangeSchema is
 * `VehicleFieldsSchema.partial()`, and zod 4 keeps `.default()` inside `.partial()`: a change that
 * leaves out `currency` or `isModified` is parsed as `currency: 'CNY', isModified: false` and would
 * silently reset both. Until the contract is fixed, every change carries them (the core audits only
 * fields whose value really changes, so this adds nothing to the history).
 */
export function unchangedDefaultsOf(vehicle: Pick<Vehicle, 'currency' | 'isModified'>): Pick<Vehicle, 'currency' | 'isModified'> {
  return { currency: vehicle.currency, isModified: vehicle.isModified };
}

/** Run `call` for every id, a few at a time, keeping the order of ids. */
async function forEachId(ids: number[], call: (id: number) => Promise<Result<Vehicle>>): Promise<Array<{ id: number; result: Result<Vehicle> }>> {
  const results: Array<{ id: number; result: Result<Vehicle> }> = new Array(ids.length);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const index = next;
      next += 1;
      const id = ids[index]!;
      results[index] = { id, result: await call(id) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, ids.length) }, worker));
  return results;
}

/** At most this many list calls at once: a fast scroll through 100,000 rows must not queue up stale pages in the core. */
const MAX_IN_FLIGHT = 2;
const inFlight = new Set<string>();
/** A range came into view while every slot was busy: look again when one frees up. */
let lookAgain = false;

export const useInventoryStore = create<InventoryState>()((set, get) => {
  async function fetchPage(page: number, generation: number): Promise<void> {
    const flightKey = `${generation}:${page}`;
    if (inFlight.has(flightKey)) return;
    inFlight.add(flightKey);
    try {
      const { filters, sort } = get();
      const result = await client.call('vehicles.list', { ...listQueryOf(filters, sort), offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      if (get().generation !== generation) return;
      if (!result.ok) {
        set({ error: result.error, loading: false });
        return;
      }
      set((state) => ({
        pages: { ...state.pages, [page]: result.value.items },
        pageGeneration: { ...state.pageGeneration, [page]: generation },
        total: result.value.total,
        loading: false,
        error: null,
      }));
    } finally {
      inFlight.delete(flightKey);
      if (lookAgain) {
        lookAgain = false;
        void loadVisible();
      }
    }
  }

  /** Fetch every page of the visible range that is missing or stale; drop pages far away. */
  function loadVisible(): Promise<void> {
    const { visible, generation, pages, pageGeneration, total } = get();
    const first = Math.floor(Math.max(0, visible.start) / PAGE_SIZE);
    let last = Math.floor(Math.max(visible.start, visible.end) / PAGE_SIZE);
    if (total !== null) last = Math.min(last, Math.max(0, Math.ceil(total / PAGE_SIZE) - 1));
    const kept: Record<number, Vehicle[]> = {};
    let dropped = false;
    for (const key of Object.keys(pages)) {
      const page = Number(key);
      if (page >= first - KEEP_PAGES_AROUND && page <= last + KEEP_PAGES_AROUND) kept[page] = pages[page]!;
      else dropped = true;
    }
    if (dropped) set({ pages: kept });
    const loads: Promise<void>[] = [];
    for (let page = first; page <= last; page += 1) {
      if ((pageGeneration[page] === generation && pages[page]) || inFlight.has(`${generation}:${page}`)) continue;
      if (inFlight.size >= MAX_IN_FLIGHT) {
        lookAgain = true;
        break;
      }
      loads.push(fetchPage(page, generation));
    }
    return Promise.all(loads).then(() => undefined);
  }

  /** A new query: forget every row, start again at the top. */
  function requery(): void {
    set((state) => ({ generation: state.generation + 1, pages: {}, pageGeneration: {}, loading: true, visible: { start: 0, end: Math.max(50, state.visible.end - state.visible.start) } }));
    void loadVisible();
  }

  async function refresh(): Promise<void> {
    set((state) => ({ generation: state.generation + 1 }));
    await loadVisible();
  }

  async function afterChange<T>(result: Result<T>): Promise<Result<T>> {
    if (result.ok) {
      void get().loadFacets();
      await refresh();
    }
    return result;
  }

  async function afterBatch<T extends { result: Result<unknown> }>(results: T[]): Promise<T[]> {
    if (results.some(({ result }) => result.ok)) {
      void get().loadFacets();
      await refresh();
    }
    return results;
  }

  return {
    filters: NO_FILTERS,
    sort: DEFAULT_SORT,
    total: null,
    pages: {},
    generation: 0,
    pageGeneration: {},
    loading: false,
    error: null,
    facets: { manufacturers: [], destinations: [] },
    today: localToday(),
    visible: { start: 0, end: 50 },

    async init() {
      // The first page first: the core answers calls in order, and the facets take longer.
      requery();
      void client.call('system.info', {}).then((result) => {
        if (result.ok) set({ today: result.value.today });
      });
      void get().loadFacets();
    },
    setFilters(filters) {
      set((state) => ({ filters: { ...state.filters, ...filters } }));
      requery();
    },
    clearFilters() {
      set({ filters: NO_FILTERS });
      requery();
    },
    setSort(sort) {
      set({ sort: sort ?? DEFAULT_SORT });
      requery();
    },
    showRange(start, end) {
      const { visible } = get();
      if (visible.start === start && visible.end === end) return;
      set({ visible: { start, end } });
      void loadVisible();
    },
    refresh,
    load: refresh,
    async loadFacets() {
      const result = await client.call('vehicles.facets', {});
      if (!result.ok) return;
      set({ facets: result.value });
      // A filter on a manufacturer or destination no longer in use (another database, the last one deleted) would hide everything.
      const { filters } = get();
      const ids = new Set(result.value.manufacturers.map(({ id }) => id));
      const destinations = new Set(result.value.destinations);
      const manufacturerId = filters.manufacturerId.filter((id) => ids.has(id));
      const destinationCountry = filters.destinationCountry.filter((name) => destinations.has(name));
      if (manufacturerId.length !== filters.manufacturerId.length || destinationCountry.length !== filters.destinationCountry.length) {
        get().setFilters({ manufacturerId, destinationCountry });
      }
    },
    async add(vehicle) {
      return afterChange(await client.call('vehicles.add', vehicle));
    },
    async update(id, changes) {
      return afterChange(await client.call('vehicles.update', { id, changes }));
    },
    async remove(id) {
      return afterChange(await client.call('vehicles.delete', { id }));
    },
    async restore(id) {
      return afterChange(await client.call('vehicles.restore', { id }));
    },
    async changeStatusMany(ids, status) {
      return afterBatch(
        await forEachId(ids, async (id) => {
          // Read the vehicle first: the change must carry its current currency and modified flag (see unchangedDefaultsOf).
          const current = await client.call('vehicles.get', { id });
          if (!current.ok) return current;
          return client.call('vehicles.update', { id, changes: { status, ...unchangedDefaultsOf(current.value) } });
        }),
      );
    },
    async removeMany(ids) {
      return afterBatch(await forEachId(ids, (id) => client.call('vehicles.delete', { id })));
    },
    async restoreMany(ids) {
      return afterBatch(await forEachId(ids, (id) => client.call('vehicles.restore', { id })));
    },
  };
});
