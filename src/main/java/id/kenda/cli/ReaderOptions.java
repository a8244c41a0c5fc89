package id.kenda.cli;

import id.kenda.io.NumberFormat;
import id.kenda.io.ReadOptions;
import picocli.CommandLine.Option;

/** The reader options every import command shares (a picocli mixin). */
public final class ReaderOptions {
    @Option(names = "--sheet", paramLabel = "SHEET", description = "XLSX sheet name or number (default: the first)")
    String sheet;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
            description = "auto (BOM, else UTF-8 if valid, else windows-1252), utf-8, windows-1252, utf-16")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "D", defaultValue = "auto", description = "auto, ',', ';', tab or '|'")
    String delimiter;

    @Option(names = "--number-format", paramLabel = "FMT", defaultValue = "auto",
            description = "${COMPLETION-CANDIDATES}: auto decides per column; id is 1.250.000,00; en is 1,250,000.00")
    NumberFormat numberFormat;

    public ReadOptions toReadOptions() {
        return new ReadOptions(encoding, delimiter, numberFormat, sheet);
    }
}
