import type { DemoFamily } from './types';

/** Looked after: a teenager in a settled foster placement, statutory visits and reviews, hopes for college. */
export const reid: DemoFamily = {
  key: 'reid',
  carers: ['Sue', 'Graham'],
  home: "Sue and Graham's house in Hollins Vale",
  plan: 'looked-after',
  contacts: [
    { name: 'Martin Hughes', role: 'independent reviewing officer', org: 'Brackenmoor Council' },
    { name: 'Laura Bennett', role: 'designated teacher', org: 'Wrenford Academy' },
    { name: 'Denise Okoro', role: 'supervising social worker', org: 'Brackenmoor Fostering Team' },
  ],
  familyTime: { name: 'Tina', relation: 'her mum', place: 'a café in Wrenford' },
  children: [
    {
      firstName: 'Jasmine',
      surname: 'Reid',
      pronoun: 'she',
      ageMonthsAtEnd: 194,
      setting: 'Wrenford Academy',
      likes: ['photography', 'baking', 'her Saturday job'],
      voice: [
        "I like it here. Sue doesn't make a big deal about stuff.",
        "Can we do these meetings somewhere that isn't school? Everyone stares.",
        "I want to see Mum more, but not if she's going to let me down again.",
        'I got a 6 in my English mock!',
        'I want to do catering at college, or photography. Maybe both.',
        "Graham's teaching me to park in the supermarket car park. Just for fun.",
        "I don't want a new social worker. Please don't leave.",
        'Seeing Mum was good this time. We went for a milkshake.',
        "I'm fine. Honestly.",
        "I made a lemon drizzle cake for Sue's birthday.",
        "I'd like my own key to the house.",
      ],
      caseReference: 'DEMO-4152',
    },
  ],
  worries: [
    'Jasmine came home two hours late twice this month and did not answer her phone.',
    'Tina cancelled family time at short notice again, and Jasmine was upset.',
    'Jasmine said she has been falling out with friends online and it is getting her down.',
    "Jasmine's attendance in maths lessons has dropped.",
  ],
  strengths: [
    "Jasmine has a warm, joking relationship with Sue and Graham and calls their house home.",
    "Jasmine's attendance is 96% this term and her teachers say she is working hard.",
    'Jasmine has a Saturday job at the bakery and is saving her money.',
    'Jasmine now texts Sue when she is going to be late, as agreed.',
    'Jasmine and Tina had a good family time and have agreed to meet every month.',
  ],
  analysis: [
    "Jasmine's placement is stable and she is making good progress. She needs adults who stay, and Sue and Graham have shown they will.",
    "Jasmine's relationship with her mum matters a lot to her. When Tina lets her down, it shows in her mood and at school for a week or two.",
    'Jasmine is growing in confidence and is starting to think about her future. Planning for college and for leaving care should start now, at her pace.',
  ],
  actions: [
    'I will arrange the next family time with Tina and confirm it with Jasmine by {when}.',
    'Laura (designated teacher) to set up maths catch-up sessions by {when}.',
    "Sue and Jasmine to agree a new plan for evenings out and write it down by {when}.",
    'I will ask the leaving care team about a personal adviser for Jasmine by {when}.',
    'I will send Martin (IRO) an update before the review.',
  ],
  openMonthsBeforeEnd: 18,
  closeMonthsBeforeEnd: 0,
  closingNote: null,
  noteCount: 26,
  kindWeights: { 'home-visit': 5, 'school-visit': 2, 'phone-call': 3, meeting: 1, 'direct-work': 2, observation: 1, 'office-visit': 1, correspondence: 1 },
};
