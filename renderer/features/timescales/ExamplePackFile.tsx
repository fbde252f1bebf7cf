/**
 * "Show the example file": the example pack's text as shipped, comments and all, so a team can copy
 * it into a text editor and make it their own. Loaded only when asked for.
 */
import { useId, useState } from 'react';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { useStatus } from '../../ui/useStatus';

export function ExamplePackFile() {
  const [example, setExample] = useState<{ fileName: string; text: string } | null>(null);
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { status, announce, clear } = useStatus();
  const regionId = useId();
  const nameId = useId();

  const toggle = async () => {
    clear();
    if (shown) {
      setShown(false);
      return;
    }
    if (!example) {
      const result = await call('getExampleRulePack', {});
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setExample(result.value);
    }
    setError(null);
    setShown(true);
  };

  const copy = async () => {
    if (!example) return;
    try {
      await navigator.clipboard.writeText(example.text);
      announce('Copied the example file');
    } catch {
      // Clipboard access can be refused (no focus, a policy): the text is selectable on the page.
      setError('The example could not be copied. Select the text and copy it instead.');
    }
  };

  return (
    <div className="example-pack">
      <ErrorSummary errors={error ? [{ message: error }] : []} moveFocus={false} />
      <div className="composer__actions">
        <Button variant="secondary" aria-expanded={shown} aria-controls={regionId} onClick={() => void toggle()}>
          {shown ? 'Hide the example file' : 'Show the example file'}
        </Button>
        {shown ? (
          <Button variant="secondary" onClick={() => void copy()}>
            Copy the example file
          </Button>
        ) : null}
        <LiveStatus status={status} className="status--inline" />
      </div>
      <div id={regionId}>
        {shown && example ? (
          <>
            <p id={nameId} className="example-pack__name">
              <code>{example.fileName}</code>
            </p>
            {/* Focusable so the scrolled text can be read with the keyboard alone (WCAG 2.1.1). */}
            <pre className="example-pack__text" tabIndex={0} role="region" aria-labelledby={nameId}>
              {example.text}
            </pre>
          </>
        ) : null}
      </div>
    </div>
  );
}
