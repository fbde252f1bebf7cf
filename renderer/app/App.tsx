import { useCallback, useEffect, useRef, useState } from 'react';
import type { CreatedProfile, LockReason, ProfileSummary, SessionInfo } from '../../preload/contract/channels';
import { call } from '../api';
import { BackupsProvider } from '../features/backups/BackupsContext';
import { flushAllDrafts } from '../features/drafts/draft-flush';
import { CreateProfilePage } from '../features/profiles/CreateProfilePage';
import { ProfileListPage } from '../features/profiles/ProfileListPage';
import { RecoveryKeyPage } from '../features/profiles/RecoveryKeyPage';
import { lockNotice } from '../features/session/lock-notice';
import { useActivityReporter } from '../features/session/useActivityReporter';
import { useLockWatch } from '../features/session/useLockWatch';
import { UnlockPage } from '../features/unlock/UnlockPage';
import { useLatest } from '../lib/useLatest';
import { StartFailedPage, StartingPage } from './StartPages';
import { unlockedMinutes, type Screen } from './screens';
import { UnlockedShell } from './UnlockedShell';
import { useAppRequests } from './useAppRequests';
import type { ShellPlace } from './views';

let nextSessionSerial = 1;

/** The screen machine: profiles → create / unlock → unlocked shell, and back to unlock on lock. */
export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'starting' });
  const screenRef = useLatest(screen);
  // Where the unlocked shell is (ids only), so that unlocking after a lock returns there.
  const placeRef = useRef<ShellPlace | null>(null);
  const requests = useAppRequests();

  const showProfiles = useCallback(async () => {
    const result = await call('listProfiles', {});
    if (!result.ok) {
      setScreen({ name: 'startFailed', message: result.error.message });
    } else if (result.value.length === 0) {
      setScreen({ name: 'create', canGoBack: false });
    } else {
      setScreen({ name: 'profiles', profiles: result.value });
    }
  }, []);

  const enterSession = useCallback(
    (session: SessionInfo, fallback: ProfileSummary | null, notice: string | null, resume: ShellPlace | null = null) => {
      if (session.state === 'unlocked') {
        placeRef.current = resume;
        setScreen({
          name: 'unlocked',
          profile: session.profile,
          autoLockMinutes: session.autoLockMinutes,
          notice,
          serial: nextSessionSerial++,
          resume,
        });
      } else if (fallback) {
        setScreen({ name: 'unlock', profile: fallback, notice: null, resume: null });
      }
    },
    [],
  );

  useEffect(() => {
    void (async () => {
      const session = await call('getSession', {});
      if (session.ok && session.value.state === 'unlocked') enterSession(session.value, null, null);
      else await showProfiles();
    })();
  }, [enterSession, showProfiles]);

  /** Drops everything the open store showed and returns to that profile's unlock screen. */
  const toLocked = useCallback(
    (reason: LockReason | 'answer') => {
      const current = screenRef.current;
      if (current.name !== 'unlocked' && current.name !== 'recoveryKey') return;
      // An automatic lock (idle, sleep, a LOCKED answer) interrupts work: unlocking returns to the same
      // place, with the draft restored there. A deliberate Lock ends the session's work: back to Cases.
      const resume = current.name === 'unlocked' && reason !== 'user' ? placeRef.current : null;
      setScreen({ name: 'unlock', profile: current.profile, notice: lockNotice(reason, current.autoLockMinutes), resume });
    },
    [screenRef],
  );

  useLockWatch(toLocked);
  useActivityReporter(unlockedMinutes(screen));

  const lockNow = useCallback(async () => {
    // The draft saves leave before the screen drops the data; main locks once they are stored.
    const flushed = flushAllDrafts();
    toLocked('user');
    await flushed;
    void call('lock', {});
  }, [toLocked]);

  const onCreated = useCallback((created: CreatedProfile) => {
    const minutes = created.session.state === 'unlocked' ? created.session.autoLockMinutes : 10;
    setScreen({ name: 'recoveryKey', profile: created.profile, recoveryKey: created.recoveryKey, autoLockMinutes: minutes });
  }, []);

  const onPlaceChange = useCallback((place: ShellPlace) => {
    placeRef.current = place;
  }, []);

  const onAutoLockChanged = useCallback((minutes: number) => {
    setScreen((current) => (current.name === 'unlocked' ? { ...current, autoLockMinutes: minutes } : current));
  }, []);

  switch (screen.name) {
    case 'starting':
      return <StartingPage />;
    case 'startFailed':
      return <StartFailedPage message={screen.message} onRetry={() => void showProfiles()} />;
    case 'profiles':
      return (
        <ProfileListPage
          profiles={screen.profiles}
          onChoose={(profile) => setScreen({ name: 'unlock', profile, notice: null, resume: null })}
          onCreate={() => setScreen({ name: 'create', canGoBack: true })}
        />
      );
    case 'create':
      return (
        <CreateProfilePage
          canGoBack={screen.canGoBack}
          onBack={() => void showProfiles()}
          onCreated={onCreated}
        />
      );
    case 'recoveryKey':
      return (
        <RecoveryKeyPage
          profile={screen.profile}
          recoveryKey={screen.recoveryKey}
          onContinue={async () => {
            const session = await call('getSession', {});
            enterSession(session.ok ? session.value : { state: 'locked' }, screen.profile, null);
          }}
        />
      );
    case 'unlock':
      return (
        <UnlockPage
          key={screen.profile.id}
          profile={screen.profile}
          notice={screen.notice}
          onUnlocked={(session, notice) => enterSession(session, screen.profile, notice, screen.resume)}
          onSwitchProfile={() => void showProfiles()}
        />
      );
    case 'unlocked':
      return (
        // A restore from Settings replaces the records: the session starts again on them (a new shell).
        <BackupsProvider value={{ profileId: screen.profile.id, onRestored: (session, notice) => enterSession(session, screen.profile, notice) }}>
          <UnlockedShell
            key={screen.serial}
            profile={screen.profile}
            autoLockMinutes={screen.autoLockMinutes}
            notice={screen.notice}
            resume={screen.resume}
            quickNotePending={requests.quickNotePending}
            onQuickNoteHandled={requests.quickNoteHandled}
            onPlaceChange={onPlaceChange}
            onLock={() => void lockNow()}
            onAutoLockChanged={onAutoLockChanged}
          />
        </BackupsProvider>
      );
  }
}
