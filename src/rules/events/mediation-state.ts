// The mediation facts of a SEN appeal (rules-table §5.1 "State"), read once from the situation.
import { earliest, type PlainDate } from '../../dates/index.js';
import { dateOf } from '../context.js';
import type { Situation } from '../situation-schema.js';

export interface MediationFacts {
  certificate?: PlainDate;
  /** The earliest date that shows the adviser had been contacted (§5.1 first_contact). */
  firstContact?: PlainDate;
  /** The LA told the adviser it could not arrange mediation: a "deemed" certificate follows. */
  deemed: boolean;
  held?: PlainDate;
  declined: boolean;
  toldLaWantsMediation?: PlainDate;
}

export function readMediationFacts(situation: Situation): MediationFacts {
  const contactEvidence = (
    ['contacted_mediation_adviser', 'told_la_wants_mediation', 'la_told_adviser_mediation_not_arranged', 'mediation_held'] as const
  )
    .map((key) => dateOf(situation, key))
    .filter((d): d is PlainDate => d !== undefined);
  const facts: MediationFacts = {
    deemed: dateOf(situation, 'la_told_adviser_mediation_not_arranged') !== undefined,
    declined: situation.mediation_declined === true,
  };
  const certificate = dateOf(situation, 'mediation_certificate_issued');
  const firstContact = earliest(contactEvidence);
  const held = dateOf(situation, 'mediation_held');
  const told = dateOf(situation, 'told_la_wants_mediation');
  if (certificate) facts.certificate = certificate;
  if (firstContact) facts.firstContact = firstContact;
  if (held) facts.held = held;
  if (told) facts.toldLaWantsMediation = told;
  return facts;
}

export interface CertificateTrigger {
  start: PlainDate;
  path: string;
  why: string;
}

/**
 * What obliges the adviser to issue a certificate within 3 working days (§5.1, first match wins):
 * the LA could not arrange mediation; mediation was held; or the parent declined at contact.
 */
export function certificateTrigger(situation: Situation): CertificateTrigger | undefined {
  const notArranged = dateOf(situation, 'la_told_adviser_mediation_not_arranged');
  if (notArranged) {
    return { start: notArranged, path: 'dates.la_told_adviser_mediation_not_arranged', why: 'the local authority told the mediation adviser it could not set up mediation in time' };
  }
  const held = dateOf(situation, 'mediation_held');
  if (held) return { start: held, path: 'dates.mediation_held', why: 'the mediation ended' };
  if (situation.mediation_declined === true) {
    const contacted = dateOf(situation, 'contacted_mediation_adviser');
    if (contacted) return { start: contacted, path: 'dates.contacted_mediation_adviser', why: 'you told the mediation adviser you did not want mediation' };
    const told = dateOf(situation, 'told_la_wants_mediation');
    if (told) return { start: told, path: 'dates.told_la_wants_mediation', why: 'you told the mediation adviser you did not want mediation' };
  }
  return undefined;
}
