package id.kenda.cli;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Command(name = "demo", description = {
    "Run the whole flow on bundled sample data (Kota Batu adopting Kabupaten Sidoarjo's E-Kenda and E-SSH),",
    "in a fresh home: a new temporary directory, or --home DIR when DIR is new or empty.",
    "Each step prints the kenda command it runs and its result."})
public final class DemoCommand extends BaseCommand {

    /** A demo step: a title, the kenda arguments, and the exit code that step is expected to end with. */
    record Step(String title, int expectedExit, String... args) {
    }

    /** Sample files bundled under /demo in the jar, copied into the demo home. */
    static final List<String> DATA_FILES = List.of("sidoarjo.yaml", "skpd-sidoarjo.csv", "skpd-batu.csv", "ssh-sidoarjo-2026-murni.csv",
            "export_excel_sbu_Sidoarjo_2026.csv", "ssh-sidoarjo-2026-perubahan.csv", "export_excel_ssh_Kota_Batu_2026.xlsx",
            "budget-sidoarjo-2026.csv", "pagu-sidoarjo-2026.csv", "realisasi-sidoarjo-2026.csv", "dpa-p-sidoarjo-2026.csv",
            "rak-sidoarjo-2026.csv");

    /** The workbooks the demo writes into its home. */
    static final List<String> WORKBOOKS = List.of("rfk-2026-08.xlsx", "temuan-anggaran-2026.xlsx", "ssh-sidoarjo-2026.xlsx", "perubahan-2026.xlsx",
            "rak-2026.xlsx");

