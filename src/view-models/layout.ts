// Values every page's layout needs from the service profile, shaped once at start-up.
import type { ServiceProfile } from '../services/service-profile.js';

export interface LayoutContext {
  service: ServiceProfile;
  cssPath: string;
  jsPath: string;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`;
}
