import { useCallback, useState } from 'react';
import type { CaseSummary, ProfileSummary } from '../../preload/contract/channels';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { useLockShortcut } from '../features/session/useLockShortcut';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AppLayout } from './AppLayout';
import { ShellHeader, type Section } from './ShellHeader';

type View =
  | { name: 'cases'; returnTo: string | null }
  | { name: 'case'; summary: CaseSummary }
  | { name: 'settings' };

interface UnlockedShellProps {
  profile: ProfileSummary;
  autoLockMinutes: number;
  /** Shown once on the first screen (e.g. after unlocking with the recovery key). */
  notice: string | null;
  onLock: () => void;
  onAutoLockChanged: (minutes: number) => void;
}

/**
 * Everything shown while the store is unlocked. All case and note state lives in this subtree, so
 * when the app locks and unmounts it, that data is gone from the renderer.
 */
export function UnlockedShell({ profile, autoLockMinutes, notice, onLock, onAutoLockChanged }: UnlockedShellProps) {
  const [view, setView] = useState<View>({ name: 'cases', returnTo: null });
  const [pendingNotice, setPendingNotice] = useState(notice);
  useLockShortcut(onLock);

  const navigate = useCallback((section: Section) => {
    setPendingNotice(null);
    setView(section === 'cases' ? { name: 'cases', returnTo: null } : { name: 'settings' });
  }, []);
  const openCase = useCallback((summary: CaseSummary) => {
    setPendingNotice(null);
    setView({ name: 'case', summary });
  }, []);

  const section: Section = view.name === 'settings' ? 'settings' : 'cases';
  return (
    <AppLayout
      header={
        <ShellHeader practitionerName={profile.displayName} current={section} onNavigate={navigate} onLock={onLock} />
      }
    >
      {view.name === 'cases' ? (
        <CaseListPage notice={pendingNotice} focusCaseId={view.returnTo} onOpenCase={openCase} />
      ) : null}
      {view.name === 'case' ? (
        <CasePage
          key={view.summary.id}
          initialSummary={view.summary}
          onBack={() => setView({ name: 'cases', returnTo: view.summary.id })}
        />
      ) : null}
      {view.name === 'settings' ? (
        <SettingsPage displayName={profile.displayName} autoLockMinutes={autoLockMinutes} onAutoLockChanged={onAutoLockChanged} />
      ) : null}
    </AppLayout>
  );
}
