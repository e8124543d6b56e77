// Factsheets and pages name the local service as parents know it ("In Kent, your SENDIAS service
// is IASK"). The Markdown says {{service}}; the loader puts in the value from the service profile
// before rendering. Only names go in this way: phone numbers and addresses stay in the contact box.
import type { ServiceProfile } from '../services/service-profile.js';

/** The placeholders an author may use, and the profile value each stands for. */
export const PROFILE_PLACEHOLDERS = {
  service: (p: ServiceProfile) => p.short_name,
  service_full_name: (p: ServiceProfile) => p.name,
  area: (p: ServiceProfile) => p.area,
  local_authority: (p: ServiceProfile) => p.local_authority,
  mediation_provider: (p: ServiceProfile) => p.mediation_provider.name,
  log_retention_days: (p: ServiceProfile) => String(p.log_retention_days),
} as const satisfies Record<string, (p: ServiceProfile) => string>;

type ProfilePlaceholder = keyof typeof PROFILE_PLACEHOLDERS;

// A profile value is text, never Markdown: a "*" or "[" in a name must not start formatting.
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]{}()<>#|!~]/g, (c) => `\\${c}`);

export interface FilledText {
  text: string;
  /** Unknown placeholders, worded for an author. */
  problems: string[];
}

export function insertProfileValues(markdown: string, profile: ServiceProfile): FilledText {
  const problems: string[] = [];
  const text = markdown.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(PROFILE_PLACEHOLDERS, name)) {
      problems.push(`placeholder "${whole}": use one of ${Object.keys(PROFILE_PLACEHOLDERS).map((k) => `{{${k}}}`).join(', ')}`);
      return whole;
    }
    return escapeMarkdown(PROFILE_PLACEHOLDERS[name as ProfilePlaceholder](profile));
  });
  if (/\{\{|\}\}/.test(text.replace(/\{\{\s*[a-z_]+\s*\}\}/g, ''))) problems.push('a "{{" or "}}" that is not a placeholder such as {{service}}');
  return { text, problems };
}
