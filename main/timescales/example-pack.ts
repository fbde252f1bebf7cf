/**
 * The example rule pack shipped with the app. Its values are examples from published council
 * procedures and statutory guidance (../shared/DOMAIN.md, "Statutory and common timescales"), not law
 * and not advice for any area: the file says so, the Settings page says so, and a team changes it.
 * Kept as text (not an object) because the text *is* the product here: it is what a team reads,
 * copies, edits and imports, comments included.
 */
export const EXAMPLE_PACK_FILE_NAME = 'england-example-defaults.yaml';

export const EXAMPLE_PACK_TEXT = `# England — example defaults
#
# EXAMPLE VALUES ONLY. They come from published procedures of real councils and from statutory
# guidance, to show what a rule pack can say. They are not the law and not advice for your area.
# Your team owns this file: change the numbers to your local procedures, raise "revision", and
# import it again (Settings → Timescales). Reminders are advice: they never block anything.

format: casework-rule-pack
formatVersion: 1
name: England — example defaults
revision: 1
description: >-
  Example timescales for children's social care in England. Child protection visit frequency is a
  local choice; looked-after visits follow the Care Planning Regulations 2010; conferences follow
  Working Together. Check every value against your own procedures.

statuses:
  - id: child-in-need
    label: Child in need
  - id: child-protection-plan
    label: Child protection plan
  - id: looked-after
    label: Looked after (one entry per placement)
    permanence: true

# Events are recognised from notes by their contact type. Importing the pack adds any contact type
# your team's list does not have yet (Settings → Contact types).
events:
  - id: strategy-discussion
    label: Strategy discussion
    contactTypes: [strategy-discussion]
  - id: initial-conference
    label: Initial child protection conference
    contactTypes: [initial-conference]
  - id: core-group
    label: Core group meeting
    contactTypes: [core-group]
  - id: review-conference
    label: Review child protection conference
    contactTypes: [review-conference]

rules:
  - id: cp-visit
    label: Child protection visit
    type: visits
    status: child-protection-plan
    every: { workingDays: 10 }
    seenAlone: expected
    source: Local choice. Examples - every 10 working days (Liverpool, Central Bedfordshire, Camden), 2 weeks (Walsall), 4 weeks (Bolton, Newcastle, Southwark)

  - id: lac-visit
    label: Looked-after child visit
    type: visits
    status: looked-after
    first: { weeks: 1 }
    every: { weeks: 6 }
    afterFirstYear:
      permanent: { months: 3 }
      otherwise: { weeks: 6 }
    seenAlone: expected
    source: Care Planning, Placement and Case Review (England) Regulations 2010, reg. 28 (visits) and reg. 29 (seeing the child alone)

  - id: initial-conference
    label: Initial child protection conference
    type: follow-up
    after: strategy-discussion
    within: { workingDays: 15 }
    metBy: initial-conference
    source: Working Together to Safeguard Children

  - id: first-core-group
    label: First core group meeting
    type: follow-up
    after: initial-conference
    within: { workingDays: 10 }
    metBy: core-group
    status: child-protection-plan
    source: Working Together to Safeguard Children

  - id: first-review
    label: First review conference
    type: follow-up
    after: initial-conference
    within: { months: 3 }
    metBy: review-conference
    status: child-protection-plan
    source: Working Together to Safeguard Children

  - id: later-reviews
    label: Review conference
    type: follow-up
    after: review-conference
    within: { months: 6 }
    metBy: review-conference
    status: child-protection-plan
    source: Working Together to Safeguard Children

  - id: report-before-initial
    label: Report shared with parents before the initial conference
    type: report-before
    event: initial-conference
    before: { workingDays: 3 }
    metBy: family-export
    source: Local practice (typical)

  - id: report-before-review
    label: Report shared with parents before the review conference
    type: report-before
    event: review-conference
    before: { workingDays: 5 }
    metBy: family-export
    source: Local practice (typical)

  - id: record-critical
    label: Critical events written up
    type: recording
    applies: significant
    within: { hours: 24 }
    source: Local recording standard (typical)

  - id: record-visits
    label: Visit notes written up
    type: recording
    applies: visits
    within: { workingDays: 2 }
    source: Local recording standard (typical)

  - id: record-other
    label: Notes written up
    type: recording
    applies: all
    within: { workingDays: 5 }
    source: Local recording standard (typical)
`;