    static List<Step> steps(Path data) {
        List<Step> s = new ArrayList<>();
        s.add(new Step("Create the database schema", ExitCode.OK, "db", "migrate"));
        s.add(new Step("Check the installation", ExitCode.OK, "doctor"));
        s.add(new Step("Plan Kabupaten Sidoarjo (35.15) from its spec: a dry run changes nothing", ExitCode.CHANGES_PENDING,
                "tenant", "provision", "35.15", "--config", data.resolve("sidoarjo.yaml").toString(),
                "--skpd", data.resolve("skpd-sidoarjo.csv").toString(), "--dry-run", "--detailed-exitcode"));
        s.add(new Step("Provision Kabupaten Sidoarjo", ExitCode.OK,
                "tenant", "provision", "35.15", "--config", data.resolve("sidoarjo.yaml").toString(),
                "--skpd", data.resolve("skpd-sidoarjo.csv").toString()));
        s.add(new Step("Onboard Kota Batu (35.79) with Sidoarjo's settings, its own agencies", ExitCode.OK,
                "tenant", "provision", "35.79", "--name", "Pemerintah Kota Batu", "--kind", "kota", "--from", "35.15",
                "--skpd", data.resolve("skpd-batu.csv").toString()));
        s.add(new Step("Provision Kota Batu again: nothing to do", ExitCode.OK,
                "tenant", "provision", "35.79", "--name", "Pemerintah Kota Batu", "--kind", "kota", "--from", "35.15",
                "--skpd", data.resolve("skpd-batu.csv").toString()));
        s.add(new Step("List the tenants", ExitCode.OK, "tenant", "list"));
        s.add(new Step("Import Sidoarjo's 2026 SSH (semicolons, Windows-1252, Indonesian numbers) and SBU (UTF-8 BOM)", ExitCode.OK,
                "-t", "35.15", "ssh", "import", data.resolve("ssh-sidoarjo-2026-murni.csv").toString(),
                data.resolve("export_excel_sbu_Sidoarjo_2026.csv").toString(), "--year", "2026", "--label", "murni"));
        s.add(new Step("Import the same SSH again: unchanged, no new revision", ExitCode.OK,
                "-t", "35.15", "ssh", "import", data.resolve("ssh-sidoarjo-2026-murni.csv").toString(), "--year", "2026"));
        s.add(new Step("Items sharing the community duplicate key", ExitCode.OK, "-t", "35.15", "ssh", "duplicates"));
        s.add(new Step("Import the revised SSH (perubahan) as a new revision", ExitCode.OK,
                "-t", "35.15", "ssh", "import", data.resolve("ssh-sidoarjo-2026-perubahan.csv").toString(), "--year", "2026", "--label", "perubahan"));
        s.add(new Step("What changed between the revisions", ExitCode.OK, "-t", "35.15", "ssh", "diff"));
        s.add(new Step("Import Kota Batu's SIPD export (XLSX with title rows, padded account codes)", ExitCode.OK,
                "-t", "35.79", "ssh", "import", data.resolve("export_excel_ssh_Kota_Batu_2026.xlsx").toString(), "--year", "2026"));
        s.add(new Step("Batu's prices beside Sidoarjo's: items more than 10 % above", ExitCode.OK,
                "-t", "35.79", "ssh", "compare", "--with", "35.15"));
        s.add(new Step("Validate Sidoarjo's budget lines against its SSH (a few deliberate violations: exit 1)", ExitCode.FINDINGS,
                "-t", "35.15", "budget", "validate", data.resolve("budget-sidoarjo-2026.csv").toString(),
                "--pagu", data.resolve("pagu-sidoarjo-2026.csv").toString(), "--report", data.getParent().resolve("budget-report.html").toString()));
        s.add(new Step("Store the approved budget, findings accepted (the pagu basis for control)", ExitCode.OK,
                "-t", "35.15", "budget", "import", data.resolve("budget-sidoarjo-2026.csv").toString(), "--year", "2026", "--accept-findings"));
        s.add(new Step("Import the realisation to August (money and physical progress; pagu from the budget)", ExitCode.OK,
                "-t", "35.15", "realization", "import", data.resolve("realisasi-sidoarjo-2026.csv").toString(), "--year", "2026"));
        s.add(new Step("E-Kenda control summary by agency for August, with the HTML report (S-curves, ranking, critical list)", ExitCode.OK,
                "-t", "35.15", "control", "summary", "--period", "2026-08", "--level", "skpd",
                "--report", data.getParent().resolve("control-2026-08.html").toString()));
        s.add(new Step("Critical sub kegiatan (physical progress behind plan)", ExitCode.OK,
                "-t", "35.15", "control", "critical", "--period", "2026-08"));
        s.add(new Step("The RFK workbook the Bappeda files (sheets RFK, Bulanan, Kritis; signed by the Kepala Bappeda)", ExitCode.OK,
                "-t", "35.15", "control", "summary", "--period", "2026-08", "--level", "sub-kegiatan", "-q",
                "--report", data.getParent().resolve(WORKBOOKS.get(0)).toString()));
        s.add(new Step("The validation findings as a workbook for the verifiers (sheets Ringkasan, Temuan)", ExitCode.FINDINGS,
                "-t", "35.15", "budget", "validate", data.resolve("budget-sidoarjo-2026.csv").toString(), "-q",
                "--report", data.getParent().resolve(WORKBOOKS.get(1)).toString()));
        s.add(new Step("Sidoarjo's price lists as a SIPD-layout workbook, one sheet per kind (imports back as the same items)", ExitCode.OK,
                "-t", "35.15", "ssh", "export", "--file", data.getParent().resolve(WORKBOOKS.get(2)).toString()));
        s.add(new Step("Import the changed budget (perubahan) from its DPA-P print: the setelah side is stored, the sebelum side checked"
                + " against the stored murni", ExitCode.OK,
                "-t", "35.15", "budget", "import", data.resolve("dpa-p-sidoarjo-2026.csv").toString(), "--year", "2026", "--stage", "perubahan",
                "--accept-findings"));
        s.add(new Step("The year's budget stages", ExitCode.OK, "-t", "35.15", "budget", "stages"));
        s.add(new Step("What the perubahan changed (Sebelum | Setelah | Bertambah/(Berkurang)), with its workbook", ExitCode.OK,
                "-t", "35.15", "budget", "diff", "--report", data.getParent().resolve(WORKBOOKS.get(3)).toString()));
        s.add(new Step("Mandatory-spending shares of the perubahan (infrastructure below 40 %: a warning until 2027)", ExitCode.OK,
                "-t", "35.15", "budget", "structure"));
        s.add(new Step("Import the anggaran kas (RAK) of the perubahan, months named januari..desember; its check is printed", ExitCode.OK,
                "-t", "35.15", "rak", "import", data.resolve("rak-sidoarjo-2026.csv").toString(), "--year", "2026"));
        s.add(new Step("Check the RAK against the budget (a selisih, an account without RAK, an unvalidated row, a late row: exit 1)",
                ExitCode.FINDINGS, "-t", "35.15", "rak", "check"));
        s.add(new Step("The Form RAK Belanja per SKPD as a workbook (semesters, quarters, months)", ExitCode.OK,
                "-t", "35.15", "rak", "summary", "--report", data.getParent().resolve(WORKBOOKS.get(4)).toString()));
        s.add(new Step("The control summary now plans from the RAK (target keuangan per month)", ExitCode.OK,
                "-t", "35.15", "control", "summary", "--period", "2026-08", "--level", "skpd"));
        s.add(new Step("The audit trail: Sidoarjo's runs that changed data, newest first", ExitCode.OK,
                "-t", "35.15", "runs", "--limit", "8"));
        s.add(new Step("What removing Kota Batu would delete (a dry run: nothing is removed)", ExitCode.OK,
                "tenant", "remove", "35.79", "--dry-run"));
        return s;
    }

