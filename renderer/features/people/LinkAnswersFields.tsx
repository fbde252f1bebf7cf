import type { Ref } from 'react';
import type { LinkAnswers } from './person-form';
import { RelationshipSelect } from './RelationshipSelect';
import { YesNoUnknownField } from './YesNoUnknownField';

interface LinkAnswersFieldsProps {
  idPrefix: string;
  childName: string;
  answers: LinkAnswers;
  onChange: (answers: LinkAnswers) => void;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}

export const relationshipFieldId = (idPrefix: string) => `${idPrefix}-relationship`;

/**
 * How a person stands to one child: the relationship, and (for anyone but a professional) parental
 * responsibility and whether they live with the child.
 */
export function LinkAnswersFields({ idPrefix, childName, answers, onChange, error, selectRef }: LinkAnswersFieldsProps) {
  return (
    <>
      <RelationshipSelect
        id={relationshipFieldId(idPrefix)}
        label={`Relationship to ${childName}`}
        value={answers.relationship}
        onChange={(relationship) => onChange({ ...answers, relationship })}
        error={error}
        selectRef={selectRef}
      />
      {answers.relationship === 'professional' ? null : (
        <>
          <YesNoUnknownField
            id={`${idPrefix}-pr`}
            legend={`Parental responsibility for ${childName}`}
            value={answers.parentalResponsibility}
            onChange={(parentalResponsibility) => onChange({ ...answers, parentalResponsibility })}
          />
          <YesNoUnknownField
            id={`${idPrefix}-lives`}
            legend={`Lives with ${childName}`}
            value={answers.livesWithChild}
            onChange={(livesWithChild) => onChange({ ...answers, livesWithChild })}
          />
        </>
      )}
    </>
  );
}
