/**
 * The one dispatcher: validate the channel and the request against the contract, call the handler,
 * answer an envelope. Used by the Electron ipcMain adapter and by the test host alike. It never throws
 * and never lets an unexpected error's details (stack, SQL, case data) through.
 */
import type { z } from 'zod';
import { contract, isChannel, type AppErrorBody, type Channel, type Envelope, type Request, type Response } from '../../preload/contract';
import { isAppError } from '../shared/app-error';
import { isDiskFull } from '../shared/disk-full';
import { logUnexpectedError } from '../shared/safe-log';

export type Handlers = { [C in Channel]: (request: Request<C>) => Promise<Response<C>> | Response<C> };
export type Dispatch = (channel: unknown, payload: unknown) => Promise<Envelope<unknown>>;

const fail = (error: AppErrorBody): Envelope<never> => ({ ok: false, error });

function describeInvalid(issue: z.core.$ZodIssue): AppErrorBody {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return { code: 'INVALID_REQUEST', message: `Unexpected field: ${issue.keys.join(', ')}.`, field: issue.keys[0] };
  }
  if (field === '') return { code: 'INVALID_REQUEST', message: 'The request was not in the expected form.' };
  // Our schemas carry plain-language messages; zod's defaults are prefixed with the field for clarity.
  const message = issue.message.startsWith('Invalid') ? `${field}: ${issue.message}.` : issue.message;
  return { code: 'INVALID_REQUEST', message, field };
}

function unexpected(channel: string, error: unknown): AppErrorBody {
  if (isDiskFull(error)) {
    return {
      code: 'DISK_FULL',
      message: 'The disk is full, so this was not saved. Free some space, then try again — your text is kept.',
    };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    logUnexpectedError(channel, error);
    return {
      code: 'STORE_CORRUPTED',
      message: 'Part of your records file is damaged, so this could not be done. Lock Casework and unlock it again: it will offer to restore the most recent backup.',
    };
  }
  logUnexpectedError(channel, error);
  return { code: 'INTERNAL', message: 'Something went wrong and this was not completed. Please try again.' };
}

export function createDispatcher(handlers: Handlers): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return fail({ code: 'UNKNOWN_CHANNEL', message: 'That request is not part of this version of Casework.' });
    }
    const parsed = contract[channel].request.safeParse(payload);
    if (!parsed.success) return fail(describeInvalid(parsed.error.issues[0]!));
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return fail(isAppError(error) ? error.body : unexpected(channel, error));
    }
  };
}
