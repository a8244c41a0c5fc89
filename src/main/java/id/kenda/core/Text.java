package id.kenda.core;

import java.util.Arrays;
import java.util.List;

/**
 * A message as a key and its arguments, to be said in a language later: the English text goes into
 * JSON, CSV and terminals, the report's language into HTML pages and workbooks. An argument may
 * itself be a Text (a finding that quotes a number problem). The catalogue that turns keys into
 * words is the report layer's ({@code msg.KEY} in {@code labels_*.properties}).
 */
public record Text(String key, List<Object> args) {
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }
}
