/** How the Due view says dates and rules: "Tue 14 Jan 2027", "Every 10 working days while on …". */
import type { Rule, RulePackFile } from './rule-pack-schema';
import { durationWords } from './durations';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2027-01-14" as "Thu 14 Jan 2027". Spelled out here: Intl's en-GB short month changes with ICU ("Sept"). */
export function dayWords(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function ruleText(rule: Rule, pack: RulePackFile): string {
  const status = (id: string | undefined) => `“${pack.statuses.find((s) => s.id === id)?.label ?? id ?? ''}”`;
  const event = (id: string) => (id === 'family-export' ? 'a pack exported for the family' : (pack.events.find((e) => e.id === id)?.label ?? id));
  let text: string;
  switch (rule.type) {
    case 'visits': {
      const first = rule.first ? `First within ${durationWords(rule.first)} of the start, then every` : 'Every';
      const later = rule.afterFirstYear
        ? `; after the first year every ${durationWords(rule.afterFirstYear.permanent)} if the placement is permanent, otherwise every ${durationWords(rule.afterFirstYear.otherwise)}`
        : '';
      const alone = rule.seenAlone === 'expected' ? ', seeing the child alone' : '';
      text = `${first} ${durationWords(rule.every)} during ${status(rule.status)}${later}${alone}`;
      break;
    }
    case 'follow-up':
      text = `${event(rule.metBy)} within ${durationWords(rule.within)} of the ${event(rule.after).toLowerCase()}${rule.status ? ` (during ${status(rule.status)})` : ''}`;
      break;
    case 'report-before':
      text = `${event(rule.metBy)} at least ${durationWords(rule.before)} before the ${event(rule.event).toLowerCase()}`;
      break;
    case 'recording': {
      const which = { significant: 'Significant events', visits: 'Visit notes', all: 'Notes' }[rule.applies];
      text = `${which} written within ${durationWords(rule.within)} of the contact`;
      break;
    }
  }
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return rule.source ? `${text}. Source: ${rule.source}` : text;
}
