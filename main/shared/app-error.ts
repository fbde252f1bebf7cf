/**
 * The one error type the core throws on purpose. The dispatcher turns it into an error envelope; any
 * other thrown value becomes a generic INTERNAL error so that nothing unexpected (stack traces, SQL,
 * case data) ever reaches the renderer.
 */
import type { AppErrorBody, ErrorCode } from '../../preload/contract';

export class AppError extends Error {
  readonly body: AppErrorBody;

  constructor(code: ErrorCode, message: string, extra: Omit<AppErrorBody, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'AppError';
    this.body = { code, message, ...extra };
  }

  get code(): ErrorCode {
    return this.body.code;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
