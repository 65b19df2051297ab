/** TypeBox schemas of worker binding requests (src/modules/accounts/binding.ts, decision 105). */
import { Type } from 'typebox';

const Nullable = <T extends import('typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const BindingStatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('confirmed'),
  Type.Literal('rejected'),
  Type.Literal('withdrawn'),
]);

const requestFields = {
  id: Type.String(),
  status: BindingStatusSchema,
  submittedAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  reason: Nullable(Type.String({ description: "The officer's reason for a rejection, shown to the worker" })),
};

/** A request as its worker sees it: its state, nothing of the record. */
export const BindingRequestSchema = Type.Object(requestFields);

export const BindingStateSchema = Type.Object({ bound: Type.Boolean(), request: Nullable(BindingRequestSchema) });

export const BindingReceivedSchema = Type.Object({
  received: Type.Literal(true, { description: 'Always true: the answer does not say whether a record matched' }),
  request: BindingRequestSchema,
});

export const BindBody = Type.Object({
  idNumber: Type.String({ minLength: 15, maxLength: 18 }),
  name: Type.String({ minLength: 1, maxLength: 50 }),
  note: Type.Optional(
    Nullable(Type.String({ maxLength: 500, description: 'Anything the officer should know (e.g. a changed phone number)' })),
  ),
});

/** A request in an officer's queue: what was submitted (masked) and the matched record (masked). */
export const BindingRequestStaffSchema = Type.Object({
  ...requestFields,
  userId: Type.String(),
  submittedName: Type.String(),
  submittedIdMasked: Nullable(Type.String()),
  note: Nullable(Type.String()),
  phoneMasked: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  person: Nullable(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      idNumberMasked: Type.String(),
      hukouCode: Type.String(),
      mergedInto: Nullable(Type.String()),
    }),
  ),
});

export const RejectBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) });
export const UnbindBody = Type.Object({
  personId: Type.String({ minLength: 1, maxLength: 64 }),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
});
export const UnbindResult = Type.Object({ personId: Type.String(), userId: Type.String() });
