/** Kolada's genders: T total, K women (kvinnor), M men (män). */
export const KOLADA_GENDERS = ['T', 'K', 'M'] as const;
export type KoladaGender = (typeof KOLADA_GENDERS)[number];
