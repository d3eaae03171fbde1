/**
 * The NLP stage: Stanford CoreNLP behind {@link org.eventbase.nlp.CoreNlpStage}, built once per JVM, its output
 * copied into Eventbase's own records ({@link org.eventbase.model.NlpAnnotation}) so no other package touches
 * CoreNLP. Example: {@code Pipeline.of(CoreNlpStage.shared(), new EntityStage())}.
 */
package org.eventbase.nlp;
