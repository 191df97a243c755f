import { rulesMeta } from '../../shared/rules/meta';
import type { Handler } from './handler-types';

export function appHandlers(deps: { appVersion: string }): { appInfo: Handler<'appInfo'> } {
  return {
    appInfo: async () => ({
      appVersion: deps.appVersion,
      rulesVersion: rulesMeta.rulesVersion,
      rulesCheckedOn: rulesMeta.rulesCheckedOn,
    }),
  };
}
