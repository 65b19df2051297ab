/** The unemployment module's port to the people module. */
/** What the module asks of the people module (a port: it reads no people table itself). */
export interface RegistrantReader {
  summary(personId: string): Promise<{
    id: string;
    name: string;
    province: string;
    codes: ReadonlyArray<string | null>;
    idNumberMasked: string;
    mergedInto: string | null;
  } | null>;
}
