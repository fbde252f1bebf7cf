/**
 * The one place an export's audience changes the words. Every document (PDF, Word, CSV), its metadata
 * and its file name is rendered only from what packFor returns, so a passage marked as third-party
 * information ({{…}}) cannot reach a family's copy through any side door: it is gone before rendering
 * starts, not hidden by the renderer.
 *
 * Objects are rebuilt field by field (no spreads) on purpose: a field added to the pack later is a
 * compile error here until someone decides how it is redacted, instead of passing through unredacted.
 */
import type { Audience, Pack, PackChild, PackChronologyRow, PackDetail, PackSection, PackSeenRow } from '../../preload/contract/packs';
import { redactThirdParty, unmarkThirdParty } from '../../preload/contract/third-party';

type Clean = (text: string) => string;

/** family: marked passages replaced by "[redacted – third party]"; professional: markers removed, text kept. */
export function textFor(audience: Audience): Clean {
  return audience === 'family' ? redactThirdParty : unmarkThirdParty;
}

export function packFor(pack: Pack, audience: Audience): Pack {
  const clean = textFor(audience);
  return {
    id: pack.id,
    caseId: pack.caseId,
    conferenceType: pack.conferenceType,
    from: clean(pack.from),
    to: clean(pack.to),
    author: clean(pack.author),
    children: pack.children.map((child) => childFor(child, clean)),
    createdAt: pack.createdAt,
    updatedAt: pack.updatedAt,
  };
}

function childFor(child: PackChild, clean: Clean): PackChild {
  return {
    caseId: child.caseId,
    childName: clean(child.childName),
    details: child.details.map((d): PackDetail => ({ label: clean(d.label), value: clean(d.value) })),
    seen: child.seen.map(
      (s): PackSeenRow => ({
        date: clean(s.date),
        time: s.time === null ? null : clean(s.time),
        answer: clean(s.answer),
        detail: clean(s.detail),
        noteId: s.noteId,
      }),
    ),
    sections: child.sections.map((s): PackSection => ({ key: s.key, heading: clean(s.heading), text: clean(s.text) })),
    chronology: child.chronology.map(
      (r): PackChronologyRow => ({
        date: clean(r.date),
        time: r.time === null ? null : clean(r.time),
        age: r.age === null ? null : clean(r.age),
        event: clean(r.event),
        source: clean(r.source),
        analysis: clean(r.analysis),
      }),
    ),
  };
}
