package org.eventbase.eval.event;

/**
 * The scores of one {@code eval event-types} run. Example: {@code report.subTypes().macroF1()}.
 *
 * @param snippets       every snippet of the file
 * @param distractors    snippets whose gold label is not one of ACLED's 25 (DIPLO, ORG_CRIME, …): not scored below
 * @param distractorsAsOther how many distractors got {@link CaseLabels#NO_EVENT}
 * @param refused        snippets the pipeline refused (scored as {@link CaseLabels#NO_EVENT})
 * @param eventsLayer    false when the pipeline has no events stage (every snippet is then OTHER)
 * @param subTypes       accuracy and F1 over the 25 sub-event types, on the ACLED-labelled snippets
 * @param eventTypes     the same over ACLED's 6 event types through the label map
 */
public record EventTypeReport(int snippets, int distractors, int distractorsAsOther, int refused, boolean eventsLayer,
        LabelScores subTypes, LabelScores eventTypes) {}
