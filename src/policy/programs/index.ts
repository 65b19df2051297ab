/** The registry of programs, in catalogue order. */
import type { Program } from '../criteria.js';
import { entrepreneurshipSubsidy } from './entrepreneurship-subsidy.js';
import { jobSeekingSubsidy } from './job-seeking-subsidy.js';
import { livingAllowance } from './living-allowance.js';
import { onTheJobTraining } from './on-the-job-training.js';
import { temporaryLivingAllowance } from './temporary-living-allowance.js';
import { temporaryRelief } from './temporary-relief.js';
import { trainingSubsidy } from './training-subsidy.js';
import { unemploymentBenefit } from './unemployment-benefit.js';
import { unemploymentSubsidy } from './unemployment-subsidy.js';
import { workForRelief } from './work-for-relief.js';

/** Every program. */
export const PROGRAMS: readonly Program[] = [
  entrepreneurshipSubsidy,
  trainingSubsidy,
  onTheJobTraining,
  unemploymentBenefit,
  unemploymentSubsidy,
  livingAllowance,
  temporaryLivingAllowance,
  temporaryRelief,
  jobSeekingSubsidy,
  workForRelief,
];

const BY_ID = new Map(PROGRAMS.map((p) => [p.id, p]));

/** The program with this id, or undefined. */
export function programById(id: string): Program | undefined {
  return BY_ID.get(id);
}
