import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';

type PeopleChannels =
  | 'getFamily'
  | 'addSibling'
  | 'leaveFamilyGroup'
  | 'listPeople'
  | 'createPerson'
  | 'updatePerson'
  | 'setRelationship'
  | 'removeRelationship';

export function peopleHandlers(ctx: CoreContext): Pick<Handlers, PeopleChannels> {
  const repos = () => ctx.session.repositories();
  return {
    getFamily: ({ caseId }) => repos().family.get(caseId),
    addSibling: ({ caseId, siblingCaseId }) => repos().family.addSibling(caseId, siblingCaseId),
    leaveFamilyGroup: ({ caseId }) => {
      repos().family.leave(caseId);
      return null;
    },
    listPeople: () => repos().people.list(),
    createPerson: ({ links, ...details }) => repos().people.create(details, links, ctx.session.now()),
    updatePerson: ({ personId, ...details }) => repos().people.update(personId, details, ctx.session.now()),
    setRelationship: ({ personId, ...link }) => repos().people.setRelationship(personId, link, ctx.session.now()),
    removeRelationship: ({ personId, caseId }) => repos().people.removeRelationship(personId, caseId),
  };
}
