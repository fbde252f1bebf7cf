import type { ProfileSummary } from '../../preload/contract/channels';
import type { ShellPlace } from './views';

/**
 * The top-level screens. Case and note data never appears here: it lives inside the unlocked shell's
 * subtree, so leaving the 'unlocked' screen unmounts it and drops that data.
 */
export type Screen =
  | { name: 'starting' }
  | { name: 'startFailed'; message: string }
  | { name: 'profiles'; profiles: ProfileSummary[] }
  | { name: 'create'; canGoBack: boolean }
  | { name: 'recoveryKey'; profile: ProfileSummary; recoveryKey: string; autoLockMinutes: number }
  | { name: 'unlock'; profile: ProfileSummary; notice: string | null; resume: ShellPlace | null }
  | {
      name: 'unlocked';
      profile: ProfileSummary;
      autoLockMinutes: number;
      notice: string | null;
      serial: number;
      /** Where to return after a lock (ids only). */
      resume: ShellPlace | null;
    };

/** Screens during which the store is open (activity is reported, a lock drops what is shown). */
export function unlockedMinutes(screen: Screen): number | null {
  return screen.name === 'unlocked' || screen.name === 'recoveryKey' ? screen.autoLockMinutes : null;
}
