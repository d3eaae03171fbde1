package org.eventbase.eval.event;

/**
 * One line of a CASE 2021 task 2 file: a short event report and its gold sub-type code.
 * Example: {@code new CaseSnippet("7", "Police fired tear gas at marchers in Quito.", "FORCE_AGAINST_PROTEST")}.
 *
 * @param id    the snippet's id
 * @param text  the snippet
 * @param label the gold code (one of {@link CaseLabels#ACLED_CODES} or a distractor such as {@code DIPLO})
 */
public record CaseSnippet(String id, String text, String label) {}
