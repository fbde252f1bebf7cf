import type { Note } from '../../../preload/contract/channels';
import { ThirdPartyText } from '../../ui/ThirdPartyText';
import { voiceSegments } from './voice-segments';

/**
 * The note's text with the child's own words shown as quotes where they occur (and after, if not
 * found), and third-party passages marked.
 */
export function NoteBody({ note }: { note: Pick<Note, 'body' | 'voice'> }) {
  const { segments, unplaced } = voiceSegments(note.body, note.voice);
  return (
    <>
      <div className="timeline-note__body">
        {segments.map((segment, i) =>
          segment.voice ? (
            <q key={i} className="timeline-voice">
              <span className="visually-hidden">Child’s words: </span>
              <ThirdPartyText text={segment.text} />
            </q>
          ) : (
            <ThirdPartyText key={i} text={segment.text} />
          ),
        )}
      </div>
      {unplaced.length > 0 ? (
        <div className="timeline-voice-block">
          <p className="timeline-voice-block__label">Child’s words</p>
          {unplaced.map((passage, i) => (
            <blockquote key={i} className="timeline-voice-block__quote">
              <p>
                <ThirdPartyText text={passage} />
              </p>
            </blockquote>
          ))}
        </div>
      ) : null}
    </>
  );
}
