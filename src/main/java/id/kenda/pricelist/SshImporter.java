package id.kenda.pricelist;

import id.kenda.core.ImportStatus;
import id.kenda.core.ExitCode;
import id.kenda.core.Hashes;
import id.kenda.core.KendaException;
import id.kenda.core.Progress;
import id.kenda.core.ShrinkGuard;
import id.kenda.db.BulkLoader;
import id.kenda.db.Database;
import id.kenda.db.RevisionLoad;
import id.kenda.db.Revisions;
import id.kenda.db.SqlErrors;
import id.kenda.io.Row;
import id.kenda.io.TableReader;
import id.kenda.report.RejectsWriter;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static id.kenda.db.schema.Tables.SSH_ITEM;

/**
 * Imports price-list files as revisions, all-or-nothing by default: rows are loaded under a new
 * revision per kind, checked, compared with the active revision, then activated in one short
 * transaction. Invalid rows stop the import (exit 65) unless {@code --skip-invalid}; a file equal
 * to the active revision's source is {@code unchanged}; a dry run loads, compares and rolls back.
 */
public final class SshImporter {
    /** Rejects kept for messages and JSON; all go to the rejects file. */
    static final int REJECTS_SHOWN = 100;

    /** The options of one import. */
    public record Options(int year, Kind forcedKind, String label, boolean skipInvalid, Path rejectsFile, boolean dryRun, ShrinkGuard shrink) {
    }

    /** An input: its path and its opened reader. */
    public record Input(Path path, TableReader reader) {
    }

    private final Database db;
    private final String tenant;
    private final Options opt;
    private final Progress progress;
    private final Consumer<String> notice;

    static final List<org.jooq.Field<?>> COLUMNS = List.of(SSH_ITEM.TENANT_ID, SSH_ITEM.REVISION_ID, SSH_ITEM.ITEM_KEY, SSH_ITEM.ITEM_CODE,
            SSH_ITEM.SIPD_ID, SSH_ITEM.GROUP_CODE, SSH_ITEM.GROUP_NAME, SSH_ITEM.NAME, SSH_ITEM.SPEC, SSH_ITEM.UNIT, SSH_ITEM.PRICE,
            SSH_ITEM.ACCOUNTS, SSH_ITEM.ACCOUNTS_NORM, SSH_ITEM.KIND, SSH_ITEM.TKDN, SSH_ITEM.PDN, SSH_ITEM.SOURCE_LINE);

    static Object[] values(String tenant, int revision, PriceItem i) {
        return new Object[] {tenant, revision, i.key(), i.code(), i.sipdId(), i.groupCode(), BulkLoader.fit(SSH_ITEM.GROUP_NAME, i.groupName()),
            BulkLoader.fit(SSH_ITEM.NAME, i.name()), BulkLoader.fit(SSH_ITEM.SPEC, i.spec()), BulkLoader.fit(SSH_ITEM.UNIT, i.unit()), i.price(),
            i.accounts().isEmpty() ? null : BulkLoader.fit(SSH_ITEM.ACCOUNTS, String.join(",", i.accounts())),
            i.accountsNorm().isEmpty() ? null : BulkLoader.fit(SSH_ITEM.ACCOUNTS_NORM, String.join(",", i.accountsNorm())),
            i.kind().name(), i.tkdn(), i.pdn(), i.line()};
    }

    public SshImporter(Database db, String tenant, Options opt, Progress progress, Consumer<String> notice) {
        this.db = db;
        this.tenant = tenant;
        this.opt = opt;
        this.progress = progress;
        this.notice = notice;
    }

