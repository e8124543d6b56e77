// A local SENDIAS service's contact details: one validated YAML file per service, chosen at start-up.
// Templates render these around the factsheets, so no phone number is ever written into Markdown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describeProblems } from '../zod-problems.js';

const phone = z
  .string()
  .regex(/^0[0-9 ]+$/, 'must be a UK phone number written with digits and spaces, such as "01908 254518"')
  .refine((value) => value.replace(/ /g, '').length === 11, 'must have 11 digits, such as "01908 254518"');
const url = z.url({ protocol: /^https$/, error: 'must be an https:// address' });
const email = z.email({ error: 'must be an email address' });
const text = z.string().trim().min(1, 'must not be empty');

const phoneLineSchema = z.object({ phone, hours: text.optional() }).strict();

const contactSchema = z
  .object({
    name: text,
    phone: phone.optional(),
    email: email.optional(),
    url: url.optional(),
    hours: text.optional(),
    /** Who the line is for, completing "for ...", e.g. "families whose child has an EHC plan". */
    for: text.optional(),
  })
  .strict()
  .refine((c) => c.phone || c.email || c.url, 'needs at least one of phone, email or url');

export const serviceProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
    name: text,
    short_name: text,
    /** The place, completing "families in ...". */
    area: text,
    local_authority: text,
    helpline: phoneLineSchema,
    office_phone: phoneLineSchema.optional(),
    email: email.optional(),
    opening_hours: text.optional(),
    website: url.optional(),
    referral_form_url: url.optional(),
    social: z.array(z.object({ network: text, account: text.optional(), url: url.optional() }).strict()).default([]),
    local_offer: z.object({ name: text, url: url.optional(), who_to_contact_url: url.optional() }).strict(),
    la_sen_team: contactSchema,
    la_complaints: z.object({ name: text, url: url.optional() }).strict().optional(),
    send_support_duty_line: contactSchema.optional(),
    /** The independent disagreement resolution and mediation service the LA commissions. */
    mediation_provider: z
      .object({ name: text, phone: phone.optional(), email: email.optional(), url: url.optional(), provides: text })
      .strict(),
    office_address: z.array(text).min(1).optional(),
    /** How many days the site's request logs are kept before deletion; the privacy page states it. */
    log_retention_days: z.number().int('must be a whole number of days').min(1).max(366),
  })
  .strict();

export type ServiceProfile = z.infer<typeof serviceProfileSchema>;

export function serviceProfileFile(contentDir: string, id: string): string {
  return join(contentDir, 'services', `${id}.yml`);
}

/** Reads and validates content/services/<id>.yml; a bad file stops start-up naming the file and field. */
export function loadServiceProfile(contentDir: string, id: string): ServiceProfile {
  const file = serviceProfileFile(contentDir, id);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Service profile ${file} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  const parsed = serviceProfileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Service profile ${file} is not valid: ${describeProblems(parsed.error)}`);
  }
  if (parsed.data.id !== id) throw new Error(`Service profile ${file}: field "id" must be "${id}", the file's name`);
  return parsed.data;
}
