/**
 * People around children (parents, carers, wider family, professionals) and their relationship to
 * each child's case. A person is one row however many children they are linked to; removing a link
 * never removes the person, because notes may still mention them.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Person, PersonLink, Relationship } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { AppError } from '../shared/app-error';

export interface PersonDetails {
  fullName: string;
  dateOfBirth: string | null;
  role: string | null;
  agency: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface RelationshipInput {
  caseId: string;
  relationship: Relationship;
  parentalResponsibility: boolean | null;
  livesWithChild: boolean | null;
}

interface PersonRow {
  id: string;
  full_name: string;
  date_of_birth: string | null;
  role: string | null;
  agency: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  links_json: string;
}

interface RawLink extends Omit<PersonLink, 'parentalResponsibility' | 'livesWithChild'> {
  parentalResponsibility: number | null;
  livesWithChild: number | null;
}

export const PERSON_COLUMNS = `
  p.id, p.full_name, p.date_of_birth, p.role, p.agency, p.phone, p.email, p.address,
  (SELECT json_group_array(json_object(
            'caseId', r.case_id, 'childName', c.child_name, 'relationship', r.relationship,
            'parentalResponsibility', r.parental_responsibility, 'livesWithChild', r.lives_with_child))
     FROM relationships r JOIN cases c ON c.id = r.case_id
    WHERE r.person_id = p.id) AS links_json`;

const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
const unflag = (value: number | null) => (value === null ? null : value === 1);
const byName = (a: { fullName: string }, b: { fullName: string }) => a.fullName.localeCompare(b.fullName, 'en-GB');

export function toPerson(row: PersonRow): Person {
  const links = (JSON.parse(row.links_json) as RawLink[])
    .map((l) => ({ ...l, parentalResponsibility: unflag(l.parentalResponsibility), livesWithChild: unflag(l.livesWithChild) }))
    .sort((a, b) => a.childName.localeCompare(b.childName, 'en-GB'));
  return {
    id: row.id,
    fullName: row.full_name,
    dateOfBirth: row.date_of_birth,
    role: row.role,
    agency: row.agency,
    phone: row.phone,
    email: row.email,
    address: row.address,
    links,
  };
}

const PERSON_NOT_FOUND = () => new AppError('NOT_FOUND', 'That person could not be found.');

export class PersonRepository {
  private readonly insertPerson;
  private readonly updatePerson;
  private readonly upsertRelationship;
  private readonly deleteRelationship;
  private readonly selectOne;
  private readonly selectAll;
  private readonly selectLinkedToCases;
  private readonly caseExists;

  constructor(private readonly db: StoreDatabase) {
    this.insertPerson = db.prepare(
      `INSERT INTO people (id, full_name, date_of_birth, role, agency, phone, email, address, created_at, updated_at)
       VALUES (@id, @fullName, @dateOfBirth, @role, @agency, @phone, @email, @address, @now, @now)`,
    );
    this.updatePerson = db.prepare(
      `UPDATE people SET full_name = @fullName, date_of_birth = @dateOfBirth, role = @role, agency = @agency,
              phone = @phone, email = @email, address = @address, updated_at = @now
        WHERE id = @id`,
    );
    this.upsertRelationship = db.prepare(
      `INSERT INTO relationships (person_id, case_id, relationship, parental_responsibility, lives_with_child, created_at, updated_at)
       VALUES (@personId, @caseId, @relationship, @pr, @livesWith, @now, @now)
       ON CONFLICT (person_id, case_id) DO UPDATE
          SET relationship = excluded.relationship, parental_responsibility = excluded.parental_responsibility,
              lives_with_child = excluded.lives_with_child, updated_at = excluded.updated_at`,
    );
    this.deleteRelationship = db.prepare('DELETE FROM relationships WHERE person_id = ? AND case_id = ?');
    this.selectOne = db.prepare<[string], PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = ?`);
    this.selectAll = db.prepare<[], PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people p`);
    this.selectLinkedToCases = db.prepare<[string], PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM people p
        WHERE p.id IN (SELECT person_id FROM relationships WHERE case_id IN (SELECT value FROM json_each(?)))`,
    );
    this.caseExists = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ?').pluck();
  }

  create(details: PersonDetails, links: readonly RelationshipInput[], now: Date): Person {
    return this.db.transaction((): Person => {
      const id = uuidv7();
      this.insertPerson.run({ id, ...details, now: now.toISOString() });
      for (const link of links) this.writeRelationship(id, link, now);
      return this.get(id);
    }).immediate();
  }

  update(personId: string, details: PersonDetails, now: Date): Person {
    if (this.updatePerson.run({ id: personId, ...details, now: now.toISOString() }).changes === 0) throw PERSON_NOT_FOUND();
    return this.get(personId);
  }

  setRelationship(personId: string, link: RelationshipInput, now: Date): Person {
    return this.db.transaction((): Person => {
      this.get(personId);
      this.writeRelationship(personId, link, now);
      return this.get(personId);
    }).immediate();
  }

  removeRelationship(personId: string, caseId: string): Person {
    return this.db.transaction((): Person => {
      this.get(personId);
      if (this.deleteRelationship.run(personId, caseId).changes === 0) {
        throw new AppError('NOT_FOUND', 'That person is not linked to this child.');
      }
      return this.get(personId);
    }).immediate();
  }

  get(personId: string): Person {
    const row = this.selectOne.get(personId);
    if (!row) throw PERSON_NOT_FOUND();
    return toPerson(row);
  }

  list(): Person[] {
    return this.selectAll.all().map(toPerson).sort(byName);
  }

  /** Everyone linked to any of these children, A–Z. */
  linkedTo(caseIds: readonly string[]): Person[] {
    return this.selectLinkedToCases.all(JSON.stringify(caseIds)).map(toPerson).sort(byName);
  }

  private writeRelationship(personId: string, link: RelationshipInput, now: Date): void {
    if (!this.caseExists.get(link.caseId)) throw new AppError('NOT_FOUND', 'A linked case could not be found.');
    this.upsertRelationship.run({
      personId,
      caseId: link.caseId,
      relationship: link.relationship,
      pr: flag(link.parentalResponsibility),
      livesWith: flag(link.livesWithChild),
      now: now.toISOString(),
    });
  }
}
