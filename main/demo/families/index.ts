/** The demo's invented families, in the order their cases are listed in a trainer's notes. */
import { adebayo } from './adebayo';
import { hartley } from './hartley';
import { hussain } from './hussain';
import { nowak } from './nowak';
import { reid } from './reid';
import type { DemoFamily } from './types';

export type { DemoChild, DemoContact, DemoFamily, NoteKind, PlanKind } from './types';

export const DEMO_FAMILIES: readonly DemoFamily[] = [hartley, adebayo, nowak, reid, hussain];

/** The invented practitioner whose profile this is; the display name says plainly that it is training data. */
export const DEMO_PRACTITIONER = { firstName: 'Alex', surname: 'Morgan' } as const;
export const DEMO_DISPLAY_NAME = `Demo – ${DEMO_PRACTITIONER.firstName} ${DEMO_PRACTITIONER.surname} (training)`;
