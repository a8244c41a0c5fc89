package id.kenda.budget.stage;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One stage of a year's budget: the approved {@code murni}, the shifts during the year
 * ({@code pergeseran-1} ... {@code pergeseran-9}) and the changed budget ({@code perubahan}), in
 * that order. A stage is stored as the budget revision's kind.
 */
public record Stage(@JsonValue String name, int order) implements Comparable<Stage> {
    public static final Stage MURNI = new Stage("murni", 0);
    public static final Stage PERUBAHAN = new Stage("perubahan", 10);
    /** The highest pergeseran number: SIPD-RI numbers shifts in one digit. */
    public static final int MAX_PERGESERAN = 9;

    /** Every stage name, in order. */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        out.add(MURNI.name);
        for (int i = 1; i <= MAX_PERGESERAN; i++) {
            out.add("pergeseran-" + i);
        }
        out.add(PERUBAHAN.name);
        return Collections.unmodifiableList(out);
    }

    /** The stage a name stands for, if it is one. */
    public static Optional<Stage> of(String name) {
        int i = name == null ? -1 : NAMES.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(new Stage(name, i));
    }

    /** The stage of a stored name (kind column); stored names are always valid. */
    public static Stage stored(String name) {
        return of(name).orElseThrow(() -> new IllegalStateException("not a budget stage: " + name));
    }

    @Override
    public int compareTo(Stage o) {
        return Integer.compare(order, o.order);
    }

    @Override
    public String toString() {
        return name;
    }
}
