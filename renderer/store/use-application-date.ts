import { usePlanningStore } from './planning-store';
import { useSystemStore } from './system-store';

/** The date the app assesses for: the planned application date, else today (null until the core answered). */
export function useApplicationDate(): { applicationDate: string | null; today: string | null; isWhatIf: boolean } {
  const planned = usePlanningStore((state) => state.applicationDate);
  const today = useSystemStore((state) => state.info?.today ?? null);
  return { applicationDate: planned ?? today, today, isWhatIf: planned !== null && planned !== today };
}
