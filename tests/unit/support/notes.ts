/** Small builders for note requests in tests. */
import { v7 as uuidv7 } from 'uuid';

export function aboutChildren(...caseIds: string[]) {
  return { children: caseIds.map((caseId) => ({ caseId })) };
}

export function quickNote(body: string, ...caseIds: string[]) {
  return { id: uuidv7(), body, structure: aboutChildren(...caseIds) };
}
