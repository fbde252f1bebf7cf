import { useEffect, useState } from 'react';
import { cx } from '../lib/cx';
import type { StatusMessage } from './useStatus';

interface LiveStatusProps {
  status: StatusMessage | null;
  /** 'success' shows a green confirmation; 'info' a neutral one; 'busy' a quiet progress line. */
  tone?: 'success' | 'info' | 'busy';
  className?: string;
}

/**
 * A polite live region that is always in the page (so changes are announced). The message is put in
 * after the first paint, so a message present when a screen opens (e.g. "Locked after 10 minutes of
 * inactivity") is still read out. Each new serial replaces the node, so repeated words are re-read.
 */
export function LiveStatus({ status, tone = 'success', className }: LiveStatusProps) {
  const [shown, setShown] = useState<StatusMessage | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(status), 0);
    return () => window.clearTimeout(timer);
  }, [status]);

  return (
    <div role="status" aria-live="polite" className={cx('status', shown && `status--${tone}`, className)}>
      {shown ? (
        <p key={shown.serial} className="status__text">
          {shown.text}
        </p>
      ) : null}
    </div>
  );
}
