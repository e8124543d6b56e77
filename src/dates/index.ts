export * from './plain-date.js';
export * from './arithmetic.js';
export * from './bank-holidays.js';
export * from './working-days.js';
export * from './school-days.js';
export * from './tribunal-rule-12.js';
export * from './clock.js';
