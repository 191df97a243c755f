import type { Locale } from '../i18n';
import { checklistFor } from '../rules/checklist';
import { ducWindow } from '../rules/duc';
import { decideRoute } from '../rules/route';
import type { IsoDate } from '../rules/situation';
import type { ClientFile } from './client-file';
import type { ClientAdvice, ClientAdvisor } from './row';
import { translate } from '../i18n/translate';

/**
 * The rules' view of one client for the summary: which portal (route), the
 * DUC payment window when client.json records a DUC, the documents the
 * checklist requires for the permit kind, and the step to take once the
 * documents are ready. `today` is injected (the rules never read the clock).
 */
export function rulesAdvisor(today: IsoDate): ClientAdvisor {
  return (clientFile: ClientFile, locale: Locale): ClientAdvice => {
    const decision = decideRoute(clientFile.situation, today);
    const route = decision.portal?.name ?? translate(locale, `batch.routes.${decision.routeId}`);
    let duc: ClientAdvice['duc'] = null;
    if (clientFile.duc && decision.ducRoute) {
      const window = ducWindow({ route: decision.ducRoute, generatedAt: clientFile.duc.generatedAt });
      duc = {
        payableFrom: `${window.tryToPayFrom.lisbon.date} ${window.tryToPayFrom.lisbon.time}`,
        lastDayToPay: `${window.deadline.lisbon.date} ${window.deadline.lisbon.time}`,
      };
    }
    // An urgent warning of the rules (backlog, portal month not open…) says more than "upload".
    const warning =
      decision.warnings.find((w) => w.severity === 'urgent') ?? decision.warnings.find((w) => w.id === 'portal-month-not-open');
    const nextStepWhenReady = warning
      ? warning.text[locale]
      : decision.portal
        ? translate(locale, 'batch.next.uploadOn', { portal: decision.portal.name, url: decision.portal.url })
        : null;
    // With a permit kind the rules' checklist says which documents this client needs (required ones only).
    const permitKind = clientFile.situation.permitKind;
    const expectedCategories = permitKind
      ? checklistFor({ ...clientFile.situation, permitKind }, today)
          .items.filter((item) => item.status === 'required')
          .map((item) => item.category.id)
      : null;
    return { route, nextStepWhenReady, duc, expectedCategories };
  };
}
