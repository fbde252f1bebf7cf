/**
 * What the Settings → Backups section needs from the app around it: whose backups, and what to do
 * once a restore has replaced the records (the app starts the session again on the restored store, so
 * nothing shown from the old one stays on screen). Provided by App around the unlocked shell.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { SessionInfo } from '../../../preload/contract/channels';

export interface BackupsContextValue {
  profileId: string;
  onRestored: (session: SessionInfo, notice: string) => void;
}

const BackupsContext = createContext<BackupsContextValue | null>(null);

export function BackupsProvider({ value, children }: { value: BackupsContextValue; children: ReactNode }) {
  return <BackupsContext.Provider value={value}>{children}</BackupsContext.Provider>;
}

export function useBackupsContext(): BackupsContextValue {
  const value = useContext(BackupsContext);
  if (!value) throw new Error('BackupsProvider is missing');
  return value;
}
