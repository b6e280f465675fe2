/**
 * Reading events out of sentences: triggers and the ACLED taxonomy, modality (negation, future,
 * purpose, opinion), casualties and the roles of actors. Each algorithm is a pure class over
 * tokens; the pipeline stages that call them live in {@link org.hadath.pipeline}.
 */
package org.hadath.extract;
