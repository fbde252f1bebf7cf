import { useContactTypes } from './ContactTypesProvider';

/** A note's contact type by its name in the team's list ("Home visit" for home-visit). */
export function ContactTypeName({ id }: { id: string }) {
  return <>{useContactTypes().labelOf(id)}</>;
}
