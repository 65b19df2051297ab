/** Evidence files (pure): the accepted types, recognised by their first bytes, and the size limit. */

/** Largest evidence file accepted (10 MB). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export type EvidenceType = 'application/pdf' | 'image/jpeg' | 'image/png';

/**
 * The content type of a PDF, JPEG or PNG by its signature, or null for anything else: the declared
 * type and the file name are not trusted.
 */
export function sniffEvidenceType(data: Buffer): EvidenceType | null {
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}
