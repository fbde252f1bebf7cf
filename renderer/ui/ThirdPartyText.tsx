import { splitThirdParty } from '../../preload/contract/third-party';

/**
 * Text with third-party passages ({{…}}) shown as marked, braces hidden: the practitioner sees what
 * an export for the family will remove, and a screen reader says so before each passage.
 */
export function ThirdPartyText({ text }: { text: string }) {
  return (
    <>
      {splitThirdParty(text).map((part, i) =>
        part.thirdParty ? (
          <mark key={i} className="third-party">
            <span className="visually-hidden">Third-party information: </span>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
