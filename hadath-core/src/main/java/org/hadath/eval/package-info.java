/**
 * Scoring extraction against gold data: gold-dev reports ({@link GoldReader}), ACLED rows ({@link
 * AcledReader}) and hand-coded sentences ({@link SentenceReader}). Every class here is pure: the
 * caller runs the pipeline and hands in the predicted events, so the command line, Spark and the
 * server score the same way.
 */
package org.hadath.eval;
