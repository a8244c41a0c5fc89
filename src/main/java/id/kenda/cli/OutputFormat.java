package id.kenda.cli;

/** The {@code -o/--output} choices. */
public enum OutputFormat {
    text, json, csv
}
