package id.kenda.cli;

import id.kenda.budget.stage.Stage;
import id.kenda.budget.stage.StageDiff;
import id.kenda.control.ControlEngine;
import id.kenda.pricelist.Kind;
import id.kenda.rak.RakSummary;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Options whose value is one of a fixed set, by the words the README uses. Each set is a small
 * class here that is both the option's converter (a value that is none of them is refused with
 * 64, naming them all) and its completion candidates (shell completion and
 * {@code ${COMPLETION-CANDIDATES}} in the help):
 * {@code @Option(names = "--level", converter = Choices.Levels.class, completionCandidates = Choices.Levels.class)}.
 */
public abstract class Choices<E> implements CommandLine.ITypeConverter<E>, Iterable<String> {
    private final Map<String, E> byWord = new LinkedHashMap<>();

    protected Choices(Map<String, E> words) {
        byWord.putAll(words);
    }

    @Override
    public E convert(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (byWord.containsKey(v)) {
            return byWord.get(v);
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not " + words());
    }

    /** "a, b or c". */
    public String words() {
        List<String> w = List.copyOf(byWord.keySet());
        return w.size() == 1 ? w.get(0) : String.join(", ", w.subList(0, w.size() - 1)) + " or " + w.get(w.size() - 1);
    }

    @Override
    public Iterator<String> iterator() {
        return byWord.keySet().iterator();
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> m = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> m.put(v.name(), v));
        return m;
    }

    /** {@code rak summary --level}. */
    public static final class RakLevels extends Choices<RakSummary.Level> {
        public RakLevels() {
            super(rakLevels());
        }

        private static Map<String, RakSummary.Level> rakLevels() {
            Map<String, RakSummary.Level> m = new LinkedHashMap<>();
            for (RakSummary.Level l : RakSummary.Level.values()) {
                m.put(l.id, l);
            }
            return m;
        }
    }

    /** {@code budget diff --level}. */
    public static final class DiffLevels extends Choices<StageDiff.Level> {
        public DiffLevels() {
            super(diffLevels());
        }

        private static Map<String, StageDiff.Level> diffLevels() {
            Map<String, StageDiff.Level> m = new LinkedHashMap<>();
            for (StageDiff.Level l : StageDiff.Level.values()) {
                m.put(l.id, l);
            }
            return m;
        }
    }

    /** {@code control summary --level}. */
    public static final class Levels extends Choices<ControlEngine.Level> {
        public Levels() {
            super(levels());
        }

        private static Map<String, ControlEngine.Level> levels() {
            Map<String, ControlEngine.Level> m = new LinkedHashMap<>();
            for (ControlEngine.Level l : ControlEngine.Level.values()) {
                m.put(l.id(), l);
            }
            return m;
        }
    }

    /** {@code control summary --sort}. */
    public static final class Sorts extends Choices<ControlEngine.Sort> {
        public Sorts() {
            super(byName(ControlEngine.Sort.values()));
        }
    }

    /** The findings level {@code budget validate} fails on. */
    public enum FindingLevel {
        error, warning, never;

        /** Whether a run with these counts fails at this level: the exit 1 of every checking command. */
        public boolean fails(long errors, long warnings) {
            return switch (this) {
                case error -> errors > 0;
                case warning -> errors + warnings > 0;
                case never -> false;
            };
        }
    }

    /** {@code budget validate --fail-on}. */
    public static final class FindingLevels extends Choices<FindingLevel> {
        public FindingLevels() {
            super(byName(FindingLevel.values()));
        }
    }

    /** What {@code control summary --fail-on} alerts on. */
    public enum Alarm { red, missing }

    /** {@code control summary --fail-on} (a list: {@code red,missing}). */
    public static final class Alarms extends Choices<Alarm> {
        public Alarms() {
            super(byName(Alarm.values()));
        }
    }

    /** {@code control critical --fail-on}. */
    public static final class CriticalAlarm extends Choices<String> {
        public CriticalAlarm() {
            super(Map.of("critical", "critical"));
        }
    }

    /** {@code --stage} of the budget commands: murni, pergeseran-1 ... pergeseran-9, perubahan. */
    public static final class Stages extends Choices<Stage> {
        public Stages() {
            super(stages());
        }

        private static Map<String, Stage> stages() {
            Map<String, Stage> m = new LinkedHashMap<>();
            Stage.NAMES.forEach(n -> m.put(n, Stage.stored(n)));
            return m;
        }
    }

    /** {@code --kind} of the price-list commands. */
    public static final class Kinds extends Choices<Kind> {
        public Kinds() {
            super(byName(Kind.values()));
        }
    }

    /** {@code ssh import --kind}: a kind, or {@code auto} (null: decided per file and row). */
    public static final class KindsOrAuto extends Choices<Kind> {
        public KindsOrAuto() {
            super(withAuto());
        }

        private static Map<String, Kind> withAuto() {
            Map<String, Kind> m = new LinkedHashMap<>();
            m.put("auto", null);
            m.putAll(byName(Kind.values()));
            return m;
        }
    }
}
