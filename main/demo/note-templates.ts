/**
 * Sentence templates for demo notes. {placeholders} are filled by note-writer.ts; a template whose
 * placeholder has no value for this family (no siblings, no family time) is skipped. Written plainly,
 * in the first person, respectfully — the way we want practitioners to write, so the child could read it.
 * Every word of a demo note comes from here or from families/, which the demo test checks.
 */
export type AgeBand = 'baby' | 'toddler' | 'child' | 'teen';

export const WHEN = ['Friday', 'Monday', 'the end of next week', 'the next visit', 'the end of the month'] as const;
export const WHEN_CHILD_PROTECTION = 'the next core group';

export const HOME_VISIT = {
  heading: { announced: 'Home visit (announced).', unannounced: 'Home visit (unannounced).' },
  present: 'Present: {everyone}.',
  announced: [
    'I visited {home} as planned and we sat down together to talk.',
    'I visited {home} after school so I could see {child} and {siblings} together.',
    'Planned visit to {home} to see how things have been since my last visit.',
    'I visited {home}. {carer1} had made me a cup of tea and we talked while {child} and {siblings} played.',
    'I visited {home} in the early evening, as {carer1} had asked, so that everyone would be in.',
  ],
  unannounced: [
    'I called at {home} without an appointment. {carer1} answered the door after a few minutes and was happy for me to come in.',
    'I called at {home} unannounced, as agreed in the plan. {carer1} let me in straight away.',
  ],
  seenAlone: [
    '{child} seen alone.',
    '{child} seen alone for about twenty minutes.',
    '{child} seen alone; we talked about school, home and {like}.',
  ],
  seenNotAlone: ['{child} seen, not alone: {he} wanted {carer1} to stay, and I respected that.'],
  seenYoung: ['{child} seen; too young to be seen alone.', '{child} seen, with {carer1} close by throughout.'],
  bedroom: ['Sleeping area seen.', 'Sleeping area not seen this time (seen at the last visit).'],
} as const;

/** What the practitioner saw of the child, by age, wherever the note is written. */
export const OBSERVED: Record<AgeBand, readonly string[]> = {
  baby: [
    '{child} was awake and alert in {carer1}\'s arms. {He} followed my face and smiled when I spoke to {him}.',
    '{child} was clean and in a clean babygrow. {carer1} gave {him} a bottle while we talked, holding {him} close.',
    '{child} was asleep in {his} cot, on {his} back, with no loose bedding, as the health visitor advised.',
    '{child} was lying on {his} play mat kicking {his} legs and babbling. {carer1} noticed when {he} got grizzly and picked {him} up straight away.',
    '{child} has had {his} latest immunisations and {his} red book is up to date.',
  ],
  toddler: [
    '{child} was playing with {like} on the floor and brought it over to show me. {He} went back to {carer1} for a cuddle when {he} was unsure of me.',
    '{child} was toddling around the room and laughed when {carer1} clapped.',
    '{child} was eating a snack of banana and toast, and was happy and babbling.',
    '{child} was playing with {like} and chatted away, mostly in single words.',
    '{child} was a bit unsettled today with a runny nose; {carer1} had given {him} medicine and was keeping an eye on {him}.',
  ],
  child: [
    '{child} showed me where {he} sleeps and the things {he} keeps by {his} bed.',
    '{child} was doing homework and was proud to show me {his} work.',
    '{child} talked to me about {like} and was chatty and relaxed.',
    '{child} was quiet at first but warmed up when we talked about {like}.',
    '{child} looked clean and well cared for, and was in {his} school uniform.',
  ],
  teen: [
    '{child} came down from {his} room to speak with me and was polite, if a bit tired.',
    '{child} and I talked in {his} room about school, friends and {like}.',
    '{child} was relaxed and joked with me about {like}.',
    '{child} was reluctant to talk at first, so we walked to the shop together instead, which went better.',
  ],
};

export const VOICE_LEADS = ['{child} said: "{quote}"', 'In {his} own words: "{quote}"', '{child} told me: "{quote}"'] as const;

export const SECTION = {
  strength: 'Going well: {strength}',
  worry: 'Worries: {worry}',
  analysis: 'Analysis: {analysis}',
  actions: 'Actions:',
} as const;

export const SCHOOL_VISIT = {
  openings: [
    'Visit to {setting} to see {child}.',
    'I visited {setting} and saw {child} in a quiet room for about half an hour.',
    'Visit to {setting}. I met {contactName} ({contactRole}) first, then saw {child}.',
  ],
  seen: ['{child} seen alone at {setting}.'],
  seenYoung: ['{child} seen at {setting}, with {his} key person nearby.'],
  observed: {
    toddler: [
      'I watched {child} play for half an hour. {He} was playing with {like} alongside other children and went to {his} key person for comfort when {he} bumped {his} knee.',
      '{child} was busy at the water tray and looked over at me now and then, but was happy to carry on playing.',
    ],
    child: [
      '{child} was happy to see me and chose to do some drawing while we talked.',
      '{child} told me about {his} friends and what {he} likes best at school.',
    ],
    teen: [
      '{child} was a bit embarrassed to be taken out of class, so we kept it short and agreed to meet at lunchtime next time.',
      '{child} was relaxed and talked about {his} lessons, {his} friends and {like}.',
    ],
  } satisfies Partial<Record<AgeBand, readonly string[]>>,
  updates: {
    toddler: [
      '{contactName} said {child} comes in most days, settles quickly and is starting to play with other children.',
      '{contactName} said {child} has been more tired than usual this week and they are keeping an eye on {him}.',
    ],
    child: [
      "{contactName} said {child}'s attendance this half term is {attendance}%.",
      '{contactName} said {child} has friends and joins in at playtime.',
      '{contactName} said {child} has been quieter than usual this week and they are keeping an eye on {him}.',
      '{contactName} said {child} is making good progress with reading.',
      '{contactName} said {child} sometimes arrives without a coat or PE kit, and school quietly lend {him} what {he} needs.',
    ],
    teen: [
      "{contactName} said {child}'s attendance this half term is {attendance}%.",
      '{contactName} said {child} is working hard in most lessons and is well liked by staff.',
      '{contactName} said {child} has seemed tired in the mornings and has missed a few homework deadlines.',
    ],
  } satisfies Partial<Record<AgeBand, readonly string[]>>,
} as const;

