import { Button } from './Button';
import { ErrorSummary } from './ErrorSummary';

/** Something could not be loaded: the reason, and a way to try again (nothing else on the page is lost). */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <>
      <ErrorSummary errors={[{ message }]} moveFocus={false} />
      <Button variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </>
  );
}
