/**
 * Drafts a conference pack from the records: per child, their details, the contacts at which they
 * were seen (alone or not, who was present, or why not seen), their own words, the sections the team
 * writes (drafted empty) and their chronology for the period. The draft is a starting point the
 * practitioner edits in the builder; the notes it was drafted from are only read.
 */
import { v7 as uuidv7 } from 'uuid';
import type { ChronologyEntry, ConferenceType, FamilyChild, Pack, PackChild, PackChronologyRow, PackDetail, PackSection, PackSeenRow } from '../../preload/contract';
import { AppError } from '../shared/app-error';
import type { Repositories } from '../session/session';
import { ageAtEvent, ageNow } from './ages';
import {
  childsViewsHeading,
  DEFAULT_TEAM_HEADINGS,
  NOT_RECORDED,
  PARENTS_VIEWS_HEADING,
  RECOMMENDATION_HEADING,
  SECTION_KEYS,
} from './pack-headings';
import type { CaseFacts, SeenContact, VoiceNote } from './pack-sources';
import { inUkPeriod, longUkDate, ukDateTime, widenedBounds } from './uk-time';

export interface DraftRequest {
  caseId: string;
  childIds: readonly string[];
  from: string;
  to: string;
  conferenceType: ConferenceType;
}

type DraftRepositories = Pick<Repositories, 'packs' | 'family' | 'chronology'>;

const SEEN_ANSWERS: Record<SeenContact['seen'], string> = {
  'seen-alone': 'Seen alone',
  seen: 'Seen',
  'not-seen': 'Not seen',
};

export function draftPack(repos: DraftRepositories, request: DraftRequest, author: string, now: Date): Pack {
  return repos.packs.inTransaction((): Pack => {
    const children = chosenChildren(repos, request);
    const today = ukDateTime(now).date;
    const at = now.toISOString();
    return repos.packs.create({
      id: uuidv7(),
      caseId: request.caseId,
      conferenceType: request.conferenceType,
      from: request.from,
      to: request.to,
      author,
      children: children.map((child) => draftChild(repos, child.caseId, request, author, today)),
      createdAt: at,
      updatedAt: at,
    });
  });
}

/** The chosen children, in the family's order: the case's child, or siblings in their family group. */
function chosenChildren(repos: DraftRepositories, request: DraftRequest): FamilyChild[] {
  const family = repos.family.get(request.caseId);
  if (new Set(request.childIds).size !== request.childIds.length) {
    throw new AppError('INVALID_REQUEST', 'Each child can be chosen once.', { field: 'childIds' });
  }
  const own = family.children[0]!;
  for (const childId of request.childIds) {
    if (family.children.some((c) => c.caseId === childId)) continue;
    const facts = repos.packs.sources.caseFacts(childId);
    throw new AppError(
      'INVALID_REQUEST',
      facts
        ? `${facts.childName} is not in ${own.childName}'s family group, so cannot be in a pack started from ${own.childName}'s case.`
        : 'One of the chosen children could not be found.',
      { field: 'childIds' },
    );
  }
  return family.children.filter((c) => request.childIds.includes(c.caseId));
}

function draftChild(repos: DraftRepositories, caseId: string, request: DraftRequest, author: string, today: string): PackChild {
  const sources = repos.packs.sources;
  const facts = sources.caseFacts(caseId)!;
  const { after, before } = widenedBounds(request.from, request.to);
  const inPeriod = (instant: string) => inUkPeriod(instant, request.from, request.to);
  const chronology = repos.chronology.list([caseId], { from: request.from, to: request.to, author });
  return {
    caseId,
    childName: facts.childName,
    details: detailsOf(facts, today),
    seen: sources.seenContacts(caseId, after, before).filter((c) => inPeriod(c.occurredAt)).map(seenRow),
    sections: draftSections(facts.childName, sources.voiceNotes(caseId, after, before).filter((n) => inPeriod(n.occurredAt))),
    chronology: chronology.map((entry) => chronologyRow(entry, facts.dateOfBirth)),
  };
}

function detailsOf(facts: CaseFacts, today: string): PackDetail[] {
  const recorded = (value: string | null) => (value && value.trim() !== '' ? value : NOT_RECORDED);
  let born = NOT_RECORDED;
  if (facts.dateOfBirth) {
    const age = ageNow(facts.dateOfBirth, today);
    born = age ? `${longUkDate(facts.dateOfBirth)} (${age})` : longUkDate(facts.dateOfBirth);
  }
  return [
    { label: 'Name', value: facts.childName },
    { label: 'Date of birth', value: born },
    { label: 'Case reference', value: recorded(facts.caseReference) },
    { label: 'Legal status', value: recorded(facts.legalStatus) },
    { label: 'Allocated worker', value: recorded(facts.allocatedWorker) },
  ];
}

function seenRow(contact: SeenContact): PackSeenRow {
  const when = ukDateTime(contact.occurredAt);
  const parts: string[] = [];
  if (contact.seen === 'not-seen') parts.push(contact.notSeenReason?.trim() || 'No reason recorded');
  else if (contact.people.length > 0) parts.push(`Present: ${contact.people.join(', ')}`);
  if (contact.bedroomSeen !== null) parts.push(contact.bedroomSeen ? 'Bedroom seen' : 'Bedroom not seen');
  return {
    date: when.date,
    time: contact.dateOnly ? null : when.time,
    answer: SEEN_ANSWERS[contact.seen],
    detail: parts.join('. '),
    noteId: contact.noteId,
  };
}

/** “words” — without doubling quotation marks the practitioner typed into the quote itself. */
function quoted(words: string): string {
  const bare = words.trim().replace(/^["“”']+|["“”']+$/gu, '');
  return `“${bare}”`;
}

function draftSections(childName: string, voiceNotes: readonly VoiceNote[]): PackSection[] {
  const words = voiceNotes.flatMap((note) => {
    const on = longUkDate(ukDateTime(note.occurredAt).date);
    return note.quotes.map((quote) => `${quoted(quote)} (${on})`);
  });
  return [
    { key: SECTION_KEYS.childsViews, heading: childsViewsHeading(childName), text: words.join('\n') },
    // Drafted empty: parents' views have no structured source in the record yet (quotes are the
    // child's voice only), so the practitioner writes them here.
    { key: SECTION_KEYS.parentsViews, heading: PARENTS_VIEWS_HEADING, text: '' },
    ...DEFAULT_TEAM_HEADINGS.map((heading, i) => ({ key: SECTION_KEYS.teamHeading(i), heading, text: '' })),
    { key: SECTION_KEYS.recommendation, heading: RECOMMENDATION_HEADING, text: '' },
  ];
}

function chronologyRow(entry: ChronologyEntry, dateOfBirth: string | null): PackChronologyRow {
  return {
    date: entry.date,
    time: entry.time,
    age: ageAtEvent(dateOfBirth, entry.date),
    event: entry.event,
    source: entry.source,
    analysis: entry.analysis ?? '',
  };
}
