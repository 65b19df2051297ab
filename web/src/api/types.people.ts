/** Types of the people routes (src/http/schemas/people.ts), named over the generated ones. */
import type { BodyOf, ResponseOf, Schemas } from './schema';

export const educations = ['none', 'primary', 'junior', 'senior', 'vocational', 'college', 'bachelor', 'postgraduate'] as const;
export type Education = (typeof educations)[number];
export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];
export const insuranceKinds = ['unemployment', 'pension', 'injury', 'medical'] as const;
export const localityFields = ['hukouCode', 'residenceCode', 'employmentCode', 'insuredCode'] as const;
export type LocalityField = (typeof localityFields)[number];
export type RevealableField = 'idNumber' | 'phone' | 'bankAccount';

/** src/http/schemas/people.ts `Person` (personal numbers masked unless `masked` is false). */
export type Person = Schemas['Person'];

/** `PersonCreateBody` (with `version`: `PersonUpdateBody`). */
export type PersonInput = BodyOf<'/people', 'post'>;

/** `PersonPage`: a page of people; `totalCapped` when the total is a lower bound. */
export type PersonPage = ResponseOf<'/people', 'get'>;

/** `Histories` of GET /people/:id/records. */
export type PersonRecords = ResponseOf<'/people/{id}/records', 'get'>;