    private static String combinedHash(List<String> hashes) {
        if (hashes.size() == 1) {
            return hashes.get(0);
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            hashes.forEach(h -> md.update(h.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ImportResult run(List<Input> inputs, String command) {
        Revisions revisions = new Revisions(db.dsl(), tenant);
        if (!opt.dryRun() && revisions.cleanLeftovers() > 0) {
            notice.accept("removed what an interrupted import left behind");
        }
        Map<Path, String> hashes = new LinkedHashMap<>();
        for (Input in : inputs) {
            hashes.put(in.path(), Hashes.sha256(in.path()));
        }
        Map<Path, Kind> fileKind = new HashMap<>();
        boolean kindsKnown = true;
        for (Input in : inputs) {
            Kind k = opt.forcedKind() != null ? opt.forcedKind()
                    : Kind.fromFileName(in.path().getFileName().toString()).orElse(Kind.ssh);
            fileKind.put(in.path(), k);
            if (opt.forcedKind() == null && (in.reader().has("kind") || in.reader().has("kindName"))) {
                kindsKnown = false;
            }
        }
        List<ImportResult.Source> sources = new ArrayList<>();
        if (kindsKnown && !opt.dryRun()) {
            Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
            inputs.forEach(in -> byKind.computeIfAbsent(fileKind.get(in.path()), k -> new ArrayList<>()).add(hashes.get(in.path())));
            boolean allSame = byKind.entrySet().stream().allMatch(e -> revisions.active(Revisions.Dataset.SSH, opt.year(), e.getKey().name())
                    .map(r -> r.sourceSha256().equals(combinedHash(e.getValue()))).orElse(false));
            if (allSame) {
                List<ImportResult.PerKind> per = new ArrayList<>();
                int items = 0;
                for (Kind k : byKind.keySet()) {
                    Revisions.Info r = revisions.active(Revisions.Dataset.SSH, opt.year(), k.name()).orElseThrow();
                    per.add(new ImportResult.PerKind(r.id(), k.name(), ImportStatus.UNCHANGED, r.rows(), 0, r.id(), 0, 0, 0));
                    items += r.rows();
                }
                inputs.forEach(in -> sources.add(new ImportResult.Source(in.path().toString(), in.reader().describe(), hashes.get(in.path()), 0)));
                ImportResult.PerKind first = per.get(0);
                return new ImportResult(first.revision(), first.kind(), opt.year(), ImportStatus.UNCHANGED, 0, items, 0, 0, 0, 0, 0, List.of(), per, sources);
            }
        }
        return load(inputs, hashes, fileKind, revisions, sources, command);
    }

    private ImportResult load(List<Input> inputs, Map<Path, String> hashes, Map<Path, Kind> fileKind, Revisions revisions,
                              List<ImportResult.Source> sources, String command) {
        Map<Kind, Integer> revisionOf = new EnumMap<>(Kind.class);
        Map<Kind, List<String>> hashesOf = new EnumMap<>(Kind.class);
        Map<Kind, List<String>> filesOf = new EnumMap<>(Kind.class);
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
        Map<Kind, Map<String, long[]>> seen = new EnumMap<>(Kind.class);
        List<ImportResult.Reject> shown = new ArrayList<>();
        ItemParser parser = new ItemParser();
        int rows = 0;
        int rejected = 0;
        int duplicates = 0;
        try (RejectsWriter rejects = RejectsWriter.open(opt.rejectsFile());
             RevisionLoad load = opt.dryRun() ? RevisionLoad.dryRun(db, tenant, Revisions.Dataset.SSH)
                     : RevisionLoad.begin(db, tenant, Revisions.Dataset.SSH, command, combinedHash(new ArrayList<>(hashes.values())))) {
            try {
                try (BulkLoader sink = BulkLoader.open(db, SSH_ITEM, COLUMNS, load.dry())) {
                    for (int fileIndex = 0; fileIndex < inputs.size(); fileIndex++) {
                        Input in = inputs.get(fileIndex);
                        TableReader reader = in.reader();
                        String file = in.path().toString();
                        int fileRows = 0;
                        String progressLabel = "importing " + in.path().getFileName();
                        for (Row row : reader) {
                            rows++;
                            fileRows++;
                            progress.update(progressLabel, rows, reader.fractionRead());
                            PriceItem item;
                            try {
                                item = parser.parse(row, fileKind.get(in.path()), opt.forcedKind() != null);
                            } catch (ItemParser.Invalid e) {
                                rejected++;
                                reject(rejects, shown, file, row, e.column, e.getMessage());
                                continue;
                            }
                            Map<String, long[]> seenOfKind = seen.computeIfAbsent(item.kind(), x -> new HashMap<>());
                            long[] before = seenOfKind.get(item.key());
                            if (before != null) {
                                if (before[0] == item.fingerprint()) {
                                    duplicates++;
                                    counts.computeIfAbsent(item.kind(), k -> new int[2])[1]++;
                                } else {
                                    rejected++;
                                    reject(rejects, shown, file, row, row.column(item.code() != null ? "code" : "name"),
                                            (item.code() != null ? "item code " + item.code() : "item '" + item.name() + "'")
                                                    + " is already at line " + before[1]
                                                    + (before[2] == fileIndex ? "" : " of " + inputs.get((int) before[2]).path())
                                                    + " with different values");
                                }
                                continue;
                            }
                            seenOfKind.put(item.key(), new long[] {item.fingerprint(), row.line(), fileIndex});
                            Kind k = item.kind();
                            revisionOf.computeIfAbsent(k, x -> load.idFor(x.name()));
                            if (!filesOf.computeIfAbsent(k, x -> new ArrayList<>()).contains(file)) {
                                filesOf.get(k).add(file);
                                hashesOf.computeIfAbsent(k, x -> new ArrayList<>()).add(hashes.get(in.path()));
                            }
                            counts.computeIfAbsent(k, x -> new int[2])[0]++;
                            sink.add(values(tenant, revisionOf.get(k), item));
                        }
                        if (fileRows == 0) {
                            throw new KendaException(ExitCode.DATA, file + ": no data rows below the header", "export the price list again; nothing was imported");
                        }
                        sources.add(new ImportResult.Source(file, reader.describe(), hashes.get(in.path()), fileRows));
                    }
                    sink.endLoad();
                }
                progress.done();
                if (rejected > 0 && !opt.skipInvalid()) {
                    if (rejects != null) {
                        rejects.commit();
                    }
                    load.read(rows);
                    load.refuse(ExitCode.DATA, rejected + " invalid rows");
                    throw new Rejected(result(null, ImportStatus.REJECTED, rows, 0, rejected, duplicates, shown, List.of(), sources));
                }
                if (revisionOf.isEmpty()) {
                    throw new KendaException(ExitCode.DATA, "no valid rows to import", "every row was rejected; see the rejects");
                }
                for (Kind k : revisionOf.keySet()) {
                    load.register(k.name(), opt.year(), opt.label(), String.join(", ", filesOf.get(k)), combinedHash(hashesOf.get(k)));
                }
                List<ImportResult.PerKind> per = new ArrayList<>();
                Map<String, Integer> activate = new LinkedHashMap<>();
                for (Map.Entry<Kind, Integer> e : revisionOf.entrySet()) {
                    Kind k = e.getKey();
                    int id = e.getValue();
                    var active = revisions.active(Revisions.Dataset.SSH, opt.year(), k.name());
                    int[] cnt = counts.get(k);
                    if (active.isPresent() && active.get().sourceSha256().equals(combinedHash(hashesOf.get(k)))) {
                        per.add(new ImportResult.PerKind(active.get().id(), k.name(), ImportStatus.UNCHANGED, active.get().rows(), cnt[1], active.get().id(), 0, 0, 0));
                        continue;
                    }
                    Diff.Counts d = active.map(a -> Diff.counts(db.dsl(), tenant, a.id(), id)).orElse(new Diff.Counts(cnt[0], 0, 0));
                    if (active.isPresent()) {
                        opt.shrink().checkRemoved(k.name().toUpperCase(java.util.Locale.ROOT) + " items", active.get().rows(), d.removed(),
                                "added " + d.added() + ", changed " + d.changed() + ", removed " + d.removed() + " (revision " + active.get().id() + " has "
                                        + active.get().rows() + ", this file " + cnt[0] + ")");
                    }
                    per.add(new ImportResult.PerKind(id, k.name(), opt.dryRun() ? ImportStatus.DRY_RUN : ImportStatus.IMPORTED, cnt[0], cnt[1],
                            active.map(Revisions.Info::id).orElse(null), d.added(), d.changed(), d.removed()));
                    activate.put(k.name(), cnt[0]);
                }
                if (rejects != null) {
                    rejects.commit();
                }
                ImportStatus status = opt.dryRun() ? ImportStatus.DRY_RUN : activate.isEmpty() ? ImportStatus.UNCHANGED : ImportStatus.IMPORTED;
                ImportResult r = result(per, status, rows, per.stream().mapToInt(ImportResult.PerKind::items).sum(), rejected, duplicates, shown, per, sources);
                load.read(rows);
                load.activate(activate, status + " " + r.imported() + " items");
                return r;
            } catch (SQLException | RuntimeException e) {
                throw load.failure(e);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, db.target().display());
        }
    }

    private static void reject(RejectsWriter w, List<ImportResult.Reject> shown, String file, Row row, int column, String reason) {
        if (shown.size() < REJECTS_SHOWN) {
            shown.add(new ImportResult.Reject(file, row.line(), column, reason));
        }
        if (w != null) {
            w.add(file, row.line(), reason, row.raw());
        }
    }

    private ImportResult result(List<ImportResult.PerKind> per, ImportStatus status, int rows, int imported, int rejected, int duplicates,
                                List<ImportResult.Reject> shown, List<ImportResult.PerKind> all, List<ImportResult.Source> sources) {
        ImportResult.PerKind first = per == null || per.isEmpty() ? null : per.get(0);
        int added = all.stream().mapToInt(ImportResult.PerKind::added).sum();
        int changed = all.stream().mapToInt(ImportResult.PerKind::changed).sum();
        int removed = all.stream().mapToInt(ImportResult.PerKind::removed).sum();
        return new ImportResult(first == null ? null : first.revision(), first == null ? (opt.forcedKind() == null ? null : opt.forcedKind().name()) : first.kind(),
                opt.year(), status, rows, imported, rejected, duplicates, added, changed, removed, shown, all, sources);
    }

    /** An all-or-nothing import stopped by invalid rows: carries the result to print before exiting 65. */
    public static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportResult result;

        Rejected(ImportResult result) {
            super(result.rejected() + " invalid rows", null, false, false);
            this.result = result;
        }

        public ImportResult result() {
            return result;
        }
    }
}
