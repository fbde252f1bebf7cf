/**
 * The list of profiles on this machine and their folders. A profile folder only counts once its
 * profile.json exists: creation builds everything in a hidden folder and renames it into place last,
 * so a crash during creation never leaves a half-made profile on the start screen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ProfileSummary } from '../../preload/contract';
import { writeFileAtomically } from '../shared/atomic-write';
import { profileFile } from './profile-layout';

const ProfileRecord = z.object({
  format: z.literal('casework-profile'),
  version: z.literal(1),
  id: z.string(),
  displayName: z.string(),
  createdAt: z.string(),
});
type ProfileRecord = z.infer<typeof ProfileRecord>;

const PROFILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

export class ProfileDirectory {
  constructor(readonly root: string) {}

  folderOf(profileId: string): string {
    // Ids reach us from the renderer: only a plain UUID may become part of a path.
    if (!PROFILE_ID.test(profileId)) throw new Error('Invalid profile id');
    return path.join(this.root, profileId);
  }

  list(): ProfileSummary[] {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(this.root, { withFileTypes: true });
    } catch {
      return [];
    }
    return entries
      .filter((e) => e.isDirectory() && PROFILE_ID.test(e.name))
      .map((e) => this.read(e.name))
      .filter((p): p is ProfileSummary => p !== null)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB', { sensitivity: 'base' }));
  }

  read(profileId: string): ProfileSummary | null {
    try {
      const record = ProfileRecord.parse(
        JSON.parse(fs.readFileSync(profileFile(this.folderOf(profileId), 'profile'), 'utf8')),
      );
      return record.id === profileId ? { id: record.id, displayName: record.displayName } : null;
    } catch {
      return null;
    }
  }

  /**
   * Creates the profile's folder through `fill` (which writes key slots and the store into it), then
   * publishes it. If `fill` throws, the hidden folder is removed and nothing appears.
   */
  async create<T>(
    profileId: string,
    displayName: string,
    now: Date,
    fill: (stagingDir: string) => Promise<T>,
  ): Promise<{ profile: ProfileSummary; filled: T }> {
    const finalDir = this.folderOf(profileId);
    const stagingDir = path.join(this.root, `.creating-${profileId}`);
    fs.mkdirSync(stagingDir, { recursive: true, mode: 0o700 });
    let filled: T;
    try {
      filled = await fill(stagingDir);
      const record: ProfileRecord = {
        format: 'casework-profile',
        version: 1,
        id: profileId,
        displayName,
        createdAt: now.toISOString(),
      };
      writeFileAtomically(profileFile(stagingDir, 'profile'), `${JSON.stringify(record, null, 2)}\n`);
      fs.renameSync(stagingDir, finalDir);
    } catch (error) {
      fs.rmSync(stagingDir, { recursive: true, force: true });
      throw error;
    }
    return { profile: { id: profileId, displayName }, filled };
  }
}
