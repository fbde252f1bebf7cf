import type { DemoFamily } from './types';

/** Child protection plan (emotional harm): a toddler, her mother's safety, and supervised time with her father. */
export const nowak: DemoFamily = {
  key: 'nowak',
  carers: ['Agnieszka'],
  carerRoles: ['mother'],
  home: 'the flat on Orchard Lane',
  plan: 'child-protection',
  contacts: [
    { name: 'Beth Walsh', role: 'nursery key person', org: 'Little Acorns Nursery' },
    { name: 'Nina Clarke', role: 'domestic abuse support worker', org: "Brackenmoor Women's Centre" },
    { name: 'Tom Fletcher', role: 'family time supervisor', org: 'Wrenford Family Centre' },
    { name: 'Amy Carter', role: 'health visitor', org: 'Wrenford Health Centre' },
  ],
  familyTime: { name: 'Marek', relation: 'her dad', place: 'Wrenford Family Centre' },
  children: [
    {
      firstName: 'Oliwia',
      surname: 'Nowak',
      pronoun: 'she',
      ageMonthsAtEnd: 38,
      setting: 'Little Acorns Nursery',
      likes: ['bubbles', 'her toy rabbit', 'her toy bricks'],
      voice: [
        'Rabbit is sleeping. Shh.',
        'Mama, look! Bubbles!',
        'I go nursery. I play in the sand.',
        'Tata gave me a sticker.',
        "I'm a big girl now.",
        'No shouting. Quiet voices.',
        'Babcia made pancakes!',
      ],
      caseReference: 'DEMO-3310',
    },
  ],
  worries: [
    'Agnieszka told me Marek sent her several angry messages this week about arrangements for seeing Oliwia.',
    'Nursery noticed Oliwia becomes upset and hides under the table when voices are raised.',
    'Agnieszka said she still feels anxious when she goes out alone and has not been sleeping well.',
    'Marek missed a session of the behaviour change programme this month.',
    'Oliwia has woken several times in the night this week and has been very clingy.',
  ],
  strengths: [
    'Agnieszka has kept to the safety plan and the new locks have been fitted.',
    "Agnieszka goes to the women's support group every Thursday and says it helps her feel stronger.",
    'Oliwia is settled at nursery and her key person says she is making friends.',
    'Marek has attended every session of the behaviour change programme so far.',
    'Family time between Oliwia and Marek at the family centre has been warm and well managed.',
    "Babcia Halina, Agnieszka's mother, stays at weekends and is a calm presence for Oliwia.",
  ],
  analysis: [
    'Oliwia is safer now that Agnieszka has a safety plan and support of her own. The worry is what happens if arrangements with Marek break down.',
    'Oliwia is young and picks up on the feelings of the adults around her. Her sleep and her reactions to raised voices tell us she still needs calm and routine.',
    'Agnieszka is a caring, protective mother. She is doing the things the plan asks, and Oliwia is doing well at nursery.',
  ],
  actions: [
    'Agnieszka to keep a note of any messages from Marek and share them with Nina by {when}.',
    'I will speak to Marek about the missed session and what support he needs, by {when}.',
    'Beth (nursery) to share a short update on Oliwia before the next core group.',
    'Amy (health visitor) to offer a sleep support visit by {when}.',
    'I will confirm the family time dates for next month with Tom by {when}.',
  ],
  openMonthsBeforeEnd: 18,
  closeMonthsBeforeEnd: 0,
  closingNote: null,
  noteCount: 40,
  kindWeights: { 'home-visit': 7, 'school-visit': 2, 'phone-call': 4, meeting: 2, observation: 3, correspondence: 1 },
};
