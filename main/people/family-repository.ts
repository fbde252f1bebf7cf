/**
 * Family groups: siblings who each have their own case share a group id on their cases. Joining two
 * children joins their whole groups (two half-sibling groups found to be one family become one).
 */
import { v7 as uuidv7 } from 'uuid';
import type { Family, FamilyChild } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { AppError } from '../shared/app-error';
import type { PersonRepository } from './person-repository';

interface ChildRow {
  id: string;
  child_name: string;
  date_of_birth: string | null;
  family_group_id: string | null;
}

const toChild = (row: ChildRow): FamilyChild => ({ caseId: row.id, childName: row.child_name, dateOfBirth: row.date_of_birth });

export class FamilyRepository {
  private readonly selectCase;
  private readonly selectGroup;
  private readonly setGroup;
  private readonly moveGroup;
  private readonly groupSize;

  constructor(
    private readonly db: StoreDatabase,
    private readonly people: PersonRepository,
  ) {
    this.selectCase = db.prepare<[string], ChildRow>('SELECT id, child_name, date_of_birth, family_group_id FROM cases WHERE id = ?');
    this.selectGroup = db.prepare<[string], ChildRow>(
      'SELECT id, child_name, date_of_birth, family_group_id FROM cases WHERE family_group_id = ? ORDER BY child_name COLLATE NOCASE, id',
    );
    this.setGroup = db.prepare('UPDATE cases SET family_group_id = ? WHERE id = ?');
    this.moveGroup = db.prepare('UPDATE cases SET family_group_id = ? WHERE family_group_id = ?');
    this.groupSize = db.prepare<[string], number>('SELECT count(*) FROM cases WHERE family_group_id = ?').pluck();
  }

  /** The child first, then their siblings A–Z, and everyone linked to any of them. */
  get(caseId: string): Family {
    const own = this.child(caseId);
    const siblings = own.family_group_id ? this.selectGroup.all(own.family_group_id).filter((c) => c.id !== caseId) : [];
    const children = [own, ...siblings].map(toChild);
    return { children, people: this.people.linkedTo(children.map((c) => c.caseId)) };
  }

  addSibling(caseId: string, siblingCaseId: string): Family {
    return this.db.transaction((): Family => {
      const own = this.child(caseId);
      const sibling = this.child(siblingCaseId);
      const group = own.family_group_id ?? sibling.family_group_id ?? uuidv7();
      if (own.family_group_id && sibling.family_group_id && own.family_group_id !== sibling.family_group_id) {
        this.moveGroup.run(group, sibling.family_group_id);
      }
      this.setGroup.run(group, caseId);
      this.setGroup.run(group, siblingCaseId);
      return this.get(caseId);
    }).immediate();
  }

  /** Takes a child out of the group; a group left with one child is no group at all. */
  leave(caseId: string): void {
    this.db.transaction(() => {
      const group = this.child(caseId).family_group_id;
      if (!group) return;
      this.setGroup.run(null, caseId);
      if (this.groupSize.get(group) === 1) this.moveGroup.run(null, group);
    }).immediate();
  }

  private child(caseId: string): ChildRow {
    const row = this.selectCase.get(caseId);
    if (!row) throw new AppError('NOT_FOUND', 'That case could not be found.');
    return row;
  }
}
