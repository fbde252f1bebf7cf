/**
 * What may be logged about an error that escaped: its name and code, never its message or stack (they can
 * carry case data: a note fragment in a database error, a child's name in a path). Pure, unit tested.
 */
export function describeErrorSafely(error: unknown): string {
  if (error && typeof error === 'object') {
    const { name, code } = error as { name?: unknown; code?: unknown };
    const safeName = typeof name === 'string' && /^[A-Za-z]{1,64}$/u.test(name) ? name : 'Error';
    const safeCode = typeof code === 'string' && /^[A-Z0-9_]{1,64}$/u.test(code) ? ` ${code}` : '';
    return `${safeName}${safeCode}`;
  }
  return typeof error;
}
