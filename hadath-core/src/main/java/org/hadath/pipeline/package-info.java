/**
 * The pipeline: stages that each read some annotations of a document and add others, assembled in
 * one place ({@link org.hadath.pipeline.Pipelines}) in an explicit order that is checked when the
 * pipeline is built.
 */
package org.hadath.pipeline;
