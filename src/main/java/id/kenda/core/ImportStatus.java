package id.kenda.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an import ended, as its JSON ({@code "status"}) and its summary table say: a contract scripts read. */
public enum ImportStatus {
    IMPORTED("imported"), UNCHANGED("unchanged"), DRY_RUN("dry-run"), REJECTED("rejected");

    private final String id;

    ImportStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
