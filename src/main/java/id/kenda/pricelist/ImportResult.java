package id.kenda.pricelist;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.kenda.core.ImportStatus;

import java.util.List;

/**
 * What {@code ssh import} did: the JSON shape the README documents. With several kinds in one run the
 * top-level counts are totals and {@code revisions} has one entry per kind.
 */
@JsonPropertyOrder({"revision", "kind", "fiscalYear", "status", "rows", "imported", "rejected", "duplicates", "added", "changed",
    "removed", "rejects", "revisions", "sources"})
public record ImportResult(Integer revision, String kind, int fiscalYear, ImportStatus status, int rows, int imported, int rejected,
                           int duplicates, int added, int changed, int removed, List<Reject> rejects, List<PerKind> revisions,
                           List<Source> sources) {

    /** A rejected row. */
    @JsonPropertyOrder({"file", "line", "column", "reason"})
    public record Reject(String file, int line, int column, String reason) {
    }

    /** The outcome for one kind (one revision). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"revision", "kind", "status", "items", "duplicates", "previousRevision", "added", "changed", "removed"})
    public record PerKind(Integer revision, String kind, ImportStatus status, int items, int duplicates, Integer previousRevision,
                          int added, int changed, int removed) {
    }

    /** An input file: how it was read and its hash. */
    @JsonPropertyOrder({"file", "format", "sha256", "rows"})
    public record Source(String file, String format, String sha256, int rows) {
    }
}
