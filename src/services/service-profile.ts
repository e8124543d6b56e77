// A local SENDIAS service's contact details: one validated YAML file per service, chosen at start-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const phone = z.string().regex(/^[0-9 ]{10,14}$/, 'must be a UK phone number such as 01908 254518');
const url = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

const contactSchema = z
  .object({
    name: z.string().min(1),
    phone: phone.optional(),
    url: url.optional(),
    hours: z.string().optional(),
    for: z.string().optional(),
  })
  .strict();

export const serviceProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    short_name: z.string().min(1),
    area: z.string().min(1),
    helpline: z.object({ phone, hours: z.string().min(1) }).strict(),
    office_phone: phone.optional(),
    email: z.email().nullable(),
    website: url.nullable(),
    referral_form: url.nullable(),
    social: z.array(z.object({ name: z.string().min(1), url: url.nullable() }).strict()),
    local_offer_url: url,
    la_sen_team: contactSchema,
    send_support_duty_line: contactSchema.nullable(),
    mediation_provider: contactSchema.extend({ provides: z.string().min(1) }).strict(),
    office_address: z.array(z.string().min(1)).nullable(),
  })
  .strict();

export type ServiceProfile = z.infer<typeof serviceProfileSchema>;

/** Reads and validates content/services/<id>.yml; a bad file stops start-up naming the file and field. */
export function loadServiceProfile(contentDir: string, id: string): ServiceProfile {
  const file = join(contentDir, 'services', `${id}.yml`);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Service profile ${file} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  const parsed = serviceProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new Error(`Service profile ${file} is not valid: ${problems}`);
  }
  if (parsed.data.id !== id) throw new Error(`Service profile ${file}: id must be "${id}"`);
  return parsed.data;
}
