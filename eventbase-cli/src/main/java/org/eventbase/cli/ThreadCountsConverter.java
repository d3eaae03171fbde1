package org.eventbase.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a comma-separated list of thread counts such as {@code 1,2} (each 1 to 64, no repeats) for {@code bench}. */
public final class ThreadCountsConverter implements ITypeConverter<List<Integer>> {
    @Override
    public List<Integer> convert(String value) {
        List<Integer> counts = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            int count;
            try {
                count = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw invalid(value);
            }
            if (count < 1 || count > 64 || counts.contains(count)) {
                throw invalid(value);
            }
            counts.add(count);
        }
        return List.copyOf(counts);
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a list of thread counts; write e.g. 1,2 "
                + "(each from 1 to 64, no repeats)");
    }
}