    @Override
    protected int run() throws IOException {
        Path home = root().explicitHome();
        if (home == null) {
            home = Files.createTempDirectory("kenda-demo-");
        } else if (Files.exists(home) && (!Files.isDirectory(home) || isNonEmpty(home))) {
            throw KendaException.usage("the demo needs a fresh home, and " + home + " is not empty",
                    "pass --home with a new or empty directory, or leave it out to use a temporary one");
        }
        Files.createDirectories(home);
        Path data = home.resolve("demo-data");
        Files.createDirectories(data);
        for (String f : DATA_FILES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("demo data /demo/" + f + " is missing from the jar");
                }
                Files.copy(in, data.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Console c = console();
        PrintWriter out = c.out();
        out.println(c.bold("kenda demo") + ": home " + home);
        Map<String, String> env = new HashMap<>(root().env());
        env.keySet().removeIf(k -> k.startsWith("KENDA_"));
        env.putIfAbsent("KENDA_SIDOARJO_DB_PASSWORD", "demo-only");
        List<Step> steps = steps(data);
        int n = 0;
        for (Step step : steps) {
            n++;
            out.println();
            out.println(c.bold("== " + n + "/" + steps.size() + " " + step.title()));
            out.println("$ kenda " + String.join(" ", step.args().length == 0 ? List.of() : java.util.Arrays.stream(step.args())
                    .map(a -> a.contains(" ") ? "'" + a + "'" : a).toList()));
            out.flush();
            List<String> args = new ArrayList<>(List.of("--home", home.toString()));
            args.addAll(List.of(step.args()));
            int code = Cli.run(args.toArray(String[]::new), env, out, c.err(), Terminal.NONE);
            if (code != step.expectedExit()) {
                throw new KendaException(code, "demo step " + n + " (" + step.title() + ") ended with exit code " + code
                        + " instead of " + step.expectedExit(), "see the messages above");
            }
            if (code != ExitCode.OK) {
                out.println("(exit code " + code + ", as expected)");
            }
        }
        out.println();
        out.println("demo finished: " + steps.size() + " steps; reports: " + home.resolve("budget-report.html") + ", "
                + home.resolve("control-2026-08.html"));
        final Path h = home;
        out.println("workbooks: " + String.join(", ", WORKBOOKS.stream().map(w -> h.resolve(w).toString()).toList()));
        out.println("explore with: kenda --home " + home + " -t 35.15 <command>");
        c.checkOut();
        return ExitCode.OK;
    }

    private static boolean isNonEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
