/**
 * Near-duplicate detection: the same story syndicated by many sites. {@link Shingles} turns a text
 * into hashed word shingles, {@link MinHash} into a fixed-size signature, and {@link
 * NearDuplicates} finds, in a stream of documents, the earlier one a document copies, with an index
 * of bounded size.
 */
package org.hadath.ingest.dedup;
