package org.eventbase.bench;

import java.util.List;
import java.util.Locale;

/**
 * Where one system's time goes, stage by stage, over a corpus: ms per article and share of the total. Rows whose
 * name starts with a space break down the row above them (measured separately): they are left out of the total,
 * and their share, in parentheses, is of the breakdown's own sum.
 * Example: {@code new StageProfile("eventbase", 120, List.of(new StageTime("clean", 90_000_000L))).table()}.
 */
public record StageProfile(String system, int articles, List<StageTime> stages) {
    public StageProfile {
        stages = List.copyOf(stages);
    }

    public long totalNanos() {
        return stages.stream().filter(s -> !s.stage().startsWith(" ")).mapToLong(StageTime::nanos).sum();
    }

    public TextTable table() {
        TextTable table = new TextTable(system + " stage", "ms/article", "share");
        double total = totalNanos();
        double breakdownTotal = stages.stream().filter(s -> s.stage().startsWith(" ")).mapToLong(StageTime::nanos).sum();
        for (StageTime stage : stages) {
            boolean breakdown = stage.stage().startsWith(" ");
            double share = 100 * stage.nanos() / (breakdown ? breakdownTotal : total);
            table.row(stage.stage(), millis(stage.nanos() / 1e6 / articles),
                    String.format(Locale.ROOT, breakdown ? "(%.1f%%)" : "%.1f%%", share));
        }
        table.row("total", millis(total / 1e6 / articles), "100.0%");
        return table;
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
