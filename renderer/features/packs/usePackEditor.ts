/**
 * The pack open in the builder: loaded from main, edited here, saved whole. What is on screen is the
 * pack as edited; `dirty` says it differs from what main last saved. Edits never reach the notes.
 */
import { useCallback, useRef, useState } from 'react';
import type { Pack, PackChild } from '../../../preload/contract/packs';
import { call, type AppErrorBody } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { withField, type FieldRef } from './pack-fields';

export type SaveOutcome = { ok: true; pack: Pack } | { ok: false; error: AppErrorBody };

export function usePackEditor(packId: string) {
  const [pack, setPack] = useState<Pack | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [children, setChildren] = useState<PackChild[]>([]);
  const [dirty, setDirty] = useState(false);
  const latest = useRef<PackChild[]>([]);
  latest.current = children;

  useAnswer(
    () => call('getPack', { packId }),
    (result) => {
      if (!result.ok) {
        setLoadError(result.error.message);
        return;
      }
      setPack(result.value);
      setChildren(result.value.children);
    },
    [packId],
  );

  const setField = useCallback((ref: FieldRef, value: string) => {
    setChildren((all) => all.map((child, i) => (i === ref.child ? withField(child, ref, value) : child)));
    setDirty(true);
  }, []);

  const updateChild = useCallback((index: number, update: (child: PackChild) => PackChild) => {
    setChildren((all) => all.map((child, i) => (i === index ? update(child) : child)));
    setDirty(true);
  }, []);

  const save = useCallback(async (): Promise<SaveOutcome> => {
    const sent = latest.current;
    const result = await call('savePack', { packId, children: sent });
    if (!result.ok) return { ok: false, error: result.error };
    setPack(result.value);
    // Typing during the save keeps the newer text (and the pack stays unsaved).
    setChildren((now) => (now === sent ? result.value.children : now));
    setDirty((d) => (latest.current === sent ? false : d));
    return { ok: true, pack: result.value };
  }, [packId]);

  return { pack, loadError, children, dirty, setField, updateChild, save };
}
