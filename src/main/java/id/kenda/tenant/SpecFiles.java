package id.kenda.tenant;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.kenda.core.AtomicFiles;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes tenant specs as YAML: errors with line and column, files written 0600 and atomically. */
public final class SpecFiles {
    static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private SpecFiles() {
    }

    public static TenantSpec read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KendaException(ExitCode.NO_INPUT, "no such spec file: " + file, "check the path");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KendaException(ExitCode.NO_INPUT, "no such spec file: " + file, "check the path");
        } catch (IOException e) {
            throw new KendaException(ExitCode.DATA, file + ": cannot read the spec as UTF-8 text: " + e.getMessage(), "save it as UTF-8 YAML");
        }
        return parse(file.toString(), text);
    }

    public static TenantSpec parse(String name, String text) {
        if (text.isBlank()) {
            throw new KendaException(ExitCode.CONFIG, name + ": the spec is empty", "write at least 'code:' and 'name:'");
        }
        try {
            TenantSpec spec = YAML.readValue(text, TenantSpec.class);
            if (spec == null) {
                throw new KendaException(ExitCode.CONFIG, name + ": the spec is empty", "write at least 'code:' and 'name:'");
            }
            return spec;
        } catch (JsonParseException e) {
            throw new KendaException(ExitCode.DATA, name + where(e.getLocation()) + ": not valid YAML: " + firstLine(e.getOriginalMessage()),
                    "fix the YAML syntax at that position (indentation, quotes, colons)", e);
        } catch (UnrecognizedPropertyException e) {
            throw new KendaException(ExitCode.CONFIG, name + locateKey(text, e.getPropertyName(), tokenLocation(e)) + ": unknown field '" + e.getPropertyName() + "'",
                    "known fields: code, name, kind, sipdIdDaerah, fiscalYear, pricing, control, unitAliases, skpd, secrets", e);
        } catch (JsonMappingException e) {
            throw new KendaException(ExitCode.CONFIG, name + where(tokenLocation(e)) + ": invalid value"
                    + (e.getPath().isEmpty() ? "" : " for '" + path(e) + "'") + ": " + firstLine(e.getOriginalMessage()),
                    "see the tenant spec format in the README", e);
        } catch (IOException e) {
            throw new KendaException(ExitCode.DATA, name + ": " + e.getMessage(), null, e);
        }
    }

    public static String render(TenantSpec spec) {
        try {
            return YAML.writeValueAsString(spec);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render a tenant spec", e);
        }
    }

    /** Writes the spec file with mode 0600, atomically. */
    public static void write(Path target, TenantSpec spec) {
        Path file = target.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent(), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create " + file.getParent() + ": " + e.getMessage(), "check the kenda home's permissions");
        }
        String text = render(spec);
        AtomicFiles.writeStream(file, true, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Where the offending token starts (the exception's own location may be past it). */
    private static JsonLocation tokenLocation(JsonMappingException e) {
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p) {
            return p.currentTokenLocation();
        }
        return e.getLocation();
    }

    /**
     * Records are built after all their fields are read, so Jackson reports an unknown field at the
     * end of its mapping: find where the key itself is written instead.
     */
    private static String locateKey(String text, String key, JsonLocation fallback) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(^|[\\s{,])[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:",
                java.util.regex.Pattern.MULTILINE).matcher(text);
        if (m.find()) {
            int at = m.start() + m.group(1).length();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return ":" + line + ":" + (at - lineStart + 1);
        }
        return where(fallback);
    }

    private static String where(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
