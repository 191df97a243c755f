import { z } from 'zod';

const STORAGE_KEY = 'aima-prep.agency';

/**
 * The agency view's choices, remembered in the app's own storage: an agency
 * opens one client in the guide, then comes back to the same clients and
 * output folders without choosing them again. Folder paths only; a passwords
 * file is named, never read here, and no password is ever stored.
 */
export const agencySettingsSchema = z.object({
  clientsFolder: z.string().min(1).nullable().default(null),
  outFolder: z.string().min(1).nullable().default(null),
  force: z.boolean().default(false),
  passwordsFile: z.string().min(1).nullable().default(null),
});
export type AgencySettings = z.infer<typeof agencySettingsSchema>;
/** The settings that are options of a batch run (`--force`, `--passwords`). */
export type BatchOptionValues = Pick<AgencySettings, 'force' | 'passwordsFile'>;

export function loadAgencySettings(): AgencySettings {
  try {
    const parsed = agencySettingsSchema.safeParse(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}'));
    return parsed.success ? parsed.data : agencySettingsSchema.parse({});
  } catch {
    return agencySettingsSchema.parse({});
  }
}

export function saveAgencySettings(settings: AgencySettings): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
}
