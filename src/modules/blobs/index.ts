/** The blobs module's face: the encrypted file store behind one interface (local folder here). */
export { createLocalBlobStore, isBlobHash, type BlobRef, type BlobStore } from './blob-store.js';
