/** Sizes of the demo municipality, after three real Swedish municipalities and the largest one. */
export const PRESETS = {
  /** ≈ Oxelösund */
  small: { employees: 1_100, units: 64, councilMembers: 31, boardMembers: 9 },
  /** ≈ Ale */
  medium: { employees: 3_000, units: 170, councilMembers: 41, boardMembers: 11 },
  /** ≈ Göteborg or Stockholm */
  large: { employees: 50_500, units: 3_100, councilMembers: 101, boardMembers: 13 },
} as const;

/** The second, smaller municipality the end-to-end tests seed beside Sjövik to prove the two never mix. */
export const SECOND_MUNICIPALITY_PRESET: Preset = { employees: 160, units: 12, councilMembers: 21, boardMembers: 7 };

export type PresetName = keyof typeof PRESETS;
export interface Preset {
  employees: number;
  units: number;
  councilMembers: number;
  boardMembers: number;
}

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}