export const PHONE_CALL = {
  withContact: 'Phone call with {contactName}, {contactRole} ({contactOrg}).',
  withCarer: 'Phone call with {carer1}.',
  contactLines: [
    'I rang to ask how {child} has been since my last visit. {contactName} said things are about the same: no new worries, and {child} seemed well when last seen.',
    '{contactName} rang me with an update: nothing has changed since we last spoke, and there is nothing new to worry about.',
    'I rang to share the plan from the last meeting and to check that everyone knew their actions. {contactName} was clear about theirs.',
    'I rang to share what I saw on my last visit. {contactName} agreed it matched what they have seen.',
    '{contactName} rang to share a worry, which I have added to the plan: {worry}',
  ],
  carerLines: [
    '{carer1} rang to check the time of the next meeting. I confirmed it, and {carer1} said things are OK at home.',
    'I rang {carer1} to move tomorrow\'s visit to next week, as {carer1} has an appointment. We agreed a new date.',
    '{child} was unwell with a temperature. {carer1} rang to let me know and had booked a GP appointment; I thanked {carer1} for telling me.',
    'I rang {carer1} to ask how the week had gone. {carer1} said it had been a hard week but things were manageable, and asked for help with the next steps.',
  ],
} as const;

export const MEETING = {
  names: {
    'child-protection': 'Core group meeting.',
    'child-in-need': 'Child in need meeting.',
    'looked-after': 'Looked-after review.',
  },
  present: 'Present: {everyone}.',
  lines: [
    'We went through the plan point by point.',
    'Everyone shared what is going well and what they are still worried about.',
    '{carer1} said the meeting felt less daunting than the last one.',
  ],
  childViews: "{child}'s views: I shared what {child} told me: \"{quote}\"",
  childViewsYoung: "{child}'s views: {child} is too young to tell us in words; I described what I have seen on my visits.",
  decisions: {
    'child-protection': [
      'Decision: the plan continues. The next core group is in six weeks.',
      'Decision: the group agreed things are moving in the right direction and will keep the plan as it is until the review conference.',
    ],
    'child-in-need': ['Decision: the plan continues, with a review in three months.', 'Decision: the plan continues; support from the family hub to be added.'],
    'looked-after': ["Decision: {child}'s placement continues to meet {his} needs; the care plan was agreed."],
  },
} as const;

export const DIRECT_WORK = {
  heading: 'Direct work with {child} (seen alone).',
  child: [
    'We used the three houses: the house of good things, the house of worries and the house of dreams. {child} filled the house of good things with pictures of {like}.',
    'We did some drawing together while we talked, as {child} finds that easier than sitting and talking.',
  ],
  teen: [
    'We went for a hot chocolate, as {child} finds it easier to talk side by side than across a table.',
    'We talked about what {child} wants for the next year: school, friends and {like}.',
  ],
  scale: 'I asked {child} where things are on a scale of 0 to 10, where 10 means everything is good at home. {child} said {scale}.',
  reflection: [
    '{child} was open with me today and seemed to enjoy the time. I will share {his} views, with {his} agreement, at the next meeting.',
    '{child} was tired today, so we kept it short. I will come back to this next time.',
  ],
} as const;

export const OBSERVATION = {
  heading: 'Observation of family time between {child} and {ftName}, {ftRelation}, at {ftPlace}.',
  young: [
    '{child} went straight to {ftName} for a hug when {he} arrived.',
    'They played with {like} together and {ftName} followed {child}\'s lead.',
    '{ftName} brought a snack and a small present, and spoke warmly to {child} throughout.',
    '{child} was a little shy at first and stayed close to the supervisor for a few minutes before joining in.',
  ],
  teen: [
    'They talked about school and {like}; the conversation was relaxed and they laughed together.',
    '{ftName} arrived on time and had brought photos from when {child} was little, which they looked at together.',
  ],
  ending: [
    'The ending was managed well: {ftName} told {child} when there were five minutes left, and they said goodbye calmly.',
    '{child} was sad when it was time to go, and {ftName} reassured {him} about the next date.',
  ],
} as const;

export const OFFICE_VISIT = [
  'Office visit. {child} came to the office after school to talk about {his} plans.',
  'Office visit. {child} dropped in to ask about arrangements for seeing {ftName}.',
] as const;

export const CORRESPONDENCE = {
  any: [
    'Letter sent to {carers} with the notes of the last meeting and the date of the next one.',
    'Email to {contactName} ({contactRole}) with an update from my last visit and the date of the next meeting.',
    'Email from {contactName} ({contactRole}): no new worries; {child} is doing well.',
  ],
  /** Only for a child old enough to read a letter (with help). */
  toChild: ['Letter to {child}, in plain words, explaining what was decided at the meeting and who to call if {he} wants to talk.'],
} as const;

export const GENERIC_ACTIONS = [
  'I will book the next visit with {carer1}.',
  'I will discuss the plan with my manager in supervision.',
  'I will update {contactName} by {when}.',
] as const;
