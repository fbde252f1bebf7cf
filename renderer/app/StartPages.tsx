import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { LiveStatus } from '../ui/LiveStatus';
import { PageHeading } from '../ui/PageHeading';
import { useStatus } from '../ui/useStatus';
import { AppLayout } from './AppLayout';

/** Shown for the moment it takes to ask main for the session and profiles. */
export function StartingPage() {
  const { status } = useStatus('Opening Casework…');
  return (
    <AppLayout width="narrow">
      <PageHeading documentTitle="Casework" focusOnOpen={false}>
        Casework
      </PageHeading>
      <LiveStatus status={status} tone="busy" />
    </AppLayout>
  );
}

interface StartFailedPageProps {
  message: string;
  onRetry?: () => void;
}

/** The profiles could not be listed, or the app's connection to main is missing. */
export function StartFailedPage({ message, onRetry }: StartFailedPageProps) {
  return (
    <AppLayout width="narrow">
      <ErrorSummary errors={[{ message }]} moveFocus={false} />
      <PageHeading documentTitle="Casework could not start">Casework could not start</PageHeading>
      <p className="body">Your records have not been changed.</p>
      {onRetry ? (
        <div className="button-group">
          <Button onClick={onRetry}>Try again</Button>
        </div>
      ) : (
        <p className="body">If this keeps happening, contact your IT service desk.</p>
      )}
    </AppLayout>
  );
}
