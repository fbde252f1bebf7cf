import { useState, type ReactNode } from 'react';
import { formatDay } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import { useStatus } from '../../ui/useStatus';

interface RecoveryKeyCardProps {
  displayName: string;
  recoveryKey: string;
  /** The heading and explanation above the key; printed with it. */
  children: ReactNode;
}

/**
 * A recovery key as shown once: large, grouped, with Copy and Print. Used right after a profile is
 * created and when a new key replaces a lost one. Only this card is printed.
 */
export function RecoveryKeyCard({ displayName, recoveryKey, children }: RecoveryKeyCardProps) {
  const [createdOn] = useState(() => formatDay(new Date().toISOString()));
  const { status, announce } = useStatus();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      announce('Copied');
    } catch {
      announce('Could not copy. Print the key instead, or write it down exactly as shown.');
    }
  };

  return (
    <>
      <div className="print-area">
        {children}
        <p className="recovery-key">
          <code>{recoveryKey}</code>
        </p>
        <p className="print-only body">
          Casework recovery key for {displayName}, created {createdOn}. Keep it locked away, separate from the laptop.
        </p>
      </div>
      <div className="button-group print-hide">
        <Button variant="secondary" onClick={() => void copy()}>
          Copy recovery key
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          Print recovery key
        </Button>
      </div>
      <LiveStatus status={status} tone="info" className="print-hide" />
    </>
  );
}
