/**
 * The only logging the core does. Error messages and stacks can carry case data (a SQL value, a note
 * fragment), so only the error's name and code are written — enough to triage, nothing to leak.
 */
export function logUnexpectedError(where: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  console.error(`[casework] unexpected ${name}${typeof code === 'string' ? ` (${code})` : ''} in ${where}`);
}
