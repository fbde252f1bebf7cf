/**
 * Reading a profile folder given by path, as IT does from the command line. The app finds folders by id
 * under its profiles root; IT may point at a copy anywhere, so the folder name is not trusted as the id:
 * profile.json says which profile this is, and keys.json must agree (checked when a slot is opened).
 */
import fs from 'node:fs';
import { z } from 'zod';
import { profileFile } from '../profiles/profile-layout';
import { AdminError } from './admin-error';

const ProfileRecord = z.object({
  format: z.literal('casework-profile'),
  version: z.literal(1),
  id: z.string().min(1),
  displayName: z.string(),
});

export interface ProfileFolder {
  dir: string;
  id: string;
  displayName: string;
}

export function readProfileFolder(dir: string): ProfileFolder {
  let text: string;
  try {
    text = fs.readFileSync(profileFile(dir, 'profile'), 'utf8');
  } catch {
    throw new AdminError(`${dir} is not a Casework profile folder (profile.json is missing or unreadable).`);
  }
  let parsed;
  try {
    parsed = ProfileRecord.safeParse(JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) throw new AdminError(`${dir}: profile.json is damaged.`);
  return { dir, id: parsed.data.id, displayName: parsed.data.displayName };
}
