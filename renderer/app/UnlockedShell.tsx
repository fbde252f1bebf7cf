import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseSummary, Draft, Note, ProfileSummary } from '../../preload/contract/channels';
import { CaseDirectoryProvider } from '../features/capture/case-directory';
import { QuickCaptureDialog, savedWhere } from '../features/capture/QuickCaptureDialog';
import { CaseListPage } from '../features/cases/CaseListPage';
import { ContactTypesProvider } from '../features/contact-types/ContactTypesProvider';
import { CasePage } from '../features/cases/CasePage';
import { ChronologyPage } from '../features/chronology/ChronologyPage';
import { AccessRecordPage } from '../features/audit/AccessRecordPage';
import { PacksPage } from '../features/packs/PacksPage';
import { DraftsPage } from '../features/drafts/DraftsPage';
import { DuePage } from '../features/due/DuePage';
import { InboxPage } from '../features/inbox/InboxPage';
import { SearchDialog } from '../features/search/SearchDialog';
import { useLockShortcut } from '../features/session/useLockShortcut';
import { SettingsPage } from '../features/settings/SettingsPage';
import { LiveStatus } from '../ui/LiveStatus';
import { useStatus } from '../ui/useStatus';
import { AppLayout } from './AppLayout';
import { ShellHeader } from './ShellHeader';
import { useNavCounts } from './useNavCounts';
import { useShellShortcuts } from './useShellShortcuts';
import { placeOf, sectionOf, type Section, type ShellPlace, type View } from './views';

interface UnlockedShellProps {
  profile: ProfileSummary;
  autoLockMinutes: number;
  /** Shown once on the first screen (e.g. after unlocking with the recovery key). */
  notice: string | null;
  /** Where the practitioner was when the app locked: unlocking returns there. */
  resume: ShellPlace | null;
  /** The OS-wide shortcut asked for the quick note (possibly while locked). */
  quickNotePending: boolean;
  onQuickNoteHandled: () => void;
  onPlaceChange: (place: ShellPlace) => void;
  onLock: () => void;
  onAutoLockChanged: (minutes: number) => void;
}

let serials = 1;

/**
 * Everything shown while the store is unlocked. All case and note state lives in this subtree, so
 * when the app locks and unmounts it, that data is gone from the renderer. The shell owns navigation,
 * the quick note and search dialogs, and the app-wide shortcuts.
 */
