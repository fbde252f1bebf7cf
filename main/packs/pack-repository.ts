/**
 * Packs being built. A pack is drafted once from the records and kept whole (its per-child content is
 * one JSON value); the builder's edits replace that value and nothing else, so editing a pack can
 * never change a note. Packs are listed for every child of the family they were started from.
 */
import type { ConferenceType, Pack, PackChild, PackSummary } from '../../preload/contract';
import { AppError } from '../shared/app-error';
import type { StoreDatabase } from '../store/open-store';
import { PackSources } from './pack-sources';

interface PackRow {
  id: string;
  case_id: string;
  conference_type: ConferenceType;
  date_from: string;
  date_to: string;
  author: string;
  children_json: string;
  created_at: string;
  updated_at: string;
}

interface SummaryRow {
  id: string;
  conference_type: ConferenceType;
  date_from: string;
  date_to: string;
  child_names_json: string;
  updated_at: string;
}

const PACK_NOT_FOUND = () => new AppError('NOT_FOUND', 'That pack could not be found.');

function toPack(row: PackRow): Pack {
  return {
    id: row.id,
    caseId: row.case_id,
    conferenceType: row.conference_type,
    from: row.date_from,
    to: row.date_to,
    author: row.author,
    children: JSON.parse(row.children_json) as PackChild[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class PackRepository {
  /** The records a pack is drafted from. */
  readonly sources: PackSources;
  private readonly insertPack;
  private readonly selectPack;
  private readonly updateChildren;
  private readonly caseExists;
  private readonly selectForFamily;

  constructor(private readonly db: StoreDatabase) {
    this.sources = new PackSources(db);
    this.insertPack = db.prepare(
      `INSERT INTO packs (id, case_id, conference_type, date_from, date_to, author, children_json, created_at, updated_at)
       VALUES (@id, @caseId, @conferenceType, @from, @to, @author, @children, @createdAt, @updatedAt)`,
    );
    this.selectPack = db.prepare<[string], PackRow>('SELECT * FROM packs WHERE id = ?');
    this.updateChildren = db.prepare('UPDATE packs SET children_json = ?, updated_at = ? WHERE id = ?');
    this.caseExists = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ?').pluck();
    // Started from the child or a sibling in their family group, or including the child.
    this.selectForFamily = db.prepare<{ caseId: string }, SummaryRow>(
      `WITH family(case_id) AS (
         SELECT id FROM cases WHERE id = @caseId
         UNION
         SELECT id FROM cases WHERE family_group_id = (SELECT family_group_id FROM cases WHERE id = @caseId)
       )
       SELECT p.id, p.conference_type, p.date_from, p.date_to, p.updated_at,
              (SELECT json_group_array(json_extract(j.value, '$.childName')) FROM json_each(p.children_json) j) AS child_names_json
         FROM packs p
        WHERE p.case_id IN (SELECT case_id FROM family)
           OR EXISTS (SELECT 1 FROM json_each(p.children_json) j WHERE json_extract(j.value, '$.caseId') = @caseId)
        ORDER BY p.updated_at DESC, p.id DESC`,
    );
  }

  /** Runs `work` in one write transaction (a draft reads the records and writes the pack at once). */
  inTransaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  create(pack: Pack): Pack {
    this.insertPack.run({
      id: pack.id,
      caseId: pack.caseId,
      conferenceType: pack.conferenceType,
      from: pack.from,
      to: pack.to,
      author: pack.author,
      children: JSON.stringify(pack.children),
      createdAt: pack.createdAt,
      updatedAt: pack.updatedAt,
    });
    return this.get(pack.id);
  }

  get(packId: string): Pack {
    const row = this.selectPack.get(packId);
    if (!row) throw PACK_NOT_FOUND();
    return toPack(row);
  }

  /** Packs of this child's family, most recently saved first. */
  listForCase(caseId: string): PackSummary[] {
    if (!this.caseExists.get(caseId)) throw new AppError('NOT_FOUND', 'That case could not be found.');
    return this.selectForFamily.all({ caseId }).map((row) => ({
      id: row.id,
      conferenceType: row.conference_type,
      from: row.date_from,
      to: row.date_to,
      childNames: JSON.parse(row.child_names_json) as string[],
      updatedAt: row.updated_at,
    }));
  }

  /**
   * The builder's edits, whole. The children must be the ones the pack was drafted for, in the same
   * order: a pack for other children is a new pack (drafted from their records).
   */
  save(packId: string, children: readonly PackChild[], now: Date): Pack {
    return this.inTransaction((): Pack => {
      const current = this.get(packId);
      const drafted = current.children.map((c) => c.caseId);
      const sent = children.map((c) => c.caseId);
      if (drafted.length !== sent.length || drafted.some((caseId, i) => caseId !== sent[i])) {
        throw new AppError(
          'INVALID_REQUEST',
          'A pack keeps the children it was drafted for. Start a new pack to include other children.',
          { field: 'children' },
        );
      }
      children.forEach((child, i) => {
        const keys = child.sections.map((s) => s.key);
        if (new Set(keys).size !== keys.length) {
          throw new AppError('INVALID_REQUEST', `Two of ${child.childName}'s sections have the same key.`, {
            field: `children.${i}.sections`,
          });
        }
      });
      // The child's name heads their part of the pack as drafted; the details carry any edited wording.
      const kept = children.map((child, i) => ({ ...child, childName: current.children[i]!.childName }));
      this.updateChildren.run(JSON.stringify(kept), now.toISOString(), packId);
      return this.get(packId);
    });
  }
}
