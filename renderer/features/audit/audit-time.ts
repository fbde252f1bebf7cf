/**
 * When an audit entry happened, in UK time to the second. The zone is fixed (not the laptop's own), so
 * a printed record reads the same wherever it is printed or checked.
 */
const ukDateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
  timeZone: 'Europe/London',
});

/** "2026-11-26T09:00:05.000Z" → "26 Nov 2026, 09:00:05". */
export function formatAuditTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? isoInstant : ukDateTime.format(date);
}
