import { troubleshooting } from '../../../../shared/rules/troubleshooting';

/** A route warning links here with `?scenario=`: open the first problem that uses that scenario. */
export function rowForScenario(scenarioId: string | null): string | null {
  if (!scenarioId) return null;
  return troubleshooting.find((row) => row.contactScenarioId === scenarioId)?.id ?? null;
}
