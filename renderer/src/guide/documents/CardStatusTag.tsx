import { useTranslation } from 'react-i18next';
import { cardStatusOf } from '../../../../shared/case/card-status';
import type { CategoryState } from '../../../../shared/case/assessment';
import { Tag } from '../../components/Tag';

/** The status word in a document card's header: one word per state, the same the rest of the guide says. */
export function CardStatusTag({
  state,
  requirement,
  blocked,
  warned = false,
  checking = false,
}: {
  state: CategoryState;
  requirement: 'required' | 'recommended' | 'conditional';
  blocked: boolean;
  /** Reading found a warning about one of its files: "Ready, with warnings", as the result and the summaries say. */
  warned?: boolean;
  /** One of its files is still being read: not "Ready" before what it says is known. */
  checking?: boolean;
}) {
  const { t } = useTranslation();
  const status = cardStatusOf(state, requirement, blocked, warned, checking);
  return (
    <span data-testid="card-status">
      <Tag tone={status.tone}>{t(`documents.requirement.${status.key}`)}</Tag>
    </span>
  );
}
