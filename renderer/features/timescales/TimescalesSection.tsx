/**
 * Settings → Timescales: the team's rule pack (what it says, in words), importing a new one or the
 * example, the example's text to start from, and which bank holidays count. It says plainly whose
 * rules these are: the example values come from real councils and guidance, and are not the law.
 */
import './timescales.css';
import { useEffect, useRef } from 'react';
import type { RulePackSummary } from '../../../preload/contract/timescales';
import { call } from '../../api';
import { useLoad } from '../../lib/useLoad';
import { LiveStatus } from '../../ui/LiveStatus';
import { LoadFailed } from '../../ui/LoadFailed';
import { useStatus } from '../../ui/useStatus';
import { useContactTypes } from '../contact-types/ContactTypesProvider';
import { ExamplePackFile } from './ExamplePackFile';
import { ImportPackForm } from './ImportPackForm';
import { NationForm } from './NationForm';
import { PackDetails } from './PackDetails';
import { takeTimescalesFocus } from './settings-focus';

const HEADING_ID = 'timescales-heading';

export function TimescalesSection() {
  const { load, reload, update } = useLoad(() => call('getRulePack', {}), []);
  const { status, announce } = useStatus();
  const contactTypes = useContactTypes();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opened from the Due view's "Settings → Timescales": land here, not at the top of Settings.
  useEffect(() => {
    if (!takeTimescalesFocus()) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, []);

  const imported = (pack: RulePackSummary, message: string) => {
    update((rules) => ({ ...rules, pack }));
    // Importing adds the pack's event contact types to the team's list: every screen should see them.
    contactTypes.reload();
    announce(message);
  };

  return (
    <section className="section timescales" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={headingRef} className="section-heading" tabIndex={-1}>
        Timescales
      </h2>
      <p className="body">
        <strong>These are your team's rules.</strong> The example values come from real councils and guidance; they are not the
        law. Change them to match your local procedures. Reminders worked out from them are advice: they never block anything.
      </p>
      <LiveStatus status={status} />
      {load.state === 'loading' ? <p className="muted">Loading the rule pack…</p> : null}
      {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={reload} /> : null}
      {load.state === 'loaded' ? (
        <>
          <NationForm nation={load.value.nation} onSaved={(nation) => update((rules) => ({ ...rules, nation }))} />
          <h3 className="timescales__heading">Pack in use</h3>
          {load.value.pack ? <PackDetails pack={load.value.pack} /> : <p className="body">No rule pack is in use yet, so nothing is worked out as due.</p>}
          <h3 className="timescales__heading">Import or start again</h3>
          <ImportPackForm onImported={imported} />
          <h3 className="timescales__heading">Start your team's own pack</h3>
          <p className="body">
            Copy the example file, change the values (and raise its revision) in a text editor, then import it above. Share the
            file with your team so everyone works to the same rules.
          </p>
          <ExamplePackFile />
        </>
      ) : null}
    </section>
  );
}