export function UnlockedShell(props: UnlockedShellProps) {
  const { profile, autoLockMinutes, notice, resume, quickNotePending, onQuickNoteHandled, onPlaceChange, onLock, onAutoLockChanged } = props;
  const [view, setView] = useState<View>(resume?.view ?? { name: 'cases', returnTo: null });
  const [quick, setQuick] = useState<{ open: boolean; draftId: string | null; serial: number }>({
    open: resume?.quickNote ?? false,
    draftId: null,
    serial: 0,
  });
  const [searchOpen, setSearchOpen] = useState(false);
  const [pendingNotice, setPendingNotice] = useState(notice);
  const [notesVersion, setNotesVersion] = useState(0);
  const [directoryKey, setDirectoryKey] = useState(0);
  const counts = useNavCounts();
  const { status, announce, clear: clearStatus } = useStatus();
  const quickOpen = useRef(quick.open);
  quickOpen.current = quick.open;

  useLockShortcut(onLock);

  const go = useCallback((next: View) => {
    setPendingNotice(null);
    clearStatus(); // "Saved to inbox" belongs to the screen it was said on
    setView(next);
    setDirectoryKey((k) => k + 1); // a case may have been added meanwhile
  }, [clearStatus]);

  const openQuickNote = useCallback((draftId: string | null = null) => {
    setSearchOpen(false);
    if (quickOpen.current && draftId === null) {
      document.getElementById('quick-note-text')?.focus();
      return;
    }
    quickOpen.current = true; // the OS shortcut and the in-page keys can both fire for one press
    setQuick((q) => ({ open: true, draftId, serial: q.serial + 1 }));
  }, []);

  useShellShortcuts({
    onQuickNote: () => openQuickNote(),
    onSearch: () => {
      if (!quickOpen.current) setSearchOpen(true);
    },
  });

  useEffect(() => {
    if (!quickNotePending) return;
    openQuickNote();
    onQuickNoteHandled();
  }, [quickNotePending, openQuickNote, onQuickNoteHandled]);

  useEffect(() => onPlaceChange(placeOf(view, quick.open)), [view, quick.open, onPlaceChange]);
  const refreshCounts = counts.refresh;
  useEffect(refreshCounts, [view, refreshCounts]);

  const navigate = (section: Section) => {
    if (section === 'cases') go({ name: 'cases', returnTo: null });
    else if (section === 'inbox') go({ name: 'inbox', focusNoteId: null, serial: serials++ });
    else go({ name: section });
  };
  const openCase = (caseId: string, extra: { summary?: CaseSummary; focusNoteId?: string; draftId?: string } = {}) =>
    go({
      name: 'case',
      caseId,
      summary: extra.summary ?? null,
      focusNoteId: extra.focusNoteId ?? null,
      draftId: extra.draftId ?? null,
      serial: serials++,
    });
  const continueDraft = (draft: Draft) => (draft.caseId ? openCase(draft.caseId, { draftId: draft.id }) : openQuickNote(draft.id));

  const quickSaved = (note: Note) => {
    setQuick((q) => ({ ...q, open: false }));
    setNotesVersion((v) => v + 1);
    counts.refresh();
    announce(savedWhere(note));
  };
  const quickClosed = (kept: boolean) => {
    setQuick((q) => ({ ...q, open: false }));
    setNotesVersion((v) => v + 1); // the inbox lists quick-note drafts
    counts.refresh();
    if (kept) announce('Kept as a draft');
  };

  return (
    <CaseDirectoryProvider refreshKey={directoryKey}>
      <ContactTypesProvider>
      <AppLayout
        header={
          <ShellHeader
            practitionerName={profile.displayName}
            current={sectionOf(view)}
            inboxCount={counts.inbox}
            draftCount={counts.drafts}
            overdueCount={counts.overdue}
            onNavigate={navigate}
            onQuickNote={() => openQuickNote()}
            onSearch={() => setSearchOpen(true)}
            onLock={onLock}
          />
        }
      >
        <LiveStatus status={status} tone="success" className="notice-banner" />
        {view.name === 'cases' ? (
          <CaseListPage
            notice={pendingNotice}
            focusCaseId={view.returnTo}
            onOpenCase={(summary) => openCase(summary.id, { summary })}
          />
        ) : null}
        {view.name === 'case' ? (
          <CasePage
            key={`${view.caseId}:${view.serial}`}
            caseId={view.caseId}
            initialSummary={view.summary}
            focusNoteId={view.focusNoteId}
            draftId={view.draftId}
            notesVersion={notesVersion}
            onBack={() => go({ name: 'cases', returnTo: view.caseId })}
            onOpenCase={(caseId) => openCase(caseId)}
            onOpenChronology={() => go({ name: 'chronology', caseId: view.caseId })}
            onOpenPacks={() => go({ name: 'packs', caseId: view.caseId, packId: null, serial: serials++ })}
            onOpenAccessRecord={() => go({ name: 'access-record', caseId: view.caseId })}
            onChanged={counts.refresh}
          />
        ) : null}
        {view.name === 'chronology' ? (
          <ChronologyPage
            key={view.caseId}
            caseId={view.caseId}
            onBack={() => openCase(view.caseId)}
            onOpenNote={(noteId, caseId) => openCase(caseId, { focusNoteId: noteId })}
          />
        ) : null}
        {view.name === 'access-record' ? (
          <AccessRecordPage key={view.caseId} caseId={view.caseId} practitionerName={profile.displayName} onBack={() => openCase(view.caseId)} />
        ) : null}
        {view.name === 'packs' ? (
          <PacksPage
            key={`${view.caseId}:${view.serial}`}
            caseId={view.caseId}
            packId={view.packId}
            onBack={() => openCase(view.caseId)}
            onOpenPack={(packId) => go({ name: 'packs', caseId: view.caseId, packId, serial: serials++ })}
          />
        ) : null}
        {view.name === 'inbox' ? (
          <InboxPage
            key={view.serial}
            focusNoteId={view.focusNoteId}
            refreshKey={notesVersion}
            onContinueDraft={continueDraft}
            onFiled={counts.refresh}
          />
        ) : null}
        {view.name === 'drafts' ? <DraftsPage onContinue={continueDraft} /> : null}
        {view.name === 'due' ? (
          <DuePage
            onOpenCase={(caseId) => openCase(caseId)}
            onOpenNote={(noteId, caseId) => openCase(caseId, { focusNoteId: noteId })}
            onOpenSettings={() => go({ name: 'settings' })}
            onChanged={counts.refresh}
          />
        ) : null}
        {view.name === 'settings' ? (
          <SettingsPage displayName={profile.displayName} autoLockMinutes={autoLockMinutes} onAutoLockChanged={onAutoLockChanged} />
        ) : null}
        {quick.open ? (
          <QuickCaptureDialog
            key={quick.serial}
            draftId={quick.draftId}
            onSaved={quickSaved}
            onClosed={quickClosed}
            onDraftsChanged={counts.refresh}
          />
        ) : null}
        <SearchDialog
          open={searchOpen}
          onClose={() => setSearchOpen(false)}
          onOpenNote={({ noteId, caseId }) => {
            setSearchOpen(false);
            if (caseId) openCase(caseId, { focusNoteId: noteId });
            else go({ name: 'inbox', focusNoteId: noteId, serial: serials++ });
          }}
          onOpenCase={(caseId) => {
            setSearchOpen(false);
            openCase(caseId);
          }}
        />
      </AppLayout>
      </ContactTypesProvider>
    </CaseDirectoryProvider>
  );
}
